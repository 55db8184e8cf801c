//! The Rust side of the embeddable widget `<sop-checklist>` (DESIGN.md §7, docs/widget.md).
//!
//! The JS loader (`widget/widget.js`) defines the custom element, attaches an open shadow
//! root, adopts the stylesheet, creates a container `<div>` and calls the wasm export
//! [`mount`] with that div and the element's `data-*` attributes:
//!
//! ```js
//! const handle = mount(container, { lang, template, storageKey, src, mode, profile });
//! // … when data-lang changes (false: mount again, e.g. to show why the value is refused):
//! handle.set_lang(element.dataset.lang);
//! // … when the element leaves the DOM, or another data-* attribute changes:
//! handle.unmount();
//! ```
//!
//! The widget never reads or writes the host page's address or history (`Config::page`
//! is false): only the standalone app keeps its place in the address.
//!
//! An invalid configuration (unknown `data-mode` or `data-template`, a language other than
//! `id` / `en`, a storage key that cannot be a namespace, `evaluate` without
//! `data-src`, a profile that cannot be fetched or read) never throws: the reasons are
//! rendered inside the widget, in Bahasa Indonesia and in English.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use sop_core::model::Category;
use sop_core::Lang;
use wasm_bindgen::prelude::*;

use crate::i18n::{self, T};
use crate::{platform, Config, Mode, UnmountHandle};

/// Storage namespace of a widget without `data-storage-key`: not the standalone app's
/// `sopcheck`, so a widget never shares drafts with the app on the same origin.
pub const DEFAULT_NAMESPACE: &str = "sopcheck-widget";

/// Longest accepted `data-storage-key`.
const MAX_NAMESPACE: usize = 64;

/// The widget's attributes as the loader passes them (`element.dataset`): every value
/// optional, unchecked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetAttrs {
    /// `data-lang`: `id` or `en` (`id-ID`, `en-GB` are accepted).
    pub lang: Option<String>,
    /// `data-template`: a kategori key (`pembuatan_berita`).
    pub template: Option<String>,
    /// `data-storage-key`: the storage namespace.
    pub storage_key: Option<String>,
    /// `data-src`: address of an SOP file.
    pub src: Option<String>,
    /// `data-mode`: `edit` (default) or `evaluate` (`view` never reaches this bundle: the
    /// loader renders it with the view-only bundle, crates/sop-view).
    pub mode: Option<String>,
    /// `data-profile`: address of an agency profile (JSON).
    pub profile: Option<String>,
}

/// A configuration the widget cannot start with (each shown in both languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// `data-lang` is neither Indonesian nor English.
    Lang(String),
    /// `data-mode` is not `edit` or `evaluate` (the message names `view` too, which the
    /// loader handles).
    Mode(String),
    /// `data-template` is not a kategori key.
    Template(String),
    /// `data-storage-key` is empty, too long, or has characters other than letters,
    /// digits, `-`, `_` and `.`.
    StorageKey(String),
    /// `evaluate` works on the SOP in `data-src`, which is missing.
    SrcRequired(Mode),
    /// The profile at this address could not be fetched or read.
    Profile {
        /// The `data-profile` address.
        url: String,
        /// What went wrong (HTTP status, the profile reader's message).
        reason: String,
    },
}

impl ConfigError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ConfigError::Lang(v) => i18n::widget_bad_lang(lang, v),
            ConfigError::Mode(v) => i18n::widget_bad_mode(lang, v),
            ConfigError::Template(v) => {
                let keys = Category::ALL
                    .iter()
                    .map(|c| c.key())
                    .collect::<Vec<_>>()
                    .join(", ");
                i18n::widget_bad_template(lang, v, &keys)
            }
            ConfigError::StorageKey(v) => i18n::widget_bad_storage_key(lang, v, MAX_NAMESPACE),
            ConfigError::SrcRequired(mode) => {
                let m = match mode {
                    Mode::Edit => "edit",
                    Mode::Evaluate => "evaluate",
                };
                i18n::widget_src_required(lang, m)
            }
            ConfigError::Profile { url, reason } => i18n::widget_bad_profile(lang, url, reason),
        }
    }
}

fn valid_namespace(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_NAMESPACE
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A present, non-blank attribute value, trimmed.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The language of a `data-lang` value: none or blank is Indonesian.
fn parse_lang(value: &Option<String>) -> Result<Lang, ConfigError> {
    match given(value) {
        None => Ok(Lang::Id),
        Some(v) => Lang::from_key(v).ok_or_else(|| ConfigError::Lang(v.to_string())),
    }
}

/// Checks the attributes. `Ok` holds the app's [`Config`] (with `page: false`, no profile
/// yet) and the profile address to fetch; `Err` every problem found, plus the language
/// to put first in the message.
#[allow(clippy::result_large_err)]
pub fn parse_attrs(
    attrs: &WidgetAttrs,
) -> Result<(Config, Option<String>), (Lang, Vec<ConfigError>)> {
    let mut errors = Vec::new();
    let lang = parse_lang(&attrs.lang).unwrap_or_else(|e| {
        errors.push(e);
        Lang::Id
    });
    let mode = match given(&attrs.mode) {
        None => Mode::Edit,
        Some(v) => Mode::from_key(v).unwrap_or_else(|| {
            errors.push(ConfigError::Mode(v.to_string()));
            Mode::Edit
        }),
    };
    let template = given(&attrs.template).and_then(|v| {
        let found = Category::from_key(&v.to_ascii_lowercase());
        if found.is_none() {
            errors.push(ConfigError::Template(v.to_string()));
        }
        found
    });
    let namespace = match given(&attrs.storage_key) {
        None if attrs.storage_key.is_some() => {
            errors.push(ConfigError::StorageKey(String::new()));
            DEFAULT_NAMESPACE.to_string()
        }
        None => DEFAULT_NAMESPACE.to_string(),
        Some(v) if valid_namespace(v) => v.to_string(),
        Some(v) => {
            errors.push(ConfigError::StorageKey(v.to_string()));
            DEFAULT_NAMESPACE.to_string()
        }
    };
    let src = given(&attrs.src).map(str::to_string);
    if src.is_none()
        && mode != Mode::Edit
        && !errors.iter().any(|e| matches!(e, ConfigError::Mode(_)))
    {
        errors.push(ConfigError::SrcRequired(mode));
    }
    let profile = given(&attrs.profile).map(str::to_string);
    if !errors.is_empty() {
        return Err((lang, errors));
    }
    Ok((
        Config {
            lang,
            namespace,
            template,
            mode,
            src,
            profile: None,
            page: false,
            host_lang: None,
        },
        profile,
    ))
}

/// The message shown inside the widget instead of the app: Indonesian and English, the
/// configured language first.
fn render_errors(
    parent: web_sys::HtmlElement,
    first: Lang,
    errors: Vec<ConfigError>,
) -> UnmountHandle {
    let order = match first {
        Lang::Id => [Lang::Id, Lang::En],
        Lang::En => [Lang::En, Lang::Id],
    };
    leptos::mount::mount_to(parent, move || {
        let blocks = order
            .iter()
            .map(|&l| {
                let (title, hint) = (T::WidgetFailed.get(l), T::WidgetCheckAttrs.get(l));
                let items = errors
                    .iter()
                    .map(|e| view! { <li>{e.message(l)}</li> })
                    .collect::<Vec<_>>();
                view! {
                    <div class="widget-error__lang" lang=l.key()>
                        <h2 class="widget-error__title">{title}</h2>
                        <ul class="widget-error__list">{items}</ul>
                        <p class="widget-error__hint">{hint}</p>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        view! { <div class="notice notice--error widget-error" role="alert">{blocks}</div> }
            .into_any()
    })
}

enum State {
    /// Waiting for the profile.
    Pending,
    /// The app or the error message is on screen.
    Mounted {
        /// Held for its `Drop` (which unmounts).
        _view: UnmountHandle,
        /// The app (false: the message why the configuration is refused).
        app: bool,
    },
    /// `unmount` was called.
    Gone,
}

/// A mounted widget. `unmount()` removes it and disposes its reactive state; a profile
/// still being fetched is then ignored.
#[wasm_bindgen]
pub struct WidgetHandle {
    state: Rc<RefCell<State>>,
    /// The language the app follows (`Config::host_lang`); `None` while the widget shows
    /// why its configuration is refused.
    lang: Option<ArcRwSignal<Lang>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget's content (drops the Leptos mount handle). Idempotent.
    pub fn unmount(&self) {
        // Take the handle out first: dropping it runs cleanups, which must not find the
        // RefCell borrowed.
        let old = std::mem::replace(&mut *self.state.borrow_mut(), State::Gone);
        drop(old);
    }

    /// Switches the running app to the language of a new `data-lang` value (the open
    /// draft, its edits and focus stay). False when it cannot: the value is not a
    /// language, or the widget shows a configuration error; the loader then mounts
    /// again, which explains the value or starts the app.
    pub fn set_lang(&self, value: Option<String>) -> bool {
        let running = matches!(
            *self.state.borrow(),
            State::Pending | State::Mounted { app: true, .. }
        );
        match (&self.lang, parse_lang(&value)) {
            (Some(lang), Ok(l)) if running => {
                lang.set(l);
                true
            }
            _ => false,
        }
    }

    /// True until `unmount()`.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        !matches!(*self.state.borrow(), State::Gone)
    }
}

/// Reads one string member of the loader's config object.
fn member(config: &JsValue, key: &str) -> Option<String> {
    if !config.is_object() {
        return None;
    }
    js_sys::Reflect::get(config, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// Attributes from the loader's object (`{ lang, template, storageKey, src, mode, profile }`;
/// members that are missing or not strings count as absent).
pub fn attrs_from_js(config: &JsValue) -> WidgetAttrs {
    WidgetAttrs {
        lang: member(config, "lang"),
        template: member(config, "template"),
        storage_key: member(config, "storageKey"),
        src: member(config, "src"),
        mode: member(config, "mode"),
        profile: member(config, "profile"),
    }
}

/// Mounts the widget inside `element` (the container `<div>` in the shadow root) with the
/// loader's configuration object. Never throws for a bad configuration: the problem is
/// shown inside `element`.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, config: JsValue) -> WidgetHandle {
    let state = Rc::new(RefCell::new(State::Pending));
    let (config, profile) = match parse_attrs(&attrs_from_js(&config)) {
        Err((lang, errors)) => {
            *state.borrow_mut() = State::Mounted {
                _view: render_errors(element, lang, errors),
                app: false,
            };
            return WidgetHandle { state, lang: None };
        }
        Ok(parsed) => parsed,
    };
    let lang = ArcRwSignal::new(config.lang);
    let config = Config {
        host_lang: Some(lang.clone()),
        ..config
    };
    match profile {
        None => {
            *state.borrow_mut() = State::Mounted {
                _view: crate::mount(element, config),
                app: true,
            };
        }
        Some(url) => {
            let state = state.clone();
            let lang = lang.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = platform::fetch_text(&url).await.and_then(|text| {
                    sop_core::Profile::from_json(&text).map_err(|e| e.to_string())
                });
                if !matches!(*state.borrow(), State::Pending) {
                    return; // unmounted meanwhile
                }
                let app = result.is_ok();
                let handle = match result {
                    // `data-lang` may have changed meanwhile.
                    Ok(profile) => crate::mount(
                        element,
                        Config {
                            profile: Some(profile),
                            lang: lang.get_untracked(),
                            ..config
                        },
                    ),
                    Err(reason) => render_errors(
                        element,
                        lang.get_untracked(),
                        vec![ConfigError::Profile { url, reason }],
                    ),
                };
                *state.borrow_mut() = State::Mounted { _view: handle, app };
            });
        }
    }
    WidgetHandle {
        state,
        lang: Some(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(f: impl FnOnce(&mut WidgetAttrs)) -> WidgetAttrs {
        let mut a = WidgetAttrs::default();
        f(&mut a);
        a
    }

    #[test]
    fn defaults() {
        let (c, profile) = parse_attrs(&WidgetAttrs::default()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(c.lang, Lang::Id);
        assert_eq!(c.mode, Mode::Edit);
        assert_eq!(c.namespace, DEFAULT_NAMESPACE);
        assert!(!c.page);
        assert!(c.template.is_none() && c.src.is_none() && profile.is_none());
    }

    #[test]
    fn full_configuration() {
        let a = attrs(|a| {
            a.lang = Some("en-GB".into());
            a.template = Some("pembuatan_berita".into());
            a.storage_key = Some("kpu-ntt".into());
            a.mode = Some("Evaluate".into());
            a.src = Some("/sop/ppid.sop.yaml".into());
            a.profile = Some("/profil.json".into());
        });
        let (c, profile) = parse_attrs(&a).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.template, Some(Category::PembuatanBerita));
        assert_eq!(c.namespace, "kpu-ntt");
        assert_eq!(c.mode, Mode::Evaluate);
        assert_eq!(c.src.as_deref(), Some("/sop/ppid.sop.yaml"));
        assert_eq!(profile.as_deref(), Some("/profil.json"));
    }

    #[test]
    fn every_problem_is_reported() {
        let a = attrs(|a| {
            a.lang = Some("fr".into());
            a.template = Some("nope".into());
            a.storage_key = Some("a:b".into());
            a.mode = Some("write".into());
        });
        let (_, errors) = parse_attrs(&a).err().unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            errors,
            vec![
                ConfigError::Lang("fr".into()),
                ConfigError::Mode("write".into()),
                ConfigError::Template("nope".into()),
                ConfigError::StorageKey("a:b".into()),
            ]
        );
        for e in &errors {
            assert_ne!(e.message(Lang::Id), e.message(Lang::En));
        }
    }

    #[test]
    fn set_lang_switches_to_a_language_and_refuses_others() {
        let lang = ArcRwSignal::new(Lang::Id);
        let handle = WidgetHandle {
            state: Rc::new(RefCell::new(State::Pending)),
            lang: Some(lang.clone()),
        };
        assert!(handle.set_lang(Some("en-GB".into())));
        assert_eq!(lang.get_untracked(), Lang::En);
        assert!(handle.set_lang(None), "no data-lang is Indonesian");
        assert_eq!(lang.get_untracked(), Lang::Id);
        assert!(
            !handle.set_lang(Some("fr".into())),
            "the loader mounts again to explain"
        );
        assert_eq!(lang.get_untracked(), Lang::Id);
        handle.unmount();
        assert!(!handle.set_lang(Some("en".into())));
        let refused = WidgetHandle {
            state: Rc::new(RefCell::new(State::Pending)),
            lang: None,
        };
        assert!(
            !refused.set_lang(Some("en".into())),
            "a refused configuration mounts again"
        );
    }

    #[test]
    fn evaluate_needs_src() {
        let a = attrs(|a| a.mode = Some("evaluate".into()));
        let (_, errors) = parse_attrs(&a).err().unwrap_or_else(|| panic!("accepted"));
        assert!(matches!(
            errors[..],
            [ConfigError::SrcRequired(Mode::Evaluate)]
        ));
        let a = attrs(|a| a.storage_key = Some("  ".into()));
        assert!(parse_attrs(&a).is_err(), "a blank storage key is refused");
    }
}
