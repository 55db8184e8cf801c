//! Errors that stop `sopcheck` with exit code 2 (usage, configuration, input/output), and
//! how they are shown.

use std::fmt;

use sop_core::Lang;

use crate::messages;

/// Exit code: nothing at or above the fail level.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings at or above the fail level.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage, configuration or input/output error.
pub const EXIT_ERROR: u8 = 2;

/// An error of the tool itself (not a finding in an SOP file).
#[derive(Debug)]
pub struct CliError {
    /// One line, already in the user's language.
    pub message: String,
    /// More lines (a source excerpt of a configuration file), already rendered.
    pub detail: Option<String>,
}

impl CliError {
    /// An error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            detail: None,
        }
    }

    /// An error whose own rendering (with a source excerpt) replaces the one-line form.
    pub fn rendered(message: impl Into<String>, detail: String) -> Self {
        Self {
            message: message.into(),
            detail: Some(detail),
        }
    }

    /// Writes the error to standard error.
    pub fn report(&self, lang: Lang) {
        match &self.detail {
            Some(detail) => eprintln!("{detail}"),
            None => eprintln!("{}: {}", messages::error_word(lang), self.message),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Prints a warning of the tool itself (not a finding) to standard error.
pub fn warn(lang: Lang, message: &str) {
    eprintln!("{}: {message}", messages::warning_word(lang));
}

/// True when an I/O error means the reader of our output went away (`| head`).
pub fn is_broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}
