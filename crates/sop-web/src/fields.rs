//! The ONE place that turns a document pointer (`/kegiatan/3/mutu_baku/waktu`, as in a
//! `sop_core::Diagnostic`) into the id of a form element (`f-kegiatan-3-mutu_baku-waktu`),
//! and that finds the element to focus when the exact field is not rendered.
//!
//! Id scheme (every form component uses [`field_id`], never its own strings):
//!
//! - a control for pointer `P` has id `field_id(P)`;
//! - a group whose own findings point at it (a step, a lane, a record, a section heading)
//!   puts `field_id(P)` on a focusable heading (`tabindex="-1"`) or on its first control;
//! - a repeating list `P` (dasar hukum, lanes, steps, cabang…) has items `field_id(P/0)`,
//!   `field_id(P/1)`… and an add button [`add_id`]`(P)`;
//! - the editor's `<h1>` has `field_id("")` = `f`, the last resort.
//!
//! [`candidates`] lists, best first, the ids that may stand for a pointer: the pointer's
//! own id; for a list, its first item and its add button; then the same for each
//! ancestor, up to the editor heading. The DOM side ([`focus_pointer`]) takes the first
//! candidate that is rendered and enabled, so every pointer lands somewhere focusable.

use sop_core::pointer;
use wasm_bindgen::JsCast;

/// Keys whose value is a list rendered as repeating items with an add button.
const LISTS: &[&str] = &[
    "dasar_hukum",
    "kualifikasi_pelaksana",
    "keterkaitan",
    "peralatan_perlengkapan",
    "peringatan",
    "pencatatan_pendataan",
    "pelaksana",
    "kegiatan",
    "cabang",
    "monitoring",
    "evaluasi",
];

/// The form id of a pointer: `f` and the segments joined by `-` (characters outside
/// `[A-Za-z0-9_]` become `_`).
pub fn field_id(pointer: &str) -> String {
    let mut id = String::from("f");
    for segment in pointer::segments(pointer) {
        id.push('-');
        id.extend(segment.chars().map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        }));
    }
    id
}

/// The id of a list's add button.
pub fn add_id(list_pointer: &str) -> String {
    format!("{}-add", field_id(list_pointer))
}

/// The id of the remove button of a list item (`/dasar_hukum/2` → `f-dasar_hukum-2-remove`).
pub fn remove_id(item_pointer: &str) -> String {
    format!("{}-remove", field_id(item_pointer))
}

/// The id of the error message block of a field or group.
pub fn error_id(pointer: &str) -> String {
    format!("{}-error", field_id(pointer))
}

/// The id of the hint of a field or group.
pub fn hint_id(pointer: &str) -> String {
    format!("{}-hint", field_id(pointer))
}

/// The pointer of an item of a list (`/dasar_hukum`, 2 → `/dasar_hukum/2`).
pub fn item(list_pointer: &str, index: usize) -> String {
    pointer::push_index(list_pointer, index)
}

fn is_list(pointer: &str) -> bool {
    pointer
        .rsplit('/')
        .next()
        .is_some_and(|last| LISTS.contains(&last))
}

/// The ids that may stand for `pointer`, best first (see the module docs). Never empty:
/// the last is always `f`, the editor heading.
pub fn candidates(pointer: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut at = pointer.trim_end_matches('/');
    loop {
        let id = field_id(at);
        let mut push = |candidate: String| {
            if !out.contains(&candidate) {
                out.push(candidate);
            }
        };
        if is_list(at) {
            push(id.clone());
            push(format!("{id}-0"));
            push(format!("{id}-add"));
        } else {
            push(id);
        }
        match pointer::parent(at) {
            Some(parent) => at = parent,
            None => break,
        }
    }
    if !out.iter().any(|c| c == "f") {
        out.push("f".into());
    }
    out
}

// The DOM side. Only ever called with a rendered root element, so only in a browser.

/// Finds the element standing for `pointer` inside `root`: the first of
/// [`candidates`] that is rendered and not disabled.
pub fn resolve(root: &web_sys::Element, pointer: &str) -> Option<web_sys::HtmlElement> {
    candidates(pointer).into_iter().find_map(|id| {
        let el = root.query_selector(&format!("#{id}")).ok()??;
        if el.matches(":disabled").unwrap_or(false) {
            return None;
        }
        el.dyn_into::<web_sys::HtmlElement>().ok()
    })
}

/// Moves keyboard focus to the element standing for `pointer` (see [`resolve`]) and
/// scrolls it into view. Returns the id that got focus.
pub fn focus_pointer(root: &web_sys::Element, pointer: &str) -> Option<String> {
    let el = resolve(root, pointer)?;
    el.focus().ok()?;
    Some(el.id())
}

/// Focuses the element with `id` inside `root`, if it is rendered. Returns whether it was.
pub fn focus_id(root: &web_sys::Element, id: &str) -> bool {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

/// Focuses the first of `ids` that is rendered and enabled inside `root`.
pub fn focus_first_enabled(root: &web_sys::Element, ids: &[String]) {
    for id in ids {
        let enabled = root
            .query_selector(&format!("#{id}"))
            .ok()
            .flatten()
            .is_some_and(|e| !e.matches(":disabled").unwrap_or(true));
        if enabled && focus_id(root, id) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_pointer() {
        assert_eq!(field_id(""), "f");
        assert_eq!(field_id("/identitas/nama"), "f-identitas-nama");
        assert_eq!(
            field_id("/kegiatan/3/mutu_baku/waktu"),
            "f-kegiatan-3-mutu_baku-waktu"
        );
        assert_eq!(
            field_id("/kegiatan/1/cabang/0/ke"),
            "f-kegiatan-1-cabang-0-ke"
        );
        // Escaped and odd characters never leave the id alphabet.
        assert_eq!(field_id("/a~1b/c d"), "f-a_b-c_d");
        assert_eq!(add_id("/dasar_hukum"), "f-dasar_hukum-add");
        assert_eq!(remove_id("/pelaksana/2"), "f-pelaksana-2-remove");
        assert_eq!(error_id("/identitas/nama"), "f-identitas-nama-error");
        assert_eq!(item("/kegiatan", 2), "/kegiatan/2");
    }

    /// What each pointer shape the rules emit is tried as, best first (the ids the form
    /// renders are in `tests/web.rs`, which checks every finding focuses something).
    #[test]
    fn candidates_for_every_pointer_shape() {
        let first = |p: &str| candidates(p).into_iter().take(3).collect::<Vec<_>>();
        // Scalars: the control, then the enclosing group.
        assert_eq!(
            first("/identitas/nama"),
            ["f-identitas-nama", "f-identitas", "f"]
        );
        assert_eq!(
            first("/identitas/disahkan_oleh/nip"),
            [
                "f-identitas-disahkan_oleh-nip",
                "f-identitas-disahkan_oleh",
                "f-identitas"
            ]
        );
        // A list: its own id, its first item, its add button.
        assert_eq!(
            first("/dasar_hukum"),
            ["f-dasar_hukum", "f-dasar_hukum-0", "f-dasar_hukum-add"]
        );
        assert_eq!(
            first("/dasar_hukum/1"),
            ["f-dasar_hukum-1", "f-dasar_hukum", "f-dasar_hukum-0"]
        );
        assert_eq!(
            first("/kegiatan"),
            ["f-kegiatan", "f-kegiatan-0", "f-kegiatan-add"]
        );
        // A step and its fields.
        assert_eq!(
            first("/kegiatan/2"),
            ["f-kegiatan-2", "f-kegiatan", "f-kegiatan-0"]
        );
        assert_eq!(
            first("/kegiatan/2/mutu_baku/waktu"),
            [
                "f-kegiatan-2-mutu_baku-waktu",
                "f-kegiatan-2-mutu_baku",
                "f-kegiatan-2"
            ]
        );
        // A step's pelaksana entry: the entry, then the group (its first checkbox).
        assert_eq!(
            first("/kegiatan/2/pelaksana/1"),
            [
                "f-kegiatan-2-pelaksana-1",
                "f-kegiatan-2-pelaksana",
                "f-kegiatan-2-pelaksana-0"
            ]
        );
        // Decision branches: target, then the branch, then the cabang list.
        assert_eq!(
            candidates("/kegiatan/1/cabang/0/ke"),
            [
                "f-kegiatan-1-cabang-0-ke",
                "f-kegiatan-1-cabang-0",
                "f-kegiatan-1-cabang",
                "f-kegiatan-1-cabang-add",
                "f-kegiatan-1",
                "f-kegiatan",
                "f-kegiatan-0",
                "f-kegiatan-add",
                "f"
            ]
        );
        assert_eq!(
            first("/evaluasi/0/kriteria/sinergi"),
            [
                "f-evaluasi-0-kriteria-sinergi",
                "f-evaluasi-0-kriteria",
                "f-evaluasi-0"
            ]
        );
        assert_eq!(
            first("/monitoring"),
            ["f-monitoring", "f-monitoring-0", "f-monitoring-add"]
        );
        assert_eq!(
            first("/pelaksana/3/id"),
            ["f-pelaksana-3-id", "f-pelaksana-3", "f-pelaksana"]
        );
        // The whole document and keys the form does not show end at the heading.
        assert_eq!(candidates(""), ["f"]);
        assert_eq!(candidates("/format"), ["f-format", "f"]);
    }

    /// Every pointer sop-core emits for a range of broken documents has candidates that
    /// end at the editor heading (the DOM test checks they resolve).
    #[test]
    fn every_rule_pointer_has_a_fallback() {
        for pointer in crate::form::state::tests::sample_pointers() {
            let c = candidates(&pointer);
            assert_eq!(c.first(), Some(&field_id(&pointer)), "{pointer}");
            assert_eq!(c.last().map(String::as_str), Some("f"), "{pointer}");
        }
    }
}
