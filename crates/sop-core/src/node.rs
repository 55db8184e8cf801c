//! A small span-annotated document tree, the common output of the YAML, JSON and TOML
//! readers. Scalars keep their source text, so `nip: 197001011995031001` is never turned
//! into a float and `no` is never turned into `false`.

use crate::source::Span;

/// One value of the document with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the value is in the source.
    pub span: Span,
    /// What the value is.
    pub value: Value,
}

/// The shape of a [`Node`].
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An explicit null (`~`, `null`, or nothing after a key).
    Null,
    /// A scalar as written: text, number, boolean or date.
    Scalar(Scalar),
    /// A sequence.
    List(Vec<Node>),
    /// A mapping, in source order; keys are unique (duplicates are reported while reading).
    Map(Vec<Entry>),
}

/// A scalar and whether it was quoted (a quoted `"12"` is text, a plain `12` a number).
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// The scalar's text after unescaping.
    pub text: String,
    /// `true` for a quoted or block scalar, which is always text.
    pub quoted: bool,
}

/// One `key: value` pair of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key text.
    pub key: String,
    /// Where the key is written.
    pub key_span: Span,
    /// The value.
    pub node: Node,
}

impl Node {
    /// A node of `value` at `span`.
    pub fn new(span: Span, value: Value) -> Self {
        Self { span, value }
    }

    /// The value of `key` when this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.node),
            _ => None,
        }
    }

    /// A short name of the node's shape for messages (`teks`, `daftar`, …), in the language's form.
    pub fn kind(&self) -> NodeKind {
        match &self.value {
            Value::Null => NodeKind::Null,
            Value::Scalar(_) => NodeKind::Scalar,
            Value::List(_) => NodeKind::List,
            Value::Map(_) => NodeKind::Map,
        }
    }

    /// Merges `overlay` into this node: mappings merge key by key (a null in the overlay
    /// removes the key), anything else is replaced. Used by rule examples that change one
    /// part of a complete document.
    pub fn merge(&mut self, overlay: Node) {
        match (&mut self.value, overlay.value) {
            (Value::Map(base), Value::Map(over)) => {
                for entry in over {
                    let existing = base.iter().position(|e| e.key == entry.key);
                    match (existing, &entry.node.value) {
                        (Some(i), Value::Null) => {
                            base.remove(i);
                        }
                        (Some(i), _) => base[i].node.merge(entry.node),
                        (None, Value::Null) => {}
                        (None, _) => base.push(entry),
                    }
                }
            }
            (_, value) => {
                self.value = value;
                self.span = overlay.span;
            }
        }
    }
}

/// The shape of a node, for "expected a list, found text" messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// Nothing.
    Null,
    /// Text, a number, a boolean or a date.
    Scalar,
    /// A list.
    List,
    /// A mapping.
    Map,
}
