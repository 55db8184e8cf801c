//! The identity page, as on the signed originals: a grid with the logo, instansi and unit
//! centred in the left cell and the identity rows on the right (Nomor SOP, the three
//! dates in the long form, Disahkan oleh with room for the signature, Nama SOP), then the
//! six boxes in pairs. A pair of boxes taller than what is left of the page continues on
//! the next page under its titles marked "(lanjutan)".

use super::font::Font;
use super::text::{self, Cell, PAD_Y};
use super::{Align, IdentityField, LayoutOptions, Logo, Page, Rect, Section, Source, TextCell};
use crate::model::Sop;

/// Height kept free for the signature (and the e-signature QR code) under the jabatan.
const SIGNATURE: f32 = 16.0;
/// Height of the logo.
const LOGO: f32 = 20.0;
/// Where the grid and the boxes split into left and right, as a share of the width: the
/// candidates tried, the one giving the shortest page wins (ties: the first, the
/// originals' 55 %).
const SPLITS: [f32; 7] = [0.55, 0.5, 0.6, 0.45, 0.65, 0.4, 0.7];
/// Empty boxes keep room for this many lines, as on the originals.
const EMPTY_LINES: f32 = 2.0;

/// A horizontal band of the identity page.
enum Band {
    /// The identity grid, placed whole (cells relative to the band's top).
    Grid {
        cells: Vec<TextCell>,
        logo: Option<Rect>,
        h: f32,
    },
    /// Cells side by side under optional titles; the bodies may split across pages.
    Boxes {
        titles: Vec<(f32, f32, &'static str)>,
        bodies: Vec<Cell>,
    },
}

/// The identity page(s) of `sop`.
pub fn pages(sop: &Sop, o: &LayoutOptions) -> Vec<Page> {
    let body = o.page_height - 2.0 * o.margin;
    let mut best: Option<(f32, Vec<Band>)> = None;
    for split in SPLITS {
        let bands = bands(sop, o, split, body);
        let h = bands.iter().map(|b| band_height(b, o)).sum::<f32>();
        if best.as_ref().is_none_or(|(bh, _)| h < *bh - 0.01) {
            best = Some((h, bands));
        }
    }
    let bands = best.map(|(_, b)| b).unwrap_or_default();
    flow(sop, o, bands)
}

fn font(o: &LayoutOptions) -> Font {
    Font::regular(o.identity_font_size)
}

fn band_height(band: &Band, o: &LayoutOptions) -> f32 {
    match band {
        Band::Grid { h, .. } => *h,
        Band::Boxes { titles, bodies } => title_cells(o, titles, false).1 + body_height(bodies, o),
    }
}

fn body_height(bodies: &[Cell], o: &LayoutOptions) -> f32 {
    let min = font(o).line_height() * EMPTY_LINES + 2.0 * PAD_Y;
    bodies.iter().map(Cell::height).fold(min, f32::max)
}

/// The bands for a left/right split at `split` of the width.
fn bands(sop: &Sop, o: &LayoutOptions, split: f32, body: f32) -> Vec<Band> {
    let x0 = o.margin;
    let w = o.page_width - 2.0 * o.margin;
    let left = (w * split).round();
    let mut out = Vec::new();
    let grid = grid(sop, o, x0, w, left);
    if band_height(&grid, o) <= body {
        out.push(grid);
    } else {
        // An identity too long for one page (thousands of characters): the same cells,
        // stacked at full width so that they can continue on the next page.
        out.extend(stacked_grid(sop, o, x0, w));
    }
    let pairs = [
        (Section::LegalBasis, Section::Qualifications),
        (Section::Related, Section::Equipment),
        (Section::Warnings, Section::Records),
    ];
    for (a, b) in pairs {
        let mut bodies = Vec::new();
        for (section, x, cw) in [(a, x0, left), (b, x0 + left, w - left)] {
            let mut cell = Cell::new(x, cw);
            cell.list(section.items(sop), font(o), |i| Source::Item(section, i));
            bodies.push(cell);
        }
        out.push(Band::Boxes {
            titles: vec![(x0, left, a.title()), (x0 + left, w - left, b.title())],
            bodies,
        });
    }
    out
}

/// The identity rows of the right side: label and the value cell's content.
fn rows(sop: &Sop, o: &LayoutOptions, x: f32, label_w: f32, value_w: f32) -> Vec<(Cell, Cell)> {
    let f = font(o);
    let bold = Font::bold(o.identity_font_size);
    let id = |field| Source::Identity(field);
    let plain = |label: &str, field: IdentityField, bold_value: bool| {
        let mut l = Cell::new(x, label_w);
        l.text(label, f, Align::Start, None);
        let mut v = Cell::new(x + label_w, value_w);
        let vf = if bold_value { bold } else { f };
        v.text(&id(field).text(sop), vf, Align::Start, Some(id(field)));
        (l, v)
    };
    let mut signer_label = Cell::new(x, label_w);
    signer_label.text("Disahkan oleh", f, Align::Start, None);
    let mut signer = Cell::new(x + label_w, value_w);
    for (field, fnt, gap) in [
        (IdentityField::SignerPosition, bold, SIGNATURE),
        (IdentityField::SignerName, bold, 0.0),
        (IdentityField::SignerNip, f, 0.0),
    ] {
        signer.text(&id(field).text(sop), fnt, Align::Middle, Some(id(field)));
        signer.gap(gap);
    }
    vec![
        plain("Nomor SOP", IdentityField::Number, false),
        plain("Tanggal Pembuatan", IdentityField::Created, false),
        plain("Tanggal Revisi", IdentityField::Revised, false),
        plain("Tanggal Efektif", IdentityField::Effective, false),
        (signer_label, signer),
        plain("Nama SOP", IdentityField::Name, true),
    ]
}

/// The width of the label column: its longest label on one line.
fn label_width(o: &LayoutOptions) -> f32 {
    let f = font(o);
    [
        "Nomor SOP",
        "Tanggal Pembuatan",
        "Tanggal Efektif",
        "Disahkan oleh",
    ]
    .iter()
    .map(|l| f.width(l))
    .fold(0.0, f32::max)
        + 2.0 * text::PAD_X
        + 0.5
}

/// The left cell: the logo, instansi and unit, centred.
fn agency(sop: &Sop, o: &LayoutOptions, x: f32, w: f32) -> Cell {
    let big = Font::bold(o.identity_font_size * 1.15);
    let mut cell = Cell::new(x, w);
    if !sop.identity.logo.trim().is_empty() {
        cell.gap(LOGO + 3.0);
    }
    let agency = Source::Identity(IdentityField::Agency);
    cell.text(&agency.text(sop), big, Align::Middle, Some(agency));
    let unit = Source::Identity(IdentityField::Unit);
    if !unit.text(sop).trim().is_empty() {
        cell.gap(big.line_height() * 0.6);
        cell.text(&unit.text(sop), big, Align::Middle, Some(unit));
    }
    cell
}

fn grid(sop: &Sop, o: &LayoutOptions, x0: f32, w: f32, left: f32) -> Band {
    let label_w = label_width(o);
    let value_w = w - left - label_w;
    let rows = rows(sop, o, x0 + left, label_w, value_w);
    let min_row = font(o).line_height() + 2.0 * PAD_Y;
    let mut heights: Vec<f32> = rows
        .iter()
        .map(|(l, v)| l.height().max(v.height()).max(min_row))
        .collect();
    let block = agency(sop, o, x0, left);
    let block_h = block.height();
    let rows_h: f32 = heights.iter().sum();
    if block_h > rows_h {
        if let Some(last) = heights.last_mut() {
            *last += block_h - rows_h;
        }
    }
    let h = rows_h.max(block_h);
    let logo = (!sop.identity.logo.trim().is_empty()).then(|| Rect {
        x: x0 + left / 2.0 - LOGO / 2.0,
        y: (h - block_h) / 2.0 + PAD_Y + 1.0,
        w: LOGO,
        h: LOGO,
    });
    let mut cells = vec![block.place(0.0, h, true)];
    let mut y = 0.0;
    for ((label, value), rh) in rows.into_iter().zip(heights) {
        cells.push(label.place(y, rh, false));
        cells.push(value.place(y, rh, false));
        y += rh;
    }
    Band::Grid { cells, logo, h }
}

fn stacked_grid(sop: &Sop, o: &LayoutOptions, x0: f32, w: f32) -> Vec<Band> {
    let label_w = label_width(o);
    let mut out = vec![Band::Boxes {
        titles: Vec::new(),
        bodies: vec![agency(sop, o, x0, w)],
    }];
    for (l, v) in rows(sop, o, x0, label_w, w - label_w) {
        out.push(Band::Boxes {
            titles: Vec::new(),
            bodies: vec![l, v],
        });
    }
    out
}

/// Places the bands top to bottom, starting a new page when one does not fit and
/// splitting a box pair taller than what is left.
fn flow(sop: &Sop, o: &LayoutOptions, bands: Vec<Band>) -> Vec<Page> {
    let top = o.margin;
    let bottom = o.page_height - o.margin;
    let mut pages = vec![Page::empty(1)];
    let mut y = top;
    let min_split = font(o).line_height() * 3.0 + 2.0 * PAD_Y;
    for band in bands {
        match band {
            Band::Grid { cells, logo, h } => {
                if y + h > bottom + 1e-3 && y > top {
                    pages.push(Page::empty(pages.len() + 1));
                    y = top;
                }
                let page = last(&mut pages);
                page.identity.extend(cells.into_iter().map(|c| shift(c, y)));
                page.logo = logo.map(|r| Logo {
                    rect: Rect { y: r.y + y, ..r },
                    href: sop.identity.logo.trim().to_string(),
                });
                y += h;
            }
            Band::Boxes { titles, bodies } => {
                let mut body_h = body_height(&bodies, o);
                let mut placed: Vec<TextCell> = bodies
                    .into_iter()
                    .map(|c| c.place(0.0, body_h, false))
                    .collect();
                let mut continued = false;
                loop {
                    let th = title_cells(o, &titles, continued).1;
                    let room = bottom - y - th;
                    if body_h <= room + 1e-3 {
                        place_boxes(&mut pages, o, &titles, continued, placed, y, body_h);
                        y += th + body_h;
                        break;
                    }
                    if room < min_split {
                        if y <= top + 1e-3 {
                            // Not even a few lines fit on an empty page: place it anyway.
                            place_boxes(&mut pages, o, &titles, continued, placed, y, body_h);
                            y += th + body_h;
                            break;
                        }
                        pages.push(Page::empty(pages.len() + 1));
                        y = top;
                        continue;
                    }
                    let (now, rest): (Vec<TextCell>, Vec<TextCell>) = placed
                        .into_iter()
                        .map(|c| text::split(c, room, 0.0, 0.0))
                        .unzip();
                    place_boxes(&mut pages, o, &titles, continued, now, y, room);
                    pages.push(Page::empty(pages.len() + 1));
                    y = top;
                    continued = true;
                    body_h = rest
                        .iter()
                        .map(text::content_height)
                        .fold(font(o).line_height() + 2.0 * PAD_Y, f32::max);
                    placed = rest
                        .into_iter()
                        .map(|c| TextCell {
                            rect: Rect {
                                h: body_h,
                                ..c.rect
                            },
                            ..c
                        })
                        .collect();
                }
            }
        }
    }
    pages
}

fn last(pages: &mut [Page]) -> &mut Page {
    let n = pages.len() - 1;
    &mut pages[n]
}

fn shift(mut cell: TextCell, dy: f32) -> TextCell {
    cell.rect.y += dy;
    for l in &mut cell.lines {
        l.y += dy;
    }
    cell
}

/// The title cells of a box pair and their height.
fn title_cells(
    o: &LayoutOptions,
    titles: &[(f32, f32, &'static str)],
    continued: bool,
) -> (Vec<Cell>, f32) {
    let cells: Vec<Cell> = titles
        .iter()
        .map(|&(x, w, title)| {
            let mut cell = Cell::new(x, w);
            let title = if continued {
                format!("{title} (lanjutan)")
            } else {
                title.to_string()
            };
            cell.text(&title, Font::bold(o.identity_font_size), Align::Start, None);
            cell
        })
        .collect();
    let h = cells.iter().map(Cell::height).fold(0.0, f32::max);
    (cells, h)
}

fn place_boxes(
    pages: &mut [Page],
    o: &LayoutOptions,
    titles: &[(f32, f32, &'static str)],
    continued: bool,
    bodies: Vec<TextCell>,
    y: f32,
    body_h: f32,
) {
    let (cells, th) = title_cells(o, titles, continued);
    let page = last(pages);
    for cell in cells {
        page.identity.push(cell.place(y, th, false));
    }
    for body in bodies {
        let mut cell = shift(body, y + th);
        cell.rect.h = body_h;
        page.identity.push(cell);
    }
}
