//! Section 3, *Alur kerja*: the steps, keyed by stable keys so that moving a step moves
//! its DOM (and focus, and "touched" state) with it. Each step: nomor, uraian, pelaksana
//! (checkboxes of the lanes), simbol, `ke` (a step or "baris berikutnya"), for a
//! keputusan its two cabang (label + target step), mutu baku, keterangan, and buttons to
//! move it up or down or remove it.

use leptos::prelude::*;
use sop_core::model::{Step, Symbol};

use super::controls::{
    described_by, field_class, messages_at, Choice, FieldMessages, SelectField, TextField,
};
use super::ed::Ed;
use super::state::{self, display_code, lane_of, referencing_steps, set_performer, set_symbol};
use crate::ctx::{AppCtx, ConfirmRequest};
use crate::fields;
use crate::i18n::{self, tr, use_lang, T};
use crate::ui::{index_key, keyed_list, sig, txt, When};

/// Section 3 of the form.
#[component]
pub fn StepsSection() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let touched = RwSignal::new(false);
    let ptr = Signal::derive(|| "/kegiatan".to_string());
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let add = move |_| {
        if let Some(index) = ed.edit_steps(state::add_step) {
            ed.focus_later(fields::field_id(&format!("/kegiatan/{index}/uraian")));
        }
    };
    view! {
        <section
            class="form-section"
            aria-labelledby=fields::field_id("/kegiatan")
            on:focusout=move |_| ed.touch(touched)
        >
            <h2 class="section-heading" id=fields::field_id("/kegiatan") tabindex="-1">
                {tr(T::SecSteps)}
            </h2>
            <p class="section-intro">{tr(T::StepsIntro)}</p>
            <FieldMessages ptr msgs shown/>
            <ol class="steps">
                {keyed_list(
                    move || ed.step_keys.get(),
                    |k: &u64| (String::new(), *k),
                    |key: u64| view! { <StepEditor key/> },
                )}
            </ol>
            <button
                type="button"
                class="button button--secondary"
                id=fields::add_id("/kegiatan")
                on:click=add
            >
                {tr(T::AddStep)}
            </button>
        </section>
    }
    .into_any()
}

/// Reads one value of a step (from its fan-out signal, see `Ed::fan_out`).
fn step_memo<V: PartialEq + Send + Sync + 'static>(
    step: RwSignal<Step>,
    f: fn(&Step) -> V,
) -> Memo<V> {
    Memo::new(move |_| step.with(f))
}

/// Writes a text into the step at row `idx`.
fn step_setter(ed: Ed, idx: Memo<usize>, f: fn(&mut Step, String)) -> Callback<String> {
    Callback::new(move |v: String| {
        let i = idx.get_untracked();
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                f(step, v);
            }
        });
    })
}

/// The choices of a step-number select: a first entry, every step number, and the
/// current value when no step has it.
fn number_choices(
    lang: sop_core::Lang,
    first: Choice,
    numbers: &[u32],
    current: Option<u32>,
) -> Vec<Choice> {
    let mut out = Vec::with_capacity(numbers.len() + 2);
    out.push(first);
    for &n in numbers {
        out.push(Choice::new(n.to_string(), i18n::step_option(lang, n, true)));
    }
    if let Some(c) = current.filter(|c| !numbers.contains(c)) {
        out.push(Choice::new(
            c.to_string(),
            i18n::step_option(lang, c, false),
        ));
    }
    out
}

/// The editor of one step (keyed by `key`; its row is looked up).
#[component]
fn StepEditor(key: u64) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let idx = Memo::new(move |_| {
        ed.step_keys
            .with(|k| k.iter().position(|x| *x == key))
            .unwrap_or(0)
    });
    let at = move |suffix: &'static str| {
        Signal::derive(move || {
            if suffix.is_empty() {
                format!("/kegiatan/{}", idx.get())
            } else {
                format!("/kegiatan/{}/{suffix}", idx.get())
            }
        })
    };
    let count = Memo::new(move |_| ed.step_keys.with(Vec::len));
    let step = RwSignal::from(ed.step_signal(key));
    on_cleanup(move || ed.drop_step_signal(key));
    let number = step_memo(step, |s| s.number);
    let heading = Signal::derive(move || i18n::step_heading(lang.get(), number.get(), idx.get()));
    let symbol_raw = step_memo(step, |s| s.symbol.clone());
    let is_decision =
        Memo::new(move |_| symbol_raw.with(|s| Symbol::from_key(s) == Some(Symbol::Keputusan)));
    let next = step_memo(step, |s| s.next);
    let branch_count = step_memo(step, |s| s.branches.len());

    // Step-level findings (unreachable step, no path to the end…).
    let step_ptr = at("");
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, step_ptr);
    let describedby = described_by(step_ptr, false, msgs, shown);
    let wrapper = field_class("fieldset step", msgs, shown);

    // Nomor: the text as typed (a number being typed is never overwritten); the model
    // gets the number it parses to.
    let number_text = RwSignal::new(
        number
            .get_untracked()
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
    Effect::new(move |_| {
        let n = number.get();
        if number_text.with_untracked(|t| t.trim().parse::<u32>().ok()) != n {
            number_text.set(n.map(|n| n.to_string()).unwrap_or_default());
        }
    });
    let on_number = Callback::new(move |v: String| {
        let parsed = v.trim().parse::<u32>().ok();
        number_text.set(v);
        let i = idx.get_untracked();
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                step.number = parsed;
            }
        });
    });

    let description = step_memo(step, |s| s.description.clone());
    let on_description = step_setter(ed, idx, |s, v| s.description = v);

    // Simbol.
    let symbol_value = Memo::new(move |_| {
        symbol_raw.with(|raw| match Symbol::from_key(raw) {
            _ if raw.trim().is_empty() => Symbol::Proses.key().to_string(),
            Some(s) => s.key().to_string(),
            None => raw.clone(),
        })
    });
    let symbol_choices = Signal::derive(move || {
        let l = lang.get();
        let mut out: Vec<Choice> = Symbol::ALL
            .iter()
            .map(|s| Choice::new(s.key(), i18n::symbol(*s).get(l)))
            .collect();
        symbol_raw.with(|raw| {
            if !raw.trim().is_empty() && Symbol::from_key(raw).is_none() {
                out.push(Choice::new(raw.clone(), i18n::unknown_symbol(l, raw)));
            }
        });
        out
    });
    let on_symbol = Callback::new(move |v: String| {
        let i = idx.get_untracked();
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                set_symbol(step, &v);
            }
        });
    });

    // Ke.
    let next_value = Memo::new(move |_| next.get().map(|n| n.to_string()).unwrap_or_default());
    let next_choices = Signal::derive(move || {
        let l = lang.get();
        ed.step_numbers.with(|numbers| {
            number_choices(l, Choice::new("", T::NextRow.get(l)), numbers, next.get())
        })
    });
    let on_next = Callback::new(move |v: String| {
        let i = idx.get_untracked();
        let target = v.trim().parse::<u32>().ok();
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                step.next = target;
            }
        });
    });

    // Mutu baku and keterangan.
    let requirements = step_memo(step, |s| s.quality.requirements.clone());
    let on_requirements = step_setter(ed, idx, |s, v| s.quality.requirements = v);
    let time = step_memo(step, |s| s.quality.time.clone());
    let on_time = step_setter(ed, idx, |s, v| s.quality.time = v);
    let output = step_memo(step, |s| s.quality.output.clone());
    let on_output = step_setter(ed, idx, |s, v| s.quality.output = v);
    let remarks = step_memo(step, |s| s.remarks.clone());
    let on_remarks = step_setter(ed, idx, |s, v| s.remarks = v);

    // Buttons.
    let move_by = move |up: bool| {
        let from = idx.get_untracked();
        let n = count.get_untracked();
        let to = if up {
            from.checked_sub(1)
        } else {
            (from + 1 < n).then_some(from + 1)
        };
        let Some(to) = to else {
            return;
        };
        ed.edit_steps(|s, keys, _| state::move_step(s, keys, from, to));
        let (same, other) = if up { ("up", "down") } else { ("down", "up") };
        let base = fields::field_id(&format!("/kegiatan/{to}"));
        ed.focus_first_later(vec![format!("{base}-{same}"), format!("{base}-{other}")]);
    };
    let remove = move |_| {
        let i = idx.get_untracked();
        let l = lang.get_untracked();
        let referencing: Vec<String> = ed.sop.with_untracked(|s| {
            referencing_steps(s, i)
                .into_iter()
                .map(|r| {
                    s.steps[r]
                        .number
                        .map_or_else(|| format!("({})", r + 1), |n| n.to_string())
                })
                .collect()
        });
        let name = heading.get_untracked();
        app.confirm.set(Some(ConfirmRequest {
            title: T::RemoveStepTitle.get(l).to_string(),
            body: i18n::remove_step_body(l, &name, &referencing),
            confirm: T::RemoveStepConfirm.get(l).to_string(),
            on_confirm: Callback::new(move |()| {
                let i = idx.get_untracked();
                ed.edit_steps(|s, keys, _| state::remove_step(s, keys, i));
                let n = ed.step_keys.with_untracked(Vec::len);
                let mut targets = Vec::new();
                if i < n {
                    targets.push(fields::field_id(&format!("/kegiatan/{i}")));
                } else if n > 0 {
                    targets.push(fields::field_id(&format!("/kegiatan/{}", n - 1)));
                }
                targets.push(fields::add_id("/kegiatan"));
                ed.focus_first_later(targets);
            }),
        }));
    };

    let button_id = move |what: &'static str| {
        sig(move || {
            format!(
                "{}-{what}",
                fields::field_id(&format!("/kegiatan/{}", idx.get()))
            )
        })
    };

    view! {
        <li class="steps__item">
            <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
                <legend class="legend legend--step">
                    <h3
                        class="step__heading"
                        id=sig(move || fields::field_id(&step_ptr.get()))
                        tabindex="-1"
                    >
                        {heading}
                    </h3>
                </legend>
                <FieldMessages ptr=step_ptr msgs shown/>
                <div class="step__row">
                    <TextField
                        ptr=at("nomor")
                        label=txt(T::Nomor)
                        value=number_text
                        on_input=on_number
                        inputmode="numeric"
                    />
                    <SelectField
                        ptr=at("simbol")
                        label=txt(T::Simbol)
                        choices=symbol_choices
                        value=symbol_value
                        on_change=on_symbol
                    />
                </div>
                <TextField
                    ptr=at("uraian")
                    label=txt(T::Uraian)
                    value=description
                    on_input=on_description
                    rows=2
                />
                <Performers idx step/>
                <When when=sig(move || !is_decision.get() || next.with(Option::is_some))>
                    <SelectField
                        ptr=at("ke")
                        label=txt(T::Ke)
                        choices=next_choices
                        value=next_value
                        on_change=on_next
                    />
                </When>
                <When when=sig(move || { is_decision.get() || branch_count.get() > 0 })>
                    <Branches idx step/>
                </When>
                <fieldset class="fieldset mutu">
                    <legend class="legend">{tr(T::MutuBaku)}</legend>
                    <TextField
                        ptr=at("mutu_baku/kelengkapan")
                        label=txt(T::Kelengkapan)
                        value=requirements
                        on_input=on_requirements
                    />
                    <TextField
                        ptr=at("mutu_baku/waktu")
                        label=txt(T::Waktu)
                        hint=Some(txt(T::WaktuHint))
                        value=time
                        on_input=on_time
                    />
                    <TextField
                        ptr=at("mutu_baku/output")
                        label=txt(T::Output)
                        value=output
                        on_input=on_output
                    />
                </fieldset>
                <TextField
                    ptr=at("keterangan")
                    label=txt(T::Keterangan)
                    value=remarks
                    on_input=on_remarks
                    rows=2
                />
                <div class="button-group step__actions">
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        id=button_id("up")
                        disabled=sig(move || idx.get() == 0)
                        on:click=move |_| move_by(true)
                    >
                        {tr(T::MoveUp)}
                        <span class="visually-hidden">" " {heading}</span>
                    </button>
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        id=button_id("down")
                        disabled=sig(move || idx.get() + 1 >= count.get())
                        on:click=move |_| move_by(false)
                    >
                        {tr(T::MoveDown)}
                        <span class="visually-hidden">" " {heading}</span>
                    </button>
                    <button
                        type="button"
                        class="button button--warning button--small"
                        id=button_id("remove")
                        on:click=remove
                    >
                        {tr(T::Remove)}
                        <span class="visually-hidden">" " {heading}</span>
                    </button>
                </div>
            </fieldset>
        </li>
    }
    .into_any()
}

/// The pelaksana of a step: a checkbox per lane, and each entry that names no lane with
/// a button to drop it.
#[component]
fn Performers(idx: Memo<usize>, step: RwSignal<Step>) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let ptr = Signal::derive(move || format!("/kegiatan/{}/pelaksana", idx.get()));
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, true, msgs, shown);
    let wrapper = field_class("fieldset checkboxes", msgs, shown);
    let performers = step_memo(step, |s| s.performers.clone());
    // The lane each entry names (None: unknown).
    let resolved = Memo::new(move |_| {
        ed.lanes.with(|lanes| {
            performers.with(|p| p.iter().map(|x| lane_of(lanes, x)).collect::<Vec<_>>())
        })
    });
    let lane_count = Memo::new(move |_| ed.lanes.with(Vec::len));
    let unknown = Memo::new(move |_| {
        performers.with(|p| {
            resolved.with(|r| {
                p.iter()
                    .zip(r)
                    .enumerate()
                    .filter(|(_, (_, lane))| lane.is_none())
                    .map(|(e, (raw, _))| (e, raw.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let checkbox_id = move |j: usize| {
        let base = fields::field_id(&ptr.get());
        if j == 0 {
            base
        } else {
            format!("{base}-lane-{j}")
        }
    };
    let go_to_lanes = move |_| ed.focus_later(fields::add_id("/pelaksana"));
    view! {
        <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
            <legend class="legend">{tr(T::Pelaksana)}</legend>
            <p class="hint" id=sig(move || fields::hint_id(&ptr.get()))>{tr(T::PelaksanaHint)}</p>
            <FieldMessages ptr msgs shown/>
            <When when=sig(move || lane_count.get() == 0)>
                <p class="hint">{tr(T::NoLanesYet)}</p>
                <button
                    type="button"
                    class="link-button"
                    id=sig(move || fields::field_id(&ptr.get()))
                    on:click=go_to_lanes
                >
                    {tr(T::GoToLanes)}
                </button>
            </When>
            <div class="checkboxes__items">
                {keyed_list(
                    move || 0..lane_count.get(),
                    index_key,
                    move |j: usize| {
                        let checked = Memo::new(move |_| resolved.with(|r| r.contains(&Some(j))));
                        let label = sig(move || {
                            ed.lanes
                                .with(|lanes| {
                                    lanes
                                        .get(j)
                                        .map(|l| i18n::lane_display(lang.get(), &l.name, display_code(l), j + 1))
                                })
                                .unwrap_or_default()
                        });
                        let on_change = move |ev: leptos::ev::Event| {
                            let on = event_target_checked(&ev);
                            let i = idx.get_untracked();
                            ed.sop.update(|s| {
                                let lanes = s.lanes.clone();
                                if let Some(step) = s.steps.get_mut(i) {
                                    set_performer(step, &lanes, j, on);
                                }
                            });
                        };
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    class="checkbox__input"
                                    id=sig(move || checkbox_id(j))
                                    prop:checked=checked
                                    on:change=on_change
                                />
                                <label class="checkbox__label" for=sig(move || checkbox_id(j))>
                                    {label}
                                </label>
                            </div>
                        }
                    },
                )}
            </div>
            {keyed_list(
                move || unknown.get(),
                |(e, raw): &(usize, String)| (raw.clone(), *e as u64),
                move |(e, raw): (usize, String)| {
                    let entry_ptr = Signal::derive(move || {
                        format!("/kegiatan/{}/pelaksana/{e}", idx.get())
                    });
                    let entry_msgs = messages_at(ed, entry_ptr);
                    let raw_label = raw.clone();
                    let raw_button = raw.clone();
                    let raw_drop = raw.clone();
                    view! {
                        <div class="unknown-entry">
                            <FieldMessages ptr=entry_ptr msgs=entry_msgs shown/>
                            <p class="unknown-entry__text">
                                {sig(move || i18n::unknown_performer(lang.get(), &raw_label))}
                            </p>
                            <button
                                type="button"
                                class="button button--secondary button--small"
                                id=sig(move || fields::field_id(&entry_ptr.get()))
                                on:click=move |_| {
                                    let i = idx.get_untracked();
                                    ed.sop.update(|s| {
                                        if let Some(step) = s.steps.get_mut(i) {
                                            if step.performers.get(e) == Some(&raw_drop) {
                                                step.performers.remove(e);
                                            }
                                        }
                                    });
                                }
                            >
                                {sig(move || i18n::drop_performer(lang.get(), &raw_button))}
                            </button>
                        </div>
                    }
                },
            )}
        </fieldset>
    }
    .into_any()
}

/// The cabang of a keputusan: label and target step of each, add/remove.
#[component]
fn Branches(idx: Memo<usize>, step: RwSignal<Step>) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let ptr = Signal::derive(move || format!("/kegiatan/{}/cabang", idx.get()));
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, false, msgs, shown);
    let wrapper = field_class("fieldset branches", msgs, shown);
    let len = step_memo(step, |s| s.branches.len());
    let add = move |_| {
        let i = idx.get_untracked();
        let mut b = 0;
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                step.branches.push(Default::default());
                b = step.branches.len() - 1;
            }
        });
        ed.focus_later(fields::field_id(&format!("/kegiatan/{i}/cabang/{b}/label")));
    };
    view! {
        <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
            <legend class="legend">
                <span id=sig(move || fields::field_id(&ptr.get())) tabindex="-1">{tr(T::Cabang)}</span>
            </legend>
            <FieldMessages ptr msgs shown/>
            {keyed_list(move || 0..len.get(), index_key, move |b: usize| view! { <Branch idx step b/> })}
            <When when=sig(move || { len.get() < 2 })>
                <button
                    type="button"
                    class="button button--secondary button--small"
                    id=sig(move || format!("{}-add", fields::field_id(&ptr.get())))
                    on:click=add
                >
                    {tr(T::AddBranch)}
                    <span class="visually-hidden">
                        " " {sig(move || i18n::step_heading(lang.get(), None, idx.get()))}
                    </span>
                </button>
            </When>
        </fieldset>
    }
    .into_any()
}

/// One cabang.
#[component]
fn Branch(idx: Memo<usize>, step: RwSignal<Step>, b: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let at = Signal::derive(move || format!("/kegiatan/{}/cabang/{b}", idx.get()));
    let title = Signal::derive(move || i18n::branch_label(lang.get(), b + 1));
    let title_id = sig(move || fields::field_id(&at.get()));
    let label = Memo::new(move |_| {
        step.with(|st| {
            st.branches
                .get(b)
                .map(|br| br.label.clone())
                .unwrap_or_default()
        })
    });
    let target = Memo::new(move |_| step.with(|st| st.branches.get(b).and_then(|br| br.target)));
    let edit = move |f: &dyn Fn(&mut sop_core::model::Branch)| {
        let i = idx.get_untracked();
        ed.sop.update(|s| {
            if let Some(br) = s.steps.get_mut(i).and_then(|st| st.branches.get_mut(b)) {
                f(br);
            }
        });
    };
    let on_label = Callback::new(move |v: String| edit(&|br| br.label = v.clone()));
    let target_value = Memo::new(move |_| target.get().map(|n| n.to_string()).unwrap_or_default());
    let target_choices = Signal::derive(move || {
        let l = lang.get();
        ed.step_numbers.with(|numbers| {
            number_choices(
                l,
                Choice::new("", T::ChooseStep.get(l)),
                numbers,
                target.get(),
            )
        })
    });
    let on_target = Callback::new(move |v: String| {
        let t = v.trim().parse::<u32>().ok();
        edit(&|br| br.target = t);
    });
    let remove = move |_| {
        let i = idx.get_untracked();
        ed.sop.update(|s| {
            if let Some(step) = s.steps.get_mut(i) {
                if b < step.branches.len() {
                    step.branches.remove(b);
                }
            }
        });
        let base = fields::field_id(&format!("/kegiatan/{i}/cabang"));
        ed.focus_first_later(vec![
            format!("{base}-0-remove"),
            format!("{base}-add"),
            base,
        ]);
    };
    view! {
        <div class="branch" role="group" aria-labelledby=title_id>
            <p class="branch__title" id=title_id tabindex="-1">
                {title}
            </p>
            <div class="step__row">
                <TextField
                    ptr=Signal::derive(move || format!("{}/label", at.get()))
                    label=txt(T::BranchLabel)
                    value=label
                    on_input=on_label
                />
                <SelectField
                    ptr=Signal::derive(move || format!("{}/ke", at.get()))
                    label=txt(T::BranchTarget)
                    choices=target_choices
                    value=target_value
                    on_change=on_target
                />
            </div>
            <button
                type="button"
                class="button button--secondary button--small"
                id=sig(move || format!("{}-remove", fields::field_id(&at.get())))
                on:click=remove
            >
                {tr(T::Remove)}
                <span class="visually-hidden">" " {title}</span>
            </button>
        </div>
    }
    .into_any()
}
