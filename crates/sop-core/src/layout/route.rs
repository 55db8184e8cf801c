//! The arrows of the flowchart and the off-page connectors.
//!
//! Edges are orthogonal polylines that never cross a shape: an edge to the next row leaves
//! its shape at the bottom and runs along the next row just above the target shape; any
//! other edge leaves its shape on the right and runs down or up in the gutter at the right
//! of a lane column — its own, or (going down to a lane on the right, as the originals
//! draw it) the target's — then enters its target from above. Parallel runs in a gutter
//! take separate tracks. An edge whose ends are on different pages goes through a pair of
//! off-page connectors with the same letter: the outgoing one in the band the page's last
//! row keeps below its shapes (one per target step), the incoming one in the band the
//! other page's first row keeps above them (one per target step, shared by the arrows
//! from every other page). Branch labels are placed last ([`label`]).

use super::label;
use super::shapes::{self, CONNECTOR, CONNECTOR_BAND, ROOM};
use super::table::Bands;
use super::{Anchor, Column, ColumnKind, Connector, Edge, LayoutOptions, Page, Rect, Source};
use crate::flow::Flow;
use crate::model::Sop;

/// The flow graph the arrows follow.
pub fn flow(sop: &Sop) -> Flow {
    Flow::build(sop)
}

/// The table page (index) of each step's shape.
fn page_of(sop: &Sop, pages: &[Page]) -> Vec<usize> {
    let mut out = vec![usize::MAX; sop.steps.len()];
    for (p, page) in pages.iter().enumerate() {
        for s in page.shapes.iter().filter(|s| s.primary) {
            if let Some(slot) = out.get_mut(s.step) {
                *slot = p;
            }
        }
    }
    out
}

/// The connector bands the arrows need that `bands` (top, bottom per page) lack: an arrow
/// crossing pages leaves below the last row of its page and enters above the first row of
/// the other.
pub fn missing_bands(sop: &Sop, flow: &Flow, pages: &[Page], bands: &[(bool, bool)]) -> Bands {
    let page_of = page_of(sop, pages);
    let mut out = Bands::default();
    for e in &flow.edges {
        let (Some(&pf), Some(&pt)) = (page_of.get(e.from), page_of.get(e.to)) else {
            continue;
        };
        if pf == pt || pf >= pages.len() || pt >= pages.len() {
            continue;
        }
        if !bands.get(pt).is_some_and(|b| b.0) && !out.top.contains(&pt) {
            out.top.push(pt);
        }
        if !bands.get(pf).is_some_and(|b| b.1) && !out.bottom.contains(&pf) {
            out.bottom.push(pf);
        }
    }
    out
}

/// Adds the edges and connectors of the flow to the table pages.
pub fn edges(sop: &Sop, flow: &Flow, o: &LayoutOptions, pages: &mut [Page]) {
    let Some(first_number) = pages.first().map(|p| p.number) else {
        return;
    };
    let page_of = page_of(sop, pages);
    let label_font = shapes::label_font(o.font_size);
    let mut letters = 0usize;
    // Branch labels, placed once every edge is known: (page, edge, branch).
    let mut labels: Vec<(usize, usize, Source)> = Vec::new();
    // The letter of each target step entered from another page.
    let mut entries: Vec<Option<String>> = vec![None; sop.steps.len()];
    // The outgoing connector of each (page, target step).
    let mut exits: Vec<((usize, usize), usize)> = Vec::new();
    let sizes = connector_sizes(flow, &page_of, pages);
    let mut tracks = Tracks::default();
    for edge in &flow.edges {
        let (from, to) = (edge.from, edge.to);
        let label = edge
            .branch
            .filter(|&b| {
                sop.steps
                    .get(from)
                    .and_then(|s| s.branches.get(b))
                    .is_some_and(|b| !b.label.trim().is_empty())
            })
            .map(|b| Source::Branch(from, b));
        let (Some(&pf), Some(&pt)) = (page_of.get(from), page_of.get(to)) else {
            continue;
        };
        if pf >= pages.len() || pt >= pages.len() {
            continue;
        }
        if pf == pt {
            let page = &mut pages[pf];
            let (Some(a), Some(b)) = (page.primary(from), page.primary(to)) else {
                continue;
            };
            let row_index = |s: usize| page.rows.iter().position(|r| r.step == s && !r.continued);
            let next_row = row_index(from).map(|k| k + 1) == row_index(to);
            // Only one edge leaves through the bottom: the first one to the next row.
            let bottom_free = !page.edges.iter().any(|e| {
                e.from == Anchor::Step(from)
                    && e.points
                        .first()
                        .is_some_and(|p| (p.1 - a.bottom()).abs() < 1e-3)
            });
            let entry = b.y - ROOM / 2.0;
            let points = if next_row && bottom_free {
                vec![
                    (a.cx(), a.bottom()),
                    (a.cx(), entry),
                    (b.cx(), entry),
                    (b.cx(), b.y),
                ]
            } else {
                // Down to a lane on the right: along the row to that lane's gutter (as the
                // originals draw it), when no shape is in the way; else the own gutter.
                let own = lane_of(page, from);
                let target = lane_of(page, to);
                let far = (target > own && b.y > a.bottom())
                    .then(|| lane_column(&page.columns, target))
                    .flatten()
                    .map(|col| tracks.peek(pf, target, col))
                    .filter(|&gx| clear(page, from, a.cy(), a.right(), gx));
                let lane = if far.is_some() { target } else { own };
                let gx = tracks.take(pf, lane, lane_column(&page.columns, lane), a.right() + 2.0);
                vec![
                    (a.right(), a.cy()),
                    (gx, a.cy()),
                    (gx, entry),
                    (b.cx(), entry),
                    (b.cx(), b.y),
                ]
            };
            page.edges.push(Edge {
                from: Anchor::Step(from),
                to: Anchor::Step(to),
                points: simplify(points),
                label: None,
            });
            if let Some(source) = label {
                labels.push((pf, page.edges.len() - 1, source));
            }
            continue;
        }
        // Entering page: one incoming connector per target step, in the band above the
        // first row's shapes, shared by the arrows from every other page.
        let letter = if let Some(Some(letter)) = entries.get(to) {
            letter.clone()
        } else {
            let size = size_of(&sizes, pt, true);
            let dst = &mut pages[pt];
            let (Some(b), Some(first_row)) = (dst.primary(to), dst.rows.first()) else {
                continue;
            };
            letters += 1;
            let letter = connector_letter(letters);
            let lane = lane_of(dst, to);
            let y = first_row.y + (CONNECTOR_BAND - size) / 2.0;
            let in_rect = free_slot(dst, b.cx(), y, size);
            let level = first_row.y + CONNECTOR_BAND - (CONNECTOR_BAND - CONNECTOR) / 4.0;
            let first_on_page = dst
                .rows
                .first()
                .is_some_and(|r| r.step == to && !r.continued);
            let points = if first_on_page {
                vec![
                    (in_rect.cx(), in_rect.bottom()),
                    (in_rect.cx(), level),
                    (b.cx(), level),
                    (b.cx(), b.y),
                ]
            } else {
                let gx = tracks.take(pt, lane, lane_column(&dst.columns, lane), b.right() + 2.0);
                let entry = b.y - ROOM / 2.0;
                vec![
                    (in_rect.cx(), in_rect.bottom()),
                    (in_rect.cx(), level),
                    (gx, level),
                    (gx, entry),
                    (b.cx(), entry),
                    (b.cx(), b.y),
                ]
            };
            dst.connectors.push(Connector {
                letter: letter.clone(),
                rect: in_rect,
                incoming: true,
                other_page: first_number + pf,
            });
            let ci = dst.connectors.len() - 1;
            dst.edges.push(Edge {
                from: Anchor::Connector(ci),
                to: Anchor::Step(to),
                points: simplify(points),
                label: None,
            });
            if let Some(slot) = entries.get_mut(to) {
                *slot = Some(letter.clone());
            }
            letter
        };
        // Leaving page: from the source to the outgoing connector for this target in the
        // band below the last row's shapes (one per target, shared by its arrows).
        let size = size_of(&sizes, pf, false);
        let src = &mut pages[pf];
        let (Some(a), Some(last_row)) = (src.primary(from), src.rows.last()) else {
            continue;
        };
        let lane = lane_of(src, from);
        let band_top = last_row.y + last_row.h - CONNECTOR_BAND;
        let ci = match exits.iter().find(|(k, _)| *k == (pf, to)) {
            Some(&(_, ci)) => ci,
            None => {
                let out_y = band_top + (CONNECTOR_BAND - size) / 2.0;
                let rect = free_slot(src, a.cx(), out_y, size);
                src.connectors.push(Connector {
                    letter,
                    rect,
                    incoming: false,
                    other_page: first_number + pt,
                });
                exits.push(((pf, to), src.connectors.len() - 1));
                src.connectors.len() - 1
            }
        };
        let Some(out_rect) = src.connectors.get(ci).map(|c| c.rect) else {
            continue;
        };
        let last_on_page = last_row.step == from && !last_row.continued;
        let run = band_top + (CONNECTOR_BAND - CONNECTOR) / 4.0;
        let straight = last_on_page && (out_rect.cx() - a.cx()).abs() < 0.01 && {
            // Straight down, unless another edge already leaves through the bottom.
            !src.edges.iter().any(|e| {
                e.from == Anchor::Step(from)
                    && e.points
                        .first()
                        .is_some_and(|p| (p.1 - a.bottom()).abs() < 1e-3)
            })
        };
        let points = if straight {
            vec![(a.cx(), a.bottom()), (a.cx(), out_rect.y)]
        } else {
            let gx = tracks.take(pf, lane, lane_column(&src.columns, lane), a.right() + 2.0);
            vec![
                (a.right(), a.cy()),
                (gx, a.cy()),
                (gx, run),
                (out_rect.cx(), run),
                (out_rect.cx(), out_rect.y),
            ]
        };
        src.edges.push(Edge {
            from: Anchor::Step(from),
            to: Anchor::Connector(ci),
            points: simplify(points),
            label: None,
        });
        if let Some(source) = label {
            labels.push((pf, src.edges.len() - 1, source));
        }
    }
    for (p, e, source) in labels {
        let Some(page) = pages.get(p) else {
            continue;
        };
        let cell = label::place(sop, source, page, e, label_font);
        if let Some(edge) = pages.get_mut(p).and_then(|page| page.edges.get_mut(e)) {
            edge.label = cell;
        }
    }
}

/// The gutter tracks used per (page, lane), so parallel runs do not sit on each other.
#[derive(Default)]
struct Tracks(Vec<((usize, usize), usize)>);

impl Tracks {
    fn used(&self, p: usize, lane: usize) -> usize {
        self.0
            .iter()
            .find(|(k, _)| *k == (p, lane))
            .map_or(0, |(_, n)| *n)
    }

    /// The x of the next free track of `lane`'s gutter on page `p`, without taking it.
    fn peek(&self, p: usize, lane: usize, col: &Column) -> f32 {
        shapes::track(col, self.used(p, lane))
    }

    /// Takes the next free track of `lane`'s gutter (`fallback` without a column).
    fn take(&mut self, p: usize, lane: usize, col: Option<&Column>, fallback: f32) -> f32 {
        let slot = self.used(p, lane);
        match self.0.iter_mut().find(|(k, _)| *k == (p, lane)) {
            Some((_, n)) => *n += 1,
            None => self.0.push(((p, lane), 1)),
        }
        col.map_or(fallback, |c| shapes::track(c, slot))
    }
}

/// True when a run along `y` from `x0` to `x1` passes no shape but `step`'s own.
fn clear(page: &Page, step: usize, y: f32, x0: f32, x1: f32) -> bool {
    !page.shapes.iter().any(|s| {
        !(s.step == step && s.primary)
            && s.rect.y - 0.5 < y
            && y < s.rect.bottom() + 0.5
            && s.rect.x < x1
            && s.rect.right() > x0
    })
}

fn lane_of(page: &Page, step: usize) -> usize {
    page.shapes
        .iter()
        .find(|s| s.step == step && s.primary)
        .map_or(0, |s| s.lane)
}

fn lane_column(columns: &[Column], lane: usize) -> Option<&Column> {
    columns.iter().find(|c| c.kind == ColumnKind::Lane(lane))
}

/// The size of the connectors in each band, by (page, top band): the standard size, or
/// smaller when more of them must stand side by side than the lane columns hold.
fn connector_sizes(flow: &Flow, page_of: &[usize], pages: &[Page]) -> Vec<((usize, bool), f32)> {
    // The target steps each band leads to or from.
    let mut wanted: Vec<((usize, bool), Vec<usize>)> = Vec::new();
    let mut want =
        |key: (usize, bool), step: usize| match wanted.iter_mut().find(|(k, _)| *k == key) {
            Some((_, steps)) if steps.contains(&step) => {}
            Some((_, steps)) => steps.push(step),
            None => wanted.push((key, vec![step])),
        };
    for e in &flow.edges {
        let (Some(&pf), Some(&pt)) = (page_of.get(e.from), page_of.get(e.to)) else {
            continue;
        };
        if pf != pt && pf < pages.len() && pt < pages.len() {
            want((pf, false), e.to);
            want((pt, true), e.to);
        }
    }
    wanted
        .into_iter()
        .map(|((p, top), targets)| {
            let (start, end) = pages[p].lanes_span();
            let n = targets.len() as f32;
            let fit = (end - start + GAP) / n - GAP;
            ((p, top), fit.clamp(0.2, CONNECTOR))
        })
        .collect()
}

fn size_of(sizes: &[((usize, bool), f32)], page: usize, top: bool) -> f32 {
    sizes
        .iter()
        .find(|(k, _)| *k == (page, top))
        .map_or(CONNECTOR, |(_, s)| *s)
}

/// Space kept between connectors side by side.
const GAP: f32 = 1.0;

/// A connector box `size` wide at `y`, centred at `cx` (under or over the step's shape) if
/// free, else at the nearest free place along the lane columns.
fn free_slot(page: &Page, cx: f32, y: f32, size: f32) -> Rect {
    let (start, end) = page.lanes_span();
    let at = |x: f32| Rect {
        x,
        y,
        w: size,
        h: size,
    };
    let free = |x: f32| {
        let wanted = Rect {
            x: x - GAP + 0.01,
            y,
            w: size + 2.0 * GAP - 0.02,
            h: size,
        };
        x >= start - 1e-3
            && x + size <= end + 1e-3
            && !page.connectors.iter().any(|c| wanted.overlaps(&c.rect))
    };
    let want = (cx - size / 2.0).clamp(start, (end - size).max(start));
    let steps = ((end - start) / 0.25).ceil() as usize + 1;
    for k in 0..=steps {
        let d = k as f32 * 0.25;
        for x in [want + d, want - d] {
            if free(x) {
                return at(x);
            }
        }
    }
    // Every place is taken (cannot happen with the sizes of `connector_sizes`): the
    // leftmost place.
    at(start)
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

#[cfg(test)]
mod tests {
    use super::super::{layout, verify, Anchor, LayoutOptions, ShapeKind};
    use crate::parse::{parse, Format};

    fn example() -> crate::model::Sop {
        parse(
            include_str!("../../tests/data/example.sop.yaml"),
            Format::Yaml,
        )
        .sop
    }

    #[test]
    fn example_lays_out_with_a_loop_and_a_labelled_decision() {
        let sop = example();
        let l = layout(&sop, &LayoutOptions::default());
        assert_eq!(l.pages.len(), 2);
        verify(&sop, &l).unwrap();
        let table = &l.pages[1];
        assert_eq!(table.rows.len(), 4);
        // 1→2, 2→4 (Lengkap), 2→3 (Tidak lengkap), 3→1 (loop).
        assert_eq!(table.edges.len(), 4);
        let labels: Vec<String> = table
            .edges
            .iter()
            .filter_map(|e| e.label.as_ref())
            .flat_map(|c| c.lines.iter().map(|l| l.text.clone()))
            .collect();
        assert_eq!(labels.join(" "), "Lengkap Tidak lengkap");
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
        assert!(table.connectors.is_empty(), "one page, no connectors");
    }

    #[test]
    fn page_breaks_get_paired_connectors_even_for_a_loop_back() {
        let sop = example();
        let options = LayoutOptions {
            rows_per_page: Some(2),
            ..LayoutOptions::default()
        };
        let l = layout(&sop, &options);
        assert_eq!(l.pages.len(), 3);
        verify(&sop, &l).unwrap();
        let (first, second) = (&l.pages[1], &l.pages[2]);
        // 2→4 and 2→3 leave page 2 (one connector per target step)...
        let out: Vec<&str> = first
            .connectors
            .iter()
            .filter(|c| !c.incoming)
            .map(|c| c.letter.as_str())
            .collect();
        assert_eq!(out.len(), 2, "{out:?}");
        // ...and the loop 3→1 comes back into step 1 through a connector above its shape.
        let back = first.connectors.iter().find(|c| c.incoming).unwrap();
        let step1 = first.shapes.iter().find(|s| s.step == 0).unwrap();
        assert!(back.rect.bottom() < step1.rect.y);
        assert!(first
            .edges
            .iter()
            .any(|e| matches!(e.from, Anchor::Connector(_)) && e.to == Anchor::Step(0)));
        assert!(second
            .connectors
            .iter()
            .any(|c| c.letter == back.letter && !c.incoming));
    }
}
