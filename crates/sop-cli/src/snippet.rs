//! Source excerpts: the line a span starts on and the part of it to underline, for the
//! text renderer's findings and for errors in the configuration file.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use sop_core::{Lang, LineIndex, Span};

use crate::messages;

/// One source line and the byte range within it to underline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// Its line number (1-based).
    pub line: usize,
    /// Its text, without the line end.
    pub text: String,
    /// Byte range within `text` (clipped to the line, on character boundaries).
    pub start: usize,
    /// End of that range.
    pub end: usize,
}

impl Excerpt {
    /// The first line of `span`; a span over several lines is underlined to the end of
    /// its first line.
    pub fn of(lines: &LineIndex<'_>, span: Span) -> Self {
        let line = lines.position(span.start).line;
        let line_text = lines.line_text(line);
        let line_start = lines.offset(line, 0);
        let len = line_text.len();
        let mut start = span.start.saturating_sub(line_start).min(len);
        let mut end = span.end.saturating_sub(line_start).min(len);
        while !line_text.is_char_boundary(start) {
            start -= 1;
        }
        while !line_text.is_char_boundary(end) {
            end += 1;
        }
        Excerpt {
            line,
            text: line_text.to_string(),
            start,
            end: end.max(start),
        }
    }
}

/// The annotate-snippets renderer, styled for a terminal or plain.
pub fn renderer(color: bool) -> Renderer {
    if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

/// An error in a file of the tool's own (the configuration), shown rustc-style with its
/// source line: `title`, the line, `label` under the underline (may be empty), `help`.
pub struct SourceError<'a> {
    /// The file's name as shown.
    pub path: &'a str,
    /// Its whole text.
    pub text: &'a str,
    /// Byte range of the problem.
    pub span: Span,
    /// What is wrong.
    pub title: &'a str,
    /// A note under the underline (may be empty).
    pub label: &'a str,
    /// How to fix it.
    pub help: Option<&'a str>,
}

impl SourceError<'_> {
    /// Renders the error.
    pub fn render(&self, lang: Lang, color: bool) -> String {
        let excerpt = Excerpt::of(&LineIndex::new(self.text), self.span);
        let mut annotation = AnnotationKind::Primary.span(excerpt.start..excerpt.end);
        if !self.label.is_empty() {
            annotation = annotation.label(self.label);
        }
        let title = Level::ERROR
            .with_name(messages::error_word(lang))
            .primary_title(self.title);
        let mut group = Group::with_title(title).element(
            Snippet::source(excerpt.text.as_str())
                .line_start(excerpt.line)
                .path(self.path)
                .annotation(annotation),
        );
        if let Some(help) = self.help {
            group = group.element(Level::HELP.message(help));
        }
        renderer(color).render(&[group])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_spans_are_clipped_to_their_first_line() {
        let text = "a:\n  b: [1,\n   2]\n";
        let e = Excerpt::of(&LineIndex::new(text), Span::new(8, 17));
        assert_eq!(e.line, 2);
        assert_eq!(e.text, "  b: [1,");
        assert_eq!((e.start, e.end), (5, 8));
    }

    #[test]
    fn config_errors_show_their_line() {
        let e = SourceError {
            path: "sopcheck.toml",
            text: "lang = \"id\"\nexlude = []\n",
            span: Span::new(12, 18),
            title: "unknown key `exlude`",
            label: "did you mean `exclude`?",
            help: None,
        };
        assert_eq!(
            e.render(Lang::En, false),
            "error: unknown key `exlude`\n --> sopcheck.toml:2:1\n  |\n2 | exlude = []\n  | ^^^^^^ did you mean `exclude`?"
        );
    }
}
