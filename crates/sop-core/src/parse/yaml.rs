//! YAML 1.2 into a [`Node`] tree, read from saphyr-parser's events so that every node
//! keeps its exact span. The tree is built with an explicit stack: nesting depth never
//! grows the Rust call stack. With the `fast-yaml` feature, the block-style subset that
//! SOP files are written in is read first by a faster path (`fast.rs`) that builds the
//! same tree.

#[cfg(feature = "fast-yaml")]
mod fast;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

use super::{insert_entry, Read, ReadError, ReadProblem};
use crate::limits::Limits;
use crate::node::{Entry, Node, Scalar, Value};
use crate::source::{LineIndex, Span};

enum Frame {
    List {
        start: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: usize,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<(String, Span)>,
    },
}

struct Builder<'a> {
    lines: &'a LineIndex<'a>,
    limits: Limits,
    stack: Vec<Frame>,
    anchors: Vec<(usize, Node)>,
    root: Option<Node>,
    nodes: usize,
    alias_nodes: usize,
    problems: Vec<ReadProblem>,
}

/// Reads a YAML text.
pub(crate) fn read(text: &str, limits: Limits) -> Read {
    #[cfg(feature = "fast-yaml")]
    if let Some(fast) = fast::read(text, limits) {
        return Read {
            root: Some(fast.root),
            problems: fast.problems,
            error: None,
        };
    }
    read_all(text, limits)
}

/// Reads any YAML text with saphyr-parser.
pub(crate) fn read_all(text: &str, limits: Limits) -> Read {
    let lines = LineIndex::new(text);
    let mut builder = Builder {
        lines: &lines,
        limits,
        stack: Vec::new(),
        anchors: Vec::new(),
        root: None,
        nodes: 0,
        alias_nodes: 0,
        problems: Vec::new(),
    };
    let mut documents = 0;
    let mut parser = Parser::new_from_str(text);
    let result = loop {
        let Some(next) = parser.next_event() else {
            break Ok(());
        };
        let (event, span) = match next {
            Ok(pair) => pair,
            Err(e) => {
                let at = builder.offset(e.marker());
                break Err(ReadError::Syntax {
                    detail: e.info().to_string(),
                    span: Span::new(at, at),
                });
            }
        };
        let start = builder.offset(&span.start);
        let end = builder.offset(&span.end);
        let step = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    Err(ReadError::SecondDocument {
                        span: Span::new(start, end.max(start + 3).min(text.len())),
                    })
                } else {
                    Ok(())
                }
            }
            Event::Scalar(value, style, anchor, _) => {
                let end = quoted_end(text, start, style).map_or(end, |close| close.min(end));
                let node = scalar(value.into_owned(), style, Span::new(start, end));
                builder.value(node, anchor)
            }
            Event::SequenceStart(anchor, _) => builder.open(
                Frame::List {
                    start,
                    anchor,
                    items: Vec::new(),
                },
                start,
            ),
            Event::MappingStart(anchor, _) => builder.open(
                Frame::Map {
                    start,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                },
                start,
            ),
            Event::SequenceEnd | Event::MappingEnd => builder.close(end),
            Event::Alias(id) => builder.alias(id, Span::new(start, end)),
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => Ok(()),
        };
        if let Err(e) = step {
            break Err(e);
        }
    };
    let problems = builder.problems;
    match result {
        Ok(()) => Read {
            root: builder.root,
            problems,
            error: None,
        },
        Err(error) => Read {
            root: None,
            problems,
            error: Some(error),
        },
    }
}

/// The offset after the closing quote of a quoted scalar opening at `start`. saphyr's end
/// mark of a quoted scalar lies after the spaces and the comment that follow it, so a
/// finding about `nomor: ""   # …` would underline the comment too.
fn quoted_end(text: &str, start: usize, style: ScalarStyle) -> Option<usize> {
    let quote = match style {
        ScalarStyle::DoubleQuoted => b'"',
        ScalarStyle::SingleQuoted => b'\'',
        _ => return None,
    };
    let bytes = text.as_bytes();
    if bytes.get(start) != Some(&quote) {
        return None;
    }
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn scalar(text: String, style: ScalarStyle, span: Span) -> Node {
    let quoted = !matches!(style, ScalarStyle::Plain);
    if !quoted && matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL") {
        return Node::new(span, Value::Null);
    }
    Node::new(span, Value::Scalar(Scalar { text, quoted }))
}

impl Builder<'_> {
    fn offset(&self, mark: &Marker) -> usize {
        self.lines.offset(mark.line(), mark.col())
    }

    fn count(&mut self, n: usize) -> Result<(), ReadError> {
        self.nodes += n;
        if self.nodes > self.limits.max_nodes {
            return Err(ReadError::TooManyNodes {
                limit: self.limits.max_nodes,
            });
        }
        Ok(())
    }

    fn open(&mut self, frame: Frame, at: usize) -> Result<(), ReadError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(ReadError::TooDeep {
                limit: self.limits.max_depth,
                span: Span::new(at, at + 1),
            });
        }
        self.count(1)?;
        self.stack.push(frame);
        Ok(())
    }

    fn close(&mut self, end: usize) -> Result<(), ReadError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let (node, anchor) = match frame {
            Frame::List {
                start,
                anchor,
                items,
            } => {
                let last = items.last().map_or(start + 1, |n| n.span.end);
                let end = self
                    .flow_end(start, b'[', b']', last)
                    .unwrap_or(items.last().map_or(end, |n| n.span.end).max(start));
                (Node::new(Span::new(start, end), Value::List(items)), anchor)
            }
            Frame::Map {
                start,
                anchor,
                entries,
                ..
            } => {
                let last = entries.last().map_or(start + 1, |e| e.node.span.end);
                let end = self
                    .flow_end(start, b'{', b'}', last)
                    .unwrap_or(entries.last().map_or(end, |e| e.node.span.end).max(start));
                (
                    Node::new(Span::new(start, end), Value::Map(entries)),
                    anchor,
                )
            }
        };
        self.attach(node, anchor)
    }

    /// For a flow collection (`[…]`, `{…}`), the offset just after its closing bracket:
    /// the parser's end mark lies past any trailing comment.
    fn flow_end(&self, start: usize, open: u8, close: u8, after: usize) -> Option<usize> {
        let text = self.lines.text();
        if text.as_bytes().get(start) != Some(&open) {
            return None;
        }
        let from = after.max(start + 1).min(text.len());
        text.get(from..)?
            .find(char::from(close))
            .map(|i| from + i + 1)
    }

    fn value(&mut self, node: Node, anchor: usize) -> Result<(), ReadError> {
        self.count(1)?;
        self.attach(node, anchor)
    }

    fn alias(&mut self, id: usize, span: Span) -> Result<(), ReadError> {
        let Some(target) = self.anchors.iter().rev().find(|(a, _)| *a == id) else {
            return Err(ReadError::Syntax {
                detail: "unknown alias".into(),
                span,
            });
        };
        let copied = size(&target.1);
        self.alias_nodes += copied;
        if self.alias_nodes > self.limits.max_alias_nodes {
            return Err(ReadError::AliasExpansion {
                limit: self.limits.max_alias_nodes,
                span,
            });
        }
        let mut node = target.1.clone();
        node.span = span;
        self.count(copied)?;
        self.attach(node, 0)
    }

    fn attach(&mut self, node: Node, anchor: usize) -> Result<(), ReadError> {
        if anchor != 0 {
            self.anchors.push((anchor, node.clone()));
        }
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(node);
                }
            }
            Some(Frame::List { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => {
                    let text = match node.value {
                        Value::Scalar(s) => s.text,
                        Value::Null => String::new(),
                        Value::List(_) | Value::Map(_) => {
                            return Err(ReadError::ComplexKey { span: node.span });
                        }
                    };
                    *key = Some((text, node.span));
                }
                Some((text, key_span)) => {
                    insert_entry(entries, &mut self.problems, text, key_span, node);
                }
            },
        }
        Ok(())
    }
}

/// Number of nodes in a tree, counted without recursion.
fn size(node: &Node) -> usize {
    let mut count = 0;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count += 1;
        match &n.value {
            Value::List(items) => todo.extend(items.iter()),
            Value::Map(entries) => todo.extend(entries.iter().map(|e| &e.node)),
            Value::Null | Value::Scalar(_) => {}
        }
    }
    count
}
