//! What a rule is and what it reports. A [`Rule`] is data: its stable code and name, its
//! default severity, the checklist item it keeps open, its check, its [`Message`]s and its
//! docs. A [`Diagnostic`] is one finding of one of those messages, built by a constructor
//! in the rule's own file (`rules/<group>/<name>.rs`), so the wording and the order of the
//! values it reads live beside each other. Rule and finding refer to each other, so they
//! share this module.

use serde::Serialize;

use crate::checklist::Item;
use crate::date::Date;
use crate::flow::Flow;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Sop;
use crate::numbering::Numbering;
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

    /// The word before a finding's message: "Kesalahan:", "Perhatian:", "Saran:".
    pub fn prefix(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("Kesalahan:", "Error:"),
            Severity::Warning => lang.pick("Perhatian:", "Warning:"),
            Severity::Info => lang.pick("Saran:", "Suggestion:"),
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

/// Which part of the SOP a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// SOP0xx: reading the file.
    Format,
    /// SOP1xx: identity and signing.
    Identity,
    /// SOP2xx: legal basis, qualifications, related SOPs, equipment, warnings, records.
    Basis,
    /// SOP3xx: lanes and steps.
    Steps,
    /// SOP4xx: the flow graph.
    Flow,
    /// SOP5xx: monitoring and evaluation.
    Review,
    /// SOP6xx: statutory rules by kategori.
    Category,
}

impl Group {
    /// A stable key (`identity`).
    pub fn key(self) -> &'static str {
        match self {
            Group::Format => "format",
            Group::Identity => "identity",
            Group::Basis => "basis",
            Group::Steps => "steps",
            Group::Flow => "flow",
            Group::Review => "review",
            Group::Category => "category",
        }
    }
}

/// Which item of the completeness checklist a rule's findings (warning or error) keep open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// No item (reading problems, monitoring and evaluation).
    Nowhere,
    /// This item.
    Against(Item),
    /// The item whose section holds the finding (a value of the wrong shape, SOP002).
    WherePointed,
}

/// What document-level checks look at.
pub struct Context<'a> {
    /// The document.
    pub sop: &'a Sop,
    /// Today, for the time-dependent rules (SOP501–503); `None` skips them.
    pub today: Option<Date>,
    /// The agency's numbering pattern (SOP104).
    pub numbering: &'a Numbering,
    /// The flow graph of the steps.
    pub flow: &'a Flow,
}

/// A document-level check: looks at the model and pushes its findings.
pub type CheckFn = fn(&Context<'_>, &mut Vec<Diagnostic>);

/// How a rule finds its findings.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported by the reader while parsing (SOP001–SOP004).
    Reader,
    /// A check of the model.
    Document(CheckFn),
}

/// Who reads a message, which decides how it names places and fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// Someone editing the file (the CLI, an editor): the message may name file keys and
    /// show syntax.
    File,
    /// Someone filling in the form (the web app, the widget): the field's label as the form
    /// shows it and the action, never a file key, a backtick or YAML.
    Form,
}

/// A wording of a message: its text in `lang` from the finding's values (in the order the
/// constructor beside it stores them) and its pointer.
pub type Wording = fn(&Diagnostic, Lang) -> Text;

/// One message of a rule: the text of a kind of finding, for each audience, in every
/// language. Two wordings, one meaning (DESIGN.md §4).
pub struct Message {
    /// The rule it belongs to.
    pub rule: &'static Rule,
    /// Its name within the rule (`too-large`), stable, for tests and tools.
    pub key: &'static str,
    /// The wording for someone filling in the form (the web app, the widget): the form's
    /// field labels ("isian Dasar Hukum", "langkah 3") and actions ("Pilih simbol Mulai"),
    /// user text in “…”. Every message has it; `tests/wording.rs` holds it to that.
    pub form: Wording,
    /// The wording for someone editing the file (the CLI), naming keys and syntax
    /// (`dasar_hukum`, `simbol: mulai`); `None` when the form wording reads right in the
    /// file too. Behind the `file-wording` feature: the web build reads only the form.
    #[cfg(feature = "file-wording")]
    pub file: Option<Wording>,
}

impl Message {
    /// The text of finding `d` for `audience` in `lang`. Without the `file-wording`
    /// feature every audience reads the form wording.
    pub fn text(&self, d: &Diagnostic, audience: Audience, lang: Lang) -> Text {
        #[cfg(feature = "file-wording")]
        if let (Audience::File, Some(file)) = (audience, self.file) {
            return file(d, lang);
        }
        #[cfg(not(feature = "file-wording"))]
        let _ = audience;
        (self.form)(d, lang)
    }
}

impl PartialEq for Message {
    /// Messages are statics: the same message is the same place in memory.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Message {}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.rule.code, self.key)
    }
}

/// What a rule's docs say: shown by `sopcheck explain` and run as tests. Behind the
/// `docs` feature: the web bundle leaves them out (about 56 KB of text).
#[cfg(feature = "docs")]
#[derive(Debug, Clone, Copy)]
pub struct Docs {
    /// What the rule checks.
    pub what: Bilingual,
    /// Why it matters.
    pub why: Bilingual,
    /// The regulation or convention behind it.
    pub source: &'static str,
    /// A YAML fragment merged into the complete example document that makes it fire.
    pub fires: &'static str,
    /// A YAML fragment merged into the complete example document that keeps it quiet.
    pub passes: &'static str,
}

/// One rule of the catalogue.
pub struct Rule {
    /// Stable code, never reused (`SOP403`).
    pub code: &'static str,
    /// Stable kebab-case name (`decision-branches`); its file is `decision_branches.rs`.
    pub name: &'static str,
    /// Default severity for `diajukan`/`berlaku`.
    pub severity: Severity,
    /// **F**: needed only for signing; info while the status is `draf`.
    pub signing: bool,
    /// The part of the SOP it is about.
    pub group: Group,
    /// The checklist item its findings keep open.
    pub counts: Counts,
    /// How it finds its findings.
    pub check: Check,
    /// Every wording of its findings.
    pub messages: &'static [&'static Message],
    /// Its documentation.
    #[cfg(feature = "docs")]
    pub docs: Docs,
}

impl PartialEq for Rule {
    /// Codes are unique.
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Rule {}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// One finding: which message of which rule, how severe, where (document pointer, and a
/// span when the reader knows it), and the values its message shows. Made by the
/// constructors in the rule's file (`rules::format::parse_error::too_large(…)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Which of its rule's messages it is; [`Message::rule`] is the rule that found it.
    pub kind: &'static Message,
    /// Severity after status and profile adjustments.
    pub severity: Severity,
    /// Document pointer (`/kegiatan/1/cabang`); empty for the whole file.
    pub pointer: String,
    /// Values the message shows, in the order its constructor stores them.
    pub args: Vec<String>,
    /// Needed only for signing (**F**): lowered to info while the status is `draf`.
    pub signing: bool,
    /// An exact span known by the reader (syntax errors, unknown keys).
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A finding of `kind` at `pointer`, with its rule's default severity. Only the
    /// constructors beside the message call this.
    pub(crate) fn new(kind: &'static Message, pointer: impl Into<String>) -> Self {
        debug_assert!(
            kind.rule.messages.contains(&kind),
            "{kind:?} is not listed in its rule's messages"
        );
        Self {
            kind,
            severity: kind.rule.severity,
            pointer: pointer.into(),
            args: Vec::new(),
            signing: kind.rule.signing,
            span: None,
        }
    }

    /// Adds a message value.
    #[must_use]
    pub(crate) fn arg(mut self, value: impl Into<String>) -> Self {
        self.args.push(value.into());
        self
    }

    /// Sets an exact span.
    #[must_use]
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Overrides the severity for this finding (rules whose messages differ in severity).
    #[must_use]
    pub(crate) fn severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Marks or unmarks this finding as needed only for signing.
    #[must_use]
    pub(crate) fn signing(mut self, signing: bool) -> Self {
        self.signing = signing;
        self
    }

    /// The value at `index`, or `""`.
    pub fn arg_at(&self, index: usize) -> &str {
        self.args.get(index).map_or("", String::as_str)
    }

    /// The rule that found it.
    pub fn rule(&self) -> &'static Rule {
        self.kind.rule
    }

    /// The rule's stable code (`SOP403`).
    pub fn code(&self) -> &'static str {
        self.kind.rule.code
    }

    /// The rule's kebab-case name (`decision-branches`).
    pub fn name(&self) -> &'static str {
        self.kind.rule.name
    }

    /// True when this finding says `message`.
    pub fn is(&self, message: &Message) -> bool {
        self.kind == message
    }

    /// The message and help text in `lang`, worded for someone editing the file (in a
    /// build without the `file-wording` feature, the form wording).
    pub fn message(&self, lang: Lang) -> Text {
        self.text(Audience::File, lang)
    }

    /// The message and help text for `audience` in `lang`.
    pub fn text(&self, audience: Audience, lang: Lang) -> Text {
        self.kind.text(self, audience, lang)
    }
}
