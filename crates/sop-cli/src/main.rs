//! `sopcheck`: checks SOP AP files (Permenpan RB 35/2012) in CI and on the desk, with
//! precise diagnostics and every CI output format. The rules live in `sop-core`; this
//! crate finds files, reads configuration, runs checks in parallel and renders results.
//!
//! Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage, configuration
//! or input/output error.

mod cli;
mod cmd;
mod config;
mod discover;
mod engine;
mod error;
mod messages;
mod paths;
mod render;
mod report;
mod snippet;
mod units;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use sop_core::Lang;

use crate::cli::{Cli, Command};
use crate::error::EXIT_ERROR;

/// mimalloc: the reader allocates per YAML event; see `make bench`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Options that every subcommand shares.
#[derive(Debug, Clone, Copy)]
pub struct Global {
    /// `--lang`, if given.
    pub lang_flag: Option<Lang>,
    /// `--lang`, else the environment's language, else Indonesian.
    pub lang: Lang,
    /// `--no-color` or `NO_COLOR`.
    pub no_color: bool,
}

impl Global {
    /// Whether to colour what goes to a stream that is (or is not) a terminal.
    pub fn color(&self, is_terminal: bool) -> bool {
        if self.no_color || env_set("NO_COLOR") {
            return false;
        }
        is_terminal || env_set("CLICOLOR_FORCE") || env_set("FORCE_COLOR")
    }

    /// Colour for standard output.
    pub fn stdout_color(&self) -> bool {
        self.color(std::io::stdout().is_terminal())
    }

    /// Colour for standard error.
    pub fn stderr_color(&self) -> bool {
        self.color(std::io::stderr().is_terminal())
    }
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

/// The language of the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
pub fn env_lang() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_key(&v))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang_flag = cli.lang.map(Lang::from);
    let global = Global {
        lang_flag,
        lang: lang_flag.or_else(env_lang).unwrap_or_default(),
        no_color: cli.no_color,
    };
    let result = match cli.command {
        Command::Check(args) => cmd::check::run(args, &global),
        Command::Rules(args) => cmd::rules::run(&args, &global),
        Command::Explain(args) => cmd::explain::run(&args, &global),
        Command::New(args) => cmd::new::run(&args, &global),
        Command::Schema => cmd::schema::run(),
        Command::Convert(args) => cmd::convert::run(&args, &global),
        Command::Render(args) => cmd::render::run(&args, &global),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            e.report(global.lang);
            ExitCode::from(EXIT_ERROR)
        }
    }
}
