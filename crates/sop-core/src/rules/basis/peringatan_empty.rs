//! SOP208 `peringatan-empty`: no warnings.

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

/// SOP208.
pub static RULE: Rule = Rule {
    code: "SOP208",
    name: "peringatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::Peringatan),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`peringatan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`peringatan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Peringatan menjelaskan kemungkinan yang terjadi bila prosedur tidak dilaksanakan, sehingga pelaksana memahami pentingnya SOP.",
            en: "The warnings explain what may happen if the procedure is not carried out, so implementers see why the SOP matters.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peringatan)",
        fires: "peringatan: []\n",
        passes: "peringatan:\n  - Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu\n",
    },
};

/// The section has no real entry.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Peringatan belum diisi",
                "Tambahkan minimal satu butir pada isian Peringatan yang menyebut akibat bila SOP tidak dilaksanakan, misalnya “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
            Text::new(
                "The warnings (peringatan) are missing",
                "Add at least one item to the Warnings field stating what happens if the SOP is not followed, e.g. “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Peringatan belum diisi",
                "Isi minimal satu peringatan di `peringatan` yang menyebut akibat bila SOP tidak dilaksanakan, misalnya “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
            Text::new(
                "The warnings (peringatan) are missing",
                "Add at least one warning under `peringatan` stating what happens if the SOP is not followed, e.g. “Jika SOP ini tidak dilaksanakan, permohonan informasi tidak terlayani tepat waktu”.",
            ),
        )
    }),
};

/// `peringatan` has no real entry.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::PERINGATAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !list_filled(&cx.sop.warnings) {
        out.push(empty());
    }
}
