//! What a page draws, in drawing order, as a few kinds of marks: the SVG writer and the
//! app's Pratinjau turn each mark into one element, so they cannot drift apart.

use super::font::Font;
use super::{Align, Line, Page, Rect, ShapeKind};

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// A cell with its lines of text; `frame` draws its border (a branch label's area and a
    /// connector's letter have none). Drawn as a group, the box first.
    Cell {
        /// The cell.
        rect: Rect,
        /// True when the border is drawn.
        frame: bool,
        /// The lines, each inside `rect`.
        lines: Vec<Line>,
    },
    /// An empty table cell (a lane of a row).
    Grid(Rect),
    /// A flowchart box: a process (`rx` 0) or a terminator capsule.
    Box {
        /// Its outline.
        rect: Rect,
        /// Corner radius.
        rx: f32,
    },
    /// A closed outline: a decision diamond or an off-page connector.
    Outline(Vec<(f32, f32)>),
    /// An arrow along the points, the head at the last one.
    Arrow {
        /// The corner points.
        points: Vec<(f32, f32)>,
        /// True for an arrow to or from an off-page connector.
        off_page: bool,
    },
    /// A white box under a branch label (drawn before it).
    Halo(Rect),
    /// The logo: a file or address, fitted into `rect`.
    Image {
        /// Where.
        rect: Rect,
        /// What (as written in the SOP).
        href: String,
    },
}

/// The marks of `page`.
pub fn marks(page: &Page) -> Vec<Mark> {
    let mut out = Vec::new();
    let cell = |c: &super::TextCell| Mark::Cell {
        rect: c.rect,
        frame: c.frame,
        lines: c.lines.clone(),
    };
    out.extend(page.identity.iter().map(cell));
    if let Some(logo) = &page.logo {
        out.push(Mark::Image {
            rect: logo.rect,
            href: logo.href.clone(),
        });
    }
    out.extend(page.header.iter().map(cell));
    for row in &page.rows {
        out.extend(row.cells.iter().map(cell));
        for col in page
            .columns
            .iter()
            .filter(|c| matches!(c.kind, super::ColumnKind::Lane(_)))
        {
            out.push(Mark::Grid(Rect {
                x: col.x,
                w: col.w,
                y: row.y,
                h: row.h,
            }));
        }
    }
    for shape in &page.shapes {
        out.push(match shape.kind {
            ShapeKind::Terminator => Mark::Box {
                rect: shape.rect,
                rx: shape.rect.h / 2.0,
            },
            ShapeKind::Process => Mark::Box {
                rect: shape.rect,
                rx: 0.0,
            },
            ShapeKind::Decision => Mark::Outline(shape.diamond().to_vec()),
        });
    }
    for c in &page.connectors {
        out.push(Mark::Outline(c.outline().to_vec()));
        let font = Font::bold(c.rect.h * 0.5);
        out.push(Mark::Cell {
            rect: c.rect,
            frame: false,
            lines: vec![Line {
                x: c.rect.cx(),
                y: c.rect.y + c.rect.h * 0.55,
                text: c.letter.clone(),
                font,
                align: Align::Middle,
                source: None,
            }],
        });
    }
    for e in &page.edges {
        out.push(Mark::Arrow {
            points: e.points.clone(),
            off_page: e.off_page(),
        });
    }
    for label in page.edges.iter().filter_map(|e| e.label.as_ref()) {
        out.push(Mark::Halo(label.halo()));
        out.push(cell(label));
    }
    out
}
