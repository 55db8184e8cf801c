//! SOP207 `peralatan-empty`: no equipment.

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

/// SOP207.
pub static RULE: Rule = Rule {
    code: "SOP207",
    name: "peralatan-empty",
    severity: Severity::Error,
    signing: false,
    group: Group::Basis,
    counts: Counts::Against(Item::PeralatanPerlengkapan),
    check: Check::Document(check),
    messages: &[&EMPTY],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`peralatan_perlengkapan` tidak ada, kosong, atau hanya berisi `-`.",
            en: "`peralatan_perlengkapan` is missing, empty, or holds only `-`.",
        },
        why: Bilingual {
            id: "Peralatan dan perlengkapan utama harus disiapkan sebelum prosedur dijalankan.",
            en: "The main tools and supplies must be ready before the procedure is carried out.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Peralatan/Perlengkapan)",
        fires: "peralatan_perlengkapan: []\n",
        passes: "peralatan_perlengkapan: [Komputer, Formulir permohonan informasi]\n",
    },
};

/// The section has no real entry.
pub static EMPTY: Message = Message {
    rule: &RULE,
    key: "empty",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Peralatan/perlengkapan belum diisi",
                "Tambahkan minimal satu alat atau perlengkapan pada isian Peralatan/Perlengkapan, misalnya “Komputer” atau “Formulir permohonan informasi”.",
            ),
            Text::new(
                "The equipment (peralatan/perlengkapan) is missing",
                "Add at least one tool or supply to the Equipment field, e.g. “Komputer” or “Formulir permohonan informasi”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|_, lang| {
        lang.pick(
            Text::new(
                "Peralatan/perlengkapan belum diisi",
                "Isi minimal satu alat atau perlengkapan di `peralatan_perlengkapan`, misalnya “Komputer” atau “Formulir permohonan informasi”.",
            ),
            Text::new(
                "The equipment (peralatan/perlengkapan) is missing",
                "Add at least one tool or supply under `peralatan_perlengkapan`, e.g. “Komputer” or “Formulir permohonan informasi”.",
            ),
        )
    }),
};

/// `peralatan_perlengkapan` has no real entry.
pub fn empty() -> Diagnostic {
    Diagnostic::new(&EMPTY, Pointer::section(root::PERALATAN_PERLENGKAPAN))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !list_filled(&cx.sop.equipment) {
        out.push(empty());
    }
}
