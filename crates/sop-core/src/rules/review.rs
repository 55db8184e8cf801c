//! SOP5xx: monitoring and evaluation of an SOP in force (Permenpan RB 35/2012, Lampiran
//! Bab V "Monitoring dan Evaluasi Penerapan SOP AP", Tabel 7; research/sop-standard.md §6).
//!
//! The time-dependent rules (SOP501–SOP503) need "today" ([`Context::today`]) and are
//! skipped without it. "The last" monitoring or evaluation is the one with the latest
//! readable date, whatever its place in the list. An unreadable date in `monitoring` or
//! `evaluasi` is reported as SOP002 (`bad-date`) by the SOP504 check and is left out of
//! the time rules.

#[cfg(feature = "docs")]
use super::Docs;
use super::{Check, Context, Group, Rule};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::{Bilingual, Lang, Text};
use crate::model::{Criteria, Status};

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[SOP501, SOP502, SOP503, SOP504];

#[cfg(feature = "docs")]
const SOURCE_MON: &str = "Permenpan RB 35/2012, Lampiran Bab V (Monitoring dan Evaluasi Penerapan SOP AP), Tabel 7 Monitoring Pelaksanaan SOP AP";
#[cfg(feature = "docs")]
const SOURCE_EVAL: &str = "Permenpan RB 35/2012, Lampiran Bab V (Monitoring dan Evaluasi Penerapan SOP AP): evaluasi dengan 7 kriteria, paling sedikit sekali setahun (Perka BPS 19/2013 sebagai turunan)";

/// A date for a message: `10 Juli 2025` in Indonesian, ISO in English.
fn show_date(lang: Lang, iso: &str) -> String {
    match (lang, Date::parse(iso)) {
        (Lang::Id, Some(date)) => date.long_id(),
        _ => iso.to_string(),
    }
}

/// The latest readable date among `dates`.
fn latest<'a>(dates: impl Iterator<Item = &'a str>) -> Option<Date> {
    dates.filter_map(Date::parse).max()
}

/// SOP501/SOP502: the last record (or the effective date) is more than `months` before
/// today, for an SOP in force.
fn overdue_finding(
    cx: &Context<'_>,
    code: &'static str,
    section: &str,
    months: u32,
    last: Option<Date>,
) -> Option<Diagnostic> {
    if cx.sop.status != Status::Berlaku {
        return None;
    }
    let today = cx.today?;
    let (kind, base) = match last {
        Some(date) => ("last", date),
        None => ("effective", Date::parse(&cx.sop.identity.effective)?),
    };
    let due = base.add_months(months);
    (due < today).then(|| {
        Diagnostic::new(code, section, kind)
            .arg(base.to_string())
            .arg(due.to_string())
    })
}

const SOP501: Rule = Rule {
    code: "SOP501",
    name: "evaluation-overdue",
    severity: Severity::Warning,
    signing: false,
    group: Group::Review,
    check: Check::Document(|cx, out| {
        let last = latest(cx.sop.evaluations.iter().map(|e| e.date.as_str()));
        out.extend(overdue_finding(cx, "SOP501", "/evaluasi", 12, last));
    }),
    message: |d, lang| {
        let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
        let (id, en) = if d.kind == "last" {
            (
                format!("Evaluasi terakhir ({base}) sudah lebih dari 12 bulan yang lalu; evaluasi berikutnya jatuh tempo {due}"),
                format!("The last evaluation ({base}) is more than 12 months ago; the next one was due on {due}"),
            )
        } else {
            (
                format!("Belum ada evaluasi sejak SOP berlaku pada {base}; evaluasi tahunan jatuh tempo {due}"),
                format!("No evaluation since the SOP took effect on {base}; the yearly evaluation was due on {due}"),
            )
        };
        lang.pick(
            Text::new(id, "Lakukan evaluasi SOP dengan 7 kriteria dan catat hasilnya sebagai butir baru di `evaluasi` (tanggal, penilai, dan jawaban ya/tidak untuk setiap kriteria)."),
            Text::new(en, "Evaluate the SOP against the 7 criteria and record it as a new item of `evaluasi` (tanggal, penilai, and ya/tidak for every criterion)."),
        )
    },
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
        source: SOURCE_EVAL,
        fires: "evaluasi: null\n",
        passes: "evaluasi:\n  - tanggal: 2025-11-27\n    penilai: Kepala Bagian Perencanaan, Data dan Informasi\n    kriteria: { mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }\n",
    },
};

const SOP502: Rule = Rule {
    code: "SOP502",
    name: "monitoring-overdue",
    severity: Severity::Warning,
    signing: false,
    group: Group::Review,
    check: Check::Document(|cx, out| {
        let last = latest(cx.sop.monitoring.iter().map(|m| m.date.as_str()));
        out.extend(overdue_finding(cx, "SOP502", "/monitoring", 6, last));
    }),
    message: |d, lang| {
        let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
        let (id, en) = if d.kind == "last" {
            (
                format!("Monitoring terakhir ({base}) sudah lebih dari 6 bulan yang lalu; monitoring berikutnya jatuh tempo {due}"),
                format!("The last monitoring ({base}) is more than 6 months ago; the next one was due on {due}"),
            )
        } else {
            (
                format!("Belum ada monitoring sejak SOP berlaku pada {base}; monitoring enam bulanan jatuh tempo {due}"),
                format!("No monitoring since the SOP took effect on {base}; the six-monthly monitoring was due on {due}"),
            )
        };
        lang.pick(
            Text::new(id, "Lakukan monitoring penerapan SOP dan catat sebagai butir baru di `monitoring` (tanggal, penilaian berjalan_baik/tidak_berjalan_baik, catatan, tindakan, penilai)."),
            Text::new(en, "Monitor how the SOP is applied and record it as a new item of `monitoring` (tanggal, penilaian berjalan_baik/tidak_berjalan_baik, catatan, tindakan, penilai)."),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "SOP berstatus `berlaku` dan monitoring terakhir (tanggal terbaru di `monitoring`; `tanggal_efektif` bila belum ada) lebih dari 6 bulan sebelum hari ini. Tepat 6 bulan belum terlambat.",
            en: "The SOP's status is `berlaku` and the last monitoring (the latest date in `monitoring`; `tanggal_efektif` when there is none) is more than 6 months before today. Exactly 6 months is not yet late.",
        },
        why: Bilingual {
            id: "Penerapan SOP dipantau secara berkala (Tabel 7 Monitoring Pelaksanaan SOP AP), di sini setiap 6 bulan, agar masalah dalam pelaksanaan cepat diketahui.",
            en: "Applying the SOP is monitored regularly (Table 7, monitoring of SOP AP), here every 6 months, so that problems surface early.",
        },
        source: SOURCE_MON,
        fires: "monitoring:\n  - { tanggal: 2026-05-26, penilaian: berjalan_baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n",
        passes: "monitoring:\n  - { tanggal: 2026-05-27, penilaian: berjalan_baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n",
    },
};

const SOP503: Rule = Rule {
    code: "SOP503",
    name: "planned-review-passed",
    severity: Severity::Info,
    signing: false,
    group: Group::Review,
    check: Check::Document(sop503_check),
    message: |d, lang| {
        let planned = show_date(lang, d.arg_at(0));
        let last = d.arg_at(1);
        let (id_last, en_last) = if last.is_empty() {
            ("belum ada evaluasi yang tercatat".to_string(), "no evaluation is recorded".to_string())
        } else {
            (
                format!("evaluasi terakhir bertanggal {}", show_date(Lang::Id, last)),
                format!("the last evaluation is dated {last}"),
            )
        };
        lang.pick(
            Text::new(
                format!("Tanggal revisi (rencana reviu) {planned} sudah lewat, sedangkan {id_last}"),
                "Lakukan reviu dan catat hasilnya di `evaluasi` pada atau setelah tanggal itu, atau perbarui `tanggal_revisi` dengan rencana reviu berikutnya.",
            ),
            Text::new(
                format!("The revision date (planned review) {planned} has passed, and {en_last}"),
                "Carry out the review and record it in `evaluasi` on or after that date, or update `tanggal_revisi` to the next planned review.",
            ),
        )
    },
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

fn sop503_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
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
    out.push(
        Diagnostic::new("SOP503", "/identitas/tanggal_revisi", "")
            .arg(planned.to_string())
            .arg(last.map(|d| d.to_string()).unwrap_or_default()),
    );
}

/// The question of each criterion, in the order of [`Criteria::KEYS`].
const QUESTIONS: [Bilingual; 7] = [
    Bilingual {
        id: "Mampu mendorong peningkatan kinerja",
        en: "Drives better performance",
    },
    Bilingual {
        id: "Mudah dipahami",
        en: "Easy to understand",
    },
    Bilingual {
        id: "Mudah dilaksanakan",
        en: "Easy to carry out",
    },
    Bilingual {
        id: "Semua orang dapat menjalankan perannya masing-masing",
        en: "Everyone can play their own role",
    },
    Bilingual {
        id: "Mampu mengatasi permasalahan yang berkaitan dengan proses",
        en: "Solves the problems of the process",
    },
    Bilingual {
        id: "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
        en: "Meets the organisation's need for better performance",
    },
    Bilingual {
        id: "Sinergi satu dengan lainnya",
        en: "Synergy between the implementers",
    },
];

const SOP504: Rule = Rule {
    code: "SOP504",
    name: "evaluation-incomplete",
    severity: Severity::Error,
    signing: false,
    group: Group::Review,
    check: Check::Document(sop504_check),
    message: sop504_message,
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Sebuah butir `evaluasi` tidak menjawab ketujuh kriteria dengan `ya` atau `tidak` (huruf besar-kecil diabaikan; satu temuan per kriteria, atau satu bila `kriteria` kosong seluruhnya), sebuah butir `monitoring` tidak berisi `penilaian`, atau sebuah butir tidak bertanggal. Tanggal yang tidak terbaca dilaporkan sebagai SOP002.",
            en: "An `evaluasi` item does not answer all 7 criteria with `ya` or `tidak` (case ignored; one finding per criterion, or one when `kriteria` is wholly empty), a `monitoring` item has no `penilaian`, or an item has no date. An unreadable date is reported as SOP002.",
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

/// Reports a record's date: missing (SOP504) or unreadable (SOP002).
fn check_date(at: &str, date: &str, out: &mut Vec<Diagnostic>) {
    let date = date.trim();
    if date.is_empty() || date == "-" {
        out.push(Diagnostic::new(
            "SOP504",
            format!("{at}/tanggal"),
            "no-date",
        ));
    } else if Date::parse(date).is_none() {
        out.push(Diagnostic::new("SOP002", format!("{at}/tanggal"), "bad-date").arg(date));
    }
}

fn sop504_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let sop = cx.sop;
    for (i, record) in sop.monitoring.iter().enumerate() {
        let at = format!("/monitoring/{i}");
        check_date(&at, &record.date, out);
        let assessment = record.assessment.trim();
        if assessment.is_empty() || assessment == "-" {
            out.push(
                Diagnostic::new("SOP504", format!("{at}/penilaian"), "penilaian")
                    .arg((i + 1).to_string()),
            );
        }
    }
    for (i, evaluation) in sop.evaluations.iter().enumerate() {
        let at = format!("/evaluasi/{i}");
        check_date(&at, &evaluation.date, out);
        let answers = evaluation.criteria.answers();
        if answers.iter().all(|a| a.trim().is_empty()) {
            out.push(
                Diagnostic::new("SOP504", format!("{at}/kriteria"), "no-criteria")
                    .arg((i + 1).to_string()),
            );
            continue;
        }
        for (c, (key, answer)) in Criteria::KEYS.iter().zip(answers).enumerate() {
            let answer = answer.trim();
            let kind = match answer.to_lowercase().as_str() {
                "ya" | "tidak" => continue,
                "" => "criterion-missing",
                _ => "criterion-invalid",
            };
            out.push(
                Diagnostic::new("SOP504", format!("{at}/kriteria/{key}"), kind)
                    .arg((i + 1).to_string())
                    .arg(*key)
                    .arg(c.to_string())
                    .arg(answer),
            );
        }
    }
}

fn sop504_message(d: &Diagnostic, lang: Lang) -> Text {
    let number = d.arg_at(0);
    let at = &d.pointer;
    match d.kind {
        "no-date" => {
            let (id_what, en_what) = if at.starts_with("/monitoring") {
                ("Butir monitoring", "Monitoring item")
            } else {
                ("Butir evaluasi", "Evaluation item")
            };
            let n = at.split('/').nth(2).and_then(|s| s.parse::<usize>().ok()).unwrap_or(0) + 1;
            lang.pick(
                Text::new(
                    format!("{id_what} ke-{n} tidak bertanggal"),
                    "Isi `tanggal` dengan tanggal pelaksanaannya, misalnya 2026-10-15 atau 15 Oktober 2026.",
                ),
                Text::new(
                    format!("{en_what} {n} has no date"),
                    "Fill in `tanggal` with the date it took place, e.g. 2026-10-15 or 15 Oktober 2026.",
                ),
            )
        }
        "penilaian" => lang.pick(
            Text::new(
                format!("Monitoring ke-{number} tidak berisi penilaian"),
                "Isi `penilaian` dengan `berjalan_baik` atau `tidak_berjalan_baik` (Tabel 7: berjalan dengan baik / tidak berjalan dengan baik).",
            ),
            Text::new(
                format!("Monitoring item {number} has no penilaian"),
                "Fill in `penilaian` with `berjalan_baik` or `tidak_berjalan_baik` (Table 7: runs well / does not run well).",
            ),
        ),
        "no-criteria" => lang.pick(
            Text::new(
                format!("Evaluasi ke-{number} belum menjawab satu pun dari 7 kriteria"),
                "Tulis `kriteria` dengan ketujuh kunci (mendorong_kinerja, mudah_dipahami, mudah_dilaksanakan, peran_jelas, mengatasi_masalah, menjawab_kebutuhan, sinergi), masing-masing dijawab `ya` atau `tidak`.",
            ),
            Text::new(
                format!("Evaluation {number} answers none of the 7 criteria"),
                "Write `kriteria` with all seven keys (mendorong_kinerja, mudah_dipahami, mudah_dilaksanakan, peran_jelas, mengatasi_masalah, menjawab_kebutuhan, sinergi), each answered `ya` or `tidak`.",
            ),
        ),
        kind => {
            let key = d.arg_at(1);
            let question = d
                .arg_at(2)
                .parse::<usize>()
                .ok()
                .and_then(|c| QUESTIONS.get(c))
                .map_or("", |q| q.get(lang));
            let answer = d.arg_at(3);
            let (id_state, en_state) = if kind == "criterion-missing" {
                ("belum dijawab".to_string(), "is not answered".to_string())
            } else {
                (format!("dijawab `{answer}`"), format!("is answered `{answer}`"))
            };
            lang.pick(
                Text::new(
                    format!("Kriteria `{key}` ({question}) pada evaluasi ke-{number} {id_state}"),
                    format!("Jawab kriteria `{key}` dengan `ya` atau `tidak`."),
                ),
                Text::new(
                    format!("Criterion `{key}` ({question}) of evaluation {number} {en_state}"),
                    format!("Answer criterion `{key}` with `ya` or `tidak`."),
                ),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::report::{check_parsed, CheckOptions};
    use crate::rules::testing::{check_example, check_yaml, codes, findings, options, EXAMPLE};
    use crate::{Lang, Severity};

    const CRITERIA: &str = "{ mendorong_kinerja: ya, mudah_dipahami: ya, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: tidak, menjawab_kebutuhan: ya, sinergi: ya }";

    fn evaluation(date: &str) -> String {
        format!("evaluasi:\n  - tanggal: {date}\n    penilai: Kabag\n    kriteria: {CRITERIA}\n")
    }

    fn monitoring(date: &str) -> String {
        format!(
            "monitoring:\n  - {{ tanggal: {date}, penilaian: berjalan_baik, penilai: Kasubbag }}\n"
        )
    }

    #[test]
    fn evaluation_boundary_is_exactly_twelve_months() {
        assert!(!codes(&check_example(&evaluation("2025-11-27"))).contains(&"SOP501"));
        let late = check_example(&evaluation("2025-11-26"));
        let d = findings(&late, "SOP501")[0];
        assert_eq!(
            (d.kind, d.pointer.as_str(), d.severity),
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

    #[test]
    fn monitoring_boundary_is_exactly_six_months() {
        assert!(!codes(&check_example(&monitoring("2026-05-27"))).contains(&"SOP502"));
        assert!(codes(&check_example(&monitoring("2026-05-26"))).contains(&"SOP502"));
        // Without records the effective date counts.
        let report = check_example("monitoring: null\n");
        let d = findings(&report, "SOP502")[0];
        assert_eq!(d.kind, "effective");
        assert!(d.message(Lang::Id).message.contains("1 Agustus 2025"));
    }

    #[test]
    fn overdue_rules_only_for_status_berlaku_and_with_a_today() {
        let report = check_example("status: diajukan\nmonitoring: null\nevaluasi: null\n");
        assert!(!codes(&report).contains(&"SOP501"));
        assert!(!codes(&report).contains(&"SOP502"));
        let parsed = {
            let mut base = crate::parse::read_tree(EXAMPLE, crate::Format::Yaml).unwrap();
            base.merge(
                crate::parse::read_tree(
                    "monitoring: null\nevaluasi: null\nidentitas:\n  tanggal_revisi: 2026-01-01\n",
                    crate::Format::Yaml,
                )
                .unwrap(),
            );
            crate::parse::parse_tree(&base)
        };
        let no_today = CheckOptions {
            today: None,
            ..options()
        };
        let report = check_parsed(&parsed, &no_today);
        for code in ["SOP501", "SOP502", "SOP503"] {
            assert!(!codes(&report).contains(&code), "{code}");
        }
        let report = check_parsed(&parsed, &options());
        for code in ["SOP501", "SOP502", "SOP503"] {
            assert!(codes(&report).contains(&code), "{code}");
        }
    }

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

    #[test]
    fn incomplete_records_and_bad_dates() {
        let report = check_example(
            "monitoring:\n  - { tanggal: 15 Oktober 2026, penilaian: \"-\" }\n  - { tanggal: kemarin, penilaian: berjalan_baik }\n  - { penilaian: berjalan_baik }\nevaluasi:\n  - { tanggal: 2026-07-15, kriteria: { mendorong_kinerja: YA, mudah_dipahami: Tidak, mudah_dilaksanakan: ya, peran_jelas: ya, mengatasi_masalah: mungkin, menjawab_kebutuhan: ya } }\n  - { tanggal: 2026-13-01 }\n",
        );
        let found: Vec<(&str, &str)> = findings(&report, "SOP504")
            .iter()
            .map(|d| (d.kind, d.pointer.as_str()))
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
        assert_eq!(findings(&report, "SOP002")[0].kind, "bad-date");
        let msg = findings(&report, "SOP504")[3].message(Lang::Id).message;
        assert_eq!(
            msg,
            "Kriteria `sinergi` (Sinergi satu dengan lainnya) pada evaluasi ke-1 belum dijawab"
        );
        // Unreadable dates are left out of the time rules: the readable 15 Oktober 2026 counts.
        assert!(!codes(&report).contains(&"SOP502"));
        assert!(Date::parse("15 Oktober 2026").is_some());
    }
}
