//! `sop-view`: the view-only bundle of the `<sop-checklist>` widget (DESIGN.md §7,
//! `data-mode="view"`). A public page that only shows one published SOP loads this instead
//! of the editor: sop-core reads and checks the file and lays out the official document;
//! this crate writes it as HTML (the checklist, the findings, every page as SVG) and
//! `widget/widget.js` puts that HTML into the widget's shadow root. No Leptos, no storage,
//! no editor, so the page downloads a fraction of the app (docs/widget.md has the sizes).
//!
//! The loader fetches `data-src` and `data-profile` itself and passes what it got:
//!
//! ```js
//! const request = new ViewRequest();
//! request.lang = element.dataset.lang;        // 'id' (default) or 'en'
//! request.src = element.dataset.src;          // the SOP's address (names it in messages)
//! request.text = await response.text();       // or request.src_error = 'HTTP 404'
//! // now on the reader's clock, for the review-date rules (the reader's calendar day)
//! request.local_now_ms = Date.now() - new Date().getTimezoneOffset() * 60_000;
//! container.innerHTML = render(request);      // every user text escaped
//! ```

pub mod page;
pub mod words;

use wasm_bindgen::prelude::*;

/// What the loader knows about one view widget: its attributes and what fetching them
/// gave. Every field is optional; [`render`] explains what is missing or wrong.
#[wasm_bindgen(getter_with_clone)]
#[derive(Debug, Clone, Default)]
pub struct ViewRequest {
    /// `data-lang`: `id` or `en` (`id-ID`, `en-GB` are accepted); none is Indonesian.
    pub lang: Option<String>,
    /// `data-src`: the address of the SOP file (its extension picks the format).
    pub src: Option<String>,
    /// The file's text, when fetching `src` succeeded.
    pub text: Option<String>,
    /// Why fetching `src` failed (`HTTP 404`, the browser's message).
    pub src_error: Option<String>,
    /// `data-profile`: the address of an agency profile (JSON).
    pub profile_url: Option<String>,
    /// The profile's text, when fetching it succeeded.
    pub profile_text: Option<String>,
    /// Why fetching the profile failed.
    pub profile_error: Option<String>,
    /// Now on the reader's clock, in milliseconds since 1970 as if local time were UTC
    /// (`Date.now() - getTimezoneOffset() * 60 000`): its day is today for the review-date
    /// rules, the reader's calendar day as the app takes it (in NTT, UTC+8, the UTC day
    /// would still be yesterday until 08:00).
    pub local_now_ms: Option<f64>,
}

#[wasm_bindgen]
impl ViewRequest {
    /// An empty request (the loader sets the fields).
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }
}

/// The widget's HTML for `request`: the SOP in the official format with its checklist and
/// findings, or the reasons it cannot be shown, in the widget's language.
#[wasm_bindgen]
pub fn render(request: &ViewRequest) -> String {
    page::render(request)
}
