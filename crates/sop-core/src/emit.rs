//! Writing a model back to YAML, JSON or TOML. YAML is written by hand so keys keep the
//! order of the format and every text that a YAML 1.1 tool could misread (`no`, dates,
//! NIPs) is quoted.

use std::fmt::Write;

use crate::model::{Sop, Step};
use crate::parse::Format;

/// Why a model could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmitError(pub String);

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EmitError {}

/// Writes `sop` in `format`.
pub fn to_string(sop: &Sop, format: Format) -> Result<String, EmitError> {
    match format {
        Format::Yaml => Ok(to_yaml(sop)),
        Format::Json => serde_json::to_string_pretty(sop)
            .map(|s| s + "\n")
            .map_err(|e| EmitError(e.to_string())),
        #[cfg(feature = "toml")]
        Format::Toml => toml::to_string_pretty(sop).map_err(|e| EmitError(e.to_string())),
        #[cfg(not(feature = "toml"))]
        Format::Toml => Err(EmitError("TOML is not supported in this build".into())),
    }
}

struct Yaml {
    out: String,
}

impl Yaml {
    fn text(&mut self, indent: usize, key: &str, value: &str) {
        if !value.is_empty() {
            let _ = writeln!(self.out, "{:indent$}{key}: {}", "", scalar(value));
        }
    }

    fn number(&mut self, indent: usize, key: &str, value: Option<u32>) {
        if let Some(v) = value {
            let _ = writeln!(self.out, "{:indent$}{key}: {v}", "");
        }
    }

    fn texts(&mut self, indent: usize, key: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "{:indent$}{key}:", "");
        for v in values {
            let _ = writeln!(self.out, "{:indent$}  - {}", "", scalar(v));
        }
    }

    fn open(&mut self, indent: usize, key: &str) {
        let _ = writeln!(self.out, "{:indent$}{key}:", "");
    }

    /// Starts a list item: the first field goes on the dash line.
    fn item(&mut self, indent: usize, fields: &[(&str, String)]) {
        self.item_with(indent, fields, false);
    }

    /// Starts a list item; `more` says whether nested fields follow (written by the
    /// caller two columns deeper). An item without any of `fields` is then a bare `-`
    /// line, because `- {}` cannot be continued by more keys.
    fn item_with(&mut self, indent: usize, fields: &[(&str, String)], more: bool) {
        let mut first = true;
        for (key, value) in fields {
            if value.is_empty() {
                continue;
            }
            let lead = if first { "- " } else { "  " };
            let _ = writeln!(self.out, "{:indent$}{lead}{key}: {value}", "");
            first = false;
        }
        if first && more {
            let _ = writeln!(self.out, "{:indent$}-", "");
        } else if first {
            let _ = writeln!(self.out, "{:indent$}- {{}}", "");
        }
    }
}

/// Writes the model as YAML in the key order of DESIGN.md §3.
pub fn to_yaml(sop: &Sop) -> String {
    let mut y = Yaml { out: String::new() };
    y.text(0, "format", &sop.format);
    let _ = writeln!(y.out, "kategori: {}", sop.category.key());
    let _ = writeln!(y.out, "status: {}", sop.status.key());
    let id = &sop.identity;
    y.open(0, "identitas");
    y.text(2, "instansi", &id.agency);
    y.text(2, "unit", &id.unit);
    y.text(2, "logo", &id.logo);
    y.text(2, "nomor", &id.number);
    y.text(2, "nama", &id.name);
    y.text(2, "tanggal_pembuatan", &id.created);
    y.text(2, "tanggal_revisi", &id.revised);
    y.text(2, "tanggal_efektif", &id.effective);
    if !id.approved_by.is_empty() {
        y.open(2, "disahkan_oleh");
        y.text(4, "jabatan", &id.approved_by.position);
        y.text(4, "nama", &id.approved_by.name);
        y.text(4, "nip", &id.approved_by.nip);
    }
    y.texts(2, "jenis", &id.kind);
    if y.out.ends_with("identitas:\n") {
        y.out.truncate(y.out.len() - "identitas:\n".len());
    }
    y.text(0, "tujuan", &sop.purpose);
    y.texts(0, "dasar_hukum", &sop.legal_basis);
    y.texts(0, "kualifikasi_pelaksana", &sop.qualifications);
    y.texts(0, "keterkaitan", &sop.related);
    y.texts(0, "peralatan_perlengkapan", &sop.equipment);
    y.texts(0, "peringatan", &sop.warnings);
    y.texts(0, "pencatatan_pendataan", &sop.records);
    if !sop.lanes.is_empty() {
        y.open(0, "pelaksana");
        for lane in &sop.lanes {
            y.item(
                2,
                &[
                    ("id", opt_scalar(&lane.id)),
                    ("nama", opt_scalar(&lane.name)),
                ],
            );
        }
    }
    if !sop.steps.is_empty() {
        y.open(0, "kegiatan");
        for step in &sop.steps {
            step_yaml(&mut y, step);
        }
    }
    if !sop.monitoring.is_empty() {
        y.open(0, "monitoring");
        for m in &sop.monitoring {
            y.item(
                2,
                &[
                    ("tanggal", opt_scalar(&m.date)),
                    ("penilaian", opt_scalar(&m.assessment)),
                    ("catatan", opt_scalar(&m.notes)),
                    ("tindakan", opt_scalar(&m.action)),
                    ("penilai", opt_scalar(&m.assessor)),
                ],
            );
        }
    }
    if !sop.evaluations.is_empty() {
        y.open(0, "evaluasi");
        for e in &sop.evaluations {
            let answers = e.criteria.answers();
            let has_criteria = answers.iter().any(|a| !a.is_empty());
            y.item_with(
                2,
                &[
                    ("tanggal", opt_scalar(&e.date)),
                    ("penilai", opt_scalar(&e.assessor)),
                    ("catatan", opt_scalar(&e.notes)),
                ],
                has_criteria,
            );
            if has_criteria {
                y.open(4, "kriteria");
                for (key, answer) in crate::model::Criteria::KEYS.iter().zip(answers) {
                    y.text(6, key, answer);
                }
            }
        }
    }
    y.out
}

fn step_yaml(y: &mut Yaml, step: &Step) {
    let performers = match step.performers.as_slice() {
        [] => String::new(),
        [one] => scalar(one),
        many => format!(
            "[{}]",
            many.iter()
                .map(|p| flow_scalar(p))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let more = !step.branches.is_empty()
        || step.next.is_some()
        || !step.quality.is_empty()
        || !step.remarks.is_empty();
    y.item_with(
        2,
        &[
            (
                "nomor",
                step.number.map(|n| n.to_string()).unwrap_or_default(),
            ),
            ("uraian", opt_scalar(&step.description)),
            ("pelaksana", performers),
            ("simbol", opt_scalar(&step.symbol)),
        ],
        more,
    );
    if !step.branches.is_empty() {
        y.open(4, "cabang");
        for b in &step.branches {
            y.item(
                6,
                &[
                    ("label", opt_scalar(&b.label)),
                    ("ke", b.target.map(|n| n.to_string()).unwrap_or_default()),
                ],
            );
        }
    }
    y.number(4, "ke", step.next);
    if !step.quality.is_empty() {
        y.open(4, "mutu_baku");
        y.text(6, "kelengkapan", &step.quality.requirements);
        y.text(6, "waktu", &step.quality.time);
        y.text(6, "output", &step.quality.output);
    }
    y.text(4, "keterangan", &step.remarks);
}

fn opt_scalar(value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        scalar(value)
    }
}

/// A YAML scalar: plain when no YAML reader (1.1 or 1.2) could read it as anything but
/// this text, double-quoted otherwise.
pub fn scalar(value: &str) -> String {
    if is_plain_safe(value) {
        return value.to_string();
    }
    quoted(value)
}

/// A YAML scalar inside a flow collection (`[a, b]`), where `,[]{}` end a plain scalar.
pub fn flow_scalar(value: &str) -> String {
    if is_plain_safe(value) && !value.contains([',', '[', ']', '{', '}']) {
        return value.to_string();
    }
    quoted(value)
}

/// A double-quoted YAML scalar.
fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const RESERVED: &[&str] = &[
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
];

fn is_plain_safe(value: &str) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    if value.trim() != value
        || RESERVED.contains(&value.to_lowercase().as_str())
        || first.is_ascii_digit()
        || "-?:,[]{}#&*!|>'\"%@`+.=".contains(first)
        || value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value
            .chars()
            .any(|c| c.is_control() || c == '\u{feff}' || c == '\u{2028}' || c == '\u{2029}')
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_a_reader_could_misread() {
        assert_eq!(scalar("Pemohon"), "Pemohon");
        assert_eq!(scalar("no"), "\"no\"");
        assert_eq!(scalar("2025-07-10"), "\"2025-07-10\"");
        assert_eq!(scalar("197001011995031001"), "\"197001011995031001\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("-"), "\"-\"");
        assert_eq!(scalar("baris\nbaru"), "\"baris\\nbaru\"");
        assert_eq!(scalar(""), "\"\"");
    }
}
