//! SOP103 `nomor-missing`: the SOP number is empty (needed only for signing).

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

/// SOP103.
pub static RULE: Rule = Rule {
    code: "SOP103",
    name: "nomor-missing",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.nomor` kosong (hanya wajib untuk pengesahan).",
            en: "`identitas.nomor` is empty (needed only for signing).",
        },
        why: Bilingual {
            id: "Nomor SOP dipakai untuk merujuk dan mendaftar SOP yang sah.",
            en: "The number is how a signed SOP is referred to and registered.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  nomor: \"\"\n",
        passes: "identitas:\n  nomor: \"05/PP.01-SOP/53/2025\"\n",
    },
};

/// The number is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Nomor SOP belum diisi",
                "Isi nomor SOP yang diberikan oleh Subbagian Umum sesuai tata naskah dinas KPU saat pengesahan.",
            ),
            Text::new(
                "The SOP number is missing",
                "Fill in the SOP number given by the Subbagian Umum (general affairs) under the KPU's rules for official documents when the SOP is approved.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// `identitas.nomor` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::NOMOR))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !text_filled(&cx.sop.identity.number) {
        out.push(missing());
    }
}
