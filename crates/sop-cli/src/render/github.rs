//! `--format github`: GitHub Actions workflow commands, one annotation per finding, and a
//! Markdown step summary (appended to `$GITHUB_STEP_SUMMARY` by the caller).
//!
//! `::error file=sop/a.sop.yaml,line=41,col=7,endLine=41,endColumn=30,title=sopcheck (SOP403)::message`
//!
//! Escaping follows actions/toolkit: data `%`→`%25`, `\r`→`%0D`, `\n`→`%0A`; properties
//! additionally `:`→`%3A` and `,`→`%2C`. Infos are `::notice`.

use std::fmt::Write as _;
use std::io::{self, Write};

use sop_core::{Lang, Severity};

use crate::messages;
use crate::report::{FileReport, Summary};

/// Largest step summary written (GitHub accepts 1 MiB per step).
const SUMMARY_LIMIT: usize = 900 * 1024;

/// Writes one workflow command per finding.
pub fn render(files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    for file in files {
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut props = format!("file={}", escape_property(&file.path));
            if let Some(r) = f.range {
                let _ = write!(
                    props,
                    ",line={},col={},endLine={},endColumn={}",
                    r.line, r.column, r.end_line, r.end_column
                );
            }
            let title = format!("sopcheck ({})", f.code);
            writeln!(
                out,
                "::{command} {props},title={}::{}",
                escape_property(&title),
                escape_data(&f.message)
            )?;
        }
    }
    Ok(())
}

/// Escapes a command's message.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The Markdown step summary: counts, each file's checklist count, and a table of
/// findings (cut short before GitHub's size limit).
pub fn step_summary(files: &[FileReport], lang: Lang) -> String {
    let mut md = String::from("## sopcheck\n\n");
    let _ = writeln!(md, "{}\n", Summary::of(files).line(lang));
    for file in files {
        let done = file.done();
        let mark = if file.complete { "✅" } else { "❌" };
        let _ = writeln!(
            md,
            "- {mark} `{}`: {}",
            cell(&file.path),
            messages::checklist_heading(lang, done, file.checklist.len())
        );
    }
    let total: usize = files.iter().map(|f| f.findings.len()).sum();
    if total == 0 {
        return md;
    }
    let _ = writeln!(
        md,
        "\n| {} |\n|---|---|---|---|---|",
        messages::summary_table_heads(lang).join(" | ")
    );
    let mut shown = 0;
    'files: for file in files {
        for f in &file.findings {
            if md.len() > SUMMARY_LIMIT {
                break 'files;
            }
            let place = f
                .range
                .map_or(String::new(), |r| format!("{}:{}", r.line, r.column));
            let help = if f.help.is_empty() {
                String::new()
            } else {
                format!("<br>{}", cell(&f.help))
            };
            let _ = writeln!(
                md,
                "| `{}` | {place} | {} | {} | {}{help} |",
                cell(&file.path),
                f.code,
                f.severity.key(),
                cell(&f.message)
            );
            shown += 1;
        }
    }
    if shown < total {
        let _ = writeln!(md, "\n{}", messages::more_findings(lang, total - shown));
    }
    md
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
