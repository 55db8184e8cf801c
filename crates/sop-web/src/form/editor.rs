//! The editor of one draft: error summary, heading, save status (autosave), the conflict
//! with another tab, import and export, the form sections in drafting order with the
//! checklist beside them.

use std::time::Duration;

use leptos::prelude::*;
use sop_core::{CheckOptions, Severity, Sop};

use super::ed::Ed;
use super::{approval, identity, lanes, steps};
use crate::checklist::Checklist;
use crate::ctx::AppCtx;
use crate::i18n::{self, tr, use_lang, T};
use crate::io::{ExportMenu, ImportControl, ImportTarget, Imported};
use crate::storage::Notice;
use crate::summary::ErrorSummary;
use crate::ui::sig;
use crate::{fields, platform, Mode};

/// Hour and minute now, in the browser's time zone.
fn now_hm() -> (u32, u32) {
    let t = platform::local_time(platform::now_ms());
    (t.hour, t.minute)
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
        today: platform::today(),
        profile: app.profile.get_value(),
    };
    let ed = Ed::new(sop, options, app.root, app.touches);
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
        if previous.is_none() {
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
    let hide = platform::window_listener(leptos::ev::pagehide, move |_| {
        if pending.get_value() {
            save_now();
        }
    });
    on_cleanup(move || hide.into_iter().for_each(|h| h.remove()));

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

    // The official layout (Pratinjau), opened by its button.
    let preview = RwSignal::new(false);
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
            platform::set_document_title(&title);
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
        move |(imported, target): (Imported, ImportTarget)| match target {
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
            <ImportNoteView/>
            <div class="editor__actions">
                <button type="button" class="button" on:click=check_now>
                    {tr(T::CheckButton)}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    aria-expanded=sig(move || if preview.get() { "true" } else { "false" })
                    aria-controls="preview"
                    on:click=move |_| preview.update(|p| *p = !*p)
                >
                    {tr(T::PreviewButton)}
                </button>
                <ExportMenu sop=sop_signal/>
            </div>
            <div id="preview" class="editor__preview">
                {move || {
                    preview
                        .get()
                        .then(|| view! { <crate::preview::Preview sop=sop_signal lang=lang_signal/> })
                }}
            </div>
            <details class="editor__import">
                <summary>{tr(T::ImportSummary)}</summary>
                <ImportControl on_import has_open_draft=true/>
            </details>
            <div class="editor__layout">
                <form
                    class="editor__form"
                    novalidate
                    aria-label=tr(T::FormLabel)
                    on:submit=|ev| ev.prevent_default()
                >
                    <fieldset class="editor__fields">
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
