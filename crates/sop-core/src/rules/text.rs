//! Text helpers the rules share: comparing what people wrote, and quoting it back.

/// Text comparison used by rules: case and surrounding spaces ignored.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The first letter in upper case.
pub(crate) fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The lower-case words of a text with their byte ranges (letters and digits only).
pub(crate) fn word_spans(lower: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, lower.len()));
    }
    spans
}

/// The first line of an entry, whitespace collapsed, cut to about 70 characters.
pub(crate) fn excerpt(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > 70 {
        let cut: String = collapsed.chars().take(67).collect();
        format!("{}…", cut.trim_end())
    } else {
        collapsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_quotes_and_splits() {
        assert!(same_text(" Ya ", "ya"));
        assert_eq!(capitalized("langkah 3"), "Langkah 3");
        assert_eq!(capitalized(""), "");
        let lower = "uu no. 14/2008";
        let words: Vec<&str> = word_spans(lower)
            .iter()
            .map(|&(s, e)| &lower[s..e])
            .collect();
        assert_eq!(words, ["uu", "no", "14", "2008"]);
        assert_eq!(excerpt("\n  a   b \nc"), "a b");
        assert_eq!(excerpt(&"x".repeat(80)).chars().count(), 68);
    }
}
