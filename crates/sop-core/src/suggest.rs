//! "Did you mean …?": the one edit distance of sopcheck, used to suggest a known key for a
//! misspelt one (SOP003), a symbol for a mistyped `simbol` (SOP311) and, in the CLI, a
//! rule code or option.

/// Levenshtein distance in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The known word closest to `word` (compared in lower case), when it is close enough to
/// be a typo: at most a third of the known word's length away (at least 1).
pub fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    known
        .iter()
        .map(|k| (distance(&word, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::identity;

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(distance("mulai", "mulai"), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("proces", "proses"), 1);
        assert_eq!(
            closest("tanggal_efektf", identity::KEYS),
            Some("tanggal_efektif")
        );
        assert_eq!(closest("Instansi", identity::KEYS), Some("instansi"));
        assert_eq!(closest("warna", identity::KEYS), None);
    }
}
