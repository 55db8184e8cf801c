//! Draws a [`Layout`] as SVG and as a standalone, printable HTML document (A4 landscape,
//! one page per sheet). Pure string building from [`paint::marks`]: every user text is
//! escaped.

use std::fmt::Write;

use super::paint::{self, Mark};
use super::{coord as n, points_attr, Align, Layout, Line, Page};

/// The print font: Arial, or Liberation Sans with the same metrics (what the layout
/// measures with), then look-alikes.
pub const FONT_FAMILY: &str = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/// The drawing styles of a page, shared by the standalone SVG and the app's stylesheet.
pub const STYLE: &str = ".cell{fill:none;stroke:#000;stroke-width:.25}.area{fill:none;stroke:none}.halo{fill:#fff;stroke:none}.shape{fill:#fff;stroke:#000;stroke-width:.35}.edge{fill:none;stroke:#000;stroke-width:.3}text{fill:#000}marker path{fill:#000}";

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

/// The attributes of a text element for `line` (position, size, weight, anchor).
pub fn text_attrs(line: &Line) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("x", n(line.x)),
        ("y", n(line.y)),
        ("font-size", n(line.font.size)),
    ];
    if line.font.bold {
        out.push(("font-weight", "bold".into()));
    }
    match line.align {
        Align::Start => {}
        Align::Middle => out.push(("text-anchor", "middle".into())),
        Align::End => out.push(("text-anchor", "end".into())),
    }
    out
}

fn rect_attrs(out: &mut String, r: &super::Rect) {
    let _ = write!(
        out,
        r#" x="{}" y="{}" width="{}" height="{}""#,
        n(r.x),
        n(r.y),
        n(r.w),
        n(r.h)
    );
}

fn mark(out: &mut String, m: &Mark, marker: &str) {
    match m {
        Mark::Cell { rect, frame, lines } => {
            let class = if *frame { "cell" } else { "area" };
            let _ = write!(out, r#"<g><rect class="{class}""#);
            rect_attrs(out, rect);
            out.push_str("/>");
            for line in lines {
                out.push_str("<text");
                for (k, v) in text_attrs(line) {
                    let _ = write!(out, r#" {k}="{v}""#);
                }
                let _ = write!(out, ">{}</text>", escape(&line.text));
            }
            out.push_str("</g>");
        }
        Mark::Grid(r) => {
            out.push_str(r#"<rect class="cell""#);
            rect_attrs(out, r);
            out.push_str("/>");
        }
        Mark::Box { rect, rx } => {
            out.push_str(r#"<rect class="shape""#);
            rect_attrs(out, rect);
            if *rx > 0.0 {
                let _ = write!(out, r#" rx="{}""#, n(*rx));
            }
            out.push_str("/>");
        }
        Mark::Outline(points) => {
            let _ = write!(
                out,
                r#"<polygon class="shape" points="{}"/>"#,
                points_attr(points)
            );
        }
        Mark::Arrow { points, off_page } => {
            let class = if *off_page { "edge offpage" } else { "edge" };
            let _ = write!(
                out,
                r#"<polyline class="{class}" points="{}" marker-end="url(#{marker})"/>"#,
                points_attr(points)
            );
        }
        Mark::Halo(r) => {
            out.push_str(r#"<rect class="halo""#);
            rect_attrs(out, r);
            out.push_str("/>");
        }
        Mark::Image { rect, href } => {
            let _ = write!(out, r#"<image href="{}""#, escape(href));
            rect_attrs(out, rect);
            out.push_str(r#" preserveAspectRatio="xMidYMid meet"/>"#);
        }
    }
}

/// The id of the arrowhead marker of a page (unique in a document of several pages).
pub fn marker_id(page: &Page) -> String {
    format!("arrow-{}", page.number)
}

/// Where a page's `<svg>` is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A file of its own (`sopcheck render`): the drawing styles embedded, every logo kept
    /// (the CLI has already embedded local ones).
    File,
    /// Inside a web page whose stylesheet has the drawing styles (`style/preview.css`): no
    /// `<style>` element, so a host CSP without inline styles holds, and only logos a
    /// browser can show ([`shown_in_browser`]). The page is a named group, not an image,
    /// so a screen reader reads its texts (cell by cell, row by row).
    Browser,
}

/// A logo the browser can show: an address or an embedded image, not a file on the
/// computer that wrote the SOP.
pub fn shown_in_browser(href: &str) -> bool {
    let h = href.trim_start().to_ascii_lowercase();
    h.starts_with("https://") || h.starts_with("http://") || h.starts_with("data:image/")
}

/// One page as a standalone `<svg>` element sized in millimetres (`sopcheck render`).
pub fn page_svg(layout: &Layout, page: &Page) -> String {
    page_element(
        layout,
        page,
        &format!("Halaman {}", page.number),
        Target::File,
    )
}

/// One page as an `<svg>` element named `label` for screen readers, drawn for `target`.
pub fn page_element(layout: &Layout, page: &Page, label: &str, target: Target) -> String {
    let (w, h) = (layout.width, layout.height);
    let marker = marker_id(page);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="sop-page" width="{}mm" height="{}mm" viewBox="0 0 {} {}" font-family="{FONT_FAMILY}" text-rendering="geometricPrecision" role="{}" aria-label="{}">"#,
        n(w),
        n(h),
        n(w),
        n(h),
        if target == Target::File {
            "img"
        } else {
            "group"
        },
        escape(label)
    );
    let _ = write!(
        out,
        r#"<defs><marker id="{marker}" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L6,3 L0,6 z"/></marker></defs>"#
    );
    if target == Target::File {
        let _ = write!(out, "<style>{STYLE}</style>");
    }
    for m in paint::marks(page) {
        if let (Target::Browser, Mark::Image { href, .. }) = (target, &m) {
            if !shown_in_browser(href) {
                continue;
            }
        }
        mark(&mut out, &m, &marker);
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
    let page = whole.pages.iter().find(|p| !p.rows.is_empty())?.clone();
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
        "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n@page {{ size: A4 landscape; margin: 0; }}\nbody {{ margin: 0; background: #eee; }}\n.sheet {{ position: relative; width: 297mm; height: 210mm; margin: 8mm auto; background: #fff; overflow: hidden; }}\n.sheet svg {{ display: block; }}\n.watermark {{ position: absolute; top: 45%; left: 0; right: 0; text-align: center; font: bold 60mm {FONT_FAMILY}; color: rgba(200,0,0,.12); transform: rotate(-20deg); pointer-events: none; }}\n@media print {{ body {{ background: none; }} .sheet {{ margin: 0; break-after: page; }} .sheet:last-child {{ break-after: auto; }} }}\n</style>\n</head>\n<body>\n",
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
        let yaml = "identitas:\n  nama: \"<script>alert(1)</script>\"\n  logo: \"x\\\" onload=\\\"alert(1)\"\npelaksana:\n  - {id: a, nama: \"<svg onload=x>\"}\nkegiatan:\n  - {nomor: 1, uraian: \"</text><script>\", pelaksana: a, simbol: mulai}\n";
        let sop = crate::parse(yaml, crate::Format::Yaml).sop;
        let layout = super::super::layout(&sop, &super::super::LayoutOptions::default());
        let doc = html(&layout, &sop.identity.name, false);
        assert!(!doc.contains("<script>"));
        assert!(!doc.contains("<svg onload"));
        assert!(!doc.contains("\" onload=\""));
        assert!(doc.contains("&lt;script&gt;"));
        assert!(doc.contains("DRAF"));
    }
}
