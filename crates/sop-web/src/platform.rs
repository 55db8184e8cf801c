//! The browser as the app uses it (taplo's `Environment` idea): the clock and the local
//! calendar, today's date, new ids, the document's title and language, the address's
//! fragment and the session history, fetching a text, offering a download, running after
//! the next paint, window listeners, and the `localStorage` handle that the drafts store
//! probes.
//!
//! This is the one module of the app with target-specific code (besides `main.rs` and the
//! widget's export): in the browser each function calls the Web API (`browser` below);
//! natively — the `cargo test` build, which renders components to HTML — each has a plain
//! stand-in (`native`): UTC, no today, no document, no storage, nothing to wait for. The
//! rest of the app calls these functions and never asks which target it is on.

use leptos::ev::EventDescriptor;
use leptos::leptos_dom::helpers::WindowListenerHandle;
use sop_core::Lang;
use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
use browser as env;
#[cfg(not(target_arch = "wasm32"))]
use native as env;

/// A moment on the local calendar: the browser's time zone (UTC natively).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, 0–23.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    env::now_ms()
}

/// The local date and time of `ms` (milliseconds since the epoch).
pub fn local_time(ms: f64) -> LocalTime {
    env::local_time(ms)
}

/// Today in the browser's time zone, for the date rules (SOP501–SOP503). `None` natively:
/// native tests must not depend on the day they run.
pub fn today() -> Option<sop_core::Date> {
    env::today()
}

/// A new id: time and randomness in base 36 (`[0-9a-z]`, safe in storage keys and file
/// names).
pub fn new_id() -> String {
    format!(
        "{}{}",
        base36(now_ms().max(0.0) as u64),
        base36(u64::from(env::random_u32()))
    )
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Sets `document.title` (call it only when the app owns the page).
pub fn set_document_title(title: &str) {
    if let Some(doc) = env::document() {
        doc.set_title(title);
    }
}

/// Sets `<html lang>` (call it only when the app owns the page).
pub fn set_html_lang(lang: Lang) {
    if let Some(el) = env::document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.key());
    }
}

/// Fetches `url` and returns its body as text; the error says what went wrong
/// (`HTTP 404`, `fetch failed`).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = env::window().ok_or("not in a browser")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "fetch failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "no body")?)
        .await
        .map_err(|_| "unreadable body".to_string())?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Offers `text` as a download named `file_name` (a Blob, an object URL and a temporary
/// `<a download>`).
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    fn js_error(e: JsValue) -> String {
        e.as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| "error".into())
    }
    let window = env::window().ok_or("downloads need a browser")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(js_error)?;
    anchor.click();
    anchor.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}

/// Runs `f` after the next repaint (when the DOM has caught up with the latest change).
/// Natively there is no repaint: `f` is dropped.
pub fn after_paint(f: impl FnOnce() + 'static) {
    env::after_paint(f);
}

/// Listens to `event` on the window; remove the listener with the returned handle.
/// `None` natively (there is no window).
pub fn window_listener<E>(
    event: E,
    f: impl Fn(E::EventType) + 'static,
) -> Option<WindowListenerHandle>
where
    E: EventDescriptor + 'static,
    E::EventType: JsCast,
{
    env::window_listener(event, f)
}

/// The window; `None` natively.
pub fn window() -> Option<web_sys::Window> {
    env::window()
}

/// How a new address enters the browser's session history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryEntry {
    /// A new entry (Back returns to the previous address).
    Push,
    /// The current entry is rewritten.
    Replace,
}

/// The page address's fragment (`location.hash`: empty or starting with `#`); empty
/// natively. Only the standalone app reads it: the widget's host owns its address.
pub fn location_hash() -> String {
    env::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets the address's fragment to `hash` (`#/draf/<id>`) through `history.pushState` /
/// `replaceState`: no `hashchange`, no scrolling to an element. The entry is marked as the
/// app's (see [`history_entry_is_ours`]). Nothing natively.
pub fn set_location_hash(hash: &str, entry: HistoryEntry) {
    let Some(history) = env::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let mark = wasm_bindgen::JsValue::from_str(HISTORY_MARK);
    let _ = match entry {
        HistoryEntry::Push => history.push_state_with_url(&mark, "", Some(hash)),
        HistoryEntry::Replace => history.replace_state_with_url(&mark, "", Some(hash)),
    };
}

/// True when the current history entry was written by [`set_location_hash`] (it survives
/// a reload); false for an address the user typed, followed or bookmarked.
pub fn history_entry_is_ours() -> bool {
    env::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|state| state.as_string())
        .is_some_and(|state| state == HISTORY_MARK)
}

/// The `history.state` of the entries the app writes.
const HISTORY_MARK: &str = "sopcheck";

/// `window.localStorage`, or `None` when the page may not use it (the getter throws or
/// returns null: privacy settings, a sandboxed frame) and natively.
pub fn local_storage() -> Option<web_sys::Storage> {
    env::window()?.local_storage().ok().flatten()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{EventDescriptor, JsCast, LocalTime, WindowListenerHandle};

    pub(super) fn now_ms() -> f64 {
        js_sys::Date::now()
    }

    pub(super) fn local_time(ms: f64) -> LocalTime {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
        LocalTime {
            year: d.get_full_year() as i32,
            month: d.get_month() + 1,
            day: d.get_date(),
            hour: d.get_hours(),
            minute: d.get_minutes(),
        }
    }

    pub(super) fn today() -> Option<sop_core::Date> {
        let t = local_time(now_ms());
        sop_core::Date::new(t.year, t.month, t.day)
    }

    pub(super) fn random_u32() -> u32 {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }

    pub(super) fn window() -> Option<web_sys::Window> {
        web_sys::window()
    }

    pub(super) fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub(super) fn after_paint(f: impl FnOnce() + 'static) {
        leptos::prelude::request_animation_frame(f);
    }

    pub(super) fn window_listener<E>(
        event: E,
        f: impl Fn(E::EventType) + 'static,
    ) -> Option<WindowListenerHandle>
    where
        E: EventDescriptor + 'static,
        E::EventType: JsCast,
    {
        Some(leptos::prelude::window_event_listener(event, f))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{EventDescriptor, JsCast, LocalTime, WindowListenerHandle};

    pub(super) fn now_ms() -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }

    /// UTC (`sop_core::Date::from_unix_days`).
    pub(super) fn local_time(ms: f64) -> LocalTime {
        let secs = (ms / 1000.0).floor() as i64;
        let rem = secs.rem_euclid(86_400);
        let date = sop_core::Date::from_unix_days(secs.div_euclid(86_400));
        LocalTime {
            year: date.year,
            month: date.month,
            day: date.day,
            hour: (rem / 3600) as u32,
            minute: ((rem % 3600) / 60) as u32,
        }
    }

    pub(super) fn today() -> Option<sop_core::Date> {
        None
    }

    pub(super) fn random_u32() -> u32 {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        nanos
            .wrapping_mul(2_654_435_761)
            .wrapping_add(COUNTER.fetch_add(1, Ordering::Relaxed))
    }

    pub(super) fn window() -> Option<web_sys::Window> {
        None
    }

    pub(super) fn document() -> Option<web_sys::Document> {
        None
    }

    pub(super) fn after_paint(f: impl FnOnce() + 'static) {
        drop(f);
    }

    pub(super) fn window_listener<E>(
        event: E,
        f: impl Fn(E::EventType) + 'static,
    ) -> Option<WindowListenerHandle>
    where
        E: EventDescriptor + 'static,
        E::EventType: JsCast,
    {
        drop((event, f));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_key_safe_and_differ() {
        let (a, b) = (new_id(), new_id());
        assert_ne!(a, b);
        for id in [a, b] {
            assert!(!id.is_empty());
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase()),
                "{id}"
            );
        }
        assert_eq!(base36(0), "0");
        assert_eq!(base36(36 * 36 + 35), "10z");
    }

    /// Natively the calendar is UTC: the epoch, a date in 2025, and a moment before 1970.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn utc_calendar() {
        let t = |year, month, day, hour, minute| LocalTime {
            year,
            month,
            day,
            hour,
            minute,
        };
        assert_eq!(local_time(0.0), t(1970, 1, 1, 0, 0));
        assert_eq!(local_time(1_764_253_920_000.0), t(2025, 11, 27, 14, 32));
        assert_eq!(local_time(1_795_822_320_000.0), t(2026, 11, 27, 23, 32));
        assert_eq!(local_time(951_782_400_000.0), t(2000, 2, 29, 0, 0));
        assert_eq!(local_time(-60_000.0), t(1969, 12, 31, 23, 59));
        assert_eq!(today(), None);
    }
}
