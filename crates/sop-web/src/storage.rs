//! Drafts in the browser's `localStorage`, safe against everything storage can do to us.
//!
//! Keys (see `docs/web.md`), with `NS` the namespace:
//!
//! - `NS:v1:index` — JSON array of `{ "id", "name", "kategori", "updated" }`;
//! - `NS:v1:draft:<id>` — `{ "format_version": 1, "rev": n, "updated": ms, "sop": {…} }`, the
//!   SOP written by [`sop_core::emit::to_string`] as JSON and read back by
//!   [`sop_core::parse`] (the same path as an import, so an odd draft still gives a partial
//!   model);
//! - `NS:v1:aside:<id>:<ms>` — a value that could not be read, kept verbatim for download;
//! - `NS:v1:lang` — `"id"` or `"en"`.
//!
//! Storage is reached through `web_sys::Storage`, probed once and wrapped: every call that
//! can throw (`window.localStorage` itself when storage is blocked, `setItem` when the quota
//! is exceeded) becomes a [`Notice`]; nothing here panics on what storage holds. gloo-storage
//! is not used because its getters unwrap (`Storage::raw()` unwraps `local_storage()`).
//!
//! When storage is blocked the store keeps everything in memory for the session
//! ([`DraftStore::persistent`] is then false) and [`DraftStore::open`] reports
//! [`Notice::Blocked`].

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sop_core::{emit, Format, Lang, Sop};

/// The version in every key (`NS:v1:…`) and the `format_version` of a stored draft.
pub const FORMAT_VERSION: u64 = 1;

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftMeta {
    /// The draft's id (part of its key).
    pub id: String,
    /// The SOP's name (`identitas.nama`), possibly empty.
    pub name: String,
    /// The SOP's category key (`kategori`).
    pub category: String,
    /// Last change, milliseconds since the epoch.
    pub updated: f64,
}

/// Something the user must be told about storage. Errors are values the UI shows
/// ([`Notice::message`]), never panics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Storage is blocked (privacy settings, a sandboxed frame): drafts live in memory only.
    Blocked,
    /// Storage is full: this change was not stored; the previous stored copy is intact.
    Full,
    /// A stored value could not be read and was kept aside under `key` (for download).
    KeptAside {
        /// The `NS:v1:aside:…` key holding the value verbatim.
        key: String,
    },
    /// The draft was saved by another tab or window since it was loaded here: this save
    /// was refused so that neither overwrites the other.
    ChangedElsewhere {
        /// The draft's id.
        id: String,
    },
    /// The draft does not exist (deleted, perhaps in another tab).
    Missing {
        /// The draft's id.
        id: String,
    },
}

impl Notice {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> &'static str {
        match self {
            Notice::Blocked => lang.pick(
                "Draf tidak dapat disimpan di perangkat ini: penyimpanan peramban diblokir. \
                 Anda tetap dapat bekerja, tetapi draf hilang saat halaman ditutup; \
                 unduh berkas SOP untuk menyimpannya.",
                "Drafts cannot be saved on this device: browser storage is blocked. \
                 You can keep working, but drafts are lost when the page is closed; \
                 download the SOP file to keep your work.",
            ),
            Notice::Full => lang.pick(
                "Penyimpanan perangkat penuh: perubahan terakhir belum tersimpan. \
                 Salinan yang tersimpan sebelumnya tetap utuh dan isian di layar tidak hilang. \
                 Hapus draf yang tidak diperlukan atau unduh berkas SOP.",
                "Device storage is full: the latest changes are not saved. \
                 The previously saved copy is intact and what is on screen is kept. \
                 Delete drafts you no longer need or download the SOP file.",
            ),
            Notice::KeptAside { .. } => lang.pick(
                "Ada data tersimpan yang tidak dapat dibaca. Data itu tidak dihapus, \
                 tetapi disisihkan; unduh untuk memeriksa atau memulihkannya.",
                "Some stored data could not be read. It was not deleted but set aside; \
                 download it to inspect or recover it.",
            ),
            Notice::ChangedElsewhere { .. } => lang.pick(
                "Draf ini telah diubah di tab atau jendela lain. Perubahan di sini belum \
                 disimpan agar tidak menimpa perubahan tersebut.",
                "This draft was changed in another tab or window. Changes here were not \
                 saved so that they do not overwrite those changes.",
            ),
            Notice::Missing { .. } => lang.pick(
                "Draf tidak ditemukan; mungkin sudah dihapus di tab lain.",
                "Draft not found; it may have been deleted in another tab.",
            ),
        }
    }
}

/// Why a storage call failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// `QuotaExceededError`.
    Full,
    /// Storage threw anything else (or is gone).
    Blocked,
}

impl Fault {
    fn notice(self) -> Notice {
        match self {
            Fault::Full => Notice::Full,
            Fault::Blocked => Notice::Blocked,
        }
    }
}

/// In-memory storage: the fallback when `localStorage` is blocked, and the store of
/// native tests. `quota` (characters of keys plus values) imitates a full storage.
#[derive(Debug, Default)]
struct Memory {
    items: BTreeMap<String, String>,
    quota: Option<usize>,
}

#[derive(Debug, Clone)]
enum Backend {
    /// `window.localStorage` (fetched on each call; probed once in [`DraftStore::open`]).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Local,
    /// A map that lives as long as the page.
    Memory(Arc<Mutex<Memory>>),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(target_arch = "wasm32")]
mod local {
    //! The only code that touches `window.localStorage`.
    use super::Fault;
    use wasm_bindgen::{JsCast, JsValue};

    pub(super) fn storage() -> Result<web_sys::Storage, Fault> {
        let window = web_sys::window().ok_or(Fault::Blocked)?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(s),
            _ => Err(Fault::Blocked),
        }
    }

    pub(super) fn classify(error: &JsValue) -> Fault {
        if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
            let name = e.name();
            // Chromium/WebKit: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED.
            if name == "QuotaExceededError"
                || name == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == 22
            {
                return Fault::Full;
            }
        }
        Fault::Blocked
    }

    pub(super) fn get(key: &str) -> Result<Option<String>, Fault> {
        storage()?.get_item(key).map_err(|_| Fault::Blocked)
    }

    pub(super) fn set(key: &str, value: &str) -> Result<(), Fault> {
        storage()?.set_item(key, value).map_err(|e| classify(&e))
    }

    pub(super) fn remove(key: &str) -> Result<(), Fault> {
        storage()?.remove_item(key).map_err(|_| Fault::Blocked)
    }

    pub(super) fn keys() -> Result<Vec<String>, Fault> {
        let s = storage()?;
        let n = s.length().map_err(|_| Fault::Blocked)?;
        let mut out = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }
}

impl Backend {
    fn get(&self, key: &str) -> Result<Option<String>, Fault> {
        match self {
            Backend::Memory(m) => Ok(lock(m).items.get(key).cloned()),
            #[cfg(target_arch = "wasm32")]
            Backend::Local => local::get(key),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Local => Err(Fault::Blocked),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Fault> {
        match self {
            Backend::Memory(m) => {
                let mut m = lock(m);
                if let Some(quota) = m.quota {
                    let used: usize = m
                        .items
                        .iter()
                        .filter(|(k, _)| k.as_str() != key)
                        .map(|(k, v)| k.chars().count() + v.chars().count())
                        .sum();
                    if used + key.chars().count() + value.chars().count() > quota {
                        return Err(Fault::Full);
                    }
                }
                m.items.insert(key.to_string(), value.to_string());
                Ok(())
            }
            #[cfg(target_arch = "wasm32")]
            Backend::Local => local::set(key, value),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Local => Err(Fault::Blocked),
        }
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        match self {
            Backend::Memory(m) => {
                lock(m).items.remove(key);
                Ok(())
            }
            #[cfg(target_arch = "wasm32")]
            Backend::Local => local::remove(key),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Local => Err(Fault::Blocked),
        }
    }

    fn keys(&self) -> Result<Vec<String>, Fault> {
        match self {
            Backend::Memory(m) => Ok(lock(m).items.keys().cloned().collect()),
            #[cfg(target_arch = "wasm32")]
            Backend::Local => local::keys(),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Local => Err(Fault::Blocked),
        }
    }
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_millis() as f64)
    }
}

/// Local calendar date and time of `ms` (browser time zone; UTC outside a browser):
/// `(year, month, day, hour, minute)`.
fn local_time(ms: f64) -> (i64, u32, u32, u32, u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
        (
            i64::from(d.get_full_year()),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes(),
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = (ms / 1000.0).floor() as i64;
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        (
            year,
            month,
            day,
            (rem / 3600) as u32,
            ((rem % 3600) / 60) as u32,
        )
    }
}

/// The time of day of `ms`, as Indonesians write it: `14.32` (for "Tersimpan di perangkat
/// ini · 14.32").
pub fn clock(ms: f64) -> String {
    let (_, _, _, h, m) = local_time(ms);
    format!("{h:02}.{m:02}")
}

/// Date and time of `ms`: `27-11-2026 14.32`.
pub fn date_time(ms: f64) -> String {
    let (y, mo, d, h, m) = local_time(ms);
    format!("{d:02}-{mo:02}-{y} {h:02}.{m:02}")
}

fn random_u32() -> u32 {
    #[cfg(target_arch = "wasm32")]
    {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        nanos
            .wrapping_mul(2_654_435_761)
            .wrapping_add(COUNTER.fetch_add(1, Ordering::Relaxed))
    }
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

/// A new draft id: time and randomness in base 36 (`[0-9a-z]`, safe in keys and file names).
fn new_id() -> String {
    format!(
        "{}{}",
        base36(now_ms() as u64),
        base36(u64::from(random_u32()))
    )
}

/// Keeps `[A-Za-z0-9_-]` of `text` (others become `_`), at most 48 characters; never empty.
fn key_safe(text: &str) -> String {
    let s: String = text
        .chars()
        .take(48)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() {
        "_".into()
    } else {
        s
    }
}

/// A stored draft as read back.
#[derive(Debug, Clone)]
struct Record {
    rev: u64,
    updated: f64,
    sop: Sop,
}

#[derive(Deserialize)]
struct RecordRaw<'a> {
    format_version: u64,
    rev: u64,
    #[serde(default)]
    updated: f64,
    #[serde(borrow)]
    sop: &'a RawValue,
}

/// Reads a stored draft. `None`: not a draft of this version (kept aside by the caller).
fn decode(raw: &str) -> Option<Record> {
    let r: RecordRaw<'_> = serde_json::from_str(raw).ok()?;
    if r.format_version != FORMAT_VERSION {
        // There is no older version to migrate from yet: v1 is the first.
        return None;
    }
    let parsed = sop_core::parse(r.sop.get(), Format::Json);
    if parsed.failed {
        return None;
    }
    Some(Record {
        rev: r.rev,
        updated: if r.updated.is_finite() {
            r.updated
        } else {
            0.0
        },
        sop: parsed.sop,
    })
}

fn encode(sop: &Sop, rev: u64, updated: f64) -> Result<String, Notice> {
    // Serialising plain data to JSON cannot fail in practice; if it ever did, nothing was
    // stored, which the UI reports like a full storage (the model on screen is kept).
    let json = emit::to_string(sop, Format::Json).map_err(|_| Notice::Full)?;
    Ok(format!(
        "{{\"format_version\":{FORMAT_VERSION},\"rev\":{rev},\"updated\":{},\"sop\":{}}}",
        updated.max(0.0).round() as u64,
        json.trim_end()
    ))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct IndexEntry {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    kategori: String,
    #[serde(default)]
    updated: f64,
}

impl IndexEntry {
    fn of(id: &str, sop: &Sop, updated: f64) -> Self {
        Self {
            id: id.to_string(),
            name: sop.identity.name.clone(),
            kategori: sop.category.key().to_string(),
            updated,
        }
    }

    fn meta(&self) -> DraftMeta {
        DraftMeta {
            id: self.id.clone(),
            name: self.name.clone(),
            category: self.kategori.clone(),
            updated: self.updated,
        }
    }
}

/// Reads the index; `None` when it is not an array of entries with a key-safe id.
fn decode_index(raw: &str) -> Option<Vec<IndexEntry>> {
    let entries: Vec<IndexEntry> = serde_json::from_str(raw).ok()?;
    if entries
        .iter()
        .any(|e| e.id.is_empty() || key_safe(&e.id) != e.id || !e.updated.is_finite())
    {
        return None;
    }
    Some(entries)
}

fn encode_index(entries: &[IndexEntry]) -> String {
    serde_json::to_string(entries).unwrap_or_else(|_| "[]".into())
}

/// The drafts of one namespace. Cheap to clone (shared state), `Send + Sync` (it holds no
/// JS object), so it can go into a Leptos context.
#[derive(Debug, Clone)]
pub struct DraftStore {
    ns: Arc<str>,
    backend: Backend,
    pending: Arc<Mutex<Vec<Notice>>>,
}

impl DraftStore {
    /// Opens the drafts of `namespace`: probes `localStorage` once (blocked → in memory +
    /// [`Notice::Blocked`]), then checks every stored entry of the namespace: unreadable ones
    /// are kept aside ([`Notice::KeptAside`]), index entries without a draft are kept aside,
    /// drafts missing from the index are put back into it.
    pub fn open(namespace: &str) -> (DraftStore, Vec<Notice>) {
        let (backend, mut notices) = probe(namespace);
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
        let memory = Memory {
            items: BTreeMap::new(),
            quota,
        };
        Self::with_backend(namespace, Backend::Memory(Arc::new(Mutex::new(memory))))
    }

    fn with_backend(namespace: &str, backend: Backend) -> DraftStore {
        DraftStore {
            ns: Arc::from(namespace),
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

    fn prefix(&self) -> String {
        format!("{}:v{FORMAT_VERSION}:", self.ns)
    }

    /// `NS:v1:index`.
    pub fn index_key(&self) -> String {
        format!("{}index", self.prefix())
    }

    /// `NS:v1:draft:<id>`.
    pub fn draft_key(&self, id: &str) -> String {
        format!("{}draft:{id}", self.prefix())
    }

    /// `NS:v1:lang`.
    pub fn lang_key(&self) -> String {
        format!("{}lang", self.prefix())
    }

    fn aside_prefix(&self) -> String {
        format!("{}aside:", self.prefix())
    }

    fn probe_key(&self) -> String {
        format!("{}probe", self.prefix())
    }

    /// The draft id of a key of this namespace (`NS:v1:draft:<id>`), if it is one.
    pub fn draft_id_of_key(&self, key: &str) -> Option<String> {
        let id = key.strip_prefix(&self.prefix())?.strip_prefix("draft:")?;
        (!id.is_empty()).then(|| id.to_string())
    }

    // ------------------------------------------------------------------ aside

    /// Writes `raw` under a new aside key (`NS:v1:aside:<label>:<ms>`) and returns the key.
    fn put_aside(&self, raw: &str, label: &str) -> Result<String, Fault> {
        let ms = now_ms().max(0.0) as u64;
        let base = format!("{}{}:{ms}", self.aside_prefix(), key_safe(label));
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

    /// Values kept aside: `(key, raw value)`, oldest first.
    pub fn set_aside(&self) -> Vec<(String, String)> {
        let prefix = self.aside_prefix();
        let Ok(keys) = self.backend.keys() else {
            return Vec::new();
        };
        let mut out: Vec<(String, String)> = keys
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .filter_map(|k| match self.backend.get(&k) {
                Ok(Some(v)) => Some((k, v)),
                _ => None,
            })
            .collect();
        out.sort_by_key(|(k, _)| aside_time(k));
        out
    }

    /// Deletes a value kept aside (after the user chose to discard it). Keys outside this
    /// namespace's aside area are ignored.
    pub fn discard_aside(&self, key: &str) {
        if key.starts_with(&self.aside_prefix()) {
            let _ = self.backend.remove(key);
        }
    }

    // ------------------------------------------------------------------ index

    /// Reads the index. An unreadable index is kept aside and rebuilt from the drafts.
    fn read_index(&self) -> Result<Vec<IndexEntry>, Fault> {
        match self.backend.get(&self.index_key())? {
            None => Ok(Vec::new()),
            Some(raw) => match decode_index(&raw) {
                Some(entries) => Ok(entries),
                None => {
                    for notice in self.reconcile() {
                        self.notify(notice);
                    }
                    Ok(self
                        .backend
                        .get(&self.index_key())?
                        .and_then(|raw| decode_index(&raw))
                        .unwrap_or_default())
                }
            },
        }
    }

    fn write_index(&self, entries: &[IndexEntry]) -> Result<(), Fault> {
        self.backend.set(&self.index_key(), &encode_index(entries))
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

    /// Checks every entry of the namespace; see [`open`](Self::open).
    fn reconcile(&self) -> Vec<Notice> {
        let mut notices = Vec::new();
        let Ok(keys) = self.backend.keys() else {
            return vec![Notice::Blocked];
        };
        let prefix = self.prefix();
        let aside_prefix = self.aside_prefix();
        let aside = |original: &str, raw: &str, label: &str, notices: &mut Vec<Notice>| match self
            .move_aside(original, raw, label)
        {
            Ok(key) => notices.push(Notice::KeptAside { key }),
            Err(fault) => notices.push(fault.notice()),
        };

        // The index: unreadable → kept aside verbatim, rebuilt below.
        let index_key = self.index_key();
        let mut index_dirty = false;
        let mut index = match self.backend.get(&index_key) {
            Ok(Some(raw)) => match decode_index(&raw) {
                Some(entries) => entries,
                None => {
                    aside(&index_key, &raw, "index", &mut notices);
                    index_dirty = true;
                    Vec::new()
                }
            },
            Ok(None) => Vec::new(),
            Err(_) => return vec![Notice::Blocked],
        };

        // Every draft and every other key under our prefix.
        let mut drafts: BTreeMap<String, Record> = BTreeMap::new();
        let mut unreadable: Vec<String> = Vec::new();
        for key in keys.iter().filter(|k| k.starts_with(&prefix)) {
            if *key == index_key || key.starts_with(&aside_prefix) {
                continue;
            }
            let Ok(Some(raw)) = self.backend.get(key) else {
                continue;
            };
            if *key == self.probe_key() {
                let _ = self.backend.remove(key);
            } else if *key == self.lang_key() {
                if parse_lang(&raw).is_none() {
                    aside(key, &raw, "lang", &mut notices);
                }
            } else if let Some(id) = self.draft_id_of_key(key) {
                match decode(&raw).filter(|_| key_safe(&id) == id) {
                    Some(record) => {
                        drafts.insert(id, record);
                    }
                    None => {
                        aside(key, &raw, &id, &mut notices);
                        unreadable.push(id);
                    }
                }
            } else {
                // Another program's value under our prefix (or a key we never write).
                let rest = key.strip_prefix(&prefix).unwrap_or(key);
                aside(key, &raw, rest, &mut notices);
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
                let raw = serde_json::to_string(&entry).unwrap_or_default();
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
        entries.sort_by(|a, b| b.updated.total_cmp(&a.updated));
        entries.iter().map(IndexEntry::meta).collect()
    }

    /// Stores `sop` as a new draft (rev 1) and returns its id.
    pub fn create(&self, sop: &Sop) -> Result<String, Notice> {
        let mut id = new_id();
        while matches!(self.backend.get(&self.draft_key(&id)), Ok(Some(_))) {
            id = new_id();
        }
        let updated = now_ms();
        let record = encode(sop, 1, updated)?;
        self.backend
            .set(&self.draft_key(&id), &record)
            .map_err(Fault::notice)?;
        self.upsert_index(IndexEntry::of(&id, sop, updated));
        Ok(id)
    }

    /// Reads a draft: its model and its `rev` (pass it to [`save`](Self::save)). An
    /// unreadable stored value is kept aside ([`Notice::KeptAside`]).
    pub fn load(&self, id: &str) -> Result<(Sop, u64), Notice> {
        let key = self.draft_key(id);
        let raw = self
            .backend
            .get(&key)
            .map_err(Fault::notice)?
            .ok_or_else(|| Notice::Missing { id: id.to_string() })?;
        match decode(&raw) {
            Some(record) => Ok((record.sop, record.rev)),
            None => {
                let notice = match self.move_aside(&key, &raw, id) {
                    Ok(key) => Notice::KeptAside { key },
                    Err(fault) => fault.notice(),
                };
                let _ = self.remove_from_index(id);
                Err(notice)
            }
        }
    }

    /// The `rev` stored for a draft now (`None`: missing or unreadable). The editor compares
    /// it with the rev it loaded to tell whether another tab saved the draft.
    pub fn stored_rev(&self, id: &str) -> Option<u64> {
        let raw = self.backend.get(&self.draft_key(id)).ok()??;
        let r: RecordRaw<'_> = serde_json::from_str(&raw).ok()?;
        Some(r.rev)
    }

    /// Saves `sop` over draft `id` if the stored `rev` is still `base_rev` (the rev that was
    /// loaded or returned by the last save) and returns the new rev. Refuses with
    /// [`Notice::ChangedElsewhere`] when another tab saved in between, and with
    /// [`Notice::Full`] when storage is full; in both cases the stored copy is unchanged.
    /// A draft deleted elsewhere is stored again (nothing typed is lost); an unreadable
    /// stored value is kept aside first (reported by [`take_notices`](Self::take_notices)).
    pub fn save(&self, id: &str, sop: &Sop, base_rev: u64) -> Result<u64, Notice> {
        let key = self.draft_key(id);
        let current = self.backend.get(&key).map_err(Fault::notice)?;
        if let Some(raw) = &current {
            match serde_json::from_str::<RecordRaw<'_>>(raw)
                .ok()
                .filter(|r| r.format_version == FORMAT_VERSION)
            {
                Some(r) if r.rev != base_rev => {
                    return Err(Notice::ChangedElsewhere { id: id.to_string() })
                }
                Some(_) => {}
                None => match self.move_aside(&key, raw, id) {
                    Ok(aside_key) => self.notify(Notice::KeptAside { key: aside_key }),
                    Err(fault) => return Err(fault.notice()),
                },
            }
        }
        let rev = base_rev.saturating_add(1);
        let updated = now_ms();
        let record = encode(sop, rev, updated)?;
        self.backend.set(&key, &record).map_err(Fault::notice)?;
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
            .remove(&self.draft_key(id))
            .map_err(Fault::notice)?;
        self.remove_from_index(id).map_err(Fault::notice)
    }

    // ------------------------------------------------------------------ language

    /// The remembered interface language, if any.
    pub fn lang(&self) -> Option<Lang> {
        parse_lang(&self.backend.get(&self.lang_key()).ok()??)
    }

    /// Remembers the interface language.
    pub fn set_lang(&self, lang: Lang) -> Result<(), Notice> {
        self.backend
            .set(&self.lang_key(), &format!("\"{}\"", lang.key()))
            .map_err(Fault::notice)
    }

    // ------------------------------------------------------------------ other tabs

    /// Calls `on_change` for every change another tab or window makes to this namespace
    /// (the window `storage` event; a tab never receives its own changes). The listener is
    /// removed when the returned handle is dropped. `None` when storage is in memory (no
    /// other tab can share it) or outside a browser.
    pub fn watch(&self, on_change: impl Fn(StorageChange) + 'static) -> Option<Watch> {
        if !self.persistent() {
            return None;
        }
        #[cfg(target_arch = "wasm32")]
        {
            watch::listen(self.clone(), on_change)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = on_change;
            None
        }
    }
}

/// A change made by another tab or window (see [`DraftStore::watch`]).
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
    #[cfg(target_arch = "wasm32")]
    _inner: send_wrapper::SendWrapper<watch::Listener>,
    #[cfg(not(target_arch = "wasm32"))]
    _inner: (),
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watch")
    }
}

#[cfg(target_arch = "wasm32")]
mod watch {
    use super::{DraftStore, RecordRaw, StorageChange, Watch};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    pub(super) struct Listener {
        window: web_sys::Window,
        closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = self.window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }

    pub(super) fn listen(
        store: DraftStore,
        on_change: impl Fn(StorageChange) + 'static,
    ) -> Option<Watch> {
        let window = web_sys::window()?;
        let prefix = store.prefix();
        let closure = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |event: web_sys::StorageEvent| {
                // sessionStorage changes fire the same event: only localStorage is ours.
                if let (Some(area), Ok(local)) = (event.storage_area(), super::local::storage()) {
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
                let draft_id = key.as_deref().and_then(|k| store.draft_id_of_key(k));
                let rev = draft_id.as_ref().and_then(|_| {
                    let raw = event.new_value()?;
                    let r: RecordRaw<'_> = serde_json::from_str(&raw).ok()?;
                    Some(r.rev)
                });
                on_change(StorageChange { key, draft_id, rev });
            },
        );
        window
            .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Watch {
            _inner: send_wrapper::SendWrapper::new(Listener { window, closure }),
        })
    }
}

fn parse_lang(raw: &str) -> Option<Lang> {
    let text: String = serde_json::from_str(raw).ok()?;
    match text.as_str() {
        "id" => Some(Lang::Id),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The time part of an aside key (`…:aside:<id>:<ms>`), for sorting.
fn aside_time(key: &str) -> u64 {
    key.rsplit(':')
        .next()
        .map(|t| {
            t.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|t| t.parse().ok())
        .unwrap_or(0)
}

/// The id part of an aside key (`NS:v1:aside:<id>:<ms>` → `<id>`), for file names.
pub fn aside_label(key: &str) -> String {
    let mut parts = key.rsplitn(2, ':');
    let _ms = parts.next();
    let rest = parts.next().unwrap_or(key);
    key_safe(rest.rsplit(":aside:").next().unwrap_or(rest))
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

/// Probes `localStorage` once: a test write and removal. Blocked (the getter throws or
/// returns null, or storage refuses even an empty write with nothing stored) → memory.
fn probe(namespace: &str) -> (Backend, Vec<Notice>) {
    #[cfg(target_arch = "wasm32")]
    {
        let probe_key = format!("{namespace}:v{FORMAT_VERSION}:probe");
        let Ok(storage) = local::storage() else {
            return memory_fallback();
        };
        match storage.set_item(&probe_key, "1") {
            Ok(()) => {
                let _ = storage.remove_item(&probe_key);
                (Backend::Local, Vec::new())
            }
            Err(e) => {
                let stored = storage.length().unwrap_or(0);
                if local::classify(&e) == Fault::Full && stored > 0 {
                    // Full, but readable: the drafts are there; writes will report Full.
                    (Backend::Local, vec![Notice::Full])
                } else {
                    memory_fallback()
                }
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = namespace;
        memory_fallback()
    }
}

fn memory_fallback() -> (Backend, Vec<Notice>) {
    (
        Backend::Memory(Arc::new(Mutex::new(Memory::default()))),
        vec![Notice::Blocked],
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    //! The store's logic on the in-memory backend (the real `localStorage` is exercised by
    //! `tests/storage.rs` in Chromium).
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

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
    }

    #[test]
    fn a_full_storage_refuses_the_save_and_keeps_the_stored_copy() {
        let sop = template_sop();
        let record = encode(&sop, 1, 0.0).unwrap();
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
    fn keys_and_labels() {
        let store = DraftStore::in_memory("ns");
        assert_eq!(store.index_key(), "ns:v1:index");
        assert_eq!(store.draft_key("abc"), "ns:v1:draft:abc");
        assert_eq!(
            store.draft_id_of_key("ns:v1:draft:abc").as_deref(),
            Some("abc")
        );
        assert_eq!(store.draft_id_of_key("ns:v1:index"), None);
        assert_eq!(aside_label("ns:v1:aside:abc:1700000000000"), "abc");
        assert_eq!(clock(0.0), "00.00");
        assert_eq!(date_time(1_795_822_320_000.0), "27-11-2026 23.32");
        let id = new_id();
        assert_eq!(key_safe(&id), id);
    }
}
