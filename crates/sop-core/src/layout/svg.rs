//! Draws a [`Layout`] as SVG and as a standalone, printable HTML document (A4 landscape,
//! one page per sheet). Pure string building: every user text is escaped.

use std::fmt::Write;

use super::{Layout, Page, ShapeKind, TextCell};

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

use super::{cell_lines, coord as n, header_lines, points_attr};

fn text_cell(out: &mut String, cell: &TextCell, font: f32) {
    let r = cell.rect;
    let _ = write!(
        out,
        r#"<rect class="cell" x="{}" y="{}" width="{}" height="{}"/>"#,
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    );
    for (bold, y, line) in cell_lines(cell, font) {
        let class = if bold { "title" } else { "t" };
        let _ = write!(
            out,
            r#"<text class="{class}" x="{}" y="{}">{}</text>"#,
            n(r.x + 2.5),
            n(y),
            escape(line)
        );
    }
}

fn rect(out: &mut String, class: &str, r: &super::Rect, rx: Option<f32>) {
    let _ = write!(
        out,
        r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}""#,
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    );
    if let Some(rx) = rx {
        let _ = write!(out, r#" rx="{}""#, n(rx));
    }
    out.push_str("/>");
}

/// One page as an `<svg>` element sized in millimetres.
pub fn page_svg(layout: &Layout, page: &Page) -> String {
    let (w, h, font) = (layout.width, layout.height, layout.font_size);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="sop-page" width="{}mm" height="{}mm" viewBox="0 0 {} {}" role="img" aria-label="Halaman {}">"#,
        n(w),
        n(h),
        n(w),
        n(h),
        page.number
    );
    let _ = write!(
        out,
        r#"<defs><marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L6,3 L0,6 z"/></marker></defs><style>.cell{{fill:none;stroke:#000;stroke-width:.25}}.t{{font:{f}px sans-serif}}.title{{font:bold {f}px sans-serif}}.shape{{fill:#fff;stroke:#000;stroke-width:.35}}.edge{{fill:none;stroke:#000;stroke-width:.3;marker-end:url(#arrow)}}.label{{font:{lf}px sans-serif}}.hd{{font:bold {f}px sans-serif;text-anchor:middle}}</style>"#,
        f = n(font),
        lf = n(font * 0.85)
    );
    for cell in &page.identity {
        text_cell(&mut out, cell, font);
    }
    if let Some(header) = page.header {
        for col in &page.columns {
            rect(
                &mut out,
                "cell",
                &super::Rect {
                    y: header.y,
                    h: header.h,
                    x: col.x,
                    w: col.w,
                },
                None,
            );
            for (y, line) in header_lines(col, &header, font) {
                let _ = write!(
                    out,
                    r#"<text class="hd" x="{}" y="{}">{}</text>"#,
                    n(col.cx()),
                    n(y),
                    escape(&line)
                );
            }
        }
    }
    let lane_cols: Vec<_> = page
        .columns
        .iter()
        .filter(|c| matches!(c.kind, super::ColumnKind::Lane(_)))
        .collect();
    for row in &page.rows {
        for cell in &row.cells {
            text_cell(&mut out, cell, font);
        }
        for col in &lane_cols {
            rect(
                &mut out,
                "cell",
                &super::Rect {
                    x: col.x,
                    w: col.w,
                    y: row.y,
                    h: row.h,
                },
                None,
            );
        }
    }
    for shape in &page.shapes {
        match shape.kind {
            ShapeKind::Terminator => rect(&mut out, "shape", &shape.rect, Some(shape.rect.h / 2.0)),
            ShapeKind::Process => rect(&mut out, "shape", &shape.rect, None),
            ShapeKind::Decision => {
                let _ = write!(
                    out,
                    r#"<polygon class="shape" points="{}"/>"#,
                    points_attr(&shape.diamond())
                );
            }
        }
    }
    for c in &page.connectors {
        let (x, y) = c.letter_at();
        let _ = write!(
            out,
            r#"<polygon class="shape" points="{}"/><text class="hd" x="{}" y="{}">{}</text>"#,
            points_attr(&c.outline()),
            n(x),
            n(y),
            escape(&c.letter)
        );
    }
    for e in &page.edges {
        let kind = if e.off_page() { "edge offpage" } else { "edge" };
        let _ = write!(
            out,
            r#"<polyline class="{kind}" points="{}"/>"#,
            points_attr(&e.points)
        );
        if let (Some(label), Some((x, y))) = (&e.label, e.label_at(font)) {
            let _ = write!(
                out,
                r#"<text class="label" x="{}" y="{}">{}</text>"#,
                n(x),
                n(y),
                escape(label)
            );
        }
    }
    out.push_str("</svg>");
    // One element per line: readable diffs and snapshots. Text never holds a raw `<`.
    out.replace("><", ">\n<")
}

/// The procedure table with its flowchart as one SVG, unpaginated and cut to its content
/// (`sopcheck render --format svg`). `None` when the SOP has no steps.
pub fn flowchart_svg(sop: &crate::model::Sop) -> Option<String> {
    let options = super::LayoutOptions {
        page_height: 1.0e7,
        ..super::LayoutOptions::default()
    };
    let mut whole = super::layout(sop, &options);
    let page = whole.pages.get(1)?.clone();
    let bottom = page.rows.last().map_or(0.0, |r| r.y + r.h);
    whole.height = bottom + options.margin;
    Some(page_svg(&whole, &page))
}

/// A standalone HTML document: every page as inline SVG, A4 landscape print CSS, and a
/// "DRAF" watermark unless `final_copy`.
pub fn html(layout: &Layout, title: &str, final_copy: bool) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n@page {{ size: A4 landscape; margin: 0; }}\nbody {{ margin: 0; background: #eee; }}\n.sheet {{ position: relative; width: 297mm; height: 210mm; margin: 8mm auto; background: #fff; overflow: hidden; }}\n.sheet svg {{ display: block; }}\n.watermark {{ position: absolute; top: 45%; left: 0; right: 0; text-align: center; font: bold 60mm sans-serif; color: rgba(200,0,0,.12); transform: rotate(-20deg); pointer-events: none; }}\n@media print {{ body {{ background: none; }} .sheet {{ margin: 0; break-after: page; }} .sheet:last-child {{ break-after: auto; }} }}\n</style>\n</head>\n<body>\n",
        escape(title)
    );
    for page in &layout.pages {
        out.push_str("<section class=\"sheet\">");
        out.push_str(&page_svg(layout, page));
        if !final_copy {
            out.push_str("<div class=\"watermark\" aria-hidden=\"true\">DRAF</div>");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)>&\"'"),
            "&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;"
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        let yaml = "identitas:\n  nama: \"<script>alert(1)</script>\"\npelaksana:\n  - {id: a, nama: \"<svg onload=x>\"}\nkegiatan:\n  - {nomor: 1, uraian: \"</text><script>\", pelaksana: a, simbol: mulai}\n";
        let sop = crate::parse(yaml, crate::Format::Yaml).sop;
        let layout = super::super::layout(&sop, &super::super::LayoutOptions::default());
        let doc = html(&layout, &sop.identity.name, false);
        assert!(!doc.contains("<script>"));
        assert!(!doc.contains("<svg onload"));
        assert!(doc.contains("&lt;script&gt;"));
        assert!(doc.contains("DRAF"));
    }
}
