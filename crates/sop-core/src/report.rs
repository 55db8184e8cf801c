//! Running the rules: a [`Report`] with the sorted findings, the completeness checklist
//! and whether the document is complete (no error).

use crate::checklist::{ChecklistItem, Item};
use crate::date::Date;
use crate::flow::Flow;
use crate::model::{Sop, Status};
use crate::parse::{self, Format, Parsed};
use crate::pointer::document_order;
use crate::profile::Profile;
use crate::rule::{Context, Counts, Diagnostic, Severity};
use crate::rules;

/// What a check needs besides the document.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Today, for SOP501–SOP503 (the CLI's `--today`, the browser's clock); `None` skips them.
    pub today: Option<Date>,
    /// Agency settings and rule overrides.
    pub profile: Profile,
}

/// The outcome of checking one document.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Findings, in document order then by code.
    pub diagnostics: Vec<Diagnostic>,
    /// The 12 checklist items of DESIGN.md §4.
    pub checklist: Vec<ChecklistItem>,
    /// True when no finding is an error.
    pub complete: bool,
}

impl Report {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Number of checklist items done.
    pub fn done(&self) -> usize {
        self.checklist.iter().filter(|i| i.done).count()
    }
}

/// Checks a model (the web form's state).
pub fn check(sop: &Sop, options: &CheckOptions) -> Report {
    finish(sop, Vec::new(), false, options)
}

/// Checks a parsed file: its reading problems plus every rule on its model.
pub fn check_parsed(parsed: &Parsed, options: &CheckOptions) -> Report {
    finish(
        &parsed.sop,
        parsed.diagnostics.clone(),
        parsed.failed,
        options,
    )
}

/// Reads and checks a file's text.
pub fn check_source(text: &str, format: Format, options: &CheckOptions) -> (Parsed, Report) {
    let parsed = parse::parse(text, format);
    let report = check_parsed(&parsed, options);
    (parsed, report)
}

fn finish(
    sop: &Sop,
    mut diagnostics: Vec<Diagnostic>,
    failed: bool,
    options: &CheckOptions,
) -> Report {
    if !failed {
        let flow = Flow::build(sop);
        let cx = Context {
            sop,
            today: options.today,
            numbering: options.profile.numbering(),
            flow: &flow,
        };
        rules::run(&cx, &mut diagnostics);
    }
    let draft = sop.status == Status::Draf;
    diagnostics.retain_mut(|d| {
        if draft && d.signing {
            d.severity = Severity::Info;
        }
        match options.profile.severity_for(d.code(), d.severity) {
            Some(s) => {
                d.severity = s;
                true
            }
            None => false,
        }
    });
    diagnostics.sort_by(|a, b| {
        document_order(&a.pointer, &b.pointer)
            .then_with(|| a.code().cmp(b.code()))
            .then_with(|| a.span.map(|s| s.start).cmp(&b.span.map(|s| s.start)))
            .then_with(|| a.args.cmp(&b.args))
    });
    diagnostics.dedup();
    let checklist = checklist(sop, &diagnostics, failed);
    let complete = !failed && diagnostics.iter().all(|d| d.severity != Severity::Error);
    Report {
        diagnostics,
        checklist,
        complete,
    }
}

/// The checklist of a document and its (final) findings: an item is done when its content
/// is present and no warning or error of its rules ([`Counts`]) remains.
fn checklist(sop: &Sop, diagnostics: &[Diagnostic], failed: bool) -> Vec<ChecklistItem> {
    Item::ALL
        .into_iter()
        .map(|item| {
            let blocked = diagnostics.iter().any(|d| {
                d.severity >= Severity::Warning
                    && match d.rule().counts {
                        Counts::Nowhere => false,
                        Counts::Against(against) => against == item,
                        Counts::WherePointed => d.pointer.starts_with(item.pointer()),
                    }
            });
            ChecklistItem {
                id: item.id(),
                done: !failed && item.present(sop) && !blocked,
            }
        })
        .collect()
}
