//! Where the standalone app is, written in the address (DESIGN.md §6, "Addressable"): the
//! drafts list is `#/` (or no fragment), the editor of a draft is `#/draf/<id>`. Plain
//! functions from a `location.hash` to a [`Route`] and back; the app (`app.rs`) follows
//! the address with them, `platform.rs` reads and writes it. The widget never uses them:
//! the host page's address is the host's.

/// A place in the app that an address names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The drafts list: no fragment, `#` or `#/`.
    List,
    /// The editor of the stored draft with this id: `#/draf/<id>`.
    Draft(String),
    /// An address under `#/` that names no place (`#/draf/`, `#/dokumen/1`): the list,
    /// with a notice.
    Unknown,
}

/// The path segment before a draft's id (Indonesian, like the rest of the interface).
const DRAFT: &str = "/draf/";

/// The route of `hash` (`location.hash`: empty or starting with `#`). `None` for a
/// fragment that is not a route (`#konten`, a field's id): such an address is not a
/// change of place and is ignored.
pub fn parse(hash: &str) -> Option<Route> {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    if path.is_empty() || path == "/" {
        return Some(Route::List);
    }
    if !path.starts_with('/') {
        return None;
    }
    let id = path
        .strip_prefix(DRAFT)
        .map(|rest| rest.strip_suffix('/').unwrap_or(rest))
        .filter(|id| !id.is_empty() && !id.contains('/'))
        .and_then(decode);
    Some(id.map_or(Route::Unknown, Route::Draft))
}

/// The fragment of `route`, `#` included (`#/`, `#/draf/<id>`). An id's characters other
/// than letters, digits, `-`, `.`, `_` and `~` are percent-encoded, so every id comes back
/// unchanged through [`parse`].
pub fn format(route: &Route) -> String {
    match route {
        Route::List | Route::Unknown => "#/".to_string(),
        Route::Draft(id) => ["#", DRAFT, &encode(id)].concat(),
    }
}

fn encode(id: &str) -> String {
    // By hand rather than `format!("%{b:02X}")`: no formatting machinery in the wasm.
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// Percent-decodes `text`; `None` when an escape is malformed or the bytes are not UTF-8
/// (no stored id looks like that: the address names no draft).
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text
                .get(i + 1..i + 3)
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(id: &str) -> Option<Route> {
        Some(Route::Draft(id.to_string()))
    }

    #[test]
    fn the_list_is_the_empty_address() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(parse(hash), Some(Route::List), "{hash:?}");
        }
        assert_eq!(format(&Route::List), "#/");
    }

    #[test]
    fn a_draft_is_draf_and_its_id() {
        assert_eq!(parse("#/draf/m3x9k2abc"), draft("m3x9k2abc"));
        assert_eq!(parse("#/draf/m3x9k2abc/"), draft("m3x9k2abc"));
        assert_eq!(
            format(&Route::Draft("m3x9k2abc".into())),
            "#/draf/m3x9k2abc"
        );
    }

    #[test]
    fn other_fragments_are_not_routes() {
        // The skip link's target and the error summary's field ids stay fragments.
        for hash in ["#konten", "#f-identitas-nama", "#draf/abc"] {
            assert_eq!(parse(hash), None, "{hash:?}");
        }
    }

    #[test]
    fn unknown_paths_are_reported() {
        for hash in [
            "#/draf",
            "#/draf/",
            "#/draf//",
            "#/draf/a/b",
            "#/dokumen/1",
            "#/draf/%zz",
            "#/draf/%+1",
            "#/draf/%FF",
        ] {
            assert_eq!(parse(hash), Some(Route::Unknown), "{hash:?}");
        }
        assert_eq!(format(&Route::Unknown), "#/");
    }

    #[test]
    fn every_id_comes_back_unchanged() {
        for id in [
            "abc123",
            "pengaturan",
            "a b",
            "x/y",
            "50%",
            "#?&",
            "draf-ü",
            "A.b_c~d",
        ] {
            let route = Route::Draft(id.to_string());
            let hash = format(&route);
            assert!(
                hash[1..]
                    .chars()
                    .all(|c| c.is_ascii_graphic() && c != '#' && c != '?'),
                "{hash}"
            );
            assert_eq!(parse(&hash), Some(route), "{id:?} as {hash}");
        }
        // What a browser reports for an address typed with a space.
        assert_eq!(parse("#/draf/a%20b"), draft("a b"));
    }
}
