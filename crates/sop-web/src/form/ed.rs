//! The editor's state: one open draft as a `RwSignal<Sop>`, the report sop-core computes
//! from it (`Memo<Report>`) and its messages in the current language. Components read the
//! draft through [`Ed`] (context) with fine-grained memos, so a keystroke re-renders only
//! what changed: the field itself, the checklist and the messages whose text changed.

use std::collections::HashMap;

use leptos::html;
use leptos::prelude::*;
use sop_core::model::{Lane, Step};
use sop_core::{check, Audience, CheckOptions, Diagnostic, Lang, Report, Severity, Sop};

use crate::ctx::Touches;
use crate::i18n::use_lang;
use crate::{fields, platform};

/// One finding as the form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// Severity after status and profile adjustments.
    pub severity: Severity,
    /// The rule's code.
    pub code: &'static str,
    /// The message (what is wrong).
    pub text: String,
    /// The help (what to write).
    pub help: String,
}

/// The findings of the current report, in the current language, by pointer and in
/// document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages {
    /// Findings at each pointer.
    pub by_pointer: HashMap<String, Vec<Msg>>,
    /// Every finding with its pointer, in document order.
    pub list: Vec<(String, Msg)>,
}

impl Messages {
    /// Renders the diagnostics in `lang`.
    pub fn build(diagnostics: &[Diagnostic], lang: Lang) -> Self {
        let mut out = Messages::default();
        for d in diagnostics {
            let text = d.text(Audience::Form, lang);
            let msg = Msg {
                severity: d.severity,
                code: d.code(),
                text: text.message,
                help: text.help,
            };
            out.by_pointer
                .entry(d.pointer.clone())
                .or_default()
                .push(msg.clone());
            out.list.push((d.pointer.clone(), msg));
        }
        out
    }
}

/// The step numbers in row order, each once.
fn numbers_of(s: &Sop) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(s.steps.len());
    for n in s.steps.iter().filter_map(|st| st.number) {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

fn reports_differ(a: Option<&Report>, b: Option<&Report>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.complete != b.complete || a.checklist != b.checklist || a.diagnostics != b.diagnostics
        }
        _ => true,
    }
}

/// The open draft and everything derived from it; `Copy`, provided as context.
#[derive(Debug, Clone, Copy)]
pub struct Ed {
    /// The model.
    pub sop: RwSignal<Sop>,
    /// Stable keys of the steps, parallel to `sop.steps` (see [`super::state`]).
    pub step_keys: RwSignal<Vec<u64>>,
    next_key: StoredValue<u64>,
    /// sop-core's report on the model.
    pub report: Memo<Report>,
    /// The report's findings as text in the current language.
    pub messages: Memo<Messages>,
    /// The step numbers in row order (for `ke` and cabang choices); set by the fan-out
    /// effect only when they change.
    pub step_numbers: RwSignal<Vec<u32>>,
    /// The lanes (for the pelaksana checkboxes); set only when they change.
    pub lanes: RwSignal<Vec<Lane>>,
    /// One signal per step (by key), set only when that step changed.
    steps: StoredValue<HashMap<u64, ArcRwSignal<Step>>>,
    /// One signal per pointer that a field shows messages for, set only when they change.
    msgs: StoredValue<HashMap<String, ArcRwSignal<Vec<Msg>>>>,
    /// True after "Periksa kelengkapan": every field shows its messages, and the error
    /// summary is shown.
    pub show_all: RwSignal<bool>,
    /// The app's root element (focus is resolved inside it, never through `document`).
    pub root: NodeRef<html::Div>,
    /// Marks fields as left.
    pub touches: Touches,
}

impl Ed {
    /// The editor state of `sop`, checked with `options`.
    pub fn new(
        sop: Sop,
        options: CheckOptions,
        root: NodeRef<html::Div>,
        touches: Touches,
    ) -> Self {
        let lang = use_lang();
        let n = sop.steps.len() as u64;
        let sop = RwSignal::new(sop);
        let report =
            Memo::new_with_compare(move |_| sop.with(|s| check(s, &options)), reports_differ);
        let messages = Memo::new(move |_| {
            let l = lang.get();
            report.with(|r| Messages::build(&r.diagnostics, l))
        });
        let step_numbers = RwSignal::new(sop.with_untracked(numbers_of));
        let lanes = RwSignal::new(sop.with_untracked(|s| s.lanes.clone()));
        let ed = Ed {
            sop,
            step_keys: RwSignal::new((0..n).collect()),
            next_key: StoredValue::new(n),
            report,
            messages,
            step_numbers,
            lanes,
            steps: StoredValue::new(HashMap::new()),
            msgs: StoredValue::new(HashMap::new()),
            show_all: RwSignal::new(false),
            root,
            touches,
        };
        ed.fan_out();
        ed
    }

    /// The fan-out: the whole document is one signal, but only a handful of nodes depend
    /// on it directly. Two effects copy what changed into narrow signals (one per step,
    /// the lanes, the step numbers, the messages of each pointer a field shows), so a
    /// keystroke marks a few dozen reactive nodes instead of every field of a 60-step SOP.
    fn fan_out(self) {
        Effect::new(move |_| {
            let keys = self.step_keys.get();
            self.sop.with(|s| {
                self.steps.with_value(|map| {
                    for (i, key) in keys.iter().enumerate() {
                        if let (Some(signal), Some(step)) = (map.get(key), s.steps.get(i)) {
                            if signal.with_untracked(|v| v != step) {
                                signal.set(step.clone());
                            }
                        }
                    }
                });
                if self.lanes.with_untracked(|l| *l != s.lanes) {
                    self.lanes.set(s.lanes.clone());
                }
                let numbers = numbers_of(s);
                if self.step_numbers.with_untracked(|n| *n != numbers) {
                    self.step_numbers.set(numbers);
                }
            });
        });
        Effect::new(move |_| {
            self.messages.with(|m| {
                self.msgs.with_value(|map| {
                    for (pointer, signal) in map {
                        let now = m.by_pointer.get(pointer);
                        let same = signal.with_untracked(|v| match now {
                            Some(n) => v == n,
                            None => v.is_empty(),
                        });
                        if !same {
                            signal.set(now.cloned().unwrap_or_default());
                        }
                    }
                });
            });
        });
    }

    /// The signal of the step with `key` (created from the model on first use).
    pub fn step_signal(self, key: u64) -> ArcRwSignal<Step> {
        if let Some(Some(signal)) = self.steps.try_with_value(|m| m.get(&key).cloned()) {
            return signal;
        }
        let index = self
            .step_keys
            .with_untracked(|k| k.iter().position(|x| *x == key));
        let step = self.sop.with_untracked(|s| {
            index
                .and_then(|i| s.steps.get(i))
                .cloned()
                .unwrap_or_default()
        });
        let signal = ArcRwSignal::new(step);
        let _ = self
            .steps
            .try_update_value(|m| m.insert(key, signal.clone()));
        signal
    }

    /// Forgets the signal of a removed step.
    pub fn drop_step_signal(self, key: u64) {
        let _ = self.steps.try_update_value(|m| m.remove(&key));
    }

    /// The messages at `pointer`, as a signal that changes only when they do.
    pub fn messages_signal(self, pointer: &str) -> ArcRwSignal<Vec<Msg>> {
        if let Some(Some(signal)) = self.msgs.try_with_value(|m| m.get(pointer).cloned()) {
            return signal;
        }
        let now = self
            .messages
            .with_untracked(|m| m.by_pointer.get(pointer).cloned().unwrap_or_default());
        let signal = ArcRwSignal::new(now);
        let _ = self
            .msgs
            .try_update_value(|m| m.insert(pointer.to_string(), signal.clone()));
        signal
    }

    /// Marks a field or group as left (its messages show from now on).
    pub fn touch(self, touched: RwSignal<bool>) {
        self.touches.touch(touched);
    }

    /// Edits the steps and their keys together (see [`super::state`]); `None` only when the
    /// editor is already gone.
    pub fn edit_steps<R>(self, f: impl FnOnce(&mut Sop, &mut Vec<u64>, u64) -> R) -> Option<R> {
        let mut keys = self.step_keys.try_get_untracked()?;
        let key = self.next_key.try_get_value()?;
        self.next_key.set_value(key + 1);
        let out = self.sop.try_update(|s| f(s, &mut keys, key))?;
        self.step_keys.set(keys);
        Some(out)
    }

    /// Replaces the whole model (another tab's version, an import), with new step keys.
    pub fn replace(self, sop: Sop) {
        let n = sop.steps.len() as u64;
        let first = self.next_key.get_value();
        self.next_key.set_value(first + n);
        self.step_keys.set((first..first + n).collect());
        self.sop.set(sop);
    }

    /// Focuses the first of `ids` that is rendered and enabled, after the DOM has caught
    /// up with the latest change (next animation frame).
    pub fn focus_first_later(self, ids: Vec<String>) {
        let root = self.root;
        platform::after_paint(move || {
            if let Some(el) = root.get_untracked() {
                fields::focus_first_enabled(&el, &ids);
            }
        });
    }

    /// After item `index` of the list at `list` was removed (`len` items are left):
    /// focuses the remove button of the item that took its place, else of the previous
    /// one, else the list's add button.
    pub fn focus_after_remove(self, list: &str, index: usize, len: usize) {
        let target = if index < len {
            fields::remove_id(&fields::item(list, index))
        } else if len > 0 {
            fields::remove_id(&fields::item(list, len - 1))
        } else {
            fields::add_id(list)
        };
        self.focus_later(target);
    }

    /// Focuses the element with `id` after the DOM has caught up.
    pub fn focus_later(self, id: String) {
        self.focus_first_later(vec![id]);
    }

    /// Focuses the field of `pointer` (or its nearest rendered ancestor) now.
    pub fn focus_pointer(self, pointer: &str) {
        if let Some(el) = self.root.get_untracked() {
            let _ = fields::focus_pointer(&el, pointer);
        }
    }
}
