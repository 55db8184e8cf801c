//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. The run
//! carries the whole rule table (in registry order, so `ruleIndex` is stable); each result
//! has a stable `ruleId`, a `uri` without `.` or `..` segments (relative to `%SRCROOT%`,
//! the working directory, for files under it; an absolute `file://` URI otherwise), a
//! 1-based region (end column exclusive, columns in Unicode code points; line 1 to the
//! last line for a finding about the whole file) and `partialFingerprints` that hash the
//! code, the path and the document pointer (not the line, so edits above a finding keep
//! its alert).

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

use serde_json::{json, Value};
use sop_core::{rules, Lang, Severity};

use super::{fingerprint, Context};
use crate::paths::absolute;
use crate::report::FileReport;

/// The base of relative URIs: the working directory the check ran in.
pub const SRCROOT: &str = "%SRCROOT%";

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
            let source = crate::messages::source_word(lang);
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
        let artifact = artifact_location(&cx.cwd, &file.path);
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        for f in &file.findings {
            let occurrence = seen.entry((f.code, f.pointer.as_str())).or_insert(0);
            *occurrence += 1;
            let region = match f.range {
                Some(r) => json!({
                    "startLine": r.line,
                    "startColumn": r.column,
                    "endLine": r.end_line,
                    "endColumn": r.end_column,
                }),
                // About the whole file: every line of it.
                None => json!({ "startLine": 1, "endLine": file.lines.max(1) }),
            };
            let location = json!({
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": region,
                }
            });
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
            "originalUriBaseIds": {
                SRCROOT: { "uri": directory_uri(&cx.cwd) },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log).map_err(io::Error::other)?;
    writeln!(out)
}

/// Where a reported file is: relative to `%SRCROOT%` when it lies under the working
/// directory, else an absolute `file://` URI; `.` and `..` segments resolved either way.
/// Standard input (`-`) keeps its name.
pub fn artifact_location(cwd: &Path, path: &str) -> Value {
    if path == "-" {
        return json!({ "uri": "-" });
    }
    let abs = absolute(cwd, Path::new(path));
    match abs.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => json!({
            "uri": encode(&rel.to_string_lossy().replace('\\', "/")),
            "uriBaseId": SRCROOT,
        }),
        _ => json!({ "uri": file_uri(&abs.to_string_lossy()) }),
    }
}

/// The `file://` URI of a directory, ending in `/` as SARIF requires of a base.
fn directory_uri(dir: &Path) -> String {
    let mut uri = file_uri(&dir.to_string_lossy());
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// The `file://` URI of an absolute path.
fn file_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    if path.starts_with('/') {
        format!("file://{}", encode(&path))
    } else {
        // A Windows path with a drive letter.
        format!("file:///{}", encode(&path))
    }
}

/// Percent-encodes every byte outside the unreserved set and `/` (and `:` after a drive
/// letter, which stays as written).
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (i, byte) in path.bytes().enumerate() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            b':' if i == 1 => out.push(':'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_normalised_and_relative_under_the_working_directory() {
        let cwd = Path::new("/w/repo");
        assert_eq!(
            artifact_location(cwd, "sop/a b.sop.yaml"),
            json!({ "uri": "sop/a%20b.sop.yaml", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location(cwd, "sop/../x/./é.sop.yaml"),
            json!({ "uri": "x/%C3%A9.sop.yaml", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location(cwd, "../other/a.sop.yaml"),
            json!({ "uri": "file:///w/other/a.sop.yaml" })
        );
        assert_eq!(
            artifact_location(cwd, "/tmp/../x.sop.yaml"),
            json!({ "uri": "file:///x.sop.yaml" })
        );
        assert_eq!(directory_uri(cwd), "file:///w/repo/");
    }
}
