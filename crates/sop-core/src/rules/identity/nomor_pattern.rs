//! SOP104 `nomor-pattern`: the SOP number does not follow the agency's numbering pattern
//! (only when a profile sets one).

use crate::checklist::Item;
use crate::keys::identity;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP104.
pub static RULE: Rule = Rule {
    code: "SOP104",
    name: "nomor-pattern",
    severity: Severity::Warning,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISMATCH],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Nomor SOP tidak cocok dengan pola `nomor_pattern` profil instansi (hanya bila profil menetapkannya).",
            en: "The SOP number does not match the profile's `nomor_pattern` (only when a profile sets one).",
        },
        why: Bilingual {
            id: "Penomoran yang seragam membuat SOP mudah dicari di arsip.",
            en: "Uniform numbering keeps SOPs findable in the archive.",
        },
        source: "Permenpan RB 35/2012 Bab III B.1.a; pedoman tata naskah dinas instansi",
        fires: "identitas:\n  nomor: SOP-5\n",
        passes: "identitas:\n  nomor: \"05/PP.01-SOP/53/2025\"\n",
    },
};

/// The number does not match the pattern.
pub static MISMATCH: Message = Message {
    rule: &RULE,
    key: "mismatch",
    form: |d, lang| {
        let nomor = quoted(d.arg_at(0));
        lang.pick(
            Text::new(
                format!("Nomor SOP {nomor} tidak mengikuti pola penomoran instansi"),
                "Tulis nomor SOP sebagaimana diberikan oleh Subbagian Umum sesuai tata naskah dinas KPU.",
            ),
            Text::new(
                format!("The SOP number {nomor} does not follow the agency's numbering"),
                "Write the SOP number as the Subbagian Umum (general affairs) gives it under the KPU's rules for official documents.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (nomor, pattern) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Nomor SOP `{nomor}` tidak mengikuti pola penomoran instansi"),
                format!("Tulis nomor sesuai pola `{pattern}` dari pengaturan instansi."),
            ),
            Text::new(
                format!("SOP number `{nomor}` does not follow the agency's numbering"),
                format!("Write the number to the pattern `{pattern}` of the agency settings."),
            ),
        )
    }),
};

/// `nomor` does not match `pattern`.
pub fn mismatch(nomor: &str, pattern: &str) -> Diagnostic {
    Diagnostic::new(&MISMATCH, Pointer::identity(identity::NOMOR))
        .arg(nomor)
        .arg(pattern)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let nomor = cx.sop.identity.number.trim();
    if !nomor.is_empty() && cx.numbering.is_set() && !cx.numbering.matches(nomor) {
        out.push(mismatch(nomor, cx.numbering.pattern()));
    }
}
