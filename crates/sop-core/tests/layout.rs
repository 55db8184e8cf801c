//! The official layout (`layout::verify`: every text placed in full and inside its cell,
//! no overlaps or crossings) on the templates, the corpus fixtures and generated SOPs with
//! arbitrary flows, lane counts, text lengths and page sizes; and what a reviewer holds the
//! printout to: the originals' page counts, the two header rows, long dates, the NIP.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use proptest::prelude::*;
use sop_core::layout::{layout, verify, Layout, LayoutOptions, Page, Source};
use sop_core::model::{Branch, Lane, QualityStandard, Sop, Step};
use sop_core::{parse, Format};

fn check(sop: &Sop, options: &LayoutOptions) -> Layout {
    let pages = layout(sop, options);
    if let Err(e) = verify(sop, &pages) {
        panic!("{e}");
    }
    pages
}

fn corpus() -> Vec<(String, Sop)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/corpus");
    let mut out: Vec<(String, Sop)> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".sop.yaml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, parse(&text, Format::Yaml).sop)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn templates() -> Vec<(String, Sop)> {
    sop_core::templates::all()
        .map(|(name, t)| (format!("{name:?}"), parse(t, Format::Yaml).sop))
        .collect()
}

/// Every line of text on a page, in drawing order.
fn texts(page: &Page) -> Vec<&str> {
    let labels = page.edges.iter().filter_map(|e| e.label.as_ref());
    page.identity
        .iter()
        .chain(&page.header)
        .chain(page.rows.iter().flat_map(|r| &r.cells))
        .chain(labels)
        .flat_map(|c| c.lines.iter().map(|l| l.text.as_str()))
        .collect()
}

#[test]
fn templates_and_fixtures_lay_out_cleanly_on_any_page_length() {
    for (name, sop) in templates().into_iter().chain(corpus()) {
        for rows in [None, Some(1), Some(2), Some(3), Some(5)] {
            let options = LayoutOptions {
                rows_per_page: rows,
                ..LayoutOptions::default()
            };
            let pages = layout(&sop, &options);
            if let Err(e) = verify(&sop, &pages) {
                panic!("{name}, {rows:?} rows per page: {e}");
            }
        }
    }
}

#[test]
fn real_sops_take_no_more_pages_than_their_signed_originals() {
    // The originals (research/corpus/*.txt): 2 pages each, 3 for the one with 11 steps.
    let originals = [
        ("bps-bengkulu_layanan-pengaduan.sop.yaml", 2),
        ("bps-bengkulu_pengajuan-belanja-pegawai.sop.yaml", 2),
        ("bps-bengkulu_sharing-knowledge-antar-pegawai.sop.yaml", 3),
    ];
    let corpus = corpus();
    assert_eq!(corpus.len(), originals.len());
    for (name, pages) in originals {
        let (_, sop) = corpus.iter().find(|(n, _)| n == name).expect(name);
        let l = check(sop, &LayoutOptions::default());
        assert!(l.pages.len() <= pages, "{name}: {} pages", l.pages.len());
    }
    // The six templates are one identity page and one table page, like the originals.
    for (name, sop) in templates() {
        assert_eq!(
            check(&sop, &LayoutOptions::default()).pages.len(),
            2,
            "{name}"
        );
    }
}

#[test]
fn every_table_page_has_the_two_header_rows() {
    for (name, sop) in templates().into_iter().chain(corpus()) {
        let options = LayoutOptions {
            rows_per_page: Some(3),
            ..LayoutOptions::default()
        };
        let l = check(&sop, &options);
        let tables: Vec<&Page> = l.pages.iter().filter(|p| !p.rows.is_empty()).collect();
        assert!(tables.len() >= 2, "{name}");
        for page in tables {
            let heads: Vec<&str> = page
                .header
                .iter()
                .flat_map(|c| c.lines.iter().map(|l| l.text.as_str()))
                .collect();
            for want in [
                "No",
                "Pelaksana",
                "Mutu Baku",
                "Kelengkapan",
                "Waktu",
                "Output",
                "Keterangan",
            ] {
                assert!(
                    heads.contains(&want),
                    "{name} page {}: {heads:?}",
                    page.number
                );
            }
            // "Pelaksana" spans exactly the lane columns, above their names.
            let span = |text: &str| {
                page.header
                    .iter()
                    .find(|c| c.lines.iter().any(|l| l.text == text))
                    .map(|c| c.rect)
                    .unwrap()
            };
            let lanes: Vec<_> = page
                .columns
                .iter()
                .filter(|c| matches!(c.kind, sop_core::layout::ColumnKind::Lane(_)))
                .collect();
            let pelaksana = span("Pelaksana");
            assert!((pelaksana.x - lanes[0].x).abs() < 1e-3);
            assert!((pelaksana.right() - lanes.last().unwrap().right()).abs() < 1e-3);
            for lane in page.header.iter().filter(|c| {
                c.lines
                    .iter()
                    .any(|l| matches!(l.source, Some(Source::Lane(_))))
            }) {
                assert!(lane.rect.y >= pelaksana.bottom() - 1e-3, "{name}");
            }
            let mutu = span("Mutu Baku");
            assert!(span("Kelengkapan").y >= mutu.bottom() - 1e-3);
            assert!((mutu.right() - span("Output").right()).abs() < 1e-3);
            // No and Keterangan span both rows.
            assert!((span("No").h - span("Keterangan").h).abs() < 1e-3);
            assert!(span("No").h > pelaksana.h + 1.0);
        }
    }
}

#[test]
fn the_identity_prints_long_dates_and_the_nip_without_a_dot() {
    let (_, sop) = corpus()
        .into_iter()
        .find(|(n, _)| n.contains("pengaduan"))
        .unwrap();
    let l = check(&sop, &LayoutOptions::default());
    let first = texts(&l.pages[0]);
    assert!(first.contains(&"24 Februari 2025"), "{first:?}");
    assert!(first.contains(&"25 Februari 2025"), "{first:?}");
    assert!(first.contains(&"NIP 196608251988021001"), "{first:?}");
    assert!(!first
        .iter()
        .any(|t| t.contains("NIP.") || t.contains("2025-02")));
    // The instansi and unit are centred in the left cell.
    let agency = l.pages[0]
        .identity
        .iter()
        .find(|c| {
            c.lines
                .iter()
                .any(|l| l.text == "BADAN PUSAT STATISTIK PROVINSI BENGKULU")
        })
        .unwrap();
    for line in &agency.lines {
        assert_eq!(line.align, sop_core::layout::Align::Middle);
        assert!((line.x - agency.rect.cx()).abs() < 1e-3);
    }
    assert!((agency.rect.x - 10.0).abs() < 1e-3, "the left cell");
}

#[test]
fn nothing_is_cut_every_legal_basis_of_the_ten_is_printed_whole() {
    let (_, sop) = corpus()
        .into_iter()
        .find(|(n, _)| n.contains("sharing"))
        .unwrap();
    let l = check(&sop, &LayoutOptions::default());
    let all: String = l.pages.iter().flat_map(texts).collect::<Vec<_>>().join(" ");
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(sop.legal_basis.len(), 10);
    for basis in &sop.legal_basis {
        assert!(squash(&all).contains(&squash(basis)), "{basis}");
    }
    assert!(!all.contains('…'));
}

#[test]
fn a_long_box_and_a_step_taller_than_a_page_continue_on_the_next_page() {
    let mut sop = corpus().remove(0).1;
    sop.legal_basis = (1..=40)
        .map(|i| {
            format!(
                "Peraturan nomor {i} tentang {}",
                "hal yang diatur ".repeat(12)
            )
        })
        .collect();
    sop.steps[1].remarks = "catatan panjang sekali ".repeat(700);
    let l = check(&sop, &LayoutOptions::default());
    // The identity boxes run onto a second page, under their titles marked "(lanjutan)".
    assert!(texts(&l.pages[1]).contains(&"Dasar Hukum (lanjutan)"));
    // The long remark fills pages of its own, below the repeated header.
    let parts: Vec<&sop_core::layout::Row> = l
        .pages
        .iter()
        .flat_map(|p| &p.rows)
        .filter(|r| r.step == 1)
        .collect();
    assert!(parts.len() >= 3, "{} parts", parts.len());
    assert!(!parts[0].continued && parts[1..].iter().all(|r| r.continued));
    for page in l.pages.iter().filter(|p| !p.rows.is_empty()) {
        assert!(texts(page).contains(&"Mutu Baku"));
    }
}

#[test]
fn rows_are_packed_and_connectors_appear_only_at_page_breaks() {
    for (name, sop) in templates().into_iter().chain(corpus()) {
        let options = LayoutOptions {
            page_height: 150.0,
            ..LayoutOptions::default()
        };
        let l = check(&sop, &options);
        let tables: Vec<&Page> = l.pages.iter().filter(|p| !p.rows.is_empty()).collect();
        for pair in tables.windows(2) {
            let (page, next) = (pair[0], pair[1]);
            let bottom = options.page_height - options.margin;
            let last = page.rows.last().unwrap();
            let first = next.rows.first().unwrap();
            // The next page's first row (its connector band included) did not fit here.
            assert!(
                first.h > bottom - (last.y + last.h),
                "{name}: page {} ends {:.1} mm early, step {} is {:.1} mm",
                page.number,
                bottom - (last.y + last.h),
                first.step,
                first.h
            );
        }
        if tables.len() == 1 {
            assert!(tables[0].connectors.is_empty(), "{name}");
        }
    }
}

fn words(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-zA-Z]{1,14}", 0..max).prop_map(|w| w.join(" "))
}

/// Mostly ordinary text, sometimes a remark long enough to run over a page.
fn remark() -> impl Strategy<Value = String> {
    prop_oneof![9 => words(20), 1 => words(900)]
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
        remarks in remark(),
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
        (
            proptest::collection::vec(arb_step(steps, lanes), 0..steps as usize),
            proptest::collection::vec(words(60), 0..30),
            words(30),
            proptest::collection::vec(words(4), lanes..=lanes),
        )
            .prop_map(move |(steps, legal_basis, name, lane_names)| {
                let mut sop = Sop {
                    lanes: lane_names
                        .into_iter()
                        .enumerate()
                        .map(|(i, name)| Lane {
                            id: format!("l{i}"),
                            name,
                        })
                        .collect(),
                    steps,
                    legal_basis,
                    ..Sop::new_draft()
                };
                sop.identity.name = name;
                sop
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(96)
    ))]

    #[test]
    fn any_sop_lays_out_in_full_without_overlaps_or_crossings(
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

proptest! {
    /// `coord` writes what Rust's float formatter writes for the value rounded to
    /// hundredths (the SVG coordinates did not change when it stopped using it), except
    /// that a value rounding to zero from below is `0`, not `-0`.
    #[test]
    fn coordinates_are_written_as_the_float_formatter_wrote_them(v in -50_000.0f32..50_000.0) {
        let rounded = (v * 100.0).round() / 100.0;
        let float = format!("{rounded}");
        let expected = if float == "-0" { "0".to_string() } else { float };
        prop_assert_eq!(sop_core::layout::coord(v), expected);
    }
}
