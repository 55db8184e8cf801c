//! Property tests on arbitrary models (DESIGN.md §3, issue 3):
//! 1. any model written as YAML, JSON or TOML reads back equal, with no reading problem;
//! 2. `check` never panics on any model and returns its findings in document order.

#![cfg(not(target_arch = "wasm32"))]
// Helpers of a test crate may panic like the tests they serve (clippy.toml allows it in tests).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use sop_core::model::{
    Branch, Category, Criteria, Evaluation, Identity, Lane, MonitoringRecord, QualityStandard,
    Signer, Sop, Status, Step,
};
use sop_core::pointer::document_order;
use sop_core::{check, emit, parse, templates, CheckOptions, Date, Format, Lang, Profile};

/// Texts that trip YAML/TOML writers and readers, plus arbitrary Unicode.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "", " ", "no", "No", "NO", "yes", "off", "y", "n", "true", "False", "null", "Null",
            "~", "-", "- a", "--", "---", "...", "123", "007", "1.5", "1,5", "-1", "+1", "1e3",
            ".inf", "-.inf", ".nan", "0x1F", "0o17", "2025-07-10", "10 Juli 2025",
            "197001011995031001", "19660825 198802 1 001", "12:30", "1:2:3", "a: b", "a:b", "a:",
            "#x", "a #b", "a#b", " leading", "trailing ", "\"quoted\"", "'single'", "it's",
            "back\\slash", "\\n", "line\nbreak", "cr\r\nlf", "tab\there", "\n", "*alias",
            "&anchor", "!tag", "%directive", "@at", "`tick", "|", ">", "? key", "[a, b]", "{a: b}",
            "a, b", "=", "<<", "ke: 3", "\u{feff}bom", "\u{85}nel", "\u{2028}ls", "\u{a0}nbsp",
            "emoji 🗳️", "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur", "\"\"\"", "'''",
            "[[x]]", "x = 1", "é\u{301}", "\u{0}", "\u{7f}", "\u{9f}", "\u{fffe}", "\u{ffff}",
            // Values the rules read: durations (also absurd ones), labels, lanes, regulations.
            "10 hari kerja", "paling lama 7 hari kerja", "1 x 24 jam", "1-2 hari", "1,5 jam",
            "99999999999999999999999 tahun", "4294967296 x 24 jam", "0 menit", "Triwulan",
            "Ya", "Tidak", "Lengkap", "Tidak lengkap", "Y", "T", "diperpanjang", "PPID",
            "Atasan PPID", "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "PKPU 1/2015", "Peraturan Pemerintah Nomor 53 Tahun 2010", "berjalan_baik", "ya", "tidak",
            "2026-11-27", "29 Februari 2024", "9999-12-31", "0000-01-01",
        ])
        .prop_map(str::to_string),
        2 => "[ -~]{0,12}",
        2 => "\\PC{0,12}",
        1 => any::<String>(),
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..4)
}

/// Step numbers: small ones (so cycles and real targets happen), huge ones, 0.
fn number() -> impl Strategy<Value = Option<u32>> {
    prop_oneof![
        1 => Just(None),
        4 => (1u32..10).prop_map(Some),
        1 => Just(Some(0)),
        1 => Just(Some(u32::MAX)),
        1 => any::<u32>().prop_map(Some),
    ]
}

fn symbol() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec!["mulai", "proses", "keputusan", "selesai", "", " Selesai "])
            .prop_map(str::to_string),
        1 => text(),
    ]
}

fn category() -> impl Strategy<Value = Category> {
    prop::sample::select(Category::ALL.to_vec())
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn identity() -> impl Strategy<Value = Identity> {
    (
        (text(), text(), text(), text(), text()),
        (text(), text(), text()),
        (text(), text(), text()),
        texts(),
    )
        .prop_map(
            |((agency, unit, logo, number, name), (created, revised, effective), signer, kind)| {
                Identity {
                    agency,
                    unit,
                    logo,
                    number,
                    name,
                    created,
                    revised,
                    effective,
                    approved_by: Signer {
                        position: signer.0,
                        name: signer.1,
                        nip: signer.2,
                    },
                    kind,
                }
            },
        )
}

/// Lane ids: a few shared ones (so steps find their lanes) or any text.
fn lane_id() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["pemohon", "petugas", "ppid", "atasan"]).prop_map(str::to_string),
        1 => text(),
    ]
}

fn lane() -> impl Strategy<Value = Lane> {
    (lane_id(), text()).prop_map(|(id, name)| Lane { id, name })
}

fn branch() -> impl Strategy<Value = Branch> {
    (text(), number()).prop_map(|(label, target)| Branch { label, target })
}

fn step() -> impl Strategy<Value = Step> {
    (
        number(),
        text(),
        vec(lane_id(), 0..3),
        symbol(),
        vec(branch(), 0..4),
        option::weighted(0.3, number().prop_map(|n| n.unwrap_or(1))),
        (text(), text(), text()),
        text(),
    )
        .prop_map(
            |(number, description, performers, symbol, branches, next, quality, remarks)| Step {
                number,
                description,
                performers,
                symbol,
                branches,
                next,
                quality: QualityStandard {
                    requirements: quality.0,
                    time: quality.1,
                    output: quality.2,
                },
                remarks,
            },
        )
}

fn monitoring() -> impl Strategy<Value = MonitoringRecord> {
    (text(), text(), text(), text(), text()).prop_map(
        |(date, assessment, notes, action, assessor)| MonitoringRecord {
            date,
            assessment,
            notes,
            action,
            assessor,
        },
    )
}

fn evaluation() -> impl Strategy<Value = Evaluation> {
    (text(), text(), vec(text(), 7), text()).prop_map(|(date, assessor, answers, notes)| {
        let mut criteria = Criteria::default();
        for (i, answer) in answers.into_iter().enumerate() {
            if let Some(slot) = criteria.answer_mut(i) {
                *slot = answer;
            }
        }
        Evaluation {
            date,
            assessor,
            criteria,
            notes,
        }
    })
}

prop_compose! {
    fn sop()(
        head in (text(), category(), status(), identity(), text()),
        lists in (texts(), texts(), texts(), texts(), texts(), texts()),
        lanes in vec(lane(), 0..5),
        steps in vec(step(), 0..12),
        monitoring in vec(monitoring(), 0..3),
        evaluations in vec(evaluation(), 0..3),
    ) -> Sop {
        let (format, category, status, identity, purpose) = head;
        let (legal_basis, qualifications, related, equipment, warnings, records) = lists;
        Sop {
            format,
            category,
            status,
            identity,
            purpose,
            legal_basis,
            qualifications,
            related,
            equipment,
            warnings,
            records,
            lanes,
            steps,
            monitoring,
            evaluations,
        }
    }
}

fn formats() -> Vec<Format> {
    let mut all = vec![Format::Yaml, Format::Json];
    if cfg!(feature = "toml") {
        all.push(Format::Toml);
    }
    all
}

/// Writes `sop` in `format`, reads it back, and says what differs (`None`: equal).
fn roundtrip(sop: &Sop, format: Format) -> Option<String> {
    let text = match emit::to_string(sop, format) {
        Ok(text) => text,
        Err(e) => return Some(format!("{format:?}: cannot write: {e}")),
    };
    let parsed = parse(&text, format);
    let problems: Vec<String> = parsed
        .diagnostics
        .iter()
        .filter(|d| matches!(d.code(), "SOP001" | "SOP002" | "SOP003" | "SOP004"))
        .map(|d| {
            format!(
                "{} {} {:?}",
                d.code(),
                d.pointer,
                d.message(Lang::En).message
            )
        })
        .collect();
    if !problems.is_empty() {
        return Some(format!(
            "{format:?}: {problems:#?}\n--- written ---\n{text}"
        ));
    }
    if parsed.sop != *sop {
        return Some(format!(
            "{format:?}: read back differently\n--- written ---\n{text}\n--- read ---\n{:#?}",
            parsed.sop
        ));
    }
    None
}

/// 128 cases per property (`PROPTEST_CASES` overrides it for a longer hunt); failures
/// are not persisted: a minimal failing input found once belongs in `edge_cases_*` below.
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 128;
    }
    config.failure_persistence = None;
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_model_reads_back_equal(sop in sop()) {
        for format in formats() {
            if let Some(problem) = roundtrip(&sop, format) {
                prop_assert!(false, "{}", problem);
            }
        }
    }

    /// The hand-written JSON writer (small in the wasm) writes what the serde derive of
    /// the model writes through serde_json's pretty printer, byte for byte.
    #[test]
    fn json_is_what_the_serde_derive_writes(sop in sop()) {
        let serde = serde_json::to_string_pretty(&sop).expect("serde_json") + "\n";
        prop_assert_eq!(emit::to_string(&sop, Format::Json).expect("json"), serde);
    }

    #[test]
    fn check_never_panics_and_sorts_its_findings(
        sop in sop(),
        today in option::of((1900i32..2200, 1u32..13, 1u32..29)),
    ) {
        let options = CheckOptions {
            today: today.and_then(|(y, m, d)| Date::new(y, m, d)),
            profile: Profile::default(),
        };
        let report = check(&sop, &options);
        for pair in report.diagnostics.windows(2) {
            let order = document_order(&pair[0].pointer, &pair[1].pointer)
                .then_with(|| pair[0].code().cmp(pair[1].code()));
            prop_assert!(
                order != std::cmp::Ordering::Greater,
                "out of order: {} {} before {} {}",
                pair[0].code(), pair[0].pointer, pair[1].code(), pair[1].pointer
            );
        }
        let errors = report.count(sop_core::Severity::Error);
        prop_assert_eq!(report.complete, errors == 0);
        prop_assert_eq!(report.checklist.len(), 12);
        for d in &report.diagnostics {
            prop_assert!(sop_core::rules::find(d.code()).is_some(), "unregistered {}", d.code());
            for lang in Lang::ALL {
                let text = d.message(lang);
                prop_assert!(!text.message.is_empty(), "{} has no {:?} message", d.code(), lang);
            }
        }
    }

    #[test]
    fn reading_never_panics_on_arbitrary_text(text in "\\PC{0,200}|[-:#{}\\[\\]\"'a-z0-9 \n]{0,200}") {
        for format in formats() {
            let parsed = parse(&text, format);
            if parsed.failed {
                prop_assert!(parsed.diagnostics.iter().any(|d| d.code() == "SOP001"));
            }
        }
    }
}

#[test]
fn templates_and_the_example_read_back_equal_in_every_format() {
    let example = include_str!("data/example.sop.yaml");
    let docs = templates::all()
        .map(|(c, t)| (c.key().to_string(), t))
        .chain(std::iter::once(("example".to_string(), example)));
    for (name, text) in docs {
        let parsed = parse(text, Format::Yaml);
        assert!(
            parsed.diagnostics.is_empty(),
            "{name}: {:?}",
            parsed.diagnostics
        );
        for format in formats() {
            if let Some(problem) = roundtrip(&parsed.sop, format) {
                panic!("{name}: {problem}");
            }
        }
    }
}

#[test]
fn edge_cases_read_back_equal() {
    // Shapes the writer must handle even when proptest does not draw them.
    let mut sop = Sop::new_draft();
    sop.steps = vec![
        Step::default(),
        Step {
            next: Some(u32::MAX),
            ..Step::default()
        },
        Step {
            branches: vec![Branch::default(), Branch::default()],
            ..Step::default()
        },
        Step {
            quality: QualityStandard {
                time: "no".into(),
                ..QualityStandard::default()
            },
            ..Step::default()
        },
        Step {
            performers: vec![String::new()],
            ..Step::default()
        },
        Step {
            performers: vec!["®,".into(), String::new(), "[a]".into(), "{b}".into()],
            ..Step::default()
        },
    ];
    sop.lanes = vec![Lane::default()];
    sop.evaluations = vec![
        Evaluation::default(),
        Evaluation {
            criteria: Criteria {
                sinergi: "ya".into(),
                ..Criteria::default()
            },
            ..Evaluation::default()
        },
    ];
    sop.monitoring = vec![MonitoringRecord::default()];
    sop.related = vec!["-".into()];
    for format in formats() {
        if let Some(problem) = roundtrip(&sop, format) {
            panic!("{problem}");
        }
    }
}
