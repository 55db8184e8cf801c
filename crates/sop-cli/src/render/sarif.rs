//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. The run
//! carries the whole rule table (in registry order, so `ruleIndex` is stable); each result
//! has a stable `ruleId`, a relative forward-slash `uri`, a 1-based region (end column
//! exclusive, columns in Unicode code points) and `partialFingerprints` that hash the code,
//! the path and the document pointer (not the line, so edits above a finding keep its alert).

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{json, Value};
use sop_core::{rules, Lang, Severity};

use super::{fingerprint, Context};
use crate::check::FileReport;

/// The schema URI written in `$schema`.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The rule table, in registry order.
pub fn rule_table(lang: Lang) -> Vec<Value> {
    rules::all()
        .map(|r| {
            let what = r.docs.what.get(lang);
            let why = r.docs.why.get(lang);
            let source = lang.pick("Sumber", "Source");
            let mut tags = vec![r.group.key()];
            if r.signing {
                tags.push("signing");
            }
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": what },
                "fullDescription": { "text": why },
                "help": {
                    "text": format!("{what}\n\n{why}\n\n{source}: {}\n\nsopcheck explain {}", r.docs.source, r.code),
                },
                "defaultConfiguration": { "level": level(r.severity) },
                "properties": { "tags": tags },
            })
        })
        .collect()
}

/// Writes the SARIF log.
pub fn render(files: &[FileReport], cx: &Context, out: &mut dyn Write) -> io::Result<()> {
    let index: HashMap<&str, usize> = rules::all().enumerate().map(|(i, r)| (r.code, i)).collect();
    let mut results = Vec::new();
    for file in files {
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        for f in &file.findings {
            let occurrence = seen.entry((f.code, f.pointer.as_str())).or_insert(0);
            *occurrence += 1;
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&file.path) },
                }
            });
            if let Some(r) = f.range {
                location["physicalLocation"]["region"] = json!({
                    "startLine": r.line,
                    "startColumn": r.column,
                    "endLine": r.end_line,
                    "endColumn": r.end_column,
                });
            }
            let text = if f.help.is_empty() {
                f.message.clone()
            } else {
                format!("{}\n{}", f.message, f.help)
            };
            let mut result = json!({
                "ruleId": f.code,
                "level": level(f.severity),
                "message": { "text": text },
                "locations": [location],
                "partialFingerprints": {
                    "sopcheck/v1": format!(
                        "{}:{}",
                        fingerprint(&[f.code, &file.path, &f.pointer]),
                        occurrence
                    ),
                },
                "properties": { "pointer": f.pointer },
            });
            if let Some(i) = index.get(f.code) {
                result["ruleIndex"] = json!(i);
            }
            results.push(result);
        }
    }
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "sopcheck",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rule_table(cx.lang),
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    writeln!(out)
}

/// A path as a URI reference: relative paths stay relative, absolute ones become `file://`,
/// and characters outside the unreserved set are percent-encoded.
pub fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(uri("sop/a b.sop.yaml"), "sop/a%20b.sop.yaml");
        assert_eq!(uri("/tmp/x.sop.yaml"), "file:///tmp/x.sop.yaml");
        assert_eq!(uri("é"), "%C3%A9");
    }
}
