//! Writing a model as JSON by hand, byte for byte what `serde_json::to_string_pretty` of
//! the serde derives in [`crate::model`] writes (two-space indent, the same key order,
//! the same fields left out). Written out because the derive, monomorphised for
//! serde_json's pretty printer, cost the web app's wasm more than this walk does
//! (README.md, "Bundle size"); the test below holds the two to the same output.

use std::fmt::Write;

use crate::keys::{
    branch, criteria, evaluation, identity, lane, monitoring, quality, root, signer, step,
};
use crate::model::{Criteria, Sop, Step};

/// A pretty JSON writer: one container per depth, each knowing whether it has a member.
struct Json {
    out: String,
    depth: usize,
    /// Whether the innermost open container is still empty.
    empty: bool,
}

impl Json {
    /// Starts a member (or an array element when `key` is `None`).
    fn member(&mut self, key: Option<&str>) {
        self.out.push_str(if self.empty { "\n" } else { ",\n" });
        self.empty = false;
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        if let Some(key) = key {
            string(&mut self.out, key);
            self.out.push_str(": ");
        }
    }

    fn open(&mut self, key: Option<&str>, bracket: char) {
        self.member(key);
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// A text member, left out when empty (`skip_serializing_if = "String::is_empty"`).
    fn text(&mut self, key: &str, value: &str) {
        if !value.is_empty() {
            self.member(Some(key));
            string(&mut self.out, value);
        }
    }

    fn number(&mut self, key: &str, value: Option<u32>) {
        if let Some(n) = value {
            self.member(Some(key));
            let _ = write!(self.out, "{n}");
        }
    }

    /// A list of texts, left out when empty.
    fn texts(&mut self, key: &str, values: &[String]) {
        if values.is_empty() {
            return;
        }
        self.open(Some(key), '[');
        for v in values {
            self.member(None);
            string(&mut self.out, v);
        }
        self.close(']');
    }
}

/// Writes `sop` as pretty JSON with a final newline.
pub(super) fn to_json(sop: &Sop) -> String {
    let mut j = Json {
        out: String::new(),
        depth: 0,
        empty: true,
    };
    j.out.push('{');
    j.depth = 1;
    j.text(root::FORMAT, &sop.format);
    j.text(root::KATEGORI, sop.category.key());
    j.text(root::STATUS, sop.status.key());
    let id = &sop.identity;
    j.open(Some(root::IDENTITAS), '{');
    j.text(identity::INSTANSI, &id.agency);
    j.text(identity::UNIT, &id.unit);
    j.text(identity::LOGO, &id.logo);
    j.text(identity::NOMOR, &id.number);
    j.text(identity::NAMA, &id.name);
    j.text(identity::TANGGAL_PEMBUATAN, &id.created);
    j.text(identity::TANGGAL_REVISI, &id.revised);
    j.text(identity::TANGGAL_EFEKTIF, &id.effective);
    if !id.approved_by.is_empty() {
        j.open(Some(identity::DISAHKAN_OLEH), '{');
        j.text(signer::JABATAN, &id.approved_by.position);
        j.text(signer::NAMA, &id.approved_by.name);
        j.text(signer::NIP, &id.approved_by.nip);
        j.close('}');
    }
    j.texts(identity::JENIS, &id.kind);
    j.close('}');
    j.text(root::TUJUAN, &sop.purpose);
    j.texts(root::DASAR_HUKUM, &sop.legal_basis);
    j.texts(root::KUALIFIKASI_PELAKSANA, &sop.qualifications);
    j.texts(root::KETERKAITAN, &sop.related);
    j.texts(root::PERALATAN_PERLENGKAPAN, &sop.equipment);
    j.texts(root::PERINGATAN, &sop.warnings);
    j.texts(root::PENCATATAN_PENDATAAN, &sop.records);
    if !sop.lanes.is_empty() {
        j.open(Some(root::PELAKSANA), '[');
        for l in &sop.lanes {
            // Lane fields are always written (no skip in the derive).
            j.open(None, '{');
            j.member(Some(lane::ID));
            string(&mut j.out, &l.id);
            j.member(Some(lane::NAMA));
            string(&mut j.out, &l.name);
            j.close('}');
        }
        j.close(']');
    }
    if !sop.steps.is_empty() {
        j.open(Some(root::KEGIATAN), '[');
        for s in &sop.steps {
            step_json(&mut j, s);
        }
        j.close(']');
    }
    if !sop.monitoring.is_empty() {
        j.open(Some(root::MONITORING), '[');
        for m in &sop.monitoring {
            j.open(None, '{');
            j.text(monitoring::TANGGAL, &m.date);
            j.text(monitoring::PENILAIAN, &m.assessment);
            j.text(monitoring::CATATAN, &m.notes);
            j.text(monitoring::TINDAKAN, &m.action);
            j.text(monitoring::PENILAI, &m.assessor);
            j.close('}');
        }
        j.close(']');
    }
    if !sop.evaluations.is_empty() {
        j.open(Some(root::EVALUASI), '[');
        for e in &sop.evaluations {
            j.open(None, '{');
            j.text(evaluation::TANGGAL, &e.date);
            j.text(evaluation::PENILAI, &e.assessor);
            criteria_json(&mut j, &e.criteria);
            j.text(evaluation::CATATAN, &e.notes);
            j.close('}');
        }
        j.close(']');
    }
    j.close('}');
    j.out.push('\n');
    j.out
}

fn step_json(j: &mut Json, s: &Step) {
    j.open(None, '{');
    j.number(step::NOMOR, s.number);
    j.text(step::URAIAN, &s.description);
    // One performer is written as a text (even an empty one), several as a list
    // (`one_or_many`).
    match s.performers.as_slice() {
        [] => {}
        [one] => {
            j.member(Some(step::PELAKSANA));
            string(&mut j.out, one);
        }
        many => j.texts(step::PELAKSANA, many),
    }
    j.text(step::SIMBOL, &s.symbol);
    if !s.branches.is_empty() {
        j.open(Some(step::CABANG), '[');
        for b in &s.branches {
            j.open(None, '{');
            j.text(branch::LABEL, &b.label);
            j.number(branch::KE, b.target);
            j.close('}');
        }
        j.close(']');
    }
    j.number(step::KE, s.next);
    if !s.quality.is_empty() {
        j.open(Some(step::MUTU_BAKU), '{');
        j.text(quality::KELENGKAPAN, &s.quality.requirements);
        j.text(quality::WAKTU, &s.quality.time);
        j.text(quality::OUTPUT, &s.quality.output);
        j.close('}');
    }
    j.text(step::KETERANGAN, &s.remarks);
    j.close('}');
}

/// `kriteria` is always written, `{}` when no answer is given.
fn criteria_json(j: &mut Json, c: &Criteria) {
    j.open(Some(evaluation::KRITERIA), '{');
    for (key, answer) in criteria::KEYS.iter().zip(c.answers()) {
        j.text(key, answer);
    }
    j.close('}');
}

/// Appends `value` as a JSON string with serde_json's escapes: `"`, `\`, the short forms
/// of control characters and `\u00XX` for the others; everything else as is.
pub fn string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
