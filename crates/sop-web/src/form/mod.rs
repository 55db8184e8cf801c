//! The editor and its form. Layers, bottom up: [`state`] (pure edits of the model, tested
//! natively), [`ed`] (the editor's reactive state, [`Ed`], provided as context),
//! [`controls`], [`dates`] and [`records`] (field and list building blocks), the four sections in
//! drafting order ([`identity`], [`lanes`], [`steps`], [`approval`]), and [`editor`] (the
//! screen that holds them).

pub mod approval;
pub mod controls;
pub mod dates;
pub mod ed;
pub mod editor;
pub mod identity;
pub mod lanes;
pub mod records;
pub mod state;
pub mod steps;

pub use ed::{Ed, Messages, Msg};
pub use editor::{Editor, AUTOSAVE_MS};
