//! SOP005 `format-version`: the format marker is missing or not `sop/1`.

use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::model::FORMAT_V1;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP005.
pub static RULE: Rule = Rule {
    code: "SOP005",
    name: "format-version",
    severity: Severity::Error,
    signing: false,
    group: Group::Format,
    counts: Counts::Nowhere,
    check: Check::Document(check),
    messages: &[&MISSING, &UNKNOWN],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`format` bukan `sop/1` (bila tidak ada: peringatan, dianggap versi 1).",
            en: "`format` is not `sop/1` (missing: a warning, version 1 assumed).",
        },
        why: Bilingual {
            id: "Versi format memastikan berkas dibaca dengan aturan yang benar di masa depan.",
            en: "The version keeps files readable with the right rules in the future.",
        },
        source: "Format berkas SOP versi 1 (DESIGN.md §3)",
        fires: "format: sop/2\n",
        passes: "format: sop/1\n",
    },
};

/// No format marker: a warning, version 1 is assumed.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Berkas tidak menyebut versi formatnya; dianggap versi 1 (sop/1)",
                "Tambahkan penanda versi format sop/1 pada baris pertama berkas.",
            ),
            Text::new(
                "The file does not state its format version; version 1 (sop/1) is assumed",
                "Add the format marker sop/1 as the first line of the file.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Versi format tidak ditulis; dianggap `sop/1`",
                "Tambahkan `format: sop/1` pada baris pertama.",
            ),
            Text::new(
                "The format version is missing; `sop/1` is assumed",
                "Add `format: sop/1` as the first line.",
            ),
        )
    }),
};

/// A format marker this tool does not read.
pub static UNKNOWN: Message = Message {
    rule: &RULE,
    key: "unknown",
    form: |d, lang| {
        let found = quoted(d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Versi format berkas {found} tidak dikenal"),
                "Alat ini membaca berkas berformat sop/1.",
            ),
            Text::new(
                format!("The file's format version {found} is not known"),
                "This tool reads files of format sop/1.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let found = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Versi format `{found}` tidak dikenal"),
                "Alat ini membaca `format: sop/1`.",
            ),
            Text::new(
                format!("Unknown format version `{found}`"),
                "This tool reads `format: sop/1`.",
            ),
        )
    }),
};

/// No `format`.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::section(root::FORMAT)).severity(Severity::Warning)
}

/// `format` is `found`, not `sop/1`.
pub fn unknown(found: &str) -> Diagnostic {
    Diagnostic::new(&UNKNOWN, Pointer::section(root::FORMAT)).arg(found)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let format = cx.sop.format.trim();
    if format.is_empty() {
        out.push(missing());
    } else if format != FORMAT_V1 {
        out.push(unknown(format));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_yaml, codes, findings};

    #[test]
    fn missing_format_is_a_warning() {
        let report = check_yaml("kategori: umum\n");
        let d = findings(&report, "SOP005")[0];
        assert!(d.is(&super::MISSING));
        assert_eq!(d.severity, crate::Severity::Warning);
        assert!(!codes(&check_yaml("format: sop/1\n")).contains(&"SOP005"));
    }
}
