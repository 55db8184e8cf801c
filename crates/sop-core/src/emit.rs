//! Writing a model back to YAML, JSON or TOML. YAML is written by hand so keys keep the
//! order of the format and every text that a YAML 1.1 tool could misread (`no`, dates,
//! NIPs) is quoted; JSON by hand too ([`json`]), for the wasm's size.

use std::fmt::Write;

mod json;

pub use json::string as json_string;

use crate::keys::{
    branch, criteria, evaluation, identity, lane, monitoring, quality, root, signer, step,
};
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
        Format::Json => Ok(json::to_json(sop)),
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
    y.text(0, root::FORMAT, &sop.format);
    let _ = writeln!(y.out, "{}: {}", root::KATEGORI, sop.category.key());
    let _ = writeln!(y.out, "{}: {}", root::STATUS, sop.status.key());
    let id = &sop.identity;
    y.open(0, root::IDENTITAS);
    y.text(2, identity::INSTANSI, &id.agency);
    y.text(2, identity::UNIT, &id.unit);
    y.text(2, identity::LOGO, &id.logo);
    y.text(2, identity::NOMOR, &id.number);
    y.text(2, identity::NAMA, &id.name);
    y.text(2, identity::TANGGAL_PEMBUATAN, &id.created);
    y.text(2, identity::TANGGAL_REVISI, &id.revised);
    y.text(2, identity::TANGGAL_EFEKTIF, &id.effective);
    if !id.approved_by.is_empty() {
        y.open(2, identity::DISAHKAN_OLEH);
        y.text(4, signer::JABATAN, &id.approved_by.position);
        y.text(4, signer::NAMA, &id.approved_by.name);
        y.text(4, signer::NIP, &id.approved_by.nip);
    }
    y.texts(2, identity::JENIS, &id.kind);
    // An identity block with nothing in it is left out.
    let empty_block = format!("{}:\n", root::IDENTITAS);
    if y.out.ends_with(&empty_block) {
        y.out.truncate(y.out.len() - empty_block.len());
    }
    y.text(0, root::TUJUAN, &sop.purpose);
    y.texts(0, root::DASAR_HUKUM, &sop.legal_basis);
    y.texts(0, root::KUALIFIKASI_PELAKSANA, &sop.qualifications);
    y.texts(0, root::KETERKAITAN, &sop.related);
    y.texts(0, root::PERALATAN_PERLENGKAPAN, &sop.equipment);
    y.texts(0, root::PERINGATAN, &sop.warnings);
    y.texts(0, root::PENCATATAN_PENDATAAN, &sop.records);
    if !sop.lanes.is_empty() {
        y.open(0, root::PELAKSANA);
        for l in &sop.lanes {
            y.item(
                2,
                &[
                    (lane::ID, opt_scalar(&l.id)),
                    (lane::NAMA, opt_scalar(&l.name)),
                ],
            );
        }
    }
    if !sop.steps.is_empty() {
        y.open(0, root::KEGIATAN);
        for s in &sop.steps {
            step_yaml(&mut y, s);
        }
    }
    if !sop.monitoring.is_empty() {
        y.open(0, root::MONITORING);
        for m in &sop.monitoring {
            y.item(
                2,
                &[
                    (monitoring::TANGGAL, opt_scalar(&m.date)),
                    (monitoring::PENILAIAN, opt_scalar(&m.assessment)),
                    (monitoring::CATATAN, opt_scalar(&m.notes)),
                    (monitoring::TINDAKAN, opt_scalar(&m.action)),
                    (monitoring::PENILAI, opt_scalar(&m.assessor)),
                ],
            );
        }
    }
    if !sop.evaluations.is_empty() {
        y.open(0, root::EVALUASI);
        for e in &sop.evaluations {
            let answers = e.criteria.answers();
            let has_criteria = answers.iter().any(|a| !a.is_empty());
            y.item_with(
                2,
                &[
                    (evaluation::TANGGAL, opt_scalar(&e.date)),
                    (evaluation::PENILAI, opt_scalar(&e.assessor)),
                    (evaluation::CATATAN, opt_scalar(&e.notes)),
                ],
                has_criteria,
            );
            if has_criteria {
                y.open(4, evaluation::KRITERIA);
                for (key, answer) in criteria::KEYS.iter().zip(answers) {
                    y.text(6, key, answer);
                }
            }
        }
    }
    y.out
}

fn step_yaml(y: &mut Yaml, s: &Step) {
    let performers = match s.performers.as_slice() {
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
    let more = !s.branches.is_empty()
        || s.next.is_some()
        || !s.quality.is_empty()
        || !s.remarks.is_empty();
    y.item_with(
        2,
        &[
            (
                step::NOMOR,
                s.number.map(|n| n.to_string()).unwrap_or_default(),
            ),
            (step::URAIAN, opt_scalar(&s.description)),
            (step::PELAKSANA, performers),
            (step::SIMBOL, opt_scalar(&s.symbol)),
        ],
        more,
    );
    if !s.branches.is_empty() {
        y.open(4, step::CABANG);
        for b in &s.branches {
            y.item(
                6,
                &[
                    (branch::LABEL, opt_scalar(&b.label)),
                    (
                        branch::KE,
                        b.target.map(|n| n.to_string()).unwrap_or_default(),
                    ),
                ],
            );
        }
    }
    y.number(4, step::KE, s.next);
    if !s.quality.is_empty() {
        y.open(4, step::MUTU_BAKU);
        y.text(6, quality::KELENGKAPAN, &s.quality.requirements);
        y.text(6, quality::WAKTU, &s.quality.time);
        y.text(6, quality::OUTPUT, &s.quality.output);
    }
    y.text(4, step::KETERANGAN, &s.remarks);
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
