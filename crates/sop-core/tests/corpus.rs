//! Held-out acceptance cases: real signed SOPs converted to format v1
//! (`tests/fixtures/corpus/*.sop.yaml` at the repository root). Each `*.expect.json` lists
//! the codes that must be reported (`must`) and the codes that would be false positives
//! (`must_not`) when checked with today = 2026-11-27 and no profile.

#![cfg(not(target_arch = "wasm32"))]
// Helpers of a test crate may panic like the tests they serve (clippy.toml allows it in tests).
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sop_core::{check_source, CheckOptions, Date, Format, Lang};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus")
}

fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        ..CheckOptions::default()
    }
}

struct Case {
    name: String,
    text: String,
    must: Vec<String>,
    must_not: Vec<String>,
}

fn codes(expect: &Value, key: &str, file: &str) -> Vec<String> {
    expect
        .get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{file}: `{key}` is not a list"))
        .iter()
        .map(|c| {
            c.as_str()
                .unwrap_or_else(|| panic!("{file}: `{key}` holds a non-string"))
                .to_string()
        })
        .collect()
}

fn cases() -> Vec<Case> {
    let dir = corpus_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter_map(|n| n.strip_suffix(".sop.yaml").map(str::to_string))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.sop.yaml")))
                .expect("fixture readable");
            let expect_file = format!("{name}.expect.json");
            let raw = std::fs::read_to_string(dir.join(&expect_file))
                .unwrap_or_else(|e| panic!("{expect_file}: {e}"));
            let expect: Value = serde_json::from_str(&raw).expect("expect.json is JSON");
            Case {
                must: codes(&expect, "must", &expect_file),
                must_not: codes(&expect, "must_not", &expect_file),
                name,
                text,
            }
        })
        .collect()
}

#[test]
fn the_corpus_is_present() {
    assert!(
        cases().len() >= 3,
        "expected the three BPS Bengkulu fixtures"
    );
}

#[test]
fn every_corpus_file_reports_its_must_codes_and_none_of_its_must_not_codes() {
    let mut failures = Vec::new();
    for case in cases() {
        let (parsed, report) = check_source(&case.text, Format::Yaml, &options());
        assert!(!parsed.failed, "{} does not parse", case.name);
        let reported: BTreeSet<&str> = report.diagnostics.iter().map(|d| d.code()).collect();
        let missing: Vec<&str> = case
            .must
            .iter()
            .map(String::as_str)
            .filter(|c| !reported.contains(c))
            .collect();
        let false_positives: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| case.must_not.iter().any(|c| c == d.code()))
            .map(|d| {
                format!(
                    "{} {} — {}",
                    d.code(),
                    d.pointer,
                    d.message(Lang::En).message
                )
            })
            .collect();
        if !missing.is_empty() || !false_positives.is_empty() {
            failures.push(format!(
                "{}:\n  missing (must): {missing:?}\n  false positives (must_not): {false_positives:#?}",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn must_and_must_not_do_not_overlap() {
    for case in cases() {
        let must: BTreeSet<&String> = case.must.iter().collect();
        for code in &case.must_not {
            assert!(!must.contains(code), "{}: {code} in both lists", case.name);
        }
    }
}

/// The fixtures are a copy of the shared ones; when the shared directory is next to the
/// repository (as on the build machines), the copy must not have drifted from it.
#[test]
fn the_copy_matches_the_shared_fixtures_when_they_are_present() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/corpus");
    let Ok(entries) = std::fs::read_dir(&shared) else {
        return;
    };
    for entry in entries {
        let entry = entry.expect("readable entry");
        let name = entry.file_name();
        let ours = corpus_dir().join(&name);
        let theirs = std::fs::read(entry.path()).expect("shared fixture readable");
        let copy = std::fs::read(&ours).unwrap_or_else(|e| {
            panic!("{} missing from tests/fixtures/corpus: {e}", ours.display())
        });
        assert!(
            theirs == copy,
            "{} differs from the shared fixture",
            ours.display()
        );
    }
}
