//! Import (file picker, drag and drop) and export (YAML, JSON download) of SOP files, and
//! the download of values that storage kept aside.
//!
//! The pure half, tested natively: [`import`] reads a file's bytes (never more than
//! [`MAX_BYTES`]: a bigger file gets a message before anything is read), parses them with
//! `sop-core` by extension exactly as the CLI does, runs every rule and keeps each
//! finding's line and column; [`export`] writes the SOP as YAML or JSON and names files.
//! TOML is not in the browser build (`sop-core` without its `toml` feature): a `.sop.toml`
//! file gets SOP001 "toml-unsupported", shown like any other reading problem.
//!
//! The components, each beside the half it shows: [`ImportControl`] (file picker + drop
//! zone + the "new draft or replace?" question + the findings with line and column),
//! [`ExportMenu`] (download YAML or JSON) and [`AsideNotice`] (values kept aside by
//! storage: download or discard).

mod aside_panel;
pub mod export;
mod export_menu;
pub mod import;
mod import_panel;

pub use aside_panel::{download_aside, AsideNotice};
pub use export::{
    aside_file_name, export_file_name, export_text, slugify, ExportFormat, JSON_MIME, TEXT_MIME,
};
pub use export_menu::{download_sop, ExportMenu};
pub use import::{
    check_options, import_bytes, locate, Finding, ImportError, Imported, ACCEPT, MAX_BYTES,
};
pub use import_panel::{import_file, ImportControl, ImportTarget};
