//! Where the store's values live: `localStorage`, or a map in memory.
//!
//! `localStorage` is probed once through `web_sys` ([`Backend::probe`]): the
//! `window.localStorage` getter itself throws when storage is blocked. Values are stored
//! as text; JSON values are read and written by [`super::codec`] (anything stored that is
//! not the expected JSON comes back verbatim, to be kept aside). Every call first fetches
//! the handle, so nothing here panics on what storage does or holds: every failure
//! becomes a [`Fault`].
//!
//! The memory backend is the fallback when storage is blocked and the store of the
//! native tests; its `quota` (characters of keys plus values) imitates a full storage.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use wasm_bindgen::{JsCast, JsValue};

use super::codec::{self, FromJson, ToJson};

use super::Notice;
use crate::platform;

/// Why a storage call failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fault {
    /// `QuotaExceededError`.
    Full,
    /// Storage threw anything else (or is gone).
    Blocked,
}

impl Fault {
    pub(super) fn notice(self) -> Notice {
        match self {
            Fault::Full => Notice::Full,
            Fault::Blocked => Notice::Blocked,
        }
    }
}

/// A value read as JSON.
#[derive(Debug)]
pub(super) enum Read<T> {
    /// Nothing is stored under the key.
    Missing,
    /// The value.
    Value(T),
    /// Something is stored, but it is not a `T`: here verbatim, to be kept aside.
    Unreadable(String),
}

#[derive(Debug, Default)]
pub(super) struct Memory {
    items: BTreeMap<String, String>,
    quota: Option<usize>,
}

/// The store's storage.
#[derive(Debug, Clone)]
pub(super) enum Backend {
    /// `window.localStorage` (probed once, see [`Backend::probe`]).
    Local,
    /// A map that lives as long as the page.
    Memory(Arc<Mutex<Memory>>),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Backend {
    /// An empty map; writes beyond `quota` characters of keys plus values are refused
    /// like a full `localStorage`.
    pub(super) fn memory(quota: Option<usize>) -> Backend {
        Backend::Memory(Arc::new(Mutex::new(Memory {
            items: BTreeMap::new(),
            quota,
        })))
    }

    /// Probes `localStorage` once: a test write (under `probe_key`) and its removal.
    /// Blocked (the getter throws or returns null, or storage refuses even a tiny write
    /// with nothing stored) → memory and [`Notice::Blocked`]. Full but readable → local
    /// and [`Notice::Full`]: the drafts are there, writes will report `Full`.
    pub(super) fn probe(probe_key: &str) -> (Backend, Vec<Notice>) {
        let blocked = || (Backend::memory(None), vec![Notice::Blocked]);
        let Some(storage) = platform::local_storage() else {
            return blocked();
        };
        match storage.set_item(probe_key, "1") {
            Ok(()) => {
                let _ = storage.remove_item(probe_key);
                (Backend::Local, Vec::new())
            }
            Err(e) if classify(&e) == Fault::Full && storage.length().unwrap_or(0) > 0 => {
                (Backend::Local, vec![Notice::Full])
            }
            Err(_) => blocked(),
        }
    }

    /// The text stored under `key`, verbatim.
    pub(super) fn get(&self, key: &str) -> Result<Option<String>, Fault> {
        match self {
            Backend::Memory(m) => Ok(lock(m).items.get(key).cloned()),
            Backend::Local => local::handle()?.get_item(key).map_err(|_| Fault::Blocked),
        }
    }

    /// The value under `key`, read as JSON.
    pub(super) fn get_json<T: FromJson>(&self, key: &str) -> Result<Read<T>, Fault> {
        Ok(match self.get(key)? {
            None => Read::Missing,
            Some(raw) => match codec::read(&raw) {
                Some(value) => Read::Value(value),
                None => Read::Unreadable(raw),
            },
        })
    }

    /// Stores `raw` verbatim under `key`.
    pub(super) fn set(&self, key: &str, raw: &str) -> Result<(), Fault> {
        match self {
            Backend::Memory(m) => lock(m).set(key, raw),
            Backend::Local => local::handle()?
                .set_item(key, raw)
                .map_err(|e| classify(&e)),
        }
    }

    /// Stores `value` as JSON under `key`.
    pub(super) fn set_json<T: ToJson + ?Sized>(&self, key: &str, value: &T) -> Result<(), Fault> {
        self.set(key, &value.write())
    }

    /// Removes `key` (nothing happens when it is not stored).
    pub(super) fn remove(&self, key: &str) -> Result<(), Fault> {
        match self {
            Backend::Memory(m) => {
                lock(m).items.remove(key);
                Ok(())
            }
            Backend::Local => local::handle()?
                .remove_item(key)
                .map_err(|_| Fault::Blocked),
        }
    }

    /// Every key stored (of every namespace).
    pub(super) fn keys(&self) -> Result<Vec<String>, Fault> {
        match self {
            Backend::Memory(m) => Ok(lock(m).items.keys().cloned().collect()),
            Backend::Local => {
                let storage = local::handle()?;
                let n = storage.length().map_err(|_| Fault::Blocked)?;
                Ok((0..n)
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .collect())
            }
        }
    }
}

impl Memory {
    fn set(&mut self, key: &str, value: &str) -> Result<(), Fault> {
        if let Some(quota) = self.quota {
            let used: usize = self
                .items
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.chars().count() + v.chars().count())
                .sum();
            if used + key.chars().count() + value.chars().count() > quota {
                return Err(Fault::Full);
            }
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }
}

/// True for the names browsers give a full storage: `QuotaExceededError` (Chromium,
/// WebKit, Firefox) and `NS_ERROR_DOM_QUOTA_REACHED` (old Firefox).
fn is_quota(name: &str) -> bool {
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

/// The fault of an exception thrown by `localStorage`.
fn classify(error: &JsValue) -> Fault {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if is_quota(&e.name()) || e.code() == 22 => Fault::Full,
        _ => Fault::Blocked,
    }
}

mod local {
    //! The `localStorage` handle, fetched for every call (it can go away: a blocked or
    //! cleared storage throws on access).
    use super::Fault;
    use crate::platform;

    /// The `localStorage` handle, or `Blocked` when it is gone.
    pub(super) fn handle() -> Result<web_sys::Storage, Fault> {
        platform::local_storage().ok_or(Fault::Blocked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_reads_json_and_keeps_the_rest_verbatim() {
        let b = Backend::memory(None);
        b.set("a", "[1,2]").unwrap_or_else(|f| panic!("{f:?}"));
        b.set("b", "<html>").unwrap_or_else(|f| panic!("{f:?}"));
        b.set_json("c", "en").unwrap_or_else(|f| panic!("{f:?}"));
        assert!(matches!(b.get_json::<String>("a"), Ok(Read::Unreadable(r)) if r == "[1,2]"));
        assert!(matches!(b.get_json::<String>("b"), Ok(Read::Unreadable(r)) if r == "<html>"));
        assert!(matches!(b.get_json::<String>("c"), Ok(Read::Value(v)) if v == "en"));
        assert!(matches!(b.get_json::<String>("x"), Ok(Read::Missing)));
        assert_eq!(b.get("c"), Ok(Some("\"en\"".to_string())));
        assert_eq!(b.keys(), Ok(vec!["a".into(), "b".into(), "c".into()]));
        b.remove("a").unwrap_or_else(|f| panic!("{f:?}"));
        assert_eq!(b.get("a"), Ok(None));
    }

    #[test]
    fn a_memory_quota_refuses_like_a_full_storage() {
        let b = Backend::memory(Some(10));
        assert_eq!(b.set("k", "123456789"), Ok(()));
        assert_eq!(b.set("k", "1234567890"), Err(Fault::Full));
        assert_eq!(b.set("j", "1"), Err(Fault::Full));
        assert_eq!(b.get("k"), Ok(Some("123456789".to_string())));
    }

    #[test]
    fn outside_a_browser_storage_is_blocked() {
        let (backend, notices) = Backend::probe("t:v1:probe");
        assert!(matches!(backend, Backend::Memory(_)));
        assert_eq!(notices, [Notice::Blocked]);
    }
}
