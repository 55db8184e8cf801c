//! JSON as RFC 8259 defines it into a [`Node`] tree with exact spans. Other programs read
//! `.sop.json` files, so what the YAML reader would forgive — a trailing comma, a comment,
//! single quotes, `NaN`, a bare word — is an error here, named and placed (DESIGN §3).
//! The tree is built with an explicit stack: nesting depth never grows the call stack.

use super::{insert_entry, Read, ReadError, ReadProblem};
use crate::limits::Limits;
use crate::node::{Entry, Node, Scalar, Value};
use crate::source::Span;

/// Reads a JSON text.
pub(crate) fn read(text: &str, limits: Limits) -> Read {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        limits,
        nodes: 0,
        problems: Vec::new(),
    };
    match reader.document() {
        Ok(root) => Read {
            root,
            problems: reader.problems,
            error: None,
        },
        Err(error) => Read {
            root: None,
            problems: reader.problems,
            error: Some(error),
        },
    }
}

/// An open array or object while reading.
enum Frame {
    Array {
        start: usize,
        items: Vec<Node>,
    },
    Object {
        start: usize,
        entries: Vec<Entry>,
        /// The key whose value is being read.
        key: Option<(String, Span)>,
    },
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    limits: Limits,
    nodes: usize,
    problems: Vec<ReadProblem>,
}

type Result<T> = std::result::Result<T, ReadError>;

impl Reader<'_> {
    /// The whole text: one value between optional whitespace. A text of whitespace only
    /// has no root (the rules then say what is missing), as in the YAML reader.
    fn document(&mut self) -> Result<Option<Node>> {
        self.skip_space()?;
        if self.at == self.bytes.len() {
            return Ok(None);
        }
        let root = self.value()?;
        self.skip_space()?;
        if self.at < self.bytes.len() {
            return Err(self.error_here(
                "text after the end of the JSON document (a JSON file holds one value)",
            ));
        }
        Ok(Some(root))
    }

    /// One value, with arrays and objects read on an explicit stack.
    fn value(&mut self) -> Result<Node> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            // Read the start of a value: a scalar completes at once, a bracket opens a frame.
            let mut done = match self.peek() {
                Some(b'[') => {
                    self.open(&mut stack, self.at)?;
                    stack.push(Frame::Array {
                        start: self.at,
                        items: Vec::new(),
                    });
                    self.at += 1;
                    self.skip_space()?;
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        self.close(&mut stack)
                    } else {
                        None
                    }
                }
                Some(b'{') => {
                    self.open(&mut stack, self.at)?;
                    stack.push(Frame::Object {
                        start: self.at,
                        entries: Vec::new(),
                        key: None,
                    });
                    self.at += 1;
                    self.skip_space()?;
                    if self.peek() == Some(b'}') {
                        self.at += 1;
                        self.close(&mut stack)
                    } else {
                        self.key(&mut stack)?;
                        None
                    }
                }
                _ => Some(self.scalar()?),
            };
            // Attach finished values and read separators until another value must start.
            while let Some(node) = done.take() {
                let Some(frame) = stack.last_mut() else {
                    return Ok(node);
                };
                match frame {
                    Frame::Array { items, .. } => items.push(node),
                    Frame::Object { entries, key, .. } => {
                        if let Some((text, key_span)) = key.take() {
                            insert_entry(entries, &mut self.problems, text, key_span, node);
                        }
                    }
                }
                let is_array = matches!(stack.last(), Some(Frame::Array { .. }));
                let close = if is_array { b']' } else { b'}' };
                self.skip_space()?;
                match self.peek() {
                    Some(b',') => {
                        let comma = self.at;
                        self.at += 1;
                        self.skip_space()?;
                        if self.peek() == Some(close) {
                            return Err(ReadError::Syntax {
                                detail: format!(
                                    "trailing comma before `{}`: JSON allows no comma after the last {}",
                                    char::from(close),
                                    if is_array { "item" } else { "member" }
                                ),
                                span: Span::new(comma, comma + 1),
                            });
                        }
                        if !is_array {
                            self.key(&mut stack)?;
                        }
                    }
                    Some(b) if b == close => {
                        self.at += 1;
                        done = self.close(&mut stack);
                    }
                    None => return Err(self.unclosed(&stack)),
                    Some(_) => {
                        return Err(self.error_here(if is_array {
                            "expected `,` or `]` after an array item"
                        } else {
                            "expected `,` or `}` after an object member"
                        }))
                    }
                }
            }
        }
    }

    /// Checks the depth and node limits before a bracket opens at `at`.
    fn open(&mut self, stack: &mut [Frame], at: usize) -> Result<()> {
        if stack.len() >= self.limits.max_depth {
            return Err(ReadError::TooDeep {
                limit: self.limits.max_depth,
                span: Span::new(at, at + 1),
            });
        }
        self.count()
    }

    fn count(&mut self) -> Result<()> {
        self.nodes += 1;
        if self.nodes > self.limits.max_nodes {
            return Err(ReadError::TooManyNodes {
                limit: self.limits.max_nodes,
            });
        }
        Ok(())
    }

    /// Pops the innermost frame whose closing bracket was just read.
    fn close(&mut self, stack: &mut Vec<Frame>) -> Option<Node> {
        let end = self.at;
        Some(match stack.pop()? {
            Frame::Array { start, items } => Node::new(Span::new(start, end), Value::List(items)),
            Frame::Object { start, entries, .. } => {
                Node::new(Span::new(start, end), Value::Map(entries))
            }
        })
    }

    /// Reads `"key"` and `:` of the next member of the innermost object.
    fn key(&mut self, stack: &mut [Frame]) -> Result<()> {
        self.skip_space()?;
        if self.peek() != Some(b'"') {
            return Err(match self.peek() {
                None => self.unclosed(stack),
                Some(b'\'') => self.single_quote(),
                Some(b'}') => self.error_here("expected a member name in double quotes"),
                Some(_) => self.error_here(
                    "expected a member name in double quotes: JSON keys are always quoted",
                ),
            });
        }
        let start = self.at;
        let text = self.string()?;
        let span = Span::new(start, self.at);
        self.skip_space()?;
        if self.peek() != Some(b':') {
            return Err(self.error_here("expected `:` after the member name"));
        }
        self.at += 1;
        self.skip_space()?;
        if let Some(Frame::Object { key, .. }) = stack.last_mut() {
            *key = Some((text, span));
        }
        Ok(())
    }

    /// A string, number, `true`, `false` or `null`.
    fn scalar(&mut self) -> Result<Node> {
        self.count()?;
        let start = self.at;
        let node = match self.peek() {
            None => return Err(self.error_here("unexpected end of the file: a value is missing")),
            Some(b'"') => {
                let text = self.string()?;
                Node::new(
                    Span::new(start, self.at),
                    Value::Scalar(Scalar { text, quoted: true }),
                )
            }
            Some(b'-' | b'0'..=b'9') => {
                self.number()?;
                self.plain(start)
            }
            Some(b'\'') => return Err(self.single_quote()),
            Some(b']' | b'}' | b',') => {
                return Err(self.error_here("a value is missing here"));
            }
            Some(_) => {
                let word = self.word();
                match word {
                    "true" | "false" => self.plain(start),
                    "null" => Node::new(Span::new(start, self.at), Value::Null),
                    "" => {
                        let c = self.text[start..].chars().next().unwrap_or(' ');
                        return Err(ReadError::Syntax {
                            detail: format!("`{c}` cannot start a JSON value"),
                            span: Span::new(start, start + c.len_utf8()),
                        });
                    }
                    _ => {
                        let detail = match word {
                            "NaN" | "Infinity" => format!(
                                "`{word}` is not a JSON number (JSON has no NaN or infinity)"
                            ),
                            "True" | "False" | "TRUE" | "FALSE" | "yes" | "no" => format!(
                                "`{word}` is not a JSON value: write `true` or `false`, or text in double quotes"
                            ),
                            "None" | "NULL" | "Null" | "nil" | "undefined" => format!(
                                "`{word}` is not a JSON value: write `null`"
                            ),
                            _ => format!(
                                "`{word}` is not a JSON value: text must be in double quotes"
                            ),
                        };
                        return Err(ReadError::Syntax {
                            detail,
                            span: Span::new(start, self.at),
                        });
                    }
                }
            }
        };
        Ok(node)
    }

    /// A scalar kept as written (numbers, `true`, `false`), from `start` to here.
    fn plain(&self, start: usize) -> Node {
        Node::new(
            Span::new(start, self.at),
            Value::Scalar(Scalar {
                text: self.text[start..self.at].to_string(),
                quoted: false,
            }),
        )
    }

    /// Letters and digits from here (a bare word such as `NaN` or `True`).
    fn word(&mut self) -> &str {
        let start = self.at;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.at += 1;
            } else {
                break;
            }
        }
        &self.text[start..self.at]
    }

    /// A number as RFC 8259 §6 writes it: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<()> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
            if self.word_follows("Infinity") {
                return Err(ReadError::Syntax {
                    detail: "`-Infinity` is not a JSON number (JSON has no NaN or infinity)".into(),
                    span: Span::new(start, self.at + "Infinity".len()),
                });
            }
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.bad_number(start, "a JSON number has no leading zeros"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.bad_number(start, "a digit must follow `-`")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.bad_number(start, "a digit must follow the decimal point"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.bad_number(start, "a digit must follow the exponent"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b == b'.') {
            self.word();
            return Err(self.bad_number(
                start,
                "this is not a JSON number; text must be in double quotes",
            ));
        }
        Ok(())
    }

    fn word_follows(&self, word: &str) -> bool {
        self.bytes[self.at..].starts_with(word.as_bytes())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    fn bad_number(&mut self, start: usize, why: &str) -> ReadError {
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b"+-._".contains(&b)) {
            self.at += 1;
        }
        ReadError::Syntax {
            detail: format!("`{}`: {why}", &self.text[start..self.at]),
            span: Span::new(start, self.at),
        }
    }

    /// A double-quoted string from here (at its `"`), unescaped.
    fn string(&mut self) -> Result<String> {
        let open = self.at;
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            let Some(b) = self.peek() else {
                return Err(ReadError::Syntax {
                    detail: "unterminated string: the closing `\"` is missing".into(),
                    span: Span::new(open, open + 1),
                });
            };
            match b {
                b'"' => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[run..self.at]);
                    self.escape(&mut out)?;
                    run = self.at;
                }
                b'\n' | b'\r' => {
                    return Err(ReadError::Syntax {
                        detail: "line break inside a string: write it as `\\n`, or close the string with `\"` on this line".into(),
                        span: Span::new(open, self.at),
                    });
                }
                0x00..=0x1f => {
                    let name = if b == b'\t' {
                        "a tab".to_string()
                    } else {
                        format!("the control character U+{b:04X}")
                    };
                    return Err(ReadError::Syntax {
                        detail: format!(
                            "{name} inside a string: JSON needs it escaped (`\\t`, `\\u{b:04x}`)"
                        ),
                        span: Span::new(self.at, self.at + 1),
                    });
                }
                _ => self.at += 1,
            }
        }
    }

    /// One escape sequence from here (at its `\`).
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let start = self.at;
        self.at += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let high = self.hex4(start)?;
                let c = if (0xD800..0xDC00).contains(&high) {
                    if !self.word_follows("\\u") {
                        return Err(self.lone_surrogate(start));
                    }
                    self.at += 2;
                    let low = self.hex4(start)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.lone_surrogate(start));
                    }
                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                } else {
                    char::from_u32(high)
                };
                let Some(c) = c else {
                    return Err(self.lone_surrogate(start));
                };
                out.push(c);
                return Ok(());
            }
            _ => {
                let shown = self.text[self.at..].chars().next().unwrap_or(' ');
                return Err(ReadError::Syntax {
                    detail: format!(
                        "`\\{shown}` is not a JSON escape: use `\\\\`, `\\\"`, `\\n`, `\\t` or `\\uXXXX`"
                    ),
                    span: Span::new(start, self.at + shown.len_utf8()),
                });
            }
        };
        self.at += 1;
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self, escape_start: usize) -> Result<u32> {
        let digits = self.text.get(self.at..self.at + 4).unwrap_or("");
        match u32::from_str_radix(digits, 16) {
            Ok(v) if digits.bytes().all(|b| b.is_ascii_hexdigit()) => {
                self.at += 4;
                Ok(v)
            }
            _ => Err(ReadError::Syntax {
                detail: "`\\u` must be followed by four hexadecimal digits".into(),
                span: Span::new(escape_start, self.at),
            }),
        }
    }

    fn lone_surrogate(&self, start: usize) -> ReadError {
        ReadError::Syntax {
            detail: "a `\\u` escape names half of a character (a lone surrogate)".into(),
            span: Span::new(start, self.at),
        }
    }

    /// Whitespace as JSON has it (space, tab, line feed, carriage return); a comment or
    /// other blank is an error naming what it is.
    fn skip_space(&mut self) -> Result<()> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.at += 1,
                b'#' => return Err(self.comment(1)),
                b'/' if matches!(self.bytes.get(self.at + 1), Some(b'/' | b'*')) => {
                    return Err(self.comment(2))
                }
                _ => return Ok(()),
            }
        }
        Ok(())
    }

    fn comment(&self, len: usize) -> ReadError {
        ReadError::Syntax {
            detail: "comments are not allowed in JSON; remove it (a `.sop.yaml` file may have `#` comments)".into(),
            span: Span::new(self.at, self.at + len),
        }
    }

    fn single_quote(&self) -> ReadError {
        ReadError::Syntax {
            detail: "JSON strings use double quotes `\"`, not single quotes `'`".into(),
            span: Span::new(self.at, self.at + 1),
        }
    }

    /// The end of the text while arrays or objects are open: names the innermost one.
    fn unclosed(&self, stack: &[Frame]) -> ReadError {
        let (start, close) = match stack.last() {
            Some(Frame::Array { start, .. }) => (*start, ']'),
            Some(Frame::Object { start, .. }) => (*start, '}'),
            None => (self.at, ' '),
        };
        ReadError::Syntax {
            detail: format!(
                "unexpected end of the file: the `{close}` that closes this is missing"
            ),
            span: Span::new(start, start + 1),
        }
    }

    fn error_here(&self, detail: &str) -> ReadError {
        let len = self.text[self.at..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        ReadError::Syntax {
            detail: detail.to_string(),
            span: Span::new(self.at, self.at + len),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::LineIndex;

    fn error_at(text: &str) -> (String, usize, usize) {
        let read = read(text, Limits::default());
        let Some(ReadError::Syntax { detail, span }) = read.error else {
            panic!("{text:?} read without a syntax error: {:?}", read.error);
        };
        let pos = LineIndex::new(text).position(span.start);
        (detail, pos.line, pos.column)
    }

    #[test]
    fn reads_values_with_spans() {
        let text = "{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\n\"], \"b\": {}}";
        let read = read(text, Limits::default());
        assert!(read.error.is_none());
        let root = read.root.unwrap();
        assert_eq!(root.span, Span::new(0, text.len()));
        let a = root.get("a").unwrap();
        let Value::List(items) = &a.value else {
            panic!()
        };
        assert_eq!(&text[items[1].span.start..items[1].span.end], "-2.5e3");
        assert_eq!(items[3].value, Value::Null);
        assert_eq!(
            items[4].value,
            Value::Scalar(Scalar {
                text: "xé\n".into(),
                quoted: true
            })
        );
        assert_eq!(
            &text[items[4].span.start..items[4].span.end],
            "\"x\\u00e9\\n\""
        );
        assert_eq!(root.get("b").unwrap().value, Value::Map(Vec::new()));
    }

    #[test]
    fn what_json_forbids_is_an_error_with_its_place() {
        let cases: [(&str, &str, usize, usize); 12] = [
            ("{\"nama\": \"x\",}", "trailing comma", 1, 13),
            ("[1,\n 2,\n]", "trailing comma", 2, 3),
            ("{'nama': 'x'}", "single quotes", 1, 2),
            ("{\"nama\": 'x'}", "single quotes", 1, 10),
            ("# comment\n{}", "comments", 1, 1),
            ("{\n  // c\n}", "comments", 2, 3),
            ("{\"a\": /* c */ 1}", "comments", 1, 7),
            ("{\"a\": NaN}", "NaN", 1, 7),
            ("{\"a\": -Infinity}", "-Infinity", 1, 7),
            ("{\"a\": 01}", "leading zeros", 1, 7),
            ("{nama: 1}", "always quoted", 1, 2),
            ("{\"a\": \"x\ty\"}", "tab inside a string", 1, 9),
        ];
        for (text, words, line, column) in cases {
            let (detail, l, c) = error_at(text);
            assert!(detail.contains(words), "{text:?}: {detail}");
            assert_eq!((l, c), (line, column), "{text:?}: {detail}");
        }
    }

    #[test]
    fn other_errors_are_placed() {
        assert_eq!(error_at("{\"a\": 1").1, 1);
        assert!(error_at("{\"a\": 1").0.contains("`}`"));
        assert!(error_at("{} {}").0.contains("one value"));
        assert!(error_at("\"\\ud800\"").0.contains("surrogate"));
        assert!(error_at("[1 2]").0.contains("`,` or `]`"));
        assert!(error_at("{\"a\" 1}").0.contains("`:`"));
        assert!(error_at("[True]").0.contains("`true`"));
        assert!(error_at("\"a\nb\"").0.contains("line break"));
    }

    #[test]
    fn duplicate_keys_are_problems_and_the_first_wins() {
        let read = read("{\"a\": 1, \"a\": 2}", Limits::default());
        assert_eq!(read.problems.len(), 1);
        let root = read.root.unwrap();
        let Value::Map(entries) = &root.value else {
            panic!()
        };
        assert_eq!(entries.len(), 1);
        assert_eq!(root.get("a").unwrap().span, Span::new(6, 7));
    }

    #[test]
    fn deep_nesting_stops_at_the_limit() {
        let text = "[".repeat(10_000) + &"]".repeat(10_000);
        let read = read(&text, Limits::default());
        assert!(matches!(read.error, Some(ReadError::TooDeep { .. })));
    }

    #[test]
    fn whitespace_only_has_no_root() {
        let read = read(" \n", Limits::default());
        assert!(read.error.is_none() && read.root.is_none());
    }
}

#[cfg(test)]
mod same_as_yaml {
    use super::*;

    /// JSON is YAML 1.2's flow syntax: on valid JSON the strict reader must give the tree
    /// the YAML reader gives, spans included, so diagnostics stay where they were.
    #[test]
    fn valid_json_reads_as_the_yaml_reader_reads_it() {
        let texts = [
            include_str!("../../../sop-cli/tests/fixtures/complete.sop.json"),
            "{\"a\": [1, -2.5e3, true, null, \"x\\u00e9\\n\"], \"b\": {}, \"c\": []}",
            "[\n  {\"nama\": \"Pelaksana é\"},\n  \"ü\", 0\n]\n",
        ];
        for text in texts {
            let strict = read(text, Limits::default());
            let yaml = super::super::yaml::read_all(text, Limits::default());
            assert!(strict.error.is_none(), "{:?}", strict.error);
            assert_eq!(strict.root, yaml.root, "{text}");
        }
    }
}
