//! One list of records, used for the lanes (pelaksana), the monitoring records and the
//! evaluations: [`RecordList`] (heading, intro, the list's own findings, one editor per
//! record, the add button) and [`RecordItem`] (a record's fieldset with its legend and
//! remove button), plus [`record_text`], a text field bound to one string of a record.

use leptos::prelude::*;
use sop_core::Sop;

use super::controls::{described_by, field_class, messages_at, FieldMessages, TextField};
use super::ed::Ed;
use crate::fields;
use crate::i18n::{tr, T};
use crate::ui::{index_key, keyed_list, txt};

/// Where a list of records lives in the model.
pub struct Records<R: 'static> {
    /// The list's pointer (`/monitoring`).
    pub pointer: &'static str,
    /// The list.
    pub list: fn(&Sop) -> &Vec<R>,
    /// The list, mutably.
    pub list_mut: fn(&mut Sop) -> &mut Vec<R>,
}

impl<R> Clone for Records<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Records<R> {}

impl<R> Records<R> {
    /// The pointer of record `i` (`/monitoring/2`).
    pub fn item(self, i: usize) -> String {
        fields::item(self.pointer, i)
    }

    /// Removes record `i` and moves focus to its neighbour (see [`Ed::focus_after_remove`]).
    pub fn remove(self, ed: Ed, i: usize) {
        let mut len = 0;
        ed.sop.update(|s| {
            let list = (self.list_mut)(s);
            if i < list.len() {
                list.remove(i);
            }
            len = list.len();
        });
        ed.focus_after_remove(self.pointer, i, len);
    }
}

/// A list of records: a heading (the target of the list's own findings), an intro, those
/// findings, one editor per record and the add button. A form section of its own
/// (`<section>` with an `<h2>`: the lanes) or a group inside one (`<div>` with an `<h3>`).
#[component]
pub fn RecordList(
    /// The list's pointer (`/pelaksana`).
    pointer: &'static str,
    /// The heading.
    heading: T,
    /// The text under the heading.
    intro: T,
    /// The add button's text.
    add: T,
    /// The class of the `<ol>`.
    list_class: &'static str,
    /// A section of the form (`<section>`, `<h2>`) rather than a group in one.
    #[prop(optional)]
    section: bool,
    /// The number of records.
    len: fn(&Sop) -> usize,
    /// Appends a new record and returns its index.
    push: fn(&mut Sop) -> usize,
    /// The field of a new record that gets focus (`nama`, `tanggal`).
    first_field: &'static str,
    /// The editor of record `i`.
    item: fn(usize) -> AnyView,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let count = Memo::new(move |_| ed.sop.with(len));
    let touched = RwSignal::new(false);
    let ptr = Signal::derive(move || pointer.to_string());
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let on_add = move |_| {
        let mut index = 0;
        ed.sop.update(|s| index = push(s));
        let at = fields::item(pointer, index);
        ed.focus_later(fields::field_id(&format!("{at}/{first_field}")));
    };
    let heading_id = fields::field_id(pointer);
    let labelled_by = heading_id.clone();
    let body = view! {
        <p class="section-intro">{tr(intro)}</p>
        <FieldMessages ptr msgs shown/>
        <ol class=list_class>
            {keyed_list(move || 0..count.get(), index_key, item)}
        </ol>
        <button
            type="button"
            class="button button--secondary"
            id=fields::add_id(pointer)
            on:click=on_add
        >
            {tr(add)}
        </button>
    };
    let leave = move |_| ed.touch(touched);
    if section {
        view! {
            <section class="form-section" aria-labelledby=labelled_by on:focusout=leave>
                <h2 class="section-heading" id=heading_id tabindex="-1">
                    {tr(heading)}
                </h2>
                {body}
            </section>
        }
        .into_any()
    } else {
        view! {
            <div class="records" on:focusout=leave>
                <h3 class="records__heading" id=heading_id tabindex="-1">
                    {tr(heading)}
                </h3>
                {body}
            </div>
        }
        .into_any()
    }
}

/// One record: a fieldset whose legend names it (the target of its findings), its
/// fields, and its remove button (named after the record for screen readers).
#[component]
pub fn RecordItem(
    /// The record's pointer (`/monitoring/2`).
    pointer: String,
    /// The legend ("Monitoring 3").
    title: Signal<String>,
    /// The class of the `<li>`.
    item_class: &'static str,
    /// The class of the fieldset.
    fieldset_class: &'static str,
    /// Show the findings about the record itself (a lane's duplicate id …) in it.
    #[prop(optional)]
    messages: bool,
    /// Removes the record (asking first if it must).
    on_remove: Callback<()>,
    /// The record's fields.
    children: Children,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let ptr = Signal::derive({
        let p = pointer.clone();
        move || p.clone()
    });
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || messages && (touched.get() || ed.show_all.get()));
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, false, msgs, shown);
    let wrapper = field_class(fieldset_class, msgs, shown);
    view! {
        <li class=item_class>
            <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
                <legend class="legend">
                    <span id=fields::field_id(&pointer) tabindex="-1">{title}</span>
                </legend>
                <FieldMessages ptr msgs shown/>
                {children()}
                <button
                    type="button"
                    class="button button--secondary button--small"
                    id=fields::remove_id(&pointer)
                    on:click=move |_| on_remove.run(())
                >
                    {tr(T::Remove)}
                    <span class="visually-hidden">" " {title}</span>
                </button>
            </fieldset>
        </li>
    }
}

/// A [`TextField`] bound to one string of record `i` (`key`: its key in the file).
#[allow(clippy::too_many_arguments)]
pub fn record_text<R: 'static>(
    records: Records<R>,
    i: usize,
    key: &'static str,
    label: T,
    hint: Option<T>,
    rows: u32,
    get: fn(&R) -> String,
    set: fn(&mut R, String),
) -> impl IntoView {
    record_field(records, i, (key, label, hint), rows, false, get, set)
}

/// A date of record `i` (`key`: its key in the file): a [`TextField`] with its picker.
pub fn record_date<R: 'static>(
    records: Records<R>,
    i: usize,
    key: &'static str,
    label: T,
    hint: T,
    get: fn(&R) -> String,
    set: fn(&mut R, String),
) -> impl IntoView {
    record_field(records, i, (key, label, Some(hint)), 0, true, get, set)
}

fn record_field<R: 'static>(
    records: Records<R>,
    i: usize,
    (key, label, hint): (&'static str, T, Option<T>),
    rows: u32,
    date: bool,
    get: fn(&R) -> String,
    set: fn(&mut R, String),
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| {
        ed.sop
            .with(|s| (records.list)(s).get(i).map(get).unwrap_or_default())
    });
    let on_input = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            if let Some(r) = (records.list_mut)(s).get_mut(i) {
                set(r, v);
            }
        });
    });
    view! {
        <TextField
            ptr=format!("{}/{key}", records.item(i))
            label=txt(label)
            hint=hint.map(txt)
            value
            on_input
            rows
            date
        />
    }
}
