//! SOP004 `legacy-alias`: an accepted legacy key is used instead of the standard key
//! ([`crate::keys::Shape::aliases`]). Reported by the reader (`parse/lower.rs`), which
//! reads the value as the standard key.

use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP004.
pub static RULE: Rule = Rule {
    code: "SOP004",
    name: "legacy-alias",
    severity: Severity::Warning,
    signing: false,
    group: Group::Format,
    counts: Counts::Nowhere,
    check: Check::Reader,
    messages: &[&LEGACY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Nama kunci lama yang masih diterima (`tanggal_pengesahan`, `judul`, `uraian_kegiatan`, `persyaratan`) dipakai sebagai ganti kunci baku.",
            en: "An accepted legacy key (`tanggal_pengesahan`, `judul`, `uraian_kegiatan`, `persyaratan`) is used instead of the standard key.",
        },
        why: Bilingual {
            id: "Satu nama untuk satu hal memudahkan pencarian dan pengolahan SOP antar-unit.",
            en: "One name for one thing keeps SOPs searchable and processable across units.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "identitas:\n  judul: Pelayanan Permohonan Informasi Publik\n  nama: null\n",
        passes: "identitas:\n  nama: Pelayanan Permohonan Informasi Publik\n",
    },
};

/// A legacy key in place of the standard one.
pub static LEGACY: Message = Message {
    rule: &RULE,
    key: "legacy",
    form: |d, lang| {
        let alias = quoted(d.arg_at(0));
        let field = labels::place(&d.pointer, lang);
        lang.pick(
            Text::new(
                format!("Berkas memakai nama lama {alias} untuk isian {field}"),
                format!(
                    "Isinya sudah dibaca sebagai {field}; tidak ada yang perlu diubah di formulir."
                ),
            ),
            Text::new(
                format!("The file uses the old name {alias} for the field {field}"),
                format!("Its content was read as {field}; nothing needs to change on the form."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (alias, standard) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Kunci lama `{alias}` dipakai; kunci bakunya `{standard}`"),
                format!("Ganti `{alias}:` dengan `{standard}:`."),
            ),
            Text::new(
                format!("Legacy key `{alias}` used; the standard key is `{standard}`"),
                format!("Replace `{alias}:` with `{standard}:`."),
            ),
        )
    }),
};

/// The legacy key `alias` written for `standard`; `pointer` is the standard key's place.
pub fn legacy_alias(pointer: impl Into<String>, alias: &str, standard: &str) -> Diagnostic {
    Diagnostic::new(&LEGACY, pointer).arg(alias).arg(standard)
}
