//! SOP4xx: the flow graph of the steps (Permenpan RB 35/2012, Lampiran Bab III B.1.b,
//! flowchart symbols; research/sop-standard.md §2 and §3.3).
//!
//! A row goes to the next row unless it has `ke`; a `keputusan` with cabang goes to its
//! cabang targets (a cabang without `ke` is no edge); a `selesai` ends. A step without
//! `nomor` cannot be targeted. The flow rules SOP405–SOP408 look at the edges that exist,
//! even when SOP403 fired.
//!
//! Who reports what (so that one mistake gives one clear finding where possible):
//! - SOP401 speaks once per document, at the first row, about the start of the procedure
//!   (no `mulai`, the first row is not `mulai`, or more than one `mulai`); SOP408 points at
//!   each misplaced `mulai` row itself, with the fix for that row.
//! - SOP402 speaks once per document about the end (`selesai`).
//! - SOP406 reports every step not reachable from the start.
//! - SOP407 reports only where the flow gets stuck among the steps the start reaches: a
//!   dead end (a step with no next step that is not `selesai`) or a closed loop (a group
//!   of steps with no way out towards `selesai`, reported once at its first step), not every
//!   step that leads into it. It is silent when the document has no `selesai` at all
//!   (SOP402 already says so).

use std::collections::{HashMap, HashSet};

#[cfg(feature = "docs")]
use super::Docs;
use super::{Check, Context, Group, Rule};
use crate::diagnostic::{Diagnostic, Severity};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{step_name, Lang, Text};
use crate::model::{Sop, Step, Symbol};

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[
    SOP401, SOP402, SOP403, SOP404, SOP405, SOP406, SOP407, SOP408,
];

#[cfg(feature = "docs")]
const SOURCE: &str = "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart) dan simbol diagram alir bercabang (kapsul/terminator, kotak, belah ketupat, anak panah)";

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
    fn components(&self, keep: &[bool]) -> Vec<Vec<usize>> {
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

// ---------------------------------------------------------------------------------------
// Step references in message arguments: the step number, or `#index` for a row without
// one, so that the message function can name the step in either language.

/// A message argument naming step `index` of `sop`.
pub(super) fn step_ref(sop: &Sop, index: usize) -> String {
    match sop.steps.get(index).and_then(|s| s.number) {
        Some(n) => n.to_string(),
        None => format!("#{index}"),
    }
}

/// The step named by a [`step_ref`] argument ("langkah 3" / "step 3").
pub(super) fn ref_name(lang: Lang, arg: &str) -> String {
    match arg.strip_prefix('#') {
        Some(index) => step_name(lang, None, index.parse().unwrap_or(0)),
        None => step_name(lang, arg.parse().ok(), 0),
    }
}

/// A [`step_ref`] as a short label inside a list or path ("3", or "baris ke-6").
fn ref_short(lang: Lang, arg: &str) -> String {
    if arg.starts_with('#') {
        ref_name(lang, arg)
    } else {
        arg.to_string()
    }
}

/// Several [`step_ref`]s joined by `sep` into one argument.
pub(super) fn refs_arg(sop: &Sop, indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(|&i| step_ref(sop, i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "langkah 1, 3 dan 5" / "steps 1, 3 and 5" from a [`refs_arg`] argument.
pub(super) fn refs_list(lang: Lang, arg: &str) -> String {
    let items: Vec<&str> = arg.split_whitespace().collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => ref_name(lang, one),
        [init @ .., last] => {
            let head = init
                .iter()
                .map(|a| ref_short(lang, a))
                .collect::<Vec<_>>()
                .join(", ");
            let last = ref_short(lang, last);
            match lang {
                Lang::Id => format!("langkah {head} dan {last}"),
                Lang::En => format!("steps {head} and {last}"),
            }
        }
    }
}

/// "langkah 1 → 2 → 4" / "steps 1 → 2 → 4" from a [`refs_arg`] argument.
pub(super) fn refs_path(lang: Lang, arg: &str) -> String {
    let items: Vec<String> = arg.split_whitespace().map(|a| ref_short(lang, a)).collect();
    let word = match (lang, items.len()) {
        (Lang::Id, _) => "langkah",
        (Lang::En, 1) => "step",
        (Lang::En, _) => "steps",
    };
    format!("{word} {}", items.join(" → "))
}

/// The first letter in upper case.
pub(super) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The symbol of a step as written, for messages (`proses` when none is written).
fn symbol_text(step: &Step) -> String {
    let written = step.symbol.trim();
    if written.is_empty() {
        Symbol::Proses.key().to_string()
    } else {
        written.to_string()
    }
}

fn is(step: &Step, symbol: Symbol) -> bool {
    step.symbol() == Some(symbol)
}

// ---------------------------------------------------------------------------------------

const SOP401: Rule = Rule {
    code: "SOP401",
    name: "start-terminator",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop401_check),
    message: sop401_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah pertama bukan satu-satunya langkah bersimbol `mulai`: tidak ada `mulai` sama sekali, baris pertama bukan `mulai`, atau ada lebih dari satu `mulai`. Dilaporkan sekali per dokumen pada baris pertama; setiap `mulai` yang bukan baris pertama juga ditunjuk oleh SOP408 di barisnya sendiri.",
            en: "The first step is not the only step with the symbol `mulai`: there is no `mulai` at all, the first row is not `mulai`, or there is more than one `mulai`. Reported once per document at the first row; each `mulai` that is not the first row is also pointed at by SOP408 on its own row.",
        },
        why: Bilingual {
            id: "Diagram alir SOP AP dibuka oleh satu terminator (kapsul) mulai di baris teratas, sehingga pelaksana tahu dengan pasti di mana prosedur dimulai.",
            en: "An SOP AP flowchart opens with one start terminator (capsule) in the top row, so that everyone knows exactly where the procedure begins.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: proses }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop401_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(first) = sop.steps.first() else {
        return;
    };
    let starts: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| is(s, Symbol::Mulai))
        .map(|(i, _)| i)
        .collect();
    let pointer = "/kegiatan/0/simbol";
    match starts.as_slice() {
        [] => out.push(Diagnostic::new("SOP401", pointer, "missing").arg(step_ref(sop, 0))),
        [0] => {}
        [0, ..] => out.push(
            Diagnostic::new("SOP401", pointer, "several")
                .arg(refs_arg(sop, &starts))
                .arg(refs_arg(sop, &starts[1..])),
        ),
        [at, ..] => out.push(
            Diagnostic::new("SOP401", pointer, "not-first")
                .arg(step_ref(sop, 0))
                .arg(symbol_text(first))
                .arg(step_ref(sop, *at)),
        ),
    }
}

fn sop401_message(d: &Diagnostic, lang: Lang) -> Text {
    match d.kind {
        "missing" => {
            let first = ref_name(lang, d.arg_at(0));
            lang.pick(
                Text::new(
                    "Tidak ada langkah bersimbol mulai",
                    format!("Ubah simbol {first} menjadi `simbol: mulai`; prosedur diawali tepat satu terminator mulai di baris pertama."),
                ),
                Text::new(
                    "No step has the symbol mulai",
                    format!("Set `simbol: mulai` on {first}; a procedure opens with exactly one start terminator in its first row."),
                ),
            )
        }
        "several" => {
            let all = refs_list(lang, d.arg_at(0));
            let others = refs_list(lang, d.arg_at(1));
            lang.pick(
                Text::new(
                    format!("Ada lebih dari satu langkah bersimbol mulai ({all}); SOP hanya boleh punya satu titik awal"),
                    format!("Biarkan simbol mulai hanya pada baris pertama dan ubah simbol {others} menjadi `proses`."),
                ),
                Text::new(
                    format!("More than one step has the symbol mulai ({all}); an SOP has exactly one starting point"),
                    format!("Keep mulai only on the first row and change the symbol of {others} to `proses`."),
                ),
            )
        }
        _ => {
            let first = ref_name(lang, d.arg_at(0));
            let symbol = d.arg_at(1);
            let start = ref_name(lang, d.arg_at(2));
            lang.pick(
                Text::new(
                    format!("Baris pertama ({first}) bersimbol `{symbol}`, bukan mulai; terminator mulai baru muncul di {start}"),
                    format!("Pindahkan {start} ke baris pertama tabel kegiatan, atau ubah simbol {first} menjadi `mulai` dan simbol {start} menjadi `proses`."),
                ),
                Text::new(
                    format!("The first row ({first}) has the symbol `{symbol}`, not mulai; the start terminator only appears at {start}"),
                    format!("Move {start} to the first row of kegiatan, or set {first} to `mulai` and {start} to `proses`."),
                ),
            )
        }
    }
}

const SOP402: Rule = Rule {
    code: "SOP402",
    name: "end-terminator",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop402_check),
    message: sop402_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Tidak ada langkah bersimbol `selesai` (galat); bila ada, tetapi baris terakhir tabel kegiatan bukan `selesai`: peringatan. Dilaporkan sekali per dokumen pada simbol baris terakhir.",
            en: "No step has the symbol `selesai` (an error); when there is one but the last row of kegiatan is not `selesai`: a warning. Reported once per document at the symbol of the last row.",
        },
        why: Bilingual {
            id: "Terminator selesai menandai hasil akhir prosedur; diagram alir SOP AP digambar dari atas ke bawah dan berakhir di baris terbawah.",
            en: "The end terminator marks the final output of the procedure; an SOP AP flowchart is drawn top to bottom and ends in its last row.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: proses }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop402_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(last_index) = sop.steps.len().checked_sub(1) else {
        return;
    };
    let ends: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| is(s, Symbol::Selesai))
        .map(|(i, _)| i)
        .collect();
    let pointer = format!("/kegiatan/{last_index}/simbol");
    if ends.is_empty() {
        out.push(Diagnostic::new("SOP402", pointer, "missing").arg(step_ref(sop, last_index)));
    } else if ends.last() != Some(&last_index) {
        let symbol = sop
            .steps
            .get(last_index)
            .map(symbol_text)
            .unwrap_or_default();
        out.push(
            Diagnostic::new("SOP402", pointer, "last-not-selesai")
                .severity(Severity::Warning)
                .arg(step_ref(sop, last_index))
                .arg(symbol)
                .arg(refs_arg(sop, &ends)),
        );
    }
}

fn sop402_message(d: &Diagnostic, lang: Lang) -> Text {
    let last = ref_name(lang, d.arg_at(0));
    if d.kind == "missing" {
        return lang.pick(
            Text::new(
                "Tidak ada langkah bersimbol selesai",
                format!("Ubah simbol langkah penutup ({last}) menjadi `simbol: selesai`, atau tambahkan langkah terakhir bersimbol selesai yang menyatakan hasil akhir prosedur."),
            ),
            Text::new(
                "No step has the symbol selesai",
                format!("Set `simbol: selesai` on the closing step ({last}), or add a last step with the symbol selesai that states the final output."),
            ),
        );
    }
    let symbol = d.arg_at(1);
    let ends = refs_list(lang, d.arg_at(2));
    lang.pick(
        Text::new(
            format!("Baris terakhir ({last}) bersimbol `{symbol}`, bukan selesai, padahal terminator selesai ada di {ends}"),
            format!("Susun ulang tabel kegiatan agar langkah bersimbol selesai berada di baris terakhir, atau ubah simbol {last} menjadi `selesai` bila prosedur berakhir di sana."),
        ),
        Text::new(
            format!("The last row ({last}) has the symbol `{symbol}`, not selesai, although the end terminator is at {ends}"),
            format!("Reorder kegiatan so that the selesai step is the last row, or set {last} to `selesai` if the procedure ends there."),
        ),
    )
}

const SOP403: Rule = Rule {
    code: "SOP403",
    name: "decision-branches",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop403_check),
    message: sop403_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Langkah `keputusan` tidak punya tepat dua `cabang`, atau sebuah cabang tidak berlabel atau tidak punya langkah tujuan (`ke`). Juga (peringatan): langkah `mulai`/`proses` yang menulis `cabang`, karena cabang itu diabaikan dalam diagram alir (cabang pada `selesai` dilaporkan oleh SOP408).",
            en: "A `keputusan` step does not have exactly two `cabang`, or a cabang has no label or no target step (`ke`). Also (a warning): a `mulai`/`proses` step that writes `cabang`, since the flowchart ignores them (cabang on `selesai` is reported by SOP408).",
        },
        why: Bilingual {
            id: "Simbol belah ketupat menggambarkan pengambilan keputusan dengan dua jawaban, misalnya ya atau tidak; setiap jawaban harus berlabel dan menunjuk langkah lanjutannya.",
            en: "The diamond stands for a decision with two answers, such as yes or no; each answer needs a label and the step it leads to.",
        },
        source: "Permenpan RB 35/2012, Lampiran: format diagram alir bercabang, simbol belah ketupat (keputusan) dengan alternatif jawaban \"ya\" atau \"tidak\"",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop403_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, step) in sop.steps.iter().enumerate() {
        let at = format!("/kegiatan/{i}/cabang");
        match step.symbol() {
            Some(Symbol::Keputusan) => {}
            Some(Symbol::Mulai | Symbol::Proses) if !step.branches.is_empty() => {
                out.push(
                    Diagnostic::new("SOP403", at, "not-decision")
                        .severity(Severity::Warning)
                        .arg(step_ref(sop, i))
                        .arg(symbol_text(step)),
                );
                continue;
            }
            _ => continue,
        }
        if step.branches.len() != 2 {
            out.push(
                Diagnostic::new("SOP403", at.clone(), "count")
                    .arg(step_ref(sop, i))
                    .arg(step.branches.len().to_string()),
            );
        }
        for (b, branch) in step.branches.iter().enumerate() {
            let label = branch.label.trim();
            if label.is_empty() {
                out.push(
                    Diagnostic::new("SOP403", format!("{at}/{b}/label"), "label")
                        .arg(step_ref(sop, i))
                        .arg((b + 1).to_string()),
                );
            }
            if branch.target.is_none() {
                out.push(
                    Diagnostic::new("SOP403", format!("{at}/{b}/ke"), "target")
                        .arg(step_ref(sop, i))
                        .arg((b + 1).to_string())
                        .arg(label),
                );
            }
        }
    }
}

/// "cabang \"Ya\"" or "cabang ke-2" / "branch \"Ya\"" or "branch 2".
fn branch_name(lang: Lang, position: &str, label: &str) -> String {
    match (lang, label.is_empty()) {
        (Lang::Id, true) => format!("cabang ke-{position}"),
        (Lang::Id, false) => format!("cabang \"{label}\""),
        (Lang::En, true) => format!("branch {position}"),
        (Lang::En, false) => format!("branch \"{label}\""),
    }
}

fn sop403_message(d: &Diagnostic, lang: Lang) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    let cap = capitalized(&step);
    match d.kind {
        "count" => {
            let count: usize = d.arg_at(1).parse().unwrap_or(0);
            let (id_has, en_has) = match count {
                0 => (
                    "tidak punya cabang".to_string(),
                    "has no cabang".to_string(),
                ),
                1 => (
                    "hanya punya 1 cabang".to_string(),
                    "has only 1 cabang".to_string(),
                ),
                n => (format!("punya {n} cabang"), format!("has {n} cabang")),
            };
            let (id_help, en_help) = if count < 2 {
                (
                    "tambahkan cabang sampai tepat dua, masing-masing dengan label dan langkah tujuan, misalnya `- { label: Ya, ke: 4 }` dan `- { label: Tidak, ke: 3 }`.",
                    "add cabang until there are exactly two, each with a label and a target step, e.g. `- { label: Ya, ke: 4 }` and `- { label: Tidak, ke: 3 }`.",
                )
            } else {
                (
                    "sisakan tepat dua cabang (misalnya Ya dan Tidak); pilihan lain dipecah menjadi keputusan berikutnya.",
                    "keep exactly two cabang (e.g. Ya and Tidak); split further choices into a following decision.",
                )
            };
            lang.pick(
                Text::new(
                    format!("{cap} adalah keputusan tetapi {id_has}; keputusan harus punya tepat dua cabang"),
                    capitalized(id_help),
                ),
                Text::new(
                    format!("{cap} is a decision but {en_has}; a decision has exactly two cabang"),
                    capitalized(en_help),
                ),
            )
        }
        "label" => {
            let branch = branch_name(lang, d.arg_at(1), "");
            lang.pick(
                Text::new(
                    format!("{} pada {step} tidak berlabel", capitalized(&branch)),
                    "Isi `label` cabang ini dengan jawaban keputusan, misalnya Ya, Tidak, Lengkap atau Tidak lengkap.",
                ),
                Text::new(
                    format!("{} of {step} has no label", capitalized(&branch)),
                    "Fill in the cabang's `label` with the decision's answer, e.g. Ya, Tidak, Lengkap or Tidak lengkap.",
                ),
            )
        }
        "target" => {
            let branch = branch_name(lang, d.arg_at(1), d.arg_at(2));
            lang.pick(
                Text::new(
                    format!("{} pada {step} tidak punya langkah tujuan (ke)", capitalized(&branch)),
                    "Isi `ke:` cabang ini dengan nomor langkah yang dijalankan bila jawaban ini yang terjadi.",
                ),
                Text::new(
                    format!("{} of {step} has no target step (ke)", capitalized(&branch)),
                    "Fill in the cabang's `ke:` with the number of the step that follows this answer.",
                ),
            )
        }
        _ => {
            let symbol = d.arg_at(1);
            lang.pick(
                Text::new(
                    format!("{cap} punya cabang tetapi bersimbol `{symbol}`, bukan keputusan; cabangnya diabaikan dalam diagram alir"),
                    "Ubah simbolnya menjadi `keputusan`, atau hapus `cabang` dan tulis langkah berikutnya dengan `ke`.",
                ),
                Text::new(
                    format!("{cap} has cabang but the symbol `{symbol}`, not keputusan; the flowchart ignores its cabang"),
                    "Change its symbol to `keputusan`, or remove `cabang` and write the next step with `ke`.",
                ),
            )
        }
    }
}

const SOP404: Rule = Rule {
    code: "SOP404",
    name: "decision-labels",
    severity: Severity::Info,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop404_check),
    message: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let (a, b) = (d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("Label cabang {step} (\"{a}\" dan \"{b}\") bukan pasangan jawaban baku"),
                "Bila memungkinkan, rumuskan keputusan sebagai pertanyaan dengan jawaban Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah atau Setuju/Tidak setuju.",
            ),
            Text::new(
                format!("The cabang labels of {step} (\"{a}\" and \"{b}\") are not a standard pair of answers"),
                "Where possible, phrase the decision as a question answered Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah or Setuju/Tidak setuju.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kedua label cabang sebuah keputusan bukan pasangan baku Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah atau Setuju/Tidak setuju (huruf besar-kecil, spasi dan urutan diabaikan; `Y`/`T` dihitung sebagai Ya/Tidak). Hanya untuk keputusan dengan tepat dua cabang yang keduanya berlabel (selebihnya SOP403).",
            en: "The two cabang labels of a decision are not a standard pair Ya/Tidak, Lengkap/Tidak lengkap, Benar/Salah or Setuju/Tidak setuju (case, spaces and order ignored; `Y`/`T` count as Ya/Tidak). Only for decisions with exactly two labelled cabang (the rest is SOP403).",
        },
        why: Bilingual {
            id: "Pedoman memberi contoh jawaban keputusan \"ya\" atau \"tidak\", \"lengkap\" atau \"tidak\", \"benar\" atau \"salah\"; jawaban baku membuat diagram alir mudah dibaca.",
            en: "The guideline's examples of decision answers are \"ya\" or \"tidak\", \"lengkap\" or \"tidak\", \"benar\" or \"salah\"; standard answers keep the flowchart easy to read.",
        },
        source: "Permenpan RB 35/2012, Lampiran: format diagram alir bercabang (alternatif jawaban \"ya\"/\"tidak\", \"lengkap\"/\"tidak\", \"benar\"/\"salah\")",
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Kotak pengaduan, ke: 4 }, { label: Tatap muka, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: \" T \", ke: 3 }, { label: ya, ke: 4 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

/// A decision label as compared: lower case, single spaces, `y`/`t` as ya/tidak.
fn normal_label(label: &str) -> String {
    let words = label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    match words.as_str() {
        "y" => "ya".to_string(),
        "t" => "tidak".to_string(),
        _ => words,
    }
}

/// True when the two labels are one of the standard pairs, in either order.
fn standard_pair(a: &str, b: &str) -> bool {
    const PAIRS: [(&str, &str); 4] = [
        ("ya", "tidak"),
        ("lengkap", "tidak lengkap"),
        ("benar", "salah"),
        ("setuju", "tidak setuju"),
    ];
    let (a, b) = (normal_label(a), normal_label(b));
    PAIRS
        .iter()
        .any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x))
}

fn sop404_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (i, step) in cx.sop.steps.iter().enumerate() {
        if !is(step, Symbol::Keputusan) {
            continue;
        }
        let [a, b] = step.branches.as_slice() else {
            continue;
        };
        let (a, b) = (a.label.trim(), b.label.trim());
        if a.is_empty() || b.is_empty() || standard_pair(a, b) {
            continue;
        }
        out.push(
            Diagnostic::new("SOP404", format!("/kegiatan/{i}/cabang"), "")
                .arg(step_ref(cx.sop, i))
                .arg(a)
                .arg(b),
        );
    }
}

const SOP405: Rule = Rule {
    code: "SOP405",
    name: "target-unknown",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop405_check),
    message: |d, lang| {
        let step = ref_name(lang, d.arg_at(0));
        let target = d.arg_at(1);
        let (id_from, en_from) = if d.kind == "branch" {
            let label = d.arg_at(3);
            (
                format!("{} pada {step}", capitalized(&branch_name(Lang::Id, d.arg_at(2), label))),
                format!("{} of {step}", capitalized(&branch_name(Lang::En, d.arg_at(2), label))),
            )
        } else {
            (capitalized(&step), capitalized(&step))
        };
        lang.pick(
            Text::new(
                format!("{id_from} menuju langkah {target} (ke: {target}), tetapi tidak ada langkah bernomor {target}"),
                format!("Ganti `ke: {target}` dengan nomor langkah yang ada di tabel kegiatan, atau tambahkan langkah bernomor {target}."),
            ),
            Text::new(
                format!("{en_from} leads to step {target} (ke: {target}), but no step has the number {target}"),
                format!("Replace `ke: {target}` with the number of an existing step, or add a step numbered {target}."),
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`ke` sebuah langkah atau `ke` sebuah cabang menunjuk nomor yang tidak dimiliki langkah mana pun (langkah tanpa `nomor` tidak dapat dituju).",
            en: "A step's `ke` or a cabang's `ke` names a number no step has (a step without `nomor` cannot be targeted).",
        },
        why: Bilingual {
            id: "Anak panah diagram alir harus berakhir di langkah yang ada; tujuan yang salah memutus alur prosedur.",
            en: "Every arrow of the flowchart must end at an existing step; a wrong target breaks the procedure's flow.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 9 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop405_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let numbers: HashSet<u32> = sop.steps.iter().filter_map(|s| s.number).collect();
    for (i, step) in sop.steps.iter().enumerate() {
        if let Some(n) = step.next {
            if !numbers.contains(&n) {
                out.push(
                    Diagnostic::new("SOP405", format!("/kegiatan/{i}/ke"), "next")
                        .arg(step_ref(sop, i))
                        .arg(n.to_string()),
                );
            }
        }
        for (b, branch) in step.branches.iter().enumerate() {
            if let Some(n) = branch.target {
                if !numbers.contains(&n) {
                    out.push(
                        Diagnostic::new("SOP405", format!("/kegiatan/{i}/cabang/{b}/ke"), "branch")
                            .arg(step_ref(sop, i))
                            .arg(n.to_string())
                            .arg((b + 1).to_string())
                            .arg(branch.label.trim()),
                    );
                }
            }
        }
    }
}

const SOP406: Rule = Rule {
    code: "SOP406",
    name: "unreachable-step",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop406_check),
    message: |d, lang| {
        let step = capitalized(&ref_name(lang, d.arg_at(0)));
        let start = ref_name(lang, d.arg_at(1));
        let (id_help, en_help) = if d.kind == "unnumbered" {
            (
                "Beri baris ini `nomor` agar dapat dituju, lalu arahkan `ke` atau cabang langkah sebelumnya ke nomor itu; hapus baris bila tidak diperlukan.".to_string(),
                "Give this row a `nomor` so it can be targeted, then point the previous step's `ke` or cabang at it; remove the row if it is not needed.".to_string(),
            )
        } else {
            (
                "Arahkan `ke` atau cabang langkah sebelumnya ke langkah ini, atau hapus langkah ini bila tidak diperlukan.".to_string(),
                "Point the `ke` or a cabang of an earlier step at this step, or remove the step if it is not needed.".to_string(),
            )
        };
        lang.pick(
            Text::new(format!("{step} tidak dapat dicapai dari awal alur ({start})"), id_help),
            Text::new(format!("{step} cannot be reached from the start of the flow ({start})"), en_help),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah langkah tidak dapat dicapai dari langkah `mulai` (langkah mulai pertama, atau baris pertama bila tidak ada) dengan mengikuti urutan baris, `ke` dan cabang. Setiap langkah yang tidak tercapai dilaporkan.",
            en: "A step cannot be reached from the `mulai` step (the first mulai step, or the first row when there is none) by following row order, `ke` and cabang. Every unreachable step is reported.",
        },
        why: Bilingual {
            id: "Langkah yang tidak pernah dilalui alur tidak akan pernah dikerjakan; biasanya ada `ke` atau cabang yang salah tuju.",
            en: "A step the flow never passes is never carried out; usually a `ke` or cabang points to the wrong step.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 1 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop406_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(start) = Flow::start(sop) else {
        return;
    };
    let reached = cx.flow.reachable_from(start);
    for (i, step) in sop.steps.iter().enumerate() {
        if reached.get(i).copied().unwrap_or(true) {
            continue;
        }
        let kind = if step.number.is_none() {
            "unnumbered"
        } else {
            ""
        };
        out.push(
            Diagnostic::new("SOP406", format!("/kegiatan/{i}"), kind)
                .arg(step_ref(sop, i))
                .arg(step_ref(sop, start)),
        );
    }
}

const SOP407: Rule = Rule {
    code: "SOP407",
    name: "no-path-to-end",
    severity: Severity::Error,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop407_check),
    message: sop407_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Dari sebuah langkah tidak ada jalan menuju langkah `selesai`. Dilaporkan di tempat alur macet, di antara langkah yang tercapai dari mulai: jalan buntu (langkah bukan selesai tanpa langkah berikutnya, termasuk karena tujuannya tidak ada) atau putaran tanpa jalan keluar (dilaporkan sekali, pada langkah pertamanya). Tidak dilaporkan bila dokumen tidak punya `selesai` sama sekali (SOP402).",
            en: "From a step no `selesai` step can be reached. Reported where the flow gets stuck, among the steps reached from mulai: a dead end (a step that is not selesai and has no next step, also because its target does not exist) or a loop with no way out (reported once, at its first step). Not reported when the document has no `selesai` at all (SOP402).",
        },
        why: Bilingual {
            id: "Setiap jalur prosedur harus berakhir pada terminator selesai; jalan buntu atau putaran tanpa akhir berarti pelaksana tidak tahu kapan pekerjaan tuntas.",
            en: "Every path of the procedure must end at the end terminator; a dead end or an endless loop leaves the implementers without a finish.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 3 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 2 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 2 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop407_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let flow = cx.flow;
    let Some(start) = Flow::start(sop) else {
        return;
    };
    let ends: Vec<usize> = sop
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| is(s, Symbol::Selesai))
        .map(|(i, _)| i)
        .collect();
    if ends.is_empty() || flow.out.len() != sop.steps.len() {
        return;
    }
    let good = flow.reaching(&ends);
    let reached = flow.reachable_from(start);
    let stuck: Vec<bool> = good.iter().zip(&reached).map(|(g, r)| !g && *r).collect();
    let components = flow.components(&stuck);
    let mut component_of = vec![usize::MAX; sop.steps.len()];
    for (c, component) in components.iter().enumerate() {
        for &i in component {
            component_of[i] = c;
        }
    }
    // Every step reached from the start that cannot reach selesai has all its successors in
    // the same state, so the stuck steps form a closed sub-graph; its sink components are
    // where the flow is trapped.
    for (c, component) in components.iter().enumerate() {
        let sink = component.iter().all(|&v| {
            flow.out[v]
                .iter()
                .all(|&e| component_of.get(flow.edges[e].to) == Some(&c))
        });
        let Some(&first) = component.first() else {
            continue;
        };
        if !sink {
            continue;
        }
        let closed = component.len() > 1 || !flow.out[first].is_empty();
        if closed {
            out.push(
                Diagnostic::new("SOP407", format!("/kegiatan/{first}"), "loop")
                    .arg(step_ref(sop, first))
                    .arg(refs_arg(sop, component)),
            );
        } else {
            let step = &sop.steps[first];
            let written =
                step.next.is_some() || (is(step, Symbol::Keputusan) && !step.branches.is_empty());
            let kind = if written {
                "dead-end-target"
            } else {
                "dead-end"
            };
            out.push(
                Diagnostic::new("SOP407", format!("/kegiatan/{first}"), kind)
                    .arg(step_ref(sop, first)),
            );
        }
    }
}

fn sop407_message(d: &Diagnostic, lang: Lang) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    match d.kind {
        "loop" => {
            let members: Vec<&str> = d.arg_at(1).split_whitespace().collect();
            let (id_what, en_what) = if members.len() > 1 {
                (
                    format!("{} berputar tanpa jalan keluar", capitalized(&refs_list(Lang::Id, d.arg_at(1)))),
                    format!("{} loop with no way out", capitalized(&refs_list(Lang::En, d.arg_at(1)))),
                )
            } else {
                (
                    format!("{} hanya kembali ke dirinya sendiri", capitalized(&step)),
                    format!("{} only leads back to itself", capitalized(&step)),
                )
            };
            lang.pick(
                Text::new(
                    format!("{id_what}: dari sini tidak ada jalan menuju langkah selesai"),
                    "Beri putaran itu jalan keluar: jadikan salah satu langkahnya keputusan dengan cabang menuju langkah lanjutan, atau ubah `ke` agar alur berlanjut ke langkah selesai.",
                ),
                Text::new(
                    format!("{en_what}: no selesai step can be reached from here"),
                    "Give the loop a way out: make one of its steps a decision with a cabang to the next step, or change a `ke` so the flow continues to a selesai step.",
                ),
            )
        }
        "dead-end-target" => lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah tujuannya tidak ada, sehingga tidak ada jalan menuju langkah selesai"),
                "Perbaiki `ke` atau cabang langkah ini agar menunjuk nomor langkah yang ada (lihat juga SOP403/SOP405).",
            ),
            Text::new(
                format!("The flow stops at {step}: its target step does not exist, so no selesai step can be reached"),
                "Fix this step's `ke` or cabang so it names an existing step number (see also SOP403/SOP405).",
            ),
        ),
        _ => lang.pick(
            Text::new(
                format!("Alur berhenti di {step}: langkah ini bukan selesai dan tidak punya langkah berikutnya"),
                format!("Tambahkan `ke:` menuju langkah lanjutan pada {step}, atau ubah simbolnya menjadi `selesai` bila prosedur memang berakhir di sini."),
            ),
            Text::new(
                format!("The flow stops at {step}: it is not selesai and has no next step"),
                format!("Add `ke:` to {step} pointing at the next step, or change its symbol to `selesai` if the procedure ends here."),
            ),
        ),
    }
}

const SOP408: Rule = Rule {
    code: "SOP408",
    name: "terminator-misuse",
    severity: Severity::Warning,
    signing: false,
    group: Group::Flow,
    check: Check::Document(sop408_check),
    message: sop408_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Terminator dipakai keliru: langkah `selesai` yang menulis `ke` atau `cabang` (diabaikan, karena alur berhenti di selesai), langkah `mulai` yang bukan baris pertama (ditunjuk di barisnya; SOP401 melaporkan awal prosedur sekali), atau cabang keputusan yang kembali ke langkahnya sendiri.",
            en: "A terminator is misused: a `selesai` step that writes `ke` or `cabang` (ignored, since the flow ends at selesai), a `mulai` step that is not the first row (pointed at on its row; SOP401 reports the start once), or a decision's cabang that leads back to its own step.",
        },
        why: Bilingual {
            id: "Kapsul menandai awal dan akhir kegiatan saja; kegiatan di tengah alur memakai kotak proses atau belah ketupat keputusan.",
            en: "The capsule marks only the start and the end of the activity; steps in between use the process box or the decision diamond.",
        },
        source: SOURCE,
        fires: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai, ke: 1 }\n",
        passes: "kegiatan:\n  - { nomor: 1, uraian: Mengajukan permohonan informasi, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa kelengkapan permohonan, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap, ke: 4 }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan permohonan untuk dilengkapi, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan pemberitahuan tertulis kepada pemohon, pelaksana: ppid, simbol: selesai }\n",
    },
};

fn sop408_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, step) in sop.steps.iter().enumerate() {
        match step.symbol() {
            Some(Symbol::Selesai) => {
                if let Some(n) = step.next {
                    out.push(
                        Diagnostic::new("SOP408", format!("/kegiatan/{i}/ke"), "selesai-ke")
                            .arg(step_ref(sop, i))
                            .arg(n.to_string()),
                    );
                }
                if !step.branches.is_empty() {
                    out.push(
                        Diagnostic::new(
                            "SOP408",
                            format!("/kegiatan/{i}/cabang"),
                            "selesai-cabang",
                        )
                        .arg(step_ref(sop, i)),
                    );
                }
            }
            Some(Symbol::Mulai) if i > 0 => {
                out.push(
                    Diagnostic::new("SOP408", format!("/kegiatan/{i}/simbol"), "mulai-not-first")
                        .arg(step_ref(sop, i)),
                );
            }
            Some(Symbol::Keputusan) => {
                for (b, branch) in step.branches.iter().enumerate() {
                    if branch.target.is_some() && branch.target == step.number {
                        out.push(
                            Diagnostic::new(
                                "SOP408",
                                format!("/kegiatan/{i}/cabang/{b}/ke"),
                                "self-branch",
                            )
                            .arg(step_ref(sop, i))
                            .arg((b + 1).to_string())
                            .arg(branch.label.trim()),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

fn sop408_message(d: &Diagnostic, lang: Lang) -> Text {
    let step = ref_name(lang, d.arg_at(0));
    let cap = capitalized(&step);
    match d.kind {
        "selesai-ke" => {
            let target = d.arg_at(1);
            lang.pick(
                Text::new(
                    format!("{cap} bersimbol selesai tetapi menulis `ke: {target}`; alur berhenti di terminator selesai sehingga `ke` diabaikan"),
                    "Hapus `ke` dari langkah selesai, atau ubah simbolnya menjadi `proses` bila alur masih berlanjut.",
                ),
                Text::new(
                    format!("{cap} has the symbol selesai but writes `ke: {target}`; the flow ends at the end terminator, so `ke` is ignored"),
                    "Remove `ke` from the selesai step, or change its symbol to `proses` if the flow continues.",
                ),
            )
        }
        "selesai-cabang" => lang.pick(
            Text::new(
                format!("{cap} bersimbol selesai tetapi punya cabang; alur berhenti di terminator selesai sehingga cabang diabaikan"),
                "Hapus `cabang` dari langkah selesai, atau ubah simbolnya menjadi `keputusan` dan tambahkan langkah selesai sesudahnya.",
            ),
            Text::new(
                format!("{cap} has the symbol selesai but has cabang; the flow ends at the end terminator, so the cabang are ignored"),
                "Remove `cabang` from the selesai step, or make it a `keputusan` and add a selesai step after it.",
            ),
        ),
        "mulai-not-first" => lang.pick(
            Text::new(
                format!("{cap} bersimbol mulai padahal bukan baris pertama; terminator mulai hanya untuk awal prosedur"),
                format!("Ubah simbol {step} menjadi `proses`; bila prosedur memang dimulai di sini, pindahkan langkah ini ke baris pertama."),
            ),
            Text::new(
                format!("{cap} has the symbol mulai but is not the first row; the start terminator is only for the beginning"),
                format!("Change the symbol of {step} to `proses`; if the procedure really starts here, move this step to the first row."),
            ),
        ),
        _ => {
            let branch = branch_name(lang, d.arg_at(1), d.arg_at(2));
            lang.pick(
                Text::new(
                    format!("{} pada {step} kembali ke {step} sendiri", capitalized(&branch)),
                    "Arahkan cabang ini ke langkah yang menindaklanjuti jawaban tersebut (misalnya langkah pengembalian berkas), bukan ke keputusan itu sendiri.",
                ),
                Text::new(
                    format!("{} of {step} leads back to {step} itself", capitalized(&branch)),
                    "Point this cabang at the step that acts on the answer (for example returning the file), not at the decision itself.",
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{check_example, check_yaml, codes, findings};

    /// A document made of the example's header and `steps` (YAML flow-style rows).
    fn doc(steps: &[&str]) -> String {
        let mut text = String::from(
            "format: sop/1\nkategori: umum\nstatus: diajukan\npelaksana:\n  - { id: a, nama: Petugas }\nkegiatan:\n",
        );
        for row in steps {
            text.push_str("  - ");
            text.push_str(row);
            text.push('\n');
        }
        text
    }

    fn pointers(report: &crate::Report, code: &str) -> Vec<String> {
        findings(report, code)
            .iter()
            .map(|d| d.pointer.clone())
            .collect()
    }

    #[test]
    fn labels_compare_case_space_order_and_short_forms() {
        assert!(standard_pair("Ya", "tidak"));
        assert!(standard_pair(" TIDAK ", "ya"));
        assert!(standard_pair("Y", "T"));
        assert!(standard_pair("Tidak  lengkap", "Lengkap"));
        assert!(standard_pair("Salah", "Benar"));
        assert!(standard_pair("Setuju", "tidak setuju"));
        assert!(!standard_pair("Kotak Pengaduan", "Tatap muka"));
        assert!(!standard_pair("Ya", "Ya"));
        assert!(!standard_pair("Lengkap", "Salah"));
    }

    #[test]
    fn second_mulai_is_one_document_error_and_one_row_warning() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memulai lagi, pelaksana: a, simbol: mulai }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let start = findings(&report, "SOP401");
        assert_eq!(start.len(), 1);
        assert_eq!(start[0].kind, "several");
        assert_eq!(start[0].pointer, "/kegiatan/0/simbol");
        assert!(start[0]
            .message(Lang::Id)
            .message
            .contains("langkah 1 dan 2"));
        assert_eq!(pointers(&report, "SOP408"), ["/kegiatan/1/simbol"]);
        assert_eq!(findings(&report, "SOP408")[0].severity, Severity::Warning);
    }

    #[test]
    fn start_missing_or_not_first() {
        let none = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        assert_eq!(findings(&none, "SOP401")[0].kind, "missing");
        assert!(!codes(&none).contains(&"SOP406"), "{:?}", codes(&none));
        let late = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a }",
            "{ nomor: 2, uraian: Memulai, pelaksana: a, simbol: mulai }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let d = findings(&late, "SOP401")[0];
        assert_eq!(d.kind, "not-first");
        assert!(
            d.message(Lang::Id).message.contains("`proses`"),
            "{:?}",
            d.message(Lang::Id)
        );
        assert_eq!(pointers(&late, "SOP408"), ["/kegiatan/1/simbol"]);
        // The flow starts at the mulai, so row 1 is unreachable.
        assert_eq!(pointers(&late, "SOP406"), ["/kegiatan/0"]);
    }

    #[test]
    fn end_missing_is_an_error_last_row_a_warning() {
        let none = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memproses, pelaksana: a }",
        ]));
        let d = findings(&none, "SOP402")[0];
        assert_eq!((d.kind, d.severity), ("missing", Severity::Error));
        assert_eq!(d.pointer, "/kegiatan/1/simbol");
        // No selesai at all: SOP402 says it; no dead-end noise from SOP407.
        assert!(!codes(&none).contains(&"SOP407"));

        let early = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 4 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Mengembalikan, pelaksana: a, ke: 1 }",
        ]));
        let d = findings(&early, "SOP402")[0];
        assert_eq!(
            (d.kind, d.severity),
            ("last-not-selesai", Severity::Warning)
        );
        assert!(!codes(&early).contains(&"SOP407"), "{:?}", codes(&early));
        assert!(!codes(&early).contains(&"SOP406"));
    }

    #[test]
    fn decision_branch_counts_labels_and_targets() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }] }",
            "{ nomor: 3, uraian: Memeriksa lagi, pelaksana: a, simbol: keputusan, cabang: [{ label: \"\", ke: 4 }, { label: Tidak }, { label: Lain, ke: 1 }] }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let found: Vec<(&str, &str)> = findings(&report, "SOP403")
            .iter()
            .map(|d| (d.kind, d.pointer.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("count", "/kegiatan/1/cabang"),
                ("count", "/kegiatan/2/cabang"),
                ("label", "/kegiatan/2/cabang/0/label"),
                ("target", "/kegiatan/2/cabang/1/ke"),
            ]
        );
        let one = findings(&report, "SOP403")[0].message(Lang::Id).message;
        assert!(
            one.starts_with("Langkah 2 adalah keputusan tetapi hanya punya 1 cabang"),
            "{one}"
        );
        // Only two labelled cabang are compared against the standard pairs.
        assert!(!codes(&report).contains(&"SOP404"));
    }

    #[test]
    fn missing_branch_target_keeps_flow_rules_on_the_remaining_edges() {
        // The example with the "Lengkap" cabang of step 2 left without `ke`.
        let report = check_example(
            "kegiatan:\n  - { nomor: 1, uraian: Mengajukan, pelaksana: pemohon, simbol: mulai }\n  - { nomor: 2, uraian: Memeriksa, pelaksana: petugas, simbol: keputusan, cabang: [{ label: Lengkap }, { label: Tidak lengkap, ke: 3 }] }\n  - { nomor: 3, uraian: Mengembalikan, pelaksana: petugas, ke: 1 }\n  - { nomor: 4, uraian: Menyampaikan, pelaksana: ppid, simbol: selesai }\n",
        );
        assert_eq!(pointers(&report, "SOP403"), ["/kegiatan/1/cabang/0/ke"]);
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(
            (stuck[0].kind, stuck[0].pointer.as_str()),
            ("loop", "/kegiatan/0")
        );
        assert!(stuck[0]
            .message(Lang::Id)
            .message
            .contains("Langkah 1, 2 dan 3"));
        assert!(!codes(&report).contains(&"SOP405"));
    }

    #[test]
    fn dangling_targets() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 3 }, { label: Tidak, ke: 12 }] }",
            "{ nomor: 3, uraian: Memproses, pelaksana: a, ke: 9 }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        assert_eq!(
            pointers(&report, "SOP405"),
            ["/kegiatan/1/cabang/1/ke", "/kegiatan/2/ke"]
        );
        let msg = findings(&report, "SOP405")[0].message(Lang::Id).message;
        assert!(
            msg.starts_with("Cabang \"Tidak\" pada langkah 2 menuju langkah 12"),
            "{msg}"
        );
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(
            (stuck[0].kind, stuck[0].pointer.as_str()),
            ("dead-end-target", "/kegiatan/2")
        );
    }

    #[test]
    fn dead_end_and_self_loops() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 2 }, { label: Tidak, ke: 4 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Menunggu, pelaksana: a, ke: 4 }",
            "{ nomor: 5, uraian: Mengarsipkan, pelaksana: a }",
        ]));
        assert_eq!(pointers(&report, "SOP408"), ["/kegiatan/1/cabang/0/ke"]);
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1, "{stuck:?}");
        assert_eq!(
            (stuck[0].kind, stuck[0].pointer.as_str()),
            ("loop", "/kegiatan/3")
        );
        assert!(stuck[0]
            .message(Lang::En)
            .message
            .contains("only leads back to itself"));
        // Rows 3 and 5 are not reached; the unreached dead end (row 5) is SOP406's, not SOP407's.
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/2", "/kegiatan/4"]);

        let dead = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{ label: Ya, ke: 4 }, { label: Tidak, ke: 3 }] }",
            "{ nomor: 3, uraian: Menutup, pelaksana: a, simbol: selesai }",
            "{ nomor: 4, uraian: Menyimpan, pelaksana: a }",
        ]));
        let d = findings(&dead, "SOP407")[0];
        assert_eq!((d.kind, d.pointer.as_str()), ("dead-end", "/kegiatan/3"));
    }

    #[test]
    fn cycle_without_exit_reports_the_loop_once() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }",
            "{ nomor: 2, uraian: Memeriksa, pelaksana: a }",
            "{ nomor: 3, uraian: Memperbaiki, pelaksana: a, ke: 2 }",
            "{ nomor: 4, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let stuck = findings(&report, "SOP407");
        assert_eq!(stuck.len(), 1);
        assert_eq!(stuck[0].pointer, "/kegiatan/1");
        assert_eq!(stuck[0].args[1], "2 3");
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/3"]);
    }

    #[test]
    fn selesai_with_ke_or_cabang_and_cabang_on_a_process() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai, cabang: [{ label: Ya, ke: 2 }] }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai, ke: 1, cabang: [{ label: Ya, ke: 1 }] }",
        ]));
        let kinds: Vec<&str> = findings(&report, "SOP408").iter().map(|d| d.kind).collect();
        // Sorted by pointer: `cabang` comes before `ke` in the format.
        assert_eq!(kinds, ["selesai-cabang", "selesai-ke"]);
        let d = findings(&report, "SOP403")[0];
        assert_eq!((d.kind, d.severity), ("not-decision", Severity::Warning));
        assert!(!codes(&report).contains(&"SOP406"));
        assert!(!codes(&report).contains(&"SOP407"));
    }

    #[test]
    fn unnumbered_row_cannot_be_targeted() {
        let report = check_yaml(&doc(&[
            "{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai, ke: 2 }",
            "{ uraian: Mencatat, pelaksana: a }",
            "{ nomor: 2, uraian: Menutup, pelaksana: a, simbol: selesai }",
        ]));
        let d = findings(&report, "SOP406")[0];
        assert_eq!((d.kind, d.pointer.as_str()), ("unnumbered", "/kegiatan/1"));
        assert!(d
            .message(Lang::Id)
            .message
            .starts_with("Baris kegiatan ke-2 tidak dapat dicapai"));
    }

    fn long_document(n: usize) -> String {
        // Every other step is a decision with two forward cabang: 2^(n/2) paths.
        let mut rows =
            vec!["{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }".to_string()];
        for k in 2..n {
            if k % 2 == 0 {
                rows.push(format!(
                    "{{ nomor: {k}, uraian: Memeriksa, pelaksana: a, simbol: keputusan, cabang: [{{ label: Ya, ke: {} }}, {{ label: Tidak, ke: {} }}], mutu_baku: {{ waktu: 1 menit }} }}",
                    k + 1,
                    (k + 2).min(n)
                ));
            } else {
                rows.push(format!("{{ nomor: {k}, uraian: Memproses, pelaksana: a, mutu_baku: {{ waktu: 1 menit }} }}"));
            }
        }
        rows.push(format!(
            "{{ nomor: {n}, uraian: Menutup, pelaksana: a, simbol: selesai }}"
        ));
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        doc(&refs)
    }

    #[test]
    fn long_chains_check_fast() {
        let text =
            long_document(2000).replace("kategori: umum", "kategori: layanan_informasi_publik");
        let started = std::time::Instant::now();
        let report = check_yaml(&text);
        let elapsed = started.elapsed();
        for code in [
            "SOP401", "SOP402", "SOP403", "SOP405", "SOP406", "SOP407", "SOP408",
        ] {
            assert!(!codes(&report).contains(&code), "{code}");
        }
        assert!(elapsed.as_secs_f64() < 5.0, "{elapsed:?}");

        // One long loop without exit, and one long unreachable tail.
        let mut rows =
            vec!["{ nomor: 1, uraian: Menerima, pelaksana: a, simbol: mulai }".to_string()];
        for k in 2..2000 {
            rows.push(format!("{{ nomor: {k}, uraian: Memproses, pelaksana: a }}"));
        }
        rows.push("{ nomor: 2000, uraian: Mengulang, pelaksana: a, ke: 2 }".to_string());
        rows.push("{ nomor: 2001, uraian: Menutup, pelaksana: a, simbol: selesai }".to_string());
        let refs: Vec<&str> = rows.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let report = check_yaml(&doc(&refs));
        assert!(started.elapsed().as_secs_f64() < 5.0);
        assert_eq!(findings(&report, "SOP407").len(), 1);
        assert_eq!(pointers(&report, "SOP406"), ["/kegiatan/2000"]);
    }

    #[test]
    fn longest_forward_ignores_back_edges() {
        let report_doc = doc(&[
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
