//! Form building blocks following the GOV.UK patterns: a label (`<label for>`), an
//! optional hint, the error message above the control (shown once the field was left or
//! after "Periksa kelengkapan"), `aria-invalid="true"` and `aria-describedby` pointing
//! at the hint and the message. Ids come from [`crate::fields`] only.

use leptos::prelude::*;
use sop_core::{Lang, Severity};

use super::dates;
use super::ed::{Ed, Msg};
use crate::fields;
use crate::i18n::{self, tr, use_lang, T};
use crate::ui::{index_key, keyed_list, severity_class, sig, txt};

/// The findings sop-core reports exactly at `ptr`.
pub fn messages_at(ed: Ed, ptr: Signal<String>) -> Memo<Vec<Msg>> {
    Memo::new(move |_| {
        let p = ptr.get();
        ed.messages_signal(&p).get()
    })
}

/// One finding as text with its visually hidden prefix ("Kesalahan:").
pub fn message_line(lang: Lang, msg: &Msg) -> impl IntoView {
    let prefix = msg.severity.prefix(lang);
    let help = (!msg.help.is_empty()).then(|| {
        let help = msg.help.clone();
        view! { <span class="message__help">{help}</span> }
    });
    view! {
        <span class="visually-hidden">{prefix}" "</span>
        <span class="message__text">{msg.text.clone()}</span>
        {help}
    }
}

/// The messages block of a field or group (`id = fields::error_id(ptr)`), rendered only
/// while `shown` and there is something to say.
#[component]
pub fn FieldMessages(
    /// The pointer the messages are about (their block's id comes from it).
    ptr: Signal<String>,
    /// The messages.
    msgs: Memo<Vec<Msg>>,
    /// Whether they are shown yet.
    shown: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        if !shown.get() || msgs.with(Vec::is_empty) {
            return None;
        }
        let l = lang.get();
        let lines = msgs
            .get()
            .into_iter()
            .map(|m| {
                let class = severity_class(m.severity);
                view! { <p class=class>{message_line(l, &m)}</p> }
            })
            .collect_view();
        Some(view! {
            <div class="field__messages" id=sig(move || fields::error_id(&ptr.get()))>{lines}</div>
        })
    }
}

/// `aria-describedby` of a control: its hint (if any) and its messages (when shown).
pub fn described_by(
    ptr: Signal<String>,
    has_hint: bool,
    msgs: Memo<Vec<Msg>>,
    shown: Signal<bool>,
) -> Signal<Option<String>> {
    sig(move || {
        let p = ptr.get();
        let mut ids = Vec::new();
        if has_hint {
            ids.push(fields::hint_id(&p));
        }
        if shown.get() && !msgs.with(Vec::is_empty) {
            ids.push(fields::error_id(&p));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

/// True when an error is among the shown messages (`aria-invalid`).
pub fn invalid(msgs: Memo<Vec<Msg>>, shown: Signal<bool>) -> Signal<Option<&'static str>> {
    sig(move || {
        (shown.get() && msgs.with(|m| m.iter().any(|x| x.severity == Severity::Error)))
            .then_some("true")
    })
}

/// The highest severity shown (for the field's CSS class).
pub fn field_class(
    base: &'static str,
    msgs: Memo<Vec<Msg>>,
    shown: Signal<bool>,
) -> Signal<String> {
    sig(move || {
        let worst = if shown.get() {
            msgs.with(|m| m.iter().map(|x| x.severity).max())
        } else {
            None
        };
        match worst {
            Some(Severity::Error) => format!("{base} field--error"),
            Some(Severity::Warning) => format!("{base} field--warning"),
            _ => base.to_string(),
        }
    })
}

/// A labelled text input or textarea bound to one string of the model.
#[component]
pub fn TextField(
    /// The document pointer of the value (its id comes from it).
    #[prop(into)]
    ptr: Signal<String>,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The value in the model.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    on_input: Callback<String>,
    /// Hint under the label.
    #[prop(optional_no_strip)]
    hint: Option<Signal<String>>,
    /// A textarea with this many rows instead of an input (0: an input).
    #[prop(optional)]
    rows: u32,
    /// `inputmode` (e.g. `numeric`).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// `autocomplete` (default `off`).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// Takes the whole width (list items).
    #[prop(optional)]
    wide: bool,
    /// A date: a date picker beside the input ([`super::dates`]).
    #[prop(optional)]
    date: bool,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let id = sig(move || fields::field_id(&ptr.get()));
    let has_hint = hint.is_some();
    let describedby = described_by(ptr, has_hint, msgs, shown);
    let aria_invalid = invalid(msgs, shown);
    let base = match (wide, date) {
        (true, _) => "field field--wide",
        (false, true) => "field field--date",
        (false, false) => "field",
    };
    let wrapper = field_class(base, msgs, shown);
    let hint_view = hint.map(|h| {
        view! { <p class="hint" id=sig(move || fields::hint_id(&ptr.get()))>{h}</p> }
    });
    let autocomplete = autocomplete.unwrap_or("off");
    let control = match rows {
        1.. => view! {
            <textarea
                id=id
                class="textarea"
                rows=rows
                autocomplete=autocomplete
                prop:value=value
                aria-describedby=describedby
                aria-invalid=aria_invalid
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=move |_| ed.touch(touched)
            ></textarea>
        }
        .into_any(),
        0 => view! {
            <input
                type="text"
                id=id
                class="input"
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                prop:value=value
                aria-describedby=describedby
                aria-invalid=aria_invalid
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=move |_| ed.touch(touched)
            />
        }
        .into_any(),
    };
    // A date's picker follows its input in the field (`field--date` sets them side by side).
    let picker = date.then(|| {
        date_picker(ptr, label, value, on_input, describedby, move || {
            ed.touch(touched)
        })
    });
    view! {
        <div class=wrapper>
            <label class="label" for=id>{label}</label>
            {hint_view}
            <FieldMessages ptr msgs shown/>
            {control}
            {picker}
        </div>
    }
    .into_any()
}

/// The date picker beside a date's text input: named after the field ("Tanggal
/// Pembuatan, pilih di kalender"), described by the field's hint and messages, showing
/// the day the text names and writing a picked day in the long form ([`super::dates`]).
fn date_picker(
    ptr: Signal<String>,
    label: Signal<String>,
    value: Signal<String>,
    on_input: Callback<String>,
    describedby: Signal<Option<String>>,
    on_blur: impl Fn() + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let id = sig(move || format!("{}-kalender", fields::field_id(&ptr.get())));
    let name = sig(move || format!("{}, {}", label.get(), T::DatePicker.get(lang.get())));
    let day = sig(move || dates::picker_value(&value.get()));
    view! {
        <input
            type="date"
            id=id
            class="input input--date"
            aria-label=name
            prop:value=day
            aria-describedby=describedby
            on:input:target=move |ev| {
                if let Some(long) = dates::from_picker(&ev.target().value()) {
                    on_input.run(long);
                }
            }
            on:blur=move |_| on_blur()
        />
    }
}

/// One `<option>` of a [`SelectField`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Choice {
    /// The value written to the model.
    pub value: String,
    /// What the user reads.
    pub label: String,
}

impl Choice {
    /// A choice.
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

/// A labelled `<select>`; the options are reactive (e.g. the step numbers) and the
/// current value is marked with the `selected` property (set after the options exist).
#[component]
pub fn SelectField(
    /// The document pointer of the value.
    #[prop(into)]
    ptr: Signal<String>,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The options.
    #[prop(into)]
    choices: Signal<Vec<Choice>>,
    /// The current value (one of the choices' values).
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
    /// Hint under the label.
    #[prop(optional_no_strip)]
    hint: Option<Signal<String>>,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let id = sig(move || fields::field_id(&ptr.get()));
    let describedby = described_by(ptr, hint.is_some(), msgs, shown);
    let aria_invalid = invalid(msgs, shown);
    let wrapper = field_class("field", msgs, shown);
    let hint_view = hint.map(|h| {
        view! { <p class="hint" id=sig(move || fields::hint_id(&ptr.get()))>{h}</p> }
    });
    view! {
        <div class=wrapper>
            <label class="label" for=id>{label}</label>
            {hint_view}
            <FieldMessages ptr msgs shown/>
            <select
                id=id
                class="select"
                aria-describedby=describedby
                aria-invalid=aria_invalid
                on:change:target=move |ev| on_change.run(ev.target().value())
                on:blur=move |_| ed.touch(touched)
            >
                {keyed_list(
                    move || choices.get(),
                    // The label too: a relabelled choice (another language) is redrawn.
                    |c: &Choice| (format!("{}\n{}", c.value, c.label), 0),
                    move |choice: Choice| {
                        let v = choice.value.clone();
                        view! {
                            <option
                                value=choice.value.clone()
                                prop:selected=sig(move || value.with(|cur| *cur == v))
                            >
                                {choice.label.clone()}
                            </option>
                        }
                    },
                )}
            </select>
        </div>
    }
    .into_any()
}

/// Where a repeating list of texts lives in the model.
#[derive(Clone, Copy)]
pub struct ListAccess {
    /// The list.
    pub get: fn(&sop_core::Sop) -> &Vec<String>,
    /// The list, mutably.
    pub get_mut: fn(&mut sop_core::Sop) -> &mut Vec<String>,
}

/// A repeating list of texts (dasar hukum, kualifikasi …): one labelled field per item
/// with a remove button named after the item, and an add button. The list's own
/// findings (e.g. "Dasar hukum belum diisi") show under its legend.
#[component]
pub fn StringList(
    /// The list's pointer (`/dasar_hukum`).
    pointer: &'static str,
    /// The legend, also the item label ("Dasar Hukum 2").
    title: T,
    /// The add button's text.
    add: T,
    /// Access to the list.
    access: ListAccess,
    /// Hint under the legend.
    #[prop(optional)]
    hint: Option<T>,
    /// Textareas of this many rows instead of inputs (0: inputs).
    #[prop(optional)]
    rows: u32,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let len = Memo::new(move |_| ed.sop.with(|s| (access.get)(s).len()));
    let group_touched = RwSignal::new(false);
    let ptr = Signal::derive(move || pointer.to_string());
    let shown = Signal::derive(move || group_touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, hint.is_some(), msgs, shown);
    let wrapper = field_class("fieldset list", msgs, shown);
    let hint_view = hint.map(|h| {
        view! { <p class="hint" id=fields::hint_id(pointer)>{tr(h)}</p> }
    });
    let add_item = move |_| {
        let index = len.get_untracked();
        ed.sop.update(|s| (access.get_mut)(s).push(String::new()));
        ed.focus_later(fields::field_id(&fields::item(pointer, index)));
    };
    let remove_item = move |index: usize| {
        ed.sop.update(|s| {
            let list = (access.get_mut)(s);
            if index < list.len() {
                list.remove(index);
            }
        });
        ed.focus_after_remove(pointer, index, len.get_untracked());
    };
    view! {
        <fieldset
            class=wrapper
            aria-describedby=describedby
            on:focusout=move |_| ed.touch(group_touched)
        >
            <legend class="legend">{tr(title)}</legend>
            {hint_view}
            <FieldMessages ptr msgs shown/>
            <ol class="list__items">
                {keyed_list(
                    move || 0..len.get(),
                    index_key,
                    move |index: usize| {
                        let item_ptr = fields::item(pointer, index);
                        let label = Signal::derive(move || {
                            i18n::item_label(lang.get(), title, index + 1)
                        });
                        let value = Memo::new(move |_| {
                            ed.sop.with(|s| (access.get)(s).get(index).cloned().unwrap_or_default())
                        });
                        let on_input = Callback::new(move |v: String| {
                            ed.sop.update(|s| {
                                if let Some(item) = (access.get_mut)(s).get_mut(index) {
                                    *item = v;
                                }
                            });
                        });
                        let remove_id = fields::remove_id(&item_ptr);
                        view! {
                            <li class="list__item">
                                <TextField
                                    ptr=item_ptr
                                    label
                                    value
                                    on_input
                                    rows=rows
                                    wide=true
                                />
                                <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    id=remove_id
                                    on:click=move |_| remove_item(index)
                                >
                                    {tr(T::Remove)}
                                    <span class="visually-hidden">" " {label}</span>
                                </button>
                            </li>
                        }
                    },
                )}
            </ol>
            <button
                type="button"
                class="button button--secondary"
                id=fields::add_id(pointer)
                on:click=add_item
            >
                {tr(add)}
            </button>
        </fieldset>
    }
    .into_any()
}

/// A [`TextField`] bound to one string of the model through accessor functions.
pub fn scalar_field(
    pointer: &'static str,
    label: T,
    get: fn(&sop_core::Sop) -> &String,
    get_mut: fn(&mut sop_core::Sop) -> &mut String,
    hint: Option<T>,
    rows: u32,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| ed.sop.with(|s| get(s).clone()));
    let on_input = Callback::new(move |v: String| ed.sop.update(|s| *get_mut(s) = v));
    let hint = hint.map(txt);
    view! { <TextField ptr=pointer.to_string() label=txt(label) value on_input hint rows/> }
}

/// A date of the model through accessor functions: a [`TextField`] with its picker.
pub fn scalar_date(
    pointer: &'static str,
    label: T,
    get: fn(&sop_core::Sop) -> &String,
    get_mut: fn(&mut sop_core::Sop) -> &mut String,
    hint: T,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| ed.sop.with(|s| get(s).clone()));
    let on_input = Callback::new(move |v: String| ed.sop.update(|s| *get_mut(s) = v));
    view! {
        <TextField ptr=pointer.to_string() label=txt(label) value on_input hint=Some(txt(hint)) date=true/>
    }
}
