//! Rules of this group (being written).

use super::Rule;

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[];
