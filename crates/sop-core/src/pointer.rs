//! Document pointers (RFC 6901): `/kegiatan/3/mutu_baku/waktu`. Indexes are 0-based.

use std::cmp::Ordering;

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

/// Orders pointers as the document is written: keys by their place in the format
/// ([`crate::parse::KNOWN_KEYS`]), indexes by number, the parent before its children.
pub fn document_order(a: &str, b: &str) -> Ordering {
    let mut left = a.split('/').skip(1);
    let mut right = b.split('/').skip(1);
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = rank(x).cmp(&rank(y)).then_with(|| x.cmp(y));
                if ord != Ordering::Equal {
                    return ord;
                }
            }
        }
    }
}

fn rank(segment: &str) -> (usize, u64) {
    if let Ok(n) = segment.parse::<u64>() {
        return (0, n);
    }
    let place = crate::parse::KNOWN_KEYS
        .iter()
        .position(|k| *k == segment)
        .unwrap_or(usize::MAX);
    (place, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
