//! *Pratinjau*: the official SOP AP format (identity page, then the procedure table with two
//! header rows and the flowchart in its lanes), drawn as SVG elements from the marks of
//! `sop_core::layout::paint` — the same marks `sopcheck render` prints, so the two cannot
//! differ. User text only ever becomes text nodes (no `inner_html`), and nothing here uses
//! inline styles or `<style>` (font size, weight and anchor are SVG presentation
//! attributes), so a strict CSP holds. A4 landscape print CSS lives in `style/preview.css`.

use leptos::prelude::*;
use sop_core::layout::paint::{self, Mark};
use sop_core::layout::svg::{shown_in_browser, text_attrs, FONT_FAMILY};
use sop_core::layout::{self, coord as n, points_attr, Layout, LayoutOptions, Line, Page};
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
    let marker = format!("arrow-{}", page.number);
    let marks = paint::marks(page)
        .into_iter()
        .map(|m| mark(m, &marker))
        .collect_view();
    view! {
        <div class="sheet">
            <svg
                xmlns="http://www.w3.org/2000/svg"
                class="sop-page"
                viewBox=format!("0 0 {} {}", n(whole.width), n(whole.height))
                font-family=FONT_FAMILY
                text-rendering="geometricPrecision"
                role="img"
                aria-label=label
            >
                <defs>
                    <marker
                        id=marker.clone()
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
                {marks}
            </svg>
            {watermark.then(|| view! { <div class="watermark" aria-hidden="true">"DRAF"</div> })}
        </div>
    }
}

/// One line of text with its position, size, weight and anchor.
fn text(line: Line) -> impl IntoView {
    let attrs = text_attrs(&line);
    let attr = |name: &str| {
        attrs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    };
    view! {
        <text
            x=attr("x")
            y=attr("y")
            font-size=attr("font-size")
            font-weight=attr("font-weight")
            text-anchor=attr("text-anchor")
        >
            {line.text}
        </text>
    }
}

fn mark(m: Mark, marker: &str) -> AnyView {
    match m {
        Mark::Cell {
            rect: r,
            frame,
            lines,
        } => {
            let class = if frame { "cell" } else { "area" };
            let lines = lines.into_iter().map(text).collect_view();
            view! {
                <g>
                    <rect class=class x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h)></rect>
                    {lines}
                </g>
            }
            .into_any()
        }
        Mark::Grid(r) => view! {
            <rect class="cell" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h)></rect>
        }
        .into_any(),
        Mark::Box { rect: r, rx } => view! {
            <rect class="shape" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h) rx=n(rx)></rect>
        }
        .into_any(),
        Mark::Outline(points) => {
            view! { <polygon class="shape" points=points_attr(&points)></polygon> }.into_any()
        }
        Mark::Arrow { points, off_page } => {
            let class = if off_page { "edge offpage" } else { "edge" };
            view! {
                <polyline
                    class=class
                    points=points_attr(&points)
                    marker-end=format!("url(#{marker})")
                ></polyline>
            }
            .into_any()
        }
        Mark::Halo(r) => view! {
            <rect class="halo" x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h)></rect>
        }
        .into_any(),
        Mark::Image { rect: r, href } => shown_in_browser(&href)
            .then(|| {
                view! {
                    <image
                        href=href
                        x=n(r.x)
                        y=n(r.y)
                        width=n(r.w)
                        height=n(r.h)
                        preserveAspectRatio="xMidYMid meet"
                    ></image>
                }
            })
            .into_any(),
    }
}
