//! The procedure table's columns and its two header rows. Widths follow the content:
//! every column starts at the least width its words and heading need (a lane: its shapes
//! and gutter; its name wraps), then the rest of the page width goes, a few millimetres at
//! a time, to the column where it saves the most table height — so a long Keterangan or
//! Uraian gets room and lane columns stay narrow.

use super::font::Font;
use super::shapes;
use super::text::{widest_word, Cell, Measured, PAD_X, PAD_Y};
use super::{Align, Column, ColumnKind, LayoutOptions, ShapeKind, Source, StepField, TextCell};
use crate::model::Sop;

/// Widths are handed out in steps of this many millimetres.
const STEP: f32 = 2.0;
/// How far ahead a column looks for its next saving (in steps).
const LOOKAHEAD: usize = 15;
/// A word longer than this is broken rather than widening its column further.
const WORD_CAP: f32 = 34.0;
/// Weight of the sum of every cell's height next to the rows' heights: it lets two
/// columns that tie in a row both get room.
const CELL_WEIGHT: f32 = 0.15;

/// The step fields shown in a text column, in column order.
pub const TEXT_FIELDS: [(ColumnKind, StepField); 6] = [
    (ColumnKind::Number, StepField::Number),
    (ColumnKind::Description, StepField::Description),
    (ColumnKind::Requirements, StepField::Requirements),
    (ColumnKind::Time, StepField::Time),
    (ColumnKind::Output, StepField::Output),
    (ColumnKind::Remarks, StepField::Remarks),
];

/// The heading of a text column.
pub fn title(kind: &ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Number => "No",
        ColumnKind::Description => "Uraian Kegiatan",
        ColumnKind::Lane(_) => "",
        ColumnKind::Requirements => "Kelengkapan",
        ColumnKind::Time => "Waktu",
        ColumnKind::Output => "Output",
        ColumnKind::Remarks => "Keterangan",
    }
}

fn field(kind: &ColumnKind) -> Option<StepField> {
    TEXT_FIELDS.iter().find(|(k, _)| k == kind).map(|(_, f)| *f)
}

/// The least width of a column before the page width is shared out.
fn floor(kind: &ColumnKind) -> f32 {
    match kind {
        ColumnKind::Number => 0.0,
        ColumnKind::Description => 28.0,
        ColumnKind::Lane(_) => shapes::LANE_MIN,
        ColumnKind::Requirements | ColumnKind::Output => 15.0,
        ColumnKind::Time => 12.0,
        ColumnKind::Remarks => 16.0,
    }
}

/// The columns of `sop`'s table, spanning the page between its margins.
pub fn columns(sop: &Sop, o: &LayoutOptions) -> Vec<Column> {
    let text = Font::regular(o.font_size);
    let head = Font::bold(o.font_size);
    let lanes = sop.lanes.len().max(1);
    let mut kinds = vec![ColumnKind::Number, ColumnKind::Description];
    kinds.extend((0..lanes).map(ColumnKind::Lane));
    kinds.extend([
        ColumnKind::Requirements,
        ColumnKind::Time,
        ColumnKind::Output,
        ColumnKind::Remarks,
    ]);
    let titles: Vec<String> = kinds
        .iter()
        .map(|k| match k {
            ColumnKind::Lane(i) => Source::Lane(*i).text(sop),
            k => title(k).to_string(),
        })
        .collect();
    // Each text column's cell texts, row by row.
    let texts: Vec<Vec<String>> = kinds
        .iter()
        .map(|k| match field(k) {
            Some(f) => (0..sop.steps.len())
                .map(|i| Source::Step(i, f).text(sop))
                .collect(),
            None => vec![String::new(); sop.steps.len()],
        })
        .collect();
    let mins: Vec<f32> = kinds
        .iter()
        .zip(&titles)
        .zip(&texts)
        .map(|((k, t), cells)| {
            let words = cells
                .iter()
                .map(|c| widest_word(c, text))
                .fold(widest_word(t, head), f32::max);
            (words.min(WORD_CAP) + 2.0 * PAD_X + 0.5).max(floor(k))
        })
        .collect();
    let mut mins = mins;
    widen_for_labels(sop, o, &kinds, &mut mins);
    let usable = o.page_width - 2.0 * o.margin;
    let total_min: f32 = mins.iter().sum();
    let widths = if total_min >= usable {
        // More lanes than the page holds at their least width: everything shrinks alike.
        mins.iter().map(|m| m * usable / total_min).collect()
    } else {
        let floors: Vec<f32> = sop
            .steps
            .iter()
            .map(|s| shapes::floor(shapes::kind(s)))
            .collect();
        let mut heights = Heights {
            texts: texts
                .iter()
                .zip(&titles)
                .map(|(cells, title)| {
                    let mut m: Vec<Measured> =
                        cells.iter().map(|t| Measured::new(t, text)).collect();
                    m.push(Measured::new(title, head));
                    m
                })
                .collect(),
            text,
            head,
            base: mins,
            cache: Vec::new(),
        };
        // A row taller than a page continues on the next one whatever its width: it counts
        // as one page, so it cannot take all the width from the other rows.
        let cap = o.page_height - 2.0 * o.margin - 20.0;
        share(&kinds, &mut heights, &floors, usable, cap)
    };
    let mut x = o.margin;
    kinds
        .into_iter()
        .zip(titles)
        .zip(widths)
        .map(|((kind, title), w)| {
            let col = Column { kind, x, w, title };
            x += w;
            col
        })
        .collect()
}

/// Widens the lane of a decision until each word of its branch labels fits on a line
/// between the diamond and the right end of the lane columns (where labels are placed).
fn widen_for_labels(sop: &Sop, o: &LayoutOptions, kinds: &[ColumnKind], mins: &mut [f32]) {
    let font = shapes::label_font(o.font_size);
    for (i, step) in sop.steps.iter().enumerate() {
        if shapes::kind(step) != ShapeKind::Decision {
            continue;
        }
        let need = step
            .branches
            .iter()
            .map(|b| widest_word(&b.label, font))
            .fold(0.0, f32::max);
        if need <= 0.0 {
            continue;
        }
        let lane = shapes::lanes_of(sop, i).first().copied().unwrap_or(0);
        let Some(k) = kinds.iter().position(|c| *c == ColumnKind::Lane(lane)) else {
            continue;
        };
        let after: f32 = kinds
            .iter()
            .zip(mins.iter())
            .skip(k + 1)
            .filter(|(c, _)| matches!(c, ColumnKind::Lane(_)))
            .map(|(_, w)| w)
            .sum();
        while shapes::right_of_decision(mins[k]) + after < need + 1.5 && mins[k] < 80.0 {
            mins[k] += 1.0;
        }
    }
}

/// Heights of a column's cells at its least width plus `k` steps, row by row, then its
/// heading in the second header row; each computed once.
struct Heights<'a> {
    /// Per column, its cells' texts measured, then its heading.
    texts: Vec<Vec<Measured<'a>>>,
    text: Font,
    head: Font,
    base: Vec<f32>,
    /// Per column, per number of steps.
    cache: Vec<Vec<Option<Vec<f32>>>>,
}

impl Heights<'_> {
    fn get(&mut self, c: usize, k: usize) -> &[f32] {
        if self.cache.len() <= c {
            self.cache.resize_with(c + 1, Vec::new);
        }
        if self.cache[c].len() <= k {
            self.cache[c].resize_with(k + 1, || None);
        }
        let (texts, text, head) = (&self.texts[c], self.text, self.head);
        let w = self.base[c] + STEP * k as f32;
        self.cache[c][k].get_or_insert_with(|| {
            let inner = (w - 2.0 * PAD_X).max(0.1);
            let last = texts.len().saturating_sub(1);
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let font = if i == last { head } else { text };
                    t.lines(inner) as f32 * font.line_height() + 2.0 * PAD_Y
                })
                .collect()
        })
    }
}

/// Hands out the width beyond the minimums where it saves the most height: the rows'
/// heights, the second header row twice (it repeats on every page), and a little of every
/// cell's height.
fn share(
    kinds: &[ColumnKind],
    heights: &mut Heights,
    floors: &[f32],
    usable: f32,
    cap: f32,
) -> Vec<f32> {
    let rows = floors.len();
    let in_header = |k: &ColumnKind| {
        !matches!(
            k,
            ColumnKind::Number | ColumnKind::Description | ColumnKind::Remarks
        )
    };
    let columns = kinds.len();
    let mut steps = vec![0usize; columns];
    let mut current: Vec<Vec<f32>> = (0..columns).map(|c| heights.get(c, 0).to_vec()).collect();
    let mut left = ((usable - heights.base.iter().sum::<f32>()) / STEP).floor() as usize;
    while left > 0 {
        // The tallest cell of each row (and the heading) without column c: the first and
        // second tallest are enough to know it for every c.
        let mut top1 = vec![(0.0f32, usize::MAX); rows + 1];
        let mut top2 = vec![0.0f32; rows + 1];
        for (c, h) in current.iter().enumerate() {
            for r in 0..=rows {
                if r == rows && !in_header(&kinds[c]) {
                    continue;
                }
                if h[r] > top1[r].0 {
                    top2[r] = top1[r].0;
                    top1[r] = (h[r], c);
                } else if h[r] > top2[r] {
                    top2[r] = h[r];
                }
            }
        }
        let cost_with = |c: usize, h: &[f32]| -> f32 {
            let mut total = 0.0;
            for r in 0..rows {
                let others = if top1[r].1 == c { top2[r] } else { top1[r].0 };
                total += floors[r].max(others).max(h[r]).min(cap) + CELL_WEIGHT * h[r].min(cap);
            }
            let others = if top1[rows].1 == c {
                top2[rows]
            } else {
                top1[rows].0
            };
            let head = if in_header(&kinds[c]) { h[rows] } else { 0.0 };
            total + 2.0 * others.max(head)
        };
        let mut best: Option<(f32, usize, usize)> = None; // (saving per step, column, steps)
        for c in 0..columns {
            if kinds[c] == ColumnKind::Number {
                continue;
            }
            let now = cost_with(c, &current[c]);
            for k in 1..=LOOKAHEAD.min(left) {
                let cost = cost_with(c, heights.get(c, steps[c] + k));
                if cost < now - 1e-3 {
                    let rate = (now - cost) / k as f32;
                    if best.is_none_or(|b| rate > b.0 + 1e-6) {
                        best = Some((rate, c, k));
                    }
                    break;
                }
            }
        }
        let Some((_, c, k)) = best else {
            break;
        };
        steps[c] += k;
        left -= k;
        current[c] = heights.get(c, steps[c]).to_vec();
    }
    let mut widths: Vec<f32> = heights
        .base
        .iter()
        .zip(&steps)
        .map(|(b, k)| b + STEP * *k as f32)
        .collect();
    // What no column needs goes to the description, the remarks and the lanes.
    let weight = |k: &ColumnKind| match k {
        ColumnKind::Description => 3.0,
        ColumnKind::Remarks => 2.0,
        ColumnKind::Lane(_) | ColumnKind::Requirements | ColumnKind::Output => 1.0,
        ColumnKind::Time => 0.5,
        ColumnKind::Number => 0.0,
    };
    let total: f32 = kinds.iter().map(weight).sum();
    let spare = usable - widths.iter().sum::<f32>();
    for (w, k) in widths.iter_mut().zip(kinds) {
        *w += spare * weight(k) / total;
    }
    widths
}

/// The two header rows at `y`: No, Uraian Kegiatan and Keterangan span both; "Pelaksana"
/// spans the lane columns and "Mutu Baku" Kelengkapan, Waktu and Output. Returns the cells
/// and the header's height.
pub fn header(columns: &[Column], o: &LayoutOptions, y: f32) -> (Vec<TextCell>, f32) {
    let head = Font::bold(o.font_size);
    let cell = |x: f32, w: f32, text: &str, source: Option<Source>| {
        let mut c = Cell::new(x, w);
        c.text(text, head, Align::Middle, source);
        c
    };
    let spans = |pred: &dyn Fn(&ColumnKind) -> bool| -> Option<(f32, f32)> {
        let cols: Vec<&Column> = columns.iter().filter(|c| pred(&c.kind)).collect();
        Some((cols.first()?.x, cols.last()?.right()))
    };
    let mut top = Vec::new();
    if let Some((a, b)) = spans(&|k| matches!(k, ColumnKind::Lane(_))) {
        top.push(cell(a, b - a, "Pelaksana", None));
    }
    if let Some((a, b)) = spans(&|k| {
        matches!(
            k,
            ColumnKind::Requirements | ColumnKind::Time | ColumnKind::Output
        )
    }) {
        top.push(cell(a, b - a, "Mutu Baku", None));
    }
    let mut second = Vec::new();
    let mut whole = Vec::new();
    for col in columns {
        match col.kind {
            ColumnKind::Number | ColumnKind::Description | ColumnKind::Remarks => {
                whole.push(cell(col.x, col.w, &col.title, None));
            }
            ColumnKind::Lane(i) => {
                second.push(cell(col.x, col.w, &col.title, Some(Source::Lane(i))))
            }
            _ => second.push(cell(col.x, col.w, &col.title, None)),
        }
    }
    let h1 = top.iter().map(Cell::height).fold(0.0, f32::max);
    let h2 = second.iter().map(Cell::height).fold(0.0, f32::max);
    let h = whole.iter().map(Cell::height).fold(h1 + h2, f32::max);
    let h2 = h - h1;
    let mut out = Vec::new();
    out.extend(whole.into_iter().map(|c| c.place(y, h, true)));
    out.extend(top.into_iter().map(|c| c.place(y, h1, true)));
    out.extend(second.into_iter().map(|c| c.place(y + h1, h2, true)));
    (out, h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Format};

    #[test]
    fn widths_follow_the_content_and_fill_the_page() {
        let sop = parse(
            include_str!(
                "../../../../tests/fixtures/corpus/bps-bengkulu_layanan-pengaduan.sop.yaml"
            ),
            Format::Yaml,
        )
        .sop;
        let o = LayoutOptions::default();
        let cols = columns(&sop, &o);
        let total: f32 = cols.iter().map(|c| c.w).sum();
        assert!((total - (o.page_width - 2.0 * o.margin)).abs() < 0.01);
        let width = |k: ColumnKind| cols.iter().find(|c| c.kind == k).unwrap().w;
        let widest_lane = (0..4)
            .map(|i| width(ColumnKind::Lane(i)))
            .fold(0.0, f32::max);
        // The long remarks and descriptions get room; lanes keep to their shapes.
        assert!(width(ColumnKind::Remarks) > 2.0 * widest_lane);
        assert!(width(ColumnKind::Description) > 2.0 * widest_lane);
        for i in 0..4 {
            assert!(width(ColumnKind::Lane(i)) >= shapes::LANE_MIN);
        }
        // Lane names wrap inside their column in the second header row.
        let (header, _) = header(&cols, &o, 10.0);
        for cell in &header {
            for line in &cell.lines {
                let (a, b) = line.extent();
                assert!(a >= cell.rect.x && b <= cell.rect.right(), "{}", line.text);
            }
        }
    }
}
