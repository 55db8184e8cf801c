//! The shared corpus (real signed SOPs, transcribed; `tests/fixtures/corpus` at the
//! repository root, a copy of `shared/fixtures/corpus`): checked through the binary with
//! `--format json --today 2026-11-27`, each gives its `must` codes and none of its
//! `must_not` codes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

#[test]
fn corpus_fixtures_give_their_expected_codes() {
    let dir = common::corpus();
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expect.json"))
        .collect();
    entries.sort();
    for expect_path in entries {
        let expect: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&expect_path).unwrap()).unwrap();
        let name = expect_path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".expect.json", ".sop.yaml");
        let out = common::run_in(
            &dir,
            &["check", "--format", "json", "--today", "2026-11-27", &name],
            &[],
            None,
        );
        assert!(
            out.code == 0 || out.code == 1,
            "{name}: exit {} {}",
            out.code,
            out.stderr
        );
        let report = out.json();
        let found: BTreeSet<String> = common::codes(&report).into_iter().collect();
        let list = |key: &str| -> Vec<String> {
            expect[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect()
        };
        for code in list("must") {
            if !found.contains(&code) {
                problems.push(format!("{name}: {code} expected, not reported"));
            }
        }
        for code in list("must_not") {
            if found.contains(&code) {
                problems.push(format!("{name}: {code} reported, must not be"));
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 3, "the three corpus fixtures");
    assert!(problems.is_empty(), "{problems:#?}");
}
