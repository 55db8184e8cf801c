//! The hostile-input corpus through the binary (issue 8): every case ends with exit 1
//! (findings) — never a signal, a hang or a crash — in every output format, and reports
//! its expected codes.

mod common;

use std::path::Path;

use common::{codes, run_in};

fn hostile() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile")
}

#[test]
fn every_hostile_file_is_a_finding_not_a_crash() {
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(hostile().join("cases.json")).unwrap())
            .unwrap();
    for case in manifest["cases"].as_array().unwrap() {
        let file = case["file"].as_str().unwrap();
        for format in ["json", "text", "github", "sarif", "junit"] {
            let out = run_in(
                &hostile(),
                &["check", "--format", format, "--today", "2026-11-27", file],
                &[],
                None,
            );
            assert_eq!(
                out.code, 1,
                "{file} --format {format}: {}{}",
                out.stdout, out.stderr
            );
            if format == "json" {
                let found = codes(&out.json());
                for code in case["must"].as_array().unwrap() {
                    let code = code.as_str().unwrap();
                    assert!(
                        found.iter().any(|c| c == code),
                        "{file}: {code} missing in {found:?}"
                    );
                }
                for code in case["must_not"].as_array().unwrap() {
                    let code = code.as_str().unwrap();
                    assert!(
                        !found.iter().any(|c| c == code),
                        "{file}: unexpected {code}"
                    );
                }
            }
        }
    }
}

#[test]
fn an_oversized_file_is_refused_and_the_limit_can_be_raised() {
    let dir = tempfile::tempdir().unwrap();
    let big = "# padding\n".repeat(700_000);
    std::fs::write(
        dir.path().join("big.sop.yaml"),
        format!("format: sop/1\n{big}"),
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--format", "json", "big.sop.yaml"],
        &[],
        None,
    );
    assert_eq!(out.code, 1);
    assert_eq!(codes(&out.json()), ["SOP001"]);
    let out = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--max-file-size",
            "10MB",
            "big.sop.yaml",
        ],
        &[],
        None,
    );
    assert!(
        !codes(&out.json()).contains(&"SOP001".to_string()),
        "{}",
        out.stdout
    );
}
