//! What the drafts store writes and how it reads it back: the keys of a namespace, the
//! draft record, the index and the remembered language. Pure: no storage here.

use std::fmt::Write as _;

use sop_core::node::{Node, Value};
use sop_core::{emit, Format, Lang, Sop};

use super::Notice;

/// The version in every key (`NS:v1:…`) and the `format_version` of a stored draft.
pub const FORMAT_VERSION: u64 = 1;

/// The keys of one namespace (`NS:v1:…`, see the module docs of [`crate::storage`]).
#[derive(Debug, Clone)]
pub(super) struct Keys {
    prefix: String,
}

impl Keys {
    pub(super) fn new(namespace: &str) -> Self {
        Self {
            prefix: format!("{namespace}:v{FORMAT_VERSION}:"),
        }
    }

    /// `NS:v1:` — every key of the namespace starts with it.
    pub(super) fn prefix(&self) -> &str {
        &self.prefix
    }

    pub(super) fn index(&self) -> String {
        format!("{}index", self.prefix)
    }

    pub(super) fn draft(&self, id: &str) -> String {
        format!("{}draft:{id}", self.prefix)
    }

    pub(super) fn lang(&self) -> String {
        format!("{}lang", self.prefix)
    }

    pub(super) fn aside_prefix(&self) -> String {
        format!("{}aside:", self.prefix)
    }

    pub(super) fn probe(&self) -> String {
        format!("{}probe", self.prefix)
    }

    /// The draft id of `NS:v1:draft:<id>`, if `key` is one.
    pub(super) fn draft_id(&self, key: &str) -> Option<String> {
        let id = key.strip_prefix(&self.prefix)?.strip_prefix("draft:")?;
        (!id.is_empty()).then(|| id.to_string())
    }
}

// The store's values are JSON, written and read by hand (with sop-core's JSON reader)
// rather than through serde_json: the same bytes as the serde derives these records had,
// for less wasm (README.md, "Bundle size").

/// A value the store reads from JSON text.
pub(super) trait FromJson: Sized {
    /// The value of the JSON tree `node` read from `text`; `None` when it is not one.
    fn read(node: &Node, text: &str) -> Option<Self>;
}

/// A value the store writes as JSON text.
pub(super) trait ToJson {
    /// The value as JSON text.
    fn write(&self) -> String;
}

/// Reads `text` as a `T`; `None` when it is not JSON or not a `T`.
pub(super) fn read<T: FromJson>(text: &str) -> Option<T> {
    T::read(&sop_core::parse::read_json(text)?, text)
}

/// A JSON string's text (not a number or anything else).
fn text_of(node: &Node) -> Option<String> {
    match &node.value {
        Value::Scalar(s) if s.quoted => Some(s.text.clone()),
        _ => None,
    }
}

/// A JSON number's text (not a string).
fn number_text(node: &Node) -> Option<&str> {
    match &node.value {
        Value::Scalar(s) if !s.quoted => Some(&s.text),
        _ => None,
    }
}

/// A whole number from 0 (`1`, not `1.0`, `-1` or `"1"`).
fn unsigned(node: Option<&Node>) -> Option<u64> {
    number_text(node?)?.parse().ok()
}

/// Any JSON number as `f64`; `default` when the member is absent. Too large a number is
/// not one (as serde_json had it).
fn float(node: Option<&Node>, default: f64) -> Option<f64> {
    match node {
        None => Some(default),
        Some(n) => number_value(number_text(n)?).filter(|v| v.is_finite()),
    }
}

/// The value of a JSON number's text, read by hand: the store's numbers are times in
/// whole milliseconds, exact this way, and core's float parser would add its code and
/// tables to the wasm (README.md, "Bundle size").
fn number_value(text: &str) -> Option<f64> {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let (negative, digits) = match mantissa.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, mantissa),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut value = 0.0_f64;
    for c in whole.bytes().chain(fraction.bytes()) {
        if !c.is_ascii_digit() {
            return None;
        }
        value = value * 10.0 + f64::from(c - b'0');
    }
    let scale = i32::try_from(fraction.len()).ok()?.checked_sub(exponent)?;
    // Dividing by an exact power of ten keeps `1700000000000.0` exact (multiplying by 0.1
    // would not).
    value = if scale >= 0 {
        value / 10_f64.powi(scale)
    } else {
        value * 10_f64.powi(-scale)
    };
    Some(if negative { -value } else { value })
}

/// A text member; `""` when absent.
fn text_or_empty(node: Option<&Node>) -> Option<String> {
    node.map_or(Some(String::new()), text_of)
}

/// `,"key":` (or `"key":` first) of a JSON object being written.
fn key(out: &mut String, key: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    emit::json_string(out, key);
    out.push(':');
}

/// A time in milliseconds as serde_json wrote the `f64`: a whole number with `.0` (a
/// fraction of a millisecond is rounded away; the store only ever writes whole ones).
/// Written without core's float printer (bundle size).
fn write_float(out: &mut String, value: f64) {
    let _ = write!(out, "{}.0", value.round() as i64);
}

/// A stored draft as written:
/// `{"format_version":1,"rev":n,"updated":ms,"sop":<the SOP as format v1 JSON>}`.
#[derive(Debug)]
pub(super) struct DraftOut {
    rev: u64,
    updated: u64,
    sop: String,
}

impl DraftOut {
    /// The record of `sop` at revision `rev`, changed at `updated` (ms). The SOP is written
    /// by [`sop_core::emit::to_string`], the same writer as an export.
    pub(super) fn new(sop: &Sop, rev: u64, updated: f64) -> Result<Self, Notice> {
        // Writing plain data to JSON cannot fail in practice; if it ever did, nothing
        // is stored, which the UI reports like a full storage (the model on screen is kept).
        let json = emit::to_string(sop, Format::Json).map_err(|_| Notice::Full)?;
        Ok(Self {
            rev,
            updated: updated.max(0.0).round() as u64,
            sop: json.trim_end().to_string(),
        })
    }
}

impl ToJson for DraftOut {
    fn write(&self) -> String {
        format!(
            "{{\"format_version\":{FORMAT_VERSION},\"rev\":{},\"updated\":{},\"sop\":{}}}",
            self.rev, self.updated, self.sop
        )
    }
}

/// A stored draft as read: its SOP is kept as JSON text for [`sop_core::parse`] (the same
/// path as an import, so an odd draft still gives a partial model).
#[derive(Debug)]
pub(super) struct DraftIn {
    format_version: u64,
    rev: u64,
    updated: f64,
    sop: String,
}

impl FromJson for DraftIn {
    fn read(node: &Node, text: &str) -> Option<Self> {
        let sop = node.get("sop")?;
        Some(Self {
            format_version: unsigned(node.get("format_version"))?,
            rev: unsigned(node.get("rev"))?,
            updated: float(node.get("updated"), 0.0)?,
            sop: text.get(sop.span.start..sop.span.end)?.to_string(),
        })
    }
}

/// Just the version and revision of a stored draft (what a save compares).
#[derive(Debug)]
pub(super) struct DraftHead {
    pub(super) format_version: u64,
    pub(super) rev: u64,
}

impl FromJson for DraftHead {
    fn read(node: &Node, _: &str) -> Option<Self> {
        node.get("sop")?;
        Some(Self {
            format_version: unsigned(node.get("format_version"))?,
            rev: unsigned(node.get("rev"))?,
        })
    }
}

/// A stored draft, read back.
#[derive(Debug, Clone)]
pub(super) struct Record {
    pub(super) rev: u64,
    pub(super) updated: f64,
    pub(super) sop: Sop,
}

impl DraftIn {
    /// The draft; `None` when it is not a draft of this version or its SOP cannot be read
    /// at all (the caller keeps it aside).
    pub(super) fn decode(self) -> Option<Record> {
        if self.format_version != FORMAT_VERSION {
            // There is no older version to migrate from yet: v1 is the first.
            return None;
        }
        let parsed = sop_core::parse(&self.sop, Format::Json);
        if parsed.failed {
            return None;
        }
        Some(Record {
            rev: self.rev,
            updated: if self.updated.is_finite() {
                self.updated
            } else {
                0.0
            },
            sop: parsed.sop,
        })
    }
}

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

/// An entry of `NS:v1:index`: `{"id":…,"name":…,"kategori":…,"updated":ms}`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct IndexEntry {
    pub(super) id: String,
    name: String,
    kategori: String,
    updated: f64,
}

impl FromJson for IndexEntry {
    fn read(node: &Node, _: &str) -> Option<Self> {
        if !matches!(node.value, Value::Map(_)) {
            return None;
        }
        Some(Self {
            id: text_of(node.get("id")?)?,
            name: text_or_empty(node.get("name"))?,
            kategori: text_or_empty(node.get("kategori"))?,
            updated: float(node.get("updated"), 0.0)?,
        })
    }
}

impl ToJson for IndexEntry {
    fn write(&self) -> String {
        let mut out = String::from("{");
        key(&mut out, "id");
        emit::json_string(&mut out, &self.id);
        key(&mut out, "name");
        emit::json_string(&mut out, &self.name);
        key(&mut out, "kategori");
        emit::json_string(&mut out, &self.kategori);
        key(&mut out, "updated");
        write_float(&mut out, self.updated);
        out.push('}');
        out
    }
}

/// The index: a JSON array of entries.
impl FromJson for Vec<IndexEntry> {
    fn read(node: &Node, text: &str) -> Option<Self> {
        match &node.value {
            Value::List(items) => items.iter().map(|n| IndexEntry::read(n, text)).collect(),
            _ => None,
        }
    }
}

impl ToJson for [IndexEntry] {
    fn write(&self) -> String {
        let items: Vec<String> = self.iter().map(IndexEntry::write).collect();
        format!("[{}]", items.join(","))
    }
}

/// A JSON string (the remembered language).
impl FromJson for String {
    fn read(node: &Node, _: &str) -> Option<Self> {
        text_of(node)
    }
}

impl ToJson for str {
    fn write(&self) -> String {
        let mut out = String::new();
        emit::json_string(&mut out, self);
        out
    }
}

impl IndexEntry {
    pub(super) fn of(id: &str, sop: &Sop, updated: f64) -> Self {
        Self {
            id: id.to_string(),
            name: sop.identity.name.clone(),
            kategori: sop.category.key().to_string(),
            updated,
        }
    }

    pub(super) fn updated(&self) -> f64 {
        self.updated
    }

    pub(super) fn meta(&self) -> DraftMeta {
        DraftMeta {
            id: self.id.clone(),
            name: self.name.clone(),
            category: self.kategori.clone(),
            updated: self.updated,
        }
    }
}

/// True when the index entries have key-safe ids and finite times (else the index is
/// unreadable and kept aside).
pub(super) fn index_is_sound(entries: &[IndexEntry]) -> bool {
    entries
        .iter()
        .all(|e| !e.id.is_empty() && key_safe(&e.id) == e.id && e.updated.is_finite())
}

/// The remembered language: the JSON string `"id"` or `"en"`.
pub(super) fn lang_of(text: &str) -> Option<Lang> {
    match text {
        "id" => Some(Lang::Id),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Keeps `[A-Za-z0-9_-]` of `text` (others become `_`), at most 48 characters; never empty.
pub(super) fn key_safe(text: &str) -> String {
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

/// The time part of an aside key (`…:aside:<id>:<ms>`), milliseconds since the epoch.
pub fn aside_time(key: &str) -> u64 {
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

/// The id part of an aside key (`NS:v1:aside:<id>:<ms>` → `<id>`), as stored.
pub fn aside_id(key: &str) -> &str {
    let mut parts = key.rsplitn(2, ':');
    let _ms = parts.next();
    let rest = parts.next().unwrap_or(key);
    rest.rsplit(":aside:").next().unwrap_or(rest)
}

/// The id part of an aside key, safe in a file name.
pub fn aside_label(key: &str) -> String {
    key_safe(aside_id(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev_of(raw: &str) -> Option<u64> {
        read::<DraftHead>(raw)
            .filter(|h| h.format_version == FORMAT_VERSION)
            .map(|h| h.rev)
    }

    #[test]
    fn keys_and_labels() {
        let keys = Keys::new("ns");
        assert_eq!(keys.index(), "ns:v1:index");
        assert_eq!(keys.draft("abc"), "ns:v1:draft:abc");
        assert_eq!(keys.lang(), "ns:v1:lang");
        assert_eq!(keys.draft_id("ns:v1:draft:abc").as_deref(), Some("abc"));
        assert_eq!(keys.draft_id("ns:v1:draft:"), None);
        assert_eq!(keys.draft_id("ns:v1:index"), None);
        assert_eq!(aside_label("ns:v1:aside:abc:1700000000000"), "abc");
        assert_eq!(aside_id("ns:v1:aside:abc:1700000000000"), "abc");
        assert_eq!(
            aside_time("ns:v1:aside:abc:1700000000000"),
            1_700_000_000_000
        );
        assert_eq!(
            aside_time("ns:v1:aside:abc:1700000000000001"),
            1_700_000_000_000_001
        );
        assert_eq!(key_safe("a b/ç"), "a_b__");
        assert_eq!(key_safe(""), "_");
        let id = crate::platform::new_id();
        assert_eq!(key_safe(&id), id);
    }

    /// The record's bytes: what every stored draft so far looks like (a reader of v1
    /// depends on this shape).
    #[test]
    fn a_record_is_written_as_v1_and_read_back() {
        let sop = Sop::new_draft();
        let out = DraftOut::new(&sop, 3, 1_700_000_000_000.4).expect("record");
        let text = out.write();
        let json = emit::to_string(&sop, Format::Json).expect("emit");
        assert_eq!(
            text,
            format!(
                "{{\"format_version\":1,\"rev\":3,\"updated\":1700000000000,\"sop\":{}}}",
                json.trim_end()
            )
        );
        assert_eq!(rev_of(&text), Some(3));
        let back: DraftIn = read(&text).expect("draft");
        let record = back.decode().expect("readable");
        assert_eq!((record.sop, record.rev), (sop, 3));
        assert_eq!(rev_of(r#"{"format_version":1,"rev":2}"#), None);
        assert_eq!(rev_of(r#"{"format_version":2,"rev":2,"sop":{}}"#), None);
    }

    /// Records as the previous version wrote them (through serde_json) read back the
    /// same, and the index is written again byte for byte.
    #[test]
    fn records_of_the_serde_version_read_and_write_the_same() {
        let index =
            r#"[{"id":"abc","name":"Layanan \"A\"","kategori":"umum","updated":1700000000000.0}]"#;
        let entries: Vec<IndexEntry> = read(index).expect("index");
        let meta = DraftMeta {
            id: "abc".into(),
            name: "Layanan \"A\"".into(),
            category: "umum".into(),
            updated: 1_700_000_000_000.0,
        };
        assert_eq!(
            entries.iter().map(IndexEntry::meta).collect::<Vec<_>>(),
            [meta]
        );
        assert_eq!(entries.write(), index);
        for (text, value) in [
            ("1700000000000", 1_700_000_000_000.0),
            ("1700000000000.0", 1_700_000_000_000.0),
            ("1.7e12", 1_700_000_000_000.0),
            ("17E+11", 1_700_000_000_000.0),
            ("-2.5", -2.5),
            ("0", 0.0),
        ] {
            assert_eq!(number_value(text), Some(value), "{text}");
        }
        let huge = r#"[{"id":"a","updated":1e400}]"#;
        assert!(read::<Vec<IndexEntry>>(huge).is_none());
        // Members in another order, one unknown, no `updated`.
        let draft = r#"{"rev":4,"sop":{"format":"sop/1","kategori":"umum","status":"draf","identitas":{"nama":"X"}},"extra":true,"format_version":1}"#;
        let record = read::<DraftIn>(draft)
            .and_then(DraftIn::decode)
            .expect("draft");
        assert_eq!(record.rev, 4);
        assert_eq!(record.updated, 0.0);
        assert_eq!(record.sop.identity.name, "X");
        // Not a record (wrong types, missing members): unreadable, kept aside by the store.
        assert!(read::<DraftIn>(r#"{"format_version":"1","rev":1,"sop":{}}"#).is_none());
        assert!(read::<DraftIn>(r#"{"format_version":1,"rev":1.5,"sop":{}}"#).is_none());
        assert!(
            read::<DraftIn>(r#"{"format_version":1,"rev":1,"updated":"x","sop":{}}"#).is_none()
        );
        assert!(read::<DraftIn>(r#"{"format_version":1,"rev":1} trailing"#).is_none());
        assert!(read::<Vec<IndexEntry>>(r#"[{"name":"no id"}]"#).is_none());
        assert!(read::<Vec<IndexEntry>>(r#"{"id":"a"}"#).is_none());
        assert!(read::<String>("en").is_none());
        assert_eq!(read::<String>("\"en\"").as_deref(), Some("en"));
        assert_eq!("en".write(), "\"en\"");
    }
}
