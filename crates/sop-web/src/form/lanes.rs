//! Section 2, *Pelaksana*: the lanes. A lane needs only its name (the jabatan); its
//! code (id) is made from the name until a step uses it (`state::rename_lane`) and is
//! changed only on request, behind "Ubah kode" (the steps that use it follow). Remove
//! asks first when steps use the lane, and names them.

use leptos::prelude::*;
use sop_core::model::Lane;

use super::controls::{messages_at, TextField};
use super::ed::Ed;
use super::records::{RecordItem, RecordList, Records};
use super::state::{
    add_lane, display_code, lane_refs, remove_lane, rename_lane, rename_lane_id, steps_using_lane,
};
use crate::ctx::{AppCtx, ConfirmRequest};
use crate::i18n::{self, tr, use_lang, T};
use crate::ui::txt;

/// Section 2 of the form.
#[component]
pub fn LanesSection() -> impl IntoView {
    view! {
        <RecordList
            pointer=LANES.pointer
            heading=T::SecLanes
            intro=T::LanesIntro
            add=T::AddLane
            list_class="lanes"
            section=true
            len=|s| s.lanes.len()
            push=add_lane
            first_field="nama"
            item=|index| view! { <LaneEditor index/> }.into_any()
        />
    }
}

/// The lanes in the model.
const LANES: Records<Lane> = Records {
    pointer: "/pelaksana",
    list: |s| &s.lanes,
    list_mut: |s| &mut s.lanes,
};

/// One lane: its name, its code behind "Ubah kode", its findings, and the remove button.
#[component]
fn LaneEditor(index: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let label = Signal::derive(move || i18n::lane_label(lang.get(), index + 1));

    // The references the id had when editing started (see `state::lane_refs`).
    let refs = StoredValue::new(None::<Vec<(usize, usize)>>);
    let id_value = Memo::new(move |_| {
        ed.sop
            .with(|s| s.lanes.get(index).map(|l| l.id.clone()).unwrap_or_default())
    });
    // "Ubah kode" is open on request, and whenever the code has a finding (a link to it,
    // from the error summary or an import's findings, must land in a visible field);
    // typing a code keeps it open while the finding goes away.
    let code_open = RwSignal::new(false);
    let on_id = Callback::new(move |v: String| {
        code_open.set(true);
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
    let on_name = Callback::new(move |v: String| ed.sop.update(|s| rename_lane(s, index, &v)));

    let remove = move |()| {
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
                i18n::lane_display(lang.get_untracked(), &l.name, display_code(l), index + 1)
            });
            (users, display)
        });
        let act = move || {
            let mut len = 0;
            ed.sop.update(|s| {
                remove_lane(s, index);
                len = s.lanes.len();
            });
            ed.focus_after_remove(LANES.pointer, index, len);
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
    let at = LANES.item(index);
    let id_ptr = format!("{at}/id");
    let id_msgs = messages_at(ed, Signal::derive(move || id_ptr.clone()));
    let open = move || code_open.get() || !id_msgs.with(Vec::is_empty);
    view! {
        <RecordItem
            pointer=at.clone()
            title=label
            item_class="lanes__item"
            fieldset_class="fieldset lane"
            messages=true
            on_remove=Callback::new(remove)
        >
            // The id's references are snapshot while it is edited (see `state::lane_refs`).
            <div class="lane__fields" on:focusout=move |_| refs.set_value(None)>
                <TextField
                    ptr=format!("{at}/nama")
                    label=txt(T::LaneName)
                    value=name_value
                    on_input=on_name
                />
                <details class="lane__code" prop:open=open>
                    <summary
                        class="lane__code-toggle"
                        on:click=move |ev| {
                            ev.prevent_default();
                            let shown = open();
                            code_open.set(!shown);
                        }
                    >
                        {tr(T::LaneCodeToggle)}
                    </summary>
                    <TextField
                        ptr=format!("{at}/id")
                        label=txt(T::LaneId)
                        hint=Some(txt(T::LaneIdHint))
                        value=id_value
                        on_input=on_id
                    />
                </details>
            </div>
        </RecordItem>
    }
}
