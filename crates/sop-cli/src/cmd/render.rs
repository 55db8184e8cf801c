//! `sopcheck render FILE [-o out.html]`: the official printable format (identity page,
//! procedure table with the flowchart in its lanes), the same layout as the web app
//! (`sop_core::layout`), as one standalone HTML file with A4 landscape print CSS and a
//! "DRAF" watermark until the status is `berlaku`.

use sop_core::layout::{self, LayoutOptions};
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
            let pages = layout::layout(sop, &LayoutOptions::default());
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
