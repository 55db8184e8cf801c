//! Where a decision's branch label goes: beside the start of its edge, inside the lane
//! columns, clear of shapes, connectors, text cells, other labels and other arrows where a
//! place allows.

use super::font::{Font, ASCENT, DESCENT};
use super::text::wrap;
use super::{Align, Anchor, Line, Page, Rect, Source, TextCell};
use crate::model::Sop;

/// Which way an edge leaves its shape and turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    /// Through the bottom.
    Down,
    /// Through the right side, then down (or nowhere).
    RightThenDown,
    /// Through the right side, then up.
    RightThenUp,
}

fn exit(points: &[(f32, f32)]) -> Option<Exit> {
    let (&(x, _), &(x2, y2)) = (points.first()?, points.get(1)?);
    if (x2 - x).abs() < 1e-3 {
        return Some(Exit::Down);
    }
    Some(match points.get(2) {
        Some(&(_, y3)) if y3 < y2 => Exit::RightThenUp,
        _ => Exit::RightThenDown,
    })
}

/// A place a label may take: its anchor, which way it grows, how wide it may be.
#[derive(Debug, Clone, Copy)]
struct Spot {
    x: f32,
    align: Align,
    /// The top of its first line, or (when `up`) the bottom of its last.
    y: f32,
    up: bool,
    width: f32,
}

/// The label of the branch drawn by edge `e` of `page`, beside the start of the edge and
/// inside the lane columns, clear of shapes, connectors, text, other labels and other
/// arrows where a place allows: above a sideways exit that turns down, below one that
/// turns up; beside a downward exit, right of it or else left of it. Where no place is
/// clear, the first one is taken and the label's white halo interrupts the arrow behind.
pub fn place(sop: &Sop, source: Source, page: &Page, e: usize, font: Font) -> Option<TextCell> {
    let edge = page.edges.get(e)?;
    let Anchor::Step(step) = edge.from else {
        return None;
    };
    let shape = page.primary(step)?;
    let (x, y) = *edge.points.first()?;
    let way = exit(&edge.points)?;
    let (lanes_left, lanes_right) = page.lanes_span();
    let below_taken = page
        .edges
        .iter()
        .any(|other| other.from == edge.from && exit(&other.points) == Some(Exit::RightThenUp));
    let text = source.text(sop);
    let widest = text
        .split_whitespace()
        .map(|w| font.width(w))
        .fold(0.0, f32::max);
    let spots: Vec<Spot> = match way {
        Exit::Down => {
            let (right, top) = if below_taken {
                (x + 0.6, shape.bottom() + 0.3)
            } else {
                (shape.cx() + shape.w * 0.375 + 0.6, shape.cy() + 2.0)
            };
            let left = shape.cx() - shape.w * 0.375 - 0.6;
            vec![
                Spot {
                    x: right,
                    align: Align::Start,
                    y: top,
                    up: false,
                    width: lanes_right - right,
                },
                Spot {
                    x: left,
                    align: Align::End,
                    y: shape.cy() + 2.0,
                    up: false,
                    width: left - lanes_left,
                },
            ]
        }
        Exit::RightThenUp => vec![Spot {
            x: x + 0.6,
            align: Align::Start,
            y: y + 0.4,
            up: false,
            width: lanes_right - x - 0.6,
        }],
        Exit::RightThenDown => vec![Spot {
            x: x + 0.6,
            align: Align::Start,
            y: y - 0.4,
            up: true,
            width: lanes_right - x - 0.6,
        }],
    };
    let make = |spot: &Spot, width: f32, shift: f32| -> TextCell {
        let lines = wrap(&text, width.max(font.size), font);
        let line_h = font.line_height();
        let h = lines.len() as f32 * line_h;
        let top = shift + if spot.up { spot.y - h } else { spot.y };
        let first = top + (line_h - (ASCENT + DESCENT) * font.size) / 2.0 + ASCENT * font.size;
        let left = match spot.align {
            Align::End => spot.x - width,
            _ => spot.x,
        };
        TextCell {
            rect: Rect {
                x: left,
                y: top,
                w: width,
                h,
            },
            lines: lines
                .into_iter()
                .enumerate()
                .map(|(i, text)| Line {
                    x: spot.x,
                    y: first + i as f32 * line_h,
                    text,
                    font,
                    align: spot.align,
                    source: Some(source),
                })
                .collect(),
            frame: false,
        }
    };
    // What a label keeps clear of (arrows only when `runs`).
    let hit = |r: &Rect, runs: bool| -> Option<Rect> {
        let cells = page
            .header
            .iter()
            .chain(page.rows.iter().flat_map(|r| &r.cells));
        let runs = page
            .edges
            .iter()
            .enumerate()
            .filter(|(k, _)| runs && *k != e)
            .flat_map(|(_, other)| other.points.windows(2))
            .find(|w| crosses(r, w[0], w[1]))
            .map(|w| Rect {
                x: w[0].0.min(w[1].0),
                y: w[0].1.min(w[1].1),
                w: (w[0].0 - w[1].0).abs(),
                h: (w[0].1 - w[1].1).abs(),
            });
        page.shapes
            .iter()
            .find(|s| s.touches(r))
            .map(|s| s.rect)
            .or_else(|| {
                page.connectors
                    .iter()
                    .map(|c| c.rect)
                    .find(|c| c.overlaps(r))
            })
            .or_else(|| cells.map(|c| c.rect).find(|c| shrink(*c).overlaps(r)))
            .or_else(|| {
                page.edges
                    .iter()
                    .filter_map(|e| e.label.as_ref())
                    .map(TextCell::halo)
                    .find(|h| h.overlaps(r))
            })
            .or(runs)
    };
    // A label stays in its step's row.
    let (row_top, row_bottom) = page
        .rows
        .iter()
        .find(|r| r.step == step && !r.continued)
        .map_or((f32::NEG_INFINITY, f32::INFINITY), |r| (r.y, r.y + r.h));
    // First clear of arrows too and within the row; then on an arrow (the halo interrupts
    // it); then beyond the row.
    for (runs, in_row) in [(true, true), (false, true), (false, false)] {
        for spot in &spots {
            if spot.width < widest {
                continue;
            }
            let mut spot = *spot;
            let mut shift = 0.0;
            for _ in 0..8 {
                let cell = make(&spot, spot.width, shift);
                let halo = cell.halo();
                if in_row && (halo.y < row_top || halo.bottom() > row_bottom) {
                    break;
                }
                let Some(ob) = hit(&halo, runs) else {
                    return Some(cell);
                };
                // Narrower when something stands beyond the label's start; along a
                // sideways exit, past it when it stands at the start (an arrow running
                // by); else further away.
                let (room, beyond) = match spot.align {
                    Align::End => (
                        spot.x - ob.right() - 0.6,
                        ob.x - 0.6 - (spot.x - spot.width),
                    ),
                    _ => (ob.x - spot.x - 0.6, spot.x + spot.width - ob.right() - 0.6),
                };
                if room >= widest && room < spot.width {
                    spot.width = room;
                } else if way != Exit::Down
                    && room < widest
                    && beyond >= widest
                    && beyond < spot.width
                {
                    spot.x = match spot.align {
                        Align::End => ob.x - 0.6,
                        _ => ob.right() + 0.6,
                    };
                    spot.width = beyond;
                } else if spot.up {
                    shift -= font.line_height();
                } else {
                    shift += font.line_height();
                }
            }
        }
    }
    let first = spots.first()?;
    Some(make(first, first.width, 0.0))
}

/// True when the segment p–q passes through the interior of `r`.
fn crosses(r: &Rect, p: (f32, f32), q: (f32, f32)) -> bool {
    let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
    let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
    x0 < r.right() && x1 > r.x && y0 < r.bottom() && y1 > r.y
}

fn shrink(r: Rect) -> Rect {
    Rect {
        x: r.x + 0.01,
        y: r.y + 0.01,
        w: (r.w - 0.02).max(0.0),
        h: (r.h - 0.02).max(0.0),
    }
}
