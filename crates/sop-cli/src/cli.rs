//! The command line (clap derive): subcommands and their options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use sop_core::{Date, Lang};

use crate::units;

/// Checks SOP AP files (Permenpan RB 35/2012): completeness, flow and statutory rules.
#[derive(Debug, Parser)]
#[command(name = "sopcheck", version, about, max_term_width = 100)]
pub struct Cli {
    /// Language of messages: `id` (Bahasa Indonesia) or `en` [default: from LC_ALL/LANG, else id]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// Never colour the output (colour is used only on a terminal and never with NO_COLOR).
    #[arg(long, global = true)]
    pub no_color: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check SOP files and directories (`-` reads standard input).
    Check(CheckArgs),
    /// List every rule: code, name, severity, F (signing only) and group.
    Rules(RulesArgs),
    /// Explain a rule: what it checks, why, its source and examples.
    Explain(ExplainArgs),
    /// Write a new SOP from the template of a kategori.
    New(NewArgs),
    /// Print the JSON Schema (Draft 2020-12) of the SOP file format v1.
    Schema,
    /// Convert an SOP file between YAML, JSON and TOML.
    Convert(ConvertArgs),
    /// Render an SOP in the official printable format (HTML with the flowchart as SVG).
    Render(RenderArgs),
}

/// `sopcheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check; directories are searched for *.sop.{yaml,yml,json,toml}.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,

    /// Lowest severity that makes the exit code 1 [default: error, or `fail_level` in sopcheck.toml]
    #[arg(long, value_enum)]
    pub fail_level: Option<FailLevel>,

    /// Today's date for the review rules (SOP501–SOP503), YYYY-MM-DD [default: the system date]
    #[arg(long, value_parser = parse_today)]
    pub today: Option<Date>,

    /// Configuration file [default: sopcheck.toml in the working directory or a parent]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Largest file checked, in bytes; suffixes K, M, G (powers of 1024), e.g. 5MB.
    #[arg(long, value_name = "BYTES", value_parser = units::parse_size, default_value = "5MB")]
    pub max_file_size: u64,

    /// Syntax of standard input (`-`).
    #[arg(long, value_enum, default_value_t = SyntaxArg::Yaml)]
    pub stdin_format: SyntaxArg,

    /// Apply the configuration's `exclude` also to files named on the command line
    /// (for pre-commit, which passes every changed file).
    #[arg(long)]
    pub force_exclude: bool,
}

/// `sopcheck rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

/// `sopcheck explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule code (`SOP403`) or name (`decision-branches`).
    pub code: String,
}

/// `sopcheck new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// Kategori of the template: umum, pembuatan_berita, kpu_mengajar,
    /// layanan_informasi_publik, keberatan_informasi, administrasi_sdm.
    #[arg(long, default_value = "umum", value_name = "K")]
    pub kategori: String,

    /// Date written as tanggal_pembuatan, YYYY-MM-DD [default: the system date]
    #[arg(long, value_parser = parse_today)]
    pub today: Option<Date>,

    /// Write to this file (never overwritten) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `sopcheck convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The SOP file to convert.
    pub file: PathBuf,

    /// Target syntax.
    #[arg(long, value_enum)]
    pub to: SyntaxArg,

    /// Write to this file (never overwritten) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `sopcheck render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The SOP file to render.
    pub file: PathBuf,

    /// Write to this file (replaced if it exists) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// `html`: the whole document, printable (A4 landscape); `svg`: the flowchart table alone.
    #[arg(long, value_enum, default_value_t = RenderFormat::Html)]
    pub format: RenderFormat,
}

/// `sopcheck render --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// Standalone printable HTML with every page as inline SVG.
    Html,
    /// The procedure table with its flowchart as one SVG.
    Svg,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Self {
        match value {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable, rustc-style, with the checklist of each file.
    Text,
    /// Stable JSON (schema 1).
    Json,
    /// GitHub Actions workflow commands (annotations) and a step summary.
    Github,
    /// SARIF 2.1.0 (GitHub code scanning and other viewers).
    Sarif,
    /// JUnit XML (GitLab, Jenkins).
    Junit,
}

/// `rules --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// An aligned table.
    Text,
    /// A JSON array.
    Json,
}

/// `--fail-level`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailLevel {
    /// Exit 1 when an error is found.
    Error,
    /// Exit 1 when an error or a warning is found.
    Warning,
}

/// `--stdin-format`, `convert --to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SyntaxArg {
    /// YAML 1.2.
    Yaml,
    /// JSON.
    Json,
    /// TOML.
    Toml,
}

impl From<SyntaxArg> for sop_core::Format {
    fn from(value: SyntaxArg) -> Self {
        match value {
            SyntaxArg::Yaml => sop_core::Format::Yaml,
            SyntaxArg::Json => sop_core::Format::Json,
            SyntaxArg::Toml => sop_core::Format::Toml,
        }
    }
}

fn parse_today(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| format!("`{text}` is not a date; write YYYY-MM-DD"))
}
