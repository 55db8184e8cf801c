//! *Pratinjau*: the official SOP AP format (identity page, then the procedure table with the
//! flowchart in its lanes), drawn as SVG elements from `sop_core::layout` — the same
//! geometry `sopcheck render` prints. User text only ever becomes text nodes (no
//! `inner_html`), and nothing here uses inline styles or `<style>`, so a strict CSP holds.
//! A4 landscape print CSS lives in `style/preview.css`.

use leptos::prelude::*;
use sop_core::layout::{
    self, cell_lines, coord as n, header_lines, points_attr, Layout, LayoutOptions, Page,
    ShapeKind, TextCell,
};
use sop_core::model::{Sop, Status};
use sop_core::Lang;

/// The preview of `sop`, with a "Cetak" button (the browser's print, to paper or PDF).
#[component]
pub fn Preview(
    /// The document shown.
    #[prop(into)]
    sop: Signal<Sop>,
    /// Interface language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let pages = Memo::new(move |_| sop.with(|s| layout::layout(s, &LayoutOptions::default())));
    let draft = Memo::new(move |_| sop.with(|s| s.status != Status::Berlaku));
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            // Printing can be refused (sandboxed frames); the preview stays on screen.
            let _ = window.print();
        }
    };
    view! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">
                {move || lang.get().pick("Pratinjau format resmi", "Preview in the official format")}
            </h2>
            <p class="preview-note no-print">
                {move || {
                    lang.get()
                        .pick(
                            "Tampilan cetak A4 lanskap sesuai Permenpan RB 35/2012. Tanda DRAF tampil sampai status SOP \"berlaku\".",
                            "A4 landscape print layout per Permenpan RB 35/2012. The DRAF mark shows until the SOP's status is \"berlaku\".",
                        )
                }}
            </p>
            <p class="no-print">
                <button type="button" class="button" on:click=print>
                    {move || lang.get().pick("Cetak", "Print")}
                </button>
            </p>
            <div class="sheets">
                {move || {
                    let whole = pages.get();
                    let watermark = draft.get();
                    whole
                        .pages
                        .iter()
                        .map(|page| sheet(&whole, page, watermark, lang.get_untracked()))
                        .collect_view()
                }}
            </div>
        </section>
    }
}

fn sheet(whole: &Layout, page: &Page, watermark: bool, lang: Lang) -> impl IntoView {
    let label = lang.pick(
        format!("Halaman {}", page.number),
        format!("Page {}", page.number),
    );
    view! {
        <div class="sheet">
            <svg
                xmlns="http://www.w3.org/2000/svg"
                class="sop-page"
                viewBox=format!("0 0 {} {}", n(whole.width), n(whole.height))
                role="img"
                aria-label=label
            >
                <defs>
                    <marker
                        id=format!("arrow-{}", page.number)
                        viewBox="0 0 6 6"
                        refX="6"
                        refY="3"
                        markerWidth="6"
                        markerHeight="6"
                        orient="auto-start-reverse"
                    >
                        <path d="M0,0 L6,3 L0,6 z"></path>
                    </marker>
                </defs>
                {page.identity.iter().map(|c| cell(c, whole.font_size)).collect_view()}
                {header(page, whole.font_size)}
                {rows(page, whole.font_size)}
                {shapes(page)}
                {connectors(page)}
                {edges(page, whole.font_size)}
            </svg>
            {watermark.then(|| view! { <div class="watermark" aria-hidden="true">"DRAF"</div> })}
        </div>
    }
}

fn cell(c: &TextCell, font: f32) -> impl IntoView {
    let r = c.rect;
    let lines = cell_lines(c, font)
        .into_iter()
        .map(|(bold, y, line)| {
            let class = if bold { "title" } else { "t" };
            view! { <text class=class x=n(r.x + 2.5) y=n(y)>{line.to_string()}</text> }
        })
        .collect_view();
    view! {
        <rect class="cell" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h)></rect>
        {lines}
    }
}

fn header(page: &Page, font: f32) -> impl IntoView {
    page.header.map(|h| {
        page.columns
            .iter()
            .map(|col| {
                let texts = header_lines(col, &h, font)
                    .into_iter()
                    .map(|(y, line)| view! { <text class="hd" x=n(col.cx()) y=n(y)>{line}</text> })
                    .collect_view();
                view! {
                    <rect class="cell" x=n(col.x) y=n(h.y) width=n(col.w) height=n(h.h)></rect>
                    {texts}
                }
            })
            .collect_view()
    })
}

fn rows(page: &Page, font: f32) -> impl IntoView {
    let lanes: Vec<_> = page
        .columns
        .iter()
        .filter(|c| matches!(c.kind, layout::ColumnKind::Lane(_)))
        .cloned()
        .collect();
    page.rows
        .iter()
        .map(|row| {
            let cells = row.cells.iter().map(|c| cell(c, font)).collect_view();
            let lane_cells = lanes
                .iter()
                .map(|col| {
                    view! { <rect class="cell" x=n(col.x) y=n(row.y) width=n(col.w) height=n(row.h)></rect> }
                })
                .collect_view();
            view! { {cells} {lane_cells} }
        })
        .collect_view()
}

fn shapes(page: &Page) -> impl IntoView {
    page.shapes
        .iter()
        .map(|s| {
            let r = s.rect;
            match s.kind {
                ShapeKind::Terminator => view! {
                    <rect class="shape" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h) rx=n(r.h / 2.0)></rect>
                }
                .into_any(),
                ShapeKind::Process => view! {
                    <rect class="shape" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h)></rect>
                }
                .into_any(),
                ShapeKind::Decision => {
                    view! { <polygon class="shape" points=points_attr(&s.diamond())></polygon> }.into_any()
                }
            }
        })
        .collect_view()
}

fn connectors(page: &Page) -> impl IntoView {
    page.connectors
        .iter()
        .map(|c| {
            let (x, y) = c.letter_at();
            view! {
                <polygon class="shape" points=points_attr(&c.outline())></polygon>
                <text class="hd" x=n(x) y=n(y)>{c.letter.clone()}</text>
            }
        })
        .collect_view()
}

fn edges(page: &Page, font: f32) -> impl IntoView {
    let marker = format!("url(#arrow-{})", page.number);
    page.edges
        .iter()
        .map(|e| {
            let class = if e.off_page() { "edge offpage" } else { "edge" };
            let label = match (&e.label, e.label_at(font)) {
                (Some(label), Some((x, y))) => {
                    Some(view! { <text class="label" x=n(x) y=n(y)>{label.clone()}</text> })
                }
                _ => None,
            };
            view! {
                <polyline class=class points=points_attr(&e.points) marker-end=marker.clone()></polyline>
                {label}
            }
        })
        .collect_view()
}
