//! Byte spans in a source text and their line/column positions.

/// A byte range `start..end` in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// Last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start,
            end: end.max(start),
        }
    }
}

/// A 1-based line and column (column counted in characters, as editors show it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Converts between byte offsets and line/column positions of one text.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// Whether each line is pure ASCII (then a column is a byte count).
    ascii: Vec<bool>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text` (`\n`, `\r\n` and lone `\r` end a line).
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
        starts.push(0);
        if !bytes.contains(&b'\r') {
            // The usual text: `\n` line ends only, found with the standard library's
            // memchr search; then each line's ASCII check runs on whole words.
            starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        } else {
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    starts.push(i + 1);
                }
            }
        }
        let ascii = if text.is_ascii() {
            vec![true; starts.len()]
        } else {
            starts
                .iter()
                .enumerate()
                .map(|(n, &start)| {
                    let end = starts.get(n + 1).copied().unwrap_or(bytes.len());
                    bytes[start..end].is_ascii()
                })
                .collect()
        };
        Self {
            text,
            starts,
            ascii,
        }
    }

    /// The text this index was built over.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset of a 1-based line and 0-based character column (clamped to the text).
    pub fn offset(&self, line: usize, col0: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        if self.ascii.get(line.saturating_sub(1)) == Some(&true) {
            let end = self.starts.get(line).copied().unwrap_or(self.text.len());
            if start + col0 <= end {
                return start + col0;
            }
        }
        let rest = &self.text[start..];
        match rest.char_indices().nth(col0) {
            Some((i, _)) => start + i,
            None => self.text.len(),
        }
    }

    /// Line and column (both 1-based) of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line0 = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line0];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position {
            line: line0 + 1,
            column,
        }
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let idx = LineIndex::new("a: é\r\nb: x\n");
        assert_eq!(idx.position(0), Position { line: 1, column: 1 });
        // "é" is two bytes; the column after it is 5, not 6.
        assert_eq!(idx.position(5), Position { line: 1, column: 5 });
        assert_eq!(idx.position(7), Position { line: 2, column: 1 });
        assert_eq!(idx.offset(2, 3), 10);
        assert_eq!(idx.line_text(1), "a: é");
    }

    #[test]
    fn every_kind_of_line_end_starts_a_line() {
        for text in [
            "a\nb\r\nc\rd",
            "a\nb\nc\nd",
            "a\r\r\nb",
            "é\nx\n",
            "",
            "\n\n",
        ] {
            let idx = LineIndex::new(text);
            let mut expected = vec![0];
            let b = text.as_bytes();
            for i in 0..b.len() {
                if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                    expected.push(i + 1);
                }
            }
            assert_eq!(idx.starts, expected, "{text:?}");
            assert_eq!(idx.ascii.len(), expected.len(), "{text:?}");
        }
        let idx = LineIndex::new("ab\né\ncd");
        assert_eq!(idx.ascii, [true, false, true]);
        assert_eq!(idx.offset(3, 1), 7);
    }
}
