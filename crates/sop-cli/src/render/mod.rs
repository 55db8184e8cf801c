//! Output formats of `sopcheck check`, one file each.

pub mod github;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod text;

use std::io::{self, Write};

use sop_core::{Lang, Severity};

use crate::check::FileReport;
use crate::cli::OutputFormat;

/// What every renderer needs besides the reports.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Language of the tool's own words (the findings are already translated).
    pub lang: Lang,
    /// ANSI colour (text only).
    pub color: bool,
}

/// Counts over all files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Files without an error.
    pub complete: usize,
    /// Findings by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Summary {
    /// Counts the reports.
    pub fn of(files: &[FileReport]) -> Self {
        let mut s = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in files {
            s.complete += usize::from(file.complete);
            s.errors += file.count(Severity::Error);
            s.warnings += file.count(Severity::Warning);
            s.infos += file.count(Severity::Info);
        }
        s
    }
}

/// Writes the reports in `format`.
pub fn render(
    format: OutputFormat,
    files: &[FileReport],
    cx: &Context,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        OutputFormat::Text => text::render(files, cx, out),
        OutputFormat::Json => json::render(files, out),
        OutputFormat::Github => github::render(files, out),
        OutputFormat::Sarif => sarif::render(files, cx, out),
        OutputFormat::Junit => junit::render(files, out),
    }
}

/// "3 berkas diperiksa: 1 lengkap; 4 kesalahan, 2 peringatan, 1 info."
pub fn summary_line(lang: Lang, s: &Summary) -> String {
    match lang {
        Lang::Id => format!(
            "{} berkas diperiksa: {} lengkap; {} kesalahan, {} peringatan, {} info.",
            s.files, s.complete, s.errors, s.warnings, s.infos
        ),
        Lang::En => format!(
            "{} checked: {} complete; {}, {}, {} info.",
            plural(s.files, "file", "files"),
            s.complete,
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
            s.infos
        ),
    }
}

/// "9/12 bagian lengkap" / "9/12 sections complete".
pub fn checklist_heading(lang: Lang, done: usize, total: usize) -> String {
    lang.pick(
        format!("{done}/{total} bagian lengkap"),
        format!("{done}/{total} sections complete"),
    )
}

/// `1 file`, `2 files`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A stable 64-bit FNV-1a hash, as 16 hex digits (fingerprints must not change between
/// runs or Rust versions, so the standard hasher is not used).
pub fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines() {
        let s = Summary {
            files: 1,
            complete: 0,
            errors: 1,
            warnings: 2,
            infos: 0,
        };
        assert_eq!(
            summary_line(Lang::Id, &s),
            "1 berkas diperiksa: 0 lengkap; 1 kesalahan, 2 peringatan, 0 info."
        );
        assert_eq!(
            summary_line(Lang::En, &s),
            "1 file checked: 0 complete; 1 error, 2 warnings, 0 info."
        );
        assert_eq!(checklist_heading(Lang::En, 9, 12), "9/12 sections complete");
    }

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        assert_eq!(
            fingerprint(&["SOP403", "a.sop.yaml", "/kegiatan/1"]).len(),
            16
        );
    }
}
