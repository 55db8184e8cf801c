//! The geometric promises of the layout, checked: used by the tests, the property tests
//! and the fuzz target.

use super::{Anchor, Layout, Rect};
use crate::model::Sop;

/// Checks that shapes and connectors do not overlap, every edge is orthogonal, starts and
/// ends on its shape or connector and crosses no shape, every connector has its pair, every
/// step is drawn exactly once, and nothing goes below the page.
pub fn verify(sop: &Sop, layout: &Layout) -> Result<(), String> {
    let mut seen = vec![0usize; sop.steps.len()];
    for page in &layout.pages {
        let tops = page.rows.iter().map(|r| r.y + r.h);
        for bottom in tops.chain(page.identity.iter().map(|c| c.rect.bottom())) {
            if bottom > layout.height + 1e-3 {
                return Err(format!("page {} overflows to {bottom}", page.number));
            }
        }
        let mut boxes: Vec<Rect> = page.shapes.iter().map(|s| s.rect).collect();
        boxes.extend(page.connectors.iter().map(|c| c.rect));
        for (i, a) in boxes.iter().enumerate() {
            for b in boxes.iter().skip(i + 1) {
                if a.overlaps(b) {
                    return Err(format!("page {}: {a:?} overlaps {b:?}", page.number));
                }
            }
        }
        for s in page.shapes.iter().filter(|s| s.primary) {
            if let Some(n) = seen.get_mut(s.step) {
                *n += 1;
            }
        }
        for e in &page.edges {
            let rect_of = |a: Anchor| match a {
                Anchor::Step(i) => page
                    .shapes
                    .iter()
                    .find(|s| s.step == i && s.primary)
                    .map(|s| s.rect),
                Anchor::Connector(c) => page.connectors.get(c).map(|c| c.rect),
            };
            let (Some(from), Some(to)) = (rect_of(e.from), rect_of(e.to)) else {
                return Err(format!("page {}: edge {e:?} leaves the page", page.number));
            };
            let (Some(&first), Some(&last)) = (e.points.first(), e.points.last()) else {
                return Err(format!("empty edge {e:?}"));
            };
            if !on_boundary(&from, first) || !on_boundary(&to, last) {
                return Err(format!("edge {e:?} does not start and end on its shapes"));
            }
            for w in e.points.windows(2) {
                let (p, q) = (w[0], w[1]);
                if (p.0 - q.0).abs() > 1e-3 && (p.1 - q.1).abs() > 1e-3 {
                    return Err(format!("edge {e:?} is not orthogonal"));
                }
                if let Some(b) = boxes.iter().find(|b| crosses(b, p, q)) {
                    return Err(format!("edge {e:?} crosses {b:?}"));
                }
            }
        }
    }
    if let Some(i) = seen.iter().position(|&n| n != 1) {
        return Err(format!("step {i} is drawn {} times", seen[i]));
    }
    for page in &layout.pages {
        for c in &page.connectors {
            let paired = layout
                .pages
                .get(c.other_page.wrapping_sub(1))
                .is_some_and(|other| {
                    other
                        .connectors
                        .iter()
                        .any(|d| d.letter == c.letter && d.incoming != c.incoming)
                });
            if !paired {
                return Err(format!(
                    "connector {} on page {} has no pair",
                    c.letter, page.number
                ));
            }
        }
    }
    Ok(())
}

fn on_boundary(r: &Rect, p: (f32, f32)) -> bool {
    let e = 1e-2;
    let inside = p.0 >= r.x - e && p.0 <= r.right() + e && p.1 >= r.y - e && p.1 <= r.bottom() + e;
    inside
        && ((p.0 - r.x).abs() < e
            || (p.0 - r.right()).abs() < e
            || (p.1 - r.y).abs() < e
            || (p.1 - r.bottom()).abs() < e)
}

/// True when the segment p–q passes through the interior of `r`.
fn crosses(r: &Rect, p: (f32, f32), q: (f32, f32)) -> bool {
    let e = 1e-2;
    let (x0, x1) = (p.0.min(q.0), p.0.max(q.0));
    let (y0, y1) = (p.1.min(q.1), p.1.max(q.1));
    x0 < r.right() - e && x1 > r.x + e && y0 < r.bottom() - e && y1 > r.y + e
}
