//! Reading an SOP file, without the browser: format by extension, the size limit, parsing
//! with `sop-core` exactly as the CLI does ([`sop_core::parse_bytes`]), every rule, and
//! each finding's line and column. Tested natively (`tests/io.rs`).

use sop_core::{
    check_parsed, parse_bytes, Audience, CheckOptions, Diagnostic, Format, Lang, Limits, LineIndex,
    Parsed, Position, Report, Severity, Sop,
};

use crate::{i18n, platform};

/// What the file picker offers (`accept` attribute).
pub const ACCEPT: &str = ".yaml,.yml,.json,.toml";

/// Largest file imported: `sop-core`'s default limit (5 MB), as the CLI.
pub const MAX_BYTES: usize = Limits::DEFAULT_MAX_BYTES;

/// One finding of an imported file, with its place in the file when known.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The finding (code, severity, pointer, message arguments).
    pub diagnostic: Diagnostic,
    /// 1-based line and column in the imported text.
    pub position: Option<Position>,
}

impl Finding {
    /// "baris 3, kolom 7" / "line 3, column 7".
    pub fn location(&self, lang: Lang) -> Option<String> {
        self.position
            .map(|p| i18n::line_column(lang, p.line, p.column))
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.diagnostic.text(Audience::Form, lang).message
    }

    /// "SOP001 · baris 3, kolom 7: message" — one line for lists and tests.
    pub fn line(&self, lang: Lang) -> String {
        match self.location(lang) {
            Some(at) => format!("{} · {at}: {}", self.diagnostic.code(), self.message(lang)),
            None => format!("{}: {}", self.diagnostic.code(), self.message(lang)),
        }
    }
}

/// A file that was read (possibly with problems).
#[derive(Debug, Clone)]
pub struct Imported {
    /// The file's name as the user chose it.
    pub file_name: String,
    /// Its format, from the extension.
    pub format: Format,
    /// Its text (invalid UTF-8 replaced; the finding says where).
    pub text: String,
    /// The model (partial when parts could not be read), spans and reading problems.
    pub parsed: Parsed,
    /// Every rule on the model, with the reading problems.
    pub report: Report,
    /// The report's findings with line and column, in document order.
    pub findings: Vec<Finding>,
    /// True when the file could not be read at all (SOP001): there is no model to use.
    pub failed: bool,
}

impl Imported {
    /// The model read from the file.
    pub fn sop(&self) -> &Sop {
        &self.parsed.sop
    }

    /// Number of findings that are errors.
    pub fn errors(&self) -> usize {
        self.report.count(Severity::Error)
    }
}

/// Why a file was not read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Not `.yaml`, `.yml`, `.json` or `.toml`.
    UnsupportedType {
        /// The file name.
        name: String,
    },
    /// Bigger than [`MAX_BYTES`].
    TooLarge {
        /// The file name.
        name: String,
        /// Its size in bytes.
        bytes: f64,
    },
    /// The browser could not read the file (removed, no permission).
    Unreadable {
        /// The file name.
        name: String,
    },
}

fn megabytes(bytes: f64) -> String {
    format!("{:.1}", bytes / 1_048_576.0)
}

impl ImportError {
    /// What to tell the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::UnsupportedType { name } => i18n::import_unsupported(lang, name),
            ImportError::TooLarge { name, bytes } => {
                i18n::import_too_large(lang, name, &megabytes(*bytes), &megabytes(MAX_BYTES as f64))
            }
            ImportError::Unreadable { name } => i18n::import_unreadable(lang, name),
        }
    }
}

/// Refuses a file by its name and size before a byte is read: not an SOP file, or
/// bigger than [`MAX_BYTES`]. Returns its format.
pub fn admit(name: &str, bytes: f64) -> Result<Format, ImportError> {
    let format = Format::from_extension(name).ok_or_else(|| ImportError::UnsupportedType {
        name: name.to_string(),
    })?;
    if bytes > MAX_BYTES as f64 {
        return Err(ImportError::TooLarge {
            name: name.to_string(),
            bytes,
        });
    }
    Ok(format)
}

/// Reads an SOP file given as bytes: format by extension, size limit, parse, every rule,
/// line and column of every finding.
pub fn import_bytes(
    name: &str,
    bytes: &[u8],
    options: &CheckOptions,
) -> Result<Imported, ImportError> {
    let format = admit(name, bytes.len() as f64)?;
    let (text, parsed) = parse_bytes(bytes, format, Limits::default());
    let report = check_parsed(&parsed, options);
    let findings = locate(&text, &parsed, &report.diagnostics);
    Ok(Imported {
        file_name: name.to_string(),
        format,
        failed: parsed.failed,
        text,
        parsed,
        report,
        findings,
    })
}

/// The findings with their line and column in `text`.
pub fn locate(text: &str, parsed: &Parsed, diagnostics: &[Diagnostic]) -> Vec<Finding> {
    let lines = LineIndex::new(text);
    diagnostics
        .iter()
        .map(|d| Finding {
            diagnostic: d.clone(),
            position: parsed.span_of(d).map(|s| lines.position(s.start)),
        })
        .collect()
}

/// The options the app checks with: today's date (in the browser), no profile.
pub fn check_options() -> CheckOptions {
    CheckOptions {
        today: platform::today(),
        ..CheckOptions::default()
    }
}
