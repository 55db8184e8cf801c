//! Section 4, *Pengesahan & penerapan*: status, kategori, the three dates, who signs,
//! and the monitoring and evaluation records (the 7 criteria answered ya/tidak).

use leptos::prelude::*;
use sop_core::model::{Category, Criteria, Evaluation, MonitoringRecord, Status};

use super::controls::{
    described_by, field_class, messages_at, scalar_date, scalar_field, Choice, FieldMessages,
    SelectField,
};
use super::ed::Ed;
use super::records::{record_date, record_text, RecordItem, RecordList, Records};
use crate::fields;
use crate::i18n::{self, tr, use_lang, T};
use crate::ui::{sig, txt};

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
            {scalar_date(
                "/identitas/tanggal_pembuatan",
                T::TanggalPembuatan,
                |s| &s.identity.created,
                |s| &mut s.identity.created,
                T::TanggalPembuatanHint,
            )}
            {scalar_date(
                "/identitas/tanggal_revisi",
                T::TanggalRevisi,
                |s| &s.identity.revised,
                |s| &mut s.identity.revised,
                T::TanggalRevisiHint,
            )}
            {scalar_date(
                "/identitas/tanggal_efektif",
                T::TanggalEfektif,
                |s| &s.identity.effective,
                |s| &mut s.identity.effective,
                T::DateHint,
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

/// The monitoring records in the model.
const MONITORING: Records<MonitoringRecord> = Records {
    pointer: "/monitoring",
    list: |s| &s.monitoring,
    list_mut: |s| &mut s.monitoring,
};

/// The evaluations in the model.
const EVALUATIONS: Records<Evaluation> = Records {
    pointer: "/evaluasi",
    list: |s| &s.evaluations,
    list_mut: |s| &mut s.evaluations,
};

/// Appends a default record to `list` and returns its index.
fn push_default<R: Default>(list: &mut Vec<R>) -> usize {
    list.push(R::default());
    list.len() - 1
}

/// Monitoring records (Permenpan RB 35/2012 Tabel 7).
#[component]
fn MonitoringList() -> impl IntoView {
    view! {
        <RecordList
            pointer=MONITORING.pointer
            heading=T::Monitoring
            intro=T::MonitoringIntro
            add=T::AddMonitoring
            list_class="records__items"
            len=|s| s.monitoring.len()
            push=|s| push_default(&mut s.monitoring)
            first_field="tanggal"
            item=|i| view! { <MonitoringEditor i/> }.into_any()
        />
    }
}

#[component]
fn MonitoringEditor(i: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let at = MONITORING.item(i);
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
        // The two answers of Tabel 7, as sop-core's SOP504 knows them.
        let mut out = vec![Choice::new("", T::NotChosen.get(l))];
        out.extend(
            sop_core::labels::ASSESSMENTS
                .iter()
                .map(|(key, label)| Choice::new(*key, label.get(l))),
        );
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
    let field = move |key, label, hint, get: fn(&MonitoringRecord) -> String, set| {
        record_text(MONITORING, i, key, label, hint, 0, get, set)
    };
    view! {
        <RecordItem
            pointer=at.clone()
            title
            item_class="records__item"
            fieldset_class="fieldset"
            on_remove=Callback::new(move |()| MONITORING.remove(ed, i))
        >
            {record_date(MONITORING, i, "tanggal", T::Tanggal, T::DateHint, |r| r.date.clone(), |r, v| r.date = v)}
            <SelectField
                ptr=format!("{at}/penilaian")
                label=txt(T::Penilaian)
                choices
                value=assessment
                on_change=on_assessment
            />
            {field("catatan", T::MonCatatan, None, |r| r.notes.clone(), |r, v| r.notes = v)}
            {field("tindakan", T::MonTindakan, None, |r| r.action.clone(), |r, v| r.action = v)}
            {field("penilai", T::MonPenilai, None, |r| r.assessor.clone(), |r, v| r.assessor = v)}
        </RecordItem>
    }
}

/// Yearly evaluations against the 7 criteria.
#[component]
fn EvaluationList() -> impl IntoView {
    view! {
        <RecordList
            pointer=EVALUATIONS.pointer
            heading=T::Evaluasi
            intro=T::EvaluasiIntro
            add=T::AddEvaluation
            list_class="records__items"
            len=|s| s.evaluations.len()
            push=|s| push_default(&mut s.evaluations)
            first_field="tanggal"
            item=|i| view! { <EvaluationEditor i/> }.into_any()
        />
    }
}

#[component]
fn EvaluationEditor(i: usize) -> impl IntoView {
    let ed = expect_context::<Ed>();
    let lang = use_lang();
    let at = EVALUATIONS.item(i);
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
    let criteria = Criteria::KEYS
        .iter()
        .enumerate()
        .map(|(c, key)| view! { <Criterion i c key/> })
        .collect_view();
    let field = move |key, label, hint, rows, get: fn(&Evaluation) -> String, set| {
        record_text(EVALUATIONS, i, key, label, hint, rows, get, set)
    };
    view! {
        <RecordItem
            pointer=at
            title
            item_class="records__item"
            fieldset_class="fieldset"
            on_remove=Callback::new(move |()| EVALUATIONS.remove(ed, i))
        >
            {record_date(EVALUATIONS, i, "tanggal", T::Tanggal, T::DateHint, |r| r.date.clone(), |r, v| r.date = v)}
            {field("penilai", T::Penilai, None, 0, |r| r.assessor.clone(), |r, v| r.assessor = v)}
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
            {field("catatan", T::Catatan, None, 2, |r| r.notes.clone(), |r, v| r.notes = v)}
        </RecordItem>
    }
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
    let lang = use_lang();
    // The regulation's wording, the same words sop-core's messages quote.
    let criterion = sop_core::labels::criterion(key);
    view! {
        <fieldset class=wrapper aria-describedby=describedby on:focusout=move |_| ed.touch(touched)>
            <legend class="legend legend--small">{move || criterion.map_or(key, |t| t.get(lang.get()))}</legend>
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
