//! A finding: which rule, how severe, where (document pointer, and a span when the reader
//! knows it), and the values its message needs. The text is rendered per language by the
//! rule's own message function ([`Diagnostic::message`]).

use serde::Serialize;

use crate::messages::{Lang, Text};
use crate::rules;
use crate::source::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A suggestion; never blocks completeness.
    Info,
    /// Should be fixed; the checklist item stays open.
    Warning,
    /// Must be fixed; the document is not complete.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The severity written as `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        match key.trim().to_ascii_lowercase().as_str() {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule's stable code (`SOP403`).
    pub code: &'static str,
    /// Severity after status and profile adjustments.
    pub severity: Severity,
    /// Document pointer (`/kegiatan/1/cabang`); empty for the whole file.
    pub pointer: String,
    /// Which of the rule's messages (`""` for its main one).
    pub kind: &'static str,
    /// Values the message shows (a key, a step number, a suggestion…).
    pub args: Vec<String>,
    /// Needed only for signing (**F**): lowered to info while the status is `draf`.
    pub signing: bool,
    /// An exact span known by the reader (syntax errors, unknown keys).
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A finding of rule `code` at `pointer`, with the rule's default severity.
    pub fn new(code: &'static str, pointer: impl Into<String>, kind: &'static str) -> Self {
        let rule = rules::find(code);
        Self {
            code,
            severity: rule.map_or(Severity::Error, |r| r.severity),
            pointer: pointer.into(),
            kind,
            args: Vec::new(),
            signing: rule.is_some_and(|r| r.signing),
            span: None,
        }
    }

    /// Adds a message value.
    #[must_use]
    pub fn arg(mut self, value: impl Into<String>) -> Self {
        self.args.push(value.into());
        self
    }

    /// Sets an exact span.
    #[must_use]
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Overrides the severity for this finding (rules whose variants differ in severity).
    #[must_use]
    pub fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Marks or unmarks this finding as needed only for signing.
    #[must_use]
    pub fn signing(mut self, signing: bool) -> Self {
        self.signing = signing;
        self
    }

    /// The argument at `index`, or `""`.
    pub fn arg_at(&self, index: usize) -> &str {
        self.args.get(index).map_or("", String::as_str)
    }

    /// The rule's kebab-case name (`decision-branches`).
    pub fn name(&self) -> &'static str {
        rules::find(self.code).map_or("", |r| r.name)
    }

    /// The message and help text in `lang`.
    pub fn message(&self, lang: Lang) -> Text {
        match rules::find(self.code) {
            Some(rule) => (rule.message)(self, lang),
            None => Text::new(self.code.to_string(), String::new()),
        }
    }
}
