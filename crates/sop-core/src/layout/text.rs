//! Text set in cells: measured line breaking that never drops a character, and a small
//! builder that stacks wrapped paragraphs, numbered lists and gaps into a cell.

use super::font::{Font, ASCENT, DESCENT};
use super::{Align, Line, Rect, Source, TextCell};

/// Space between a cell's border and its text, left and right.
pub const PAD_X: f32 = 1.2;
/// Space between a cell's border and its text, top and bottom.
pub const PAD_Y: f32 = 1.0;

/// Breaks `text` into lines no wider than `width` when set in `font`.
///
/// Paragraphs (`\n`) start new lines, blank ones included; lines break between words; a
/// word wider than the line breaks after its last `/` or `-` that fits, else between
/// characters, without adding a hyphen. Every character but whitespace is kept, in order,
/// and runs of whitespace become one space.
pub fn wrap(text: &str, width: f32, font: Font) -> Vec<String> {
    let mut out = Vec::new();
    breaks(text, width, font, |line| {
        out.push(line.split_whitespace().collect::<Vec<_>>().join(" "));
    });
    out
}

/// How many lines [`wrap`] gives, without building them.
pub fn line_count(text: &str, width: f32, font: Font) -> usize {
    let mut n = 0;
    breaks(text, width, font, |_| n += 1);
    n
}

/// A text measured once, word by word, so that its line count at many widths is cheap
/// (the column widths try dozens). Counts exactly as [`line_count`].
#[derive(Debug, Clone)]
pub struct Measured<'a> {
    text: &'a str,
    font: Font,
    /// Each paragraph's word widths.
    paragraphs: Vec<Vec<f32>>,
    widest: f32,
}

impl<'a> Measured<'a> {
    /// Measures `text` in `font`.
    pub fn new(text: &'a str, font: Font) -> Self {
        let paragraphs: Vec<Vec<f32>> = text
            .lines()
            .map(|p| p.split_whitespace().map(|w| font.width(w)).collect())
            .collect();
        let widest = paragraphs.iter().flatten().copied().fold(0.0, f32::max);
        Self {
            text,
            font,
            paragraphs,
            widest,
        }
    }

    /// How many lines the text takes `width` wide.
    pub fn lines(&self, width: f32) -> usize {
        if self.widest > width {
            // Some word breaks between letters: the full line breaking counts it.
            return line_count(self.text, width, self.font);
        }
        let space = self.font.width(" ");
        let mut n = 0;
        for words in &self.paragraphs {
            let mut line_w: Option<f32> = None;
            for &w in words {
                line_w = match line_w {
                    Some(lw) if lw + space + w <= width => Some(lw + space + w),
                    Some(_) => {
                        n += 1;
                        Some(w)
                    }
                    None => Some(w),
                };
            }
            n += 1;
        }
        n
    }
}

/// The width of the widest word of `text` (what a column needs not to break words).
pub fn widest_word(text: &str, font: Font) -> f32 {
    text.split_whitespace()
        .map(|w| font.width(w))
        .fold(0.0, f32::max)
}

/// The line breaking behind [`wrap`]: calls `emit` with each line, a slice of `text`.
fn breaks<'a>(text: &'a str, width: f32, font: Font, mut emit: impl FnMut(&'a str)) {
    let space = font.width(" ");
    for paragraph in text.lines() {
        let mut start: Option<usize> = None;
        let mut end = 0usize;
        let mut line_w = 0.0f32;
        for (at, word) in words(paragraph) {
            let word_w = font.width(word);
            if let Some(s) = start {
                if line_w + space + word_w <= width {
                    line_w += space + word_w;
                    end = at + word.len();
                    continue;
                }
                emit(&paragraph[s..end]);
            }
            // The word starts a line; a word wider than the line is cut into pieces.
            let mut rest = word;
            let mut rest_at = at;
            while font.width(rest) > width {
                let cut = cut_point(rest, width, font);
                emit(&rest[..cut]);
                rest = &rest[cut..];
                rest_at += cut;
            }
            if rest.is_empty() {
                start = None;
                continue;
            }
            start = Some(rest_at);
            end = rest_at + rest.len();
            line_w = font.width(rest);
        }
        match start {
            Some(s) => emit(&paragraph[s..end]),
            None if paragraph.trim().is_empty() => emit(""),
            None => {}
        }
    }
}

/// The words of `line` with their byte offsets.
fn words(line: &str) -> impl Iterator<Item = (usize, &str)> {
    line.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
}

/// Where to cut a word wider than `width`: after the last `/` or `-` that fits (when that
/// keeps at least a third of the line), else after the last character that fits, and
/// always after at least one character.
fn cut_point(word: &str, width: f32, font: Font) -> usize {
    let mut w = 0.0;
    let mut fits = 0;
    let mut soft = 0;
    for (i, c) in word.char_indices() {
        w += font.advance(c) * font.size;
        if w > width {
            break;
        }
        fits = i + c.len_utf8();
        if matches!(c, '/' | '-') && w >= width / 3.0 {
            soft = fits;
        }
    }
    if fits == 0 {
        return word.chars().next().map_or(word.len(), char::len_utf8);
    }
    if soft > 0 && soft < word.len() {
        soft
    } else {
        fits
    }
}

/// A cell being filled from the top: lines with baselines relative to the cell's top.
#[derive(Debug, Clone)]
pub struct Cell {
    x: f32,
    w: f32,
    /// Top of the next line, from the cell's top.
    cursor: f32,
    lines: Vec<Line>,
}

impl Cell {
    /// An empty cell at `x`, `w` wide.
    pub fn new(x: f32, w: f32) -> Self {
        Self {
            x,
            w,
            cursor: PAD_Y,
            lines: Vec::new(),
        }
    }

    /// The width text may take.
    pub fn inner(&self) -> f32 {
        (self.w - 2.0 * PAD_X).max(0.0)
    }

    /// Appends `text` wrapped to the cell, aligned left or centred.
    pub fn text(&mut self, text: &str, font: Font, align: Align, source: Option<Source>) {
        let x = match align {
            Align::Start => self.x + PAD_X,
            Align::Middle => self.x + self.w / 2.0,
            Align::End => self.x + self.w - PAD_X,
        };
        for line in wrap(text, self.inner(), font) {
            self.push(x, line, font, align, source);
        }
    }

    /// Appends a list: items numbered `1.`, `2.`, … with a hanging indent when there is
    /// more than one. An item ending in `:` is a lead-in ("Hambatan dapat saja terjadi :"),
    /// printed unnumbered at the margin.
    pub fn list(&mut self, items: &[String], font: Font, source: impl Fn(usize) -> Source) {
        let numbered = items.iter().filter(|i| !lead_in(i)).count() > 1;
        let count = items.iter().filter(|i| !lead_in(i)).count();
        let indent = if numbered {
            font.width(&format!("{count}.")) + font.width("  ")
        } else {
            0.0
        };
        let mut n = 0;
        for (i, item) in items.iter().enumerate() {
            if item.trim().is_empty() {
                continue;
            }
            if !numbered || lead_in(item) {
                self.text(item, font, Align::Start, Some(source(i)));
                continue;
            }
            n += 1;
            let first = self.lines.len();
            let x = self.x + PAD_X + indent;
            for line in wrap(item, (self.inner() - indent).max(0.0), font) {
                self.push(x, line, font, Align::Start, Some(source(i)));
            }
            if let Some(y) = self.lines.get(first).map(|l| l.y) {
                self.lines.push(Line {
                    x: self.x + PAD_X,
                    y,
                    text: format!("{n}."),
                    font,
                    align: Align::Start,
                    source: None,
                });
            }
        }
    }

    /// Leaves `h` of empty space.
    pub fn gap(&mut self, h: f32) {
        self.cursor += h;
    }

    /// The height the cell needs: its lines and padding.
    pub fn height(&self) -> f32 {
        self.cursor + PAD_Y
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    fn push(&mut self, x: f32, text: String, font: Font, align: Align, source: Option<Source>) {
        let line_h = font.line_height();
        let leading = (line_h - (ASCENT + DESCENT) * font.size) / 2.0;
        self.lines.push(Line {
            x,
            y: self.cursor + leading + ASCENT * font.size,
            text,
            font,
            align,
            source,
        });
        self.cursor += line_h;
    }

    /// The cell placed with its top at `y`, `h` tall, its text at the top (or centred
    /// vertically when `middle`).
    pub fn place(self, y: f32, h: f32, middle: bool) -> TextCell {
        let shift = if middle {
            y + ((h - self.height()) / 2.0).max(0.0)
        } else {
            y
        };
        TextCell {
            rect: Rect {
                x: self.x,
                y,
                w: self.w,
                h,
            },
            lines: self
                .lines
                .into_iter()
                .map(|l| Line {
                    y: l.y + shift,
                    ..l
                })
                .collect(),
            frame: true,
        }
    }
}

fn lead_in(item: &str) -> bool {
    item.trim_end().ends_with(':')
}

/// Splits a placed cell at `cut` (a height from its top): the lines that end above it stay,
/// the others move to a new cell of height `rest_h` whose top is at `rest_y`, keeping
/// their spacing. Returns the part that stays, resized to `cut`, and the rest.
pub fn split(cell: TextCell, cut: f32, rest_y: f32, rest_h: f32) -> (TextCell, TextCell) {
    let limit = cell.rect.y + cut - PAD_Y;
    let (keep, more): (Vec<Line>, Vec<Line>) = cell
        .lines
        .into_iter()
        .partition(|l| l.y + DESCENT * l.font.size <= limit + 1e-3);
    let first_top = more
        .iter()
        .map(|l| {
            l.y - ASCENT * l.font.size
                - (l.font.line_height() - (ASCENT + DESCENT) * l.font.size) / 2.0
        })
        .fold(f32::INFINITY, f32::min);
    let shift = if first_top.is_finite() {
        rest_y + PAD_Y - first_top
    } else {
        0.0
    };
    let rect = cell.rect;
    (
        TextCell {
            rect: Rect { h: cut, ..rect },
            lines: keep,
            frame: cell.frame,
        },
        TextCell {
            rect: Rect {
                y: rest_y,
                h: rest_h,
                ..rect
            },
            lines: more
                .into_iter()
                .map(|l| Line {
                    y: l.y + shift,
                    ..l
                })
                .collect(),
            frame: cell.frame,
        },
    )
}

/// The height of the text of a placed cell, from its top to the bottom padding.
pub fn content_height(cell: &TextCell) -> f32 {
    cell.lines
        .iter()
        .map(|l| {
            l.y + DESCENT * l.font.size
                + (l.font.line_height() - (ASCENT + DESCENT) * l.font.size) / 2.0
        })
        .fold(cell.rect.y, f32::max)
        - cell.rect.y
        + PAD_Y
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Font = Font::regular(3.0);

    fn squash(s: &str) -> String {
        s.split_whitespace().collect()
    }

    #[test]
    fn wraps_between_words_within_the_width() {
        let text = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh";
        let lines = wrap(text, 20.0, F);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(F.width(l) <= 20.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
        assert_eq!(line_count(text, 20.0, F), lines.len());
    }

    #[test]
    fn never_drops_text_and_breaks_long_words_at_a_slash_or_between_letters() {
        let text = "lihat https://ppid.kpu.go.id/informasi/permohonan/formulir-elektronik \
                    Kabupaten/Kota sangatpanjangsekalitanpaspasi";
        let lines = wrap(text, 18.0, F);
        for l in &lines {
            assert!(F.width(l) <= 18.0, "{l}");
        }
        assert_eq!(squash(&lines.concat()), squash(text));
        assert!(lines.iter().any(|l| l.ends_with('/')), "{lines:?}");
    }

    #[test]
    fn measured_texts_count_lines_as_the_line_breaking_does() {
        let texts = [
            "",
            "   ",
            "satu",
            "a\n\nb c d",
            "Sarana pengaduan online yang digunakan adalah: LAPOR (lapor.go.id); Website PPID \
             (ppid.bps.go.id pilih wilayah Provinsi Bengkulu)\nWaktu layanan : Senin-Kamis",
            "kata sangatpanjangsekalitanpaspasi https://ppid.kpu.go.id/informasi/permohonan",
        ];
        for text in texts {
            let m = Measured::new(text, F);
            for w in [0.5, 3.0, 7.5, 12.0, 20.0, 33.3, 60.0, 500.0] {
                assert_eq!(m.lines(w), line_count(text, w, F), "{text:?} at {w}");
            }
        }
    }

    #[test]
    fn keeps_paragraphs_and_blank_lines() {
        assert_eq!(wrap("a\n\nb", 50.0, F), ["a", "", "b"]);
        assert_eq!(wrap("", 50.0, F), Vec::<String>::new());
        assert_eq!(wrap("   ", 50.0, F), [""]);
        assert_eq!(wrap("a   b\tc", 50.0, F), ["a b c"]);
    }

    #[test]
    fn a_line_too_narrow_for_one_letter_still_takes_one() {
        let lines = wrap("abc", 0.1, F);
        assert_eq!(lines, ["a", "b", "c"]);
    }

    #[test]
    fn lists_are_numbered_with_a_hanging_indent_and_lead_ins_stay_unnumbered() {
        let items = [
            "Hambatan dapat saja terjadi :".to_string(),
            "Jika SOP ini tidak dilaksanakan berdampak pada inefisiensi pelaksanaan tugas."
                .to_string(),
            "Jika SOP ini dilaksanakan".to_string(),
        ];
        let mut cell = Cell::new(0.0, 60.0);
        cell.list(&items, F, |i| {
            Source::Item(super::super::Section::Warnings, i)
        });
        let placed = cell.place(0.0, 40.0, false);
        let numbers: Vec<&str> = placed
            .lines
            .iter()
            .filter(|l| l.source.is_none())
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(numbers, ["1.", "2."]);
        let lead = &placed.lines[0];
        let item = placed
            .lines
            .iter()
            .find(|l| l.text.starts_with("Jika SOP ini tidak"))
            .unwrap();
        assert!(item.x > lead.x, "hanging indent");
        // One item alone is not numbered.
        let mut one = Cell::new(0.0, 60.0);
        one.list(&items[1..2], F, |i| {
            Source::Item(super::super::Section::Warnings, i)
        });
        assert!(one.lines.iter().all(|l| l.source.is_some()));
    }

    #[test]
    fn splitting_a_cell_moves_the_lines_below_the_cut() {
        let mut cell = Cell::new(0.0, 30.0);
        cell.text(&"kata ".repeat(40), F, Align::Start, None);
        let h = cell.height();
        let placed = cell.place(10.0, h, false);
        let n = placed.lines.len();
        let (a, b) = split(placed, h / 2.0, 100.0, h);
        assert_eq!(a.lines.len() + b.lines.len(), n);
        assert!(a.lines.iter().all(|l| l.y < 10.0 + h / 2.0));
        assert!(b.lines.iter().all(|l| l.y > 100.0));
        assert!(content_height(&b) <= h);
    }
}
