//! Changes another tab or window makes to the namespace: the window's `storage` event
//! (on `web_sys`, like the probe: it concerns `localStorage` itself, not its values).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::codec::{self, DraftHead};

/// A change made by another tab or window (see [`super::DraftStore::watch`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageChange {
    /// The key that changed; `None` when the whole storage was cleared.
    pub key: Option<String>,
    /// The draft whose key changed, if it is a draft key.
    pub draft_id: Option<String>,
    /// The draft's new `rev` (`None`: deleted, or not a draft).
    pub rev: Option<u64>,
}

impl StorageChange {
    /// True when this change concerns draft `id` (or cleared all storage).
    pub fn touches(&self, id: &str) -> bool {
        self.key.is_none() || self.draft_id.as_deref() == Some(id)
    }
}

/// Keeps a `storage` listener alive; dropping it removes the listener. `Send + Sync` so it
/// can be dropped from a Leptos `on_cleanup` (the app has one thread).
pub struct Watch {
    _listener: send_wrapper::SendWrapper<Listener>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watch")
    }
}

struct Listener {
    window: web_sys::Window,
    closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
    }
}

/// Listens to `storage` events for keys starting with `prefix` (and to a cleared
/// storage); `draft_id` names the draft of a key. Only called for a store on
/// `localStorage`, so only in a browser.
pub(super) fn listen(
    prefix: String,
    draft_id: impl Fn(&str) -> Option<String> + 'static,
    on_change: impl Fn(StorageChange) + 'static,
) -> Option<Watch> {
    let window = crate::platform::window()?;
    let closure =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            // sessionStorage changes fire the same event: only localStorage is ours.
            if let (Some(area), Some(local)) =
                (event.storage_area(), crate::platform::local_storage())
            {
                if !js_sys::Object::is(&area, &local) {
                    return;
                }
            }
            let key = event.key();
            if let Some(k) = &key {
                if !k.starts_with(&prefix) {
                    return;
                }
            }
            let draft_id = key.as_deref().and_then(&draft_id);
            let rev = draft_id.as_ref().and_then(|_| {
                let raw = event.new_value()?;
                codec::read::<DraftHead>(&raw).map(|h| h.rev)
            });
            on_change(StorageChange { key, draft_id, rev });
        });
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Watch {
        _listener: send_wrapper::SendWrapper::new(Listener { window, closure }),
    })
}
