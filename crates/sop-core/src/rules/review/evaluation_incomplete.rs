//! SOP504 `evaluation-incomplete`: an evaluation does not answer all 7 criteria with `ya`
//! or `tidak`, a monitoring record has no penilaian or one that is neither answer of
//! Tabel 7, or a record has no date. An unreadable
//! date is reported here as SOP002.

use crate::date::Date;
use crate::keys::{criteria, evaluation, monitoring, root};
use crate::labels;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{quoted, Lang, Text};
use crate::model::text_filled;
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};
use crate::rules::format::wrong_type;

/// SOP504.
pub static RULE: Rule = Rule {
    code: "SOP504",
    name: "evaluation-incomplete",
    severity: Severity::Error,
    signing: false,
    group: Group::Review,
    counts: Counts::Nowhere,
    check: Check::Document(check),
    messages: &[
        &NO_DATE,
        &NO_PENILAIAN,
        &PENILAIAN_INVALID,
        &NO_CRITERIA,
        &CRITERION_MISSING,
        &CRITERION_INVALID,
    ],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir `evaluasi` tidak menjawab ketujuh kriteria dengan `ya` atau `tidak` (huruf besar-kecil diabaikan; satu temuan per kriteria, atau satu bila `kriteria` kosong seluruhnya), sebuah butir `monitoring` tidak berisi `penilaian` atau berisi selain `berjalan_baik`/`tidak_berjalan_baik`, atau sebuah butir tidak bertanggal. Tanggal yang tidak terbaca dilaporkan sebagai SOP002.",
            en: "An `evaluasi` item does not answer all 7 criteria with `ya` or `tidak` (case ignored; one finding per criterion, or one when `kriteria` is wholly empty), a `monitoring` item has no `penilaian` or one other than `berjalan_baik`/`tidak_berjalan_baik`, or an item has no date. An unreadable date is reported as SOP002.",
        },
        why: Bilingual {
            id: "Evaluasi hanya bermakna bila ketujuh pertanyaan dijawab, dan monitoring (Tabel 7) harus menyatakan apakah SOP berjalan dengan baik.",
            en: "An evaluation means something only when all 7 questions are answered, and monitoring (Table 7) must say whether the SOP runs well.",
        },
        source: "Permenpan RB 35/2012, Lampiran Bab V: Tabel 7 (penilaian \"berjalan dengan baik\"/\"tidak berjalan dengan baik\") dan 7 kriteria evaluasi ya/tidak",
        fires: "evaluasi:\n  - tanggal: 2026-07-15\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: mungkin, menjawab_kebutuhan: ya }\n",
        passes: "evaluasi:\n  - tanggal: 2026-07-15\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: Ya, mudah_dipahami: YA, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: Tidak, menjawab_kebutuhan: ya, sinergi: \" ya \" }\n",
    },
};

/// A monitoring record or an evaluation without a date.
pub static NO_DATE: Message = Message {
    rule: &RULE,
    key: "no-date",
    form: |d, lang| {
        no_date_text(
            d,
            lang,
            "Isi Tanggal dengan tanggal pelaksanaannya, misalnya 15 Oktober 2026.",
            "Fill in the Date it took place, e.g. 15 Oktober 2026.",
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        no_date_text(
            d,
            lang,
            "Isi `tanggal` dengan tanggal pelaksanaannya, misalnya 15 Oktober 2026 atau 2026-10-15.",
            "Fill in `tanggal` with the date it took place, e.g. 15 Oktober 2026 or 2026-10-15.",
        )
    }),
};

/// "Monitoring (evaluation) item {n} has no date", with `help`.
fn no_date_text(d: &Diagnostic, lang: Lang, id_help: &str, en_help: &str) -> Text {
    let n = d.arg_at(0);
    let (id_what, en_what) = if d.arg_at(1) == root::MONITORING {
        ("Butir monitoring", "Monitoring item")
    } else {
        ("Butir evaluasi", "Evaluation item")
    };
    lang.pick(
        Text::new(format!("{id_what} ke-{n} tidak bertanggal"), id_help),
        Text::new(format!("{en_what} {n} has no date"), en_help),
    )
}

/// A monitoring record without penilaian.
pub static NO_PENILAIAN: Message = Message {
    rule: &RULE,
    key: "penilaian",
    form: |d, lang| {
        let n = d.arg_at(0);
        let [good, bad] = labels::ASSESSMENTS.map(|(_, label)| label.get(lang));
        lang.pick(
            Text::new(
                format!("Monitoring ke-{n} belum berisi penilaian"),
                format!("Pilih Penilaian: {good} atau {bad} (Permenpan RB 35/2012, Tabel 7)."),
            ),
            Text::new(
                format!("Monitoring item {n} has no assessment"),
                format!("Choose the Assessment: {good} or {bad} (Permenpan RB 35/2012, Table 7)."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Monitoring ke-{n} belum berisi penilaian"),
                "Isi `penilaian` dengan `berjalan_baik` atau `tidak_berjalan_baik` (Tabel 7: berjalan dengan baik atau tidak berjalan dengan baik).",
            ),
            Text::new(
                format!("Monitoring item {n} has no penilaian"),
                "Fill in `penilaian` with `berjalan_baik` or `tidak_berjalan_baik` (Table 7: working well or not working well).",
            ),
        )
    }),
};

/// A monitoring record whose penilaian is neither answer of Tabel 7.
pub static PENILAIAN_INVALID: Message = Message {
    rule: &RULE,
    key: "penilaian-invalid",
    form: |d, lang| {
        let (n, value) = (d.arg_at(0), quoted(d.arg_at(1)));
        let [good, bad] = labels::ASSESSMENTS.map(|(_, label)| label.get(lang));
        lang.pick(
            Text::new(
                format!("Penilaian monitoring ke-{n} berisi {value}, bukan salah satu pilihan"),
                format!("Pilih Penilaian: {good} atau {bad} (Permenpan RB 35/2012, Tabel 7)."),
            ),
            Text::new(
                format!("The assessment of monitoring item {n} is {value}, not one of the choices"),
                format!("Choose the Assessment: {good} or {bad} (Permenpan RB 35/2012, Table 7)."),
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let (n, value) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("`penilaian` monitoring ke-{n} berisi `{value}`, bukan salah satu pilihan"),
                "Tulis `berjalan_baik` atau `tidak_berjalan_baik` (Tabel 7: berjalan dengan baik atau tidak berjalan dengan baik).",
            ),
            Text::new(
                format!("The `penilaian` of monitoring item {n} is `{value}`, not one of the choices"),
                "Write `berjalan_baik` or `tidak_berjalan_baik` (Table 7: working well or not working well).",
            ),
        )
    }),
};

/// An evaluation without any answer.
pub static NO_CRITERIA: Message = Message {
    rule: &RULE,
    key: "no-criteria",
    form: |d, lang| {
        let n = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("Evaluasi ke-{n} belum menjawab satu pun dari 7 kriteria"),
                "Jawab ketujuh kriteria evaluasi dengan Ya atau Tidak.",
            ),
            Text::new(
                format!("Evaluation {n} answers none of the 7 criteria"),
                "Answer all seven evaluation criteria with Yes or No.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let n = d.arg_at(0);
        let keys = criteria::KEYS.join(", ");
        lang.pick(
            Text::new(
                format!("Evaluasi ke-{n} belum menjawab satu pun dari 7 kriteria"),
                format!("Tulis `kriteria` dengan ketujuh kunci ({keys}), masing-masing dijawab `ya` atau `tidak`."),
            ),
            Text::new(
                format!("Evaluation {n} answers none of the 7 criteria"),
                format!("Write `kriteria` with all seven keys ({keys}), each answered `ya` or `tidak`."),
            ),
        )
    }),
};

/// "Criterion “{question}” of evaluation {n} {state}", with the common help; the
/// `file` wording names the criterion by its key too.
fn criterion(d: &Diagnostic, lang: Lang, (id_state, en_state): (&str, &str), file: bool) -> Text {
    let (n, key) = (d.arg_at(0), d.arg_at(1));
    let question = d
        .arg_at(2)
        .parse::<usize>()
        .ok()
        .and_then(|c| labels::CRITERIA.get(c))
        .map_or(String::new(), |q| quoted(q.get(lang)));
    if file {
        lang.pick(
            Text::new(
                format!("Kriteria `{key}` ({question}) pada evaluasi ke-{n} {id_state}"),
                format!("Jawab kriteria `{key}` dengan `ya` atau `tidak`."),
            ),
            Text::new(
                format!("Criterion `{key}` ({question}) of evaluation {n} {en_state}"),
                format!("Answer criterion `{key}` with `ya` or `tidak`."),
            ),
        )
    } else {
        lang.pick(
            Text::new(
                format!("Kriteria {question} pada evaluasi ke-{n} {id_state}"),
                "Jawab kriteria ini dengan Ya atau Tidak.",
            ),
            Text::new(
                format!("The criterion {question} of evaluation {n} {en_state}"),
                "Answer this criterion with Yes or No.",
            ),
        )
    }
}

/// A criterion without an answer.
pub static CRITERION_MISSING: Message = Message {
    rule: &RULE,
    key: "criterion-missing",
    form: |d, lang| criterion(d, lang, ("belum dijawab", "is not answered"), false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| criterion(d, lang, ("belum dijawab", "is not answered"), true)),
};

/// A criterion answered with something else than `ya` or `tidak`.
pub static CRITERION_INVALID: Message = Message {
    rule: &RULE,
    key: "criterion-invalid",
    form: |d, lang| {
        let answer = quoted(d.arg_at(3));
        criterion(
            d,
            lang,
            (
                &format!("dijawab {answer}"),
                &format!("is answered {answer}"),
            ),
            false,
        )
    },
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| {
        let answer = format!("`{}`", d.arg_at(3));
        criterion(
            d,
            lang,
            (
                &format!("dijawab {answer}"),
                &format!("is answered {answer}"),
            ),
            true,
        )
    }),
};

/// Record `index` of section `section` (`monitoring` or `evaluasi`) has no date.
pub fn no_date(section: &str, index: usize) -> Diagnostic {
    // Both records call their date `tanggal`.
    let at = Pointer::section(section)
        .index(index)
        .key(monitoring::TANGGAL);
    Diagnostic::new(&NO_DATE, at)
        .arg((index + 1).to_string())
        .arg(section)
}

/// Monitoring record `index` has no penilaian.
pub fn no_penilaian(index: usize) -> Diagnostic {
    Diagnostic::new(
        &NO_PENILAIAN,
        Pointer::monitoring(index).key(monitoring::PENILAIAN),
    )
    .arg((index + 1).to_string())
}

/// Monitoring record `index` has the penilaian `value`, which is neither answer.
pub fn invalid_penilaian(index: usize, value: &str) -> Diagnostic {
    Diagnostic::new(
        &PENILAIAN_INVALID,
        Pointer::monitoring(index).key(monitoring::PENILAIAN),
    )
    .arg((index + 1).to_string())
    .arg(value)
}

/// Evaluation `index` answers no criterion.
pub fn no_criteria(index: usize) -> Diagnostic {
    Diagnostic::new(
        &NO_CRITERIA,
        Pointer::evaluation(index).key(evaluation::KRITERIA),
    )
    .arg((index + 1).to_string())
}

/// Criterion `c` of evaluation `index` is answered `answer` (empty: not answered).
pub fn bad_answer(index: usize, c: usize, answer: &str) -> Diagnostic {
    let kind = if answer.is_empty() {
        &CRITERION_MISSING
    } else {
        &CRITERION_INVALID
    };
    let key = criteria::KEYS.get(c).copied().unwrap_or_default();
    let at = Pointer::evaluation(index)
        .key(evaluation::KRITERIA)
        .key(key);
    Diagnostic::new(kind, at)
        .arg((index + 1).to_string())
        .arg(key)
        .arg(c.to_string())
        .arg(answer)
}

/// Reports the date of record `index` of `section`: missing (SOP504) or unreadable (SOP002).
fn check_date(section: &str, index: usize, date: &str, out: &mut Vec<Diagnostic>) {
    let date = date.trim();
    if !text_filled(date) {
        out.push(no_date(section, index));
    } else if Date::parse(date).is_none() {
        let at = Pointer::section(section)
            .index(index)
            .key(monitoring::TANGGAL);
        out.push(wrong_type::bad_date(at, date));
    }
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, record) in sop.monitoring.iter().enumerate() {
        check_date(root::MONITORING, i, &record.date, out);
        let assessment = record.assessment.trim();
        if !text_filled(assessment) {
            out.push(no_penilaian(i));
        } else if !labels::ASSESSMENTS
            .iter()
            .any(|(key, _)| key.eq_ignore_ascii_case(assessment))
        {
            out.push(invalid_penilaian(i, assessment));
        }
    }
    for (i, evaluation) in sop.evaluations.iter().enumerate() {
        check_date(root::EVALUASI, i, &evaluation.date, out);
        let answers = evaluation.criteria.answers();
        if answers.iter().all(|a| a.trim().is_empty()) {
            out.push(no_criteria(i));
            continue;
        }
        for (c, answer) in answers.iter().enumerate() {
            let answer = answer.trim();
            if !matches!(answer.to_lowercase().as_str(), "ya" | "tidak") {
                out.push(bad_answer(i, c, answer));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::rules::testing::{check_example, codes, findings};
    use crate::Lang;

    #[test]
    fn incomplete_records_and_bad_dates() {
        let report = check_example(
            "monitoring:\n  - { tanggal: 15 Oktober 2026, penilaian: \"-\" }\n  - { tanggal: kemarin, penilaian: berjalan_baik }\n  - { penilaian: berjalan_baik }\nevaluasi:\n  - { tanggal: 2026-07-15, kriteria: { mendorong_kinerja: YA, mudah_dipahami: Tidak, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: mungkin, menjawab_kebutuhan: ya } }\n  - { tanggal: 2026-13-01 }\n",
        );
        let found: Vec<(&str, &str)> = findings(&report, "SOP504")
            .iter()
            .map(|d| (d.kind.key, d.pointer.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("penilaian", "/monitoring/0/penilaian"),
                ("no-date", "/monitoring/2/tanggal"),
                (
                    "criterion-invalid",
                    "/evaluasi/0/kriteria/mengatasi_masalah"
                ),
                ("criterion-missing", "/evaluasi/0/kriteria/sinergi"),
                ("no-criteria", "/evaluasi/1/kriteria"),
            ]
        );
        let bad: Vec<&str> = findings(&report, "SOP002")
            .iter()
            .map(|d| d.pointer.as_str())
            .collect();
        assert_eq!(bad, ["/monitoring/1/tanggal", "/evaluasi/1/tanggal"]);
        assert_eq!(findings(&report, "SOP002")[0].kind.key, "bad-date");
        let d = findings(&report, "SOP504")[3];
        #[cfg(feature = "file-wording")]
        assert_eq!(
            d.message(Lang::Id).message,
            "Kriteria `sinergi` (“Sinergi satu dengan lainnya”) pada evaluasi ke-1 belum dijawab"
        );
        assert_eq!(
            d.text(crate::Audience::Form, Lang::Id).message,
            "Kriteria “Sinergi satu dengan lainnya” pada evaluasi ke-1 belum dijawab"
        );
        // Unreadable dates are left out of the time rules: the readable 15 Oktober 2026 counts.
        assert!(!codes(&report).contains(&"SOP502"));
        assert!(Date::parse("15 Oktober 2026").is_some());
    }

    #[test]
    fn a_penilaian_is_one_of_the_two_answers() {
        let report = check_example(
            "monitoring:\n  - { tanggal: 2026-10-15, penilaian: baik }\n  - { tanggal: 2026-10-16, penilaian: Berjalan_Baik }\n  - { tanggal: 2026-10-17, penilaian: tidak_berjalan_baik }\n",
        );
        let found = findings(&report, "SOP504");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind.key, "penilaian-invalid");
        assert_eq!(found[0].pointer, "/monitoring/0/penilaian");
        assert_eq!(
            found[0].text(crate::Audience::Form, Lang::Id).message,
            "Penilaian monitoring ke-1 berisi “baik”, bukan salah satu pilihan"
        );
        assert_eq!(
            found[0].text(crate::Audience::Form, Lang::En).help,
            "Choose the Assessment: Working well or Not working well (Permenpan RB 35/2012, Table 7)."
        );
    }
}
