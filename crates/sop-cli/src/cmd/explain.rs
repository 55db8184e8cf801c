//! `sopcheck explain CODE`: what a rule checks, why, its source and its examples.

use std::fmt::Write as _;

use sop_core::rule::Rule;
use sop_core::rules;
use sop_core::suggest::distance;

use super::print;
use crate::cli::ExplainArgs;
use crate::error::{CliError, EXIT_OK};
use crate::messages;
use crate::Global;

/// Prints the docs of one rule, found by code or name.
pub fn run(args: &ExplainArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let wanted = args.code.trim();
    let rule =
        rules::find(wanted).or_else(|| rules::all().find(|r| r.name.eq_ignore_ascii_case(wanted)));
    let Some(rule) = rule else {
        let near = closest(wanted)
            .iter()
            .map(|r| format!("{} ({})", r.code, r.name))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(CliError::new(messages::unknown_rule_explain(
            lang, wanted, &near,
        )));
    };
    print(&explain(rule, lang))?;
    Ok(EXIT_OK)
}

/// The three rules closest to `wanted` by code or name.
fn closest(wanted: &str) -> Vec<&'static Rule> {
    let mut all: Vec<(usize, &'static Rule)> = rules::all()
        .map(|r| {
            let wanted = wanted.to_ascii_lowercase();
            let code = r.code.to_ascii_lowercase();
            (distance(&wanted, &code).min(distance(&wanted, r.name)), r)
        })
        .collect();
    all.sort_by_key(|(d, r)| (*d, r.code));
    all.into_iter().take(3).map(|(_, r)| r).collect()
}

fn explain(rule: &Rule, lang: sop_core::Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} ({}, {})",
        rule.code,
        rule.name,
        rule.severity.key(),
        rule.group.key()
    );
    if rule.signing {
        let _ = writeln!(s, "{}", messages::signing_note(lang));
    }
    let section = |s: &mut String, title: &str, body: &str| {
        let _ = writeln!(s, "\n{title}");
        for line in body.lines() {
            let _ = writeln!(s, "  {line}");
        }
    };
    let prose = |s: &mut String, title: &str, body: &str| {
        let _ = writeln!(s, "\n{title}");
        for line in wrap(body, 86) {
            let _ = writeln!(s, "  {line}");
        }
    };
    let titles = messages::explain_titles(lang);
    prose(&mut s, titles.what, rule.docs.what.get(lang));
    prose(&mut s, titles.why, rule.docs.why.get(lang));
    prose(&mut s, titles.source, rule.docs.source);
    let note = titles.fragment_note;
    if !rule.docs.fires.is_empty() {
        section(
            &mut s,
            &format!("{} {note}:", titles.fires),
            rule.docs.fires,
        );
    }
    if !rule.docs.passes.is_empty() {
        section(
            &mut s,
            &format!("{} {note}:", titles.passes),
            rule.docs.passes,
        );
    }
    s
}

/// Splits prose into lines of at most `width` characters (longer words stay whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_prose() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("a\nb", 5), vec!["a", "b"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abcdefgh"]);
    }
}
