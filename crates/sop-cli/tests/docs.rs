//! The examples of `docs/cli.md` run as tests (typos' trycmd idea, with this crate's own
//! harness): every ```` ```console ```` block is a command (`$ sopcheck …`) and what it
//! prints (standard output, then standard error). A line `…` in the expected text stands
//! for any number of lines. The command runs in a copy of `tests/docs/default/`, or of
//! `tests/docs/NAME/` when an HTML comment `<!-- docs-test: NAME -->` precedes the block,
//! with an empty environment and, for `check`, `--today 2026-11-27`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

struct Example {
    line: usize,
    dir: String,
    args: Vec<String>,
    expected: Vec<String>,
}

fn examples(doc: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let lines: Vec<&str> = doc.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "```console" {
            i += 1;
            continue;
        }
        let dir = lines[..i]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .and_then(|l| l.trim().strip_prefix("<!-- docs-test: "))
            .and_then(|l| l.strip_suffix(" -->"))
            .unwrap_or("default")
            .to_string();
        let start = i + 1;
        let end = start
            + lines[start..]
                .iter()
                .position(|l| l.trim() == "```")
                .unwrap();
        let command = lines[start].strip_prefix("$ sopcheck ").unwrap_or_else(|| {
            panic!(
                "docs/cli.md:{}: a console block starts with `$ sopcheck`",
                start + 1
            )
        });
        out.push(Example {
            line: start + 1,
            dir,
            args: command.split_whitespace().map(str::to_string).collect(),
            expected: lines[start + 1..end]
                .iter()
                .map(|l| l.to_string())
                .collect(),
        });
        i = end + 1;
    }
    out
}

/// Whether `actual` matches `expected`, where a `…` line matches any lines.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "…" => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| a.trim_end() == first.trim_end() && matches(rest, more)),
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn the_examples_in_docs_cli_md_are_what_sopcheck_prints() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("../../docs/cli.md")).unwrap();
    let examples = examples(&doc);
    assert!(examples.len() >= 2, "docs/cli.md has its console examples");
    for example in examples {
        let scratch = tempfile::tempdir().unwrap();
        copy_dir(&root.join("tests/docs").join(&example.dir), scratch.path());
        let mut args: Vec<&str> = example.args.iter().map(String::as_str).collect();
        if args.first() == Some(&"check") {
            args.push("--today=2026-11-27");
        }
        let out = common::run_in(scratch.path(), &args, &[], None);
        let printed = format!("{}{}", out.stdout, out.stderr);
        let actual: Vec<&str> = printed.lines().collect();
        assert!(
            matches(&example.expected, &actual),
            "docs/cli.md:{}: `sopcheck {}` printed\n{printed}\nwhere the docs say\n{}",
            example.line,
            example.args.join(" "),
            example.expected.join("\n")
        );
    }
}

#[test]
fn elision_matches_any_lines() {
    let e = |s: &[&str]| s.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(matches(&e(&["a", "…", "d"]), &["a", "b", "c", "d"]));
    assert!(matches(&e(&["a", "…", "d"]), &["a", "d"]));
    assert!(!matches(&e(&["a", "…", "d"]), &["a", "b"]));
    assert!(!matches(&e(&["a"]), &["a", "b"]));
}
