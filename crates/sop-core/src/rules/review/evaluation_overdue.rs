//! SOP501 `evaluation-overdue`: an SOP in force whose last evaluation (or effective date,
//! without one) is more than 12 months before today. Exactly 12 months is not yet late.

use crate::date::Date;
use crate::keys::root;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::review::dates::{latest, overdue, show_date, Since};

/// SOP501.
pub static RULE: Rule = Rule {
    code: "SOP501",
    name: "evaluation-overdue",
    severity: Severity::Warning,
    signing: false,
    group: Group::Review,
    counts: Counts::Nowhere,
    check: Check::Document(check),
    messages: &[&LAST, &EFFECTIVE],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "SOP berstatus `berlaku` dan evaluasi terakhir (tanggal terbaru di `evaluasi`; `tanggal_efektif` bila belum ada) lebih dari 12 bulan sebelum hari ini. Tepat 12 bulan belum terlambat.",
            en: "The SOP's status is `berlaku` and the last evaluation (the latest date in `evaluasi`; `tanggal_efektif` when there is none) is more than 12 months before today. Exactly 12 months is not yet late.",
        },
        why: Bilingual {
            id: "SOP yang berlaku dievaluasi paling sedikit sekali setahun agar tetap sesuai dengan kebutuhan dan peraturan.",
            en: "An SOP in force is evaluated at least once a year so that it keeps up with needs and regulations.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab V (Monitoring dan Evaluasi Penerapan SOP AP): evaluasi dengan 7 kriteria, paling sedikit sekali setahun (Perka BPS 19/2013 sebagai turunan)",
        fires: "evaluasi: null\n",
        passes: "evaluasi:\n  - tanggal: 2025-11-27\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }\n",
    },
};

/// The message `id`/`en` (with the dates of the finding shown), and the common help,
/// for the `file` or the form.
fn text(lang: Lang, id: String, en: String, file: bool) -> Text {
    let (id_help, en_help) = if file {
        (
            "Lakukan evaluasi SOP dengan 7 kriteria dan catat hasilnya sebagai butir baru di `evaluasi` (tanggal, penilai, dan jawaban ya/tidak untuk setiap kriteria).",
            "Evaluate the SOP against the 7 criteria and record it as a new item of `evaluasi` (tanggal, penilai, and ya/tidak for every criterion).",
        )
    } else {
        (
            "Lakukan evaluasi SOP dengan 7 kriteria dan catat hasilnya pada bagian Evaluasi (tanggal, penilai, dan jawaban Ya atau Tidak untuk setiap kriteria).",
            "Evaluate the SOP against the 7 criteria and record it in the Evaluations section (date, assessor, and Yes or No for every criterion).",
        )
    };
    lang.pick(Text::new(id, id_help), Text::new(en, en_help))
}

/// The wording of [`LAST`].
fn last_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
    text(
        lang,
        format!("Evaluasi terakhir ({base}) sudah lebih dari 12 bulan yang lalu; evaluasi berikutnya seharusnya dilaksanakan paling lambat {due}"),
        format!("The last evaluation ({base}) is more than 12 months ago; the next one should have taken place by {due}"),
        file,
    )
}

/// The wording of [`EFFECTIVE`].
fn effective_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
    text(
        lang,
        format!("Belum ada evaluasi sejak SOP berlaku pada {base}; evaluasi tahunan seharusnya dilaksanakan paling lambat {due}"),
        format!("No evaluation since the SOP took effect on {base}; the yearly evaluation should have taken place by {due}"),
        file,
    )
}

/// The last evaluation is too old.
pub static LAST: Message = Message {
    rule: &RULE,
    key: "last",
    form: |d, lang| last_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| last_text(d, lang, true)),
};

/// No evaluation since the SOP took effect, more than 12 months ago.
pub static EFFECTIVE: Message = Message {
    rule: &RULE,
    key: "effective",
    form: |d, lang| effective_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| effective_text(d, lang, true)),
};

/// The next evaluation was due on `due`, counted from `since`.
fn overdue_since(since: &Since, due: Date) -> Diagnostic {
    let (kind, base) = match since {
        Since::Last(date) => (&LAST, date),
        Since::Effective(date) => (&EFFECTIVE, date),
    };
    Diagnostic::new(kind, Pointer::section(root::EVALUASI))
        .arg(base.to_string())
        .arg(due.to_string())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let last = latest(cx.sop.evaluations.iter().map(|e| e.date.as_str()));
    if let Some((since, due)) = overdue(cx, 12, last) {
        out.push(overdue_since(&since, due));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::review::testing::evaluation;
    use crate::rules::testing::{check_example, codes, findings};
    use crate::{Lang, Severity};

    #[test]
    fn evaluation_boundary_is_exactly_twelve_months() {
        assert!(!codes(&check_example(&evaluation("2025-11-27"))).contains(&"SOP501"));
        let late = check_example(&evaluation("2025-11-26"));
        let d = findings(&late, "SOP501")[0];
        assert_eq!(
            (d.kind.key, d.pointer.as_str(), d.severity),
            ("last", "/evaluasi", Severity::Warning)
        );
        assert!(
            d.message(Lang::Id).message.contains("26 November 2025"),
            "{:?}",
            d.message(Lang::Id)
        );
        // The latest date counts, not the last item of the list.
        let two = "evaluasi:\n  - { tanggal: 2026-07-15, penilai: A, kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: ya, menjawab_kebutuhan: ya, sinergi: ya } }\n  - { tanggal: 2024-07-15, penilai: B, kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: ya, menjawab_kebutuhan: ya, sinergi: ya } }\n";
        assert!(!codes(&check_example(two)).contains(&"SOP501"));
    }
}
