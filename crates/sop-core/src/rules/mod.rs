//! The rule catalogue (DESIGN.md §4). A rule is one item with a code, a name, a default
//! severity, its docs and its message function, next to its check and its tests in the
//! group file; [`GROUPS`] is the one list that registers every group's rules.

mod basis;
mod category;
pub(crate) mod fields;
mod flow;
mod format;
mod identity;
mod review;
mod steps;

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::model::Sop;
use crate::profile::Profile;

pub use flow::Flow;
pub use steps::lane_index;

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

/// How a rule finds its findings.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported by the reader while parsing (SOP001–SOP004).
    Reader,
    /// A field-level check on the model through the `validator` derive.
    Field,
    /// A document-level rule of our own.
    Document(fn(&Context<'_>, &mut Vec<Diagnostic>)),
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
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable code, never reused (`SOP403`).
    pub code: &'static str,
    /// Stable kebab-case name (`decision-branches`).
    pub name: &'static str,
    /// Default severity for `diajukan`/`berlaku`.
    pub severity: Severity,
    /// **F**: needed only for signing; info while the status is `draf`.
    pub signing: bool,
    /// The part of the SOP it is about.
    pub group: Group,
    /// How it finds its findings.
    pub check: Check,
    /// Renders a finding in a language.
    pub message: fn(&Diagnostic, Lang) -> Text,
    /// Its documentation.
    #[cfg(feature = "docs")]
    pub docs: Docs,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// What document-level rules look at.
pub struct Context<'a> {
    /// The document.
    pub sop: &'a Sop,
    /// Today, for the time-dependent rules (SOP501–503); `None` skips them.
    pub today: Option<Date>,
    /// Agency settings.
    pub profile: &'a Profile,
    /// The flow graph of the steps.
    pub flow: &'a Flow,
}

/// Every group's rules, in code order: the one registry.
pub static GROUPS: &[&[Rule]] = &[
    format::RULES,
    identity::RULES,
    basis::RULES,
    steps::RULES,
    flow::RULES,
    review::RULES,
    category::RULES,
];

/// Every rule, in code order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    GROUPS.iter().flat_map(|g| g.iter())
}

/// The rule with `code` (case-insensitive).
pub fn find(code: &str) -> Option<&'static Rule> {
    all().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Runs every field-level and document-level rule on a model.
pub fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    fields::run(cx.sop, out);
    for rule in all() {
        if let Check::Document(check) = rule.check {
            check(cx, out);
        }
    }
}

/// Text comparison used by rules: case and surrounding spaces ignored.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// True when a list counts as "not filled": empty, only blank items, or only `-`.
pub(crate) fn list_is_unfilled(items: &[String]) -> bool {
    items.iter().all(|s| {
        let t = s.trim();
        t.is_empty() || t == "-"
    })
}

#[cfg(test)]
pub(crate) mod testing;
