//! `sopcheck rules`: the rule table.

use std::fmt::Write as _;

use serde_json::json;
use sop_core::rules;

use super::print;
use crate::cli::{ListFormat, RulesArgs};
use crate::error::{CliError, EXIT_OK};
use crate::messages;
use crate::Global;

/// Prints every rule.
pub fn run(args: &RulesArgs, global: &Global) -> Result<u8, CliError> {
    let lang = global.lang;
    let text = match args.format {
        ListFormat::Json => {
            let list: Vec<_> = rules::all()
                .map(|r| {
                    json!({
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity.key(),
                        "signing": r.signing,
                        "group": r.group.key(),
                        "what": r.docs.what.get(lang),
                    })
                })
                .collect();
            let mut s =
                serde_json::to_string_pretty(&list).map_err(|e| CliError::new(e.to_string()))?;
            s.push('\n');
            s
        }
        ListFormat::Text => {
            let head = messages::rules_heads(lang);
            let rows: Vec<[String; 5]> = rules::all()
                .map(|r| {
                    [
                        r.code.to_string(),
                        r.name.to_string(),
                        r.severity.key().to_string(),
                        if r.signing { "F".into() } else { String::new() },
                        r.group.key().to_string(),
                    ]
                })
                .collect();
            let mut widths = head.map(str::len);
            for row in &rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.len());
                }
            }
            let mut s = String::new();
            let line = |s: &mut String, cells: [&str; 5]| {
                let _ = writeln!(
                    s,
                    "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {}",
                    cells[0],
                    cells[1],
                    cells[2],
                    cells[3],
                    cells[4],
                    w0 = widths[0],
                    w1 = widths[1],
                    w2 = widths[2],
                    w3 = widths[3],
                );
            };
            line(&mut s, head);
            for row in &rows {
                line(&mut s, [&row[0], &row[1], &row[2], &row[3], &row[4]]);
            }
            let _ = writeln!(s, "\n{}", messages::rules_footer(lang));
            s
        }
    };
    print(&text)?;
    Ok(EXIT_OK)
}
