//! `sopcheck check`: discovery, every output format, every exit code, configuration.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{codes, Scratch};
use insta::assert_snapshot;

const TODAY: &str = "--today=2026-11-27";

// ------------------------------------------------------------------ text and exit codes

#[test]
fn complete_file_passes_with_exit_0() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let out = s.run(&["check", TODAY]);
    assert_snapshot!("complete_text", out.snap());
}

#[test]
fn findings_give_exit_1_and_rustc_style_text() {
    let s = Scratch::with(&["decision.sop.yaml"]);
    let out = s.run(&["check", TODAY, "decision.sop.yaml"]);
    assert_eq!(out.code, 1);
    assert_snapshot!("decision_text_id", out.snap());
}

#[test]
fn unknown_key_says_did_you_mean_in_english() {
    let s = Scratch::with(&["unknown-key.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--lang", "en"]);
    assert_eq!(out.code, 1);
    assert!(out
        .stdout
        .contains("warning[SOP003]: Unknown key `tanggal_efektf`"));
    assert!(out
        .stdout
        .contains("= help: Did you mean `tanggal_efektif`?"));
    assert!(out.stdout.contains("--> unknown-key.sop.yaml:13:3"));
    assert_snapshot!("unknown_key_text_en", out.snap());
}

#[test]
fn language_comes_from_lc_all_then_lang() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let en = s.run_with(&["check", TODAY], &[("LANG", "en_US.UTF-8")], None);
    assert!(
        en.stdout.contains("1 file checked: 1 complete"),
        "{}",
        en.stdout
    );
    let id = s.run_with(
        &["check", TODAY],
        &[("LANG", "en_US.UTF-8"), ("LC_ALL", "id_ID.UTF-8")],
        None,
    );
    assert!(
        id.stdout.contains("1 berkas diperiksa: 1 lengkap"),
        "{}",
        id.stdout
    );
    let posix = s.run_with(&["check", TODAY], &[("LANG", "C.UTF-8")], None);
    assert!(
        posix.stdout.contains("berkas diperiksa"),
        "{}",
        posix.stdout
    );
    let flag = s.run_with(
        &["check", TODAY, "--lang", "id"],
        &[("LANG", "en_US.UTF-8")],
        None,
    );
    assert!(flag.stdout.contains("berkas diperiksa"), "{}", flag.stdout);
}

#[test]
fn fail_level_warning_fails_on_warnings() {
    let s = Scratch::with(&["warning-only.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "json"]);
    assert_eq!(codes(&out.json()), ["SOP205"]);
    assert_eq!(out.code, 0, "warnings alone do not fail by default");
    let out = s.run(&["check", TODAY, "--fail-level", "warning"]);
    assert_eq!(out.code, 1);
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let s = Scratch::with(&["decision.sop.yaml"]);
    let plain = s.run(&["check", TODAY]);
    assert!(
        !plain.stdout.contains('\u{1b}'),
        "not a terminal: no colour"
    );
    let forced = s.run_with(&["check", TODAY], &[("FORCE_COLOR", "1")], None);
    assert!(forced.stdout.contains("\u{1b}["), "FORCE_COLOR colours");
    let no_color = s.run_with(
        &["check", TODAY],
        &[("FORCE_COLOR", "1"), ("NO_COLOR", "1")],
        None,
    );
    assert!(!no_color.stdout.contains('\u{1b}'));
    let flag = s.run_with(
        &["check", TODAY, "--no-color"],
        &[("FORCE_COLOR", "1")],
        None,
    );
    assert!(!flag.stdout.contains('\u{1b}'));
}

// ------------------------------------------------------------------ discovery

#[test]
fn directory_without_sop_files_says_so_and_exits_0() {
    let s = Scratch::new();
    s.write("README.md", "# nothing here\n");
    s.write("data.yaml", "a: 1\n");
    let out = s.run(&["check", TODAY]);
    assert_snapshot!("empty_dir_text", out.snap());
    let out = s.run(&["check", TODAY, "--format", "json", "--lang", "en"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.json()["files"], serde_json::json!([]));
    assert!(
        out.stderr.contains("warning: no SOP files"),
        "{}",
        out.stderr
    );
}

#[test]
fn recursive_discovery_honours_gitignore_and_sorts_by_path() {
    let s = Scratch::new();
    s.copy("complete.sop.yaml", "sop/b/layanan.sop.yaml");
    s.copy("complete.sop.json", "sop/a.sop.json");
    s.copy("complete.sop.toml", "sop/c.sop.toml");
    s.copy("complete.sop.yaml", "sop/d.sop.yml");
    s.copy("decision.sop.yaml", "arsip/old.sop.yaml");
    s.copy("decision.sop.yaml", "sop/.hidden/x.sop.yaml");
    s.copy("decision.sop.yaml", "sop/not-an-sop.yaml");
    s.write(".gitignore", "arsip/\n");
    let out = s.run(&["check", TODAY, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    let paths: Vec<String> = out.json()["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "sop/a.sop.json",
            "sop/b/layanan.sop.yaml",
            "sop/c.sop.toml",
            "sop/d.sop.yml"
        ]
    );
}

#[test]
fn explicit_files_are_checked_whatever_their_name() {
    let s = Scratch::new();
    s.copy("decision.sop.yaml", "drafts/ppid.yaml");
    let dir = s.run(&["check", TODAY, "drafts"]);
    assert_eq!(dir.code, 0, "a directory picks up *.sop.* files only");
    let out = s.run(&["check", TODAY, "--format", "json", "drafts/ppid.yaml"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.json()["files"][0]["path"], "drafts/ppid.yaml");
    assert!(codes(&out.json()).contains(&"SOP403".to_string()));
}

#[test]
fn unreadable_path_is_exit_2_with_a_message() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let out = s.run(&["check", TODAY, "complete.sop.yaml", "missing.sop.yaml"]);
    assert_snapshot!("unreadable_path", out.snap());
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.sop.yaml", s.path().join("dangling.sop.yaml")).unwrap();
        let out = s.run(&["check", TODAY, "--lang", "en", "dangling.sop.yaml"]);
        assert_eq!(out.code, 2);
        assert_eq!(
            out.stderr,
            "error: dangling.sop.yaml: cannot be read: not found\n"
        );
    }
}

#[test]
fn stdin_is_read_with_its_format() {
    let s = Scratch::new();
    let yaml = std::fs::read_to_string(common::fixtures().join("decision.sop.yaml")).unwrap();
    let out = s.run_with(&["check", TODAY, "--format", "json", "-"], &[], Some(&yaml));
    assert_eq!(out.code, 1);
    let report = out.json();
    assert_eq!(report["files"][0]["path"], "-");
    assert!(codes(&report).contains(&"SOP403".to_string()));

    let json = std::fs::read_to_string(common::fixtures().join("complete.sop.json")).unwrap();
    let out = s.run_with(
        &["check", TODAY, "--stdin-format", "json", "-"],
        &[],
        Some(&json),
    );
    assert_eq!(out.code, 0, "{}", out.stdout);
    let out = s.run_with(
        &["check", TODAY, "-"],
        &[],
        Some("format: sop/1\nidentitas: {nama: [\n"),
    );
    assert_snapshot!("stdin_syntax_error", out.snap());
}

/// DESIGN §3: a `.sop.json` is JSON as RFC 8259 defines it. What the YAML reader would
/// forgive is SOP001 at its line and column, from a file and from standard input.
#[test]
fn json_is_read_strictly_with_line_and_column() {
    let s = Scratch::new();
    let cases = [
        (
            "trailing-comma",
            "{\n  \"format\": \"sop/1\",\n}\n",
            2,
            20,
            "trailing comma",
        ),
        (
            "single-quotes",
            "{\n  'format': 'sop/1'\n}\n",
            2,
            3,
            "double quotes",
        ),
        (
            "hash-comment",
            "# SOP\n{\"format\": \"sop/1\"}\n",
            1,
            1,
            "comments",
        ),
        (
            "slash-comment",
            "{\n  // draf\n  \"format\": \"sop/1\"\n}\n",
            2,
            3,
            "comments",
        ),
        (
            "nan",
            "{\"format\": \"sop/1\", \"kegiatan\": [{\"nomor\": NaN}]}",
            1,
            44,
            "NaN",
        ),
    ];
    for (name, text, line, column, words) in cases {
        let file = format!("{name}.sop.json");
        s.write(&file, text);
        for out in [
            s.run(&["check", TODAY, "--format", "json", &file]),
            s.run_with(
                &[
                    "check",
                    TODAY,
                    "--format",
                    "json",
                    "--stdin-format",
                    "json",
                    "-",
                ],
                &[],
                Some(text),
            ),
        ] {
            assert_eq!(out.code, 1, "{name}: {}", out.stderr);
            let report = out.json();
            let d = &report["files"][0]["diagnostics"][0];
            assert_eq!(d["code"], "SOP001", "{name}: {d}");
            assert_eq!(
                (d["line"].as_u64(), d["column"].as_u64()),
                (Some(line), Some(column)),
                "{name}: {d}"
            );
            assert!(
                d["message"].as_str().unwrap().contains(words),
                "{name}: {d}"
            );
        }
    }
    // The same text is fine as YAML: the strictness is JSON's, not the reader's.
    s.write("trailing-comma.sop.yaml", cases[0].1);
    let out = s.run(&[
        "check",
        TODAY,
        "--format",
        "json",
        "trailing-comma.sop.yaml",
    ]);
    assert!(
        !codes(&out.json()).contains(&"SOP001".to_string()),
        "{}",
        out.stdout
    );
}

#[test]
fn syntax_errors_point_at_their_line_and_column() {
    let s = Scratch::with(&["syntax-error.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "json"]);
    assert_eq!(
        out.code, 1,
        "a file that cannot be parsed is a finding, not a crash"
    );
    let d = &out.json()["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "SOP001");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(3), Some(18))
    );
    let text = s.run(&["check", TODAY]);
    assert!(
        text.stdout.contains("--> syntax-error.sop.yaml:3:18"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("3 |   nama: Pelayanan: Informasi"),
        "{}",
        text.stdout
    );
}

#[test]
fn max_file_size_turns_big_files_into_sop001() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let out = s.run(&[
        "check",
        TODAY,
        "--format",
        "json",
        "--lang",
        "en",
        "--max-file-size",
        "1K",
    ]);
    assert_eq!(out.code, 1);
    let d = &out.json()["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "SOP001");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("over the limit of 1024 bytes"),
        "{d}"
    );
    let yaml = s.read("complete.sop.yaml");
    let out = s.run_with(
        &[
            "check",
            TODAY,
            "--format",
            "json",
            "--max-file-size",
            "100",
            "-",
        ],
        &[],
        Some(&yaml),
    );
    assert_eq!(codes(&out.json()), ["SOP001"]);
    let out = s.run(&["check", TODAY, "--max-file-size", "5 parsecs"]);
    assert_eq!(out.code, 2);
}

#[test]
fn usage_errors_are_exit_2() {
    let s = Scratch::new();
    assert_eq!(s.run(&["check", "--format", "xml"]).code, 2);
    assert_eq!(s.run(&["check", "--today", "27-11-2026"]).code, 2);
    assert_eq!(s.run(&["check", "--bogus"]).code, 2);
    assert_eq!(s.run(&[]).code, 2);
    let help = s.run(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("check"));
    let version = s.run(&["--version"]);
    assert_eq!(
        version.stdout,
        format!("sopcheck {}\n", env!("CARGO_PKG_VERSION"))
    );
}

// ------------------------------------------------------------------ json

#[test]
fn json_has_the_documented_shape() {
    let s = Scratch::with(&["decision.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "json"]);
    assert_eq!(out.code, 1);
    let report = out.json();
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let mut top = keys(&report);
    top.sort();
    assert_eq!(top, ["files", "schema", "summary", "tool", "version"]);
    assert_eq!(report["tool"], "sopcheck");
    assert_eq!(report["schema"], 1);
    let file = &report["files"][0];
    let mut file_keys = keys(file);
    file_keys.sort();
    assert_eq!(file_keys, ["checklist", "complete", "diagnostics", "path"]);
    assert_eq!(file["checklist"].as_array().unwrap().len(), 12);
    for d in file["diagnostics"].as_array().unwrap() {
        let mut k = keys(d);
        k.sort();
        assert_eq!(
            k,
            [
                "code",
                "column",
                "end_column",
                "end_line",
                "help",
                "line",
                "message",
                "name",
                "pointer",
                "severity"
            ]
        );
    }
    let mut summary = keys(&report["summary"]);
    summary.sort();
    assert_eq!(
        summary,
        ["complete", "errors", "files", "infos", "warnings"]
    );
    assert_snapshot!("decision_json", out.snap());
}

// ------------------------------------------------------------------ github

#[test]
fn github_commands_and_step_summary() {
    let s = Scratch::with(&["decision.sop.yaml", "complete.sop.yaml"]);
    let summary = s.path().join("summary.md");
    let summary_path = summary.to_str().unwrap();
    let out = s.run_with(
        &["check", TODAY, "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary_path)],
        None,
    );
    assert_eq!(out.code, 1);
    assert_snapshot!("decision_github", out.snap());
    assert_snapshot!("decision_github_step_summary", s.read("summary.md"));
}

#[test]
fn github_escapes_percent_colon_comma_and_newlines() {
    let s = Scratch::new();
    s.copy("complete.sop.yaml", "a,b:c%d.sop.yaml");
    let mut doc = s.read("a,b:c%d.sop.yaml");
    doc.push_str("\"50%\\nbaru\": x\n");
    s.write("a,b:c%d.sop.yaml", &doc);
    let out = s.run(&[
        "check",
        TODAY,
        "--format",
        "github",
        "--fail-level",
        "warning",
    ]);
    assert_eq!(out.code, 1);
    let line = out.stdout.lines().find(|l| l.contains("SOP003")).unwrap();
    assert!(
        line.starts_with("::warning file=a%2Cb%3Ac%25d.sop.yaml,line=68,col=1,endLine=68,endColumn=12,title=sopcheck (SOP003)::"),
        "{line}"
    );
    assert!(line.contains("`50%25%0Abaru`"), "{line}");
    assert_eq!(
        out.stdout.lines().count(),
        1,
        "one command per finding, nothing else"
    );
}

// ------------------------------------------------------------------ sarif

fn object_has<'a>(v: &'a serde_json::Value, key: &str, at: &str) -> &'a serde_json::Value {
    v.get(key)
        .unwrap_or_else(|| panic!("SARIF: `{at}` lacks required `{key}`"))
}

/// The properties SARIF 2.1.0 (OASIS schema `sarif-schema-2.1.0.json`) marks required for
/// what we emit: sarifLog{version, runs}, run{tool}, tool{driver}, toolComponent{name},
/// reportingDescriptor{id}, result{message}, message{text|id}, region start line ≥ 1,
/// artifactLocation{uri}; plus the enums and GitHub's expectations.
fn assert_valid_sarif(log: &serde_json::Value) {
    assert_eq!(object_has(log, "version", "sarifLog"), "2.1.0");
    assert!(object_has(log, "$schema", "sarifLog")
        .as_str()
        .unwrap()
        .contains("sarif-2.1.0"));
    let runs = object_has(log, "runs", "sarifLog").as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let driver = object_has(object_has(run, "tool", "run"), "driver", "tool");
    assert_eq!(object_has(driver, "name", "toolComponent"), "sopcheck");
    assert!(driver["informationUri"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let rules = object_has(driver, "rules", "toolComponent")
        .as_array()
        .unwrap();
    let registry: Vec<&str> = sop_core::rules::all().map(|r| r.code).collect();
    assert_eq!(rules.len(), registry.len(), "the whole rule table");
    for (rule, code) in rules.iter().zip(&registry) {
        assert_eq!(object_has(rule, "id", "reportingDescriptor"), *code);
        assert!(rule["shortDescription"]["text"].is_string());
        assert!(rule["fullDescription"]["text"].is_string());
        assert!(rule["help"]["text"].is_string());
        let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
        assert!(["none", "note", "warning", "error"].contains(&level));
    }
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    for result in object_has(run, "results", "run").as_array().unwrap() {
        let text = object_has(object_has(result, "message", "result"), "text", "message");
        assert!(!text.as_str().unwrap().is_empty());
        let id = result["ruleId"].as_str().unwrap();
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], id, "ruleIndex points at ruleId");
        assert!(["none", "note", "warning", "error"].contains(&result["level"].as_str().unwrap()));
        for location in result["locations"].as_array().unwrap() {
            let physical = object_has(location, "physicalLocation", "location");
            let uri = object_has(
                object_has(physical, "artifactLocation", "physicalLocation"),
                "uri",
                "artifactLocation",
            );
            let uri = uri.as_str().unwrap();
            assert!(
                !uri.contains('\\') && !uri.starts_with('/'),
                "relative forward-slash uri: {uri}"
            );
            if let Some(region) = physical.get("region") {
                let n = |k: &str| region[k].as_u64().unwrap();
                assert!(n("startLine") >= 1 && n("startColumn") >= 1);
                assert!((n("endLine"), n("endColumn")) >= (n("startLine"), n("startColumn")));
            }
        }
        let fp = result["partialFingerprints"]["sopcheck/v1"]
            .as_str()
            .unwrap();
        assert!(fp.len() > 16, "{fp}");
    }
}

#[test]
fn sarif_is_valid_2_1_0_with_stable_fingerprints() {
    let s = Scratch::with(&["decision.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "sarif"]);
    assert_eq!(out.code, 1, "SARIF output still fails the job on findings");
    let log = out.json();
    assert_valid_sarif(&log);
    assert_snapshot!(
        "decision_sarif_results",
        serde_json::to_string_pretty(&log["runs"][0]["results"]).unwrap()
    );

    // Moving a finding down by inserting lines above it keeps its fingerprint.
    let fingerprints = |log: &serde_json::Value| -> Vec<String> {
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["sopcheck/v1"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let before = fingerprints(&log);
    let shifted = format!("# komentar\n# lagi\n{}", s.read("decision.sop.yaml"));
    s.write("decision.sop.yaml", &shifted);
    let after = s.run(&["check", TODAY, "--format", "sarif"]).json();
    assert_eq!(before, fingerprints(&after));
    assert_ne!(
        log["runs"][0]["results"][0]["locations"],
        after["runs"][0]["results"][0]["locations"]
    );
}

#[test]
fn sarif_of_a_clean_run_is_valid_and_exit_0() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "sarif", "--lang", "en"]);
    assert_eq!(out.code, 0);
    let log = out.json();
    assert_valid_sarif(&log);
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

// ------------------------------------------------------------------ junit

#[test]
fn junit_parses_as_xml_with_one_case_per_finding() {
    let s = Scratch::with(&["decision.sop.yaml", "complete.sop.yaml"]);
    s.copy("decision.sop.yaml", "a&b<c>.sop.yaml");
    let out = s.run(&["check", TODAY, "--format", "junit"]);
    assert_eq!(out.code, 1);
    let doc = roxmltree::Document::parse(&out.stdout).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<_> = suites
        .iter()
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(
        names,
        ["a&b<c>.sop.yaml", "complete.sop.yaml", "decision.sop.yaml"]
    );
    let clean = &suites[1];
    let cases: Vec<_> = clean
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 1, "one passing testcase for a clean file");
    assert!(!cases[0].children().any(|n| n.has_tag_name("failure")));
    let failing = &suites[2];
    let failures = failing
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    assert_eq!(failing.attribute("failures").unwrap(), failures.to_string());
    assert!(failures >= 1);
    let total: usize = root.attribute("tests").unwrap().parse().unwrap();
    assert_eq!(
        total,
        doc.descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .count()
    );

    let s = Scratch::with(&["decision.sop.yaml", "complete.sop.yaml"]);
    let out = s.run(&["check", TODAY, "--format", "junit"]);
    assert_snapshot!("decision_junit", out.snap());
}

// ------------------------------------------------------------------ configuration

#[test]
fn bad_config_is_exit_2_with_line_and_column() {
    let s = Scratch::with(&["complete.sop.yaml"]);
    s.write(
        "sopcheck.toml",
        "lang = \"id\"\n\n[rules]\nignore = [\"SOP003\"]\nsevertiy = { SOP205 = \"error\" }\n",
    );
    let out = s.run(&["check", TODAY]);
    assert_snapshot!("bad_config_unknown_key", out.snap());
    s.write("sopcheck.toml", "[rules]\nignore = [\"SOP0O3\"]\n");
    let out = s.run(&["check", TODAY, "--lang", "en"]);
    assert_snapshot!("bad_config_unknown_code", out.snap());
    s.write(
        "sopcheck.toml",
        "fail_level = \"warning\"\nexclude = [\"a\"\n",
    );
    let out = s.run(&["check", TODAY, "--lang", "en"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("--> sopcheck.toml:2:"),
        "{}",
        out.stderr
    );
}

#[test]
fn config_is_found_in_a_parent_and_flags_override_it() {
    let s = Scratch::new();
    s.copy("warning-only.sop.yaml", "sop/w.sop.yaml");
    s.copy("unknown-key.sop.yaml", "sop/arsip/old.sop.yaml");
    s.write(
        "sopcheck.toml",
        "fail_level = \"warning\"\nlang = \"en\"\nexclude = [\"sop/arsip/**\"]\n",
    );
    let sub = s.path().join("sop");
    let out = common::run_in(&sub, &["check", TODAY], &[], None);
    assert_eq!(out.code, 1, "fail_level = warning from ../sopcheck.toml");
    assert!(
        out.stdout.contains("1 file checked"),
        "English and arsip excluded: {}",
        out.stdout
    );
    let out = common::run_in(
        &sub,
        &["check", TODAY, "--fail-level", "error", "--lang", "id"],
        &[],
        None,
    );
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("1 berkas diperiksa"), "{}", out.stdout);
    // Explicit files bypass `exclude` unless --force-exclude (pre-commit).
    let out = common::run_in(&sub, &["check", TODAY, "arsip/old.sop.yaml"], &[], None);
    assert_eq!(out.code, 1);
    let out = common::run_in(
        &sub,
        &["check", TODAY, "--force-exclude", "arsip/old.sop.yaml"],
        &[],
        None,
    );
    assert_eq!(out.code, 0);
}

#[test]
fn config_rules_and_agency_apply() {
    let s = Scratch::with(&["warning-only.sop.yaml"]);
    s.write("strict.toml", "[rules.severity]\nSOP205 = \"error\"\n");
    let out = s.run(&[
        "check",
        TODAY,
        "--config",
        "strict.toml",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.json()["files"][0]["diagnostics"][0]["severity"],
        "error"
    );
    s.write("quiet.toml", "[rules]\nignore = [\"SOP205\"]\n");
    let out = s.run(&["check", TODAY, "--config", "quiet.toml", "--format", "json"]);
    assert_eq!(out.code, 0);
    assert_eq!(codes(&out.json()), Vec::<String>::new());
    s.write("agency.toml", "[agency]\nnomor_pattern = 'SOP-\\d+'\n");
    let out = s.run(&[
        "check",
        TODAY,
        "--config",
        "agency.toml",
        "--format",
        "json",
    ]);
    assert!(
        codes(&out.json()).contains(&"SOP104".to_string()),
        "{}",
        out.stdout
    );
    let out = s.run(&["check", TODAY, "--config", "missing.toml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("missing.toml"), "{}", out.stderr);
}

#[test]
fn config_include_picks_other_names() {
    let s = Scratch::new();
    s.copy("decision.sop.yaml", "prosedur/ppid.yaml");
    s.copy("complete.sop.yaml", "prosedur/ok.yaml");
    s.write("other.yaml", "not: an sop\n");
    s.write("sopcheck.toml", "include = [\"prosedur/*.yaml\"]\n");
    let out = s.run(&["check", TODAY, "--format", "json"]);
    assert_eq!(out.code, 1);
    let files = out.json()["files"].as_array().unwrap().len();
    assert_eq!(files, 2);
}
