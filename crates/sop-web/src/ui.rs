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
