//! Small view helpers shared by every component: derived signals, texts as signals, and
//! how a finding's severity looks.

use leptos::prelude::*;
use sop_core::Severity;

use crate::i18n::{use_lang, T};

/// A derived signal: every `Signal<T>` shares one rendering instantiation, where each
/// closure in a view would get its own (bundle size).
pub fn sig<V: Send + Sync + 'static>(f: impl Fn() -> V + Send + Sync + 'static) -> Signal<V> {
    Signal::derive(f)
}

/// A text in the current language as a signal (for component props).
pub fn txt(key: T) -> Signal<String> {
    let lang = use_lang();
    Signal::derive(move || key.get(lang.get()).to_string())
}

/// CSS classes of a finding of `severity`.
pub fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "message message--error",
        Severity::Warning => "message message--warning",
        Severity::Info => "message message--info",
    }
}

/// The key of a row of a [`keyed_list`]: a text, a number, or both.
pub type RowKey = (String, u64);

/// One row of a [`keyed_list`]: its key and how to draw it.
pub struct Row {
    key: RowKey,
    draw: Box<dyn FnOnce() -> AnyView + Send>,
}

fn row_key(row: &Row) -> RowKey {
    row.key.clone()
}

fn draw_row(row: Row) -> AnyView {
    (row.draw)()
}

/// A keyed list (`<For>`): rows are kept, moved and dropped by `key`, each drawn once by
/// `view` in its own reactive owner. Every list of the app goes through this one
/// instantiation of `<For>` (rows erased to [`Row`]); a `<For>` per list cost about
/// 2–4 KB of wasm each (bundle size).
pub fn keyed_list<T, I, V>(
    each: impl Fn() -> I + Send + 'static,
    key: impl Fn(&T) -> RowKey + Send + 'static,
    view: impl Fn(T) -> V + Clone + Send + 'static,
) -> AnyView
where
    T: Send + 'static,
    I: IntoIterator<Item = T>,
    V: IntoView + 'static,
{
    let each: Box<dyn Fn() -> Vec<Row> + Send> = Box::new(move || {
        each()
            .into_iter()
            .map(|item| {
                let view = view.clone();
                Row {
                    key: key(&item),
                    draw: Box::new(move || view(item).into_any()),
                }
            })
            .collect()
    });
    let key: fn(&Row) -> RowKey = row_key;
    let children: fn(Row) -> AnyView = draw_row;
    view! { <For each key children/> }.into_any()
}

/// The key of a row that stands for a position (the rows of a list edited in place).
pub fn index_key(index: &usize) -> RowKey {
    (String::new(), *index as u64)
}

/// `<Show>` without generics: `children` while `when` is true, else `fallback`. Every
/// use shares one instantiation, where each `<Show>` instantiated its own for its
/// condition and children types (bundle size). Like `<Show>`, the children are drawn again
/// only when `when` changes.
#[component]
pub fn When(
    /// Whether the children are shown.
    when: Signal<bool>,
    /// What is shown while `when` is true.
    children: ChildrenFn,
    /// What is shown otherwise (nothing by default).
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    let shown = Memo::new(move |_| when.get());
    move || {
        if shown.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
