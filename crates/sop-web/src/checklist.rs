//! The completeness checklist beside the form (GOV.UK task list): the 12 items of
//! sop-core's report, each with its status and a link that focuses its section, and the
//! count "N dari 12 bagian lengkap". Live: it follows the report memo.

use leptos::prelude::*;
use sop_core::{checklist, ChecklistItem};

use crate::fields;
use crate::form::ed::Ed;
use crate::i18n::{tr, use_lang, T};
use crate::ui::{sig, When};

/// The checklist panel.
#[component]
pub fn Checklist() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let total = checklist::ids().count();
    let done = Memo::new(move |_| ed.report.with(|r| r.done()));
    let complete = Memo::new(move |_| ed.report.with(|r| r.complete));
    let items = checklist::ids()
        .map(|id| {
            let item_done = Memo::new(move |_| {
                ed.report
                    .with(|r| r.checklist.iter().any(|i| i.id == id && i.done))
            });
            let item = ChecklistItem { id, done: false };
            let pointer = item.pointer();
            let status_id = format!("checklist-{id}-status");
            let href = format!("#{}", fields::field_id(pointer));
            let follow = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                ed.focus_pointer(pointer);
            };
            view! {
                <li class="task-list__item" class:task-list__item--done=item_done>
                    <a
                        class="task-list__link"
                        href=href
                        aria-describedby=status_id.clone()
                        on:click=follow
                    >
                        {sig(move || item.title(lang.get()))}
                    </a>
                    <strong
                        class=sig(move || {
                            if item_done.get() { "tag tag--done" } else { "tag tag--todo" }
                        })
                        id=status_id
                    >
                        {sig(move || {
                            let status = if item_done.get() { checklist::DONE } else { checklist::NOT_DONE };
                            status.get(lang.get())
                        })}
                    </strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <aside class="checklist" aria-labelledby="checklist-heading">
            <h2 class="checklist__heading" id="checklist-heading">{sig(move || checklist::HEADING.get(lang.get()))}</h2>
            <p class="checklist__count" id="checklist-count">
                {sig(move || checklist::done_count(lang.get(), done.get(), total))}
            </p>
            <When when=sig(move || complete.get())>
                <p class="checklist__complete">{tr(T::AllComplete)}</p>
            </When>
            <ul class="task-list">{items}</ul>
        </aside>
    }
    .into_any()
}
