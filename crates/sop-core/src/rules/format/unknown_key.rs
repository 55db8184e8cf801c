//! SOP003 `unknown-key`: a key the format does not know. Reported by the reader
//! (`parse/lower.rs`) with the closest known key.

use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Lang, Text};
use crate::pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP003.
pub static RULE: Rule = Rule {
    code: "SOP003",
    name: "unknown-key",
    severity: Severity::Warning,
    signing: false,
    group: Group::Format,
    counts: Counts::Nowhere,
    check: Check::Reader,
    messages: &[&UNKNOWN, &MISSPELT],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Kunci yang tidak dikenal format SOP; disarankan kunci terdekat bila ada.",
            en: "A key the SOP format does not know; the closest known key is suggested.",
        },
        why: Bilingual {
            id: "Salah ketik pada kunci membuat isinya hilang diam-diam dari SOP.",
            en: "A misspelt key silently drops its content from the SOP.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "identitas:\n  tanggal_efektf: 2025-08-01\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

/// "The file holds an unknown field “key” (in {section})", the form's message of both kinds.
fn unknown_field(d: &Diagnostic, lang: Lang) -> String {
    let key = quoted(d.arg_at(0));
    match pointer::parent(&d.pointer).filter(|p| !p.is_empty()) {
        Some(parent) => {
            let section = labels::place(parent, lang);
            lang.pick(
                format!("Berkas memuat isian {key} yang tidak dikenal pada {section}"),
                format!("The file holds an unknown field {key} in {section}"),
            )
        }
        None => lang.pick(
            format!("Berkas memuat isian {key} yang tidak dikenal"),
            format!("The file holds an unknown field {key}"),
        ),
    }
}

/// A key with no known key close to it.
pub static UNKNOWN: Message = Message {
    rule: &RULE,
    key: "unknown",
    form: |d, lang| {
        let help = lang.pick(
            "Isian itu diabaikan; salin isinya ke isian yang sesuai pada formulir bila masih diperlukan.",
            "It is ignored; copy its content into the right field of the form if it is still needed.",
        );
        Text::new(unknown_field(d, lang), help)
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let key = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Kunci `{key}` tidak dikenal"),
                "Periksa ejaannya terhadap format SOP (`sopcheck schema`); kunci ini diabaikan.",
            ),
            Text::new(
                format!("Unknown key `{key}`"),
                "Check its spelling against the SOP format (`sopcheck schema`); the key is ignored.",
            ),
        )
    }),
};

/// A key close to a known one.
pub static MISSPELT: Message = Message {
    rule: &RULE,
    key: "misspelt",
    form: |d, lang| {
        let parent = pointer::parent(&d.pointer).unwrap_or_default();
        let known = labels::place(&pointer::push_key(parent, d.arg_at(1)), lang);
        let help = lang.pick(
            format!("Mungkin maksudnya {known}? Isian yang tidak dikenal diabaikan; salin isinya ke {known} pada formulir."),
            format!("Did you mean {known}? Unknown fields are ignored; copy the content into {known} on the form."),
        );
        Text::new(unknown_field(d, lang), help)
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (key, known) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Kunci `{key}` tidak dikenal"),
                format!("Mungkin maksudnya `{known}`? Kunci yang tidak dikenal diabaikan."),
            ),
            Text::new(
                format!("Unknown key `{key}`"),
                format!("Did you mean `{known}`? Unknown keys are ignored."),
            ),
        )
    }),
};

/// The unknown `key` at `pointer`, with the known key it is closest to, if any.
pub fn unknown_key(pointer: impl Into<String>, key: &str, closest: Option<&str>) -> Diagnostic {
    match closest {
        Some(known) => Diagnostic::new(&MISSPELT, pointer).arg(key).arg(known),
        None => Diagnostic::new(&UNKNOWN, pointer).arg(key),
    }
}
