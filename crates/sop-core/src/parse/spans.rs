//! Where each value of a parsed file is written: the map from document pointer to source
//! span that lets the CLI show a finding at its line and column.

use crate::pointer;
use crate::source::Span;

/// Where each value of a parsed file is written, by document pointer. Filled in document
/// order while lowering (no hashing on the hot path); sorted once, on the first lookup.
#[derive(Debug, Clone, Default)]
pub struct SpanMap {
    entries: Vec<(String, Located)>,
    sorted: std::sync::OnceLock<Vec<u32>>,
}

/// The place of one value: the value itself and, in a mapping, its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    /// The value's span.
    pub value: Span,
    /// The key's span, for values in a mapping.
    pub key: Option<Span>,
}

impl SpanMap {
    pub(crate) fn push(&mut self, pointer: String, value: Span, key: Option<Span>) {
        self.entries.push((pointer, Located { value, key }));
    }

    fn order(&self) -> &[u32] {
        self.sorted.get_or_init(|| {
            let mut order: Vec<u32> =
                (0..u32::try_from(self.entries.len()).unwrap_or(u32::MAX)).collect();
            // Stable: the first place recorded for a pointer wins.
            order.sort_by(|a, b| {
                self.entries[*a as usize]
                    .0
                    .cmp(&self.entries[*b as usize].0)
            });
            order
        })
    }

    /// The place recorded for exactly this pointer.
    pub fn get(&self, pointer: &str) -> Option<Located> {
        let order = self.order();
        let first = order.partition_point(|i| self.entries[*i as usize].0.as_str() < pointer);
        let &i = order.get(first)?;
        let (found, located) = &self.entries[i as usize];
        (found == pointer).then_some(*located)
    }

    /// The span to show for a diagnostic at `pointer`: the value when it is written, else
    /// the key of its nearest written ancestor (a missing `uraian` is shown at its step).
    pub fn resolve(&self, pointer: &str) -> Option<Span> {
        if let Some(found) = self.get(pointer) {
            return Some(found.value);
        }
        let mut current = pointer;
        while let Some(parent) = pointer::parent(current) {
            if let Some(found) = self.get(parent) {
                return Some(
                    found
                        .key
                        .unwrap_or(Span::new(found.value.start, found.value.start)),
                );
            }
            current = parent;
        }
        None
    }

    /// Number of recorded places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing was recorded (the file did not parse).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Moves every span `by` bytes (after a byte-order mark was skipped).
    pub(crate) fn shift(&mut self, by: usize) {
        let move_span = |s: Span| Span::new(s.start + by, s.end + by);
        for (_, located) in &mut self.entries {
            located.value = move_span(located.value);
            located.key = located.key.map(move_span);
        }
    }
}
