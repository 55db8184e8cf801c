//! `sopcheck new --kategori K [--today D] [-o FILE]`: a new SOP from the core's template,
//! dated today (`tanggal_pembuatan`), so that it passes at error level as written.

use sop_core::model::Category;
use sop_core::{templates, Date};

use super::{print, write_new};
use crate::cli::NewArgs;
use crate::error::{CliError, EXIT_OK};
use crate::messages;
use crate::{units, Global};

/// Writes the template to standard output or to a new file.
pub fn run(args: &NewArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let key = args.kategori.trim().to_ascii_lowercase();
    let Some(category) = Category::from_key(&key) else {
        let choices = Category::ALL.map(Category::key).join(", ");
        return Err(CliError::new(messages::unknown_category(
            lang,
            &args.kategori,
            &choices,
        )));
    };
    let today = args.today.unwrap_or_else(units::today);
    let text = dated(templates::template(category), today);
    match &args.output {
        None => print(&text)?,
        Some(path) => {
            write_new(path, &text, lang)?;
            eprintln!(
                "{}",
                messages::template_written(lang, category.key(), &path.display().to_string())
            );
        }
    }
    Ok(EXIT_OK)
}

/// The template with `date` as its `tanggal_pembuatan` (the comment after it kept, at
/// its column when the date fits before it).
fn dated(template: &str, date: Date) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut done = false;
    for line in template.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let rest = &line[indent..];
        let Some(value) = rest.strip_prefix("tanggal_pembuatan:").filter(|_| !done) else {
            out.push_str(line);
            continue;
        };
        done = true;
        out.push_str(&line[..indent]);
        out.push_str("tanggal_pembuatan: ");
        let written = date.to_string();
        match value.find('#') {
            Some(hash) => {
                // `value` starts right after the colon; keep `#` where it was if there is room.
                let room = hash.saturating_sub(1);
                let pad = room.saturating_sub(written.len()).max(2);
                out.push_str(&written);
                out.push_str(&" ".repeat(pad));
                out.push_str(&value[hash..]);
            }
            None => {
                out.push_str(&written);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_the_template_and_keeps_its_comment() {
        let date = Date::new(2026, 11, 27).unwrap();
        let text = "identitas:\n  tanggal_pembuatan: \"\"     # selesai disusun\n  tanggal_efektif: \"\"\n";
        assert_eq!(
            dated(text, date),
            "identitas:\n  tanggal_pembuatan: 2026-11-27  # selesai disusun\n  tanggal_efektif: \"\"\n"
        );
        assert_eq!(
            dated("  tanggal_pembuatan: \"\"\n", date),
            "  tanggal_pembuatan: 2026-11-27\n"
        );
    }

    #[test]
    fn every_template_gets_the_date() {
        let date = Date::new(2026, 11, 27).unwrap();
        for (category, text) in templates::all() {
            let out = dated(text, date);
            let parsed = sop_core::parse(&out, sop_core::Format::Yaml);
            assert_eq!(
                parsed.sop.identity.created,
                "2026-11-27",
                "{}",
                category.key()
            );
        }
    }
}
