//! SOP210 `pencatatan-empty`: no records kept.

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

/// SOP210.
pub static RULE: Rule = Rule {
    code: "SOP210",
    name: "pencatatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::PencatatanPendataan),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`pencatatan_pendataan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`pencatatan_pendataan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Setiap pelaksana wajib mencatat dan mendata apa yang dikerjakan; catatan itu menunjukkan apakah prosedur dijalankan dengan benar dan memenuhi mutu baku.",
            en: "Every implementer must record and log what was done; the records show whether the procedure was run correctly and met its quality standards.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.b (pencatatan dan pendataan)",
        fires: "pencatatan_pendataan: [\"-\"]\n",
        passes: "pencatatan_pendataan: [Register permohonan informasi publik]\n",
    },
};

/// The section has no real entry.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Pencatatan dan pendataan belum diisi",
                "Tambahkan minimal satu catatan atau formulir yang diisi selama prosedur pada isian Pencatatan dan Pendataan, misalnya “Register permohonan informasi publik”.",
            ),
            Text::new(
                "The records (pencatatan dan pendataan) are missing",
                "Add at least one record or form kept during the procedure to the Records field, e.g. “Register permohonan informasi publik”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Pencatatan dan pendataan belum diisi",
                "Isi minimal satu catatan atau formulir yang diisi selama prosedur di `pencatatan_pendataan`, misalnya “Register permohonan informasi publik”.",
            ),
            Text::new(
                "The records (pencatatan dan pendataan) are missing",
                "Add at least one record or form kept during the procedure under `pencatatan_pendataan`, e.g. “Register permohonan informasi publik”.",
            ),
        )
    }),
};

/// `pencatatan_pendataan` has no real entry.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::PENCATATAN_PENDATAAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !list_filled(&cx.sop.records) {
        out.push(empty());
    }
}
