//! `sopcheck convert FILE --to yaml|json|toml [-o OUT]`: rewrites an SOP in another
//! syntax through the model. Refuses a file with SOP001 (it could not be read whole, or a
//! key is written twice); other findings are listed on standard error, since unknown keys
//! (SOP003) and comments do not survive the conversion.

use sop_core::{check_parsed, emit, CheckOptions, Format, Limits, Severity};

use super::{print, write_new};
use crate::cli::ConvertArgs;
use crate::discover::Input;
use crate::engine::{check_input, Settings};
use crate::error::{warn, CliError, EXIT_OK};
use crate::messages;
use crate::paths::display;
use crate::render::text::render_finding;
use crate::snippet::renderer;
use crate::{units, Global};

/// Converts one file.
pub fn run(args: &ConvertArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let shown = display(&args.file);
    let (format, text, parsed) = super::read_sop(&args.file, lang)?;
    let options = CheckOptions {
        today: Some(units::today()),
        ..CheckOptions::default()
    };
    let report = check_parsed(&parsed, &options);
    if !report.diagnostics.is_empty() {
        // Re-run through the checker to get positions and messages for standard error.
        let settings = Settings {
            options,
            max_bytes: Limits::DEFAULT_MAX_BYTES as u64,
            lang,
            stdin_format: format,
            excerpts: true,
        };
        let input = Input::File {
            path: args.file.clone(),
            format,
        };
        if let Ok(file) = check_input(shown.clone(), &input, &settings) {
            let renderer = renderer(global.stderr_color());
            // Shown in full: what stops the conversion (SOP001), or else what the
            // conversion changes (wrong shapes and unknown keys dropped, aliases renamed).
            let refused = file.findings.iter().any(|f| f.code == "SOP001");
            for f in &file.findings {
                let shown_in_full = if refused {
                    f.code == "SOP001"
                } else {
                    matches!(f.code, "SOP002" | "SOP003" | "SOP004")
                };
                if shown_in_full {
                    eprintln!("{}\n", render_finding(&renderer, &file.path, f));
                }
            }
        }
    }
    if parsed.diagnostics.iter().any(|d| d.code() == "SOP001") {
        return Err(CliError::new(messages::not_converted(lang, &shown)));
    }
    let findings = report.diagnostics.len();
    if findings > 0 {
        let unknown = report
            .diagnostics
            .iter()
            .filter(|d| d.code() == "SOP003")
            .count();
        let errors = report.count(Severity::Error);
        warn(
            lang,
            &messages::converted_with_findings(lang, &shown, findings, errors),
        );
        if unknown > 0 {
            warn(lang, &messages::unknown_keys_dropped(lang, unknown));
        }
    }
    if format == Format::Yaml && args.to != crate::cli::SyntaxArg::Yaml && text.contains('#') {
        warn(lang, messages::comments_dropped(lang));
    }
    let text =
        emit::to_string(&parsed.sop, args.to.into()).map_err(|e| CliError::new(e.to_string()))?;
    match &args.output {
        None => print(&text)?,
        Some(path) => write_new(path, &text, lang)?,
    }
    Ok(EXIT_OK)
}
