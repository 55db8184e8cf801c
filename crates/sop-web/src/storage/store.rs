//! The drafts of one namespace: create, list, load, save (refused when another tab saved
//! first), duplicate, delete; the values kept aside; the remembered language.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use sop_core::{Lang, Sop};

use super::backend::{Backend, Fault, Read};
use super::codec::{
    aside_id, aside_time, index_is_sound, key_safe, lang_of, DraftHead, DraftIn, DraftMeta,
    DraftOut, IndexEntry, Keys, Record, ToJson,
};
use super::watch::{self, StorageChange, Watch};
use super::Notice;
use crate::platform;

/// The drafts of one namespace. Cheap to clone (shared state), `Send + Sync` (it holds no
/// JS object), so it can go into a Leptos context.
#[derive(Debug, Clone)]
pub struct DraftStore {
    ns: Arc<str>,
    keys: Arc<Keys>,
    backend: Backend,
    pending: Arc<Mutex<Vec<Notice>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn dedup(notices: &mut Vec<Notice>) {
    let mut seen: Vec<Notice> = Vec::with_capacity(notices.len());
    notices.retain(|n| {
        if seen.contains(n) {
            false
        } else {
            seen.push(n.clone());
            true
        }
    });
}

impl DraftStore {
    /// Opens the drafts of `namespace`: probes `localStorage` once (blocked → in memory +
    /// [`Notice::Blocked`]), then checks every stored entry of the namespace: unreadable ones
    /// are kept aside ([`Notice::KeptAside`]), index entries without a draft are kept aside,
    /// drafts missing from the index are put back into it.
    pub fn open(namespace: &str) -> (DraftStore, Vec<Notice>) {
        let (backend, mut notices) = Backend::probe(&Keys::new(namespace).probe());
        let store = DraftStore::with_backend(namespace, backend);
        notices.extend(store.reconcile());
        notices.extend(store.take_notices());
        dedup(&mut notices);
        (store, notices)
    }

    /// A store that keeps everything in memory (what [`open`](Self::open) falls back to when
    /// storage is blocked; also for tests).
    pub fn in_memory(namespace: &str) -> DraftStore {
        Self::in_memory_with_quota(namespace, None)
    }

    /// An in-memory store that refuses writes beyond `quota` characters of keys plus values,
    /// like a full `localStorage` (tests).
    pub fn in_memory_with_quota(namespace: &str, quota: Option<usize>) -> DraftStore {
        Self::with_backend(namespace, Backend::memory(quota))
    }

    fn with_backend(namespace: &str, backend: Backend) -> DraftStore {
        DraftStore {
            ns: Arc::from(namespace),
            keys: Arc::new(Keys::new(namespace)),
            backend,
            pending: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// The namespace (`sopcheck`, or the widget's `data-storage-key`).
    pub fn namespace(&self) -> &str {
        &self.ns
    }

    /// True when drafts go to `localStorage` (they survive a reload); false when storage is
    /// blocked and they live in memory for this page only.
    pub fn persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    /// Notices raised by calls whose return value could not carry them (an unreadable stored
    /// draft kept aside during `save` or `list`). The UI shows and clears them.
    pub fn take_notices(&self) -> Vec<Notice> {
        std::mem::take(&mut *lock(&self.pending))
    }

    fn notify(&self, notice: Notice) {
        let mut pending = lock(&self.pending);
        if !pending.contains(&notice) {
            pending.push(notice);
        }
    }

    // ------------------------------------------------------------------ keys

    /// `NS:v1:index`.
    pub fn index_key(&self) -> String {
        self.keys.index()
    }

    /// `NS:v1:draft:<id>`.
    pub fn draft_key(&self, id: &str) -> String {
        self.keys.draft(id)
    }

    /// `NS:v1:lang`.
    pub fn lang_key(&self) -> String {
        self.keys.lang()
    }

    /// The draft id of a key of this namespace (`NS:v1:draft:<id>`), if it is one.
    pub fn draft_id_of_key(&self, key: &str) -> Option<String> {
        self.keys.draft_id(key)
    }

    // ------------------------------------------------------------------ aside

    /// Writes `raw` under a new aside key (`NS:v1:aside:<label>:<ms>`) and returns the key.
    fn put_aside(&self, raw: &str, label: &str) -> Result<String, Fault> {
        let ms = platform::now_ms().max(0.0) as u64;
        let base = format!("{}{}:{ms}", self.keys.aside_prefix(), key_safe(label));
        let mut key = base.clone();
        let mut n = 1;
        while matches!(self.backend.get(&key), Ok(Some(_))) {
            key = format!("{base}{n:03}");
            n += 1;
        }
        self.backend.set(&key, raw)?;
        Ok(key)
    }

    /// Copies `raw` (read from `original`) to a new aside key and removes `original`.
    /// If the copy cannot be written (storage full), the original stays where it is and
    /// the fault is returned: nothing is ever removed without its copy.
    fn move_aside(&self, original: &str, raw: &str, label: &str) -> Result<String, Fault> {
        let key = self.put_aside(raw, label)?;
        // Removing the original can only fail if storage vanished; the copy exists anyway.
        let _ = self.backend.remove(original);
        Ok(key)
    }

    /// Moves the value of `original` aside; the notice says where it went (or why not).
    fn aside_notice(&self, original: &str, raw: &str, label: &str) -> Notice {
        match self.move_aside(original, raw, label) {
            Ok(key) => Notice::KeptAside { key },
            Err(fault) => fault.notice(),
        }
    }

    /// The text under `key` verbatim, for keeping it aside (`None`: gone meanwhile).
    fn raw(&self, key: &str) -> Option<String> {
        self.backend.get(key).ok().flatten()
    }

    /// Values kept aside: `(key, raw value)`, oldest first.
    pub fn set_aside(&self) -> Vec<(String, String)> {
        let prefix = self.keys.aside_prefix();
        let Ok(keys) = self.backend.keys() else {
            return Vec::new();
        };
        let mut out: Vec<(String, String)> = keys
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .filter_map(|k| self.raw(&k).map(|v| (k, v)))
            .collect();
        out.sort_by_key(|(k, _)| aside_time(k));
        out
    }

    /// True when the draft `id` was kept aside because it could not be read (the aside
    /// panel, not a "no such draft" notice, is what explains it).
    pub fn is_set_aside(&self, id: &str) -> bool {
        let prefix = self.keys.aside_prefix();
        self.backend.keys().is_ok_and(|keys| {
            keys.iter()
                .any(|k| k.starts_with(&prefix) && aside_id(k) == id)
        })
    }

    /// Deletes a value kept aside (after the user chose to discard it). Keys outside this
    /// namespace's aside area are ignored.
    pub fn discard_aside(&self, key: &str) {
        if key.starts_with(&self.keys.aside_prefix()) {
            let _ = self.backend.remove(key);
        }
    }

    // ------------------------------------------------------------------ index

    /// Reads the index: `None` when it is unreadable (kept aside by `reconcile`).
    fn index_entries(&self) -> Result<Option<Vec<IndexEntry>>, Fault> {
        Ok(
            match self
                .backend
                .get_json::<Vec<IndexEntry>>(&self.keys.index())?
            {
                Read::Missing => Some(Vec::new()),
                Read::Value(entries) if index_is_sound(&entries) => Some(entries),
                Read::Value(_) | Read::Unreadable(_) => None,
            },
        )
    }

    /// Reads the index. An unreadable index is kept aside and rebuilt from the drafts.
    fn read_index(&self) -> Result<Vec<IndexEntry>, Fault> {
        if let Some(entries) = self.index_entries()? {
            return Ok(entries);
        }
        for notice in self.reconcile() {
            self.notify(notice);
        }
        Ok(self.index_entries()?.unwrap_or_default())
    }

    fn write_index(&self, entries: &[IndexEntry]) -> Result<(), Fault> {
        self.backend.set_json(&self.keys.index(), entries)
    }

    /// Puts `entry` into the index (replacing the one with its id). A failure is not an
    /// error of the caller: the draft itself is stored, and [`open`](Self::open) re-indexes it.
    fn upsert_index(&self, entry: IndexEntry) {
        let Ok(mut entries) = self.read_index() else {
            return;
        };
        match entries.iter_mut().find(|e| e.id == entry.id) {
            Some(e) if *e == entry => return,
            Some(e) => *e = entry,
            None => entries.push(entry),
        }
        let _ = self.write_index(&entries);
    }

    fn remove_from_index(&self, id: &str) -> Result<(), Fault> {
        let mut entries = self.read_index()?;
        let before = entries.len();
        entries.retain(|e| e.id != id);
        if entries.len() != before {
            self.write_index(&entries)?;
        }
        Ok(())
    }

    /// Reads the draft under `key`: `Ok(None)` missing; `Err(raw)` not a readable draft of
    /// this version (the text verbatim, to keep aside).
    fn read_draft(&self, key: &str) -> Result<Result<Option<Record>, String>, Fault> {
        Ok(match self.backend.get_json::<DraftIn>(key)? {
            Read::Missing => Ok(None),
            Read::Unreadable(raw) => Err(raw),
            Read::Value(draft) => match draft.decode() {
                Some(record) => Ok(Some(record)),
                None => match self.raw(key) {
                    Some(raw) => Err(raw),
                    None => Ok(None),
                },
            },
        })
    }

    /// Checks every entry of the namespace; see [`open`](Self::open).
    fn reconcile(&self) -> Vec<Notice> {
        let mut notices = Vec::new();
        let Ok(keys) = self.backend.keys() else {
            return vec![Notice::Blocked];
        };
        let prefix = self.keys.prefix();
        let aside_prefix = self.keys.aside_prefix();

        // The index: unreadable → kept aside verbatim, rebuilt below.
        let index_key = self.keys.index();
        let mut index_dirty = false;
        let mut index = match self.index_entries() {
            Ok(Some(entries)) => entries,
            Ok(None) => {
                if let Some(raw) = self.raw(&index_key) {
                    notices.push(self.aside_notice(&index_key, &raw, "index"));
                }
                index_dirty = true;
                Vec::new()
            }
            Err(_) => return vec![Notice::Blocked],
        };

        // Every draft and every other key under our prefix.
        let mut drafts: BTreeMap<String, Record> = BTreeMap::new();
        let mut unreadable: Vec<String> = Vec::new();
        for key in keys.iter().filter(|k| k.starts_with(prefix)) {
            if *key == index_key || key.starts_with(&aside_prefix) {
                continue;
            }
            if *key == self.keys.probe() {
                let _ = self.backend.remove(key);
            } else if *key == self.keys.lang() {
                match self.backend.get_json::<String>(key) {
                    Ok(Read::Value(l)) if lang_of(&l).is_some() => {}
                    Ok(Read::Missing) | Err(_) => {}
                    Ok(Read::Value(_) | Read::Unreadable(_)) => {
                        if let Some(raw) = self.raw(key) {
                            notices.push(self.aside_notice(key, &raw, "lang"));
                        }
                    }
                }
            } else if let Some(id) = self.keys.draft_id(key) {
                let read = if key_safe(&id) == id {
                    self.read_draft(key)
                } else {
                    Ok(Err(self.raw(key).unwrap_or_default()))
                };
                match read {
                    Ok(Ok(Some(record))) => {
                        drafts.insert(id, record);
                    }
                    Ok(Err(raw)) => {
                        notices.push(self.aside_notice(key, &raw, &id));
                        unreadable.push(id);
                    }
                    Ok(Ok(None)) | Err(_) => {}
                }
            } else if let Some(raw) = self.raw(key) {
                // Another program's value under our prefix (or a key we never write).
                let rest = key.strip_prefix(prefix).unwrap_or(key);
                notices.push(self.aside_notice(key, &raw, rest));
            }
        }

        // Index entries without a readable draft.
        let mut kept = Vec::with_capacity(index.len());
        for entry in index.drain(..) {
            if let Some(record) = drafts.get(&entry.id) {
                let fresh = IndexEntry::of(&entry.id, &record.sop, record.updated);
                if fresh != entry {
                    index_dirty = true;
                }
                if !kept.iter().any(|e: &IndexEntry| e.id == fresh.id) {
                    kept.push(fresh);
                } else {
                    index_dirty = true;
                }
            } else if unreadable.contains(&entry.id) {
                // Its draft was kept aside just above (and reported there).
                index_dirty = true;
            } else {
                // The index names a draft that is not stored: keep the entry aside so the
                // user learns which draft is gone, and drop it from the index.
                let raw = entry.write();
                let label = format!("index-{}", entry.id);
                match self.put_aside(&raw, &label) {
                    Ok(key) => notices.push(Notice::KeptAside { key }),
                    Err(fault) => notices.push(fault.notice()),
                }
                index_dirty = true;
            }
        }
        // Drafts missing from the index: put them back (they are readable, nothing is lost).
        for (id, record) in &drafts {
            if !kept.iter().any(|e| &e.id == id) {
                kept.push(IndexEntry::of(id, &record.sop, record.updated));
                index_dirty = true;
            }
        }
        if index_dirty {
            if let Err(fault) = self.write_index(&kept) {
                notices.push(fault.notice());
            }
        }
        dedup(&mut notices);
        notices
    }

    // ------------------------------------------------------------------ drafts

    /// The drafts, most recently changed first.
    pub fn list(&self) -> Vec<DraftMeta> {
        let mut entries = match self.read_index() {
            Ok(entries) => entries,
            Err(fault) => {
                self.notify(fault.notice());
                return Vec::new();
            }
        };
        entries.sort_by(|a, b| b.updated().total_cmp(&a.updated()));
        entries.iter().map(IndexEntry::meta).collect()
    }

    /// Stores `sop` as a new draft (rev 1) and returns its id.
    pub fn create(&self, sop: &Sop) -> Result<String, Notice> {
        let mut id = platform::new_id();
        while matches!(self.backend.get(&self.keys.draft(&id)), Ok(Some(_))) {
            id = platform::new_id();
        }
        let updated = platform::now_ms();
        let record = DraftOut::new(sop, 1, updated)?;
        self.backend
            .set_json(&self.keys.draft(&id), &record)
            .map_err(Fault::notice)?;
        self.upsert_index(IndexEntry::of(&id, sop, updated));
        Ok(id)
    }

    /// Reads a draft: its model and its `rev` (pass it to [`save`](Self::save)). An
    /// unreadable stored value is kept aside ([`Notice::KeptAside`]).
    pub fn load(&self, id: &str) -> Result<(Sop, u64), Notice> {
        let key = self.keys.draft(id);
        match self.read_draft(&key).map_err(Fault::notice)? {
            Ok(Some(record)) => Ok((record.sop, record.rev)),
            Ok(None) => Err(Notice::Missing { id: id.to_string() }),
            Err(raw) => {
                let notice = self.aside_notice(&key, &raw, id);
                let _ = self.remove_from_index(id);
                Err(notice)
            }
        }
    }

    /// The `rev` stored for a draft now (`None`: missing or unreadable). The editor compares
    /// it with the rev it loaded to tell whether another tab saved the draft.
    pub fn stored_rev(&self, id: &str) -> Option<u64> {
        match self
            .backend
            .get_json::<DraftHead>(&self.keys.draft(id))
            .ok()?
        {
            Read::Value(head) => Some(head.rev),
            Read::Missing | Read::Unreadable(_) => None,
        }
    }

    /// Saves `sop` over draft `id` if the stored `rev` is still `base_rev` (the rev that was
    /// loaded or returned by the last save) and returns the new rev. Refuses with
    /// [`Notice::ChangedElsewhere`] when another tab saved in between, and with
    /// [`Notice::Full`] when storage is full; in both cases the stored copy is unchanged.
    /// A draft deleted elsewhere is stored again (nothing typed is lost); an unreadable
    /// stored value is kept aside first (reported by [`take_notices`](Self::take_notices)).
    pub fn save(&self, id: &str, sop: &Sop, base_rev: u64) -> Result<u64, Notice> {
        let key = self.keys.draft(id);
        let stored = self
            .backend
            .get_json::<DraftHead>(&key)
            .map_err(Fault::notice)?;
        let unreadable = match stored {
            Read::Missing => None,
            Read::Value(head) if head.format_version == super::FORMAT_VERSION => {
                if head.rev != base_rev {
                    return Err(Notice::ChangedElsewhere { id: id.to_string() });
                }
                None
            }
            Read::Value(_) => self.raw(&key),
            Read::Unreadable(raw) => Some(raw),
        };
        if let Some(raw) = unreadable {
            match self.move_aside(&key, &raw, id) {
                Ok(aside_key) => self.notify(Notice::KeptAside { key: aside_key }),
                Err(fault) => return Err(fault.notice()),
            }
        }
        let rev = base_rev.saturating_add(1);
        let updated = platform::now_ms();
        let record = DraftOut::new(sop, rev, updated)?;
        self.backend
            .set_json(&key, &record)
            .map_err(Fault::notice)?;
        self.upsert_index(IndexEntry::of(id, sop, updated));
        Ok(rev)
    }

    /// Copies draft `id` to a new draft (same content) and returns the new id.
    pub fn duplicate(&self, id: &str) -> Result<String, Notice> {
        let (sop, _) = self.load(id)?;
        self.create(&sop)
    }

    /// Deletes draft `id` (the UI asks for confirmation first). Deleting a missing draft
    /// only removes it from the index.
    pub fn delete(&self, id: &str) -> Result<(), Notice> {
        // The draft first, then its index entry: a draft is never left unindexed.
        self.backend
            .remove(&self.keys.draft(id))
            .map_err(Fault::notice)?;
        self.remove_from_index(id).map_err(Fault::notice)
    }

    // ------------------------------------------------------------------ language

    /// The remembered interface language, if any.
    pub fn lang(&self) -> Option<Lang> {
        match self.backend.get_json::<String>(&self.keys.lang()).ok()? {
            Read::Value(text) => lang_of(&text),
            Read::Missing | Read::Unreadable(_) => None,
        }
    }

    /// Remembers the interface language.
    pub fn set_lang(&self, lang: Lang) -> Result<(), Notice> {
        self.backend
            .set_json(&self.keys.lang(), lang.key())
            .map_err(Fault::notice)
    }

    // ------------------------------------------------------------------ other tabs

    /// Calls `on_change` for every change another tab or window makes to this namespace
    /// (the window `storage` event; a tab never receives its own changes). The listener is
    /// removed when the returned handle is dropped. `None` when storage is in memory (no
    /// other tab can share it).
    pub fn watch(&self, on_change: impl Fn(StorageChange) + 'static) -> Option<Watch> {
        if !self.persistent() {
            return None;
        }
        let keys = Arc::clone(&self.keys);
        watch::listen(
            keys.prefix().to_string(),
            move |k| keys.draft_id(k),
            on_change,
        )
    }
}

#[cfg(test)]
mod tests {
    //! The store's logic on the in-memory backend (the real `localStorage` is exercised by
    //! `tests/storage.rs` in Chromium).
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use sop_core::Format;

    fn template_sop() -> Sop {
        let (_, text) = sop_core::templates::all().next().expect("a template");
        sop_core::parse(text, Format::Yaml).sop
    }

    fn raw_set(store: &DraftStore, key: &str, value: &str) {
        store.backend.set(key, value).unwrap();
    }

    fn raw_get(store: &DraftStore, key: &str) -> Option<String> {
        store.backend.get(key).unwrap()
    }

    #[test]
    fn create_list_load_save_duplicate_delete() {
        let store = DraftStore::in_memory("t");
        assert!(store.list().is_empty());
        let sop = template_sop();
        let id = store.create(&sop).unwrap();
        let list = store.list();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].id, id);
        assert_eq!(list[0].name, sop.identity.name);
        assert_eq!(list[0].category, sop.category.key());
        let (loaded, rev) = store.load(&id).unwrap();
        assert_eq!(loaded, sop);
        assert_eq!(rev, 1);

        let mut changed = loaded.clone();
        changed.identity.name = "Nama baru".into();
        let rev2 = store.save(&id, &changed, rev).unwrap();
        assert_eq!(rev2, 2);
        assert_eq!(store.load(&id).unwrap(), (changed.clone(), 2));
        assert_eq!(store.list()[0].name, "Nama baru");

        let copy = store.duplicate(&id).unwrap();
        assert_ne!(copy, id);
        assert_eq!(store.list().len(), 2);
        assert_eq!(store.load(&copy).unwrap().0, changed);

        store.delete(&id).unwrap();
        assert_eq!(store.list().len(), 1);
        assert_eq!(store.load(&id), Err(Notice::Missing { id: id.clone() }));
        assert!(store.set_aside().is_empty());
    }

    #[test]
    fn stale_rev_is_refused_and_nothing_is_overwritten() {
        let store = DraftStore::in_memory("t");
        let sop = template_sop();
        let id = store.create(&sop).unwrap();
        let mut tab_a = sop.clone();
        tab_a.purpose = "Tab A".into();
        let mut tab_b = sop.clone();
        tab_b.purpose = "Tab B".into();
        assert_eq!(store.save(&id, &tab_a, 1), Ok(2));
        assert_eq!(
            store.save(&id, &tab_b, 1),
            Err(Notice::ChangedElsewhere { id: id.clone() })
        );
        assert_eq!(store.load(&id).unwrap().0.purpose, "Tab A");
        assert_eq!(store.stored_rev(&id), Some(2));
    }

    #[test]
    fn unreadable_values_are_kept_aside_never_dropped() {
        let store = DraftStore::in_memory("t");
        let good = store.create(&template_sop()).unwrap();
        let cases = [
            ("t:v1:draft:broken", "{ not json"),
            ("t:v1:draft:shape", r#"{"hello": "world"}"#),
            (
                "t:v1:draft:old",
                r#"{"format_version": 0, "rev": 1, "updated": 0, "sop": {}}"#,
            ),
            (
                "t:v1:draft:future",
                r#"{"format_version": 2, "rev": 1, "updated": 0, "sop": {}}"#,
            ),
            (
                "t:v1:draft:bad id",
                r#"{"format_version": 1, "rev": 1, "sop": {}}"#,
            ),
            ("t:v1:settings", "another program's value"),
            ("t:v1:lang", "klingon"),
        ];
        for (key, value) in cases {
            raw_set(&store, key, value);
        }
        raw_set(&store, "other:v1:draft:x", "not ours");
        raw_set(&store, "t:v2:draft:x", "a newer app's");
        let notices = store.reconcile();
        let kept: Vec<&Notice> = notices
            .iter()
            .filter(|n| matches!(n, Notice::KeptAside { .. }))
            .collect();
        assert_eq!(kept.len(), cases.len(), "{notices:?}");
        let aside = store.set_aside();
        assert!(store.is_set_aside("broken") && store.is_set_aside("future"));
        assert!(!store.is_set_aside(&good) && !store.is_set_aside("x"));
        for (key, value) in cases {
            assert_eq!(raw_get(&store, key), None, "{key} moved");
            assert!(
                aside.iter().any(|(_, v)| v == value),
                "{value} kept verbatim"
            );
        }
        assert_eq!(
            raw_get(&store, "other:v1:draft:x").as_deref(),
            Some("not ours")
        );
        assert_eq!(
            raw_get(&store, "t:v2:draft:x").as_deref(),
            Some("a newer app's")
        );
        // The good draft is untouched and still listed.
        assert_eq!(store.list().len(), 1);
        assert_eq!(store.list()[0].id, good);
        // Discarding removes exactly one aside value.
        store.discard_aside(&aside[0].0);
        assert_eq!(store.set_aside().len(), aside.len() - 1);
        store.discard_aside("t:v1:index");
        assert_eq!(
            store.list().len(),
            1,
            "discard_aside ignores non-aside keys"
        );
    }

    #[test]
    fn index_faults_are_repaired() {
        let store = DraftStore::in_memory("t");
        let sop = template_sop();
        let a = store.create(&sop).unwrap();
        let b = store.create(&sop).unwrap();
        // The index names a draft that is not stored, and forgets draft b.
        let index = format!(
            r#"[{{"id":"{a}","name":"x","kategori":"pelayanan","updated":1}},{{"id":"ghost","name":"Hantu","kategori":"","updated":2}}]"#
        );
        raw_set(&store, "t:v1:index", &index);
        let notices = store.reconcile();
        assert_eq!(notices.len(), 1, "{notices:?}");
        let ids: Vec<String> = store.list().into_iter().map(|m| m.id).collect();
        assert!(
            ids.contains(&a) && ids.contains(&b) && ids.len() == 2,
            "{ids:?}"
        );
        assert!(store.set_aside().iter().any(|(_, v)| v.contains("Hantu")));
        // An index that is not JSON at all: kept aside, rebuilt from the drafts.
        raw_set(&store, "t:v1:index", "<html>");
        assert_eq!(store.list().len(), 2);
        assert!(store.set_aside().iter().any(|(_, v)| v == "<html>"));
        assert!(store
            .take_notices()
            .iter()
            .any(|n| matches!(n, Notice::KeptAside { .. })));
        // An index with an id that cannot be part of a key: kept aside verbatim too.
        let odd = r#"[{"id":"a b","updated":1}]"#;
        raw_set(&store, "t:v1:index", odd);
        assert_eq!(store.list().len(), 2);
        assert!(store.set_aside().iter().any(|(_, v)| v == odd));
    }

    #[test]
    fn a_full_storage_refuses_the_save_and_keeps_the_stored_copy() {
        let sop = template_sop();
        let record = DraftOut::new(&sop, 1, 0.0).unwrap().write();
        let store = DraftStore::in_memory_with_quota("t", Some(record.len() * 2 + 600));
        let id = store.create(&sop).unwrap();
        let before = raw_get(&store, &store.draft_key(&id));
        let mut bigger = sop.clone();
        bigger.purpose = "x".repeat(record.len() * 2);
        assert_eq!(store.save(&id, &bigger, 1), Err(Notice::Full));
        assert_eq!(raw_get(&store, &store.draft_key(&id)), before);
        assert_eq!(store.load(&id).unwrap(), (sop.clone(), 1));
        // The same save succeeds once there is room, with the same base rev.
        assert_eq!(store.create(&bigger), Err(Notice::Full));
        let small = Sop::new_draft();
        assert_eq!(store.save(&id, &small, 1), Ok(2));
    }

    #[test]
    fn a_deleted_draft_is_stored_again_by_save() {
        let store = DraftStore::in_memory("t");
        let sop = template_sop();
        let id = store.create(&sop).unwrap();
        store.delete(&id).unwrap();
        assert_eq!(store.save(&id, &sop, 1), Ok(2));
        assert_eq!(store.list().len(), 1);
    }

    #[test]
    fn an_unreadable_draft_is_kept_aside_before_a_save_overwrites_it() {
        let store = DraftStore::in_memory("t");
        raw_set(&store, "t:v1:draft:x", "{ not json");
        assert_eq!(store.save("x", &template_sop(), 4), Ok(5));
        assert!(store
            .take_notices()
            .iter()
            .any(|n| matches!(n, Notice::KeptAside { .. })));
        assert!(store.set_aside().iter().any(|(_, v)| v == "{ not json"));
    }

    #[test]
    fn an_odd_draft_still_gives_a_partial_model() {
        let store = DraftStore::in_memory("t");
        raw_set(
            &store,
            "t:v1:draft:odd",
            r#"{"format_version":1,"rev":7,"updated":5,"sop":{"format":"sop/1","identitas":{"nama":"Odd"},"unknown":1,"kegiatan":"not a list"}}"#,
        );
        assert!(store.reconcile().is_empty());
        let (sop, rev) = store.load("odd").unwrap();
        assert_eq!(sop.identity.name, "Odd");
        assert_eq!(rev, 7);
        assert_eq!(store.list()[0].name, "Odd");
    }

    #[test]
    fn language_is_remembered() {
        let store = DraftStore::in_memory("t");
        assert_eq!(store.lang(), None);
        store.set_lang(Lang::En).unwrap();
        assert_eq!(store.lang(), Some(Lang::En));
        assert_eq!(raw_get(&store, "t:v1:lang").as_deref(), Some("\"en\""));
    }

    #[test]
    fn keys_of_the_namespace() {
        let store = DraftStore::in_memory("ns");
        assert_eq!(store.index_key(), "ns:v1:index");
        assert_eq!(store.draft_key("abc"), "ns:v1:draft:abc");
        assert_eq!(store.lang_key(), "ns:v1:lang");
        assert_eq!(
            store.draft_id_of_key("ns:v1:draft:abc").as_deref(),
            Some("abc")
        );
        assert_eq!(store.draft_id_of_key("ns:v1:index"), None);
        assert!(store.watch(|_| ()).is_none(), "memory has no other tabs");
    }
}
