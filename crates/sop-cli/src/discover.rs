//! Which files to check: explicit files as given, directories searched recursively for
//! `*.sop.{yaml,yml,json,toml}` (or the configuration's `include`), honouring `.gitignore`,
//! `.ignore` and the configuration's `exclude`; `-` is standard input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;
use sop_core::{Format, Lang};

use crate::config::Config;
use crate::messages;
use crate::paths::{display, io_reason, relative_to};

/// One thing to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input, in the `--stdin-format` syntax.
    Stdin,
    /// A file.
    File {
        /// Where to read it.
        path: PathBuf,
        /// Its syntax.
        format: Format,
    },
}

/// What the search found.
#[derive(Debug, Default)]
pub struct Found {
    /// Inputs by display path (forward slashes, no leading `./`): sorted and unique.
    pub inputs: BTreeMap<String, Input>,
    /// Paths that do not exist or could not be searched (exit 2).
    pub errors: Vec<String>,
}

/// Searches `paths` (as given on the command line).
pub fn find(
    paths: &[PathBuf],
    config: &Config,
    cwd: &Path,
    force_exclude: bool,
    lang: Lang,
) -> Found {
    let mut found = Found::default();
    for path in paths {
        if path.as_os_str() == "-" {
            found.inputs.insert("-".to_string(), Input::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => {
                found.errors.push(messages::cannot_read(
                    lang,
                    &path.display().to_string(),
                    &io_reason(&e, lang),
                ));
                continue;
            }
        };
        if meta.is_dir() {
            walk(path, config, cwd, lang, &mut found);
        } else {
            if force_exclude && excluded(config, cwd, path) {
                continue;
            }
            let name = path.to_string_lossy();
            let format = Format::from_sop_file_name(&name)
                .or_else(|| Format::from_extension(&name))
                .unwrap_or(Format::Yaml);
            found.inputs.insert(
                display(path),
                Input::File {
                    path: path.clone(),
                    format,
                },
            );
        }
    }
    found
}

fn walk(dir: &Path, config: &Config, cwd: &Path, lang: Lang, found: &mut Found) {
    let exclude_config = config.exclude.clone();
    let root = config.root.clone();
    let cwd_owned = cwd.to_path_buf();
    let walker = WalkBuilder::new(dir)
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |entry| {
            exclude_config.is_empty()
                || !exclude_config.is_match(relative_to(&root, &cwd_owned, entry.path()))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found
                    .errors
                    .push(messages::cannot_search(lang, &e.to_string()));
                continue;
            }
        };
        let is_file = entry.file_type().is_some_and(|t| t.is_file())
            || (entry.path_is_symlink() && entry.path().is_file());
        if !is_file || entry.depth() == 0 {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        let format = match &config.include {
            None => Format::from_sop_file_name(&name),
            Some(include) => {
                if include.is_match(relative_to(&config.root, cwd, path)) {
                    Some(
                        Format::from_sop_file_name(&name)
                            .or_else(|| Format::from_extension(&name))
                            .unwrap_or(Format::Yaml),
                    )
                } else {
                    None
                }
            }
        };
        if let Some(format) = format {
            found.inputs.insert(
                display(path),
                Input::File {
                    path: path.to_path_buf(),
                    format,
                },
            );
        }
    }
}

fn excluded(config: &Config, cwd: &Path, path: &Path) -> bool {
    !config.exclude.is_empty()
        && config
            .exclude
            .is_match(relative_to(&config.root, cwd, path))
}
