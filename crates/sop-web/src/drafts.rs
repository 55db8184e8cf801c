//! The drafts list: create a draft (empty, or from one of sop-core's six templates),
//! import a file as a new draft, and open, duplicate or delete (after a confirmation)
//! the drafts stored on this device.

use leptos::prelude::*;
use sop_core::model::Category;

use crate::ctx::{template_sop, AppCtx, ConfirmRequest, DRAFTS_HEADING_ID as HEADING_ID};
use crate::i18n::{self, tr, use_lang, T};
use crate::io::{ImportControl, ImportTarget, Imported};
use crate::platform;
use crate::storage::DraftMeta;
use crate::ui::{keyed_list, sig, When};

/// The drafts list screen.
#[component]
pub fn DraftsList() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let drafts = RwSignal::new(app.store.with_value(|s| s.list()));
    let refresh = move || {
        drafts.set(app.store.with_value(|s| s.list()));
        app.collect_store_notices();
    };
    let template = RwSignal::new(Category::LayananInformasiPublik.key().to_string());

    if app.page {
        Effect::new(move |_| {
            let l = lang.get();
            platform::set_document_title(&i18n::page_title(l, T::DraftsHeading.get(l), false));
        });
    }

    let new_empty = move |_| app.create_and_open(&sop_core::Sop::new_draft());
    let new_from_template = move |_| {
        let category = Category::from_key(&template.get_untracked()).unwrap_or_default();
        app.create_and_open(&template_sop(category));
    };
    let on_import = Callback::new(move |(imported, _): (Imported, ImportTarget)| {
        app.open_imported(&imported);
    });

    view! {
        <div class="drafts">
            <h1 id=HEADING_ID tabindex="-1">{tr(T::DraftsHeading)}</h1>
            <p class="drafts__intro">{tr(T::DraftsIntro)}</p>
            <section class="panel" aria-labelledby="new-heading">
                <h2 id="new-heading">{tr(T::NewHeading)}</h2>
                <div class="new-draft">
                    <div class="new-draft__template">
                        <div class="field">
                            <label class="label" for="template">{tr(T::TemplateLabel)}</label>
                            <p class="hint" id="template-hint">{tr(T::TemplateHint)}</p>
                            <select
                                id="template"
                                class="select"
                                aria-describedby="template-hint"
                                on:change:target=move |ev| template.set(ev.target().value())
                            >
                                {Category::ALL
                                    .iter()
                                    .map(|c| {
                                        let key = c.key();
                                        let label = i18n::category(*c);
                                        view! {
                                            <option
                                                value=key
                                                prop:selected=sig(move || template.with(|t| t == key))
                                            >
                                                {tr(label)}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <button type="button" class="button" on:click=new_from_template>
                            {tr(T::NewFromTemplate)}
                        </button>
                    </div>
                    <p class="new-draft__empty">
                        <button type="button" class="button button--secondary" on:click=new_empty>
                            {tr(T::NewEmpty)}
                        </button>
                    </p>
                </div>
                <ImportControl on_import/>
            </section>
            <section class="panel" aria-labelledby="saved-heading">
                <h2 id="saved-heading">{tr(T::SavedHeading)}</h2>
                <When
                    when=sig(move || drafts.with(|d| !d.is_empty()))
                    fallback=move || view! { <p>{tr(T::NoDrafts)}</p> }
                >
                    <ul class="draft-list">
                        {keyed_list(
                            move || drafts.get(),
                            |d: &DraftMeta| (d.id.clone(), d.updated.to_bits()),
                            move |draft: DraftMeta| {
                                view! { <DraftRow draft refresh=Callback::new(move |()| refresh())/> }
                            },
                        )}
                    </ul>
                </When>
            </section>
        </div>
    }
    .into_any()
}

/// One stored draft with its actions.
#[component]
fn DraftRow(draft: DraftMeta, refresh: Callback<()>) -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = use_lang();
    let DraftMeta {
        id,
        name,
        category,
        updated,
    } = draft;
    let display = {
        let name = name.clone();
        sig(move || i18n::draft_name(lang.get(), &name))
    };
    let category_text = sig(move || {
        Category::from_key(&category)
            .map(|c| i18n::category(c).get(lang.get()).to_string())
            .unwrap_or_else(|| category.clone())
    });
    let when = sig(move || i18n::date_time(lang.get(), platform::local_time(updated)));
    let open = {
        let id = id.clone();
        move |_| app.open(&id)
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            if let Err(n) = app.store.with_value(|s| s.duplicate(&id)) {
                app.notices.update(|v| v.push(n));
            }
            refresh.run(());
        }
    };
    let delete = {
        let id = id.clone();
        let name = name.clone();
        move |_| {
            let l = lang.get_untracked();
            let id = id.clone();
            app.confirm.set(Some(ConfirmRequest {
                title: T::DeleteTitle.get(l).to_string(),
                body: i18n::delete_body(l, &name),
                confirm: T::DeleteConfirm.get(l).to_string(),
                on_confirm: Callback::new(move |()| {
                    if let Err(n) = app.store.with_value(|s| s.delete(&id)) {
                        app.notices.update(|v| v.push(n));
                    }
                    refresh.run(());
                    app.focus_later(HEADING_ID);
                }),
            }));
        }
    };
    let title_id = format!("draft-{id}");
    view! {
        <li class="draft-list__item">
            <h3 class="draft-list__name" id=title_id.clone()>{display}</h3>
            <p class="draft-list__meta">
                {tr(T::CategoryLabel)} ": " {category_text} " · " {tr(T::ChangedLabel)} " "
                {when}
            </p>
            <div class="button-group">
                <button type="button" class="button button--small" on:click=open>
                    {tr(T::Open)}
                    <span class="visually-hidden">" " {display}</span>
                </button>
                <button type="button" class="button button--secondary button--small" on:click=duplicate>
                    {tr(T::Duplicate)}
                    <span class="visually-hidden">" " {display}</span>
                </button>
                <button type="button" class="button button--warning button--small" on:click=delete>
                    {tr(T::Delete)}
                    <span class="visually-hidden">" " {display}</span>
                </button>
            </div>
        </li>
    }
    .into_any()
}
