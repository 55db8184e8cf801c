//! SOP4xx: the flow graph of the steps (Permenpan RB 35/2012, Lampiran Bab III B.1.b,
//! flowchart symbols; research/sop-standard.md §3.3).
//!
//! A row goes to the next row unless it has `ke`; a `keputusan` with cabang goes to its
//! cabang targets (a cabang without `ke` is no edge); a `selesai` ends. A step without
//! `nomor` cannot be targeted.

use super::Rule;
use crate::model::{Sop, Symbol};

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[];

/// One arrow of the flowchart, between step indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Index of the step it leaves.
    pub from: usize,
    /// Index of the step it enters.
    pub to: usize,
    /// For a decision, the index of the cabang it follows.
    pub branch: Option<usize>,
}

/// The flow graph of a document, built once per check and shared by the rules and the
/// layout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flow {
    /// Every edge that exists, in step order.
    pub edges: Vec<Edge>,
    /// For each step, the indexes of the edges leaving it.
    pub out: Vec<Vec<usize>>,
}

impl Flow {
    /// Builds the graph of `sop`.
    pub fn build(sop: &Sop) -> Self {
        let steps = &sop.steps;
        let mut edges = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            let symbol = step.symbol();
            if symbol == Some(Symbol::Selesai) {
                continue;
            }
            if symbol == Some(Symbol::Keputusan) && !step.branches.is_empty() {
                for (b, branch) in step.branches.iter().enumerate() {
                    if let Some(to) = branch.target.and_then(|n| sop.step_index(n)) {
                        edges.push(Edge {
                            from: i,
                            to,
                            branch: Some(b),
                        });
                    }
                }
                continue;
            }
            let to = match step.next {
                Some(n) => sop.step_index(n),
                None => (i + 1 < steps.len()).then_some(i + 1),
            };
            if let Some(to) = to {
                edges.push(Edge {
                    from: i,
                    to,
                    branch: None,
                });
            }
        }
        let mut out = vec![Vec::new(); steps.len()];
        for (e, edge) in edges.iter().enumerate() {
            out[edge.from].push(e);
        }
        Self { edges, out }
    }

    /// The steps reachable from step `start` (including it), as a mask.
    pub fn reachable_from(&self, start: usize) -> Vec<bool> {
        let mut seen = vec![false; self.out.len()];
        if start >= seen.len() {
            return seen;
        }
        let mut todo = vec![start];
        seen[start] = true;
        while let Some(s) = todo.pop() {
            for &e in &self.out[s] {
                let to = self.edges[e].to;
                if !seen[to] {
                    seen[to] = true;
                    todo.push(to);
                }
            }
        }
        seen
    }

    /// The steps from which one of `targets` can be reached (including the targets), as a mask.
    pub fn reaching(&self, targets: &[usize]) -> Vec<bool> {
        let n = self.out.len();
        let mut incoming = vec![Vec::new(); n];
        for edge in &self.edges {
            incoming[edge.to].push(edge.from);
        }
        let mut seen = vec![false; n];
        let mut todo: Vec<usize> = targets.iter().copied().filter(|&t| t < n).collect();
        for &t in &todo {
            seen[t] = true;
        }
        while let Some(s) = todo.pop() {
            for &from in &incoming[s] {
                if !seen[from] {
                    seen[from] = true;
                    todo.push(from);
                }
            }
        }
        seen
    }
}
