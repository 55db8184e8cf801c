//! Which files to check: explicit files as given, directories searched recursively for
//! `*.sop.{yaml,yml,json,toml}` (or the configuration's `include`), honouring `.gitignore`,
//! `.ignore` and the configuration's `exclude`; `-` is standard input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;
use sop_core::{Format, Lang};

use crate::config::{absolute, Config};

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
                found.errors.push(lang.pick(
                    format!(
                        "{}: tidak dapat dibaca: {}",
                        path.display(),
                        io_reason(&e, lang)
                    ),
                    format!(
                        "{}: cannot be read: {}",
                        path.display(),
                        io_reason(&e, lang)
                    ),
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
                || !exclude_config.is_match(relative(&root, &cwd_owned, entry.path()))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found.errors.push(lang.pick(
                    format!("tidak dapat menelusuri: {e}"),
                    format!("cannot search: {e}"),
                ));
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
                if include.is_match(relative(&config.root, cwd, path)) {
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
    !config.exclude.is_empty() && config.exclude.is_match(relative(&config.root, cwd, path))
}

/// `path` relative to the configuration's root, for matching globs; the absolute path
/// when it lies outside.
fn relative(root: &Path, cwd: &Path, path: &Path) -> PathBuf {
    let abs = absolute(cwd, path);
    match abs.strip_prefix(root) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => abs,
    }
}

/// How a path is shown: forward slashes, without a leading `./`.
pub fn display(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut rest = text.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped.trim_start_matches('/');
    }
    if rest.is_empty() {
        ".".to_string()
    } else {
        rest.to_string()
    }
}

/// A short reason for an I/O error, in the user's language where it is a common one.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => lang.pick("tidak ada", "not found").to_string(),
        ErrorKind::PermissionDenied => lang.pick("akses ditolak", "permission denied").to_string(),
        ErrorKind::IsADirectory => lang
            .pick("ini sebuah direktori", "is a directory")
            .to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths() {
        assert_eq!(display(Path::new("./a/b.sop.yaml")), "a/b.sop.yaml");
        assert_eq!(display(Path::new("a/b.sop.yaml")), "a/b.sop.yaml");
        assert_eq!(display(Path::new(".")), ".");
        assert_eq!(display(Path::new("/x/y")), "/x/y");
    }
}
