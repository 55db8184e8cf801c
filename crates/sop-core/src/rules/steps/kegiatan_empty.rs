//! SOP304 `kegiatan-empty`: the procedure has no steps.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP304.
pub static RULE: Rule = Rule {
    code: "SOP304",
    name: "kegiatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Steps,
    counts: Counts::Against(Item::Kegiatan),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`kegiatan` tidak ada atau kosong.",
            en: "`kegiatan` is missing or empty.",
        },
        why: Bilingual {
            id: "Langkah-langkah kegiatan adalah isi utama SOP; tanpa langkah tidak ada prosedur.",
            en: "The steps are the substance of an SOP; without them there is no procedure.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (Bagian Flowchart)",
        fires: "kegiatan: []\n",
        passes: "kegiatan:\n  - nomor: 1\n    uraian: Mengajukan permohonan informasi\n    pelaksana: pemohon\n    simbol: mulai\n  - nomor: 2\n    uraian: Memberikan informasi yang diminta\n    pelaksana: ppid\n    simbol: selesai\n",
    },
};

/// No step at all.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Belum ada uraian kegiatan",
                "Tambahkan langkah pada bagian Alur kerja, diawali langkah bersimbol Mulai dan diakhiri langkah bersimbol Selesai, masing-masing dengan Uraian Kegiatan dan Pelaksana.",
            ),
            Text::new(
                "The procedure has no steps",
                "Add the steps in the Workflow section, starting with a step of symbol Start and ending with a step of symbol End, each with its Activity and Performed by.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Belum ada uraian kegiatan",
                "Tambahkan langkah-langkah di `kegiatan`, diawali langkah bersimbol `mulai` dan diakhiri langkah bersimbol `selesai`, masing-masing dengan `nomor`, `uraian`, dan `pelaksana`.",
            ),
            Text::new(
                "The procedure has no steps",
                "Add the steps under `kegiatan`, starting with a `mulai` step and ending with a `selesai` step, each with `nomor`, `uraian`, and `pelaksana`.",
            ),
        )
    }),
};

/// `kegiatan` is missing or empty.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::KEGIATAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.sop.steps.is_empty() {
        out.push(empty());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check_yaml, findings};

    #[test]
    fn empty_document_reports_lanes_and_steps_once() {
        let report = check_yaml("format: sop/1\n");
        for code in ["SOP301", "SOP304"] {
            assert_eq!(findings(&report, code).len(), 1, "{code}");
        }
        for code in ["SOP302", "SOP303", "SOP305", "SOP307", "SOP308"] {
            assert!(findings(&report, code).is_empty(), "{code}");
        }
    }
}
