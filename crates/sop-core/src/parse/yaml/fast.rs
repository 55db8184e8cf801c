//! A fast path for the block-style YAML that SOP files are written in: block mappings and
//! sequences, one-line plain and quoted scalars, one-line flow collections
//! (`{ id: tu, nama: … }`, `[a, b]`) and `|`/`>` block scalars. It builds the same
//! [`Node`] tree, spans included, as the saphyr reader beside it, about four times faster
//! (the YAML reader was two thirds of `sopcheck check`'s time).
//!
//! It never reports an error: anything outside that subset — anchors, tags, tabs, CRLF,
//! multi-line plain or quoted scalars, `---`, an escape, a syntax error — makes it give
//! up (`None`), and the caller reads the text with saphyr, which knows the whole of YAML
//! 1.2 and words the errors. A test holds the two readers to the same trees.

use super::scalar;
use crate::limits::Limits;
use crate::node::{Entry, Node, Value};
use crate::parse::{insert_entry, ReadProblem};
use crate::source::Span;
use saphyr_parser::ScalarStyle;

/// What the fast path read: the root and the problems that do not stop reading.
pub(super) struct Fast {
    pub root: Node,
    pub problems: Vec<ReadProblem>,
}

/// Reads `text` if it lies within the subset; `None` hands it to saphyr.
pub(super) fn read(text: &str, limits: Limits) -> Option<Fast> {
    let mut p = Reader {
        text,
        lines: lines(text)?,
        line: 0,
        nodes: 0,
        depth: 0,
        limits,
        problems: Vec::new(),
    };
    let first = p.next_content()?;
    if p.lines[first].indent != 0 {
        return None;
    }
    let root = p.block(0)?;
    if p.next_content().is_some() {
        return None;
    }
    Some(Fast {
        root,
        problems: p.problems,
    })
}

/// One line of the text.
#[derive(Clone, Copy)]
struct Line {
    /// Offset of its first byte.
    start: usize,
    /// Offset of its line end (or the end of the text).
    end: usize,
    /// Leading spaces.
    indent: usize,
    /// Nothing but spaces and perhaps a comment.
    blank: bool,
}

/// The lines of `text`, in one pass that also declines what YAML forbids or treats
/// specially and is left to saphyr: a tab, a carriage return or another control
/// character, a byte-order mark, a non-character.
fn lines(text: &str) -> Option<Vec<Line>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 24 + 1);
    let mut start = 0;
    let line = |start: usize, end: usize| {
        let indent = bytes[start..end].iter().take_while(|&&b| b == b' ').count();
        let blank = start + indent == end || bytes[start + indent] == b'#';
        Line {
            start,
            end,
            indent,
            blank,
        }
    };
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => {
                out.push(line(start, i));
                start = i + 1;
            }
            0..=0x1f | 0x7f => return None,
            // C1 controls (U+0080–U+009F).
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => return None,
            // U+FEFF (byte-order mark), U+FFFE, U+FFFF.
            0xef if matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
            ) =>
            {
                return None
            }
            _ => {}
        }
    }
    out.push(line(start, bytes.len()));
    Some(out)
}

struct Reader<'a> {
    text: &'a str,
    lines: Vec<Line>,
    /// The next line not yet read.
    line: usize,
    nodes: usize,
    depth: usize,
    limits: Limits,
    problems: Vec<ReadProblem>,
}

/// Where a mapping key ends on a line: `key:` then a space or the line end.
fn key_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let first = *bytes.first()?;
    if b"-?:,[]{}#&*!|>'\"%@`".contains(&first)
        && !(first == b'-' && bytes.get(1).is_some_and(|b| *b != b' '))
    {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b':' if bytes.get(i + 1).is_none_or(|b| *b == b' ') => {
                return (i > 0 && bytes[i - 1] != b' ').then_some(i);
            }
            b'#' if i > 0 && bytes[i - 1] == b' ' => return None,
            _ => i += 1,
        }
    }
    None
}

impl Reader<'_> {
    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= self.limits.max_nodes).then_some(())
    }

    /// The index of the next line with content, skipping blank and comment lines.
    fn next_content(&mut self) -> Option<usize> {
        while self.line < self.lines.len() {
            if !self.lines[self.line].blank {
                return Some(self.line);
            }
            self.line += 1;
        }
        None
    }

    /// The content of a line from its indentation on.
    fn content(&self, line: usize) -> (usize, &str) {
        let l = self.lines[line];
        (l.start + l.indent, &self.text[l.start + l.indent..l.end])
    }

    fn is_item(s: &str) -> bool {
        s == "-" || s.starts_with("- ")
    }

    /// A block node starting on the next content line, which is indented by `indent`.
    fn block(&mut self, indent: usize) -> Option<Node> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            return None;
        }
        let line = self.next_content()?;
        let (at, s) = self.content(line);
        let node = if Self::is_item(s) {
            self.sequence(indent, false)
        } else if key_end(s).is_some() {
            self.mapping(indent, at)
        } else {
            None
        };
        self.depth -= 1;
        node
    }

    /// A block sequence whose `-` are at column `indent`. An indentless one (at its key's
    /// column) starts, as saphyr places it, at its first item rather than its first `-`.
    fn sequence(&mut self, indent: usize, indentless: bool) -> Option<Node> {
        self.count()?;
        let mut items = Vec::new();
        let mut start = None;
        while let Some(line) = self.next_content() {
            let (at, s) = self.content(line);
            if self.lines[line].indent != indent || !Self::is_item(s) {
                break;
            }
            start.get_or_insert(at);
            let rest = s[1..].trim_start_matches(' ');
            let rest_at = at + (s.len() - rest.len());
            let item = if rest.is_empty() || rest.starts_with('#') {
                self.line += 1;
                self.nested(indent)?
            } else if key_end(rest).is_some() {
                // `- key: value`: a mapping whose keys line up after the dash.
                self.depth += 1;
                let map = self.mapping(rest_at - self.lines[line].start, rest_at);
                self.depth -= 1;
                map?
            } else {
                self.line += 1;
                self.inline(line, rest_at, indent)?
            };
            items.push(item);
        }
        let mut start = start?;
        if indentless {
            start = items.first().map_or(start, |n| n.span.start);
        }
        let end = items.last().map_or(start, |n| n.span.end);
        Some(Node::new(Span::new(start, end), Value::List(items)))
    }

    /// A block mapping whose keys are at column `indent`; the first key is at `first`.
    fn mapping(&mut self, indent: usize, first: usize) -> Option<Node> {
        self.count()?;
        let mut entries: Vec<Entry> = Vec::new();
        let mut key_at = first;
        while let Some(line) = self.next_content() {
            let l = self.lines[line];
            let s = &self.text[key_at..l.end];
            if entries.is_empty() {
                // The first key may follow a `- ` on its line.
            } else if l.indent != indent || Self::is_item(s) {
                break;
            }
            let end = key_end(s)?;
            self.count()?;
            let key = s[..end].to_string();
            let key_span = Span::new(key_at, key_at + end);
            let rest = s[end + 1..].trim_start_matches(' ');
            let rest_at = l.end - rest.len();
            let node = if rest.is_empty() || rest.starts_with('#') {
                self.line += 1;
                self.nested_value(indent)?
            } else {
                self.line += 1;
                self.inline(line, rest_at, indent)?
            };
            insert_entry(&mut entries, &mut self.problems, key, key_span, node);
            let Some(next) = self.next_content() else {
                break;
            };
            let next = self.lines[next];
            key_at = next.start + next.indent;
        }
        let end = entries.last().map_or(first, |e| e.node.span.end);
        Some(Node::new(Span::new(first, end), Value::Map(entries)))
    }

    /// The value of `key:` written on the following lines: a deeper block or a sequence at
    /// the key's own column. An empty value is left to saphyr, which places its null at
    /// the next token.
    fn nested_value(&mut self, indent: usize) -> Option<Node> {
        if let Some(line) = self.next_content() {
            let l = self.lines[line];
            let (_, s) = self.content(line);
            if l.indent > indent {
                return self.block(l.indent);
            }
            if l.indent == indent && Self::is_item(s) {
                return self.sequence(indent, true);
            }
        }
        None
    }

    /// The value of a `-` with nothing after it: a deeper block (empty: left to saphyr).
    fn nested(&mut self, indent: usize) -> Option<Node> {
        if let Some(line) = self.next_content() {
            let l = self.lines[line];
            if l.indent > indent {
                return self.block(l.indent);
            }
        }
        None
    }

    /// A value written on `line` from offset `at` (after `key: ` or `- `), inside a block
    /// whose column is `indent`.
    fn inline(&mut self, line: usize, at: usize, indent: usize) -> Option<Node> {
        let end = self.lines[line].end;
        let s = &self.text[at..end];
        let first = s.as_bytes()[0];
        let (node, after) = match first {
            b'"' | b'\'' => self.quoted(at, end)?,
            b'[' | b'{' => {
                let mut flow = Flow {
                    text: self.text,
                    at,
                    end,
                };
                self.depth += 1;
                if self.depth > self.limits.max_depth {
                    return None;
                }
                let node = flow.value(self)?;
                self.depth -= 1;
                (node, flow.at)
            }
            b'|' | b'>' => return self.block_scalar(line, at, indent),
            b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'#' | b',' | b']' | b'}' => return None,
            b'-' | b'?' | b':' if s.len() == 1 || s.as_bytes()[1] == b' ' => return None,
            _ => {
                let len = plain_len(s, false)?;
                if s[..len].contains(": ") || s[..len].ends_with(':') {
                    return None;
                }
                self.count()?;
                let node = scalar(
                    s[..len].to_string(),
                    ScalarStyle::Plain,
                    Span::new(at, at + len),
                );
                (node, at + len)
            }
        };
        // Only spaces and a comment may follow a value on its line.
        let rest = &self.text[after..end];
        let trimmed = rest.trim_start_matches(' ');
        if !(trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())) {
            return None;
        }
        // A deeper line after a one-line value would continue it (multi-line scalar).
        if let Some(next) = self.next_content() {
            if self.lines[next].indent > indent {
                return None;
            }
        }
        Some(node)
    }

    /// A one-line quoted scalar at `at`; returns it and the offset after its closing quote.
    fn quoted(&mut self, at: usize, end: usize) -> Option<(Node, usize)> {
        let quote = self.text.as_bytes()[at];
        let body = &self.text[at + 1..end];
        let (text, close) = if quote == b'"' {
            let close = body.find('"')?;
            if body[..close].contains('\\') {
                return None;
            }
            (body[..close].to_string(), close)
        } else {
            let mut i = 0;
            let bytes = body.as_bytes();
            loop {
                let found = body[i..].find('\'')? + i;
                if bytes.get(found + 1) == Some(&b'\'') {
                    i = found + 2;
                } else {
                    break (body[..found].replace("''", "'"), found);
                }
            }
        };
        self.count()?;
        let after = at + 1 + close + 1;
        let style = if quote == b'"' {
            ScalarStyle::DoubleQuoted
        } else {
            ScalarStyle::SingleQuoted
        };
        // The span ends at the closing quote (the saphyr path trims its end mark to it).
        Some((scalar(text, style, Span::new(at, after)), after))
    }

    /// A `|` or `>` block scalar whose header is at `at` on `line`.
    fn block_scalar(&mut self, line: usize, at: usize, indent: usize) -> Option<Node> {
        let l = self.lines[line];
        let header = &self.text[at..l.end];
        let bytes = header.as_bytes();
        let folded = bytes[0] == b'>';
        let (chomp, header_len) = match bytes.get(1) {
            Some(b'-') => (Chomp::Strip, 2),
            Some(b'+') => (Chomp::Keep, 2),
            _ => (Chomp::Clip, 1),
        };
        let rest = &header[header_len..];
        let trimmed = rest.trim_start_matches(' ');
        if !(trimmed.is_empty() || (trimmed.starts_with('#') && trimmed.len() < rest.len())) {
            return None;
        }
        self.count()?;
        // The content: the lines after the header that are indented deeper than `indent`,
        // at the column of the first of them; blank lines inside belong to it.
        let mut next = line + 1;
        let first = (next..self.lines.len()).find(|&i| {
            let l = self.lines[i];
            l.start + l.indent < l.end
        })?;
        let column = self.lines[first].indent;
        if column <= indent || first != next {
            return None;
        }
        let mut pieces: Vec<&str> = Vec::new();
        let mut last_content = next;
        while next < self.lines.len() {
            let c = self.lines[next];
            let raw = &self.text[c.start..c.end];
            if raw.trim_start_matches(' ').is_empty() {
                if raw.len() > column {
                    return None;
                }
                pieces.push("");
            } else if c.indent >= column {
                if folded && c.indent > column {
                    return None;
                }
                pieces.push(&raw[column..]);
                last_content = next;
            } else {
                break;
            }
            next += 1;
        }
        // Trailing blank lines are not content; they count only for `+`.
        let trailing = pieces.len() - (last_content - line);
        pieces.truncate(last_content - line);
        let mut text = String::new();
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 {
                let sep = if folded && !piece.is_empty() && !pieces[i - 1].is_empty() {
                    " "
                } else {
                    "\n"
                };
                text.push_str(sep);
            }
            text.push_str(piece);
        }
        if folded && text.contains("\n\n") {
            // A blank line in folded text is one line break, not two: rare, left to saphyr.
            return None;
        }
        match chomp {
            Chomp::Strip => {}
            Chomp::Clip => text.push('\n'),
            Chomp::Keep => {
                for _ in 0..=trailing {
                    text.push('\n');
                }
            }
        }
        self.line = last_content + 1;
        // saphyr's span of a block scalar ends where the next token starts: the first
        // character of the next line that is not blank, or the end of the text.
        let end = self.lines[next..]
            .iter()
            .find(|l| l.start + l.indent < l.end)
            .map_or(self.text.len(), |l| l.start + l.indent);
        if self
            .next_content()
            .is_some_and(|n| self.lines[n].indent > indent)
        {
            return None;
        }
        let start = self.lines[line + 1].start + column;
        Some(scalar(text, ScalarStyle::Literal, Span::new(start, end)))
    }
}

#[derive(Clone, Copy)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// The length of a plain scalar at the start of `s` (spaces before a comment or the end
/// trimmed); in flow context it also stops at `,`, `[`, `]`, `{`, `}` and `: `.
fn plain_len(s: &str, flow: bool) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'#' && i > 0 && bytes[i - 1] == b' ' {
            break;
        }
        if flow {
            if matches!(b, b',' | b'[' | b']' | b'{' | b'}') {
                break;
            }
            if b == b':'
                && bytes
                    .get(i + 1)
                    .is_none_or(|n| matches!(n, b' ' | b',' | b']' | b'}'))
            {
                break;
            }
        }
        if b != b' ' {
            end = i + 1;
        }
        i += 1;
    }
    (end > 0).then_some(end)
}

/// A one-line flow collection.
struct Flow<'a> {
    text: &'a str,
    /// The next byte to read.
    at: usize,
    /// The end of the line.
    end: usize,
}

impl Flow<'_> {
    fn peek(&self) -> Option<u8> {
        (self.at < self.end).then(|| self.text.as_bytes()[self.at])
    }

    fn spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.at += 1;
        }
    }

    fn value(&mut self, r: &mut Reader<'_>) -> Option<Node> {
        match self.peek()? {
            b'[' => self.collection(r, b']'),
            b'{' => self.collection(r, b'}'),
            b'"' | b'\'' => {
                let (node, after) = r.quoted(self.at, self.end)?;
                self.at = after;
                Some(node)
            }
            b'&' | b'*' | b'!' | b'%' | b'@' | b'`' | b'#' | b'|' | b'>' | b',' | b']' | b'}' => {
                None
            }
            b'-' | b'?' | b':'
                if self
                    .text
                    .as_bytes()
                    .get(self.at + 1)
                    .is_none_or(|b| b" ,]}".contains(b)) =>
            {
                None
            }
            _ => {
                let s = &self.text[self.at..self.end];
                let len = plain_len(s, true)?;
                r.count()?;
                let node = scalar(
                    s[..len].to_string(),
                    ScalarStyle::Plain,
                    Span::new(self.at, self.at + len),
                );
                self.at += len;
                Some(node)
            }
        }
    }

    /// `[…]` or `{…}` from its opening bracket, closed on the same line.
    fn collection(&mut self, r: &mut Reader<'_>, close: u8) -> Option<Node> {
        r.count()?;
        // Nesting is bounded before it can grow the call stack (hostile `[[[[…`).
        r.depth += 1;
        if r.depth > r.limits.max_depth {
            return None;
        }
        let start = self.at;
        self.at += 1;
        let mut items = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        self.spaces();
        if self.peek() != Some(close) {
            loop {
                self.spaces();
                if close == b'}' {
                    let key_at = self.at;
                    let key = match self.value(r)? {
                        Node {
                            value: Value::Scalar(s),
                            ..
                        } if !s.quoted => s.text,
                        _ => return None,
                    };
                    if self.peek() != Some(b':') {
                        return None;
                    }
                    let key_span = Span::new(key_at, key_at + key.len());
                    self.at += 1;
                    if self.peek() != Some(b' ') {
                        return None;
                    }
                    self.spaces();
                    let node = self.value(r)?;
                    insert_entry(&mut entries, &mut r.problems, key, key_span, node);
                } else {
                    items.push(self.value(r)?);
                }
                self.spaces();
                match self.peek()? {
                    b',' => {
                        self.at += 1;
                        self.spaces();
                        if self.peek() == Some(close) {
                            return None;
                        }
                    }
                    b if b == close => break,
                    _ => return None,
                }
            }
        }
        self.at += 1;
        r.depth -= 1;
        let span = Span::new(start, self.at);
        Some(if close == b']' {
            Node::new(span, Value::List(items))
        } else {
            Node::new(span, Value::Map(entries))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::yaml::read_all;

    /// The fast path gives saphyr's tree and problems, or declines.
    fn same_as_saphyr(text: &str) -> bool {
        let Some(fast) = read(text, Limits::default()) else {
            return false;
        };
        let full = read_all(text, Limits::default());
        assert!(
            full.error.is_none(),
            "fast path accepted what saphyr rejects:\n{text}"
        );
        if let Some(full_root) = &full.root {
            if let Some(diff) = first_diff(&fast.root, full_root, "") {
                panic!("fast path differs from saphyr at {diff}\n{text}");
            }
        }
        assert_eq!(Some(&fast.root), full.root.as_ref(), "\n{text}");
        assert_eq!(fast.problems, full.problems, "\n{text}");
        true
    }

    fn first_diff(a: &Node, b: &Node, at: &str) -> Option<String> {
        if a.span != b.span {
            return Some(format!(
                "{at}: span {:?} (fast) vs {:?} (saphyr)",
                a.span, b.span
            ));
        }
        match (&a.value, &b.value) {
            (Value::List(x), Value::List(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_diff(p, q, &format!("{at}/{i}"))),
            (Value::Map(x), Value::Map(y)) if x.len() == y.len() => {
                x.iter().zip(y).find_map(|(p, q)| {
                    if p.key != q.key || p.key_span != q.key_span {
                        Some(format!(
                            "{at}: key {:?}@{:?} vs {:?}@{:?}",
                            p.key, p.key_span, q.key, q.key_span
                        ))
                    } else {
                        first_diff(&p.node, &q.node, &format!("{at}/{}", p.key))
                    }
                })
            }
            (x, y) if x == y => None,
            (x, y) => Some(format!("{at}: {x:?} (fast) vs {y:?} (saphyr)")),
        }
    }

    const REAL: [&str; 9] = [
        include_str!("../../../../../tests/fixtures/corpus/bps-bengkulu_layanan-pengaduan.sop.yaml"),
        include_str!("../../../../../tests/fixtures/corpus/bps-bengkulu_pengajuan-belanja-pegawai.sop.yaml"),
        include_str!("../../../../../tests/fixtures/corpus/bps-bengkulu_sharing-knowledge-antar-pegawai.sop.yaml"),
        include_str!("../../../templates/umum.sop.yaml"),
        include_str!("../../../templates/pembuatan_berita.sop.yaml"),
        include_str!("../../../templates/kpu_mengajar.sop.yaml"),
        include_str!("../../../templates/layanan_informasi_publik.sop.yaml"),
        include_str!("../../../templates/keberatan_informasi.sop.yaml"),
        include_str!("../../../templates/administrasi_sdm.sop.yaml"),
    ];

    #[test]
    fn real_files_take_the_fast_path_and_read_the_same() {
        for (i, text) in REAL.iter().enumerate() {
            assert!(same_as_saphyr(text), "file {i} fell back to saphyr");
        }
    }

    /// Every line of the real files removed, indented, dedented or commented in turn:
    /// whatever the fast path accepts, saphyr reads the same way.
    #[test]
    fn mutated_real_files_read_the_same_or_fall_back() {
        let mut accepted = 0;
        let mut total = 0;
        for text in REAL {
            let lines: Vec<&str> = text.lines().collect();
            for i in 0..lines.len() {
                for mutation in 0..5 {
                    let mut out = String::new();
                    for (j, line) in lines.iter().enumerate() {
                        if j == i {
                            match mutation {
                                0 => continue,
                                1 => out.push_str("  "),
                                2 => {
                                    out.push_str(line.strip_prefix("  ").unwrap_or(line));
                                    out.push('\n');
                                    continue;
                                }
                                3 => {
                                    out.push_str(line);
                                    out.push_str(" # c\n");
                                    continue;
                                }
                                _ => {
                                    out.push_str(
                                        &line.replacen(": ", ":  ", 1).replacen("- ", "-   ", 1),
                                    );
                                    out.push('\n');
                                    continue;
                                }
                            }
                        }
                        out.push_str(line);
                        out.push('\n');
                    }
                    total += 1;
                    accepted += usize::from(same_as_saphyr(&out));
                }
            }
        }
        assert!(
            accepted * 2 > total,
            "only {accepted} of {total} took the fast path"
        );
    }

    #[test]
    fn a_quoted_scalar_ends_at_its_closing_quote() {
        // Not after the comment that follows it: a finding about `nomor: ""   # …`
        // underlines `""` alone.
        let text = "a: \"\"   # diisi saat pengesahan\nb: 'it''s'  \nc: \"x\\\"y\" # c\n";
        // The escaped quote sends this text to saphyr; the first two lines take the fast path.
        let first_two = text.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(same_as_saphyr(&first_two));
        for root in [
            read(&first_two, Limits::default()).map(|r| r.root),
            read_all(text, Limits::default()).root,
        ] {
            let Some(Node {
                value: Value::Map(entries),
                ..
            }) = root
            else {
                panic!("not read: {text}");
            };
            let shown: Vec<&str> = entries
                .iter()
                .map(|e| &text[e.node.span.start..e.node.span.end])
                .collect();
            let expected = ["\"\"", "'it''s'", "\"x\\\"y\""];
            assert_eq!(shown, expected[..shown.len()]);
            assert!(shown.len() >= 2);
        }
    }

    #[test]
    fn edge_cases_read_the_same_or_fall_back() {
        let cases = [
            "a: 1\nb:\n  - x\n  - y # c\nc:\n- z\n",
            "a: 'it''s'\nb: \"q\"  # c\nc: [x, 'y', \"z\"]\nd: {k: v, l: [1, 2]}\n",
            "a: |\n  x\n   y\n\n  z\n\nb: 1\n",
            "a: |-\n  x\n  # not a comment\nb: >-\n  folded\n  text\n",
            "a: |+\n  x\n\n\nb: 1\n",
            "a: >\n  x\n\n  y\n",
            "- nomor: 1\n  uraian: x\n- nomor: 2\n  mutu_baku: { kelengkapan: A, waktu: 5 menit }\n",
            "a: 1\na: 2\nb: {x: 1, x: 2}\n",
            "a: b: c\n",
            "a: x\n  continued\n",
            "a: \"x\\ny\"\n",
            "a: &x 1\nb: *x\n",
            "---\na: 1\n",
            "a:\n",
            "a: [1, 2,]\n",
            "a: {x: 1\n",
            "a: -\n",
            "a: x:y\n",
            "url: http://x.y/z\n",
            "a: 'x\n  y'\n",
            "- - a\n",
            "-\n  a: 1\n",
            "a: ~\nb: null\nc: \"\"\n",
            "é: ü\nb: [é, {c: ü}]\n",
            "a:    spaced   # c\n",
            "a: x #c\n",
            "a: x# not a comment\n",
            "# only\n",
            "",
            "k: v\n\n\n",
            "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
            "a: |\n  x\nb: 1\n",
            "a: |2\n  x\n",
            "? a\n: b\n",
            "a : b\n",
            "a: [x, y]   # c\n",
            "a: {}\nb: []\n",
            "a: { k: 'v' }\n",
            "a: [ ]\n",
            "nomor: \"\"   # diisi saat pengesahan\n",
            "a: 'x'  \nb: \"y\"\t# c\n",
        ];
        let mut fast = 0;
        for text in cases {
            fast += usize::from(same_as_saphyr(text));
        }
        assert!(fast >= 20, "only {fast} cases took the fast path");
    }
}
