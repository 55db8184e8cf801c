//! The one lowering pass from a [`Node`] tree (any syntax) to the [`Sop`] model. It never
//! stops at a problem: a value of the wrong shape is reported (SOP002) and left empty, an
//! unknown key is reported (SOP003) with the closest known key, an accepted legacy alias
//! is reported (SOP004) and read as the standard key.

use super::spans::SpanMap;
use crate::keys::{
    branch, evaluation, identity, lane, monitoring, quality, root, signer, step, Shape,
};
use crate::model::{
    Branch, Category, Criteria, Evaluation, Identity, Lane, MonitoringRecord, QualityStandard,
    Signer, Sop, Status, Step,
};
use crate::node::{Node, NodeKind, Value};
use crate::pointer::{push_index, push_key};
use crate::rule::Diagnostic;
use crate::rules::format::{legacy_alias, unknown_key, wrong_type};
use crate::source::Span;
use crate::suggest::closest;

/// The lowered model with its span map and findings.
pub(crate) struct Lowered {
    pub sop: Sop,
    pub spans: SpanMap,
    pub diagnostics: Vec<Diagnostic>,
}

impl Lowered {
    /// Moves every span `by` bytes (after a byte-order mark was skipped).
    pub fn shift(&mut self, by: usize) {
        self.spans.shift(by);
        for d in &mut self.diagnostics {
            d.span = d.span.map(|s| Span::new(s.start + by, s.end + by));
        }
    }
}

struct Cx {
    spans: SpanMap,
    diagnostics: Vec<Diagnostic>,
}

/// Lowers a document tree; `None` (an empty file) gives an empty model.
pub(crate) fn lower(document: Option<&Node>) -> Lowered {
    let mut cx = Cx {
        spans: SpanMap::default(),
        diagnostics: Vec::new(),
    };
    let mut sop = Sop::default();
    if let Some(document) = document {
        cx.spans.push(String::new(), document.span, None);
        cx.map(document, "", Shape::Root, |cx, key, node, at| match key {
            root::FORMAT => sop.format = cx.text(node, at),
            root::KATEGORI => {
                sop.category = cx.choice(node, at, Category::from_key, &category_keys());
            }
            root::STATUS => sop.status = cx.choice(node, at, Status::from_key, &status_keys()),
            root::IDENTITAS => sop.identity = lower_identity(cx, node, at),
            root::TUJUAN => sop.purpose = cx.text(node, at),
            root::DASAR_HUKUM => sop.legal_basis = cx.texts(node, at),
            root::KUALIFIKASI_PELAKSANA => sop.qualifications = cx.texts(node, at),
            root::KETERKAITAN => sop.related = cx.texts(node, at),
            root::PERALATAN_PERLENGKAPAN => sop.equipment = cx.texts(node, at),
            root::PERINGATAN => sop.warnings = cx.texts(node, at),
            root::PENCATATAN_PENDATAAN => sop.records = cx.texts(node, at),
            root::PELAKSANA => sop.lanes = cx.list(node, at, lower_lane),
            root::KEGIATAN => sop.steps = cx.list(node, at, lower_step),
            root::MONITORING => sop.monitoring = cx.list(node, at, lower_monitoring),
            root::EVALUASI => sop.evaluations = cx.list(node, at, lower_evaluation),
            _ => {}
        });
    }
    Lowered {
        sop,
        spans: cx.spans,
        diagnostics: cx.diagnostics,
    }
}

fn category_keys() -> String {
    Category::ALL.map(Category::key).join(", ")
}

fn status_keys() -> String {
    Status::ALL.map(Status::key).join(", ")
}

fn lower_identity(cx: &mut Cx, node: &Node, at: &str) -> Identity {
    let mut out = Identity::default();
    cx.map(node, at, Shape::Identity, |cx, key, node, at| match key {
        identity::INSTANSI => out.agency = cx.text(node, at),
        identity::UNIT => out.unit = cx.text(node, at),
        identity::LOGO => out.logo = cx.text(node, at),
        identity::NOMOR => out.number = cx.text(node, at),
        identity::NAMA => out.name = cx.text(node, at),
        identity::TANGGAL_PEMBUATAN => out.created = cx.text(node, at),
        identity::TANGGAL_REVISI => out.revised = cx.text(node, at),
        identity::TANGGAL_EFEKTIF => out.effective = cx.text(node, at),
        identity::DISAHKAN_OLEH => out.approved_by = lower_signer(cx, node, at),
        identity::JENIS => out.kind = cx.texts(node, at),
        _ => {}
    });
    out
}

fn lower_signer(cx: &mut Cx, node: &Node, at: &str) -> Signer {
    let mut out = Signer::default();
    cx.map(node, at, Shape::Signer, |cx, key, node, at| match key {
        signer::JABATAN => out.position = cx.text(node, at),
        signer::NAMA => out.name = cx.text(node, at),
        signer::NIP => out.nip = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_lane(cx: &mut Cx, node: &Node, at: &str) -> Lane {
    let mut out = Lane::default();
    cx.map(node, at, Shape::Lane, |cx, key, node, at| match key {
        lane::ID => out.id = cx.text(node, at),
        lane::NAMA => out.name = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_step(cx: &mut Cx, node: &Node, at: &str) -> Step {
    let mut out = Step::default();
    cx.map(node, at, Shape::Step, |cx, key, node, at| match key {
        step::NOMOR => out.number = cx.number(node, at),
        step::URAIAN => out.description = cx.text(node, at),
        step::PELAKSANA => {
            out.performers = match node.value {
                Value::Scalar(_) => vec![cx.text(node, at)],
                _ => cx.texts(node, at),
            }
        }
        step::SIMBOL => out.symbol = cx.text(node, at),
        step::CABANG => out.branches = cx.list(node, at, lower_branch),
        step::KE => out.next = cx.number(node, at),
        step::MUTU_BAKU => out.quality = lower_quality(cx, node, at),
        step::KETERANGAN => out.remarks = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_branch(cx: &mut Cx, node: &Node, at: &str) -> Branch {
    let mut out = Branch::default();
    cx.map(node, at, Shape::Branch, |cx, key, node, at| match key {
        branch::LABEL => out.label = cx.text(node, at),
        branch::KE => out.target = cx.number(node, at),
        _ => {}
    });
    out
}

fn lower_quality(cx: &mut Cx, node: &Node, at: &str) -> QualityStandard {
    let mut out = QualityStandard::default();
    cx.map(node, at, Shape::Quality, |cx, key, node, at| match key {
        quality::KELENGKAPAN => out.requirements = cx.text(node, at),
        quality::WAKTU => out.time = cx.text(node, at),
        quality::OUTPUT => out.output = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_monitoring(cx: &mut Cx, node: &Node, at: &str) -> MonitoringRecord {
    let mut out = MonitoringRecord::default();
    cx.map(node, at, Shape::Monitoring, |cx, key, node, at| match key {
        monitoring::TANGGAL => out.date = cx.text(node, at),
        monitoring::PENILAIAN => out.assessment = cx.text(node, at),
        monitoring::CATATAN => out.notes = cx.text(node, at),
        monitoring::TINDAKAN => out.action = cx.text(node, at),
        monitoring::PENILAI => out.assessor = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_evaluation(cx: &mut Cx, node: &Node, at: &str) -> Evaluation {
    let mut out = Evaluation::default();
    cx.map(node, at, Shape::Evaluation, |cx, key, node, at| match key {
        evaluation::TANGGAL => out.date = cx.text(node, at),
        evaluation::PENILAI => out.assessor = cx.text(node, at),
        evaluation::KRITERIA => out.criteria = lower_criteria(cx, node, at),
        evaluation::CATATAN => out.notes = cx.text(node, at),
        _ => {}
    });
    out
}

fn lower_criteria(cx: &mut Cx, node: &Node, at: &str) -> Criteria {
    let mut out = Criteria::default();
    cx.map(node, at, Shape::Criteria, |cx, key, node, at| {
        if let Some(i) = Shape::Criteria.position(key) {
            let value = cx.text(node, at);
            if let Some(slot) = out.answer_mut(i) {
                *slot = value;
            }
        }
    });
    out
}

impl Cx {
    /// Reports `node` at `at` as of the wrong shape (SOP002): `expected` says which.
    fn wrong_type(&mut self, node: &Node, at: &str, expected: fn(&str, NodeKind) -> Diagnostic) {
        self.diagnostics
            .push(expected(at, node.kind()).at(node.span));
    }

    /// Walks a mapping of `shape`: aliases are renamed (SOP004), unknown keys reported
    /// (SOP003), known keys handed to `each` with their pointer.
    fn map(
        &mut self,
        node: &Node,
        at: &str,
        shape: Shape,
        mut each: impl FnMut(&mut Self, &str, &Node, &str),
    ) {
        let entries = match &node.value {
            Value::Map(entries) => entries,
            Value::Null => return,
            _ => return self.wrong_type(node, at, wrong_type::expected_map),
        };
        let (keys, aliases) = (shape.keys(), shape.aliases());
        for entry in entries {
            let key = entry.key.as_str();
            let canonical = match aliases.iter().find(|(alias, _)| *alias == key) {
                Some((alias, standard)) => {
                    let pointer = push_key(at, standard);
                    self.diagnostics.push(
                        legacy_alias::legacy_alias(pointer, alias, standard).at(entry.key_span),
                    );
                    if entries.iter().any(|e| e.key == *standard) {
                        continue;
                    }
                    *standard
                }
                None => key,
            };
            if !keys.contains(&canonical) {
                let pointer = push_key(at, key);
                let d = unknown_key::unknown_key(pointer, key, closest(key, keys));
                self.diagnostics.push(d.at(entry.key_span));
                continue;
            }
            let pointer = push_key(at, canonical);
            each(self, canonical, &entry.node, &pointer);
            self.spans
                .push(pointer, entry.node.span, Some(entry.key_span));
        }
    }

    fn list<T>(&mut self, node: &Node, at: &str, item: fn(&mut Self, &Node, &str) -> T) -> Vec<T> {
        match &node.value {
            Value::List(items) => items
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let pointer = push_index(at, i);
                    let value = item(self, n, &pointer);
                    self.spans.push(pointer, n.span, None);
                    value
                })
                .collect(),
            Value::Null => Vec::new(),
            _ => {
                self.wrong_type(node, at, wrong_type::expected_list);
                Vec::new()
            }
        }
    }

    fn text(&mut self, node: &Node, at: &str) -> String {
        match &node.value {
            Value::Scalar(s) => s.text.clone(),
            Value::Null => String::new(),
            _ => {
                self.wrong_type(node, at, wrong_type::expected_text);
                String::new()
            }
        }
    }

    /// A list of texts; a single text where a list belongs is reported and kept as one item.
    fn texts(&mut self, node: &Node, at: &str) -> Vec<String> {
        match &node.value {
            Value::Scalar(s) => {
                self.wrong_type(node, at, wrong_type::expected_list);
                vec![s.text.clone()]
            }
            _ => self.list(node, at, |cx, n, p| cx.text(n, p)),
        }
    }

    fn number(&mut self, node: &Node, at: &str) -> Option<u32> {
        match &node.value {
            Value::Null => None,
            Value::Scalar(s) => match s.text.trim().parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    self.diagnostics
                        .push(wrong_type::not_a_number(at, &s.text).at(node.span));
                    None
                }
            },
            _ => {
                self.wrong_type(node, at, wrong_type::expected_number);
                None
            }
        }
    }

    fn choice<T: Default>(
        &mut self,
        node: &Node,
        at: &str,
        from_key: fn(&str) -> Option<T>,
        allowed: &str,
    ) -> T {
        let text = self.text(node, at);
        if text.is_empty() {
            return T::default();
        }
        match from_key(text.trim()) {
            Some(value) => value,
            None => {
                self.diagnostics
                    .push(wrong_type::unknown_choice(at, &text, allowed).at(node.span));
                T::default()
            }
        }
    }
}
