//! The editor: one open draft as a `RwSignal<Sop>`, the report sop-core computes from it
//! (`Memo<Report>`), and the form sections in drafting order. Components read the draft
//! through [`Ed`] (context) with fine-grained memos, so a keystroke re-renders only what
//! changed: the field itself, the checklist and the messages whose text changed.

pub mod approval;
pub mod controls;
pub mod identity;
pub mod lanes;
pub mod state;
pub mod steps;

use std::collections::HashMap;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use sop_core::model::{Lane, Step};
use sop_core::{check, CheckOptions, Diagnostic, Lang, Report, Severity, Sop};

use crate::app::{AppCtx, Mode};
use crate::checklist::Checklist;
use crate::fields;
use crate::i18n::{self, tr, use_lang, T};
use crate::io::{ExportMenu, ImportControl, ImportTarget};
use crate::storage::Notice;
use crate::summary::ErrorSummary;

/// One finding as the form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// Severity after status and profile adjustments.
    pub severity: Severity,
    /// The rule's code.
    pub code: &'static str,
    /// The message (what is wrong).
    pub text: String,
    /// The help (what to write).
    pub help: String,
}

/// The findings of the current report, in the current language, by pointer and in
/// document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages {
    /// Findings at each pointer.
    pub by_pointer: HashMap<String, Vec<Msg>>,
    /// Every finding with its pointer, in document order.
    pub list: Vec<(String, Msg)>,
}

impl Messages {
    /// Renders the diagnostics in `lang`.
    pub fn build(diagnostics: &[Diagnostic], lang: Lang) -> Self {
        let mut out = Messages::default();
        for d in diagnostics {
            let text = d.message(lang);
            let msg = Msg {
                severity: d.severity,
                code: d.code(),
                text: text.message,
                help: text.help,
            };
            out.by_pointer
                .entry(d.pointer.clone())
                .or_default()
                .push(msg.clone());
            out.list.push((d.pointer.clone(), msg));
        }
        out
    }
}

/// The step numbers in row order, each once.
fn numbers_of(s: &Sop) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(s.steps.len());
    for n in s.steps.iter().filter_map(|st| st.number) {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

fn reports_differ(a: Option<&Report>, b: Option<&Report>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.complete != b.complete || a.checklist != b.checklist || a.diagnostics != b.diagnostics
        }
        _ => true,
    }
}

/// The open draft and everything derived from it; `Copy`, provided as context.
#[derive(Debug, Clone, Copy)]
pub struct Ed {
    /// The model.
    pub sop: RwSignal<Sop>,
    /// Stable keys of the steps, parallel to `sop.steps` (see [`state`]).
    pub step_keys: RwSignal<Vec<u64>>,
    next_key: StoredValue<u64>,
    /// sop-core's report on the model.
    pub report: Memo<Report>,
    /// The report's findings as text in the current language.
    pub messages: Memo<Messages>,
    /// The step numbers in row order (for `ke` and cabang choices); set by the fan-out
    /// effect only when they change.
    pub step_numbers: RwSignal<Vec<u32>>,
    /// The lanes (for the pelaksana checkboxes); set only when they change.
    pub lanes: RwSignal<Vec<Lane>>,
    /// One signal per step (by key), set only when that step changed.
    steps: StoredValue<HashMap<u64, ArcRwSignal<Step>>>,
    /// One signal per pointer that a field shows messages for, set only when they change.
    msgs: StoredValue<HashMap<String, ArcRwSignal<Vec<Msg>>>>,
    /// True after "Periksa kelengkapan": every field shows its messages, and the error
    /// summary is shown.
    pub show_all: RwSignal<bool>,
    /// The form cannot be changed (view mode).
    pub read_only: bool,
    /// The app's root element (focus is resolved inside it, never through `document`).
    pub root: NodeRef<html::Div>,
    /// Marks fields as left.
    pub touches: crate::app::Touches,
}

impl Ed {
    /// The editor state of `sop`, checked with `options`.
    pub fn new(
        sop: Sop,
        options: CheckOptions,
        root: NodeRef<html::Div>,
        touches: crate::app::Touches,
        read_only: bool,
    ) -> Self {
        let lang = use_lang();
        let n = sop.steps.len() as u64;
        let sop = RwSignal::new(sop);
        let report =
            Memo::new_with_compare(move |_| sop.with(|s| check(s, &options)), reports_differ);
        let messages = Memo::new(move |_| {
            let l = lang.get();
            report.with(|r| Messages::build(&r.diagnostics, l))
        });
        let step_numbers = RwSignal::new(sop.with_untracked(numbers_of));
        let lanes = RwSignal::new(sop.with_untracked(|s| s.lanes.clone()));
        let ed = Ed {
            sop,
            step_keys: RwSignal::new((0..n).collect()),
            next_key: StoredValue::new(n),
            report,
            messages,
            step_numbers,
            lanes,
            steps: StoredValue::new(HashMap::new()),
            msgs: StoredValue::new(HashMap::new()),
            show_all: RwSignal::new(false),
            read_only,
            root,
            touches,
        };
        ed.fan_out();
        ed
    }

    /// The fan-out: the whole document is one signal, but only a handful of nodes depend
    /// on it directly. Two effects copy what changed into narrow signals (one per step,
    /// the lanes, the step numbers, the messages of each pointer a field shows), so a
    /// keystroke marks a few dozen reactive nodes instead of every field of a 60-step SOP.
    fn fan_out(self) {
        Effect::new(move |_| {
            let keys = self.step_keys.get();
            self.sop.with(|s| {
                self.steps.with_value(|map| {
                    for (i, key) in keys.iter().enumerate() {
                        if let (Some(signal), Some(step)) = (map.get(key), s.steps.get(i)) {
                            if signal.with_untracked(|v| v != step) {
                                signal.set(step.clone());
                            }
                        }
                    }
                });
                if self.lanes.with_untracked(|l| *l != s.lanes) {
                    self.lanes.set(s.lanes.clone());
                }
                let numbers = numbers_of(s);
                if self.step_numbers.with_untracked(|n| *n != numbers) {
                    self.step_numbers.set(numbers);
                }
            });
        });
        Effect::new(move |_| {
            self.messages.with(|m| {
                self.msgs.with_value(|map| {
                    for (pointer, signal) in map {
                        let now = m.by_pointer.get(pointer);
                        let same = signal.with_untracked(|v| match now {
                            Some(n) => v == n,
                            None => v.is_empty(),
                        });
                        if !same {
                            signal.set(now.cloned().unwrap_or_default());
                        }
                    }
                });
            });
        });
    }

    /// The signal of the step with `key` (created from the model on first use).
    pub fn step_signal(self, key: u64) -> ArcRwSignal<Step> {
        if let Some(Some(signal)) = self.steps.try_with_value(|m| m.get(&key).cloned()) {
            return signal;
        }
        let index = self
            .step_keys
            .with_untracked(|k| k.iter().position(|x| *x == key));
        let step = self.sop.with_untracked(|s| {
            index
                .and_then(|i| s.steps.get(i))
                .cloned()
                .unwrap_or_default()
        });
        let signal = ArcRwSignal::new(step);
        let _ = self
            .steps
            .try_update_value(|m| m.insert(key, signal.clone()));
        signal
    }

    /// Forgets the signal of a removed step.
    pub fn drop_step_signal(self, key: u64) {
        let _ = self.steps.try_update_value(|m| m.remove(&key));
    }

    /// The messages at `pointer`, as a signal that changes only when they do.
    pub fn messages_signal(self, pointer: &str) -> ArcRwSignal<Vec<Msg>> {
        if let Some(Some(signal)) = self.msgs.try_with_value(|m| m.get(pointer).cloned()) {
            return signal;
        }
        let now = self
            .messages
            .with_untracked(|m| m.by_pointer.get(pointer).cloned().unwrap_or_default());
        let signal = ArcRwSignal::new(now);
        let _ = self
            .msgs
            .try_update_value(|m| m.insert(pointer.to_string(), signal.clone()));
        signal
    }

    /// Marks a field or group as left (its messages show from now on).
    pub fn touch(self, touched: RwSignal<bool>) {
        self.touches.touch(touched);
    }

    /// Edits the steps and their keys together (see [`state`]); `None` only when the
    /// editor is already gone.
    pub fn edit_steps<R>(self, f: impl FnOnce(&mut Sop, &mut Vec<u64>, u64) -> R) -> Option<R> {
        let mut keys = self.step_keys.try_get_untracked()?;
        let key = self.next_key.try_get_value()?;
        self.next_key.set_value(key + 1);
        let out = self.sop.try_update(|s| f(s, &mut keys, key))?;
        self.step_keys.set(keys);
        Some(out)
    }

    /// Replaces the whole model (another tab's version, an import), with new step keys.
    pub fn replace(self, sop: Sop) {
        let n = sop.steps.len() as u64;
        let first = self.next_key.get_value();
        self.next_key.set_value(first + n);
        self.step_keys.set((first..first + n).collect());
        self.sop.set(sop);
    }

    /// Focuses the first of `ids` that is rendered and enabled, after the DOM has caught
    /// up with the latest change (next animation frame).
    pub fn focus_first_later(self, ids: Vec<String>) {
        #[cfg(target_arch = "wasm32")]
        {
            let root = self.root;
            request_animation_frame(move || {
                if let Some(el) = root.get_untracked() {
                    for id in ids {
                        let enabled = el
                            .query_selector(&format!("#{id}"))
                            .ok()
                            .flatten()
                            .is_some_and(|e| !e.matches(":disabled").unwrap_or(true));
                        if enabled && fields::focus_id(&el, &id) {
                            break;
                        }
                    }
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ids;
    }

    /// Focuses the element with `id` after the DOM has caught up.
    pub fn focus_later(self, id: String) {
        self.focus_first_later(vec![id]);
    }

    /// Focuses the field of `pointer` (or its nearest rendered ancestor) now.
    pub fn focus_pointer(self, pointer: &str) {
        #[cfg(target_arch = "wasm32")]
        if let Some(el) = self.root.get_untracked() {
            let _ = fields::focus_pointer(&el, pointer);
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = pointer;
    }
}

/// Hour and minute now, in the browser's time zone.
fn now_hm() -> (u32, u32) {
    let (_, _, _, h, m) = i18n::local_parts(crate::storage::now_ms());
    (h, m)
}

/// What the status line says.
#[derive(Debug, Clone, PartialEq)]
enum SaveState {
    /// Saved (at this time; `None` right after opening).
    Saved(Option<(u32, u32)>),
    /// The last save failed.
    Failed(Notice),
}

/// The editor of one draft: error summary, heading, save status, the form sections with
/// the checklist beside them. `id` is the draft's id in storage (`None`: a document shown
/// from `data-src`, never saved).
#[component]
pub fn Editor(
    /// The draft's id, if stored.
    id: Option<String>,
    /// The model as loaded.
    sop: Sop,
    /// The stored revision it was loaded at.
    rev: u64,
) -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let options = CheckOptions {
        today: crate::io::today(),
        profile: app.profile.get_value(),
    };
    let read_only = app.mode == Mode::View;
    let ed = Ed::new(sop, options, app.root, app.touches, read_only);
    provide_context(ed);

    let draft_id = RwSignal::new(id);
    let rev = StoredValue::new(rev);
    let state = RwSignal::new(SaveState::Saved(None));
    let conflict = RwSignal::new(false);
    let pending = StoredValue::new(false);
    // Set before replacing the model with what is stored: that change is not saved back.
    let skip_save = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandleBox>);
    let store = app.store;

    // Saves now. Every access is fallible: a timer may fire after the editor is gone.
    let save_now = move || {
        let _ = pending.try_set_value(false);
        let Some(Some(id)) = draft_id.try_get_untracked() else {
            return;
        };
        if conflict.try_get_untracked() != Some(false) {
            return;
        }
        let Some(base) = rev.try_get_value() else {
            return;
        };
        let Some(Some(result)) = ed
            .sop
            .try_with_untracked(|s| store.try_with_value(|st| st.save(&id, s, base)))
        else {
            return;
        };
        match result {
            Ok(new_rev) => {
                let _ = rev.try_set_value(new_rev);
                let _ = state.try_set(SaveState::Saved(Some(now_hm())));
            }
            Err(notice) => {
                if matches!(notice, Notice::ChangedElsewhere { .. }) {
                    let _ = conflict.try_set(true);
                }
                let _ = state.try_set(SaveState::Failed(notice));
            }
        }
        let later = store
            .try_with_value(|s| s.take_notices())
            .unwrap_or_default();
        if !later.is_empty() {
            app.push_notices(later);
        }
    };

    // Autosave: 700 ms after the last change (well within the promised second).
    Effect::new(move |previous: Option<()>| {
        ed.sop.track();
        if previous.is_none() || read_only {
            return;
        }
        if skip_save.get_value() {
            skip_save.set_value(false);
            return;
        }
        pending.set_value(true);
        if let Some(TimeoutHandleBox(h)) = timer.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(save_now, Duration::from_millis(AUTOSAVE_MS)).ok();
        timer.set_value(handle.map(TimeoutHandleBox));
    });

    // Leaving the page with a pending save: save at once.
    #[cfg(target_arch = "wasm32")]
    {
        let hide = window_event_listener(leptos::ev::pagehide, move |_| {
            if pending.get_value() {
                save_now();
            }
        });
        on_cleanup(move || hide.remove());
    }

    // Another tab saved this draft: say so (the next save would be refused anyway).
    let watch = store.with_value(|s| {
        s.watch(move |change| {
            let Some(id) = draft_id.try_get_untracked().flatten() else {
                return;
            };
            if change.touches(&id) && change.rev != rev.try_get_value() {
                let _ = conflict.try_set(true);
            }
        })
    });
    let watch = StoredValue::new(watch);
    on_cleanup(move || {
        let _ = watch.try_update_value(|w| w.take());
    });

    let flush = move || {
        if pending.try_get_value() == Some(true) {
            if let Some(Some(TimeoutHandleBox(h))) = timer.try_get_value() {
                h.clear();
            }
            save_now();
        }
    };
    // Leaving the editor (back to the list, unmount): save what is pending at once.
    on_cleanup(flush);
    let back = move |_| app.go_list();

    let resolve_load = move |_| {
        let Some(id) = draft_id.get_untracked() else {
            return;
        };
        match store.with_value(|s| s.load(&id)) {
            Ok((sop, new_rev)) => {
                rev.set_value(new_rev);
                conflict.set(false);
                pending.set_value(false);
                if let Some(TimeoutHandleBox(h)) = timer.get_value() {
                    h.clear();
                }
                // The replacement is what is stored: do not save it back.
                skip_save.set_value(true);
                ed.replace(sop);
                state.set(SaveState::Saved(Some(now_hm())));
            }
            Err(n) => state.set(SaveState::Failed(n)),
        }
    };
    let resolve_copy = move |_| {
        let created = ed
            .sop
            .with_untracked(|s| store.with_value(|st| st.create(s)));
        match created {
            Ok(new_id) => {
                draft_id.set(Some(new_id));
                rev.set_value(1);
                conflict.set(false);
                state.set(SaveState::Saved(Some(now_hm())));
            }
            Err(n) => state.set(SaveState::Failed(n)),
        }
    };
    let resolve_overwrite = move |_| {
        let Some(id) = draft_id.get_untracked() else {
            return;
        };
        if let Some(stored) = store.with_value(|s| s.stored_rev(&id)) {
            rev.set_value(stored);
        }
        conflict.set(false);
        save_now();
    };

    // The official layout (Pratinjau): open by default in view mode.
    let preview = RwSignal::new(read_only);
    let check_now = move |_| {
        ed.show_all.set(true);
        ed.focus_later("error-summary".into());
    };

    let name = Memo::new(move |_| ed.sop.with(|s| s.identity.name.clone()));
    let heading = move || i18n::draft_heading(lang.get(), &name.get());
    let has_errors =
        Memo::new(move |_| ed.show_all.get() && ed.report.with(|r| r.count(Severity::Error) > 0));
    if app.page {
        Effect::new(move |_| {
            let l = lang.get();
            let title = i18n::page_title(l, &i18n::draft_heading(l, &name.get()), has_errors.get());
            crate::app::set_document_title(&title);
        });
    }

    let persistent = store.with_value(|s| s.persistent());
    let status_text = move || {
        let l = lang.get();
        match state.get() {
            SaveState::Saved(Some((h, m))) => i18n::saved_at(l, h, m, persistent),
            SaveState::Saved(None) => T::SavedNoTime.get(l).to_string(),
            SaveState::Failed(n) => format!("{} {}", T::NotSaved.get(l), n.message(l)),
        }
    };

    let lang_signal = Signal::derive(move || lang.get());
    let sop_signal = Signal::from(ed.sop);
    let on_import = Callback::new(
        move |(imported, target): (crate::io::Imported, ImportTarget)| match target {
            ImportTarget::ReplaceCurrent => ed.replace(imported.sop().clone()),
            ImportTarget::NewDraft => app.open_imported(&imported),
        },
    );
    let mode = app.mode;

    view! {
        <div class="editor">
            <p class="editor__back">
                <button type="button" class="link-button" on:click=back>
                    <span aria-hidden="true">"← "</span>
                    {tr(T::BackToList)}
                </button>
            </p>
            <ErrorSummary/>
            <h1 id=fields::field_id("") class="editor__heading" tabindex="-1">
                {heading}
            </h1>
            {move || {
                draft_id
                    .with(Option::is_some)
                    .then(|| view! { <p class="save-status" role="status">{status_text}</p> })
            }}
            <Show when=move || conflict.get()>
                <div class="notice notice--warning" role="alert">
                    <p>{tr(T::ChangedElsewhereLive)}</p>
                    <p>
                        {move || {
                            Notice::ChangedElsewhere {
                                id: String::new(),
                            }
                                .message(lang.get())
                        }}
                    </p>
                    <div class="button-group">
                        <button type="button" class="button" on:click=resolve_load>
                            {tr(T::ConflictLoad)}
                        </button>
                        <button type="button" class="button button--secondary" on:click=resolve_copy>
                            {tr(T::ConflictCopy)}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=resolve_overwrite
                        >
                            {tr(T::ConflictOverwrite)}
                        </button>
                    </div>
                </div>
            </Show>
            {read_only.then(|| view! { <p class="notice">{tr(T::ReadOnly)}</p> })}
            <ImportNoteView/>
            <div class="editor__actions">
                <button type="button" class="button" on:click=check_now>
                    {tr(T::CheckButton)}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    aria-expanded=controls::sig(move || if preview.get() { "true" } else { "false" })
                    aria-controls="preview"
                    on:click=move |_| preview.update(|p| *p = !*p)
                >
                    {tr(T::PreviewButton)}
                </button>
                <ExportMenu lang=lang_signal sop=sop_signal/>
            </div>
            <div id="preview" class="editor__preview">
                {move || {
                    preview
                        .get()
                        .then(|| view! { <crate::preview::Preview sop=sop_signal lang=lang_signal/> })
                }}
            </div>
            {(!read_only)
                .then(|| {
                    view! {
                        <details class="editor__import">
                            <summary>{tr(T::ImportSummary)}</summary>
                            <ImportControl lang=lang_signal on_import has_open_draft=true/>
                        </details>
                    }
                })}
            <div class="editor__layout">
                <form
                    class="editor__form"
                    novalidate
                    aria-label=tr(T::FormLabel)
                    on:submit=|ev| ev.prevent_default()
                >
                    <fieldset class="editor__fields" disabled=read_only>
                        {(mode != Mode::Evaluate)
                            .then(|| {
                                view! {
                                    <identity::IdentitySection/>
                                    <lanes::LanesSection/>
                                    <steps::StepsSection/>
                                }
                            })}
                        <approval::ApprovalSection/>
                    </fieldset>
                </form>
                <Checklist/>
            </div>
        </div>
    }
    .into_any()
}

/// The findings of the file this draft was just imported from (with line and column).
#[component]
fn ImportNoteView() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    move || {
        let note = app.import_note.get()?;
        let l = lang.get();
        let count = note.findings.len();
        let items = note
            .findings
            .iter()
            .map(|f| {
                let class = format!(
                    "import__finding import__finding--{}",
                    f.diagnostic.severity.key()
                );
                let at = f
                    .location(l)
                    .map(|at| view! { " " <span class="import__at">{at}</span> });
                view! {
                    <li class=class>
                        <code class="import__code">{f.diagnostic.code()}</code>
                        {at}
                        ": "
                        {f.message(l)}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="import__result" role="status">
                <p class="import__file"><strong>{note.file_name}</strong></p>
                <p class="import__headline">{T::ImportedNew.get(l)}</p>
                {if count == 0 {
                    view! { <p>{T::ImportNoFindings.get(l)}</p> }.into_any()
                } else {
                    view! {
                        <p class="import__findings-title">
                            {T::ImportFindings.get(l)} " (" {count} ")"
                        </p>
                        <ul class="import__findings">{items}</ul>
                    }
                    .into_any()
                }}
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| app.import_note.set(None)
                >
                    {T::Close.get(l)}
                </button>
            </div>
        })
    }
}

/// Autosave delay after the last change (the promise is "within a second").
pub const AUTOSAVE_MS: u64 = 700;

/// A timeout handle that can live in a `StoredValue`.
#[derive(Debug, Clone, Copy)]
struct TimeoutHandleBox(leptos::leptos_dom::helpers::TimeoutHandle);
