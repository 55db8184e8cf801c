//! `sopcheck render FILE [-o out.html]`: the official printable format (identity page,
//! procedure table with the flowchart in its lanes), the same layout as the web app
//! (`sop_core::layout`), as one standalone HTML file with A4 landscape print CSS and a
//! "DRAF" watermark until the status is `berlaku`. A logo given as a file
//! (`identitas.logo`, relative to the SOP file) is embedded, so the HTML prints anywhere.

use std::path::Path;

use base64::Engine;
use sop_core::layout::{self, Layout, LayoutOptions};
use sop_core::model::Status;
use sop_core::{check_parsed, CheckOptions, Severity};

use super::print;
use crate::cli::{RenderArgs, RenderFormat};
use crate::error::{warn, CliError, EXIT_OK};
use crate::paths::{absolute, display};
use crate::{units, Global};

/// Renders one file.
pub fn run(args: &RenderArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let shown = display(&args.file);
    let (_, _, parsed) = super::read_sop(&args.file, lang)?;
    if parsed.failed {
        return Err(CliError::new(lang.pick(
            format!("{shown} tidak dapat dibaca sebagai SOP (SOP001); jalankan `sopcheck check {shown}`"),
            format!("{shown} cannot be read as an SOP (SOP001); run `sopcheck check {shown}`"),
        )));
    }
    let report = check_parsed(
        &parsed,
        &CheckOptions {
            today: Some(units::today()),
            ..CheckOptions::default()
        },
    );
    let errors = report.count(Severity::Error);
    if errors > 0 {
        warn(
            lang,
            &lang.pick(
                format!("{shown} belum lengkap ({errors} kesalahan); dicetak apa adanya. `sopcheck check {shown}` menunjukkan kekurangannya."),
                format!("{shown} is not complete ({errors} errors); rendered as it is. `sopcheck check {shown}` shows what is missing."),
            ),
        );
    }
    let sop = &parsed.sop;
    let title = if sop.identity.name.trim().is_empty() {
        shown.clone()
    } else {
        format!("SOP {}", sop.identity.name.trim())
    };
    let html = match args.format {
        RenderFormat::Html => {
            let mut pages = layout::layout(sop, &LayoutOptions::default());
            embed_logo(&mut pages, &args.file, lang);
            layout::svg::html(&pages, &title, sop.status == Status::Berlaku)
        }
        RenderFormat::Svg => layout::svg::flowchart_svg(sop).ok_or_else(|| {
            CliError::new(lang.pick(
                format!("{shown} belum memiliki kegiatan; tidak ada diagram alir untuk digambar"),
                format!("{shown} has no steps yet; there is no flowchart to draw"),
            ))
        })?,
    };
    match &args.output {
        None => print(&html)?,
        Some(out) => {
            let cwd = std::env::current_dir().unwrap_or_default();
            if absolute(&cwd, out) == absolute(&cwd, &args.file) {
                return Err(CliError::new(lang.pick(
                    "berkas keluaran sama dengan berkas SOP; pilih nama lain, misalnya `-o sop.html`".to_string(),
                    "the output is the SOP file itself; choose another name, e.g. `-o sop.html`".to_string(),
                )));
            }
            std::fs::write(out, html).map_err(|e| {
                CliError::new(lang.pick(
                    format!("{} tidak dapat ditulis: {e}", out.display()),
                    format!("cannot write {}: {e}", out.display()),
                ))
            })?;
        }
    }
    Ok(EXIT_OK)
}

/// Largest logo file embedded.
const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;

/// Replaces a logo file name by the file's content as a `data:` address; an address
/// (`https://…`, `data:…`) stays as it is. A logo that cannot be read is left out with a
/// warning: the document prints without it.
fn embed_logo(pages: &mut Layout, sop_file: &Path, lang: sop_core::Lang) {
    for page in &mut pages.pages {
        let Some(logo) = &mut page.logo else {
            continue;
        };
        let href = logo.href.trim().to_string();
        let lower = href.to_ascii_lowercase();
        if lower.starts_with("https://")
            || lower.starts_with("http://")
            || lower.starts_with("data:")
        {
            continue;
        }
        match read_logo(sop_file, &href) {
            Ok(data) => logo.href = data,
            Err(reason) => {
                warn(
                    lang,
                    &lang.pick(
                        format!("logo {href} tidak dicetak: {}", reason.0),
                        format!("logo {href} is left out: {}", reason.1),
                    ),
                );
                page.logo = None;
            }
        }
    }
}

/// The logo file as a `data:` address, or why not (Indonesian, English).
fn read_logo(sop_file: &Path, href: &str) -> Result<String, (String, String)> {
    let dir = sop_file.parent().unwrap_or_else(|| Path::new("."));
    let path = dir.join(href);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let mime = match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "webp" => "image/webp",
        _ => {
            return Err((
                "gunakan berkas PNG, JPEG, SVG, GIF atau WebP".into(),
                "use a PNG, JPEG, SVG, GIF or WebP file".into(),
            ))
        }
    };
    let size = std::fs::metadata(&path).map(|m| m.len()).map_err(|e| {
        (
            format!("{} tidak dapat dibaca ({e})", path.display()),
            format!("cannot read {} ({e})", path.display()),
        )
    })?;
    if size > MAX_LOGO_BYTES {
        return Err((
            "berkasnya lebih dari 2 MB; perkecil gambarnya".into(),
            "the file is over 2 MB; use a smaller image".into(),
        ));
    }
    let bytes = std::fs::read(&path).map_err(|e| {
        (
            format!("{} tidak dapat dibaca ({e})", path.display()),
            format!("cannot read {} ({e})", path.display()),
        )
    })?;
    Ok(format!(
        "data:{mime};base64,{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    ))
}
