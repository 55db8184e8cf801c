//! `sop-web`: the browser app of sopcheck (Leptos 0.8, client-side rendered).
//!
//! Draft an SOP in a form laid out in drafting order, see at every moment what is still
//! missing (the checklist and the findings come from `sop-core`; the app adds no rule of
//! its own), keep drafts in the browser's storage, import and export SOP files. The
//! architecture is in `docs/web.md`.
//!
//! [`mount`] starts the app inside an element: the standalone page mounts it to `<body>`
//! (`main.rs`), the widget to a `<div>` inside its shadow root. Everything the app
//! looks up in the DOM is resolved relative to its own root element.

// The views are deeply nested types; the native (`ssr`) test build needs more room.
#![recursion_limit = "256"]

// Layers, bottom up; a module imports only from the layers below it (docs/web.md).
// The environment and the vocabulary:
pub mod fields;
pub mod i18n;
pub mod platform;
pub mod route;
pub mod ui;
// Data: drafts in storage, SOP files in and out.
pub mod io;
pub mod storage;
// Shared context of the components.
pub mod ctx;
// Components: the form, what sits beside it, the screens, the app, the widget.
pub mod app;
pub mod checklist;
pub mod drafts;
pub mod form;
pub mod preview;
pub mod summary;
#[cfg(feature = "widget")]
pub mod widget;

pub use app::App;
pub use sop_core::Lang;

use sop_core::model::Category;
use sop_core::Profile;

/// What the app is for in this place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    /// Draft and edit (the default).
    #[default]
    Edit,
    /// Only *Pengesahan & penerapan* (monitoring and the yearly evaluation) is shown.
    Evaluate,
}

impl Mode {
    /// The mode written as `edit` or `evaluate` (the widget's `data-mode`; its `view` is
    /// the view-only bundle, crates/sop-view, which the loader picks instead of this app).
    pub fn from_key(key: &str) -> Option<Self> {
        match key.trim().to_ascii_lowercase().as_str() {
            "edit" => Some(Mode::Edit),
            "evaluate" => Some(Mode::Evaluate),
            _ => None,
        }
    }
}

/// How to start the app.
#[derive(Debug, Clone)]
pub struct Config {
    /// Interface language when the user has not chosen one yet (a remembered choice wins).
    pub lang: Lang,
    /// Storage namespace (the widget's `data-storage-key`); `sopcheck` by default.
    pub namespace: String,
    /// Start in the most recent draft of this kategori, or a new draft from its template.
    pub template: Option<Category>,
    /// Edit or evaluate.
    pub mode: Mode,
    /// Address of an SOP file to show instead of the drafts (never saved).
    pub src: Option<String>,
    /// Agency profile for the checks (nomor pattern, rule overrides).
    pub profile: Option<Profile>,
    /// The app owns the page: it sets `document.title` and `<html lang>`. True for the
    /// standalone page; the widget, a guest on someone else's page, sets it to false.
    /// Only such an app keeps its place in the address (`#/draf/<id>`, `route.rs`).
    pub page: bool,
    /// A language the embedder may change while the app runs (the widget's `data-lang`):
    /// each change switches the app to it. Its first value is ignored (`lang` above is
    /// the start).
    pub host_lang: Option<leptos::prelude::ArcRwSignal<Lang>>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            lang: Lang::Id,
            namespace: "sopcheck".into(),
            template: None,
            mode: Mode::Edit,
            src: None,
            profile: None,
            page: true,
            host_lang: None,
        }
    }
}

/// The mounted app; dropping it unmounts the view and disposes its reactive state.
pub type UnmountHandle = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

/// Mounts the app inside `parent` (the page's `<body>`, or the widget's container
/// inside its shadow root).
pub fn mount(parent: web_sys::HtmlElement, config: Config) -> UnmountHandle {
    use leptos::prelude::*;
    leptos::mount::mount_to(parent, move || view! { <App config/> }.into_any())
}
