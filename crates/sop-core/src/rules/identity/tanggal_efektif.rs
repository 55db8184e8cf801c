//! SOP107 `tanggal-efektif`: the effective date is missing or not a date (needed only for signing).

use crate::checklist::Item;
use crate::keys::identity;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::Text;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::identity::dates::{check_date, unreadable};

/// SOP107.
pub static RULE: Rule = Rule {
    code: "SOP107",
    name: "tanggal-efektif",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    counts: Counts::Against(Item::Pengesahan),
    check: Check::Document(check),
    messages: &[&MISSING, &INVALID],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.tanggal_efektif` tidak ada atau bukan tanggal (hanya wajib untuk pengesahan).",
            en: "`identitas.tanggal_efektif` is missing or not a date (needed only for signing).",
        },
        why: Bilingual {
            id: "SOP berlaku sejak tanggal efektif; monitoring dan evaluasi dihitung darinya.",
            en: "The SOP applies from this date; monitoring and evaluation are counted from it.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  tanggal_efektif: null\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

/// The date is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Tanggal efektif belum diisi",
                "Isi tanggal efektif (tanggal SOP ditandatangani), misalnya 1 Agustus 2025.",
            ),
            Text::new(
                "The effective date (tanggal efektif) is missing",
                "Fill in the effective date (the date the SOP is signed), e.g. 1 Agustus 2025.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The date is written but cannot be read.
pub static INVALID: Message = Message {
    rule: &RULE,
    key: "invalid",
    form: |d, lang| unreadable(d, lang, NAME, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| unreadable(d, lang, NAME, true)),
};

/// The field's name in messages.
const NAME: (&str, &str) = ("Tanggal efektif", "The effective date (tanggal efektif)");

/// `identitas.tanggal_efektif` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::TANGGAL_EFEKTIF))
}

/// `identitas.tanggal_efektif` is `written`, which is not a date.
pub fn invalid(written: &str) -> Diagnostic {
    Diagnostic::new(&INVALID, Pointer::identity(identity::TANGGAL_EFEKTIF)).arg(written)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    out.extend(check_date(&cx.sop.identity.effective, missing, invalid));
}
