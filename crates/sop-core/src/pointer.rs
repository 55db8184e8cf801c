//! Document pointers (RFC 6901): `/kegiatan/3/mutu_baku/waktu`. Indexes are 0-based. The
//! one location concept: the CLI turns a pointer into a line and column, the web app into
//! the id of a form field. [`Pointer`] builds them from the [`crate::keys`].

use std::cmp::Ordering;

use crate::keys::{self, Shape};

/// A document pointer being built, one segment at a time:
/// `Pointer::step(3).key(keys::step::URAIAN)` is `/kegiatan/3/uraian`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (the empty pointer).
    pub fn root() -> Self {
        Self(String::new())
    }

    /// A top-level section: `/dasar_hukum`.
    pub fn section(key: &str) -> Self {
        Self::root().key(key)
    }

    /// A field of the identity block: `/identitas/nomor`.
    pub fn identity(key: &str) -> Self {
        Self::section(keys::root::IDENTITAS).key(key)
    }

    /// A field of the signing official: `/identitas/disahkan_oleh/nip`.
    pub fn signer(key: &str) -> Self {
        Self::identity(keys::identity::DISAHKAN_OLEH).key(key)
    }

    /// Lane `index` (0-based): `/pelaksana/2`.
    pub fn lane(index: usize) -> Self {
        Self::section(keys::root::PELAKSANA).index(index)
    }

    /// Step row `index` (0-based): `/kegiatan/2`.
    pub fn step(index: usize) -> Self {
        Self::section(keys::root::KEGIATAN).index(index)
    }

    /// Monitoring record `index` (0-based): `/monitoring/2`.
    pub fn monitoring(index: usize) -> Self {
        Self::section(keys::root::MONITORING).index(index)
    }

    /// Evaluation `index` (0-based): `/evaluasi/2`.
    pub fn evaluation(index: usize) -> Self {
        Self::section(keys::root::EVALUASI).index(index)
    }

    /// This pointer with a key segment appended (`~` and `/` escaped).
    #[must_use]
    pub fn key(self, key: &str) -> Self {
        Self(push_key(&self.0, key))
    }

    /// This pointer with an index segment appended.
    #[must_use]
    pub fn index(self, index: usize) -> Self {
        Self(push_index(&self.0, index))
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Pointer> for String {
    fn from(pointer: Pointer) -> Self {
        pointer.0
    }
}

impl std::fmt::Display for Pointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Appends a key segment, escaping `~` and `/`.
pub fn push_key(pointer: &str, key: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + key.len() + 1);
    out.push_str(pointer);
    out.push('/');
    if key.contains(['~', '/']) {
        out.push_str(&key.replace('~', "~0").replace('/', "~1"));
    } else {
        out.push_str(key);
    }
    out
}

/// Appends an index segment.
pub fn push_index(pointer: &str, index: usize) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(pointer.len() + 6);
    out.push_str(pointer);
    let _ = write!(out, "/{index}");
    out
}

/// The pointer one level up (`/a/b` → `/a`, `/a` → ``), or `None` at the root.
pub fn parent(pointer: &str) -> Option<&str> {
    if pointer.is_empty() {
        return None;
    }
    pointer.rfind('/').map(|i| &pointer[..i])
}

/// The unescaped segments of a pointer.
pub fn segments(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
}

/// Orders pointers as the document is written: indexes by number, keys by their place in
/// their mapping ([`Shape::keys`]; unknown keys last, by name), the parent before its
/// children.
pub fn document_order(a: &str, b: &str) -> Ordering {
    let mut left = a.split('/').skip(1);
    let mut right = b.split('/').skip(1);
    // The mapping the next segment is a key of; `None` below unknown or list-of-text keys.
    let mut shape = Some(Shape::Root);
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = rank(shape, x).cmp(&rank(shape, y)).then_with(|| x.cmp(y));
                if ord != Ordering::Equal {
                    return ord;
                }
                // A list index keeps the shape: the items are mappings of the list's shape.
                if x.parse::<u64>().is_err() {
                    shape = shape.and_then(|s| s.child(x));
                }
            }
        }
    }
}

fn rank(shape: Option<Shape>, segment: &str) -> (usize, u64) {
    if let Ok(n) = segment.parse::<u64>() {
        return (0, n);
    }
    let place = shape
        .and_then(|s| s.position(segment))
        .unwrap_or(usize::MAX);
    (place, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{quality, step};

    #[test]
    fn escapes_and_orders() {
        assert_eq!(push_key("/a", "x/y~"), "/a/x~1y~0");
        assert_eq!(parent("/a/b"), Some("/a"));
        assert_eq!(parent("/a"), Some(""));
        assert_eq!(parent(""), None);
        assert_eq!(
            document_order("/kegiatan/2", "/kegiatan/10"),
            Ordering::Less
        );
        assert_eq!(
            document_order("/identitas/nama", "/dasar_hukum"),
            Ordering::Less
        );
        assert_eq!(
            document_order("/kegiatan", "/kegiatan/0/uraian"),
            Ordering::Less
        );
    }

    #[test]
    fn keys_order_within_their_own_mapping() {
        // `penilai` is written before `catatan` in an evaluation and after it in a
        // monitoring record.
        assert_eq!(
            document_order("/evaluasi/0/penilai", "/evaluasi/0/catatan"),
            Ordering::Less
        );
        assert_eq!(
            document_order("/monitoring/0/penilai", "/monitoring/0/catatan"),
            Ordering::Greater
        );
        assert_eq!(
            document_order("/kegiatan/0/cabang/1/ke", "/kegiatan/0/ke"),
            Ordering::Less
        );
        assert_eq!(
            document_order("/identitas/warna", "/identitas/jenis"),
            Ordering::Greater
        );
    }

    #[test]
    fn builds_pointers_from_keys() {
        assert_eq!(
            Pointer::step(3)
                .key(step::MUTU_BAKU)
                .key(quality::WAKTU)
                .as_str(),
            "/kegiatan/3/mutu_baku/waktu"
        );
        assert_eq!(
            String::from(Pointer::signer(crate::keys::signer::NIP)),
            "/identitas/disahkan_oleh/nip"
        );
        assert_eq!(Pointer::root().as_str(), "");
        assert_eq!(Pointer::lane(0).key("a/b").to_string(), "/pelaksana/0/a~1b");
    }
}
