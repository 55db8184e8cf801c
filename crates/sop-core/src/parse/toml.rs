//! TOML into the common [`Node`] tree, from the `toml` crate's spanned document.

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{Read, ReadError};
use crate::limits::Limits;
use crate::node::{Entry, Node, Scalar, Value};
use crate::source::Span;

/// Reads a TOML text.
pub(crate) fn read(text: &str, limits: Limits) -> Read {
    let outcome = DeTable::parse(text)
        .map_err(|e| {
            let range = e.span().unwrap_or(0..0);
            ReadError::Syntax {
                detail: e.message().trim().to_string(),
                span: Span::new(range.start, range.end),
            }
        })
        .and_then(|table| {
            let span = Span::new(0, text.len());
            let mut nodes = 0;
            table_node(table.get_ref(), span, 0, limits, &mut nodes)
        });
    match outcome {
        Ok(root) => Read {
            root: Some(root),
            problems: Vec::new(),
            error: None,
        },
        Err(error) => Read {
            root: None,
            problems: Vec::new(),
            error: Some(error),
        },
    }
}

fn span_of<T>(spanned: &Spanned<T>) -> Span {
    let range = spanned.span();
    Span::new(range.start, range.end)
}

fn table_node(
    table: &DeTable<'_>,
    span: Span,
    depth: usize,
    limits: Limits,
    nodes: &mut usize,
) -> Result<Node, ReadError> {
    let mut entries = Vec::with_capacity(table.len());
    for (key, value) in table {
        entries.push(Entry {
            key: key.get_ref().to_string(),
            key_span: span_of(key),
            node: value_node(value, depth + 1, limits, nodes)?,
        });
    }
    Ok(Node::new(span, Value::Map(entries)))
}

fn value_node(
    value: &Spanned<DeValue<'_>>,
    depth: usize,
    limits: Limits,
    nodes: &mut usize,
) -> Result<Node, ReadError> {
    let span = span_of(value);
    *nodes += 1;
    if *nodes > limits.max_nodes {
        return Err(ReadError::TooManyNodes {
            limit: limits.max_nodes,
        });
    }
    if depth > limits.max_depth {
        return Err(ReadError::TooDeep {
            limit: limits.max_depth,
            span,
        });
    }
    let scalar =
        |text: String, quoted: bool| Node::new(span, Value::Scalar(Scalar { text, quoted }));
    Ok(match value.get_ref() {
        DeValue::String(s) => scalar(s.to_string(), true),
        DeValue::Integer(i) => scalar(i.as_str().to_string(), false),
        DeValue::Float(f) => scalar(f.as_str().to_string(), false),
        DeValue::Boolean(b) => scalar(b.to_string(), false),
        DeValue::Datetime(d) => scalar(d.to_string(), false),
        DeValue::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(value_node(item, depth + 1, limits, nodes)?);
            }
            Node::new(span, Value::List(out))
        }
        DeValue::Table(table) => table_node(table, span, depth, limits, nodes)?,
    })
}
