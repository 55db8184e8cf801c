//! Geometry invariants of the official layout (`layout::verify`) on the templates, the
//! corpus fixtures, and generated SOPs with arbitrary flows, lane counts, text lengths and
//! page sizes.

use proptest::prelude::*;
use sop_core::layout::{layout, verify, LayoutOptions};
use sop_core::model::{Branch, Lane, QualityStandard, Sop, Step};
use sop_core::{parse, Format};

fn check(sop: &Sop, options: &LayoutOptions) {
    let pages = layout(sop, options);
    if let Err(e) = verify(sop, &pages) {
        panic!("{e}");
    }
}

#[test]
fn templates_and_fixtures_lay_out_cleanly_on_any_page_length() {
    let fixtures = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/corpus"
    ))
    .expect("fixtures")
    .filter_map(Result::ok)
    .map(|e| e.path())
    .filter(|p| p.to_string_lossy().ends_with(".sop.yaml"))
    .map(|p| std::fs::read_to_string(p).expect("readable"));
    let templates = sop_core::templates::all().map(|(_, t)| t.to_string());
    for text in templates.chain(fixtures) {
        let sop = parse(&text, Format::Yaml).sop;
        for rows in [None, Some(1), Some(2), Some(3), Some(5)] {
            check(
                &sop,
                &LayoutOptions {
                    rows_per_page: rows,
                    ..LayoutOptions::default()
                },
            );
        }
    }
}

fn words(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-zA-Z]{1,14}", 0..max).prop_map(|w| w.join(" "))
}

prop_compose! {
    fn arb_step(steps: u32, lanes: usize)(
        number in prop::option::weighted(0.95, 1..=steps + 2),
        description in words(40),
        performers in proptest::collection::vec(0..lanes + 1, 0..3),
        symbol in prop::sample::select(vec!["mulai", "proses", "keputusan", "selesai", "", "aneh"]),
        next in prop::option::weighted(0.2, 0..=steps + 2),
        branches in proptest::collection::vec((words(3), prop::option::of(0..=steps + 2)), 0..3),
        time in words(3),
        remarks in words(20),
    ) -> Step {
        Step {
            number,
            description,
            performers: performers.into_iter().map(|i| format!("l{i}")).collect(),
            symbol: symbol.to_string(),
            branches: branches.into_iter().map(|(label, target)| Branch { label, target }).collect(),
            next,
            quality: QualityStandard { requirements: String::new(), time, output: String::new() },
            remarks,
        }
    }
}

fn arb_sop() -> impl Strategy<Value = Sop> {
    (1usize..7, 1u32..40).prop_flat_map(|(lanes, steps)| {
        proptest::collection::vec(arb_step(steps, lanes), 0..steps as usize).prop_map(
            move |steps| Sop {
                lanes: (0..lanes)
                    .map(|i| Lane {
                        id: format!("l{i}"),
                        name: format!("Pelaksana {i}"),
                    })
                    .collect(),
                steps,
                ..Sop::new_draft()
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(96)
    ))]

    #[test]
    fn any_flow_lays_out_without_overlaps_or_crossings(
        sop in arb_sop(),
        rows in prop::option::of(1usize..8),
        height in prop::sample::select(vec![210.0f32, 297.0, 140.0]),
    ) {
        let options = LayoutOptions { rows_per_page: rows, page_height: height, ..LayoutOptions::default() };
        let pages = layout(&sop, &options);
        prop_assert!(verify(&sop, &pages).is_ok(), "{:?}", verify(&sop, &pages));
        // Deterministic.
        prop_assert_eq!(pages, layout(&sop, &options));
    }
}

/// Inputs the fuzzer (`make fuzz`) found, kept as regression tests.
#[test]
fn fuzz_regressions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fuzz");
    for entry in std::fs::read_dir(dir).expect("fuzz regressions") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
        for format in [Format::Yaml, Format::Json, Format::Toml] {
            let (_, parsed) = sop_core::parse_bytes(&bytes, format, sop_core::Limits::default());
            let _ = sop_core::check_parsed(&parsed, &sop_core::CheckOptions::default());
            check(&parsed.sop, &LayoutOptions::default());
        }
    }
}
