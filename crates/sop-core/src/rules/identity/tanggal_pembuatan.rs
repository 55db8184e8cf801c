//! SOP106 `tanggal-pembuatan`: the creation date is missing or not a date.

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

/// SOP106.
pub static RULE: Rule = Rule {
    code: "SOP106",
    name: "tanggal-pembuatan",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&MISSING, &INVALID],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.tanggal_pembuatan` tidak ada atau bukan tanggal. Tanggal pembuatan adalah tanggal SOP selesai disusun, bukan tanggal mulai penyusunan.",
            en: "`identitas.tanggal_pembuatan` is missing or not a date. The date drafted is the day the SOP was finished, not the day drafting began.",
        },
        why: Bilingual {
            id: "Tanggal pembuatan (tanggal SOP selesai disusun) adalah titik awal riwayat SOP; tanggal efektif dan tanggal revisi tidak boleh mendahuluinya.",
            en: "The date drafted (the day the SOP was finished) starts the SOP's history; the effective and revision dates cannot precede it.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas: tanggal pembuatan, tanggal SOP selesai dibuat)",
        fires: "identitas:\n  tanggal_pembuatan: 31 Juni 2025\n",
        passes: "identitas:\n  tanggal_pembuatan: 10 Juli 2025\n",
    },
};

/// The date is empty.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |_, lang| {
        lang.pick(
            Text::new(
                "Tanggal pembuatan belum diisi",
                "Isi tanggal SOP selesai disusun (bukan tanggal mulai penyusunan), misalnya 10 Juli 2025.",
            ),
            Text::new(
                "The date drafted (tanggal pembuatan) is missing",
                "Fill in the date the SOP was finished (not the date drafting began), e.g. 10 Juli 2025.",
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
const NAME: (&str, &str) = ("Tanggal pembuatan", "The date drafted (tanggal pembuatan)");

/// `identitas.tanggal_pembuatan` is empty.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::identity(identity::TANGGAL_PEMBUATAN))
}

/// `identitas.tanggal_pembuatan` is `written`, which is not a date.
pub fn invalid(written: &str) -> Diagnostic {
    Diagnostic::new(&INVALID, Pointer::identity(identity::TANGGAL_PEMBUATAN)).arg(written)
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    out.extend(check_date(&cx.sop.identity.created, missing, invalid));
}

#[cfg(test)]
mod tests {
    use crate::rule::Audience;
    use crate::rules::testing::{check_example, findings};
    use crate::Lang;

    #[test]
    fn the_date_drafted_is_the_day_the_sop_was_finished() {
        let report = check_example("identitas:\n  tanggal_pembuatan: null\n");
        let d = findings(&report, "SOP106")[0];
        for audience in [Audience::File, Audience::Form] {
            assert!(d
                .text(audience, Lang::Id)
                .help
                .starts_with("Isi tanggal SOP selesai disusun (bukan tanggal mulai penyusunan)"));
            assert!(d
                .text(audience, Lang::En)
                .help
                .contains("the SOP was finished"));
        }
        #[cfg(feature = "docs")]
        {
            assert!(super::RULE
                .docs
                .what
                .id
                .contains("tanggal SOP selesai disusun"));
            assert!(super::RULE
                .docs
                .what
                .en
                .contains("the day the SOP was finished"));
        }
    }
}
