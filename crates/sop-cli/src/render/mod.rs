//! Output formats of `sopcheck check`, one file each.

pub mod github;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod text;

use std::io::{self, Write};
use std::path::PathBuf;

use sop_core::Lang;

use crate::cli::OutputFormat;
use crate::report::FileReport;

/// What every renderer needs besides the reports.
#[derive(Debug, Clone)]
pub struct Context {
    /// Language of the tool's own words (the findings are already translated).
    pub lang: Lang,
    /// ANSI colour (text only).
    pub color: bool,
    /// The working directory: SARIF writes paths under it relative to `%SRCROOT%`.
    pub cwd: PathBuf,
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
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(&[]), "cbf29ce484222325");
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        assert_eq!(
            fingerprint(&["SOP403", "a.sop.yaml", "/kegiatan/1"]).len(),
            16
        );
    }
}
