//! The procedure table: one row per step, packed onto pages under the two header rows.
//! A row goes to the next page only when it does not fit; a row taller than a whole page
//! continues on the next one. Where a page breaks, the last row keeps a band below its
//! shapes and the next page's first row a band above them, for the off-page connectors.

use super::columns::{self, TEXT_FIELDS};
use super::font::Font;
use super::shapes::{self, CONNECTOR_BAND};
use super::text::{self, Cell};
use super::{Align, Column, ColumnKind, LayoutOptions, Page, Row, Shape, Source, TextCell};
use crate::model::Sop;

/// A step's row before it is placed.
struct Draft {
    cells: Vec<Cell>,
    text_h: f32,
    floor: f32,
}

/// A row on a page and the bands it keeps for connectors.
struct Placed {
    row: Row,
    top_band: bool,
    bottom_band: bool,
}

/// Page breaks where a connector band is wanted although pagination alone would not keep
/// one: above the first row of the first table page and below the last row of the last
/// one, where an arrow loops back across a page break. Indexes count table pages from 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bands {
    /// Pages whose first row keeps a band above its shapes.
    pub top: Vec<usize>,
    /// Pages whose last row keeps a band below its shapes.
    pub bottom: Vec<usize>,
    /// Every page keeps both.
    pub everywhere: bool,
}

/// The table pages and which of them keep connector bands.
pub struct Table {
    /// The pages.
    pub pages: Vec<Page>,
    /// The bands kept, by page index.
    pub bands: Vec<(bool, bool)>,
}

/// The table pages of `sop` in `columns`, numbered from `first_number`, with connector
/// bands at every page break and where `forced` asks for them.
pub fn pages(
    sop: &Sop,
    o: &LayoutOptions,
    columns: &[Column],
    first_number: usize,
    forced: &Bands,
) -> Table {
    if sop.steps.is_empty() {
        return Table {
            pages: Vec::new(),
            bands: Vec::new(),
        };
    }
    let (header, header_h) = columns::header(columns, o, o.margin);
    let top = o.margin + header_h;
    let bottom = o.page_height - o.margin;
    let body = bottom - top;
    let drafts: Vec<Draft> = (0..sop.steps.len())
        .map(|i| draft(sop, o, columns, i))
        .collect();
    let last_step = drafts.len() - 1;
    let band = |on: bool| if on { CONNECTOR_BAND } else { 0.0 };
    let wants_top = |k: usize| k > 0 || forced.everywhere || forced.top.contains(&k);
    let wants_bottom = |k: usize| forced.everywhere || forced.bottom.contains(&k);

    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = top;
    let mut i = 0;
    // A row too tall for a page: its cells still to place.
    let mut rest: Option<Vec<TextCell>> = None;
    while i < drafts.len() {
        let d = &drafts[i];
        let k = pages.len() - 1;
        let page_rows = pages.last().map_or(0, Vec::len);
        let first = page_rows == 0;
        let top_band = first && wants_top(k);
        if let Some(cells) = rest.take() {
            // The next part of a split row, at the top of its page.
            let cells: Vec<TextCell> = cells.into_iter().map(|c| move_to(c, y)).collect();
            let content = cells.iter().map(text::content_height).fold(0.0, f32::max);
            if content <= body + 1e-3 {
                // No shapes: its lanes hold a band above and below at most.
                let h = content.max(2.0 * CONNECTOR_BAND).min(body);
                push(&mut pages, i, y, h, cells, true, top_band);
                y += h;
                i += 1;
            } else {
                let (now, more) = split_cells(cells, body);
                push(&mut pages, i, y, body, now, true, top_band);
                close(&mut pages, &mut y, top);
                rest = Some(more);
            }
            continue;
        }
        let h_mid = d.text_h.max(d.floor + band(top_band));
        let ends_with_band = i < last_step || wants_bottom(k);
        let h_last = d
            .text_h
            .max(d.floor + band(top_band) + band(ends_with_band));
        let full = o.rows_per_page.is_some_and(|n| page_rows >= n.max(1));
        if !full && y + h_last <= bottom + 1e-3 {
            let cells = place(d, y, h_mid);
            push(&mut pages, i, y, h_mid, cells, false, top_band);
            y += h_mid;
            i += 1;
            continue;
        }
        if !first {
            grow_last(&mut pages, &drafts);
            close(&mut pages, &mut y, top);
            continue;
        }
        // Too tall for an empty page: the first part fills the page.
        let cells = place(d, y, d.text_h);
        let (now, more) = split_cells(cells, body);
        push(&mut pages, i, y, body, now, false, top_band);
        if let Some(p) = pages.last_mut().and_then(|p| p.last_mut()) {
            p.bottom_band = true;
        }
        close(&mut pages, &mut y, top);
        rest = Some(more);
    }
    pages.retain(|p| !p.is_empty());
    if wants_bottom(pages.len().saturating_sub(1)) {
        grow_last(&mut pages, &drafts);
    }
    let bands = pages
        .iter()
        .map(|rows| {
            (
                rows.first().is_some_and(|p| p.top_band),
                rows.last().is_some_and(|p| p.bottom_band),
            )
        })
        .collect();
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(k, rows)| {
            let mut page = Page::empty(first_number + k);
            page.columns = columns.to_vec();
            page.header = header.clone();
            for placed in &rows {
                if !placed.row.continued {
                    page.shapes.extend(shapes_for(sop, placed, columns));
                }
            }
            page.rows = rows.into_iter().map(|p| p.row).collect();
            page
        })
        .collect();
    Table { pages, bands }
}

/// Ends a page: its last row grows by the connector band below its shapes (room the fit
/// test already counted). A row continued from the previous page has no shapes: its lanes
/// are free for the band as they are.
fn grow_last(pages: &mut [Vec<Placed>], drafts: &[Draft]) {
    let Some(p) = pages.last_mut().and_then(|p| p.last_mut()) else {
        return;
    };
    if p.bottom_band {
        return;
    }
    let Some(d) = drafts.get(p.row.step) else {
        return;
    };
    p.bottom_band = true;
    if p.row.continued {
        return;
    }
    let top = if p.top_band { CONNECTOR_BAND } else { 0.0 };
    let h = d.text_h.max(d.floor + top + CONNECTOR_BAND);
    p.row.h = h;
    for cell in &mut p.row.cells {
        cell.rect.h = h;
    }
}

/// The cell moved, lines and all, so that its top is at `y`.
fn move_to(mut cell: TextCell, y: f32) -> TextCell {
    let dy = y - cell.rect.y;
    cell.rect.y = y;
    for line in &mut cell.lines {
        line.y += dy;
    }
    cell
}

fn close(pages: &mut Vec<Vec<Placed>>, y: &mut f32, top: f32) {
    pages.push(Vec::new());
    *y = top;
}

fn push(
    pages: &mut [Vec<Placed>],
    step: usize,
    y: f32,
    h: f32,
    cells: Vec<TextCell>,
    continued: bool,
    top_band: bool,
) {
    let cells = cells
        .into_iter()
        .map(|mut c| {
            c.rect.y = y;
            c.rect.h = h;
            c
        })
        .collect();
    if let Some(page) = pages.last_mut() {
        page.push(Placed {
            row: Row {
                step,
                y,
                h,
                cells,
                continued,
            },
            top_band,
            bottom_band: false,
        });
    }
}

/// Splits a row's cells at `cut` from their top: what fits stays, the rest follows.
fn split_cells(cells: Vec<TextCell>, cut: f32) -> (Vec<TextCell>, Vec<TextCell>) {
    cells
        .into_iter()
        .map(|c| text::split(c, cut, 0.0, 0.0))
        .unzip()
}

fn draft(sop: &Sop, o: &LayoutOptions, columns: &[Column], i: usize) -> Draft {
    let font = Font::regular(o.font_size);
    let cells: Vec<Cell> = TEXT_FIELDS
        .iter()
        .filter_map(|(kind, field)| {
            let col = columns.iter().find(|c| &c.kind == kind)?;
            let mut cell = Cell::new(col.x, col.w);
            let align = if *kind == ColumnKind::Number {
                Align::Middle
            } else {
                Align::Start
            };
            let source = Source::Step(i, *field);
            cell.text(&source.text(sop), font, align, Some(source));
            Some(cell)
        })
        .collect();
    let text_h = cells.iter().map(Cell::height).fold(0.0, f32::max);
    let floor = sop
        .steps
        .get(i)
        .map_or(0.0, |s| shapes::floor(shapes::kind(s)));
    Draft {
        cells,
        text_h,
        floor,
    }
}

fn place(d: &Draft, y: f32, h: f32) -> Vec<TextCell> {
    d.cells
        .iter()
        .map(|c| c.clone().place(y, h, false))
        .collect()
}

fn shapes_for(sop: &Sop, placed: &Placed, columns: &[Column]) -> Vec<Shape> {
    let row = &placed.row;
    let Some(step) = sop.steps.get(row.step) else {
        return Vec::new();
    };
    let kind = shapes::kind(step);
    let (_, shape_h) = shapes::size(kind, shapes::LANE_MIN);
    let top = row.y + if placed.top_band { CONNECTOR_BAND } else { 0.0 };
    let bottom = row.y + row.h
        - if placed.bottom_band {
            CONNECTOR_BAND
        } else {
            0.0
        };
    let y = top + ((bottom - top - shape_h) / 2.0).max(shapes::ROOM);
    shapes::lanes_of(sop, row.step)
        .into_iter()
        .enumerate()
        .filter_map(|(k, lane)| {
            let col = columns.iter().find(|c| c.kind == ColumnKind::Lane(lane))?;
            Some(Shape {
                step: row.step,
                kind,
                rect: shapes::place(kind, col, y),
                lane,
                primary: k == 0,
            })
        })
        .collect()
}
