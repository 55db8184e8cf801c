//! Drafts in the browser's `localStorage`, safe against everything storage can do to us.
//!
//! Keys (see `docs/web.md`), with `NS` the namespace:
//!
//! - `NS:v1:index` — JSON array of `{ "id", "name", "kategori", "updated" }`;
//! - `NS:v1:draft:<id>` — `{ "format_version": 1, "rev": n, "updated": ms, "sop": {…} }`, the
//!   SOP written by [`sop_core::emit::to_string`] as JSON and read back by
//!   [`sop_core::parse`] (the same path as an import, so an odd draft still gives a partial
//!   model);
//! - `NS:v1:aside:<id>:<ms>` — a value that could not be read, kept verbatim for download;
//! - `NS:v1:lang` — `"id"` or `"en"`.
//!
//! By concern: [`backend`] (`localStorage` through `web_sys` after a probe, or
//! memory), [`codec`] (keys and the shapes of the stored values), [`store`] (the drafts:
//! [`DraftStore`]), [`watch`] (other tabs) and [`notice`] (what the user is told: every
//! failure is a [`Notice`], nothing here panics on what storage holds).
//!
//! When storage is blocked the store keeps everything in memory for the session
//! ([`DraftStore::persistent`] is then false) and [`DraftStore::open`] reports
//! [`Notice::Blocked`].

mod backend;
pub mod codec;
pub mod notice;
pub mod store;
pub mod watch;

pub use codec::{aside_label, aside_time, DraftMeta, FORMAT_VERSION};
pub use notice::Notice;
pub use store::DraftStore;
pub use watch::{StorageChange, Watch};
