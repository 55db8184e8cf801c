//! Section 4, *Pengesahan & penerapan*: status, kategori, the three dates, who signs,
//! and the monitoring and evaluation records (the 7 criteria answered ya/tidak).

use leptos::prelude::*;
use sop_core::model::{Category, Criteria, Evaluation, MonitoringRecord, Status};

use super::controls::{
    described_by, field_class, messages_at, scalar_field, sig, txt, Choice, FieldMessages,
    SelectField, TextField,
};
use super::Ed;
use crate::fields;
use crate::i18n::{self, tr, use_lang, CRITERIA, T};

/// Section 4 of the form.
#[component]
pub fn ApprovalSection() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let status_value = Memo::new(move |_| ed.sop.with(|s| s.status.key().to_string()));
    let status_choices = Signal::derive(move || {
        let l = lang.get();
        Status::ALL
            .iter()
            .map(|s| Choice::new(s.key(), i18n::status(*s).get(l)))
            .collect::<Vec<_>>()
    });
    let on_status = Callback::new(move |v: String| {
        if let Some(status) = Status::from_key(&v) {
            ed.sop.update(|s| s.status = status);
        }
    });
    let category_value = Memo::new(move |_| ed.sop.with(|s| s.category.key().to_string()));
    let category_choices = Signal::derive(move || {
        let l = lang.get();
        Category::ALL
            .iter()
            .map(|c| Choice::new(c.key(), i18n::category(*c).get(l)))
            .collect::<Vec<_>>()
    });
    let on_category = Callback::new(move |v: String| {
        if let Some(category) = Category::from_key(&v) {
            ed.sop.update(|s| s.category = category);
        }
    });
    let signer = "/identitas/disahkan_oleh";
    view! {
        <section class="form-section" aria-labelledby="s-pengesahan">
            <h2 class="section-heading" id="s-pengesahan" tabindex="-1">
                {tr(T::SecApproval)}
            </h2>
            <div class="step__row">
                <SelectField
                    ptr="/status".to_string()
                    label=txt(T::StatusLabel)
                    hint=Some(txt(T::StatusHint))
                    choices=status_choices
                    value=status_value
                    on_change=on_status
                />
                <SelectField
                    ptr="/kategori".to_string()
                    label=txt(T::CategoryLabel)
                    choices=category_choices
                    value=category_value
                    on_change=on_category
                />
            </div>
            {scalar_field(
                "/identitas/tanggal_pembuatan",
                T::TanggalPembuatan,
                |s| &s.identity.created,
                |s| &mut s.identity.created,
                Some(T::DateHint),
                0,
            )}
            {scalar_field(
                "/identitas/tanggal_revisi",
                T::TanggalRevisi,
                |s| &s.identity.revised,
                |s| &mut s.identity.revised,
                Some(T::TanggalRevisiHint),
                0,
            )}
            {scalar_field(
                "/identitas/tanggal_efektif",
                T::TanggalEfektif,
                |s| &s.identity.effective,
                |s| &mut s.identity.effective,
                Some(T::DateHint),
                0,
            )}
            <fieldset class="fieldset">
                <legend class="legend">
                    <span id=fields::field_id(signer) tabindex="-1">{tr(T::DisahkanOleh)}</span>
                </legend>
                {scalar_field(
                    "/identitas/disahkan_oleh/jabatan",
                    T::Jabatan,
                    |s| &s.identity.approved_by.position,
                    |s| &mut s.identity.approved_by.position,
                    None,
                    0,
                )}
                {scalar_field(
                    "/identitas/disahkan_oleh/nama",
                    T::SignerName,
                    |s| &s.identity.approved_by.name,
                    |s| &mut s.identity.approved_by.name,
                    None,
                    0,
                )}
                {scalar_field(
                    "/identitas/disahkan_oleh/nip",
                    T::Nip,
                    |s| &s.identity.approved_by.nip,
                    |s| &mut s.identity.approved_by.nip,
                    Some(T::NipHint),
                    0,
                )}
            </fieldset>
            <MonitoringList/>
            <EvaluationList/>
        </section>
    }
    .into_any()
}

/// A record list's heading, intro, list-level findings and add button around its items.
fn record_group_state(
    ed: Ed,
    pointer: &'static str,
) -> (
    Signal<String>,
    Memo<Vec<super::Msg>>,
    Signal<bool>,
    RwSignal<bool>,
) {
    let touched = RwSignal::new(false);
    let ptr = Signal::derive(move || pointer.to_string());
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    (ptr, messages_at(ed, ptr), shown, touched)
}

/// Monitoring records (Permenpan RB 35/2012 Tabel 7).
#[component]
fn MonitoringList() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let pointer = "/monitoring";
    let (ptr, msgs, shown, touched) = record_group_state(ed, pointer);
    let len = Memo::new(move |_| ed.sop.with(|s| s.monitoring.len()));
    let add = move |_| {
        let i = len.get_untracked();
        ed.sop
            .update(|s| s.monitoring.push(MonitoringRecord::default()));
        ed.focus_later(fields::field_id(&format!("{pointer}/{i}/tanggal")));
    };
    view! {
        <div class="records" on:focusout=move |_| ed.touch(touched)>
            <h3 class="records__heading" id=fields::field_id(pointer) tabindex="-1">
                {tr(T::Monitoring)}
            </h3>
            <p class="section-intro">{tr(T::MonitoringIntro)}</p>
            <FieldMessages ptr msgs shown/>
            <ol class="records__items">
                <For each=move || 0..len.get() key=|i| *i let:i>
                    <MonitoringEditor i/>
                </For>
            </ol>
            <button
                type="button"
                class="button button--secondary"
                id=fields::add_id(pointer)
                on:click=add
            >
                {tr(T::AddMonitoring)}
            </button>
        </div>
    }
    .into_any()
}

fn monitoring_field(
    i: usize,
    key: &'static str,
    label: T,
    get: fn(&MonitoringRecord) -> String,
    set: fn(&mut MonitoringRecord, String),
    hint: Option<T>,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| {
        ed.sop
            .with(|s| s.monitoring.get(i).map(get).unwrap_or_default())
    });
    let on_input = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            if let Some(r) = s.monitoring.get_mut(i) {
                set(r, v);
            }
        });
    });
    view! {
        <TextField
            ptr=format!("/monitoring/{i}/{key}")
            label=txt(label)
            hint=hint.map(txt)
            value
            on_input
        />
    }
}

#[component]
fn MonitoringEditor(i: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let at = format!("/monitoring/{i}");
    let title = Signal::derive(move || i18n::monitoring_label(lang.get(), i + 1));
    let assessment = Memo::new(move |_| {
        ed.sop.with(|s| {
            s.monitoring
                .get(i)
                .map(|r| r.assessment.clone())
                .unwrap_or_default()
        })
    });
    let choices = Signal::derive(move || {
        let l = lang.get();
        let mut out = vec![
            Choice::new("", T::NotChosen.get(l)),
            Choice::new("berjalan_baik", T::BerjalanBaik.get(l)),
            Choice::new("tidak_berjalan_baik", T::TidakBerjalanBaik.get(l)),
        ];
        assessment.with(|a| {
            if !out.iter().any(|c| c.value == *a) {
                out.push(Choice::new(a.clone(), a.clone()));
            }
        });
        out
    });
    let on_assessment = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            if let Some(r) = s.monitoring.get_mut(i) {
                r.assessment = v;
            }
        });
    });
    let remove = move |_| {
        ed.sop.update(|s| {
            if i < s.monitoring.len() {
                s.monitoring.remove(i);
            }
        });
        ed.focus_first_later(vec![
            format!("{}-remove", fields::field_id(&format!("/monitoring/{i}"))),
            fields::add_id("/monitoring"),
        ]);
    };
    view! {
        <li class="records__item">
            <fieldset class="fieldset">
                <legend class="legend">
                    <span id=fields::field_id(&at) tabindex="-1">{title}</span>
                </legend>
                {monitoring_field(i, "tanggal", T::Tanggal, |r| r.date.clone(), |r, v| r.date = v, Some(T::DateHint))}
                <SelectField
                    ptr=format!("{at}/penilaian")
                    label=txt(T::Penilaian)
                    choices
                    value=assessment
                    on_change=on_assessment
                />
                {monitoring_field(i, "catatan", T::Catatan, |r| r.notes.clone(), |r, v| r.notes = v, None)}
                {monitoring_field(i, "tindakan", T::Tindakan, |r| r.action.clone(), |r, v| r.action = v, None)}
                {monitoring_field(i, "penilai", T::Penilai, |r| r.assessor.clone(), |r, v| r.assessor = v, None)}
                <button
                    type="button"
                    class="button button--secondary button--small"
                    id=format!("{}-remove", fields::field_id(&at))
                    on:click=remove
                >
                    {tr(T::Remove)}
                    <span class="visually-hidden">" " {title}</span>
                </button>
            </fieldset>
        </li>
    }
    .into_any()
}

/// Yearly evaluations against the 7 criteria.
#[component]
fn EvaluationList() -> impl IntoView {
    let ed = expect_context::<Ed>();
    let pointer = "/evaluasi";
    let (ptr, msgs, shown, touched) = record_group_state(ed, pointer);
    let len = Memo::new(move |_| ed.sop.with(|s| s.evaluations.len()));
    let add = move |_| {
        let i = len.get_untracked();
        ed.sop.update(|s| s.evaluations.push(Evaluation::default()));
        ed.focus_later(fields::field_id(&format!("{pointer}/{i}/tanggal")));
    };
    view! {
        <div class="records" on:focusout=move |_| ed.touch(touched)>
            <h3 class="records__heading" id=fields::field_id(pointer) tabindex="-1">
                {tr(T::Evaluasi)}
            </h3>
            <p class="section-intro">{tr(T::EvaluasiIntro)}</p>
            <FieldMessages ptr msgs shown/>
            <ol class="records__items">
                <For each=move || 0..len.get() key=|i| *i let:i>
                    <EvaluationEditor i/>
                </For>
            </ol>
            <button
                type="button"
                class="button button--secondary"
                id=fields::add_id(pointer)
                on:click=add
            >
                {tr(T::AddEvaluation)}
            </button>
        </div>
    }
    .into_any()
}

fn evaluation_field(
    i: usize,
    key: &'static str,
    label: T,
    get: fn(&Evaluation) -> String,
    set: fn(&mut Evaluation, String),
    hint: Option<T>,
    rows: u32,
) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let value = Memo::new(move |_| {
        ed.sop
            .with(|s| s.evaluations.get(i).map(get).unwrap_or_default())
    });
    let on_input = Callback::new(move |v: String| {
        ed.sop.update(|s| {
            if let Some(r) = s.evaluations.get_mut(i) {
                set(r, v);
            }
        });
    });
    view! {
        <TextField
            ptr=format!("/evaluasi/{i}/{key}")
            label=txt(label)
            hint=hint.map(txt)
            value
            on_input
            rows
        />
    }
}

#[component]
fn EvaluationEditor(i: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let at = format!("/evaluasi/{i}");
    let title = Signal::derive(move || i18n::evaluation_label(lang.get(), i + 1));
    let criteria_ptr = format!("{at}/kriteria");
    let (cptr, cmsgs, cshown, ctouched) = {
        let touched = RwSignal::new(false);
        let p = criteria_ptr.clone();
        let ptr = Signal::derive(move || p.clone());
        let shown = Signal::derive(move || touched.get() || ed.show_all.get());
        (ptr, messages_at(ed, ptr), shown, touched)
    };
    let describedby = described_by(cptr, false, cmsgs, cshown);
    let wrapper = field_class("fieldset criteria", cmsgs, cshown);
    let remove = move |_| {
        ed.sop.update(|s| {
            if i < s.evaluations.len() {
                s.evaluations.remove(i);
            }
        });
        ed.focus_first_later(vec![
            format!("{}-remove", fields::field_id(&format!("/evaluasi/{i}"))),
            fields::add_id("/evaluasi"),
        ]);
    };
    let criteria = Criteria::KEYS
        .iter()
        .enumerate()
        .map(|(c, key)| view! { <Criterion i c key/> })
        .collect_view();
    view! {
        <li class="records__item">
            <fieldset class="fieldset">
                <legend class="legend">
                    <span id=fields::field_id(&at) tabindex="-1">{title}</span>
                </legend>
                {evaluation_field(i, "tanggal", T::Tanggal, |r| r.date.clone(), |r, v| r.date = v, Some(T::DateHint), 0)}
                {evaluation_field(i, "penilai", T::Penilai, |r| r.assessor.clone(), |r, v| r.assessor = v, None, 0)}
                <fieldset
                    class=wrapper
                    aria-describedby=describedby
                    on:focusout=move |_| ed.touch(ctouched)
                >
                    <legend class="legend">
                        <span id=fields::field_id(&criteria_ptr) tabindex="-1">
                            {tr(T::Kriteria)}
                        </span>
                    </legend>
                    <FieldMessages ptr=cptr msgs=cmsgs shown=cshown/>
                    {criteria}
                </fieldset>
                {evaluation_field(i, "catatan", T::Catatan, |r| r.notes.clone(), |r, v| r.notes = v, None, 2)}
                <button
                    type="button"
                    class="button button--secondary button--small"
                    id=format!("{}-remove", fields::field_id(&at))
                    on:click=remove
                >
                    {tr(T::Remove)}
                    <span class="visually-hidden">" " {title}</span>
                </button>
            </fieldset>
        </li>
    }
    .into_any()
}

/// One criterion: a ya/tidak radio pair in its own fieldset.
#[component]
fn Criterion(i: usize, c: usize, key: &'static str) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let pointer = format!("/evaluasi/{i}/kriteria/{key}");
    let ptr = Signal::derive({
        let p = pointer.clone();
        move || p.clone()
    });
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || touched.get() || ed.show_all.get());
    let msgs = messages_at(ed, ptr);
    let describedby = described_by(ptr, false, msgs, shown);
    let wrapper = field_class("fieldset radios", msgs, shown);
    let answer = Memo::new(move |_| {
        ed.sop.with(|s| {
            s.evaluations
                .get(i)
                .map(|e| e.criteria.answers()[c].trim().to_lowercase())
                .unwrap_or_default()
        })
    });
    let set = move |v: &'static str| {
        ed.sop.update(|s| {
            if let Some(a) = s
                .evaluations
                .get_mut(i)
                .and_then(|e| e.criteria.answer_mut(c))
            {
                *a = v.to_string();
            }
        });
    };
    let yes_id = fields::field_id(&pointer);
    let no_id = format!("{yes_id}-tidak");
    let name = yes_id.clone();
    let criterion = CRITERIA[c];
    view! {
        <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
            <legend class="legend legend--small">{tr(criterion)}</legend>
            <FieldMessages ptr msgs shown/>
            <div class="radios__items">
                <div class="radio">
                    <input
                        type="radio"
                        class="radio__input"
                        id=yes_id.clone()
                        name=name.clone()
                        value="ya"
                        prop:checked=sig(move || answer.with(|a| a == "ya"))
                        on:change=move |_| set("ya")
                    />
                    <label class="radio__label" for=yes_id.clone()>{tr(T::Ya)}</label>
                </div>
                <div class="radio">
                    <input
                        type="radio"
                        class="radio__input"
                        id=no_id.clone()
                        name=name
                        value="tidak"
                        prop:checked=sig(move || answer.with(|a| a == "tidak"))
                        on:change=move |_| set("tidak")
                    />
                    <label class="radio__label" for=no_id>{tr(T::Tidak)}</label>
                </div>
            </div>
        </fieldset>
    }
}
