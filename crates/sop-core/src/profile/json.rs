//! Reads a JSON profile with sop-core's own strict JSON reader instead of serde_json, so
//! the browser bundles that read `data-profile` carry no second JSON parser (measured in
//! the view-only widget: serde_json and the derived readers were ≈ 20 KB of wasm). The
//! same checks as the serde reader of `sopcheck.toml`: unknown keys and wrong types are
//! errors; each error names the key and its line and column.

use std::collections::BTreeMap;

use super::{Agency, ProfileError, ProfileFile, RuleOverrides};
use crate::limits::Limits;
use crate::node::{Node, Value};
use crate::parse::{json, ReadError, ReadProblem};
use crate::rule::Severity;
use crate::source::{LineIndex, Span};

/// Reads `{"agency": {...}, "rules": {...}}`.
pub(super) fn read(text: &str) -> Result<ProfileFile, ProfileError> {
    let lines = LineIndex::new(text);
    let at = |span: Span| {
        let p = lines.position(span.start);
        format!("line {}, column {}", p.line, p.column)
    };
    let error = |span: Span, what: String| ProfileError::Syntax(format!("{what} at {}", at(span)));
    let read = json::read(text, Limits::default());
    if let Some(e) = read.error {
        return Err(match e {
            ReadError::Syntax { detail, span } => error(span, detail),
            ReadError::TooDeep { span, .. }
            | ReadError::ComplexKey { span }
            | ReadError::SecondDocument { span }
            | ReadError::AliasExpansion { span, .. } => error(span, "not a profile".into()),
            ReadError::TooManyNodes { limit } => {
                ProfileError::Syntax(format!("more than {limit} values"))
            }
        });
    }
    if let Some(ReadProblem::DuplicateKey { key, again, .. }) = read.problems.first() {
        return Err(error(*again, format!("duplicate key `{key}`")));
    }
    let Some(root) = read.root else {
        return Err(ProfileError::Syntax("empty profile".into()));
    };
    let mut file = ProfileFile::default();
    for (key, node) in entries(&root, "the profile", &["agency", "rules"], &error)? {
        match key {
            "agency" => file.agency = agency(node, &error)?,
            _ => file.rules = rules(node, &error)?,
        }
    }
    Ok(file)
}

type Fail<'a> = dyn Fn(Span, String) -> ProfileError + 'a;

/// The entries of a mapping (null: none), every key one of `keys`.
fn entries<'n>(
    node: &'n Node,
    name: &str,
    keys: &[&'static str],
    error: &Fail,
) -> Result<Vec<(&'static str, &'n Node)>, ProfileError> {
    match &node.value {
        Value::Null => Ok(Vec::new()),
        Value::Map(entries) => entries
            .iter()
            .map(|e| match keys.iter().find(|k| **k == e.key) {
                Some(k) => Ok((*k, &e.node)),
                None => Err(error(
                    e.key_span,
                    format!(
                        "unknown key `{}` in {name}, expected one of `{}`",
                        e.key,
                        keys.join("`, `")
                    ),
                )),
            })
            .collect(),
        _ => Err(error(node.span, format!("{name} must be an object"))),
    }
}

/// A string value (null: empty).
fn text(node: &Node, name: &str, error: &Fail) -> Result<String, ProfileError> {
    match &node.value {
        Value::Null => Ok(String::new()),
        Value::Scalar(s) if s.quoted => Ok(s.text.clone()),
        _ => Err(error(node.span, format!("`{name}` must be a string"))),
    }
}

/// A list of strings (null: empty).
fn texts(node: &Node, name: &str, error: &Fail) -> Result<Vec<String>, ProfileError> {
    match &node.value {
        Value::Null => Ok(Vec::new()),
        Value::List(items) => items.iter().map(|n| text(n, name, error)).collect(),
        _ => Err(error(
            node.span,
            format!("`{name}` must be a list of strings"),
        )),
    }
}

fn agency(node: &Node, error: &Fail) -> Result<Agency, ProfileError> {
    let mut agency = Agency::default();
    for (key, value) in entries(
        node,
        "`agency`",
        &["instansi", "nomor_pattern", "penandatangan"],
        error,
    )? {
        match key {
            "instansi" => agency.instansi = text(value, "agency.instansi", error)?,
            "nomor_pattern" => agency.nomor_pattern = text(value, "agency.nomor_pattern", error)?,
            _ => agency.penandatangan = texts(value, "agency.penandatangan", error)?,
        }
    }
    Ok(agency)
}

fn rules(node: &Node, error: &Fail) -> Result<RuleOverrides, ProfileError> {
    let mut rules = RuleOverrides::default();
    for (key, value) in entries(node, "`rules`", &["ignore", "severity"], error)? {
        if key == "ignore" {
            rules.ignore = texts(value, "rules.ignore", error)?;
            continue;
        }
        let Value::Map(codes) = &value.value else {
            if value.value == Value::Null {
                continue;
            }
            return Err(error(
                value.span,
                "`rules.severity` must be an object".into(),
            ));
        };
        let mut severity = BTreeMap::new();
        for e in codes {
            let name = format!("rules.severity.{}", e.key);
            let level = text(&e.node, &name, error)?;
            let Some(level) = Severity::from_key(&level) else {
                return Err(error(
                    e.node.span,
                    format!("`{name}` must be \"error\", \"warning\" or \"info\""),
                ));
            };
            severity.insert(e.key.clone(), level);
        }
        rules.severity = severity;
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::super::{Profile, ProfileError};

    fn syntax(text: &str) -> String {
        match Profile::from_json(text) {
            Err(ProfileError::Syntax(s)) => s,
            other => panic!("expected a syntax error for {text}, got {other:?}"),
        }
    }

    #[test]
    fn names_the_unknown_key_and_where_it_is() {
        assert_eq!(
            syntax("{\n  \"agensi\": {}\n}"),
            "unknown key `agensi` in the profile, expected one of `agency`, `rules` at line 2, column 3"
        );
        assert!(
            syntax(r#"{"agency":{"nomor":"x"}}"#).starts_with("unknown key `nomor` in `agency`")
        );
    }

    #[test]
    fn wrong_types_and_levels_are_errors() {
        assert_eq!(
            syntax(r#"{"agency":{"instansi":12}}"#),
            "`agency.instansi` must be a string at line 1, column 23"
        );
        assert!(syntax(r#"{"rules":{"ignore":"SOP205"}}"#).contains("must be a list of strings"));
        assert!(syntax(r#"{"rules":{"severity":{"SOP205":"fatal"}}}"#)
            .contains("`rules.severity.SOP205` must be \"error\", \"warning\" or \"info\""));
        assert!(syntax("[]").contains("the profile must be an object"));
    }

    #[test]
    fn bad_json_and_duplicate_keys_are_placed() {
        assert!(syntax(r#"{"agency":{},}"#).contains("line 1, column"));
        assert!(syntax(r#"{"rules":{},"rules":{}}"#)
            .starts_with("duplicate key `rules` at line 1, column 13"));
    }

    #[test]
    fn null_and_missing_parts_are_the_defaults() {
        let p = Profile::from_json(r#"{"agency":null,"rules":{"ignore":null}}"#).unwrap();
        assert!(!p.has_nomor_pattern());
        assert!(Profile::from_json("{}").is_ok());
        let p = Profile::from_json(
            r#"{"agency":{"instansi":"KPU Provinsi NTT","penandatangan":["Sekretaris"]}}"#,
        )
        .unwrap();
        assert_eq!(p.agency.instansi, "KPU Provinsi NTT");
        assert_eq!(p.agency.penandatangan, ["Sekretaris"]);
    }
}
