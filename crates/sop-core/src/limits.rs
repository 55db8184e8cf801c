//! Every limit the parser and checker enforce, in one place, so that hostile input gets a
//! clear error instead of a hang, a stack overflow or unbounded memory.

/// Limits applied while reading a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input accepted, in bytes (the CLI's `--max-file-size`, default 5 MB).
    pub max_bytes: usize,
    /// Deepest nesting of lists and mappings (a real SOP needs 5).
    pub max_depth: usize,
    /// Most nodes in one document, counting those copied by YAML aliases
    /// (100 000 steps of about 12 nodes each fit).
    pub max_nodes: usize,
    /// Most nodes that YAML aliases (`*name`) may copy in all; a "billion laughs" file
    /// stops here.
    pub max_alias_nodes: usize,
}

impl Limits {
    /// 5 MB, the CLI's default `--max-file-size`.
    pub const DEFAULT_MAX_BYTES: usize = 5 * 1024 * 1024;
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: Self::DEFAULT_MAX_BYTES,
            max_depth: 64,
            max_nodes: 2_000_000,
            max_alias_nodes: 10_000,
        }
    }
}
