//! The error summary (GOV.UK): after "Periksa kelengkapan", at the top of the editor,
//! `role="alert"`, focused, listing every error and warning of sop-core's report with
//! the same words as next to the field; each message is a link that focuses its field
//! (through [`crate::fields`], so it works inside a shadow root where fragment links do
//! not). Suggestions (info) follow in a separate, collapsed list. When nothing is wrong
//! it says so instead.

use leptos::prelude::*;
use sop_core::Severity;

use crate::fields;
use crate::form::ed::{Ed, Msg};
use crate::i18n::{self, tr, use_lang, T};
use crate::ui::{keyed_list, severity_class, sig};

/// The id of the summary (focused by "Periksa kelengkapan").
pub const SUMMARY_ID: &str = "error-summary";

fn entry(ed: Ed, pointer: String, msg: Msg) -> impl IntoView {
    let href = format!("#{}", fields::field_id(&pointer));
    let follow = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ed.focus_pointer(&pointer);
    };
    let class = severity_class(msg.severity);
    let warning = msg.severity == Severity::Warning;
    let lang = use_lang();
    let severity = msg.severity;
    view! {
        <li class=class>
            <a href=href on:click=follow>
                {if warning {
                    view! { <span class="tag tag--warning">{sig(move || severity.prefix(lang.get()))}</span> " " }
                        .into_any()
                } else {
                    view! { <span class="visually-hidden">{sig(move || severity.prefix(lang.get()))} " "</span> }
                        .into_any()
                }}
                {msg.text}
            </a>
        </li>
    }
}

/// The error summary of the open draft (shown once "Periksa kelengkapan" was pressed).
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let problems = Memo::new(move |_| {
        ed.messages.with(|m| {
            m.list
                .iter()
                .filter(|(_, x)| x.severity >= Severity::Warning)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let infos = Memo::new(move |_| {
        ed.messages.with(|m| {
            m.list
                .iter()
                .filter(|(_, x)| x.severity == Severity::Info)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let has_problems = Memo::new(move |_| problems.with(|p| !p.is_empty()));
    let key = |(p, m): &(String, Msg)| (format!("{p}|{}|{}", m.code, m.text), 0);
    let suggestions = move || {
        (infos.with(|i| !i.is_empty())).then(|| {
            view! {
                <details class="summary__suggestions">
                    <summary>{sig(move || i18n::suggestions_heading(lang.get(), infos.with(Vec::len)))}</summary>
                    <ul class="summary__list summary__list--info">
                        {keyed_list(
                            move || infos.get(),
                            key,
                            move |(pointer, msg): (String, Msg)| entry(ed, pointer, msg),
                        )}
                    </ul>
                </details>
            }
        })
    };
    move || {
        if !ed.show_all.get() {
            return None;
        }
        Some(if has_problems.get() {
            view! {
                <div
                    class="error-summary"
                    id=SUMMARY_ID
                    role="alert"
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                >
                    <h2 class="error-summary__title" id="error-summary-title">
                        {tr(T::SummaryHeading)}
                    </h2>
                    <ul class="summary__list">
                        {keyed_list(
                            move || problems.get(),
                            key,
                            move |(pointer, msg): (String, Msg)| entry(ed, pointer, msg),
                        )}
                    </ul>
                    {suggestions}
                </div>
            }
            .into_any()
        } else {
            view! {
                <div
                    class="success-summary"
                    id=SUMMARY_ID
                    role="status"
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                >
                    <h2 class="success-summary__title" id="error-summary-title">
                        {tr(T::NoProblemsHeading)}
                    </h2>
                    <p>{tr(T::NoProblemsBody)}</p>
                    {suggestions}
                </div>
            }
            .into_any()
        })
    }
}
