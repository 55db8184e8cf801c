//! Reading regulation citations ("Undang-Undang Nomor 14 Tahun 2008", "PMK No.
//! 210/PMK.05/2022"): the words that name a kind of regulation and the shapes of its
//! number. Shared by SOP202 (is it a citation?) and SOP203 (is it a revoked one?).

/// Words that name a kind of regulation, whole (lower case).
const TYPE_WORDS: &[&str] = &[
    "undang",
    "uu",
    "uud",
    "perppu",
    "perpu",
    "pp",
    "perpres",
    "keppres",
    "kepres",
    "inpres",
    "peraturan",
    "keputusan",
    "ketetapan",
    "tap",
    "instruksi",
    "edaran",
    "se",
    "sk",
    "pmk",
    "kmk",
    "perka",
    "pkpu",
    "perki",
    "perda",
    "pergub",
    "perbup",
    "perwal",
    "perwali",
    "perban",
    "perbawaslu",
    "perkom",
    "qanun",
];

/// Beginnings of words that name a kind of regulation (`Permenpan`, `Permendagri`, `Kepmenkes`).
const TYPE_PREFIXES: &[&str] = &[
    "permen",
    "kepmen",
    "perdirjen",
    "kepdirjen",
    "persekjen",
    "persesjen",
];

/// True when `word` (lower case) names a kind of regulation.
pub(crate) fn is_type_word(word: &str) -> bool {
    TYPE_WORDS.contains(&word) || TYPE_PREFIXES.iter().any(|p| word.starts_with(p))
}

/// True when `s` is one or more ASCII digits.
pub(crate) fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A 4-digit year 1900–2100.
pub(crate) fn year(s: &str) -> Option<u32> {
    let s = s.trim_end_matches(['.', ',', ';', ':']);
    if s.len() != 4 || !is_digits(s) {
        return None;
    }
    s.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// A number carrying its year (`210/PMK.05/2022`, `PER/21/M.PAN/11/2008`, `14/2008`):
/// the first all-digit segment and the final year.
pub(crate) fn slash_number(chunk: &str) -> Option<(u32, u32)> {
    let chunk = chunk.trim_end_matches(['.', ',', ';', ':']);
    let segments: Vec<&str> = chunk.split('/').collect();
    let (last, rest) = segments.split_last()?;
    if rest.is_empty() {
        return None;
    }
    let year = year(last)?;
    let number = rest.iter().find(|s| is_digits(s))?.parse().ok()?;
    Some((number, year))
}

/// After a number marker (`Nomor`, `No.`, `Nomor:`), what follows it in the same chunk.
pub(crate) fn number_marker(chunk: &str) -> Option<&str> {
    for marker in ["nomor", "nomer", "nmr", "no"] {
        if let Some(rest) = chunk.strip_prefix(marker) {
            if rest.is_empty()
                || rest.starts_with(['.', ':'])
                || rest.starts_with(|c: char| c.is_ascii_digit())
            {
                return Some(rest.trim_start_matches(['.', ':']));
            }
        }
    }
    None
}

/// The whitespace-separated chunks of a lower-case text, without surrounding punctuation.
pub(crate) fn chunks(lower: &str) -> Vec<&str> {
    lower
        .split_whitespace()
        .map(|c| c.trim_matches(|ch: char| matches!(ch, ',' | ';' | '(' | ')' | '"' | '\'')))
        .filter(|c| !c.is_empty())
        .collect()
}
