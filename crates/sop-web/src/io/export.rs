//! Writing an SOP file, without the browser: the text in YAML or JSON, the file name,
//! and the name of a value kept aside by storage. Tested natively (`tests/io.rs`).

use sop_core::{emit, Format, Sop};

use crate::storage;

/// The download formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    /// `.sop.yaml` (the default: what people edit and review).
    #[default]
    Yaml,
    /// `.sop.json`.
    Json,
}

impl ExportFormat {
    /// The `sop-core` format.
    pub fn format(self) -> Format {
        match self {
            ExportFormat::Yaml => Format::Yaml,
            ExportFormat::Json => Format::Json,
        }
    }

    /// `sop.yaml` or `sop.json`.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Yaml => "sop.yaml",
            ExportFormat::Json => "sop.json",
        }
    }

    /// The MIME type of the download.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Yaml => "application/yaml;charset=utf-8",
            ExportFormat::Json => JSON_MIME,
        }
    }
}

/// The MIME type of a JSON download.
pub const JSON_MIME: &str = "application/json;charset=utf-8";

/// The MIME type of a plain-text download.
pub const TEXT_MIME: &str = "text/plain;charset=utf-8";

/// The SOP as file text.
pub fn export_text(sop: &Sop, format: ExportFormat) -> Result<String, String> {
    emit::to_string(sop, format.format()).map_err(|e| e.to_string())
}

/// A file-name part from any text: lower-case ASCII letters and digits joined by `-`
/// (accents dropped), at most 60 characters; `sop` when nothing is left.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            if out.len() >= 60 {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "sop".into()
    } else {
        out
    }
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        other => other,
    }
}

/// `<slug of nama>.sop.yaml` / `.sop.json`.
pub fn export_file_name(sop: &Sop, format: ExportFormat) -> String {
    format!("{}.{}", slugify(&sop.identity.name), format.extension())
}

/// The file name for a value kept aside: `draf-disisihkan-<id>-<ms>.json` when the value
/// is JSON (a stored draft, an index), `.txt` otherwise. The content is never changed.
pub fn aside_file_name(key: &str, raw: &str) -> String {
    let time: String = key
        .rsplit(':')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let label = storage::aside_label(key);
    let ext = if sop_core::parse::read_json(raw).is_some() {
        "json"
    } else {
        "txt"
    };
    if time.is_empty() {
        format!("draf-disisihkan-{label}.{ext}")
    } else {
        format!("draf-disisihkan-{label}-{time}.{ext}")
    }
}
