//! SOP502 `monitoring-overdue`: an SOP in force whose last monitoring (or effective date,
//! without one) is more than 6 months before today. Exactly 6 months is not yet late.

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

/// SOP502.
pub static RULE: Rule = Rule {
    code: "SOP502",
    name: "monitoring-overdue",
    severity: Severity::Warning,
    signing: false,
    group: Group::Review,
    counts: Counts::Nowhere,
    check: Check::Document(check),
    messages: &[&LAST, &EFFECTIVE],
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
        source: "Permenpan RB 35/2012, Lampiran Bab V (Monitoring dan Evaluasi Penerapan SOP AP), Tabel 7 Monitoring Pelaksanaan SOP AP",
        fires: "monitoring:\n  - { tanggal: 2026-05-26, penilaian: berjalan_baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n",
        passes: "monitoring:\n  - { tanggal: 2026-05-27, penilaian: berjalan_baik, catatan: \"-\", tindakan: \"-\", penilai: Kasubbag }\n",
    },
};

/// The message `id`/`en` (with the dates of the finding shown), and the common help,
/// for the `file` or the form.
fn text(lang: Lang, id: String, en: String, file: bool) -> Text {
    let (id_help, en_help) = if file {
        (
            "Lakukan monitoring penerapan SOP dan catat sebagai butir baru di `monitoring` (`tanggal`, `penilaian` `berjalan_baik` atau `tidak_berjalan_baik`, `catatan`, `tindakan`, `penilai`).",
            "Monitor how the SOP is applied and record it as a new item of `monitoring` (`tanggal`, `penilaian` `berjalan_baik` or `tidak_berjalan_baik`, `catatan`, `tindakan`, `penilai`).",
        )
    } else {
        (
            "Lakukan monitoring penerapan SOP dan catat hasilnya pada bagian Monitoring (tanggal, penilaian Berjalan dengan baik atau Tidak berjalan dengan baik, catatan hasil penilaian, tindakan yang harus diambil, dan penilai).",
            "Monitor how the SOP is applied and record it in the Monitoring records section (date, assessment Working well or Not working well, notes, action to be taken, and assessor).",
        )
    };
    lang.pick(Text::new(id, id_help), Text::new(en, en_help))
}

/// The wording of [`LAST`].
fn last_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
    text(
        lang,
        format!("Monitoring terakhir ({base}) sudah lebih dari 6 bulan yang lalu; monitoring berikutnya seharusnya dilaksanakan paling lambat {due}"),
        format!("The last monitoring ({base}) is more than 6 months ago; the next one should have taken place by {due}"),
        file,
    )
}

/// The wording of [`EFFECTIVE`].
fn effective_text(d: &Diagnostic, lang: Lang, file: bool) -> Text {
    let (base, due) = (show_date(lang, d.arg_at(0)), show_date(lang, d.arg_at(1)));
    text(
        lang,
        format!("Belum ada monitoring sejak SOP berlaku pada {base}; monitoring enam bulanan seharusnya dilaksanakan paling lambat {due}"),
        format!("No monitoring since the SOP took effect on {base}; the six-monthly monitoring should have taken place by {due}"),
        file,
    )
}

/// The last monitoring is too old.
pub static LAST: Message = Message {
    rule: &RULE,
    key: "last",
    form: |d, lang| last_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| last_text(d, lang, true)),
};

/// No monitoring since the SOP took effect, more than 6 months ago.
pub static EFFECTIVE: Message = Message {
    rule: &RULE,
    key: "effective",
    form: |d, lang| effective_text(d, lang, false),
    #[cfg(feature = "file-wording")]
    file: Some(|d, lang| effective_text(d, lang, true)),
};

/// The next monitoring was due on `due`, counted from `since`.
fn overdue_since(since: &Since, due: Date) -> Diagnostic {
    let (kind, base) = match since {
        Since::Last(date) => (&LAST, date),
        Since::Effective(date) => (&EFFECTIVE, date),
    };
    Diagnostic::new(kind, Pointer::section(root::MONITORING))
        .arg(base.to_string())
        .arg(due.to_string())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let last = latest(cx.sop.monitoring.iter().map(|m| m.date.as_str()));
    if let Some((since, due)) = overdue(cx, 6, last) {
        out.push(overdue_since(&since, due));
    }
}

#[cfg(test)]
mod tests {
    use crate::report::{check_parsed, CheckOptions};
    use crate::rules::review::testing::monitoring;
    use crate::rules::testing::{check_example, codes, findings, options, EXAMPLE};
    use crate::Lang;

    #[test]
    fn monitoring_boundary_is_exactly_six_months() {
        assert!(!codes(&check_example(&monitoring("2026-05-27"))).contains(&"SOP502"));
        assert!(codes(&check_example(&monitoring("2026-05-26"))).contains(&"SOP502"));
        // Without records the effective date counts.
        let report = check_example("monitoring: null\n");
        let d = findings(&report, "SOP502")[0];
        assert_eq!(d.kind.key, "effective");
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
}
