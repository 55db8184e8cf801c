//! SOP108 `date-order`: the effective or revision date is earlier than the creation date.
//! An unreadable `tanggal_revisi` is reported here as SOP002.

use crate::checklist::Item;
use crate::date::Date;
use crate::keys::{identity, Shape};
use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::format::wrong_type;

/// SOP108.
pub static RULE: Rule = Rule {
    code: "SOP108",
    name: "date-order",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Identitas),
    check: Check::Document(check),
    messages: &[&BEFORE_CREATED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`tanggal_efektif` atau `tanggal_revisi` lebih awal dari `tanggal_pembuatan`; `tanggal_revisi` yang tidak terbaca dilaporkan sebagai SOP002.",
            en: "`tanggal_efektif` or `tanggal_revisi` is earlier than `tanggal_pembuatan`; an unreadable `tanggal_revisi` is reported as SOP002.",
        },
        why: Bilingual {
            id: "Urutan tanggal yang mustahil biasanya salah ketik tahun.",
            en: "An impossible order of dates is usually a mistyped year.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)",
        fires: "identitas:\n  tanggal_efektif: 2024-08-01\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

/// A date earlier than the creation date.
pub static BEFORE_CREATED: Message = Message {
    rule: &RULE,
    key: "before-created",
    form: |d, lang| {
        let field = labels::field(Shape::Identity, d.arg_at(0)).map_or("", |l| l.get(lang));
        before_created_text(d, lang, field.to_string())
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| before_created_text(d, lang, format!("`{}`", d.arg_at(0)))),
};

/// "{field} ({date}) is earlier than the date drafted ({created})", dates in long form.
fn before_created_text(d: &Diagnostic, lang: Lang, field: String) -> Text {
    let long = |iso: &str| Date::parse(iso).map_or_else(|| iso.to_string(), |d| d.long(lang));
    let (date, created) = (long(d.arg_at(1)), long(d.arg_at(2)));
    lang.pick(
        Text::new(
            format!("{field} ({date}) lebih awal dari tanggal pembuatan ({created})"),
            "Periksa kedua tanggal: tanggal efektif dan tanggal revisi tidak boleh mendahului tanggal pembuatan.",
        ),
        Text::new(
            format!("{field} ({date}) is earlier than the date drafted ({created})"),
            "Check both dates: the effective and revision dates cannot precede the date drafted.",
        ),
    )
}

/// The identity date `key` (`tanggal_efektif` or `tanggal_revisi`) is `date`, before `created`.
pub fn before_created(key: &str, date: Date, created: Date) -> Diagnostic {
    Diagnostic::new(&BEFORE_CREATED, Pointer::identity(key))
        .arg(key)
        .arg(date.to_string())
        .arg(created.to_string())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let id = &cx.sop.identity;
    let revised = id.revised.trim();
    if !revised.is_empty() && revised != "-" && Date::parse(revised).is_none() {
        out.push(wrong_type::bad_date(
            Pointer::identity(identity::TANGGAL_REVISI),
            revised,
        ));
    }
    let Some(created) = Date::parse(&id.created) else {
        return;
    };
    for (key, text) in [
        (identity::TANGGAL_EFEKTIF, &id.effective),
        (identity::TANGGAL_REVISI, &id.revised),
    ] {
        if let Some(date) = Date::parse(text) {
            if date < created {
                out.push(before_created(key, date, created));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::format::wrong_type::BAD_DATE;
    use crate::rules::testing::{check_example, findings};

    #[test]
    fn unreadable_revision_date_is_a_wrong_type() {
        let report = check_example("identitas:\n  tanggal_revisi: besok\n");
        let d = findings(&report, "SOP002")[0];
        assert!(d.is(&BAD_DATE));
        assert_eq!(d.pointer, "/identitas/tanggal_revisi");
        assert!(check_example("identitas:\n  tanggal_revisi: \"-\"\n")
            .diagnostics
            .is_empty());
    }

    #[test]
    fn effective_before_created() {
        let report = check_example("identitas:\n  tanggal_efektif: 2024-08-01\n");
        let d = findings(&report, "SOP108")[0];
        assert_eq!(d.pointer, "/identitas/tanggal_efektif");
        #[cfg(feature = "file-wording")]
        assert!(d
            .message(crate::Lang::En)
            .message
            .starts_with("`tanggal_efektif` (1 August 2024) is earlier"));
        assert!(d
            .text(crate::Audience::Form, crate::Lang::Id)
            .message
            .starts_with("Tanggal Efektif (1 Agustus 2024) lebih awal"));
    }
}
