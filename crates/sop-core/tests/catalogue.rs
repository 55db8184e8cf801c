//! The rule catalogue of docs/format.md lists exactly the registered rules, in code order,
//! with their names and default severities: a new rule cannot be left out of the docs.

use sop_core::rules;

#[test]
fn docs_format_lists_every_rule() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/format.md");
    let text = std::fs::read_to_string(path).expect("docs/format.md is readable");
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| l.starts_with("| SOP"))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    let expected: Vec<String> = rules::all()
        .map(|r| {
            let severity = if r.signing {
                format!("{} F", r.severity.key())
            } else {
                r.severity.key().to_string()
            };
            format!("| {} | {} | {severity} | … |", r.code, r.name)
        })
        .collect();
    let listed: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
    let registered: Vec<(&str, &str)> = rules::all().map(|r| (r.code, r.name)).collect();
    assert_eq!(
        listed,
        registered,
        "docs/format.md's rule table must list every rule in code order; rows:\n{}",
        expected.join("\n")
    );
    for (row, rule) in rows.iter().zip(rules::all()) {
        let severity = row[2];
        assert!(
            severity.starts_with(rule.severity.key())
                || severity.contains(&format!("/ {}", rule.severity.key())),
            "{}: the table says `{severity}`, the rule `{}`",
            rule.code,
            rule.severity.key()
        );
        assert_eq!(
            rule.signing,
            severity.starts_with(&format!("{} F", rule.severity.key())),
            "{}: **F** (needed only for signing) in the table and on the rule differ",
            rule.code
        );
    }
}
