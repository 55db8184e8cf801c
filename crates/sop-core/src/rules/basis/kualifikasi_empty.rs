//! SOP204 `kualifikasi-empty`: no qualifications of the implementers.

use crate::checklist::Item;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::list_filled;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP204.
pub static RULE: Rule = Rule {
    code: "SOP204",
    name: "kualifikasi-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::KualifikasiPelaksana),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`kualifikasi_pelaksana` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`kualifikasi_pelaksana` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Kualifikasi menyatakan kompetensi yang dibutuhkan pelaksana agar prosedur dapat dijalankan dengan benar.",
            en: "The qualifications state the competences the implementers need to carry out the procedure correctly.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Kualifikasi Pelaksana)",
        fires: "kualifikasi_pelaksana: []\n",
        passes: "kualifikasi_pelaksana:\n  - Memahami tugas dan fungsi PPID\n",
    },
};

/// The section has no real entry.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Kualifikasi pelaksana belum diisi",
                "Tambahkan minimal satu butir pada isian Kualifikasi Pelaksana, misalnya “Memahami tugas dan fungsi PPID”.",
            ),
            Text::new(
                "The implementers' qualifications (kualifikasi pelaksana) are missing",
                "Add at least one item to the Implementer qualifications field, e.g. “Memahami tugas dan fungsi PPID”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Kualifikasi pelaksana belum diisi",
                "Isi minimal satu kualifikasi di `kualifikasi_pelaksana`, misalnya “Memahami tugas dan fungsi PPID”.",
            ),
            Text::new(
                "The implementers' qualifications (kualifikasi pelaksana) are missing",
                "Add at least one qualification under `kualifikasi_pelaksana`, e.g. “Memahami tugas dan fungsi PPID”.",
            ),
        )
    }),
};

/// `kualifikasi_pelaksana` has no real entry.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::KUALIFIKASI_PELAKSANA))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !list_filled(&cx.sop.qualifications) {
        out.push(empty());
    }
}
