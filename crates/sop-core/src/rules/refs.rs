//! Naming steps in messages. A finding about a step stores a step reference as a value
//! ([`step_ref`]: the step number, or `#row` for a row without one), so its message can
//! name the step in either language ([`ref_name`]: "langkah 3" / "step 3", or
//! "baris kegiatan ke-6" / "step row 6").

use crate::labels;
use crate::messages::{join_list, quoted, step_name, Lang};
use crate::model::{Sop, Step, Symbol};
use crate::pointer::Pointer;
use crate::rule::{Diagnostic, Message};

/// A message value naming step row `index` of `sop`.
pub(crate) fn step_ref(sop: &Sop, index: usize) -> String {
    match sop.steps.get(index).and_then(|s| s.number) {
        Some(n) => n.to_string(),
        None => format!("#{index}"),
    }
}

/// A finding of `kind` at `pointer` about step row `index`: its first value is the
/// [`step_ref`].
pub(crate) fn about_step(
    kind: &'static Message,
    sop: &Sop,
    index: usize,
    pointer: Pointer,
) -> Diagnostic {
    Diagnostic::new(kind, pointer).arg(step_ref(sop, index))
}

/// The step named by a [`step_ref`] value ("langkah 3" / "step 3").
pub(crate) fn ref_name(lang: Lang, arg: &str) -> String {
    match arg.strip_prefix('#') {
        Some(index) => step_name(lang, None, index.parse().unwrap_or(0)),
        None => step_name(lang, arg.parse().ok(), 0),
    }
}

/// A [`step_ref`] as a short label inside a list or path ("3", or "baris ke-6").
fn ref_short(lang: Lang, arg: &str) -> String {
    if arg.starts_with('#') {
        ref_name(lang, arg)
    } else {
        arg.to_string()
    }
}

/// Several [`step_ref`]s joined into one message value.
pub(crate) fn refs_arg(sop: &Sop, indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(|&i| step_ref(sop, i))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "langkah 1, 3, dan 5" / "steps 1, 3, and 5" from a [`refs_arg`] value (the serial
/// comma of EYD V, [`join_list`]).
pub(crate) fn refs_list(lang: Lang, arg: &str) -> String {
    let items: Vec<&str> = arg.split_whitespace().collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => ref_name(lang, one),
        many => {
            let shown: Vec<String> = many.iter().map(|a| ref_short(lang, a)).collect();
            match lang {
                Lang::Id => format!("langkah {}", join_list(&shown, "dan")),
                Lang::En => format!("steps {}", join_list(&shown, "and")),
            }
        }
    }
}

/// "langkah 1 → 2 → 4" / "steps 1 → 2 → 4" from a [`refs_arg`] value.
pub(crate) fn refs_path(lang: Lang, arg: &str) -> String {
    let items: Vec<String> = arg.split_whitespace().map(|a| ref_short(lang, a)).collect();
    let word = match (lang, items.len()) {
        (Lang::Id, _) => "langkah",
        (Lang::En, 1) => "step",
        (Lang::En, _) => "steps",
    };
    format!("{word} {}", items.join(" → "))
}

/// "cabang “Ya”" or "cabang ke-2" / "branch “Ya”" or "branch 2".
pub(crate) fn branch_name(lang: Lang, position: &str, label: &str) -> String {
    match (lang, label.is_empty()) {
        (Lang::Id, true) => format!("cabang ke-{position}"),
        (Lang::Id, false) => format!("cabang {}", quoted(label)),
        (Lang::En, true) => format!("branch {position}"),
        (Lang::En, false) => format!("branch {}", quoted(label)),
    }
}

/// A symbol value of a message ([`symbol_text`]) as the form names it: "Proses", or what
/// was written, quoted, when it is no symbol.
pub(crate) fn symbol_name(lang: Lang, written: &str) -> String {
    match Symbol::from_key(written) {
        Some(symbol) => labels::symbol(symbol).get(lang).to_string(),
        None => quoted(written),
    }
}

/// The symbol of a step as written, for messages (`proses` when none is written).
pub(crate) fn symbol_text(step: &Step) -> String {
    let written = step.symbol.trim();
    if written.is_empty() {
        Symbol::Proses.key().to_string()
    } else {
        written.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_steps_by_number_or_row() {
        assert_eq!(ref_name(Lang::Id, "3"), "langkah 3");
        assert_eq!(ref_name(Lang::En, "#5"), "step row 6");
        assert_eq!(
            refs_list(Lang::Id, "1 3 #4"),
            "langkah 1, 3, dan baris kegiatan ke-5"
        );
        assert_eq!(refs_list(Lang::En, "2"), "step 2");
        assert_eq!(refs_path(Lang::En, "1 2 4"), "steps 1 → 2 → 4");
        assert_eq!(refs_list(Lang::Id, "2 3"), "langkah 2 dan 3");
        assert_eq!(refs_list(Lang::En, "2 3 5"), "steps 2, 3, and 5");
        assert_eq!(branch_name(Lang::Id, "2", ""), "cabang ke-2");
        assert_eq!(symbol_name(Lang::Id, "proses"), "Proses");
        assert_eq!(symbol_name(Lang::En, "kotak"), "\u{201c}kotak\u{201d}");
    }
}
