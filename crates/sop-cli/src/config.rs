//! `sopcheck.toml`: found by walking up from the working directory (or given with
//! `--config`), validated strictly (unknown keys, unknown rule codes, bad values are errors
//! shown with their line and column, exit 2).
//!
//! ```toml
//! include = ["sop/**/*.yaml"]          # default: every *.sop.{yaml,yml,json,toml}
//! exclude = ["sop/arsip/**"]
//! fail_level = "warning"               # error (default) | warning
//! lang = "id"                          # id | en
//!
//! [agency]
//! instansi = "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur"
//! nomor_pattern = '\d+/PP\.01-SOP/\d+/\d{4}'
//! penandatangan = ["Sekretaris KPU Provinsi Nusa Tenggara Timur"]
//!
//! [rules]
//! ignore = ["SOP310"]
//! severity = { SOP205 = "error" }
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use sop_core::profile::{Agency, ProfileError, RuleOverrides};
use sop_core::suggest::closest;
use sop_core::{rules, Lang, LineIndex, Profile, Severity, Span};
use toml::Spanned;

use crate::cli::FailLevel;
use crate::error::CliError;
use crate::messages;
use crate::paths::absolute;
use crate::snippet::SourceError;

/// The name looked for in the working directory and its parents.
pub const FILE_NAME: &str = "sopcheck.toml";

/// The settings in force.
#[derive(Debug, Default)]
pub struct Config {
    /// The file they came from, if any.
    pub file: Option<PathBuf>,
    /// Directory that `include`/`exclude` patterns are relative to (absolute).
    pub root: PathBuf,
    /// Files to pick up in directories; `None` means every `*.sop.{yaml,yml,json,toml}`.
    pub include: Option<GlobSet>,
    /// Files and directories to skip.
    pub exclude: GlobSet,
    /// `fail_level`.
    pub fail_level: Option<FailLevel>,
    /// `lang`.
    pub lang: Option<Lang>,
    /// `[agency]` and `[rules]`.
    pub profile: Profile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    include: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    fail_level: Option<Spanned<String>>,
    #[serde(default)]
    lang: Option<Spanned<String>>,
    #[serde(default)]
    agency: RawAgency,
    #[serde(default)]
    rules: RawRules,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgency {
    #[serde(default)]
    instansi: String,
    #[serde(default)]
    nomor_pattern: Option<Spanned<String>>,
    #[serde(default)]
    penandatangan: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// Finds and reads the configuration: `explicit` if given, else the nearest
/// `sopcheck.toml` in `cwd` or a parent, else the defaults. `lang` and `color` are used for
/// error messages (the file's own `lang` is not known yet).
pub fn load(
    explicit: Option<&Path>,
    cwd: &Path,
    lang: Lang,
    color: bool,
) -> Result<Config, CliError> {
    let found = match explicit {
        Some(path) => Some((absolute(cwd, path), path.display().to_string())),
        None => cwd.ancestors().enumerate().find_map(|(up, dir)| {
            let candidate = dir.join(FILE_NAME);
            // Shown relative to the working directory: `sopcheck.toml`, `../sopcheck.toml`.
            candidate
                .is_file()
                .then(|| (candidate, format!("{}{FILE_NAME}", "../".repeat(up))))
        }),
    };
    let Some((file, shown)) = found else {
        return Ok(Config {
            root: cwd.to_path_buf(),
            ..Config::default()
        });
    };
    let text = std::fs::read_to_string(&file)
        .map_err(|e| CliError::new(messages::cannot_read_config(lang, &shown, &e.to_string())))?;
    let root = file
        .parent()
        .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf);
    let mut config = parse(&text, &shown, lang, color)?;
    config.file = Some(file);
    config.root = root;
    Ok(config)
}

/// Reads the text of a configuration file named `shown` (for messages).
pub fn parse(text: &str, shown: &str, lang: Lang, color: bool) -> Result<Config, CliError> {
    let fail =
        |span: std::ops::Range<usize>, title: String, label: String, help: Option<String>| {
            let lines = LineIndex::new(text);
            let pos = lines.position(span.start);
            let one_line = format!("{shown}:{}:{}: {title}", pos.line, pos.column);
            let rendered = SourceError {
                path: shown,
                text,
                span: Span::new(span.start, span.end),
                title: &title,
                label: &label,
                help: help.as_deref(),
            }
            .render(lang, color);
            CliError::rendered(one_line, rendered)
        };

    let raw: RawConfig = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let message = e.message().trim().to_string();
        if let Some((key, known)) = unknown_field(&message) {
            let known_keys: Vec<&str> = known.iter().map(String::as_str).collect();
            let hint = closest(&key, &known_keys);
            let label = hint.map_or_else(String::new, |h| messages::did_you_mean(lang, h));
            fail(
                span,
                messages::unknown_config_key(lang, &key),
                label,
                Some(messages::known_keys_here(lang, &known.join(", "))),
            )
        } else {
            fail(span, messages::invalid_config(lang), message, None)
        }
    })?;

    let fail_level = match &raw.fail_level {
        None => None,
        Some(v) => Some(match v.get_ref().trim() {
            "error" => FailLevel::Error,
            "warning" => FailLevel::Warning,
            other => {
                return Err(fail(
                    v.span(),
                    messages::unknown_value(lang, "fail_level", other),
                    messages::choose_one(lang, &["error", "warning"]),
                    None,
                ))
            }
        }),
    };
    let config_lang = match &raw.lang {
        None => None,
        Some(v) => match v.get_ref().trim() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            other => {
                return Err(fail(
                    v.span(),
                    messages::unknown_value(lang, "lang", other),
                    messages::choose_one(lang, &["id", "en"]),
                    None,
                ));
            }
        },
    };

    let globs = |patterns: &[Spanned<String>]| -> Result<GlobSet, CliError> {
        let mut builder = GlobSetBuilder::new();
        for p in patterns {
            let glob = Glob::new(p.get_ref()).map_err(|e| {
                fail(
                    p.span(),
                    messages::invalid_pattern(lang, p.get_ref()),
                    e.kind().to_string(),
                    None,
                )
            })?;
            builder.add(glob);
        }
        builder.build().map_err(|e| CliError::new(e.to_string()))
    };
    let include = match &raw.include {
        Some(patterns) => Some(globs(patterns)?),
        None => None,
    };
    let exclude = globs(&raw.exclude)?;

    let unknown_code = |code: &Spanned<String>| {
        // Compared in lower case (`closest` lowers the word), shown as rules spell them.
        let codes: Vec<String> = rules::all().map(|r| r.code.to_ascii_lowercase()).collect();
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let hint = closest(code.get_ref(), &codes).map(str::to_ascii_uppercase);
        fail(
            code.span(),
            messages::unknown_rule_code(lang, code.get_ref()),
            hint.map_or_else(String::new, |h| messages::did_you_mean(lang, &h)),
            Some(messages::rules_lists_codes(lang)),
        )
    };
    let mut ignore = Vec::new();
    for code in &raw.rules.ignore {
        match rules::find(code.get_ref()) {
            Some(rule) => ignore.push(rule.code.to_string()),
            None => return Err(unknown_code(code)),
        }
    }
    let mut severity = BTreeMap::new();
    for (code, level) in &raw.rules.severity {
        let Some(rule) = rules::find(code.get_ref()) else {
            return Err(unknown_code(code));
        };
        let Some(level_value) = Severity::from_key(level.get_ref()) else {
            return Err(fail(
                level.span(),
                messages::unknown_severity(lang, level.get_ref()),
                messages::choose_one(lang, &["error", "warning", "info"]),
                None,
            ));
        };
        severity.insert(rule.code.to_string(), level_value);
    }

    let pattern_span = raw
        .agency
        .nomor_pattern
        .as_ref()
        .map_or(0..0, Spanned::span);
    let agency = Agency {
        instansi: raw.agency.instansi,
        nomor_pattern: raw
            .agency
            .nomor_pattern
            .map(Spanned::into_inner)
            .unwrap_or_default(),
        penandatangan: raw.agency.penandatangan,
    };
    let profile =
        Profile::new(agency, RuleOverrides { ignore, severity }).map_err(|e| match e {
            ProfileError::Pattern(detail) => fail(
                pattern_span,
                messages::invalid_nomor_pattern(lang),
                detail,
                None,
            ),
            other => CliError::new(format!("{shown}: {other}")),
        })?;

    Ok(Config {
        file: None,
        root: PathBuf::new(),
        include,
        exclude,
        fail_level,
        lang: config_lang,
        profile,
    })
}

/// Reads serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a`").
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (key, rest) = rest.split_once('`')?;
    let known = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((key.to_string(), known))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_full_config() {
        let c = parse(
            "include = [\"**/*.yaml\"]\nexclude = [\"arsip/**\"]\nfail_level = \"warning\"\nlang = \"en\"\n\
             [agency]\ninstansi = \"KPU\"\nnomor_pattern = '\\d+'\npenandatangan = [\"Sekretaris\"]\n\
             [rules]\nignore = [\"sop003\"]\nseverity = { SOP101 = \"warning\" }\n",
            "sopcheck.toml",
            Lang::En,
            false,
        )
        .unwrap();
        assert_eq!(c.fail_level, Some(FailLevel::Warning));
        assert_eq!(c.lang, Some(Lang::En));
        assert!(c.exclude.is_match("arsip/x.sop.yaml"));
        assert!(c.include.unwrap().is_match("a/b.yaml"));
        assert_eq!(c.profile.severity_for("SOP003", Severity::Warning), None);
        assert_eq!(
            c.profile.severity_for("SOP101", Severity::Error),
            Some(Severity::Warning)
        );
        assert!(c.profile.has_nomor_pattern());
    }

    #[test]
    fn unknown_key_has_line_and_suggestion() {
        let e = parse(
            "lang = \"id\"\nexlude = []\n",
            "sopcheck.toml",
            Lang::En,
            false,
        )
        .unwrap_err();
        assert_eq!(e.message, "sopcheck.toml:2:1: unknown key `exlude`");
        let detail = e.detail.unwrap();
        assert!(detail.contains("did you mean `exclude`?"), "{detail}");
        let e = parse(
            "[rules]\nignore = [\"SOP0O3\"]\n",
            "x.toml",
            Lang::Id,
            false,
        )
        .unwrap_err();
        assert!(
            e.message
                .starts_with("x.toml:2:11: kode aturan `SOP0O3` tidak dikenal"),
            "{}",
            e.message
        );
        let e = parse(
            "[agency]\nnomor_pattern = \"(\"\n",
            "x.toml",
            Lang::En,
            false,
        )
        .unwrap_err();
        assert!(
            e.message
                .starts_with("x.toml:2:17: invalid `nomor_pattern`"),
            "{}",
            e.message
        );
        let e = parse("fail_level = \"fatal\"\n", "x.toml", Lang::En, false).unwrap_err();
        assert!(e.message.starts_with("x.toml:1:14:"), "{}", e.message);
        let e = parse("exclude = \"x\"\n", "x.toml", Lang::En, false).unwrap_err();
        assert!(
            e.message.starts_with("x.toml:1:11: invalid configuration"),
            "{}",
            e.message
        );
    }
}
