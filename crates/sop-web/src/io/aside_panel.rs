//! The values storage kept aside (unreadable drafts, another program's values, a broken
//! index): each can be downloaded verbatim or discarded.

use leptos::prelude::*;

use super::export::{aside_file_name, JSON_MIME, TEXT_MIME};
use crate::i18n::{self, tr, T};
use crate::platform;
use crate::storage::{aside_label, aside_time, DraftStore};
use crate::ui::{keyed_list, sig, When};

/// Downloads a value kept aside, verbatim; returns the file name.
pub fn download_aside(key: &str, raw: &str) -> Result<String, String> {
    let name = aside_file_name(key, raw);
    let mime = if name.ends_with(".json") {
        JSON_MIME
    } else {
        TEXT_MIME
    };
    platform::download(&name, mime, raw)?;
    Ok(name)
}

/// Values that storage kept aside (unreadable drafts, another program's values, a broken
/// index): each can be downloaded verbatim or discarded (after a confirmation). Renders
/// nothing when there are none. The list is re-read whenever `refresh` changes (bump it
/// after a [`crate::storage::Notice::KeptAside`]).
#[component]
pub fn AsideNotice(
    /// The drafts store.
    store: DraftStore,
    /// Changes when the list may have changed.
    #[prop(into, optional)]
    refresh: Signal<usize>,
) -> impl IntoView {
    let items: RwSignal<Vec<(String, String)>> = RwSignal::new(store.set_aside());
    let confirming: RwSignal<Option<String>> = RwSignal::new(None);
    let reload = {
        let store = store.clone();
        move || items.set(store.set_aside())
    };
    {
        let reload = reload.clone();
        Effect::new(move |_| {
            refresh.track();
            reload();
        });
    }
    let discard = {
        let store = store.clone();
        move |key: String| {
            store.discard_aside(&key);
            confirming.set(None);
            items.set(store.set_aside());
        }
    };
    let discard = StoredValue::new(discard);
    view! {
        <When when=sig(move || items.with(|i| !i.is_empty()))>
            <div class="notice notice--warning aside" role="region" aria-label=tr(T::AsideTitle)>
                <p class="notice__title"><strong>{tr(T::AsideTitle)}</strong></p>
                <p>
                    {tr(T::NoticeKeptAside)}
                </p>
                <ul class="aside__list">
                    {keyed_list(
                        move || items.get(),
                        |(key, _): &(String, String)| (key.clone(), 0),
                        move |(key, raw): (String, String)| {
                            let chars = raw.chars().count();
                            let label = aside_label(&key);
                            // Buttons of several items must differ for screen readers.
                            let hidden = format!(" «{label}»");
                            let hidden2 = hidden.clone();
                            let when = i18n::short_date_time(platform::local_time(aside_time(&key) as f64));
                            let key_download = key.clone();
                            let key_confirm = key.clone();
                            let key_is = key.clone();
                            let key_discard = key.clone();
                            view! {
                                <li class="aside__item">
                                    <span class="aside__what">
                                        {tr(T::AsideItem)} " «" {label} "» · " {when} " · "
                                        {chars} " " {tr(T::Characters)}
                                    </span>
                                    " "
                                    <button
                                        type="button"
                                        class="button button--secondary"
                                        on:click=move |_| {
                                            let _ = download_aside(&key_download, &raw);
                                        }
                                    >
                                        {tr(T::AsideDownload)}
                                        <span class="visually-hidden">{hidden}</span>
                                    </button>
                                    " "
                                    <When
                                        when=sig(move || {
                                            confirming.with(|c| c.as_deref() == Some(key_is.as_str()))
                                        })
                                        fallback=move || {
                                            let key_confirm = key_confirm.clone();
                                            view! {
                                                <button
                                                    type="button"
                                                    class="button button--warning"
                                                    on:click=move |_| confirming.set(Some(key_confirm.clone()))
                                                >
                                                    {tr(T::AsideDiscard)}
                                                    <span class="visually-hidden">{hidden2.clone()}</span>
                                                </button>
                                            }
                                        }
                                    >
                                        <span class="aside__confirm" role="group">
                                            {tr(T::AsideDiscardQuestion)} " "
                                            <button
                                                type="button"
                                                class="button button--warning"
                                                on:click={
                                                    let key = key_discard.clone();
                                                    move |_| discard.with_value(|d| d(key.clone()))
                                                }
                                            >
                                                {tr(T::AsideDiscardYes)}
                                            </button>
                                            " "
                                            <button
                                                type="button"
                                                class="button button--secondary"
                                                on:click=move |_| confirming.set(None)
                                            >
                                                {tr(T::Cancel)}
                                            </button>
                                        </span>
                                    </When>
                                </li>
                            }
                        },
                    )}
                </ul>
            </div>
        </When>
    }
}
