//! What a check produces, ready to render: one [`FileReport`] per file with its
//! [`Finding`]s, and the [`Summary`] over all files.

use sop_core::{ChecklistItem, Severity};

use crate::snippet::Excerpt;

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
    /// Number of lines of the file (at least 1): the place of a finding about the whole
    /// file in formats that need a place for every finding (SARIF).
    pub lines: usize,
}

impl FileReport {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// How many checklist items are done.
    pub fn done(&self) -> usize {
        self.checklist.iter().filter(|i| i.done).count()
    }
}

/// Counts over all files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Files without an error.
    pub complete: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Summary {
    /// Counts the reports.
    pub fn of(files: &[FileReport]) -> Self {
        let mut s = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in files {
            s.complete += usize::from(file.complete);
            s.errors += file.count(Severity::Error);
            s.warnings += file.count(Severity::Warning);
            s.infos += file.count(Severity::Info);
        }
        s
    }

    /// The one-line summary in `lang`.
    pub fn line(&self, lang: sop_core::Lang) -> String {
        crate::messages::summary_line(
            lang,
            self.files,
            self.complete,
            self.errors,
            self.warnings,
            self.infos,
        )
    }
}
