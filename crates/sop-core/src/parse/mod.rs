//! Reading SOP files: YAML 1.2, JSON and TOML all become one [`Node`] tree with spans,
//! and one lowering pass turns that tree into the [`Sop`] model plus a [`SpanMap`] from
//! document pointer to source span. The CLI and the browser call the same [`parse`], so
//! both report the same thing.

pub(crate) mod json;
mod lower;
mod spans;
#[cfg(feature = "toml")]
mod toml;
mod yaml;

use crate::limits::Limits;
use crate::model::Sop;
use crate::node::{Entry, Node};
use crate::rule::{Diagnostic, Severity};
use crate::rules::format::parse_error;
use crate::source::{LineIndex, Position, Span};

pub use spans::{Located, SpanMap};

/// The syntax of an SOP file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.sop.yaml` / `.sop.yml` (YAML 1.2: a bare `no` is text).
    Yaml,
    /// `.sop.json`.
    Json,
    /// `.sop.toml`.
    Toml,
}

impl Format {
    /// The format of a file name ending in `.sop.yaml`, `.sop.yml`, `.sop.json` or `.sop.toml`.
    pub fn from_sop_file_name(name: &str) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".sop.yaml") || lower.ends_with(".sop.yml") {
            Some(Format::Yaml)
        } else if lower.ends_with(".sop.json") {
            Some(Format::Json)
        } else if lower.ends_with(".sop.toml") {
            Some(Format::Toml)
        } else {
            None
        }
    }

    /// The format for a file extension or name (`yaml`, `yml`, `json`, `toml`, or any
    /// name ending in them).
    pub fn from_extension(name: &str) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit('.').next().unwrap_or(&lower);
        match ext {
            "yaml" | "yml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            "toml" => Some(Format::Toml),
            _ => None,
        }
    }

    /// The format of the file at a web address (a widget's `data-src`): its extension,
    /// query and fragment left out; YAML when it names none.
    pub fn from_address(address: &str) -> Self {
        let path = address.split(['?', '#']).next().unwrap_or(address);
        Self::from_extension(path).unwrap_or(Format::Yaml)
    }

    /// The usual extension (`yaml`, `json`, `toml`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Yaml => "yaml",
            Format::Json => "json",
            Format::Toml => "toml",
        }
    }
}

/// The result of reading one SOP file: a (possibly partial) model, where each value is,
/// and the problems found while reading (SOP001–SOP004).
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The model; parts that could not be read are left empty so the rules still run.
    pub sop: Sop,
    /// Pointer → span.
    pub spans: SpanMap,
    /// Problems of syntax and shape (SOP001–SOP004).
    pub diagnostics: Vec<Diagnostic>,
    /// True when the file could not be read at all (SOP001): the model is empty.
    pub failed: bool,
}

impl Parsed {
    /// The span to show for a diagnostic: its own span if it has one, else its pointer's.
    pub fn span_of(&self, diagnostic: &Diagnostic) -> Option<Span> {
        diagnostic
            .span
            .or_else(|| self.spans.resolve(&diagnostic.pointer))
    }
}

/// The outcome of reading text into a tree (before lowering).
pub(crate) struct Read {
    pub root: Option<Node>,
    pub problems: Vec<ReadProblem>,
    pub error: Option<ReadError>,
}

/// A problem that stops reading (SOP001).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ReadError {
    Syntax { detail: String, span: Span },
    SecondDocument { span: Span },
    ComplexKey { span: Span },
    TooDeep { limit: usize, span: Span },
    TooManyNodes { limit: usize },
    AliasExpansion { limit: usize, span: Span },
}

/// A problem that does not stop reading.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ReadProblem {
    DuplicateKey {
        key: String,
        first: Span,
        again: Span,
    },
}

/// Adds `key: node` to a mapping being read; a key the mapping already has is a
/// [`ReadProblem::DuplicateKey`] and the first value stays (every reader does the same).
pub(crate) fn insert_entry(
    entries: &mut Vec<Entry>,
    problems: &mut Vec<ReadProblem>,
    key: String,
    key_span: Span,
    node: Node,
) {
    if let Some(first) = entries.iter().find(|e| e.key == key) {
        problems.push(ReadProblem::DuplicateKey {
            key,
            first: first.key_span,
            again: key_span,
        });
    } else {
        entries.push(Entry {
            key,
            key_span,
            node,
        });
    }
}

/// Reads an SOP file given as bytes: invalid UTF-8 is reported (SOP001) with its byte
/// position, and a UTF-8 byte-order mark is skipped.
pub fn parse_bytes(bytes: &[u8], format: Format, limits: Limits) -> (String, Parsed) {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let parsed = parse_with_limits(text, format, limits);
            (text.to_string(), parsed)
        }
        Err(e) => {
            let valid = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let at = valid.min(text.len());
            let diag = parse_error::invalid_utf8(valid, Span::new(at, at));
            (text, failed(diag))
        }
    }
}

/// Reads an SOP file with the default [`Limits`].
pub fn parse(text: &str, format: Format) -> Parsed {
    parse_with_limits(text, format, Limits::default())
}

/// Reads any JSON text (RFC 8259, the reader of `.sop.json` files) into a [`Node`] tree
/// with spans, for hosts that keep small JSON records of their own (the web app's stored
/// drafts). `None` when the text is not one JSON value. A duplicate key keeps its first
/// value.
pub fn read_json(text: &str) -> Option<Node> {
    let read = json::read(text, Limits::default());
    if read.error.is_some() {
        return None;
    }
    read.root
}

/// Reads an SOP file. Never panics: every problem is a diagnostic.
pub fn parse_with_limits(text: &str, format: Format, limits: Limits) -> Parsed {
    if text.len() > limits.max_bytes {
        return failed(parse_error::too_large(
            u64::try_from(text.len()).unwrap_or(u64::MAX),
            u64::try_from(limits.max_bytes).unwrap_or(u64::MAX),
        ));
    }
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    // YAML, JSON and TOML all forbid control characters outside tab and line ends; the
    // parsers' own messages for them are confusing or missing.
    // A byte scan: in UTF-8 these characters are single bytes that no other character uses.
    let control = text
        .bytes()
        .position(|b| b < 0x20 && is_forbidden_control(char::from(b)));
    if let Some((at, c)) = control.map(|at| (at, char::from(text.as_bytes()[at]))) {
        return failed(parse_error::control_char(
            c,
            Span::new(at, at + c.len_utf8()),
        ));
    }
    let read = match format {
        Format::Yaml => yaml::read(body, limits),
        Format::Json => json::read(body, limits),
        #[cfg(feature = "toml")]
        Format::Toml => toml::read(body, limits),
        #[cfg(not(feature = "toml"))]
        Format::Toml => return failed(parse_error::toml_unsupported()),
    };
    let mut diagnostics = Vec::new();
    for problem in read.problems {
        match problem {
            ReadProblem::DuplicateKey { key, first, again } => {
                let lines = LineIndex::new(body);
                let Position { line, column } = lines.position(first.start);
                diagnostics.push(parse_error::duplicate_key(
                    key,
                    line,
                    column,
                    shift(again, bom),
                ));
            }
        }
    }
    if let Some(error) = read.error {
        let diag = match error {
            ReadError::Syntax { detail, span } => {
                parse_error::syntax(syntax_name(format), detail, span)
            }
            ReadError::SecondDocument { span } => parse_error::second_document(span),
            ReadError::ComplexKey { span } => parse_error::complex_key(span),
            ReadError::TooDeep { limit, span } => parse_error::too_deep(limit, span),
            ReadError::TooManyNodes { limit } => parse_error::too_many_nodes(limit),
            ReadError::AliasExpansion { limit, span } => parse_error::alias_expansion(limit, span),
        };
        let diag = Diagnostic {
            span: diag.span.map(|s| shift(s, bom)),
            ..diag
        };
        diagnostics.push(diag);
        return Parsed {
            failed: true,
            diagnostics,
            ..Parsed::default()
        };
    }
    let root = read.root;
    let mut lowered = lower::lower(root.as_ref());
    if bom > 0 {
        lowered.shift(bom);
    }
    diagnostics.extend(lowered.diagnostics);
    Parsed {
        sop: lowered.sop,
        spans: lowered.spans,
        diagnostics,
        failed: false,
    }
}

/// C0 controls but tab and line ends: invalid raw in YAML, JSON and TOML alike. (DEL and
/// C1 controls are valid JSON, which our own JSON export may contain.)
fn is_forbidden_control(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}')
}

/// The syntax's name in messages (`YAML`).
fn syntax_name(format: Format) -> &'static str {
    match format {
        Format::Yaml => "YAML",
        Format::Json => "JSON",
        Format::Toml => "TOML",
    }
}

fn failed(diagnostic: Diagnostic) -> Parsed {
    Parsed {
        diagnostics: vec![Diagnostic {
            severity: Severity::Error,
            ..diagnostic
        }],
        failed: true,
        ..Parsed::default()
    }
}

fn shift(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

/// Reads a YAML, JSON or TOML text into the raw tree, for tools that work on the tree
/// (rule examples merge a fragment into a complete document).
pub fn read_tree(text: &str, format: Format) -> Option<Node> {
    let read = match format {
        Format::Yaml => yaml::read(text, Limits::default()),
        Format::Json => json::read(text, Limits::default()),
        #[cfg(feature = "toml")]
        Format::Toml => toml::read(text, Limits::default()),
        #[cfg(not(feature = "toml"))]
        Format::Toml => return None,
    };
    if read.error.is_some() {
        return None;
    }
    read.root
}

/// Lowers an already-read tree into the model (see [`parse`]).
pub fn parse_tree(root: &Node) -> Parsed {
    let lowered = lower::lower(Some(root));
    Parsed {
        sop: lowered.sop,
        spans: lowered.spans,
        diagnostics: lowered.diagnostics,
        failed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn an_address_names_its_format_by_its_extension() {
        assert_eq!(
            Format::from_address("/sop/ppid.sop.json?v=2#top"),
            Format::Json
        );
        assert_eq!(
            Format::from_address("https://kpu.go.id/a.SOP.TOML"),
            Format::Toml
        );
        assert_eq!(Format::from_address("/sop/ppid.sop.yml"), Format::Yaml);
        assert_eq!(Format::from_address("/sop/ppid?format=json"), Format::Yaml);
    }
}
