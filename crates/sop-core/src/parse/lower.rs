//! The one lowering pass from a [`Node`] tree (any syntax) to the [`Sop`] model. It never
//! stops at a problem: a value of the wrong shape is reported (SOP002) and left empty, an
//! unknown key is reported (SOP003) with the closest known key, an accepted legacy alias
//! is reported (SOP004) and read as the standard key.

use super::SpanMap;
use crate::diagnostic::Diagnostic;
use crate::model::{
    Branch, Category, Criteria, Evaluation, Identity, Lane, MonitoringRecord, QualityStandard,
    Signer, Sop, Status, Step,
};
use crate::node::{Node, NodeKind, Value};
use crate::pointer::{push_index, push_key};
use crate::source::Span;

/// Every key of format v1, in the order a document is written; used to sort findings
/// and to suggest a key for a misspelt one.
pub const KNOWN_KEYS: &[&str] = &[
    "format",
    "kategori",
    "status",
    "identitas",
    "instansi",
    "unit",
    "logo",
    "jabatan",
    "id",
    "nomor",
    "nama",
    "nip",
    "uraian",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "disahkan_oleh",
    "jenis",
    "tujuan",
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
    "pelaksana",
    "simbol",
    "cabang",
    "label",
    "ke",
    "mutu_baku",
    "kelengkapan",
    "waktu",
    "output",
    "keterangan",
    "kegiatan",
    "monitoring",
    "tanggal",
    "penilaian",
    "penilai",
    "kriteria",
    "mendorong_kinerja",
    "mudah_dipahami",
    "mudah_dilaksanakan",
    "peran_jelas",
    "mengatasi_masalah",
    "menjawab_kebutuhan",
    "sinergi",
    "catatan",
    "tindakan",
    "evaluasi",
];

const SOP_KEYS: &[&str] = &[
    "format",
    "kategori",
    "status",
    "identitas",
    "tujuan",
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
    "pelaksana",
    "kegiatan",
    "monitoring",
    "evaluasi",
];
const IDENTITY_KEYS: &[&str] = &[
    "instansi",
    "unit",
    "logo",
    "nomor",
    "nama",
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_efektif",
    "disahkan_oleh",
    "jenis",
];
const IDENTITY_ALIASES: &[(&str, &str)] =
    &[("tanggal_pengesahan", "tanggal_efektif"), ("judul", "nama")];
const SIGNER_KEYS: &[&str] = &["jabatan", "nama", "nip"];
const LANE_KEYS: &[&str] = &["id", "nama"];
const STEP_KEYS: &[&str] = &[
    "nomor",
    "uraian",
    "pelaksana",
    "simbol",
    "cabang",
    "ke",
    "mutu_baku",
    "keterangan",
];
const STEP_ALIASES: &[(&str, &str)] = &[("uraian_kegiatan", "uraian")];
const BRANCH_KEYS: &[&str] = &["label", "ke"];
const QUALITY_KEYS: &[&str] = &["kelengkapan", "waktu", "output"];
const QUALITY_ALIASES: &[(&str, &str)] = &[("persyaratan", "kelengkapan")];
const MONITORING_KEYS: &[&str] = &["tanggal", "penilaian", "catatan", "tindakan", "penilai"];
const EVALUATION_KEYS: &[&str] = &["tanggal", "penilai", "kriteria", "catatan"];

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
pub(crate) fn lower(root: Option<&Node>) -> Lowered {
    let mut cx = Cx {
        spans: SpanMap::default(),
        diagnostics: Vec::new(),
    };
    let mut sop = Sop::default();
    if let Some(root) = root {
        cx.spans.push(String::new(), root.span, None);
        cx.map(root, "", SOP_KEYS, &[], |cx, key, node, at| match key {
            "format" => sop.format = cx.text(node, at),
            "kategori" => sop.category = cx.choice(node, at, Category::from_key, &category_keys()),
            "status" => sop.status = cx.choice(node, at, Status::from_key, &status_keys()),
            "identitas" => sop.identity = identity(cx, node, at),
            "tujuan" => sop.purpose = cx.text(node, at),
            "dasar_hukum" => sop.legal_basis = cx.texts(node, at),
            "kualifikasi_pelaksana" => sop.qualifications = cx.texts(node, at),
            "keterkaitan" => sop.related = cx.texts(node, at),
            "peralatan_perlengkapan" => sop.equipment = cx.texts(node, at),
            "peringatan" => sop.warnings = cx.texts(node, at),
            "pencatatan_pendataan" => sop.records = cx.texts(node, at),
            "pelaksana" => sop.lanes = cx.list(node, at, lane),
            "kegiatan" => sop.steps = cx.list(node, at, step),
            "monitoring" => sop.monitoring = cx.list(node, at, monitoring),
            "evaluasi" => sop.evaluations = cx.list(node, at, evaluation),
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

fn identity(cx: &mut Cx, node: &Node, at: &str) -> Identity {
    let mut out = Identity::default();
    cx.map(
        node,
        at,
        IDENTITY_KEYS,
        IDENTITY_ALIASES,
        |cx, key, node, at| match key {
            "instansi" => out.agency = cx.text(node, at),
            "unit" => out.unit = cx.text(node, at),
            "logo" => out.logo = cx.text(node, at),
            "nomor" => out.number = cx.text(node, at),
            "nama" => out.name = cx.text(node, at),
            "tanggal_pembuatan" => out.created = cx.text(node, at),
            "tanggal_revisi" => out.revised = cx.text(node, at),
            "tanggal_efektif" => out.effective = cx.text(node, at),
            "disahkan_oleh" => out.approved_by = signer(cx, node, at),
            "jenis" => out.kind = cx.texts(node, at),
            _ => {}
        },
    );
    out
}

fn signer(cx: &mut Cx, node: &Node, at: &str) -> Signer {
    let mut out = Signer::default();
    cx.map(node, at, SIGNER_KEYS, &[], |cx, key, node, at| match key {
        "jabatan" => out.position = cx.text(node, at),
        "nama" => out.name = cx.text(node, at),
        "nip" => out.nip = cx.text(node, at),
        _ => {}
    });
    out
}

fn lane(cx: &mut Cx, node: &Node, at: &str) -> Lane {
    let mut out = Lane::default();
    cx.map(node, at, LANE_KEYS, &[], |cx, key, node, at| match key {
        "id" => out.id = cx.text(node, at),
        "nama" => out.name = cx.text(node, at),
        _ => {}
    });
    out
}

fn step(cx: &mut Cx, node: &Node, at: &str) -> Step {
    let mut out = Step::default();
    cx.map(
        node,
        at,
        STEP_KEYS,
        STEP_ALIASES,
        |cx, key, node, at| match key {
            "nomor" => out.number = cx.number(node, at),
            "uraian" => out.description = cx.text(node, at),
            "pelaksana" => {
                out.performers = match node.value {
                    Value::Scalar(_) => vec![cx.text(node, at)],
                    _ => cx.texts(node, at),
                }
            }
            "simbol" => out.symbol = cx.text(node, at),
            "cabang" => out.branches = cx.list(node, at, branch),
            "ke" => out.next = cx.number(node, at),
            "mutu_baku" => out.quality = quality(cx, node, at),
            "keterangan" => out.remarks = cx.text(node, at),
            _ => {}
        },
    );
    out
}

fn branch(cx: &mut Cx, node: &Node, at: &str) -> Branch {
    let mut out = Branch::default();
    cx.map(node, at, BRANCH_KEYS, &[], |cx, key, node, at| match key {
        "label" => out.label = cx.text(node, at),
        "ke" => out.target = cx.number(node, at),
        _ => {}
    });
    out
}

fn quality(cx: &mut Cx, node: &Node, at: &str) -> QualityStandard {
    let mut out = QualityStandard::default();
    cx.map(
        node,
        at,
        QUALITY_KEYS,
        QUALITY_ALIASES,
        |cx, key, node, at| match key {
            "kelengkapan" => out.requirements = cx.text(node, at),
            "waktu" => out.time = cx.text(node, at),
            "output" => out.output = cx.text(node, at),
            _ => {}
        },
    );
    out
}

fn monitoring(cx: &mut Cx, node: &Node, at: &str) -> MonitoringRecord {
    let mut out = MonitoringRecord::default();
    cx.map(
        node,
        at,
        MONITORING_KEYS,
        &[],
        |cx, key, node, at| match key {
            "tanggal" => out.date = cx.text(node, at),
            "penilaian" => out.assessment = cx.text(node, at),
            "catatan" => out.notes = cx.text(node, at),
            "tindakan" => out.action = cx.text(node, at),
            "penilai" => out.assessor = cx.text(node, at),
            _ => {}
        },
    );
    out
}

fn evaluation(cx: &mut Cx, node: &Node, at: &str) -> Evaluation {
    let mut out = Evaluation::default();
    cx.map(
        node,
        at,
        EVALUATION_KEYS,
        &[],
        |cx, key, node, at| match key {
            "tanggal" => out.date = cx.text(node, at),
            "penilai" => out.assessor = cx.text(node, at),
            "kriteria" => out.criteria = criteria(cx, node, at),
            "catatan" => out.notes = cx.text(node, at),
            _ => {}
        },
    );
    out
}

fn criteria(cx: &mut Cx, node: &Node, at: &str) -> Criteria {
    let mut out = Criteria::default();
    cx.map(node, at, &Criteria::KEYS, &[], |cx, key, node, at| {
        if let Some(i) = Criteria::KEYS.iter().position(|k| *k == key) {
            let value = cx.text(node, at);
            if let Some(slot) = out.answer_mut(i) {
                *slot = value;
            }
        }
    });
    out
}

impl Cx {
    fn wrong_type(&mut self, node: &Node, at: &str, expected: &'static str) {
        let found = match node.kind() {
            NodeKind::Null => "null",
            NodeKind::Scalar => "text",
            NodeKind::List => "list",
            NodeKind::Map => "map",
        };
        self.diagnostics.push(
            Diagnostic::new("SOP002", at, expected)
                .arg(found)
                .at(node.span),
        );
    }

    /// Walks a mapping: aliases are renamed (SOP004), unknown keys reported (SOP003),
    /// known keys handed to `each` with their pointer.
    fn map(
        &mut self,
        node: &Node,
        at: &str,
        keys: &[&str],
        aliases: &[(&str, &'static str)],
        mut each: impl FnMut(&mut Self, &str, &Node, &str),
    ) {
        let entries = match &node.value {
            Value::Map(entries) => entries,
            Value::Null => return,
            _ => return self.wrong_type(node, at, "expected-map"),
        };
        for entry in entries {
            let key = entry.key.as_str();
            let canonical = match aliases.iter().find(|(alias, _)| *alias == key) {
                Some((alias, standard)) => {
                    let pointer = push_key(at, standard);
                    self.diagnostics.push(
                        Diagnostic::new("SOP004", pointer, "")
                            .arg(*alias)
                            .arg(*standard)
                            .at(entry.key_span),
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
                let mut d = Diagnostic::new("SOP003", pointer, "").arg(key);
                if let Some(suggestion) = closest(key, keys) {
                    d = d.arg(suggestion);
                }
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
                self.wrong_type(node, at, "expected-list");
                Vec::new()
            }
        }
    }

    fn text(&mut self, node: &Node, at: &str) -> String {
        match &node.value {
            Value::Scalar(s) => s.text.clone(),
            Value::Null => String::new(),
            _ => {
                self.wrong_type(node, at, "expected-text");
                String::new()
            }
        }
    }

    /// A list of texts; a single text where a list belongs is reported and kept as one item.
    fn texts(&mut self, node: &Node, at: &str) -> Vec<String> {
        match &node.value {
            Value::Scalar(s) => {
                self.wrong_type(node, at, "expected-list");
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
                    self.diagnostics.push(
                        Diagnostic::new("SOP002", at, "expected-number")
                            .arg(s.text.clone())
                            .at(node.span),
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(node, at, "expected-number");
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
                self.diagnostics.push(
                    Diagnostic::new("SOP002", at, "expected-choice")
                        .arg(text)
                        .arg(allowed)
                        .at(node.span),
                );
                T::default()
            }
        }
    }
}

/// The known key closest to a misspelt one, when it is close enough to be a typo.
pub(crate) fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| (distance(&key, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(
            closest("tanggal_efektf", IDENTITY_KEYS),
            Some("tanggal_efektif")
        );
        assert_eq!(closest("Instansi", IDENTITY_KEYS), Some("instansi"));
        assert_eq!(closest("warna", IDENTITY_KEYS), None);
    }
}
