//! Section 2, *Pembagian peran*: the lanes (pelaksana). Add, rename (id and nama: the
//! steps that use the id follow it), remove (asks first when steps use the lane, and
//! names them).

use leptos::prelude::*;

use super::controls::{described_by, field_class, messages_at, txt, FieldMessages, TextField};
use super::state::{add_lane, lane_refs, remove_lane, rename_lane_id, steps_using_lane};
use super::Ed;
use crate::app::{AppCtx, ConfirmRequest};
use crate::fields;
use crate::i18n::{self, tr, use_lang, T};

/// Section 2 of the form.
#[component]
pub fn LanesSection() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let len = Memo::new(move |_| ed.sop.with(|s| s.lanes.len()));
    let touched = RwSignal::new(false);
    let ptr = Signal::derive(|| "/pelaksana".to_string());
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let add = move |_| {
        let mut index = 0;
        ed.sop.update(|s| index = add_lane(s));
        ed.focus_later(fields::field_id(&format!("/pelaksana/{index}/nama")));
    };
    view! {
        <section
            class="form-section"
            aria-labelledby=fields::field_id("/pelaksana")
            on:focusout=move |_| ed.touch(touched)
        >
            <h2 class="section-heading" id=fields::field_id("/pelaksana") tabindex="-1">
                {tr(T::SecLanes)}
            </h2>
            <p class="section-intro">{tr(T::LanesIntro)}</p>
            <FieldMessages ptr msgs shown/>
            <ol class="lanes">
                <For each=move || 0..len.get() key=|j| *j let:index>
                    <LaneEditor index/>
                </For>
            </ol>
            <button
                type="button"
                class="button button--secondary"
                id=fields::add_id("/pelaksana")
                on:click=add
            >
                {tr(T::AddLane)}
            </button>
        </section>
    }
    .into_any()
}

/// One lane: its id and name, its findings, and the remove button.
#[component]
fn LaneEditor(index: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let at = format!("/pelaksana/{index}");
    let ptr = Signal::derive({
        let at = at.clone();
        move || at.clone()
    });
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, false, msgs, shown);
    let wrapper = field_class("fieldset lane", msgs, shown);
    let label = Signal::derive(move || i18n::lane_label(lang.get(), index + 1));

    // The references the id had when editing started (see `state::lane_refs`).
    let refs = StoredValue::new(None::<Vec<(usize, usize)>>);
    let id_value = Memo::new(move |_| {
        ed.sop
            .with(|s| s.lanes.get(index).map(|l| l.id.clone()).unwrap_or_default())
    });
    let on_id = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            let snapshot = refs.get_value().unwrap_or_else(|| lane_refs(s, index));
            rename_lane_id(s, index, &v, &snapshot);
            refs.set_value(Some(snapshot));
        });
    });
    let name_value = Memo::new(move |_| {
        ed.sop.with(|s| {
            s.lanes
                .get(index)
                .map(|l| l.name.clone())
                .unwrap_or_default()
        })
    });
    let on_name = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            if let Some(l) = s.lanes.get_mut(index) {
                l.name = v;
            }
        });
    });

    let after_remove = move || {
        let n = ed.sop.with_untracked(|s| s.lanes.len());
        let target = if index < n {
            format!(
                "{}-remove",
                fields::field_id(&format!("/pelaksana/{index}"))
            )
        } else if n > 0 {
            format!(
                "{}-remove",
                fields::field_id(&format!("/pelaksana/{}", n - 1))
            )
        } else {
            fields::add_id("/pelaksana")
        };
        ed.focus_later(target);
    };
    let remove = move |_| {
        let (users, display) = ed.sop.with_untracked(|s| {
            let users: Vec<String> = steps_using_lane(s, index)
                .into_iter()
                .map(|i| {
                    s.steps[i]
                        .number
                        .map_or_else(|| format!("({})", i + 1), |n| n.to_string())
                })
                .collect();
            let display = s.lanes.get(index).map_or_else(String::new, |l| {
                i18n::lane_display(lang.get_untracked(), &l.name, &l.id, index + 1)
            });
            (users, display)
        });
        let act = move || {
            ed.sop.update(|s| remove_lane(s, index));
            after_remove();
        };
        if users.is_empty() {
            act();
        } else {
            let l = lang.get_untracked();
            app.confirm.set(Some(ConfirmRequest {
                title: T::RemoveLaneTitle.get(l).to_string(),
                body: i18n::remove_lane_body(l, &display, &users),
                confirm: T::RemoveLaneConfirm.get(l).to_string(),
                on_confirm: Callback::new(move |()| act()),
            }));
        }
    };
    let id_ptr = format!("{at}/id");
    let name_ptr = format!("{at}/nama");
    let remove_id = format!("{}-remove", fields::field_id(&at));
    view! {
        <li class="lanes__item">
            <fieldset
                class=wrapper
                aria-describedby=describedby
                on:focusout=move |_| {
                    ed.touch(touched);
                    refs.set_value(None);
                }
            >
                <legend class="legend">
                    <span id=fields::field_id(&at) tabindex="-1">{label}</span>
                </legend>
                <FieldMessages ptr msgs shown/>
                <div class="lane__fields">
                    <TextField
                        ptr=name_ptr
                        label=txt(T::LaneName)
                        value=name_value
                        on_input=on_name
                    />
                    <TextField
                        ptr=id_ptr
                        label=txt(T::LaneId)
                        hint=Some(txt(T::LaneIdHint))
                        value=id_value
                        on_input=on_id
                    />
                </div>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    id=remove_id
                    on:click=remove
                >
                    {tr(T::Remove)}
                    <span class="visually-hidden">" " {label}</span>
                </button>
            </fieldset>
        </li>
    }
    .into_any()
}
