//! Import and export without a browser: format by extension, size limit, line and column of
//! findings, export → import round trip, the corpus fixtures' expected codes. Runs natively
//! (`cargo test -p sop-web`) and in Chromium (`make test-wasm`).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use sop_core::{CheckOptions, Date, Format, Lang, Sop};
use sop_web::io::{
    aside_file_name, export_file_name, export_text, import_bytes, slugify, ExportFormat,
    ImportError, MAX_BYTES,
};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    }
}

fn templates() -> Vec<Sop> {
    sop_core::templates::all()
        .map(|(_, text)| sop_core::parse(text, Format::Yaml).sop)
        .collect()
}

#[test]
fn export_then_import_gives_an_equal_model() {
    for sop in templates() {
        for format in [ExportFormat::Yaml, ExportFormat::Json] {
            let text = export_text(&sop, format).unwrap();
            let name = export_file_name(&sop, format);
            assert!(name.ends_with(format.extension()), "{name}");
            let imported = import_bytes(&name, text.as_bytes(), &options()).unwrap();
            assert!(!imported.failed, "{name}: {:?}", imported.findings);
            assert_eq!(imported.sop(), &sop, "{name}");
            assert!(
                imported.parsed.diagnostics.is_empty(),
                "{name}: no reading problems in what we wrote: {:?}",
                imported.parsed.diagnostics
            );
        }
    }
}

#[test]
fn a_broken_yaml_file_reports_line_and_column() {
    let text = "format: sop/1\nidentitas:\n  nama: \"tidak ditutup\n  nomor: 1\n";
    let imported = import_bytes("rusak.sop.yaml", text.as_bytes(), &options()).unwrap();
    assert!(imported.failed);
    let first = &imported.findings[0];
    assert_eq!(first.diagnostic.code(), "SOP001");
    let at = first.position.expect("a position");
    assert!(at.line >= 3, "{at:?}");
    let line = first.line(Lang::Id);
    assert!(line.starts_with("SOP001 · baris "), "{line}");
    assert!(line.contains(", kolom "), "{line}");
    assert!(
        first.line(Lang::En).contains("line "),
        "{}",
        first.line(Lang::En)
    );
}

#[test]
fn findings_of_a_readable_file_have_positions() {
    let text = "format: sop/1\nkategori: pelayanan\nidentitas:\n  nama: Contoh\n  warna: biru\n";
    let imported = import_bytes("contoh.sop.yml", text.as_bytes(), &options()).unwrap();
    assert!(!imported.failed);
    assert_eq!(imported.sop().identity.name, "Contoh");
    let unknown = imported
        .findings
        .iter()
        .find(|f| f.diagnostic.code() == "SOP003")
        .expect("the unknown key is reported");
    let at = unknown.position.expect("position");
    assert_eq!((at.line, at.column), (5, 3));
}

#[test]
fn invalid_utf8_is_a_finding_not_a_crash() {
    let bytes = b"format: sop/1\nidentitas:\n  nama: \xff\xfe\n";
    let imported = import_bytes("x.sop.yaml", bytes, &options()).unwrap();
    assert!(imported.failed);
    assert_eq!(imported.findings[0].diagnostic.code(), "SOP001");
    assert_eq!(imported.findings[0].position.unwrap().line, 3);
}

#[test]
fn wrong_type_and_too_large_are_refused_with_a_message() {
    let err = import_bytes("catatan.txt", b"hello", &options()).unwrap_err();
    assert!(matches!(err, ImportError::UnsupportedType { .. }));
    assert!(err.message(Lang::Id).contains("bukan berkas SOP"));
    let big = vec![b' '; MAX_BYTES + 1];
    let err = import_bytes("besar.sop.yaml", &big, &options()).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }));
    assert!(
        err.message(Lang::Id).contains("terlalu besar"),
        "{}",
        err.message(Lang::Id)
    );
    assert!(err.message(Lang::En).contains("too large"));
}

#[test]
fn file_names() {
    assert_eq!(
        slugify("Pelayanan Informasi Publik"),
        "pelayanan-informasi-publik"
    );
    assert_eq!(
        slugify("  SOP: Pengaduan / Keluhan (2025) "),
        "sop-pengaduan-keluhan-2025"
    );
    assert_eq!(slugify("Évaluasi"), "evaluasi");
    assert_eq!(slugify(""), "sop");
    assert_eq!(slugify("<script>"), "script");
    assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
    assert!(slugify(&"a".repeat(500)).len() <= 60);
    let mut sop = Sop::new_draft();
    assert_eq!(export_file_name(&sop, ExportFormat::Yaml), "sop.sop.yaml");
    sop.identity.name = "Layanan Pengaduan".into();
    assert_eq!(
        export_file_name(&sop, ExportFormat::Json),
        "layanan-pengaduan.sop.json"
    );
    assert_eq!(
        aside_file_name("sopcheck:v1:aside:abc:1700000000000", "{\"a\":1}"),
        "draf-disisihkan-abc-1700000000000.json"
    );
    assert_eq!(
        aside_file_name("sopcheck:v1:aside:abc:1700000000000", "{ broken"),
        "draf-disisihkan-abc-1700000000000.txt"
    );
}

/// The corpus fixtures: every `must` code is among the findings, no `must_not` code is.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn corpus_fixtures_give_their_expected_codes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".sop.yaml") {
            continue;
        }
        let expect_path = dir.join(name.replace(".sop.yaml", ".expect.json"));
        let expect: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(expect_path).unwrap()).unwrap();
        let imported = import_bytes(&name, &std::fs::read(&path).unwrap(), &options()).unwrap();
        let codes: Vec<&str> = imported
            .findings
            .iter()
            .map(|f| f.diagnostic.code())
            .collect();
        for code in expect["must"].as_array().unwrap() {
            assert!(
                codes.contains(&code.as_str().unwrap()),
                "{name}: {code} missing"
            );
        }
        for code in expect["must_not"].as_array().unwrap() {
            assert!(
                !codes.contains(&code.as_str().unwrap()),
                "{name}: {code} present"
            );
        }
        assert!(
            imported.findings.iter().all(|f| f.position.is_some()),
            "{name}"
        );
        seen += 1;
    }
    assert!(seen >= 3, "only {seen} fixtures");
}

/// TOML is not in the browser build: a `.sop.toml` file is SOP001 "toml-unsupported".
#[cfg(target_arch = "wasm32")]
#[test]
fn toml_is_refused_in_the_browser_build() {
    let imported = import_bytes("a.sop.toml", b"format = \"sop/1\"\n", &options()).unwrap();
    assert!(imported.failed);
    assert_eq!(imported.findings[0].diagnostic.code(), "SOP001");
    assert!(imported.findings[0]
        .diagnostic
        .is(&sop_core::rules::format::parse_error::TOML_UNSUPPORTED));
    assert!(imported.findings[0].message(Lang::Id).contains("TOML"));
}
