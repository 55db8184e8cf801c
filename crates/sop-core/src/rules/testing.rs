//! Test support: the complete example document of DESIGN.md §3 (which reports nothing
//! with today = 2026-11-27), and the runner for the docs examples of every rule.

use crate::date::Date;
use crate::parse::{self, Format};
use crate::profile::{Agency, Profile, RuleOverrides};
use crate::report::{check_source, CheckOptions, Report};
use crate::rule::Diagnostic;

/// The complete example of DESIGN.md §3.
pub(crate) const EXAMPLE: &str = include_str!("../../tests/data/example.sop.yaml");

/// The options the examples run with: today 2026-11-27 and a KPU-style number pattern.
pub(crate) fn options() -> CheckOptions {
    CheckOptions {
        today: Date::new(2026, 11, 27),
        profile: Profile::new(
            Agency {
                nomor_pattern: r"\d{2}/PP\.01-SOP/\d{2}/\d{4}".into(),
                ..Agency::default()
            },
            RuleOverrides::default(),
        )
        .expect("the test profile is valid"),
    }
}

/// Checks a whole YAML document.
pub(crate) fn check_yaml(text: &str) -> Report {
    check_source(text, Format::Yaml, &options()).1
}

/// Checks the example with `fragment` merged into it (a fragment that is not YAML is
/// checked on its own, for SOP001).
pub(crate) fn check_example(fragment: &str) -> Report {
    let Some(overlay) = parse::read_tree(fragment, Format::Yaml) else {
        return check_yaml(fragment);
    };
    let mut base = parse::read_tree(EXAMPLE, Format::Yaml).expect("the example parses");
    base.merge(overlay);
    let parsed = parse::parse_tree(&base);
    crate::report::check_parsed(&parsed, &options())
}

/// The codes of a report's findings.
pub(crate) fn codes(report: &Report) -> Vec<&'static str> {
    report.diagnostics.iter().map(Diagnostic::code).collect()
}

/// The findings of one code.
pub(crate) fn findings<'a>(report: &'a Report, code: &str) -> Vec<&'a Diagnostic> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code() == code)
        .collect()
}

#[test]
fn the_design_example_reports_nothing() {
    let report = check_yaml(EXAMPLE);
    let shown: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {} {}",
                d.code(),
                d.pointer,
                d.message(crate::Lang::En).message
            )
        })
        .collect();
    assert!(report.diagnostics.is_empty(), "{shown:#?}");
    assert!(report.complete);
    assert!(
        report.checklist.iter().all(|i| i.done),
        "{:?}",
        report.checklist
    );
}

#[cfg(feature = "docs")]
#[test]
fn every_rule_docs_example_fires_and_passes() {
    for rule in super::all() {
        assert!(
            !rule.docs.fires.is_empty(),
            "{} has no firing example",
            rule.code
        );
        let fired = check_example(rule.docs.fires);
        assert!(
            codes(&fired).contains(&rule.code),
            "{}: the firing example did not fire; got {:?}",
            rule.code,
            codes(&fired)
        );
        let passed = check_example(rule.docs.passes);
        assert!(
            !codes(&passed).contains(&rule.code),
            "{}: the passing example fired: {:?}",
            rule.code,
            findings(&passed, rule.code)
        );
    }
}

#[cfg(feature = "docs")]
#[test]
fn every_code_has_messages_in_both_languages() {
    for rule in super::all() {
        let fired = check_example(rule.docs.fires);
        for d in findings(&fired, rule.code) {
            for lang in crate::Lang::ALL {
                let text = d.message(lang);
                assert!(
                    !text.message.trim().is_empty(),
                    "{} {lang:?} message",
                    rule.code
                );
                assert!(!text.help.trim().is_empty(), "{} {lang:?} help", rule.code);
            }
            assert_ne!(
                d.message(crate::Lang::Id),
                d.message(crate::Lang::En),
                "{}",
                rule.code
            );
        }
        for lang in crate::Lang::ALL {
            assert!(!rule.docs.what.get(lang).is_empty());
            assert!(!rule.docs.why.get(lang).is_empty());
        }
        assert!(
            !rule.docs.source.is_empty(),
            "{} cites no source",
            rule.code
        );
    }
}

#[cfg(feature = "docs")]
#[test]
fn every_message_has_both_languages_even_with_sample_values() {
    use crate::rule::Audience;
    // Values a constructor could store: a number, a step reference, a date, a list.
    let values = ["3", "2025-07-10", "1 2", "x"].map(String::from);
    for rule in super::all() {
        let mut keys: Vec<&str> = rule.messages.iter().map(|m| m.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(
            keys.len(),
            rule.messages.len(),
            "{} repeats a key",
            rule.code
        );
        for message in rule.messages {
            assert_eq!(message.rule, rule, "{message:?} points at another rule");
            let d = Diagnostic {
                kind: message,
                severity: rule.severity,
                pointer: "/kegiatan/0".into(),
                args: values.to_vec(),
                signing: rule.signing,
                span: None,
            };
            for audience in [Audience::File, Audience::Form] {
                let id = d.text(audience, crate::Lang::Id);
                let en = d.text(audience, crate::Lang::En);
                for text in [&id, &en] {
                    assert!(!text.message.trim().is_empty(), "{message:?}");
                    assert!(!text.help.trim().is_empty(), "{message:?} help");
                }
                assert_ne!(id, en, "{message:?}");
            }
        }
    }
}

#[test]
fn every_rule_is_in_its_own_file_named_after_it() {
    for rule in super::all() {
        let file = format!(
            "{}/src/rules/{}/{}.rs",
            env!("CARGO_MANIFEST_DIR"),
            rule.group.key(),
            rule.name.replace('-', "_")
        );
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            text.contains(&format!("code: \"{}\"", rule.code)),
            "{} should be in {file}",
            rule.code
        );
    }
}

#[test]
fn codes_and_names_are_unique_and_ordered() {
    let all: Vec<_> = super::all().collect();
    for pair in all.windows(2) {
        assert!(
            pair[0].code < pair[1].code,
            "{} before {}",
            pair[0].code,
            pair[1].code
        );
    }
    let mut names: Vec<_> = all.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len());
}
