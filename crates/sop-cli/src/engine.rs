//! The engine: read each input, parse it and run the rules (sop-core), and resolve every
//! finding's document pointer to a line and column. Files are checked in parallel; the
//! reports come back in input order.

use std::io::Read;

use rayon::prelude::*;
use sop_core::rules::format::parse_error;
use sop_core::{check_parsed, parse_bytes, CheckOptions, Format, Lang, Limits, LineIndex, Parsed};

use crate::discover::Input;
use crate::messages;
use crate::paths::io_reason;
use crate::report::{FileReport, Finding, Range};
use crate::snippet::Excerpt;

/// How to check.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Rules' options (today, profile).
    pub options: CheckOptions,
    /// Largest file read.
    pub max_bytes: u64,
    /// Language of messages.
    pub lang: Lang,
    /// Syntax of standard input.
    pub stdin_format: Format,
    /// Keep source excerpts (text output).
    pub excerpts: bool,
}

/// Checks every input in parallel. Returns the reports in input order and the I/O errors.
pub fn check_all(
    inputs: Vec<(String, Input)>,
    settings: &Settings,
) -> (Vec<FileReport>, Vec<String>) {
    let results: Vec<Result<FileReport, String>> = inputs
        .into_par_iter()
        .map(|(path, input)| check_input(path, &input, settings))
        .collect();
    let mut reports = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(report) => reports.push(report),
            Err(error) => errors.push(error),
        }
    }
    (reports, errors)
}

/// Reads and checks one input; `Err` when it cannot be read.
pub fn check_input(path: String, input: &Input, settings: &Settings) -> Result<FileReport, String> {
    let lang = settings.lang;
    let cannot_read = |e: &std::io::Error| messages::cannot_read(lang, &path, &io_reason(e, lang));
    let (bytes, format) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            let mut stdin = std::io::stdin().lock();
            let limit = settings.max_bytes.saturating_add(1);
            (&mut stdin)
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(|e| cannot_read(&e))?;
            if bytes.len() as u64 > settings.max_bytes {
                // Count the rest without keeping it.
                let rest = std::io::copy(&mut stdin, &mut std::io::sink()).unwrap_or(0);
                let size = bytes.len() as u64 + rest;
                return Ok(report_of(
                    path,
                    "",
                    &too_large(size, settings.max_bytes),
                    settings,
                ));
            }
            (bytes, settings.stdin_format)
        }
        Input::File { path: file, format } => {
            let meta = std::fs::metadata(file).map_err(|e| cannot_read(&e))?;
            if meta.is_dir() {
                let e = std::io::Error::from(std::io::ErrorKind::IsADirectory);
                return Err(cannot_read(&e));
            }
            if meta.len() > settings.max_bytes {
                return Ok(report_of(
                    path,
                    "",
                    &too_large(meta.len(), settings.max_bytes),
                    settings,
                ));
            }
            (std::fs::read(file).map_err(|e| cannot_read(&e))?, *format)
        }
    };
    let limits = Limits {
        max_bytes: usize::try_from(settings.max_bytes).unwrap_or(usize::MAX),
        ..Limits::default()
    };
    let (text, parsed) = parse_bytes(&bytes, format, limits);
    Ok(report_of(path, &text, &parsed, settings))
}

/// A file over the size limit: SOP001 without reading it.
fn too_large(size: u64, max: u64) -> Parsed {
    Parsed {
        diagnostics: vec![parse_error::too_large(size, max)],
        failed: true,
        ..Parsed::default()
    }
}

fn report_of(path: String, text: &str, parsed: &Parsed, settings: &Settings) -> FileReport {
    let report = check_parsed(parsed, &settings.options);
    // Indexing lines costs a pass over the text: only files with findings need it.
    let lines = LineIndex::new(if report.diagnostics.is_empty() {
        ""
    } else {
        text
    });
    let findings = report
        .diagnostics
        .iter()
        .map(|d| {
            let span = parsed.span_of(d);
            let range = span.map(|s| {
                let start = lines.position(s.start);
                let end = lines.position(s.end);
                Range {
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                }
            });
            let excerpt = match (settings.excerpts, span) {
                (true, Some(s)) => Some(Excerpt::of(&lines, s)),
                _ => None,
            };
            let text = d.message(settings.lang);
            Finding {
                code: d.code(),
                name: d.name(),
                severity: d.severity,
                message: text.message,
                help: text.help,
                pointer: d.pointer.clone(),
                range,
                excerpt,
            }
        })
        .collect::<Vec<Finding>>();
    // Only a finding without a place of its own needs the file's length.
    let line_count = if findings.iter().any(|f| f.range.is_none()) {
        text.lines().count().max(1)
    } else {
        1
    };
    FileReport {
        path,
        complete: report.complete,
        checklist: report.checklist,
        findings,
        lines: line_count,
    }
}
