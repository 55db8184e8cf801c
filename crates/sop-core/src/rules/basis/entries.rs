//! Findings about one entry of a list section (`dasar_hukum`, `keterkaitan`,
//! `peringatan`). Entries are named for people with 1-based numbers ("dasar hukum ke-2");
//! pointers stay 0-based (`/dasar_hukum/1`). Blank entries and a lone `-` are skipped by
//! the per-entry rules.

use crate::pointer::Pointer;
use crate::rule::{Diagnostic, Message};
use crate::rules::text::excerpt;

/// A finding of `kind` about entry `index` of section `key`: its values are the 1-based
/// entry number and an excerpt of the entry.
pub(crate) fn entry(kind: &'static Message, key: &str, index: usize, text: &str) -> Diagnostic {
    Diagnostic::new(kind, Pointer::section(key).index(index))
        .arg((index + 1).to_string())
        .arg(excerpt(text))
}
