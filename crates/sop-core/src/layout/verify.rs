//! The promises of the layout, checked: used by the tests, the property tests and the fuzz
//! target.

use std::collections::HashMap;

use super::font::{ASCENT, DESCENT};
use super::{Anchor, IdentityField, Layout, Page, Rect, Section, Source, StepField, TextCell};
use crate::model::Sop;

/// How far text keeps inside its cell's border, at least.
const INSET: f32 = 0.3;

/// Checks that:
/// - every text of the SOP the printout shows (identity, every item of the six boxes,
///   every lane name on every table page, every text column of every step, every branch
///   label drawn) is placed in full, in order, nothing cut and nothing added;
/// - every line of text is inside its cell (measured with the print font's metrics), and
///   cells do not overlap;
/// - shapes and connectors do not overlap, every edge is orthogonal, starts and ends on
///   its shape or connector and crosses no shape, every connector has its pair, every step
///   is drawn exactly once, and nothing goes off the page.
pub fn verify(sop: &Sop, layout: &Layout) -> Result<(), String> {
    let mut seen = vec![0usize; sop.steps.len()];
    for page in &layout.pages {
        check_page(page, layout)?;
        for s in page.shapes.iter().filter(|s| s.primary) {
            if let Some(n) = seen.get_mut(s.step) {
                *n += 1;
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
    check_texts(sop, layout)
}

/// Every cell of a page, labels included.
fn cells(page: &Page) -> impl Iterator<Item = &TextCell> {
    page.identity
        .iter()
        .chain(&page.header)
        .chain(page.rows.iter().flat_map(|r| &r.cells))
        .chain(page.edges.iter().filter_map(|e| e.label.as_ref()))
}

fn check_page(page: &Page, layout: &Layout) -> Result<(), String> {
    let n = page.number;
    let on_page = |r: &Rect| {
        r.x >= -1e-3
            && r.y >= -1e-3
            && r.right() <= layout.width + 1e-3
            && r.bottom() <= layout.height + 1e-3
    };
    for cell in cells(page) {
        if !on_page(&cell.rect) {
            return Err(format!("page {n}: cell {:?} is off the page", cell.rect));
        }
        check_cell(cell).map_err(|e| format!("page {n}: {e}"))?;
    }
    let framed: Vec<&TextCell> = cells(page).filter(|c| c.frame).collect();
    for (i, a) in framed.iter().enumerate() {
        for b in framed.iter().skip(i + 1) {
            if shrink(&a.rect).overlaps(&shrink(&b.rect)) {
                return Err(format!(
                    "page {n}: cells {:?} and {:?} overlap",
                    a.rect, b.rect
                ));
            }
        }
    }
    let mut boxes: Vec<Rect> = page.shapes.iter().map(|s| s.rect).collect();
    boxes.extend(page.connectors.iter().map(|c| c.rect));
    for (i, a) in boxes.iter().enumerate() {
        if !on_page(a) {
            return Err(format!("page {n}: {a:?} is off the page"));
        }
        for b in boxes.iter().skip(i + 1) {
            if a.overlaps(b) {
                return Err(format!("page {n}: {a:?} overlaps {b:?}"));
            }
        }
    }
    // Branch labels stay clear of shapes, connectors, text cells and each other.
    let labels: Vec<Rect> = page
        .edges
        .iter()
        .filter_map(|e| e.label.as_ref())
        .map(TextCell::halo)
        .collect();
    for (i, label) in labels.iter().enumerate() {
        let others = labels.iter().skip(i + 1);
        let text = framed.iter().map(|c| &c.rect);
        let connectors = page.connectors.iter().map(|c| &c.rect);
        if let Some(b) = connectors
            .chain(text)
            .chain(others)
            .find(|b| shrink(label).overlaps(b))
        {
            return Err(format!("page {n}: label at {label:?} overlaps {b:?}"));
        }
        if let Some(s) = page.shapes.iter().find(|s| s.touches(label)) {
            return Err(format!(
                "page {n}: label at {label:?} overlaps {:?}",
                s.rect
            ));
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
            return Err(format!("page {n}: edge {e:?} leaves the page"));
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
    Ok(())
}

fn shrink(r: &Rect) -> Rect {
    let e = 1e-2;
    Rect {
        x: r.x + e,
        y: r.y + e,
        w: (r.w - 2.0 * e).max(0.0),
        h: (r.h - 2.0 * e).max(0.0),
    }
}

/// Every line inside its cell: no wider than the cell, not above or below it.
fn check_cell(cell: &TextCell) -> Result<(), String> {
    let r = cell.rect;
    let inset = if cell.frame { INSET } else { 0.0 };
    for l in &cell.lines {
        let (a, b) = l.extent();
        let top = l.y - ASCENT * l.font.size;
        let bottom = l.y + DESCENT * l.font.size;
        if a < r.x + inset - 1e-3
            || b > r.right() - inset + 1e-3
            || top < r.y - 1e-3
            || bottom > r.bottom() + 1e-3
        {
            return Err(format!(
                "line {:?} ({a:.2}–{b:.2}, {top:.2}–{bottom:.2}) is outside its cell {r:?}",
                l.text
            ));
        }
    }
    Ok(())
}

/// The text without whitespace: what must survive wrapping, character by character.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every text of the SOP the printout shows, placed in full.
fn check_texts(sop: &Sop, layout: &Layout) -> Result<(), String> {
    let mut expected: Vec<Source> = Vec::new();
    if !layout.pages.is_empty() {
        use IdentityField as F;
        for f in [
            F::Agency,
            F::Unit,
            F::Number,
            F::Name,
            F::Created,
            F::Revised,
            F::Effective,
            F::SignerPosition,
            F::SignerName,
            F::SignerNip,
        ] {
            expected.push(Source::Identity(f));
        }
        for s in [
            Section::LegalBasis,
            Section::Qualifications,
            Section::Related,
            Section::Equipment,
            Section::Warnings,
            Section::Records,
        ] {
            expected.extend((0..s.items(sop).len()).map(|i| Source::Item(s, i)));
        }
    }
    for i in 0..sop.steps.len() {
        for f in [
            StepField::Number,
            StepField::Description,
            StepField::Requirements,
            StepField::Time,
            StepField::Output,
            StepField::Remarks,
        ] {
            expected.push(Source::Step(i, f));
        }
    }
    // What is printed, source by source, in reading order (lane names: page by page).
    let mut printed: HashMap<Source, String> = HashMap::new();
    for page in &layout.pages {
        let mut lanes: HashMap<usize, String> = HashMap::new();
        for cell in cells(page) {
            for line in &cell.lines {
                match line.source {
                    Some(Source::Lane(i)) => lanes.entry(i).or_default().push_str(&line.text),
                    Some(s) => printed.entry(s).or_default().push_str(&line.text),
                    None => {}
                }
            }
        }
        if !page.columns.is_empty() {
            for (i, lane) in sop.lanes.iter().enumerate() {
                let got = lanes.remove(&i).unwrap_or_default();
                if squash(&got) != squash(&lane.name) {
                    return Err(format!(
                        "page {}: lane {:?} is printed as {got:?}",
                        page.number, lane.name
                    ));
                }
            }
        }
        if let Some((i, _)) = lanes.into_iter().next() {
            return Err(format!("page {}: lane {i} does not exist", page.number));
        }
    }
    for source in expected {
        let want = squash(&source.text(sop));
        let got = printed
            .remove(&source)
            .map(|t| squash(&t))
            .unwrap_or_default();
        if got != want {
            return Err(format!(
                "{source:?}: {:?} is printed as {got:?}",
                source.text(sop)
            ));
        }
    }
    for (source, got) in printed {
        if let Source::Branch(..) = source {
            if squash(&got) != squash(&source.text(sop)) {
                return Err(format!("{source:?} is printed as {got:?}"));
            }
        } else {
            return Err(format!("{source:?} is printed but not in the SOP: {got:?}"));
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
