//! Paths as the CLI shows and compares them: display form, cleaned absolute form, and a
//! short reason for an I/O error.

use std::path::{Component, Path, PathBuf};

use sop_core::Lang;

use crate::messages;

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

/// `path` made absolute against `cwd` and cleaned of `.` and `..` (lexically).
pub fn absolute(cwd: &Path, path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    let mut out = PathBuf::new();
    for part in joined.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `root` when it lies under it, else the cleaned absolute path.
pub fn relative_to(root: &Path, cwd: &Path, path: &Path) -> PathBuf {
    let abs = absolute(cwd, path);
    match abs.strip_prefix(root) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => abs,
    }
}

/// A short reason for an I/O error, in the user's language where it is a common one.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    messages::io_reason(e.kind(), lang).map_or_else(|| e.to_string(), str::to_string)
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

    #[test]
    fn absolute_paths_are_clean() {
        assert_eq!(
            absolute(Path::new("/a/b"), Path::new("./c/../d")),
            PathBuf::from("/a/b/d")
        );
        assert_eq!(
            absolute(Path::new("/a"), Path::new("/x/y")),
            PathBuf::from("/x/y")
        );
        assert_eq!(
            relative_to(Path::new("/a"), Path::new("/a/b"), Path::new("../c/x")),
            PathBuf::from("c/x")
        );
        assert_eq!(
            relative_to(Path::new("/a"), Path::new("/a"), Path::new("../z")),
            PathBuf::from("/z")
        );
    }
}
