//! `--format text`: rustc-style diagnostics (annotate-snippets) with the source line and
//! the span underlined, then each file's checklist and a one-line summary.
//!
//! ```text
//! error[SOP403]: Keputusan langkah 2 tidak memiliki tepat dua cabang
//!   --> sop/ppid.sop.yaml:41:7
//!    |
//! 41 |       cabang:
//!    |       ^^^^^^
//!    |
//!    = help: …
//!
//! sop/ppid.sop.yaml: 11/12 bagian lengkap
//!   [x] Identitas SOP
//!   [ ] Alur (diagram alir)
//!
//! 1 berkas diperiksa: 0 lengkap; 1 kesalahan, 0 peringatan, 0 info.
//! ```

use std::io::{self, Write};

use annotate_snippets::renderer::{AnsiColor, Effects, Style};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use sop_core::Severity;

use super::Context;
use crate::messages;
use crate::report::{FileReport, Finding, Summary};
use crate::snippet::renderer;

/// Writes the text report.
pub fn render(files: &[FileReport], cx: &Context, out: &mut dyn Write) -> io::Result<()> {
    let renderer = renderer(cx.color);
    for file in files {
        for finding in &file.findings {
            writeln!(out, "{}\n", render_finding(&renderer, &file.path, finding))?;
        }
        write_checklist(file, cx, out)?;
    }
    let summary = Summary::of(files);
    let line = summary.line(cx.lang);
    let style = if summary.errors > 0 {
        Style::new()
            .fg_color(Some(AnsiColor::BrightRed.into()))
            .effects(Effects::BOLD)
    } else {
        Style::new().effects(Effects::BOLD)
    };
    writeln!(out, "{}", paint(cx.color, style, &line))
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// One finding as rustc would show it.
pub fn render_finding(renderer: &Renderer, path: &str, f: &Finding) -> String {
    let title = level(f.severity)
        .primary_title(f.message.as_str())
        .id(f.code);
    let mut group = Group::with_title(title);
    group = match (&f.excerpt, &f.range) {
        (Some(e), _) => group.element(
            Snippet::source(e.text.as_str())
                .line_start(e.line)
                .path(path)
                .annotation(AnnotationKind::Primary.span(e.start..e.end)),
        ),
        (None, Some(r)) => group.element(
            Origin::path(path)
                .line(r.line)
                .char_column(r.column.saturating_sub(1)),
        ),
        (None, None) => group.element(Origin::path(path)),
    };
    if !f.help.is_empty() {
        group = group.element(Level::HELP.message(f.help.as_str()));
    }
    renderer.render(&[group])
}

fn write_checklist(file: &FileReport, cx: &Context, out: &mut dyn Write) -> io::Result<()> {
    let done = file.done();
    let total = file.checklist.len();
    let heading = format!(
        "{}: {}",
        file.path,
        messages::checklist_heading(cx.lang, done, total)
    );
    let bold = Style::new().effects(Effects::BOLD);
    writeln!(out, "{}", paint(cx.color, bold, &heading))?;
    // A file that could not be read has nothing to tick off: the heading says enough.
    let unread = done == 0 && file.findings.iter().any(|f| f.code == "SOP001");
    if done < total && !unread {
        let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
        let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
        for item in &file.checklist {
            let (mark, style) = if item.done {
                ("[x]", green)
            } else {
                ("[ ]", red)
            };
            writeln!(
                out,
                "  {} {}",
                paint(cx.color, style, mark),
                item.title(cx.lang)
            )?;
        }
    }
    writeln!(out)
}

fn paint(color: bool, style: Style, text: &str) -> String {
    if color {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Range;
    use crate::snippet::Excerpt;

    #[test]
    fn renders_like_rustc() {
        let f = Finding {
            code: "SOP403",
            name: "decision-branches",
            severity: Severity::Error,
            message: "Keputusan tanpa dua cabang".into(),
            help: "Tulis dua cabang.".into(),
            pointer: "/kegiatan/1/cabang".into(),
            range: Some(Range {
                line: 41,
                column: 5,
                end_line: 41,
                end_column: 11,
            }),
            excerpt: Some(Excerpt {
                line: 41,
                text: "    cabang:".into(),
                start: 4,
                end: 10,
            }),
        };
        let text = render_finding(&Renderer::plain(), "sop/a.sop.yaml", &f);
        assert_eq!(
            text,
            "error[SOP403]: Keputusan tanpa dua cabang\n  --> sop/a.sop.yaml:41:5\n   |\n41 |     cabang:\n   |     ^^^^^^\n   |\n   = help: Tulis dua cabang."
        );
    }
}
