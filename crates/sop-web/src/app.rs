//! The top component: the header with the language switch, storage notices, the drafts
//! list ⇄ the editor (followed in the address when the app owns the page), and the
//! confirmation dialog every destructive action goes through.

use leptos::html;
use leptos::prelude::*;
use sop_core::{Audience, Format, Lang};

use crate::ctx::{template_sop, AppCtx, Screen, Touches};
use crate::drafts::DraftsList;
use crate::form::Editor;
use crate::i18n::{tr, UiLang, T};
use crate::io::AsideNotice;
use crate::platform::HistoryEntry;
use crate::route::{self, Route};
use crate::storage::DraftStore;
use crate::storage::Notice;
use crate::ui::{keyed_list, sig, When};
use crate::{platform, Config};

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    }
}

fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Bahasa Indonesia",
        Lang::En => "English",
    }
}

/// Reads the SOP at `src` (the widget's `data-src`) and shows it.
fn load_src(src: String, screen: RwSignal<Screen>) {
    screen.set(Screen::Loading);
    leptos::task::spawn_local(async move {
        match platform::fetch_text(&src).await {
            Ok(text) => {
                let parsed = sop_core::parse(&text, Format::from_address(&src));
                if parsed.failed {
                    let message = parsed
                        .diagnostics
                        .first()
                        .map(|d| d.text(Audience::Form, Lang::Id).message)
                        .unwrap_or_default();
                    screen.set(Screen::Failed(format!("{src}: {message}")));
                } else {
                    screen.set(Screen::Edit {
                        id: None,
                        sop: Box::new(parsed.sop),
                        rev: 0,
                    });
                }
            }
            Err(e) => screen.set(Screen::Failed(format!("{src}: {e}"))),
        }
    });
}

/// The app (see [`crate::mount`]): header, notices, drafts list or editor.
#[component]
pub fn App(
    /// Language, storage namespace, template, mode, source and profile.
    #[prop(optional)]
    config: Config,
) -> impl IntoView {
    let (store, notices) = DraftStore::open(&config.namespace);
    let lang = RwSignal::new(store.lang().unwrap_or(config.lang));
    provide_context(UiLang(lang));
    let root = NodeRef::<html::Div>::new();
    let app = AppCtx {
        store: StoredValue::new(store.clone()),
        notices: RwSignal::new(Vec::new()),
        aside_refresh: RwSignal::new(0),
        screen: RwSignal::new(Screen::List),
        confirm: RwSignal::new(None),
        root,
        page: config.page,
        mode: config.mode,
        profile: StoredValue::new(config.profile.clone().unwrap_or_default()),
        touches: Touches::new(),
        import_note: RwSignal::new(None),
        quiet_start: StoredValue::new(!config.page),
        link_missing: RwSignal::new(None),
    };
    app.touches.listen();
    provide_context(app);
    app.push_notices(notices);

    // Where to start: a `src` document, the template's draft, the address's draft (when
    // the app owns the page), or the list.
    if let Some(src) = config.src.clone() {
        load_src(src, app.screen);
    } else if let Some(category) = config.template {
        let existing = store
            .list()
            .into_iter()
            .find(|d| d.category == category.key());
        match existing {
            Some(d) => app.open(&d.id),
            None => app.create_and_open(&template_sop(category)),
        }
    } else if config.page {
        follow_address(app);
    }
    app.quiet_start.set_value(false);

    // The host's language (the widget's `data-lang` changed after connect) wins over the
    // current one; only the user's own switch is remembered.
    if let Some(host) = config.host_lang.clone() {
        Effect::new(move |started: Option<()>| {
            let l = host.get();
            if started.is_some() {
                lang.set(l);
            }
        });
    }

    // When the app owns the page: `<html lang>`.
    if config.page {
        Effect::new(move |_| platform::set_html_lang(lang.get()));
    }
    // The user's switch, remembered.
    let switch_lang = move |_| {
        let l = other(lang.get_untracked());
        lang.set(l);
        if let Err(n) = app.store.with_value(|s| s.set_lang(l)) {
            app.push_notices(vec![n]);
        }
    };

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        app.focus_later("konten");
    };
    let main_view = move || match app.screen.get() {
        Screen::List => view! { <DraftsList/> }.into_any(),
        Screen::Edit { id, sop, rev } => view! { <Editor id sop=*sop rev/> }.into_any(),
        Screen::Loading => view! { <h1 tabindex="-1">{tr(T::Loading)}</h1> }.into_any(),
        Screen::Failed(why) => view! {
            <h1 tabindex="-1">{tr(T::LoadFailed)}</h1>
            <p class="notice notice--error">{why}</p>
        }
        .into_any(),
    };

    view! {
        <div class="app" lang=sig(move || lang.get().key()) node_ref=root>
            <a class="skip-link" href="#konten" on:click=skip>{tr(T::SkipLink)}</a>
            <header class="app-header">
                <div class="app-header__inner">
                    <div class="app-header__titles">
                        <p class="app-title">{tr(T::AppTitle)}</p>
                        <p class="app-subtitle">{tr(T::AppSubtitle)}</p>
                    </div>
                    // The button shows the *other* language's name in that language.
                    <button
                        type="button"
                        class="lang-toggle"
                        aria-label=tr(T::SwitchLang)
                        lang=sig(move || other(lang.get()).key())
                        on:click=switch_lang
                    >
                        {sig(move || native_name(other(lang.get())))}
                    </button>
                </div>
            </header>
            <main id="konten" class="app-main" tabindex="-1">
                <Notices/>
                <LinkNotice/>
                <AsideNotice store=store.clone() refresh=app.aside_refresh/>
                {main_view}
            </main>
            <footer class="app-footer">
                <p>{tr(T::Privacy)}</p>
            </footer>
            <ConfirmDialog/>
        </div>
    }
    .into_any()
}

/// Keeps the screen and the address in step (DESIGN.md §6): opening a draft writes
/// `#/draf/<id>` as a new history entry, the drafts list `#/`; Back, Forward, a typed or
/// followed address and a reload show the screen the address names
/// ([`AppCtx::show_address`]). A draft address the user brought (a link, a bookmark) gets
/// the list's entry below it, so Back from that editor still lands on the list.
fn follow_address(app: AppCtx) {
    let start = platform::location_hash();
    if matches!(route::parse(&start), Some(Route::Draft(_))) && !platform::history_entry_is_ours() {
        platform::set_location_hash(&route::format(&Route::List), HistoryEntry::Replace);
    }
    app.show_address(&start);

    // `popstate` comes for Back / Forward and for a fragment typed or followed (before
    // its `hashchange`): one listener covers every way the address changes under us.
    let listener = platform::window_listener(leptos::ev::popstate, move |_| {
        app.show_address(&platform::location_hash());
    });
    on_cleanup(move || listener.into_iter().for_each(|l| l.remove()));

    Effect::new(move |_| {
        let Some(shown) = app.screen.with(Screen::route) else {
            return;
        };
        // A fragment that is no route (`#konten`) counts as the list's address.
        let current = route::parse(&platform::location_hash()).unwrap_or(Route::List);
        if current != shown {
            platform::set_location_hash(&route::format(&shown), HistoryEntry::Push);
        }
    });
}

/// An address that named no draft (see [`AppCtx::show_address`]): what it was and why.
#[component]
fn LinkNotice() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    move || {
        app.link_missing.get().map(|address| {
            view! {
                <div class="notice notice--warning" role="alert">
                    <p>{tr(T::LinkNotFound)} " " <code>{address}</code></p>
                    <p>{tr(T::LinkNotFoundHelp)}</p>
                    <button
                        type="button"
                        class="button button--secondary button--small"
                        on:click=move |_| app.link_missing.set(None)
                    >
                        {tr(T::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// Storage notices (blocked, full, missing): each until dismissed.
#[component]
fn Notices() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let lang = expect_context::<UiLang>().0;
    view! {
        <When when=sig(move || app.notices.with(|n| !n.is_empty()))>
            <div class="notices" role="region" aria-label=tr(T::NoticesHeading)>
                {keyed_list(
                    move || app.notices.get(),
                    Notice::row_key,
                    move |notice: Notice| {
                        let text = notice.clone();
                        let dismiss = move |_| {
                            app.notices.update(|list| list.retain(|n| *n != notice));
                        };
                        view! {
                            <div class="notice notice--warning" role="alert">
                                <p>{sig(move || text.message(lang.get()))}</p>
                                <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    on:click=dismiss
                                >
                                    {tr(T::Dismiss)}
                                </button>
                            </div>
                        }
                    },
                )}
            </div>
        </When>
    }
}

/// The modal confirmation (native `<dialog>`: focus is kept inside, Escape cancels and
/// focus returns where it was).
#[component]
fn ConfirmDialog() -> impl IntoView {
    let app = expect_context::<AppCtx>();
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let open = app.confirm.with(Option::is_some);
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let title = move || app.confirm.with(|c| c.as_ref().map(|c| c.title.clone()));
    let body = move || app.confirm.with(|c| c.as_ref().map(|c| c.body.clone()));
    let label = move || app.confirm.with(|c| c.as_ref().map(|c| c.confirm.clone()));
    let confirm = move |_| {
        let request = app.confirm.get_untracked();
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        app.confirm.set(None);
        if let Some(r) = request {
            r.on_confirm.run(());
        }
    };
    view! {
        <dialog
            class="dialog"
            node_ref=dialog
            aria-labelledby="dialog-title"
            aria-describedby="dialog-body"
            on:close=move |_| app.confirm.set(None)
        >
            <h2 class="dialog__title" id="dialog-title">{title}</h2>
            <p id="dialog-body">{body}</p>
            <div class="button-group">
                <button type="button" class="button button--warning" on:click=confirm>
                    {label}
                </button>
                <button
                    type="button"
                    class="button button--secondary"
                    autofocus
                    on:click=move |_| app.confirm.set(None)
                >
                    {tr(T::Cancel)}
                </button>
            </div>
        </dialog>
    }
}
