//! `sopcheck check [PATH…]`.

use std::io::{self, BufWriter, Write};

use sop_core::{CheckOptions, Lang, Severity};

use crate::cli::{CheckArgs, FailLevel, OutputFormat};
use crate::config;
use crate::discover;
use crate::engine::{check_all, Settings};
use crate::error::{is_broken_pipe, warn, CliError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::messages;
use crate::paths;
use crate::render::{self, github, Context};
use crate::{env_lang, units, Global};

/// Runs the check and returns the exit code.
pub fn run(args: CheckArgs, global: &Global) -> Result<u8, CliError> {
    let cwd = std::env::current_dir()
        .map_err(|e| CliError::new(messages::no_working_directory(global.lang, &e.to_string())))?;
    let config = config::load(
        args.config.as_deref(),
        &cwd,
        global.lang,
        global.stderr_color(),
    )?;
    let lang = global
        .lang_flag
        .or(config.lang)
        .or_else(env_lang)
        .unwrap_or_default();
    let fail_level = args
        .fail_level
        .or(config.fail_level)
        .unwrap_or(FailLevel::Error);

    let found = discover::find(&args.paths, &config, &cwd, args.force_exclude, lang);
    if found.inputs.is_empty() && found.errors.is_empty() {
        let shown: Vec<String> = args.paths.iter().map(|p| paths::display(p)).collect();
        warn(lang, &messages::no_sop_files(lang, &shown.join(", ")));
    }

    let settings = Settings {
        options: CheckOptions {
            today: Some(args.today.unwrap_or_else(units::today)),
            profile: config.profile.clone(),
        },
        max_bytes: args.max_file_size,
        lang,
        stdin_format: args.stdin_format.into(),
        excerpts: args.format == OutputFormat::Text,
    };
    let (reports, read_errors) = check_all(found.inputs.into_iter().collect(), &settings);

    let cx = Context {
        lang,
        color: global.stdout_color(),
        cwd,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let written = render::render(args.format, &reports, &cx, &mut out).and_then(|()| out.flush());
    if let Err(e) = written {
        if !is_broken_pipe(&e) {
            return Err(CliError::new(e.to_string()));
        }
    }
    drop(out);

    if args.format == OutputFormat::Github {
        if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
            append_summary(&path, &github::step_summary(&reports, lang), lang);
        }
    }

    let mut code = EXIT_OK;
    let threshold = match fail_level {
        FailLevel::Error => Severity::Error,
        FailLevel::Warning => Severity::Warning,
    };
    if reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity >= threshold)
    {
        code = EXIT_FINDINGS;
    }
    for error in found.errors.iter().chain(&read_errors) {
        eprintln!("{}: {error}", messages::error_word(lang));
        code = EXIT_ERROR;
    }
    Ok(code)
}

fn append_summary(path: &std::ffi::OsStr, markdown: &str, lang: Lang) {
    let result = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(path)
        .and_then(|mut f| f.write_all(markdown.as_bytes()));
    if let Err(e) = result {
        warn(
            lang,
            &messages::cannot_write_step_summary(lang, &e.to_string()),
        );
    }
}
