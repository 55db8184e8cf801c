//! # sop-core
//!
//! The one source of truth of sopcheck: the SOP AP file format (Permenpan RB 35/2012),
//! reading YAML/JSON/TOML with exact source positions, the completeness rules, the
//! checklist, messages in Bahasa Indonesia and English, and the official flowchart
//! layout. No I/O and no UI: the same code runs in the `sopcheck` CLI and in the browser.
//!
//! ```
//! use sop_core::{check_source, CheckOptions, Format};
//! let (_parsed, report) = check_source("format: sop/1\n", Format::Yaml, &CheckOptions::default());
//! assert!(!report.complete);
//! ```

// User data never reaches an unwrap, an expect or a panic outside tests (issue 8).
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod checklist;
pub mod date;
pub mod duration;
pub mod emit;
pub mod flow;
pub mod keys;
pub mod labels;
pub mod layout;
pub mod limits;
pub mod messages;
pub mod model;
pub mod node;
pub mod numbering;
pub mod parse;
pub mod pointer;
pub mod profile;
pub mod report;
pub mod rule;
pub mod rules;
pub mod source;
pub mod suggest;
pub mod templates;

pub use checklist::ChecklistItem;
pub use date::Date;
pub use limits::Limits;
pub use messages::{Lang, Text};
pub use model::Sop;
pub use parse::{parse, parse_bytes, parse_with_limits, Format, Parsed, SpanMap};
pub use profile::Profile;
pub use report::{check, check_parsed, check_source, CheckOptions, Report};
pub use rule::{Audience, Diagnostic, Severity};
pub use source::{LineIndex, Position, Span};

/// The crate version, reported by the CLI's JSON output.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
