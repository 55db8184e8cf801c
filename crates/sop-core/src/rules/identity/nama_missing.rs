//! SOP105 `nama-missing`: the SOP has no name.

use crate::checklist::Item;
use crate::keys::identity;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::model::text_filled;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP105.
pub static RULE: Rule = Rule {
    code: "SOP105",
    name: "nama-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.nama` kosong.",
            en: "`identitas.nama` is empty.",
        },
        why: Bilingual {
            id: "Nama SOP menyatakan prosedur apa yang diatur.",
            en: "The name says which procedure is governed.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  nama: \" \"\n",
        passes: "identitas:\n  nama: Pelayanan Permohonan Informasi Publik\n",
    },
};

/// The name is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Nama SOP belum diisi",
                "Isi nama prosedur, misalnya “Pelayanan Permohonan Informasi Publik”.",
            ),
            Text::new(
                "The SOP name is missing",
                "Fill in the procedure's name, e.g. “Pelayanan Permohonan Informasi Publik”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// `identitas.nama` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::NAMA))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !text_filled(&cx.sop.identity.name) {
        out.push(missing());
    }
}
