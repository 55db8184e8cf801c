//! The import panel: a labelled file picker inside a drop zone, the "new draft or
//! replace?" question, and the findings of the file with line and column.

use leptos::prelude::*;
use sop_core::{Audience, CheckOptions, Lang};

use super::import::{admit, check_options, import_bytes, Finding, ImportError, Imported, ACCEPT};
use crate::i18n::{tr, use_lang, T};
use crate::ui::{sig, When};

/// Reads a file chosen in the picker or dropped: refuses wrong types and files over
/// [`super::MAX_BYTES`] before reading a byte, then [`import_bytes`].
pub async fn import_file(
    file: &web_sys::File,
    options: &CheckOptions,
) -> Result<Imported, ImportError> {
    let name = file.name();
    admit(&name, file.size())?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::Unreadable { name: name.clone() })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    import_bytes(&name, &bytes, options)
}

/// Where an imported SOP goes (the user's answer when a draft is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportTarget {
    /// Create a new draft (the default, and the only choice when no draft is open).
    NewDraft,
    /// Replace the content of the open draft (only after the user chose it).
    ReplaceCurrent,
}

/// What the import panel shows after a file was chosen.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Refused(ImportError),
    Done {
        file_name: String,
        failed: bool,
        target: Option<ImportTarget>,
        findings: Vec<Finding>,
    },
}

/// Findings listed at most in the import panel.
const SHOWN_FINDINGS: usize = 200;

/// The import control: a labelled file picker inside a drop zone. A file that can be read
/// (even with findings) is handed to `on_import` with [`ImportTarget::NewDraft`]; when
/// `has_open_draft` is true the user is asked first ("Buat draf baru" / "Ganti draf ini" /
/// "Batal"). A file that cannot be read (SOP001, too large, wrong type) is never handed
/// over: the panel says why, with line and column. Every finding of the file is listed
/// with its code, line and column.
#[component]
pub fn ImportControl(
    /// Called with the file's model and where it should go.
    #[prop(into)]
    on_import: Callback<(Imported, ImportTarget)>,
    /// True while a draft is open in the editor (then the user is asked).
    #[prop(into, optional)]
    has_open_draft: Signal<bool>,
    /// Id of the file input (unique on the page); `impor-berkas` by default.
    #[prop(into, optional)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| "impor-berkas".into());
    let hint_id = format!("{id}-petunjuk");
    let question_id = format!("{id}-tanya");
    let lang = use_lang();
    let busy = RwSignal::new(false);
    let over = RwSignal::new(false);
    let pending: RwSignal<Option<Imported>> = RwSignal::new(None);
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let first_choice = NodeRef::<leptos::html::Button>::new();

    let deliver = move |imported: Imported, target: ImportTarget| {
        let done = Outcome::Done {
            file_name: imported.file_name.clone(),
            failed: false,
            target: Some(target),
            findings: imported.findings.clone(),
        };
        outcome.set(Some(done));
        // `on_import` may switch screens (unmounting this control): the editor it opens
        // shows the findings (`AppCtx::import_note`).
        on_import.try_run((imported, target));
    };

    let handle = move |file: web_sys::File| {
        busy.set(true);
        pending.set(None);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = import_file(&file, &check_options()).await;
            // The control may have been removed while the file was read.
            if busy.try_set(false).is_some() {
                return;
            }
            match result {
                Err(e) => outcome.set(Some(Outcome::Refused(e))),
                Ok(imported) if imported.failed => outcome.set(Some(Outcome::Done {
                    file_name: imported.file_name.clone(),
                    failed: true,
                    target: None,
                    findings: imported.findings,
                })),
                Ok(imported) => {
                    if has_open_draft.try_get_untracked().unwrap_or(true) {
                        pending.set(Some(imported));
                    } else {
                        deliver(imported, ImportTarget::NewDraft);
                    }
                }
            }
        });
    };

    // Move focus to the question when it appears (keyboard and screen-reader users).
    Effect::new(move |_| {
        if pending.with(Option::is_some) {
            if let Some(button) = first_choice.get() {
                let _ = button.focus();
            }
        }
    });

    let choose = move |target: Option<ImportTarget>| {
        if let Some(imported) = pending.get_untracked() {
            pending.set(None);
            if let Some(target) = target {
                deliver(imported, target);
            }
        }
    };

    view! {
        // Long file names and messages wrap instead of widening a 320 px screen.
        <div class="import" style:overflow-wrap="anywhere">
            <div
                class="import__zone"
                class:import__zone--over=move || over.get()
                on:dragenter=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragover=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(true);
                }
                on:dragleave=move |_| over.set(false)
                on:drop=move |ev: web_sys::DragEvent| {
                    ev.prevent_default();
                    over.set(false);
                    let file = ev
                        .data_transfer()
                        .and_then(|dt| dt.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        handle(file);
                    }
                }
            >
                <label class="import__label" for=id.clone()>{tr(T::ImportPick)}</label>
                <input
                    type="file"
                    id=id.clone()
                    class="import__input"
                    // A native file input is wider than a 320 px screen. Set through the
                    // CSSOM (`style:`), which a CSP without 'unsafe-inline' allows.
                    style:max-width="100%"
                    accept=ACCEPT
                    aria-describedby=hint_id.clone()
                    on:change:target=move |ev| {
                        let input = ev.target();
                        let file = input.files().and_then(|files| files.get(0));
                        // Allow choosing the same file again.
                        input.set_value("");
                        if let Some(file) = file {
                            handle(file);
                        }
                    }
                />
                <p class="import__hint" id=hint_id.clone()>{tr(T::ImportDropHint)}</p>
            </div>
            <When when=sig(move || busy.get())>
                <p class="import__busy" role="status">{tr(T::ImportReading)}</p>
            </When>
            <When when=sig(move || pending.with(Option::is_some))>
                <div
                    class="import__confirm"
                    role="alertdialog"
                    aria-labelledby=question_id.clone()
                >
                    <p id=question_id.clone()>
                        <strong>
                            {move || pending.with(|p| p.as_ref().map(|i| i.file_name.clone()))}
                        </strong>
                        " — "
                        {tr(T::ImportQuestion)}
                    </p>
                    <div class="import__choices">
                        <button
                            type="button"
                            class="button"
                            node_ref=first_choice
                            on:click=move |_| choose(Some(ImportTarget::NewDraft))
                        >
                            {tr(T::ImportAsNew)}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| choose(Some(ImportTarget::ReplaceCurrent))
                        >
                            {tr(T::ImportReplace)}
                        </button>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click=move |_| choose(None)
                        >
                            {tr(T::Cancel)}
                        </button>
                    </div>
                </div>
            </When>
            {move || outcome.get().map(|o| outcome_view(o, lang, outcome))}
        </div>
    }
}

fn outcome_view(
    outcome: Outcome,
    lang: RwSignal<Lang>,
    slot: RwSignal<Option<Outcome>>,
) -> AnyView {
    let t = move |key: T| key.get(lang.get());
    let close = move |_| slot.set(None);
    match outcome {
        Outcome::Refused(error) => view! {
            <div class="import__result import__result--error" role="alert">
                <p>{sig(move || error.message(lang.get()))}</p>
                <button type="button" class="button button--secondary" on:click=close>
                    {tr(T::Close)}
                </button>
            </div>
        }
        .into_any(),
        Outcome::Done {
            file_name,
            failed,
            target,
            findings,
        } => {
            let total = findings.len();
            let hidden = total.saturating_sub(SHOWN_FINDINGS);
            let shown: Vec<Finding> = findings.into_iter().take(SHOWN_FINDINGS).collect();
            let headline = move || {
                let text = match (failed, target) {
                    (true, _) => T::ImportCannotRead,
                    (false, Some(ImportTarget::ReplaceCurrent)) => T::ImportedReplace,
                    (false, _) => T::ImportedNew,
                };
                t(text)
            };
            let items = shown
                .into_iter()
                .map(|f| {
                    let severity = f.diagnostic.severity.key();
                    let f2 = f.clone();
                    let f3 = f.clone();
                    view! {
                        <li class=format!("import__finding import__finding--{severity}")>
                            <code class="import__code">{f.diagnostic.code()}</code>
                            {move || {
                                f.location(lang.get())
                                    .map(|at| view! { " " <span class="import__at">{at}</span> })
                            }}
                            ": "
                            {sig(move || f2.message(lang.get()))}
                            {failed
                                .then(|| {
                                    let f3 = f3.clone();
                                    view! {
                                        <br/>
                                        <span class="import__help">
                                            {sig(move || f3.diagnostic.text(Audience::Form, lang.get()).help)}
                                        </span>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view();
            let body = view! {
                <p class="import__file"><strong>{file_name}</strong></p>
                <p class="import__headline">{headline}</p>
                {if total == 0 {
                    view! { <p>{tr(T::NoFindings)}</p> }.into_any()
                } else {
                    view! {
                        <p class="import__findings-title">
                            {tr(T::ImportFindings)} " (" {total} ")"
                        </p>
                        <ul class="import__findings">{items}</ul>
                        {(hidden > 0).then(|| view! { <p>{hidden} " " {tr(T::MoreFindings)}</p> })}
                    }
                    .into_any()
                }}
                <button type="button" class="button button--secondary" on:click=close>
                    {tr(T::Close)}
                </button>
            };
            if failed {
                view! {
                    <div class="import__result import__result--error" role="alert">{body}</div>
                }
                .into_any()
            } else {
                view! { <div class="import__result" role="status">{body}</div> }.into_any()
            }
        }
    }
}
