//! The hostile-input corpus (`tests/hostile/` at the repository root): every case gives
//! its expected findings quickly, and nothing panics.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sop_core::{check_parsed, parse_bytes, parse_with_limits, CheckOptions, Format, Limits};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile")
}

#[test]
fn every_hostile_case_gives_its_findings() {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(corpus().join("cases.json")).expect("cases.json is readable"),
    )
    .expect("cases.json is JSON");
    let cases = manifest["cases"].as_array().expect("a list of cases");
    assert!(cases.len() >= 15);
    for case in cases {
        let file = case["file"].as_str().expect("file name");
        let bytes = std::fs::read(corpus().join(file)).expect("case file is readable");
        let format = Format::from_extension(file).expect("a known extension");
        let started = Instant::now();
        let (_, parsed) = parse_bytes(&bytes, format, Limits::default());
        let report = check_parsed(&parsed, &CheckOptions::default());
        let took = started.elapsed();
        assert!(took < Duration::from_secs(1), "{file} took {took:?}");
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code()).collect();
        for code in case["must"].as_array().expect("must") {
            let code = code.as_str().expect("code");
            assert!(
                codes.contains(&code),
                "{file}: expected {code}, got {codes:?}"
            );
        }
        for code in case["must_not"].as_array().expect("must_not") {
            let code = code.as_str().expect("code");
            assert!(!codes.contains(&code), "{file}: unexpected {code}");
        }
        assert_eq!(
            parsed.failed,
            case["unreadable"].as_bool() == Some(true),
            "{file}"
        );
        // Every finding can be shown: a message in both languages and, where the file
        // could be read, a place.
        for d in &report.diagnostics {
            for lang in sop_core::Lang::ALL {
                assert!(!d.message(lang).message.is_empty(), "{file}: {}", d.code());
            }
        }
    }
}

#[test]
fn a_duplicate_key_names_both_places() {
    let bytes = std::fs::read(corpus().join("duplicate-key.sop.yaml")).expect("readable");
    let (_, parsed) = parse_bytes(&bytes, Format::Yaml, Limits::default());
    let d = parsed
        .diagnostics
        .iter()
        .find(|d| d.code() == "SOP001")
        .expect("SOP001");
    let text = d.message(sop_core::Lang::En).message;
    assert!(text.contains("line 3"), "{text}");
    assert_eq!(parsed.sop.identity.name, "Satu");
    // The finding is placed on the second `nama`, line 4.
    let span = d.span.expect("a span");
    let text = String::from_utf8(bytes).expect("utf8");
    assert_eq!(sop_core::LineIndex::new(&text).position(span.start).line, 4);
}

#[test]
fn crlf_and_bom_keep_exact_positions() {
    for file in ["crlf.sop.yaml", "bom.sop.yaml"] {
        let bytes = std::fs::read(corpus().join(file)).expect("readable");
        let (text, parsed) = parse_bytes(&bytes, Format::Yaml, Limits::default());
        let d = parsed
            .diagnostics
            .iter()
            .find(|d| d.code() == "SOP003")
            .expect("SOP003");
        let span = d.span.expect("span");
        assert_eq!(&text[span.start..span.end], "tanggal_efektf", "{file}");
        let pos = sop_core::LineIndex::new(&text).position(span.start);
        assert_eq!((pos.line, pos.column), (4, 3), "{file}");
    }
}

fn many_steps(n: usize) -> String {
    let mut text = String::from("format: sop/1\npelaksana: [{id: a, nama: Petugas}]\nkegiatan:\n");
    for i in 1..=n {
        let symbol = match i {
            1 => "mulai",
            _ if i == n => "selesai",
            _ => "proses",
        };
        text.push_str(&format!(
            "  - nomor: {i}\n    uraian: Mengerjakan bagian {i}\n    pelaksana: a\n    simbol: {symbol}\n    mutu_baku: {{kelengkapan: Berkas, waktu: 5 menit, output: Hasil}}\n"
        ));
    }
    text
}

#[test]
fn a_hundred_thousand_steps_are_checked_without_a_hang() {
    let text = many_steps(100_000);
    let limits = Limits {
        max_bytes: 20 * 1024 * 1024,
        ..Limits::default()
    };
    let started = Instant::now();
    let parsed = parse_with_limits(&text, Format::Yaml, limits);
    assert!(!parsed.failed);
    assert_eq!(parsed.sop.steps.len(), 100_000);
    let report = check_parsed(&parsed, &CheckOptions::default());
    assert!(report.diagnostics.iter().all(|d| d.code() != "SOP305"));
    let layout = sop_core::layout::layout(&parsed.sop, &Default::default());
    assert!(layout.pages.len() > 1000);
    // Generous for a debug build on a loaded machine; release takes about 1.5 s.
    assert!(started.elapsed() < Duration::from_secs(120));
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let text = "#".repeat(6 * 1024 * 1024);
    let started = Instant::now();
    let parsed = parse_with_limits(&text, Format::Yaml, Limits::default());
    assert!(parsed.failed);
    assert!(parsed.diagnostics[0].is(&sop_core::rules::format::parse_error::TOO_LARGE));
    assert!(started.elapsed() < Duration::from_millis(100));
}
