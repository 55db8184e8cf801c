//! SOP503 `planned-review-passed`: the revision date is a planned review (later than the
//! effective date), it has passed, and no evaluation is dated on or after it. Not for an
//! SOP with status `dicabut`.

use crate::date::Date;
use crate::keys::identity;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Status;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::review::dates::{latest, show_date};

/// SOP503.
pub static RULE: Rule = Rule {
    code: "SOP503",
    name: "planned-review-passed",
    severity: Severity::Info,
    signing: false,
    group: Group::Review,
    counts: Counts::Nowhere,
    check: Check::Document(check),
    messages: &[&PASSED],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`tanggal_revisi` lebih lambat dari `tanggal_efektif` (jadi merupakan rencana reviu), sudah lewat (sebelum hari ini), dan tidak ada `evaluasi` bertanggal pada atau setelah tanggal itu. Tidak berlaku untuk SOP berstatus `dicabut`.",
            en: "`tanggal_revisi` is later than `tanggal_efektif` (so it is a planned review), lies in the past (before today), and no `evaluasi` is dated on or after it. Not for an SOP with status `dicabut`.",
        },
        why: Bilingual {
            id: "Tanggal revisi pada identitas SOP dapat berisi rencana tanggal reviu; bila tanggal itu lewat tanpa reviu, SOP mungkin sudah tidak sesuai.",
            en: "The revision date in the SOP's identity may hold the planned review date; when it passes without a review, the SOP may be out of date.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab III B.1.a butir 4 (tanggal revisi: tanggal revisi atau rencana tanggal reviu) dan Bab V (evaluasi)",
        fires: "evaluasi:\n  - tanggal: 2026-07-01\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }\n",
        passes: "evaluasi:\n  - tanggal: 2026-07-10\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }\n",
    },
};

/// The planned review passed without an evaluation.
pub static PASSED: Message = Message {
    rule: &RULE,
    key: "passed",
    form: |d, lang| {
        passed_text(
            d,
            lang,
            "Lakukan reviu pada atau setelah tanggal itu dan catat hasilnya pada bagian Evaluasi, atau isi Tanggal Revisi dengan tanggal rencana reviu berikutnya.",
            "Carry out the review on or after that date and record it in the Evaluations section, or set the Revision date to the next planned review.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        passed_text(
            d,
            lang,
            "Lakukan reviu pada atau setelah tanggal itu dan catat hasilnya di `evaluasi`, atau perbarui `tanggal_revisi` dengan tanggal rencana reviu berikutnya.",
            "Carry out the review on or after that date and record it in `evaluasi`, or update `tanggal_revisi` to the next planned review.",
        )
    }),
};

/// "The revision date (planned review) {planned} has passed, and {last}", with `help`.
fn passed_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let planned = show_date(lang, d.arg_at(0));
    let last = d.arg_at(1);
    let (id_last, en_last) = if last.is_empty() {
        (
            "belum ada evaluasi yang tercatat".to_string(),
            "no evaluation is recorded".to_string(),
        )
    } else {
        (
            format!("evaluasi terakhir bertanggal {}", show_date(Lang::Id, last)),
            format!("the last evaluation is dated {}", show_date(Lang::En, last)),
        )
    };
    lang.pick(
        Text::new(
            format!("Tanggal revisi (rencana reviu) {planned} sudah lewat, sedangkan {id_last}"),
            id_help,
        ),
        Text::new(
            format!("The revision date (planned review) {planned} has passed, and {en_last}"),
            en_help,
        ),
    )
}

/// The review planned for `planned` has passed; `last` is the last evaluation, if any.
pub fn passed(planned: Date, last: Option<Date>) -> Diagnostic {
    Diagnostic::new(&PASSED, Pointer::identity(identity::TANGGAL_REVISI))
        .arg(planned.to_string())
        .arg(last.map(|d| d.to_string()).unwrap_or_default())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    let Some(today) = cx.today else {
        return;
    };
    if sop.status == Status::Dicabut {
        return;
    }
    let (Some(planned), Some(effective)) = (
        Date::parse(&sop.identity.revised),
        Date::parse(&sop.identity.effective),
    ) else {
        return;
    };
    if planned <= effective || planned >= today {
        return;
    }
    let last = latest(sop.evaluations.iter().map(|e| e.date.as_str()));
    if last.is_some_and(|d| d >= planned) {
        return;
    }
    out.push(passed(planned, last));
}

#[cfg(test)]
mod tests {
    use crate::rules::review::testing::evaluation;
    use crate::rules::testing::{check_example, check_yaml, codes, findings, EXAMPLE};
    use crate::{Lang, Severity};

    #[test]
    fn planned_review() {
        // The example: planned 2026-07-10, evaluated 2026-07-15.
        assert!(!codes(&check_yaml(EXAMPLE)).contains(&"SOP503"));
        let late = check_example(&evaluation("2026-07-09"));
        let d = findings(&late, "SOP503")[0];
        assert_eq!(
            (d.pointer.as_str(), d.severity),
            ("/identitas/tanggal_revisi", Severity::Info)
        );
        assert!(d.message(Lang::Id).message.contains("10 Juli 2026"));
        // On the planned day counts as done.
        assert!(!codes(&check_example(&evaluation("2026-07-10"))).contains(&"SOP503"));
        // A revision date not after the effective date is a past revision, not a plan.
        assert!(!codes(&check_example(
            "identitas:\n  tanggal_revisi: 2025-08-01\nevaluasi: null\n"
        ))
        .contains(&"SOP503"));
        // A plan still ahead, or today itself, has not passed.
        assert!(!codes(&check_example(
            "identitas:\n  tanggal_revisi: 2026-11-27\nevaluasi: null\n"
        ))
        .contains(&"SOP503"));
        assert!(codes(&check_example(
            "identitas:\n  tanggal_revisi: 2026-11-26\nevaluasi: null\n"
        ))
        .contains(&"SOP503"));
        assert!(!codes(&check_example(
            "status: dicabut\nidentitas:\n  tanggal_revisi: 2026-11-26\nevaluasi: null\n"
        ))
        .contains(&"SOP503"));
    }
}
