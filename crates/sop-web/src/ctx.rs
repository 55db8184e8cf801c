//! The app's shared context ([`AppCtx`], provided by [`crate::App`]): which screen is shown,
//! the drafts store, the storage notices, the confirmation dialog's request, and the
//! "field was left" marks. Components take it with `expect_context::<AppCtx>()`; they
//! import this module, never `app` (which imports them).

use leptos::html;
use leptos::prelude::*;
use sop_core::model::Category;
use sop_core::{Format, Profile, Sop};

use crate::io::import::{Finding, Imported};
use crate::platform::HistoryEntry;
use crate::route::{self, Route};
use crate::storage::{DraftStore, Notice};
use crate::{fields, platform, Mode};

/// The id of the drafts list's `<h1>` (focused when returning from the editor).
pub const DRAFTS_HEADING_ID: &str = "drafts-heading";

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

impl Screen {
    /// The address of this screen: the list, or a stored draft's editor. `None` for the
    /// screens no address names (a `src` document, loading it, its failure).
    pub fn route(&self) -> Option<Route> {
        match self {
            Screen::List => Some(Route::List),
            Screen::Edit { id: Some(id), .. } => Some(Route::Draft(id.clone())),
            Screen::Edit { id: None, .. } | Screen::Loading | Screen::Failed(_) => None,
        }
    }
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
    /// No pointer down, nothing waiting.
    pub fn new() -> Self {
        Self {
            pointer_down: StoredValue::new(false),
            queue: StoredValue::new(Vec::new()),
        }
    }

    /// Marks `touched` now, or when the pointer is released. A field's signal that is
    /// already gone is left alone: removing the focused field (Back from the editor, which
    /// no button press blurred first) sends its blur after the editor was disposed.
    pub fn touch(self, touched: RwSignal<bool>) {
        if touched.try_get_untracked() != Some(false) {
            return;
        }
        if self.pointer_down.try_get_value() == Some(true) {
            let _ = self.queue.try_update_value(|q| q.push(touched));
        } else {
            touched.try_set(true);
        }
    }

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

    /// Follows the pointer on the window (the listeners go when the app unmounts).
    pub fn listen(self) {
        let listeners = [
            platform::window_listener(leptos::ev::pointerdown, move |_| {
                let _ = self.pointer_down.try_set_value(true);
            }),
            platform::window_listener(leptos::ev::pointerup, move |_| self.release()),
            platform::window_listener(leptos::ev::pointercancel, move |_| self.release()),
        ];
        on_cleanup(move || listeners.into_iter().flatten().for_each(|l| l.remove()));
    }
}

impl Default for Touches {
    fn default() -> Self {
        Self::new()
    }
}

/// What an import that opened a new draft found in the file (shown at the top of the
/// editor it opened: the import panel that read it is gone with the previous screen).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportNote {
    /// The file's name.
    pub file_name: String,
    /// Its findings with line and column.
    pub findings: Vec<Finding>,
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
    /// An address that named no draft (`#/draf/<id>` of a deleted draft, a bad link),
    /// shown above the drafts list until dismissed or a draft is opened.
    pub link_missing: RwSignal<Option<String>>,
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
        if let Err(n) = self.load_into_editor(id) {
            self.push_notices(vec![n]);
            // Re-render the list (the draft may be gone).
            self.screen.set(Screen::List);
        }
        self.collect_store_notices();
    }

    fn load_into_editor(self, id: &str) -> Result<(), Notice> {
        self.import_note.set(None);
        let (sop, rev) = self.store.with_value(|s| s.load(id))?;
        self.link_missing.set(None);
        self.screen.set(Screen::Edit {
            id: Some(id.to_string()),
            sop: Box::new(sop),
            rev,
        });
        self.focus_later(&fields::field_id(""));
        Ok(())
    }

    /// Shows the place the address `hash` names (typed, followed, reloaded, or reached
    /// with Back / Forward). A draft that is not stored, or an address under `#/` that
    /// names nothing, leaves the user on the drafts list with a notice that names the
    /// address (an unreadable draft: the storage notice), and the address is rewritten to
    /// the list's (`#/`): reload and Back do not repeat it. A fragment that is no route
    /// (`#konten`) changes nothing.
    pub fn show_address(self, hash: &str) {
        let Some(route) = route::parse(hash) else {
            return;
        };
        if self.screen.with_untracked(Screen::route).as_ref() == Some(&route) {
            return;
        }
        let missing = match &route {
            Route::List => {
                self.go_list();
                return;
            }
            Route::Unknown => true,
            Route::Draft(id) => match self.load_into_editor(id) {
                Ok(()) => {
                    self.collect_store_notices();
                    return;
                }
                // Kept aside as unreadable when the store opened: the aside panel says so.
                Err(Notice::Missing { .. }) => !self.store.with_value(|s| s.is_set_aside(id)),
                // Unreadable (kept aside: the aside panel says so), or storage trouble.
                Err(other) => {
                    self.push_notices(vec![other]);
                    false
                }
            },
        };
        if missing {
            self.link_missing.set(Some(hash.to_string()));
        }
        platform::set_location_hash(&route::format(&Route::List), HistoryEntry::Replace);
        self.go_list();
        self.collect_store_notices();
    }

    /// Stores `sop` as a new draft and opens it. When storage refuses, the draft is
    /// still opened (unsaved) and the notice says why.
    pub fn create_and_open(self, sop: &Sop) {
        self.import_note.set(None);
        match self.store.with_value(|s| s.create(sop)) {
            Ok(id) => {
                self.link_missing.set(None);
                self.screen.set(Screen::Edit {
                    id: Some(id),
                    sop: Box::new(sop.clone()),
                    rev: 1,
                });
                self.focus_later(&fields::field_id(""));
            }
            Err(n) => self.push_notices(vec![n]),
        }
        self.collect_store_notices();
    }

    /// Stores an imported file as a new draft, opens it, and shows the file's findings.
    pub fn open_imported(self, imported: &Imported) {
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
        self.focus_later(DRAFTS_HEADING_ID);
    }

    /// Focuses the element with `id` inside the app after the next render.
    pub fn focus_later(self, id: &str) {
        if self.quiet_start.get_value() {
            return;
        }
        let root = self.root;
        let id = id.to_string();
        platform::after_paint(move || {
            if let Some(el) = root.get_untracked() {
                fields::focus_id(&el, &id);
            }
        });
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
