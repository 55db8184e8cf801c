//! `--format junit`: JUnit XML as GitLab and Jenkins read it. One `<testsuite>` per file,
//! one failing `<testcase>` per finding, one passing `<testcase>` for a file without
//! findings (so a clean run does not show "0 tests").

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::report::FileReport;

/// Writes the JUnit document.
pub fn render(files: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let tests: usize = files.iter().map(|f| f.findings.len().max(1)).sum();
    let failures: usize = files.iter().map(|f| f.findings.len()).sum();
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"sopcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
    );
    for file in files {
        let path = escape(&file.path);
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">",
            file.findings.len().max(1),
            file.findings.len()
        );
        if file.findings.is_empty() {
            let _ = writeln!(
                xml,
                "    <testcase name=\"sopcheck\" classname=\"{path}\" file=\"{path}\"/>"
            );
        }
        for f in &file.findings {
            let name = if f.pointer.is_empty() {
                f.code.to_string()
            } else {
                format!("{} {}", f.code, f.pointer)
            };
            let line_attr = f
                .range
                .map_or(String::new(), |r| format!(" line=\"{}\"", r.line));
            let place = f.range.map_or(file.path.clone(), |r| {
                format!("{}:{}:{}", file.path, r.line, r.column)
            });
            let mut body = format!("{place}: {} {} ({})", f.code, f.message, f.name);
            if !f.help.is_empty() {
                body.push('\n');
                body.push_str(&f.help);
            }
            let _ = writeln!(
                xml,
                "    <testcase name=\"{}\" classname=\"{path}\" file=\"{path}\"{line_attr}>",
                escape(&name)
            );
            let _ = writeln!(
                xml,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                escape(&f.message),
                f.severity.key(),
                escape_text(&body)
            );
            xml.push_str("    </testcase>\n");
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    out.write_all(xml.as_bytes())
}

/// Escapes text for element content: like [`escape`], but line ends stay as they are.
pub fn escape_text(text: &str) -> String {
    escape(text).replace("&#10;", "\n")
}

/// Escapes text for an XML attribute or element, dropping characters XML 1.0 forbids.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            escape("a<b & \"c\"\n\u{1}"),
            "a&lt;b &amp; &quot;c&quot;&#10;\u{FFFD}"
        );
    }
}
