//! The official SOP AP layout (Permenpan RB 35/2012, Lampiran Bab III B.1) as positioned,
//! pure data: page 1 holds the identity grid, the following pages the procedure table
//! whose lane columns hold the flowchart. Renderers (the app's SVG, `sopcheck render`)
//! only draw what is here, so every output has the same geometry.
//!
//! Units are millimetres on an A4 landscape page by default. Edges are orthogonal
//! polylines that never cross a shape: an edge to the next row runs down through the row
//! boundary (just inside the source row, off the grid line); any other edge leaves its
//! shape on the right, runs in the free gutter to the right of the shapes of its column,
//! and enters its target from above, running just inside the top of the target row. An edge whose ends are on different pages goes through a pair of
//! off-page connectors with the same letter.

pub mod svg;
mod verify;

pub use verify::verify;

use crate::flow::Flow;
use crate::model::{Sop, Symbol};

/// Page size and table geometry.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Page width (A4 landscape: 297).
    pub page_width: f32,
    /// Page height (A4 landscape: 210).
    pub page_height: f32,
    /// Margin on every side.
    pub margin: f32,
    /// At most this many rows on a table page (`None`: as many as fit).
    pub rows_per_page: Option<usize>,
    /// Width of the "No" column.
    pub number_width: f32,
    /// Width of the "Uraian Kegiatan" column.
    pub description_width: f32,
    /// Widths of the mutu baku columns: kelengkapan, waktu, output.
    pub quality_widths: [f32; 3],
    /// Width of the "Keterangan" column.
    pub remarks_width: f32,
    /// Font size of table text.
    pub font_size: f32,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            page_width: 297.0,
            page_height: 210.0,
            margin: 10.0,
            rows_per_page: None,
            number_width: 8.0,
            description_width: 55.0,
            quality_widths: [32.0, 18.0, 32.0],
            remarks_width: 28.0,
            font_size: 3.0,
        }
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
    /// Vertical centre.
    pub fn cy(&self) -> f32 {
        self.y + self.h / 2.0
    }
    /// True when the interiors of the two rectangles overlap.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// A cell of text: a box and its wrapped lines.
#[derive(Debug, Clone, PartialEq)]
pub struct TextCell {
    /// The cell.
    pub rect: Rect,
    /// A bold title line (empty for plain cells).
    pub title: String,
    /// Wrapped text lines.
    pub lines: Vec<String>,
}

/// What a column of the procedure table holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnKind {
    /// No.
    Number,
    /// Uraian Kegiatan.
    Description,
    /// A lane of the flowchart (index into `pelaksana`).
    Lane(usize),
    /// Mutu baku: Kelengkapan.
    Requirements,
    /// Mutu baku: Waktu.
    Time,
    /// Mutu baku: Output.
    Output,
    /// Keterangan.
    Remarks,
}

/// A column of the procedure table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// What it holds.
    pub kind: ColumnKind,
    /// Left edge.
    pub x: f32,
    /// Width.
    pub w: f32,
    /// Header text (a lane's name for lane columns).
    pub title: String,
}

impl Column {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
}

/// The flowchart shape of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    /// Capsule: mulai or selesai.
    Terminator,
    /// Rectangle: proses.
    Process,
    /// Diamond: keputusan.
    Decision,
}

/// A shape drawn for a step in one lane column.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Index of the step.
    pub step: usize,
    /// The shape.
    pub kind: ShapeKind,
    /// Its bounding box.
    pub rect: Rect,
    /// The lane column (index into `pelaksana`).
    pub lane: usize,
    /// True for the shape edges attach to; extra lanes of a joint step repeat it.
    pub primary: bool,
}

/// An off-page connector (pentagon) with its letter.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    /// Letter shared by the pair (A, B, …, Z, AA…).
    pub letter: String,
    /// Its box.
    pub rect: Rect,
    /// True on the page the flow enters; false on the page it leaves.
    pub incoming: bool,
    /// The page of the other connector of the pair.
    pub other_page: usize,
}

/// What an edge starts or ends at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A step's primary shape.
    Step(usize),
    /// A connector on the same page, by index.
    Connector(usize),
}

/// An arrow: an orthogonal polyline from `from` to `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Where it starts.
    pub from: Anchor,
    /// Where it ends (the arrowhead).
    pub to: Anchor,
    /// The corner points, first on `from`'s boundary, last on `to`'s.
    pub points: Vec<(f32, f32)>,
    /// A decision branch's label.
    pub label: Option<String>,
}

/// A row of the procedure table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index of the step.
    pub step: usize,
    /// Top edge.
    pub y: f32,
    /// Height.
    pub h: f32,
    /// Text of the non-lane columns, in column order (No, Uraian, Kelengkapan, Waktu,
    /// Output, Keterangan), wrapped to their widths.
    pub cells: Vec<TextCell>,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page number, from 1.
    pub number: usize,
    /// The identity grid (page 1 only).
    pub identity: Vec<TextCell>,
    /// The table columns (table pages only).
    pub columns: Vec<Column>,
    /// The header band of the table.
    pub header: Option<Rect>,
    /// The rows.
    pub rows: Vec<Row>,
    /// The shapes.
    pub shapes: Vec<Shape>,
    /// Off-page connectors.
    pub connectors: Vec<Connector>,
    /// The arrows.
    pub edges: Vec<Edge>,
}

impl Shape {
    /// The corners of the diamond of a decision (top, right, bottom, left).
    pub fn diamond(&self) -> [(f32, f32); 4] {
        let r = self.rect;
        [
            (r.cx(), r.y),
            (r.right(), r.cy()),
            (r.cx(), r.bottom()),
            (r.x, r.cy()),
        ]
    }
}

impl Connector {
    /// The corners of the off-page pentagon, pointing down.
    pub fn outline(&self) -> [(f32, f32); 5] {
        let r = self.rect;
        let shoulder = r.y + r.h * 0.6;
        [
            (r.x, r.y),
            (r.right(), r.y),
            (r.right(), shoulder),
            (r.cx(), r.bottom()),
            (r.x, shoulder),
        ]
    }

    /// Where its letter goes (centred).
    pub fn letter_at(&self) -> (f32, f32) {
        (self.rect.cx(), self.rect.y + self.rect.h * 0.5)
    }
}

impl Edge {
    /// Where a branch label goes: beside a downward exit, above a sideways one.
    pub fn label_at(&self, font_size: f32) -> Option<(f32, f32)> {
        let (&(x, y), &(x2, _)) = (self.points.first()?, self.points.get(1)?);
        Some(if (x2 - x).abs() < 1e-3 {
            (x + 1.0, y + font_size * 0.9)
        } else {
            (x + 1.0, y - 1.0)
        })
    }

    /// True when the edge leads to or from an off-page connector.
    pub fn off_page(&self) -> bool {
        matches!(self.from, Anchor::Connector(_)) || matches!(self.to, Anchor::Connector(_))
    }
}

/// The lines of a text cell with their baselines: the bold title first (if any).
pub fn cell_lines(cell: &TextCell, font_size: f32) -> Vec<(bool, f32, &str)> {
    let line_h = font_size * 1.35;
    let mut y = cell.rect.y + PAD + font_size;
    let mut out = Vec::with_capacity(cell.lines.len() + 1);
    if !cell.title.is_empty() {
        out.push((true, y, cell.title.as_str()));
        y += line_h;
    }
    for line in &cell.lines {
        out.push((false, y, line.as_str()));
        y += line_h;
    }
    out
}

/// A column header's wrapped lines with their baselines, centred in the header band.
pub fn header_lines(column: &Column, header: &Rect, font_size: f32) -> Vec<(f32, String)> {
    let lines = wrap(&column.title, column.w - 1.0, font_size * 0.9, 3);
    let first =
        header.y + header.h / 2.0 - (lines.len() as f32 - 1.0) * font_size * 0.6 + font_size * 0.35;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| (first + i as f32 * font_size * 1.2, line))
        .collect()
}

/// Formats a coordinate with at most two decimals (`12.5`, `40`).
pub fn coord(v: f32) -> String {
    let r = (v * 100.0).round() / 100.0;
    format!("{r}")
}

/// Formats corner points for an SVG `points` attribute.
pub fn points_attr(points: &[(f32, f32)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", coord(*x), coord(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The whole document, page by page.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Font size of table text.
    pub font_size: f32,
    /// The pages.
    pub pages: Vec<Page>,
}

const HEADER_H: f32 = 12.0;
const BAND_H: f32 = 12.0;
const PAD: f32 = 2.5;
const CONNECTOR: f32 = 7.0;
/// Horizontal runs keep this far inside a row, off the table's grid lines (rows leave at
/// least `PAD + 2` above and below their shapes).
const RUN: f32 = 2.0;

/// Lays out `sop` in the official format.
pub fn layout(sop: &Sop, options: &LayoutOptions) -> Layout {
    let line_h = options.font_size * 1.35;
    let mut pages = vec![identity_page(sop, options, line_h)];
    let columns = columns(sop, options);
    let lane_of: Vec<Vec<usize>> = sop
        .steps
        .iter()
        .map(|s| lanes_of(sop, &s.performers))
        .collect();

    // Rows with their heights, then split into pages.
    let top = options.margin + HEADER_H + BAND_H;
    let bottom_limit = options.page_height - options.margin - BAND_H;
    let max_row = bottom_limit - top;
    let mut page_of = vec![0usize; sop.steps.len()];
    let mut table_pages: Vec<Vec<Row>> = vec![Vec::new()];
    let mut y = top;
    for (i, step) in sop.steps.iter().enumerate() {
        let texts = [
            step.number.map(|n| n.to_string()).unwrap_or_default(),
            step.description.clone(),
            step.quality.requirements.clone(),
            step.quality.time.clone(),
            step.quality.output.clone(),
            step.remarks.clone(),
        ];
        let text_cols: Vec<&Column> = columns
            .iter()
            .filter(|c| !matches!(c.kind, ColumnKind::Lane(_)))
            .collect();
        let max_lines = ((max_row - 2.0 * PAD) / line_h).floor().max(1.0) as usize;
        let wrapped: Vec<Vec<String>> = texts
            .iter()
            .zip(&text_cols)
            .map(|(t, c)| wrap(t, c.w - 2.0 * PAD, options.font_size, max_lines))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let h = (lines as f32 * line_h + 2.0 * PAD)
            .max(SHAPE_H_MAX + 2.0 * PAD + 4.0)
            .min(max_row);
        let full = table_pages
            .last()
            .is_some_and(|p| options.rows_per_page.is_some_and(|n| p.len() >= n));
        if (y + h > bottom_limit || full) && table_pages.last().is_some_and(|p| !p.is_empty()) {
            table_pages.push(Vec::new());
            y = top;
        }
        let cells = wrapped
            .into_iter()
            .zip(&text_cols)
            .map(|(lines, c)| TextCell {
                rect: Rect {
                    x: c.x,
                    y,
                    w: c.w,
                    h,
                },
                title: String::new(),
                lines,
            })
            .collect();
        page_of[i] = table_pages.len() - 1;
        if let Some(p) = table_pages.last_mut() {
            p.push(Row {
                step: i,
                y,
                h,
                cells,
            });
        }
        y += h;
    }
    if sop.steps.is_empty() {
        table_pages.clear();
    }

    let flow = Flow::build(sop);
    let mut letters = 0usize;
    let mut entries: std::collections::HashMap<usize, String> = std::collections::HashMap::new();
    let first_table_page = pages.len();
    let mut built: Vec<Page> = table_pages
        .into_iter()
        .enumerate()
        .map(|(p, rows)| Page {
            number: first_table_page + p + 1,
            identity: Vec::new(),
            columns: columns.clone(),
            header: Some(Rect {
                x: options.margin,
                y: options.margin,
                w: options.page_width - 2.0 * options.margin,
                h: HEADER_H,
            }),
            shapes: rows
                .iter()
                .flat_map(|r| shapes_for(sop, r, &columns, &lane_of[r.step]))
                .collect(),
            rows,
            connectors: Vec::new(),
            edges: Vec::new(),
        })
        .collect();

    // Gutter tracks used per (page, lane) so parallel edges do not sit on each other.
    let mut tracks: Vec<Vec<usize>> = built
        .iter()
        .map(|_| vec![0; sop.lanes.len().max(1)])
        .collect();
    for edge in &flow.edges {
        let (from, to) = (edge.from, edge.to);
        let label = edge
            .branch
            .and_then(|b| sop.steps[from].branches.get(b))
            .map(|b| b.label.clone())
            .filter(|l| !l.trim().is_empty());
        let (pf, pt) = (page_of[from], page_of[to]);
        if pf == pt {
            let page = &mut built[pf];
            let (Some(a), Some(b)) = (primary(page, from), primary(page, to)) else {
                continue;
            };
            let next_row = page.rows.iter().position(|r| r.step == from).map(|k| k + 1)
                == page.rows.iter().position(|r| r.step == to);
            // Only one edge may leave through the bottom: the first one to the next row.
            let bottom_free = !page.edges.iter().any(|e| {
                e.from == Anchor::Step(from)
                    && e.points
                        .first()
                        .is_some_and(|p| (p.1 - a.bottom()).abs() < 1e-3)
            });
            let points = if next_row && bottom_free {
                let boundary = row_of(page, from).map_or(a.bottom(), |r| r.y + r.h - RUN);
                vec![
                    (a.cx(), a.bottom()),
                    (a.cx(), boundary),
                    (b.cx(), boundary),
                    (b.cx(), b.y),
                ]
            } else {
                let lane = lane_index(page, from);
                let gx = gutter_x(&columns, lane, &a, &mut tracks[pf]);
                let top = row_of(page, to).map_or(b.y, |r| r.y + RUN);
                vec![
                    (a.right(), a.cy()),
                    (gx, a.cy()),
                    (gx, top),
                    (b.cx(), top),
                    (b.cx(), b.y),
                ]
            };
            page.edges.push(Edge {
                from: Anchor::Step(from),
                to: Anchor::Step(to),
                points: simplify(points),
                label,
            });
        } else {
            // Entering page: one incoming connector per target step, in the top band,
            // shared by every edge that reaches the step from another page.
            let letter = if let Some(letter) = entries.get(&to) {
                letter.clone()
            } else {
                letters += 1;
                let letter = connector_letter(letters);
                let in_y = options.margin + HEADER_H + (BAND_H - CONNECTOR) / 2.0;
                let dst_page = &mut built[pt];
                let Some(b) = primary(dst_page, to) else {
                    continue;
                };
                let lane = lane_index(dst_page, to);
                let in_rect = free_slot(dst_page, &columns, lane, in_y);
                dst_page.connectors.push(Connector {
                    letter: letter.clone(),
                    rect: in_rect,
                    incoming: true,
                    other_page: pf + first_table_page + 1,
                });
                let ci = dst_page.connectors.len() - 1;
                let top = row_of(dst_page, to).map_or(b.y, |r| r.y + RUN);
                let first_on_page = dst_page.rows.first().is_some_and(|r| r.step == to);
                let points = if first_on_page {
                    vec![
                        (in_rect.cx(), in_rect.bottom()),
                        (in_rect.cx(), top),
                        (b.cx(), top),
                        (b.cx(), b.y),
                    ]
                } else {
                    let gx = gutter_x(&columns, lane, &b, &mut tracks[pt]);
                    let band = in_rect.bottom() + 1.5;
                    vec![
                        (in_rect.cx(), in_rect.bottom()),
                        (in_rect.cx(), band),
                        (gx, band),
                        (gx, top),
                        (b.cx(), top),
                        (b.cx(), b.y),
                    ]
                };
                dst_page.edges.push(Edge {
                    from: Anchor::Connector(ci),
                    to: Anchor::Step(to),
                    points: simplify(points),
                    label: None,
                });
                entries.insert(to, letter.clone());
                letter
            };
            // Leaving page: from the source to an outgoing connector in the bottom band.
            let src_page = &mut built[pf];
            let out_y =
                src_page.rows.last().map_or(top, |r| r.y + r.h) + (BAND_H - CONNECTOR) / 2.0;
            let Some(a) = primary(src_page, from) else {
                continue;
            };
            let lane = lane_index(src_page, from);
            let out_rect = free_slot(src_page, &columns, lane, out_y);
            src_page.connectors.push(Connector {
                letter,
                rect: out_rect,
                incoming: false,
                other_page: pt + first_table_page + 1,
            });
            let ci = src_page.connectors.len() - 1;
            let last_on_page = src_page.rows.last().is_some_and(|r| r.step == from);
            let points = if last_on_page && (out_rect.cx() - a.cx()).abs() < 0.01 {
                vec![(a.cx(), a.bottom()), (a.cx(), out_rect.y)]
            } else {
                let gx = gutter_x(&columns, lane, &a, &mut tracks[pf]);
                let band = out_rect.y - 2.0;
                vec![
                    (a.right(), a.cy()),
                    (gx, a.cy()),
                    (gx, band),
                    (out_rect.cx(), band),
                    (out_rect.cx(), out_rect.y),
                ]
            };
            src_page.edges.push(Edge {
                from: Anchor::Step(from),
                to: Anchor::Connector(ci),
                points: simplify(points),
                label,
            });
        }
    }
    pages.extend(built);
    Layout {
        width: options.page_width,
        height: options.page_height,
        font_size: options.font_size,
        pages,
    }
}

const SHAPE_H_MAX: f32 = 11.0;

fn shape_size(kind: ShapeKind, lane_w: f32) -> (f32, f32) {
    let w = (lane_w * 0.6).min(26.0);
    match kind {
        ShapeKind::Terminator => (w, 7.0),
        ShapeKind::Process => (w, 8.0),
        ShapeKind::Decision => (w.min(16.0), SHAPE_H_MAX),
    }
}

fn shapes_for(sop: &Sop, row: &Row, columns: &[Column], lanes: &[usize]) -> Vec<Shape> {
    let kind = match sop.steps[row.step].symbol() {
        Some(Symbol::Mulai | Symbol::Selesai) => ShapeKind::Terminator,
        Some(Symbol::Keputusan) => ShapeKind::Decision,
        _ => ShapeKind::Process,
    };
    lanes
        .iter()
        .enumerate()
        .filter_map(|(k, &lane)| {
            let col = columns.iter().find(|c| c.kind == ColumnKind::Lane(lane))?;
            let (w, h) = shape_size(kind, col.w);
            Some(Shape {
                step: row.step,
                kind,
                rect: Rect {
                    x: col.x + (col.w - w) / 2.0 - col.w * 0.1,
                    y: row.y + (row.h - h) / 2.0,
                    w,
                    h,
                },
                lane,
                primary: k == 0,
            })
        })
        .collect()
}

/// Lane indexes of a step's pelaksana, resolved as the rules resolve them (SOP307); the
/// first lane when none matches, so every step is drawn once.
fn lanes_of(sop: &Sop, performers: &[String]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for i in performers.iter().filter_map(|p| sop.lane_of(p)) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    if out.is_empty() {
        out.push(0);
    }
    out
}

fn columns(sop: &Sop, o: &LayoutOptions) -> Vec<Column> {
    let usable = o.page_width - 2.0 * o.margin;
    let fixed = o.number_width
        + o.description_width
        + o.quality_widths.iter().sum::<f32>()
        + o.remarks_width;
    let lanes = sop.lanes.len().max(1);
    let lane_w = ((usable - fixed) / lanes as f32).max(16.0);
    let scale = (usable / (fixed + lane_w * lanes as f32)).min(1.0);
    let mut x = o.margin;
    let mut out = Vec::new();
    let mut push = |kind: ColumnKind, w: f32, title: String| {
        out.push(Column {
            kind,
            x,
            w: w * scale,
            title,
        });
        x += w * scale;
    };
    push(ColumnKind::Number, o.number_width, "No".into());
    push(
        ColumnKind::Description,
        o.description_width,
        "Uraian Kegiatan".into(),
    );
    for i in 0..lanes {
        let title = sop.lanes.get(i).map(|l| l.name.clone()).unwrap_or_default();
        push(ColumnKind::Lane(i), lane_w, title);
    }
    push(
        ColumnKind::Requirements,
        o.quality_widths[0],
        "Kelengkapan".into(),
    );
    push(ColumnKind::Time, o.quality_widths[1], "Waktu".into());
    push(ColumnKind::Output, o.quality_widths[2], "Output".into());
    push(ColumnKind::Remarks, o.remarks_width, "Keterangan".into());
    out
}

fn primary(page: &Page, step: usize) -> Option<Rect> {
    page.shapes
        .iter()
        .find(|s| s.step == step && s.primary)
        .map(|s| s.rect)
}

fn row_of(page: &Page, step: usize) -> Option<&Row> {
    page.rows.iter().find(|r| r.step == step)
}

fn lane_index(page: &Page, step: usize) -> usize {
    page.shapes
        .iter()
        .find(|s| s.step == step && s.primary)
        .map_or(0, |s| s.lane)
}

/// An x in the free gutter right of the widest shape of `lane`'s column, one track per edge.
fn gutter_x(columns: &[Column], lane: usize, shape: &Rect, tracks: &mut [usize]) -> f32 {
    let Some(col) = columns.iter().find(|c| c.kind == ColumnKind::Lane(lane)) else {
        return shape.right() + 2.0;
    };
    let (widest, _) = shape_size(ShapeKind::Process, col.w);
    let base = col.x + (col.w - widest) / 2.0 - col.w * 0.1 + widest;
    let free = col.right() - base;
    let slot = tracks.get(lane).copied().unwrap_or(0);
    if let Some(t) = tracks.get_mut(lane) {
        *t += 1;
    }
    base + free / 6.0 * (1.0 + (slot % 5) as f32)
}

/// A connector box in a band at `y`, as near the lane's column as a free place allows.
fn free_slot(page: &Page, columns: &[Column], lane: usize, y: f32) -> Rect {
    // The whole band across the table is free; lanes first, then beside them.
    let (start, end) = match (columns.first(), columns.last()) {
        (Some(a), Some(b)) => (a.x, b.right()),
        _ => (0.0, CONNECTOR * 4.0),
    };
    let shape_x = page.shapes.iter().find(|s| s.lane == lane).map_or_else(
        || {
            columns
                .iter()
                .find(|c| c.kind == ColumnKind::Lane(lane))
                .map_or(start, |c| c.cx() - CONNECTOR / 2.0)
        },
        |s| s.rect.cx() - CONNECTOR / 2.0,
    );
    let taken = |x: f32| {
        let wanted = Rect {
            x: x - 1.0,
            y,
            w: CONNECTOR + 2.0,
            h: CONNECTOR,
        };
        page.connectors.iter().any(|c| wanted.overlaps(&c.rect))
    };
    let stride = CONNECTOR + 2.0;
    for k in 0..64 {
        for x in [shape_x + stride * k as f32, shape_x - stride * k as f32] {
            if x >= start && x + CONNECTOR <= end.max(start + CONNECTOR) && !taken(x) {
                return Rect {
                    x,
                    y,
                    w: CONNECTOR,
                    h: CONNECTOR,
                };
            }
        }
    }
    Rect {
        x: shape_x,
        y,
        w: CONNECTOR,
        h: CONNECTOR,
    }
}

fn connector_letter(n: usize) -> String {
    let mut n = n;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(r).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Drops repeated points and points on a straight line.
fn simplify(points: Vec<(f32, f32)>) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = Vec::with_capacity(points.len());
    for p in points {
        if out
            .last()
            .is_some_and(|q| (q.0 - p.0).abs() < 1e-3 && (q.1 - p.1).abs() < 1e-3)
        {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let collinear = ((a.0 - b.0).abs() < 1e-3 && (b.0 - p.0).abs() < 1e-3)
                || ((a.1 - b.1).abs() < 1e-3 && (b.1 - p.1).abs() < 1e-3);
            if collinear {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// Wraps `text` to lines of at most `width` (estimated at half the font size per
/// character), at most `max_lines` (the last one ends in `…` when cut).
pub fn wrap(text: &str, width: f32, font_size: f32, max_lines: usize) -> Vec<String> {
    let per_line = ((width / (font_size * 0.5)).floor() as usize).max(4);
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            while word.chars().count() > per_line {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(per_line).collect();
                word = word.chars().skip(per_line).collect();
                lines.push(head);
            }
            let len = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if len > per_line && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(per_line.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

fn identity_page(sop: &Sop, o: &LayoutOptions, line_h: f32) -> Page {
    let id = &sop.identity;
    let x0 = o.margin;
    let w = o.page_width - 2.0 * o.margin;
    let left_w = w * 0.45;
    let right_w = w - left_w;
    let mut cells: Vec<TextCell> = Vec::new();
    let cell = |x: f32, y: f32, cw: f32, title: &str, text: &str| -> TextCell {
        let max_lines = if title.is_empty() { 5 } else { 6 };
        let lines = wrap(text, cw - 2.0 * PAD, o.font_size, max_lines);
        let title_h = if title.is_empty() { 0.0 } else { line_h };
        let h = lines.len() as f32 * line_h + 2.0 * PAD + title_h;
        TextCell {
            rect: Rect { x, y, w: cw, h },
            title: title.to_string(),
            lines,
        }
    };
    // Two cells side by side, given the height of the taller one.
    let pair = |cells: &mut Vec<TextCell>, mut a: TextCell, mut b: TextCell| -> f32 {
        let h = a.rect.h.max(b.rect.h);
        a.rect.h = h;
        b.rect.h = h;
        cells.push(a);
        cells.push(b);
        h
    };
    // Right: the identity rows; left: agency block spanning them.
    let rx = x0 + left_w;
    let mut y = o.margin;
    let label_w = right_w * 0.35;
    let rows: [(&str, String); 6] = [
        ("Nomor SOP", id.number.clone()),
        ("Tanggal Pembuatan", id.created.clone()),
        ("Tanggal Revisi", id.revised.clone()),
        ("Tanggal Efektif", id.effective.clone()),
        (
            "Disahkan oleh",
            [
                id.approved_by.position.clone(),
                String::new(),
                String::new(),
                id.approved_by.name.clone(),
                if id.approved_by.nip.is_empty() {
                    String::new()
                } else {
                    format!("NIP. {}", id.approved_by.nip)
                },
            ]
            .join("\n"),
        ),
        ("Nama SOP", id.name.clone()),
    ];
    for (label, value) in rows {
        y += pair(
            &mut cells,
            cell(rx, y, label_w, "", label),
            cell(rx + label_w, y, right_w - label_w, "", &value),
        );
    }
    let agency = [id.agency.clone(), id.unit.clone()].join("\n");
    let mut block = cell(x0, o.margin, left_w, "", &agency);
    block.rect.h = block.rect.h.max(y - o.margin);
    cells.push(block);
    // Below: three pairs of sections.
    let join = |v: &[String]| {
        v.iter()
            .map(|s| format!("• {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let pairs = [
        (
            ("Dasar Hukum", join(&sop.legal_basis)),
            ("Kualifikasi Pelaksana", join(&sop.qualifications)),
        ),
        (
            ("Keterkaitan", join(&sop.related)),
            ("Peralatan/Perlengkapan", join(&sop.equipment)),
        ),
        (
            ("Peringatan", join(&sop.warnings)),
            ("Pencatatan dan Pendataan", join(&sop.records)),
        ),
    ];
    for ((lt, lv), (rt, rv)) in pairs {
        let half = w / 2.0;
        y += pair(
            &mut cells,
            cell(x0, y, half, lt, &lv),
            cell(x0 + half, y, half, rt, &rv),
        );
    }
    Page {
        number: 1,
        identity: cells,
        columns: Vec::new(),
        header: None,
        rows: Vec::new(),
        shapes: Vec::new(),
        connectors: Vec::new(),
        edges: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Format};

    fn assert_invariants(sop: &Sop, layout: &Layout) {
        if let Err(e) = verify(sop, layout) {
            panic!("{e}");
        }
    }

    fn example() -> Sop {
        parse(
            include_str!("../../tests/data/example.sop.yaml"),
            Format::Yaml,
        )
        .sop
    }

    #[test]
    fn example_lays_out_with_a_loop_and_a_decision() {
        let sop = example();
        let l = layout(&sop, &LayoutOptions::default());
        assert_eq!(l.pages.len(), 2);
        assert_invariants(&sop, &l);
        let table = &l.pages[1];
        assert_eq!(table.rows.len(), 4);
        // 1→2, 2→4 (Lengkap), 2→3 (Tidak lengkap), 3→1 (loop).
        assert_eq!(table.edges.len(), 4);
        assert!(table
            .edges
            .iter()
            .any(|e| e.label.as_deref() == Some("Lengkap")));
        let shapes: Vec<ShapeKind> = table.shapes.iter().map(|s| s.kind).collect();
        assert_eq!(
            shapes,
            [
                ShapeKind::Terminator,
                ShapeKind::Decision,
                ShapeKind::Process,
                ShapeKind::Terminator
            ]
        );
    }

    #[test]
    fn page_breaks_get_paired_connectors() {
        let sop = example();
        let options = LayoutOptions {
            rows_per_page: Some(2),
            ..LayoutOptions::default()
        };
        let l = layout(&sop, &options);
        assert_eq!(l.pages.len(), 3);
        assert_invariants(&sop, &l);
        let letters: Vec<&str> = l.pages[1]
            .connectors
            .iter()
            .map(|c| c.letter.as_str())
            .collect();
        assert!(!letters.is_empty());
    }

    #[test]
    fn long_text_wraps_and_is_cut_with_an_ellipsis() {
        let lines = wrap("satu dua tiga empat lima enam tujuh delapan", 12.0, 3.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("", 10.0, 3.0, 3), Vec::<String>::new());
    }

    #[test]
    fn deterministic() {
        let sop = example();
        assert_eq!(
            layout(&sop, &LayoutOptions::default()),
            layout(&sop, &LayoutOptions::default())
        );
    }
}
