//! `sopcheck new --kategori K [-o FILE]`: a new SOP from the core's template.

use sop_core::model::Category;
use sop_core::templates;

use super::{print, write_new};
use crate::cli::NewArgs;
use crate::error::{CliError, EXIT_OK};
use crate::Global;

/// Writes the template to standard output or to a new file.
pub fn run(args: &NewArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let key = args.kategori.trim().to_ascii_lowercase();
    let Some(category) = Category::from_key(&key) else {
        let choices = Category::ALL.map(Category::key).join(", ");
        return Err(CliError::new(lang.pick(
            format!(
                "kategori `{}` tidak dikenal; pilih salah satu: {choices}",
                args.kategori
            ),
            format!(
                "unknown kategori `{}`; choose one of: {choices}",
                args.kategori
            ),
        )));
    };
    let text = templates::template(category);
    match &args.output {
        None => print(text)?,
        Some(path) => {
            write_new(path, text, lang)?;
            eprintln!(
                "{}",
                lang.pick(
                    format!("Templat {} ditulis ke {}.", category.key(), path.display()),
                    format!(
                        "Wrote the {} template to {}.",
                        category.key(),
                        path.display()
                    ),
                )
            );
        }
    }
    Ok(EXIT_OK)
}
