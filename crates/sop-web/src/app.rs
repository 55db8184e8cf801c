//! The top component: the header with the language switch, storage notices, the drafts
//! list ⇄ the editor, and the confirmation dialog every destructive action goes through.

use leptos::html;
use leptos::prelude::*;
use sop_core::model::Category;
use sop_core::{Format, Lang, Profile, Sop};

use crate::drafts::{DraftsList, HEADING_ID};
use crate::form::controls::sig;
use crate::form::Editor;
use crate::i18n::{tr, UiLang, T};
use crate::io::AsideNotice;
use crate::storage::{DraftStore, Notice};
pub use crate::{Config, Mode};

/// What `<main>` shows.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The drafts list.
    List,
    /// The editor of a draft (`id`: its storage id; `None` for a document from `src`).
    Edit {
        /// Storage id.
        id: Option<String>,
        /// The model as loaded.
        sop: Box<Sop>,
        /// The stored revision.
        rev: u64,
    },
    /// Waiting for the `src` document.
    Loading,
    /// The `src` document could not be fetched or read.
    Failed(String),
}

/// A question before a destructive action, shown in a modal `<dialog>`.
#[derive(Debug, Clone)]
pub struct ConfirmRequest {
    /// The dialog's heading.
    pub title: String,
    /// What will happen.
    pub body: String,
    /// The confirm button's text ("Ya, hapus draf").
    pub confirm: String,
    /// Runs when the user confirms.
    pub on_confirm: Callback<()>,
}

/// "This field was left": marks a field's `touched` signal so its messages show. While a
/// mouse button or finger is down the mark waits until it is released: showing a message
/// moves the content below it, and a click whose press and release land on different
/// elements (the field under the message moved) would be lost.
#[derive(Debug, Clone, Copy)]
pub struct Touches {
    pointer_down: StoredValue<bool>,
    queue: StoredValue<Vec<RwSignal<bool>>>,
}

impl Touches {
    fn new() -> Self {
        Self {
            pointer_down: StoredValue::new(false),
            queue: StoredValue::new(Vec::new()),
        }
    }

    /// Marks `touched` now, or when the pointer is released.
    pub fn touch(self, touched: RwSignal<bool>) {
        if touched.get_untracked() {
            return;
        }
        if self.pointer_down.try_get_value() == Some(true) {
            let _ = self.queue.try_update_value(|q| q.push(touched));
        } else {
            touched.set(true);
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn release(self) {
        let _ = self.pointer_down.try_set_value(false);
        // After the click that this release completes has been dispatched.
        set_timeout(
            move || {
                let queued = self
                    .queue
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                for t in queued {
                    let _ = t.try_set(true);
                }
            },
            std::time::Duration::from_millis(0),
        );
    }

    /// Follows the pointer on the window (removed when the app unmounts).
    fn listen(self) {
        #[cfg(target_arch = "wasm32")]
        {
            let down = window_event_listener(leptos::ev::pointerdown, move |_| {
                let _ = self.pointer_down.try_set_value(true);
            });
            let up = window_event_listener(leptos::ev::pointerup, move |_| self.release());
            let cancel = window_event_listener(leptos::ev::pointercancel, move |_| self.release());
            on_cleanup(move || {
                down.remove();
                up.remove();
                cancel.remove();
            });
        }
    }
}

/// What an import that opened a new draft found in the file (shown at the top of the
/// editor it opened: the import panel that read it is gone with the previous screen).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportNote {
    /// The file's name.
    pub file_name: String,
    /// Its findings with line and column.
    pub findings: Vec<crate::io::Finding>,
}

/// Shared state of the app (context; `Copy`).
#[derive(Debug, Clone, Copy)]
pub struct AppCtx {
    /// The drafts.
    pub store: StoredValue<DraftStore>,
    /// Storage notices the user has not dismissed.
    pub notices: RwSignal<Vec<Notice>>,
    /// Bumped when values may have been set aside (re-reads the aside list).
    pub aside_refresh: RwSignal<usize>,
    /// The current screen.
    pub screen: RwSignal<Screen>,
    /// The open confirmation, if any.
    pub confirm: RwSignal<Option<ConfirmRequest>>,
    /// The app's root element (focus is resolved inside it).
    pub root: NodeRef<html::Div>,
    /// The app owns the page (sets `document.title` and `<html lang>`).
    pub page: bool,
    /// Edit, view or evaluate.
    pub mode: Mode,
    /// Agency profile for the checks.
    pub profile: StoredValue<Profile>,
    /// Marks fields as left (see [`Touches`]).
    pub touches: Touches,
    /// True while a guest app (the widget) opens its first screen: it must not pull the
    /// host page's focus and scroll position into the widget.
    pub quiet_start: StoredValue<bool>,
    /// The findings of the import that opened the current draft.
    pub import_note: RwSignal<Option<ImportNote>>,
}

impl AppCtx {
    /// Takes the notices storage could not return directly and shows them.
    pub fn collect_store_notices(self) {
        let later = self.store.with_value(DraftStore::take_notices);
        if !later.is_empty() {
            self.push_notices(later);
        }
    }

    /// Shows notices (kept-aside values are listed by the aside panel instead).
    pub fn push_notices(self, new: Vec<Notice>) {
        if new.iter().any(|n| matches!(n, Notice::KeptAside { .. })) {
            self.aside_refresh.update(|n| *n += 1);
        }
        self.notices.update(|list| {
            for n in new {
                if !matches!(n, Notice::KeptAside { .. }) && !list.contains(&n) {
                    list.push(n);
                }
            }
        });
    }

    /// Opens draft `id` in the editor (a notice when it cannot be read).
    pub fn open(self, id: &str) {
        self.import_note.set(None);
        match self.store.with_value(|s| s.load(id)) {
            Ok((sop, rev)) => {
                self.screen.set(Screen::Edit {
                    id: Some(id.to_string()),
                    sop: Box::new(sop),
                    rev,
                });
                self.focus_later(&crate::fields::field_id(""));
            }
            Err(n) => {
                self.push_notices(vec![n]);
                // Re-render the list (the draft may be gone).
                self.screen.set(Screen::List);
            }
        }
        self.collect_store_notices();
    }

    /// Stores `sop` as a new draft and opens it. When storage refuses, the draft is
    /// still opened (unsaved) and the notice says why.
    pub fn create_and_open(self, sop: &Sop) {
        self.import_note.set(None);
        match self.store.with_value(|s| s.create(sop)) {
            Ok(id) => {
                self.screen.set(Screen::Edit {
                    id: Some(id),
                    sop: Box::new(sop.clone()),
                    rev: 1,
                });
                self.focus_later(&crate::fields::field_id(""));
            }
            Err(n) => self.push_notices(vec![n]),
        }
        self.collect_store_notices();
    }

    /// Stores an imported file as a new draft, opens it, and shows the file's findings.
    pub fn open_imported(self, imported: &crate::io::Imported) {
        self.create_and_open(imported.sop());
        if matches!(self.screen.get_untracked(), Screen::Edit { .. }) {
            self.import_note.set(Some(ImportNote {
                file_name: imported.file_name.clone(),
                findings: imported.findings.clone(),
            }));
        }
    }

    /// Back to the drafts list.
    pub fn go_list(self) {
        self.import_note.set(None);
        self.screen.set(Screen::List);
        self.focus_later(HEADING_ID);
    }

    /// Focuses the element with `id` inside the app after the next render.
    pub fn focus_later(self, id: &str) {
        if self.quiet_start.get_value() {
            return;
        }
        #[cfg(target_arch = "wasm32")]
        {
            let root = self.root;
            let id = id.to_string();
            request_animation_frame(move || {
                if let Some(el) = root.get_untracked() {
                    crate::fields::focus_id(&el, &id);
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = id;
    }
}

/// The model of a kategori's template.
pub fn template_sop(category: Category) -> Sop {
    let mut sop = sop_core::parse(sop_core::templates::template(category), Format::Yaml).sop;
    if sop.format.is_empty() {
        sop.format = sop_core::model::FORMAT_V1.to_string();
    }
    sop
}

/// Sets `document.title` (only when the app owns the page).
pub fn set_document_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

fn set_html_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("lang", lang.key());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Bahasa Indonesia",
        Lang::En => "English",
    }
}

/// Reads the SOP at `src` (the widget's `data-src`) and shows it.
fn load_src(src: String, screen: RwSignal<Screen>) {
    screen.set(Screen::Loading);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        match fetch_text(&src).await {
            Ok(text) => {
                let path = src.split(['?', '#']).next().unwrap_or(&src);
                let format = Format::from_extension(path).unwrap_or(Format::Yaml);
                let parsed = sop_core::parse(&text, format);
                if parsed.failed {
                    let message = parsed
                        .diagnostics
                        .first()
                        .map(|d| d.message(Lang::Id).message)
                        .unwrap_or_default();
                    screen.set(Screen::Failed(format!("{src}: {message}")));
                } else {
                    screen.set(Screen::Edit {
                        id: None,
                        sop: Box::new(parsed.sop),
                        rev: 0,
                    });
                }
            }
            Err(e) => screen.set(Screen::Failed(format!("{src}: {e}"))),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    screen.set(Screen::Failed(src));
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "fetch failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|_| "unreadable body".to_string())?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The app (see [`crate::mount`]): header, notices, drafts list or editor.
#[component]
pub fn App(
    /// Language, storage namespace, template, mode, source and profile.
    #[prop(optional)]
    config: Config,
) -> impl IntoView {
    let (store, notices) = DraftStore::open(&config.namespace);
    let lang = RwSignal::new(store.lang().unwrap_or(config.lang));
    provide_context(UiLang(lang));
    let root = NodeRef::<html::Div>::new();
    let app = AppCtx {
        store: StoredValue::new(store.clone()),
        notices: RwSignal::new(Vec::new()),
        aside_refresh: RwSignal::new(0),
        screen: RwSignal::new(Screen::List),
        confirm: RwSignal::new(None),
        root,
        page: config.page,
        mode: config.mode,
        profile: StoredValue::new(config.profile.clone().unwrap_or_default()),
        touches: Touches::new(),
        import_note: RwSignal::new(None),
        quiet_start: StoredValue::new(!config.page),
    };
    app.touches.listen();
    provide_context(app);
    app.push_notices(notices);

    // Where to start: a `src` document, the template's draft, or the list.
    if let Some(src) = config.src.clone() {
        load_src(src, app.screen);
    } else if let Some(category) = config.template {
        let existing = store
            .list()
            .into_iter()
            .find(|d| d.category == category.key());
        match existing {
            Some(d) => app.open(&d.id),
            None => app.create_and_open(&template_sop(category)),
        }
    }
    app.quiet_start.set_value(false);

    // The language: remembered, and (when the app owns the page) `<html lang>`.
    let page = config.page;
    Effect::new(move |previous: Option<Lang>| {
        let l = lang.get();
        if page {
            set_html_lang(l);
        }
        if previous.is_some_and(|p| p != l) {
            if let Err(n) = app.store.with_value(|s| s.set_lang(l)) {
                app.push_notices(vec![n]);
            }
        }
        l
    });

    let lang_signal = Signal::derive(move || lang.get());
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        app.focus_later("konten");
    };
    let main_view = move || match app.screen.get() {
        Screen::List => view! { <DraftsList/> }.into_any(),
        Screen::Edit { id, sop, rev } => view! { <Editor id sop=*sop rev/> }.into_any(),
        Screen::Loading => view! { <h1 tabindex="-1">{tr(T::Loading)}</h1> }.into_any(),
        Screen::Failed(why) => view! {
            <h1 tabindex="-1">{tr(T::LoadFailed)}</h1>
            <p class="notice notice--error">{why}</p>
        }
        .into_any(),
    };

    view! {
        <div class="app" lang=sig(move || lang.get().key()) node_ref=root>
            <a class="skip-link" href="#konten" on:click=skip>{tr(T::SkipLink)}</a>
            <header class="app-header">
                <div class="app-header__inner">
                    <div class="app-header__titles">
                        <p class="app-title">{tr(T::AppTitle)}</p>
                        <p class="app-subtitle">{tr(T::AppSubtitle)}</p>
                    </div>
                    // The button shows the *other* language's name in that language.
                    <button
                        type="button"
                        class="lang-toggle"
                        aria-label=tr(T::SwitchLang)
                        lang=sig(move || other(lang.get()).key())
                        on:click=move |_| lang.update(|l| *l = other(*l))
                    >
                        {sig(move || native_name(other(lang.get())))}
                    </button>
                </div>
            </header>
            <main id="konten" class="app-main" tabindex="-1">
                <Notices/>
                <AsideNotice lang=lang_signal store=store.clone() refresh=app.aside_refresh/>
                {main_view}
            </main>
            <footer class="app-footer">
                <p>{tr(T::Privacy)}</p>
            </footer>
            <ConfirmDialog/>
        </div>
    }
    .into_any()
}

/// Storage notices (blocked, full, missing): each until dismissed.
#[component]
fn Notices() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = expect_context::<UiLang>().0;
    view! {
        <Show when=move || app.notices.with(|n| !n.is_empty())>
            <div class="notices" role="region" aria-label=tr(T::NoticesHeading)>
                <For each=move || app.notices.get() key=|n| format!("{n:?}") let:notice>
                    {
                        let text = notice.clone();
                        let dismiss = move |_| {
                            app.notices.update(|list| list.retain(|n| *n != notice));
                        };
                        view! {
                            <div class="notice notice--warning" role="alert">
                                <p>{sig(move || text.message(lang.get()))}</p>
                                <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    on:click=dismiss
                                >
                                    {tr(T::Dismiss)}
                                </button>
                            </div>
                        }
                    }
                </For>
            </div>
        </Show>
    }
}

/// The modal confirmation (native `<dialog>`: focus is kept inside, Escape cancels and
/// focus returns where it was).
#[component]
fn ConfirmDialog() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let open = app.confirm.with(Option::is_some);
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let title = move || app.confirm.with(|c| c.as_ref().map(|c| c.title.clone()));
    let body = move || app.confirm.with(|c| c.as_ref().map(|c| c.body.clone()));
    let label = move || app.confirm.with(|c| c.as_ref().map(|c| c.confirm.clone()));
    let confirm = move |_| {
        let request = app.confirm.get_untracked();
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        app.confirm.set(None);
        if let Some(r) = request {
            r.on_confirm.run(());
        }
    };
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby="dialog-title"
            aria-describedby="dialog-body"
            on:close=move |_| app.confirm.set(None)
        >
            <h2 class="dialog__title" id="dialog-title">{title}</h2>
            <p id="dialog-body">{body}</p>
            <div class="button-group">
                <button type="button" class="button button--warning" on:click=confirm>
                    {label}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    autofocus
                    on:click=move |_| app.confirm.set(None)
                >
                    {tr(T::Cancel)}
                </button>
            </div>
        </dialog>
    }
}
