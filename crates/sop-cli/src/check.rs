//! Checking files: read, parse, run the rules (sop-core), and resolve every finding's
//! document pointer to a line and column. Files are checked in parallel; the results come
//! back in path order.

use std::io::Read;

use rayon::prelude::*;
use sop_core::rules::format::parse_error;
use sop_core::{
    check_parsed, parse_bytes, CheckOptions, ChecklistItem, Format, Lang, Limits, LineIndex,
    Parsed, Severity, Span,
};

use crate::discover::{io_reason, Input};

/// One finding, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Rule code (`SOP403`).
    pub code: &'static str,
    /// Rule name (`decision-branches`).
    pub name: &'static str,
    /// Severity after status and configuration.
    pub severity: Severity,
    /// The message, in the chosen language.
    pub message: String,
    /// How to fix it, in the chosen language (may be empty).
    pub help: String,
    /// Document pointer (`/kegiatan/1/cabang`, empty for the whole file).
    pub pointer: String,
    /// Where it is in the file, when the pointer has a place there.
    pub range: Option<Range>,
    /// The first source line of the range, for the text output.
    pub excerpt: Option<Excerpt>,
}

/// A range of the file: 1-based lines and columns (columns in characters); the end is
/// exclusive (the column just after the last character), as in SARIF and LSP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// First line.
    pub line: usize,
    /// First column.
    pub column: usize,
    /// Last line.
    pub end_line: usize,
    /// Column after the last character.
    pub end_column: usize,
}

/// One source line and the byte range within it to underline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// Its line number.
    pub line: usize,
    /// Its text, without the line end.
    pub text: String,
    /// Byte range within `text` (clipped to the line).
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

/// The result of one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// Display path (`-` for standard input).
    pub path: String,
    /// No error.
    pub complete: bool,
    /// The 12 checklist items.
    pub checklist: Vec<ChecklistItem>,
    /// Findings, in document order.
    pub findings: Vec<Finding>,
}

impl FileReport {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

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
    let cannot_read = |e: &std::io::Error| {
        lang.pick(
            format!("{path}: tidak dapat dibaca: {}", io_reason(e, lang)),
            format!("{path}: cannot be read: {}", io_reason(e, lang)),
        )
    };
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
            let excerpt = match (settings.excerpts, span, range) {
                (true, Some(s), Some(r)) => Some(excerpt(&lines, s, r)),
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
        .collect();
    FileReport {
        path,
        complete: report.complete,
        checklist: report.checklist,
        findings,
    }
}

fn excerpt(lines: &LineIndex<'_>, span: Span, range: Range) -> Excerpt {
    let line_text = lines.line_text(range.line);
    let line_start = lines.offset(range.line, 0);
    let len = line_text.len();
    let mut start = span.start.saturating_sub(line_start).min(len);
    let mut end = if range.end_line == range.line {
        span.end.saturating_sub(line_start).min(len)
    } else {
        len
    };
    while !line_text.is_char_boundary(start) {
        start -= 1;
    }
    while !line_text.is_char_boundary(end) {
        end += 1;
    }
    if end < start {
        end = start;
    }
    Excerpt {
        line: range.line,
        text: line_text.to_string(),
        start,
        end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_spans_are_clipped_to_their_first_line() {
        let text = "a:\n  b: [1,\n   2]\n";
        let lines = LineIndex::new(text);
        let span = Span::new(8, 17);
        let range = Range {
            line: 2,
            column: 6,
            end_line: 3,
            end_column: 6,
        };
        let e = excerpt(&lines, span, range);
        assert_eq!(e.text, "  b: [1,");
        assert_eq!((e.start, e.end), (5, 8));
    }
}
