//! The subcommands, one file each.

pub mod check;
pub mod convert;
pub mod explain;
pub mod new;
pub mod render;
pub mod rules;
pub mod schema;

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use sop_core::Lang;

use crate::error::{is_broken_pipe, CliError};
use crate::messages;
use crate::paths;

/// Writes `text` to standard output; a closed pipe (`| head`) is not an error.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if !is_broken_pipe(&e) => Err(CliError::new(e.to_string())),
        _ => Ok(()),
    }
}

/// Writes `text` to a new file; an existing file is never overwritten.
pub fn write_new(path: &Path, text: &str, lang: Lang) -> Result<(), CliError> {
    let shown = path.display().to_string();
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == io::ErrorKind::AlreadyExists {
                CliError::new(messages::exists_not_overwritten(lang, &shown))
            } else {
                CliError::new(messages::cannot_write(lang, &shown, &e.to_string()))
            }
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| CliError::new(messages::cannot_write(lang, &shown, &e.to_string())))
}

/// Reads one SOP file named on the command line (`convert`, `render`): its syntax from
/// the name (YAML when the name says nothing), parsed with the default limits. An
/// unreadable file is an error naming it. Returns the syntax, the text and the parse.
pub fn read_sop(
    file: &Path,
    lang: Lang,
) -> Result<(sop_core::Format, String, sop_core::Parsed), CliError> {
    let shown = paths::display(file);
    let bytes = std::fs::read(file).map_err(|e| {
        CliError::new(messages::cannot_read(
            lang,
            &shown,
            &paths::io_reason(&e, lang),
        ))
    })?;
    let name = file.to_string_lossy();
    let format = sop_core::Format::from_sop_file_name(&name)
        .or_else(|| sop_core::Format::from_extension(&name))
        .unwrap_or(sop_core::Format::Yaml);
    let (text, parsed) = sop_core::parse_bytes(&bytes, format, sop_core::Limits::default());
    Ok((format, text, parsed))
}
