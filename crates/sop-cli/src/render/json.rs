//! `--format json`: the stable, versioned document of DESIGN.md §5 (`"schema": 1`).
//!
//! ```json
//! {"tool":"sopcheck","version":"0.1.0","schema":1,
//!  "files":[{"path":"sop/ppid.sop.yaml","complete":false,
//!    "checklist":[{"id":"identitas","done":true}],
//!    "diagnostics":[{"code":"SOP403","name":"decision-branches","severity":"error",
//!      "message":"…","help":"…","pointer":"/kegiatan/1/cabang",
//!      "line":41,"column":7,"end_line":41,"end_column":30}]}],
//!  "summary":{"files":1,"complete":0,"errors":1,"warnings":0,"infos":0}}
//! ```
//! `line`/`column` are 1-based (columns in characters), the end is exclusive, and all four
//! are `null` only when the pointer has no place in the file.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::value::RawValue;

use crate::report::{FileReport, Summary};

/// Version of this document's shape; bumped only on incompatible changes.
pub const SCHEMA: u32 = 1;

#[derive(Serialize)]
struct Document {
    tool: &'static str,
    version: &'static str,
    schema: u32,
    files: Vec<Box<RawValue>>,
    summary: SummaryOut,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    complete: bool,
    checklist: Vec<Item>,
    diagnostics: Vec<Diag<'a>>,
}

#[derive(Serialize)]
struct Item {
    id: &'static str,
    done: bool,
}

#[derive(Serialize)]
struct Diag<'a> {
    code: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    help: &'a str,
    pointer: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
}

#[derive(Serialize)]
struct SummaryOut {
    files: usize,
    complete: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
}

/// Writes the JSON document (pretty-printed, then a newline). Each file's object is
/// written on its own thread, already indented for its place in the document.
pub fn render(files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let s = Summary::of(files);
    let doc = Document {
        tool: "sopcheck",
        version: env!("CARGO_PKG_VERSION"),
        schema: SCHEMA,
        files: files
            .par_iter()
            .map(file_json)
            .collect::<io::Result<Vec<_>>>()?,
        summary: SummaryOut {
            files: s.files,
            complete: s.complete,
            errors: s.errors,
            warnings: s.warnings,
            infos: s.infos,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

/// One file's object, pretty-printed as it stands inside `"files": [` (two levels deep).
fn file_json(f: &FileReport) -> io::Result<Box<RawValue>> {
    let file = File {
        path: &f.path,
        complete: f.complete,
        checklist: f
            .checklist
            .iter()
            .map(|i| Item {
                id: i.id,
                done: i.done,
            })
            .collect(),
        diagnostics: f
            .findings
            .iter()
            .map(|d| Diag {
                code: d.code,
                name: d.name,
                severity: d.severity.key(),
                message: &d.message,
                help: &d.help,
                pointer: &d.pointer,
                line: d.range.map(|r| r.line),
                column: d.range.map(|r| r.column),
                end_line: d.range.map(|r| r.end_line),
                end_column: d.range.map(|r| r.end_column),
            })
            .collect(),
    };
    // The formatter starts two levels deep (the document's object and its `files` array),
    // so the object's own lines are indented as `to_writer_pretty` would indent them.
    let mut formatter = PrettyFormatter::new();
    let mut sink = io::sink();
    formatter.begin_object(&mut sink)?;
    formatter.begin_array(&mut sink)?;
    let mut text = Vec::with_capacity(512 + 320 * f.findings.len());
    let mut serializer = serde_json::Serializer::with_formatter(&mut text, formatter);
    file.serialize(&mut serializer).map_err(io::Error::other)?;
    let text = String::from_utf8(text).map_err(io::Error::other)?;
    RawValue::from_string(text).map_err(io::Error::other)
}
