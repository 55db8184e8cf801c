//! The flow graph of the steps, built once per check and shared by the flow rules
//! (SOP4xx), the statutory deadline rules (SOP6xx) and the flowchart layout.
//!
//! A row goes to the next row unless it has `ke`; a `keputusan` with cabang goes to its
//! cabang targets (a cabang without `ke` is no edge); a `selesai` ends. A step without
//! `nomor` cannot be targeted.

use std::collections::HashMap;

use crate::model::{Sop, Symbol};

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

/// The longest forward path found to a step: its total and the step before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Longest {
    /// The sum of the weights along the path.
    pub total: u64,
    /// The previous step on the path (`None` at the start).
    pub previous: Option<usize>,
}

impl Flow {
    /// Builds the graph of `sop`.
    pub fn build(sop: &Sop) -> Self {
        let steps = &sop.steps;
        // Number → first row with it (what `ke` and cabang refer to).
        let mut index: HashMap<u32, usize> = HashMap::with_capacity(steps.len());
        for (i, step) in steps.iter().enumerate() {
            if let Some(n) = step.number {
                index.entry(n).or_insert(i);
            }
        }
        let mut edges = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            let symbol = step.symbol();
            if symbol == Some(Symbol::Selesai) {
                continue;
            }
            if symbol == Some(Symbol::Keputusan) && !step.branches.is_empty() {
                for (b, branch) in step.branches.iter().enumerate() {
                    if let Some(to) = branch.target.and_then(|n| index.get(&n).copied()) {
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
                Some(n) => index.get(&n).copied(),
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

    /// Where the flow starts: the first `mulai` step, else the first row (`None` without
    /// steps).
    pub fn start(sop: &Sop) -> Option<usize> {
        if sop.steps.is_empty() {
            return None;
        }
        Some(
            sop.steps
                .iter()
                .position(|s| s.symbol() == Some(Symbol::Mulai))
                .unwrap_or(0),
        )
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

    /// The longest path from `start` to every step over forward edges only (an edge to an
    /// earlier or the same row is a loop and is not followed), where a path's length is the
    /// sum of `weight` of its steps; the start's own weight counts when `count_start`.
    /// Forward edges form a DAG in row order, so this is one pass of dynamic programming
    /// (linear in steps and edges, never path enumeration). `None` for a step not reached.
    pub fn longest_forward(
        &self,
        start: usize,
        weight: &[u64],
        count_start: bool,
    ) -> Vec<Option<Longest>> {
        let n = self.out.len();
        let mut best: Vec<Option<Longest>> = vec![None; n];
        if start >= n {
            return best;
        }
        let w = |i: usize| weight.get(i).copied().unwrap_or(0);
        best[start] = Some(Longest {
            total: if count_start { w(start) } else { 0 },
            previous: None,
        });
        for from in start..n {
            let Some(here) = best[from] else { continue };
            for &e in &self.out[from] {
                let to = self.edges[e].to;
                if to <= from {
                    continue;
                }
                let total = here.total.saturating_add(w(to));
                if best[to].is_none_or(|b| total > b.total) {
                    best[to] = Some(Longest {
                        total,
                        previous: Some(from),
                    });
                }
            }
        }
        best
    }

    /// The path ending at `end` recorded by [`Flow::longest_forward`], from its start.
    pub fn path_to(best: &[Option<Longest>], end: usize) -> Vec<usize> {
        let mut path = Vec::new();
        let mut at = Some(end);
        while let Some(i) = at {
            if path.len() > best.len() {
                break;
            }
            path.push(i);
            at = best.get(i).copied().flatten().and_then(|b| b.previous);
        }
        path.reverse();
        path
    }

    /// The strongly connected components of the steps in `keep` (edges leaving `keep` are
    /// ignored), each sorted by row; an iterative Tarjan, safe for long documents.
    pub fn components(&self, keep: &[bool]) -> Vec<Vec<usize>> {
        const UNSEEN: usize = usize::MAX;
        let n = self.out.len();
        let kept = |i: usize| keep.get(i).copied().unwrap_or(false);
        let mut index = vec![UNSEEN; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut components = Vec::new();
        let mut counter = 0;
        for root in 0..n {
            if !kept(root) || index[root] != UNSEEN {
                continue;
            }
            index[root] = counter;
            low[root] = counter;
            counter += 1;
            stack.push(root);
            on_stack[root] = true;
            let mut calls = vec![(root, 0usize)];
            while let Some(&(v, pos)) = calls.last() {
                if let Some(&e) = self.out[v].get(pos) {
                    if let Some(call) = calls.last_mut() {
                        call.1 += 1;
                    }
                    let w = self.edges[e].to;
                    if !kept(w) {
                        continue;
                    }
                    if index[w] == UNSEEN {
                        index[w] = counter;
                        low[w] = counter;
                        counter += 1;
                        stack.push(w);
                        on_stack[w] = true;
                        calls.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                } else {
                    calls.pop();
                    if let Some(&(u, _)) = calls.last() {
                        low[u] = low[u].min(low[v]);
                    }
                    if low[v] == index[v] {
                        let mut component = Vec::new();
                        while let Some(w) = stack.pop() {
                            on_stack[w] = false;
                            component.push(w);
                            if w == v {
                                break;
                            }
                        }
                        component.sort_unstable();
                        components.push(component);
                    }
                }
            }
        }
        components
    }
}

#[cfg(test)]
mod tests {
    use super::Flow;

    #[test]
    fn longest_forward_ignores_back_edges() {
        let report_doc = crate::rules::flow::testing::doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }, { label: Tidak, ke: 3 }] }",
            "{ nomor: 3, uraian: Memperbaiki, pelaksana: a, ke: 1 }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]);
        let parsed = crate::parse(&report_doc, crate::Format::Yaml);
        let flow = Flow::build(&parsed.sop);
        let best = flow.longest_forward(0, &[1, 10, 100, 1000], true);
        assert_eq!(best[3].map(|b| b.total), Some(1011));
        assert_eq!(best[2].map(|b| b.total), Some(111));
        assert_eq!(Flow::path_to(&best, 3), [0, 1, 3]);
        assert_eq!(
            flow.longest_forward(0, &[1, 10, 100, 1000], false)[3].map(|b| b.total),
            Some(1010)
        );
    }
}
