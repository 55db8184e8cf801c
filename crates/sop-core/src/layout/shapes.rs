//! The flowchart symbols' sizes and where they sit in a lane column: each shape is centred
//! in the lane left of a gutter, where vertical runs of the arrows pass.

use super::font::Font;
use super::{Column, ColumnKind, Rect, ShapeKind};
use crate::model::{Sop, Step, Symbol};

/// Narrowest lane column: a shape and its gutter.
pub const LANE_MIN: f32 = 17.0;
/// Free height above and below a shape in its row, for the arrows' horizontal runs (which
/// keep to its middle, clear of the grid line and of the shape).
pub const ROOM: f32 = 3.5;
/// Height of an off-page connector.
pub const CONNECTOR: f32 = 5.0;
/// Height a row gives to off-page connectors above or below its shapes.
pub const CONNECTOR_BAND: f32 = CONNECTOR + 3.0;

/// The font of a decision branch's label, a little smaller than the table's.
pub fn label_font(table_size: f32) -> Font {
    Font::regular(table_size * 0.9)
}

/// The shape of a step's symbol (a missing or unknown symbol is drawn as a process).
pub fn kind(step: &Step) -> ShapeKind {
    match step.symbol() {
        Some(Symbol::Mulai | Symbol::Selesai) => ShapeKind::Terminator,
        Some(Symbol::Keputusan) => ShapeKind::Decision,
        _ => ShapeKind::Process,
    }
}

/// The free strip at the right of a lane column where vertical runs pass.
pub fn gutter(lane_w: f32) -> f32 {
    (lane_w * 0.25).clamp(4.0, 7.0)
}

/// Width and height of a shape in a lane column `lane_w` wide.
pub fn size(kind: ShapeKind, lane_w: f32) -> (f32, f32) {
    let w = (lane_w - gutter(lane_w) - 2.0).clamp(4.0, 18.0);
    match kind {
        ShapeKind::Terminator => (w, 5.5),
        ShapeKind::Process => (w, 6.5),
        ShapeKind::Decision => (w.min(13.0), 9.0),
    }
}

/// The least height of a row holding `kind`.
pub fn floor(kind: ShapeKind) -> f32 {
    size(kind, LANE_MIN).1 + 2.0 * ROOM
}

/// The left edge of the widest shape in `col`: centred, unless that leaves less than the
/// gutter on its right.
fn left(col: &Column) -> f32 {
    let (w, _) = size(ShapeKind::Process, col.w);
    (col.cx() - w / 2.0).min(col.right() - gutter(col.w) - w)
}

/// The box of a shape in `col` with its top at `y`; every shape of a lane shares its
/// vertical axis.
pub fn place(kind: ShapeKind, col: &Column, y: f32) -> Rect {
    let (widest, _) = size(ShapeKind::Process, col.w);
    let (w, h) = size(kind, col.w);
    Rect {
        x: left(col) + (widest - w) / 2.0,
        y,
        w,
        h,
    }
}

/// Room right of a decision's diamond in a lane column `lane_w` wide.
pub fn right_of_decision(lane_w: f32) -> f32 {
    let col = Column {
        kind: ColumnKind::Lane(0),
        x: 0.0,
        w: lane_w,
        title: String::new(),
    };
    lane_w - place(ShapeKind::Decision, &col, 0.0).right()
}

/// The x of vertical track `slot` in the gutter of `col`: right of every shape of the
/// lane, clear of it and of the column's border, five tracks before they repeat.
pub fn track(col: &Column, slot: usize) -> f32 {
    let (w, _) = size(ShapeKind::Process, col.w);
    let start = left(col) + w + 1.2;
    let span = (col.right() - 0.8 - start).max(0.0);
    start + span * (slot % 5) as f32 / 4.0
}

/// Lane indexes of a step's pelaksana, resolved as the rules resolve them (SOP307); the
/// first lane when none matches, so every step is drawn once.
pub fn lanes_of(sop: &Sop, step: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let performers = sop.steps.get(step).map_or(&[][..], |s| &s.performers[..]);
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
