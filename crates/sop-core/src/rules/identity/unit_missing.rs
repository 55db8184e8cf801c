//! SOP102 `unit-missing`: the organisational unit is not named.

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

/// SOP102.
pub static RULE: Rule = Rule {
    code: "SOP102",
    name: "unit-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISSING],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.unit` kosong.",
            en: "`identitas.unit` is empty.",
        },
        why: Bilingual {
            id: "Unit kerja menunjukkan siapa yang bertanggung jawab atas SOP.",
            en: "The unit says who is responsible for the SOP.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  unit: null\n",
        passes: "identitas:\n  unit: Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia\n",
    },
};

/// The unit is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Unit kerja belum diisi",
                "Isi unit kerja, misalnya “Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia”.",
            ),
            Text::new(
                "The work unit is missing",
                "Fill in the work unit, e.g. “Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia”.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// `identitas.unit` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::UNIT))
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if !text_filled(&cx.sop.identity.unit) {
        out.push(missing());
    }
}
