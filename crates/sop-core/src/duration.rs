//! The *waktu* grammar of mutu baku (DESIGN.md §3): a number (`2`, `1,5`, or a range
//! `1-2`), optionally after `maks.`/`maksimal`/`paling lama`/`±`, then a unit; trailing
//! words are allowed and `-` means none.
//!
//! Sums use working time, in one place: 1 hari kerja = 1 hari = 8 jam,
//! 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja, 1 triwulan = 3 bulan,
//! 1 semester = 6 bulan, 1 tahun = 12 bulan; `N x 24 jam` is N hari.

/// Seconds of working time in one hour.
const HOUR: u64 = 3600;
/// Seconds of working time in one (working) day: 8 hours.
const DAY: u64 = 8 * HOUR;
/// Seconds of working time in one month: 22 working days.
const MONTH: u64 = 22 * DAY;

/// A duration range in seconds of working time (`min == max` for a single number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Duration {
    /// Shortest, in seconds.
    pub min: u64,
    /// Longest, in seconds.
    pub max: u64,
}

impl Duration {
    /// Seconds in one working day (8 hours).
    pub const WORKING_DAY: u64 = DAY;

    /// The longest bound in working days (rounded up to a hundredth).
    pub fn max_working_days(self) -> f64 {
        self.max as f64 / DAY as f64
    }

    /// Adds two durations.
    #[must_use]
    pub fn plus(self, other: Duration) -> Duration {
        Duration {
            min: self.min.saturating_add(other.min),
            max: self.max.saturating_add(other.max),
        }
    }
}

/// What a *waktu* cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waktu {
    /// `-`: no time applies.
    None,
    /// A duration.
    Some(Duration),
}

const PREFIXES: &[&str] = &[
    "paling lama",
    "paling lambat",
    "maksimal",
    "maksimum",
    "maks.",
    "maks",
    "max.",
    "max",
    "kurang lebih",
    "sekitar",
    "±",
    "+/-",
    "<=",
    "≤",
];

/// Units and their length in seconds of working time, longest spelling first.
const UNITS: &[(&str, u64)] = &[
    ("hari kerja", DAY),
    ("hk", DAY),
    ("detik", 1),
    ("menit", 60),
    ("jam", HOUR),
    ("hari", DAY),
    ("minggu", 5 * DAY),
    ("pekan", 5 * DAY),
    ("bulan", MONTH),
    ("triwulan", 3 * MONTH),
    ("semester", 6 * MONTH),
    ("tahun", 12 * MONTH),
];

/// Reads a *waktu* cell; `None` when it does not follow the grammar (SOP309).
pub fn parse(text: &str) -> Option<Waktu> {
    let mut rest = text.trim().to_lowercase();
    if rest == "-" {
        return Some(Waktu::None);
    }
    for prefix in PREFIXES {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start().to_string();
            break;
        }
    }
    let (low, high, after) = range(&rest)?;
    let after = after.trim_start();
    // `1 x 24 jam`: N times 24 hours is N days.
    if let Some(times) = after.strip_prefix('x').or_else(|| after.strip_prefix('×')) {
        let times = times.trim_start();
        let r = times.strip_prefix("24")?.trim_start();
        if !starts_word(r, "jam") {
            return None;
        }
        return Some(Waktu::Some(Duration {
            min: scale(low, DAY),
            max: scale(high, DAY),
        }));
    }
    let (_, unit) = UNITS.iter().find(|(name, _)| starts_word(after, name))?;
    Some(Waktu::Some(Duration {
        min: scale(low, *unit),
        max: scale(high, *unit),
    }))
}

fn starts_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphabetic()))
}

fn scale(amount: f64, unit: u64) -> u64 {
    let v = (amount * unit as f64).round();
    if v.is_finite() && v >= 0.0 && v < u64::MAX as f64 {
        v as u64
    } else {
        u64::MAX
    }
}

/// A number or a range at the start of `text`, and what follows it.
fn range(text: &str) -> Option<(f64, f64, &str)> {
    let (low, rest) = number(text)?;
    let trimmed = rest.trim_start();
    for sep in ["-", "–", "s.d.", "s.d", "s/d", "sampai", "hingga"] {
        if let Some(r) = trimmed.strip_prefix(sep) {
            if let Some((high, rest)) = number(r.trim_start()) {
                if high < low {
                    return None;
                }
                return Some((low, high, rest));
            }
        }
    }
    Some((low, low, rest))
}

/// The decimal number at the start of `text` (`10`, `1,5`, `2.5`) and the rest. Read by
/// hand rather than with `str::parse::<f64>`, whose tables would add ≈ 9 KB to each browser
/// bundle: all digits as one integer over a power of ten, one correctly rounded division,
/// so the value is the one `parse` gives. More than 15 digits is not a duration.
fn number(text: &str) -> Option<(f64, &str)> {
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
        .map_or(text.len(), |(i, _)| i);
    let raw = text[..end].trim_end_matches(['.', ',']);
    if raw.is_empty() || !raw.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = raw.split(['.', ',']);
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next().unwrap_or_default();
    if parts.next().is_some() || whole.len() + fraction.len() > 15 {
        return None;
    }
    let digits = whole
        .bytes()
        .chain(fraction.bytes())
        .fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = (0..fraction.len()).fold(1.0f64, |p, _| p * 10.0);
    Some((digits as f64 / scale, &text[raw.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(text: &str) -> Option<(f64, f64)> {
        match parse(text)? {
            Waktu::None => Some((-1.0, -1.0)),
            Waktu::Some(d) => Some((d.min as f64 / 3600.0, d.max as f64 / 3600.0)),
        }
    }

    #[test]
    fn numbers_read_as_str_parse_reads_them() {
        for raw in [
            "10",
            "1,5",
            "2.5",
            "0,25",
            "1.000",
            "123456789012345",
            "0.1",
            "7,75",
        ] {
            let expected: f64 = raw.replace(',', ".").parse().unwrap();
            assert_eq!(number(raw), Some((expected, "")), "{raw}");
        }
        assert_eq!(number("1,5 jam"), Some((1.5, " jam")));
        assert_eq!(number("1.2.3"), None);
        assert_eq!(number("1234567890123456"), None);
        assert_eq!(number("jam"), None);
    }

    #[test]
    fn real_world_forms() {
        let table: &[(&str, Option<(f64, f64)>)] = &[
            ("10 hari kerja", Some((80.0, 80.0))),
            ("10 HK", Some((80.0, 80.0))),
            ("1 x 24 jam", Some((8.0, 8.0))),
            ("2 x 24 Jam", Some((16.0, 16.0))),
            ("maksimal 3 hari", Some((24.0, 24.0))),
            ("Maks. 3 hari", Some((24.0, 24.0))),
            ("paling lama 7 hari kerja", Some((56.0, 56.0))),
            ("1,5 jam", Some((1.5, 1.5))),
            ("1-2 hari", Some((8.0, 16.0))),
            ("1 - 2 hari", Some((8.0, 16.0))),
            ("± 30 menit", Some((0.5, 0.5))),
            ("15 menit", Some((0.25, 0.25))),
            ("1 minggu", Some((40.0, 40.0))),
            ("1 bulan", Some((176.0, 176.0))),
            ("1 triwulan", Some((528.0, 528.0))),
            ("1 semester", Some((1056.0, 1056.0))),
            ("1 tahun", Some((2112.0, 2112.0))),
            ("30 detik", Some((30.0 / 3600.0, 30.0 / 3600.0))),
            ("5 menit setelah diterima", Some((5.0 / 60.0, 5.0 / 60.0))),
            ("-", Some((-1.0, -1.0))),
            (" - ", Some((-1.0, -1.0))),
            ("segera", None),
            ("10", None),
            ("hari kerja", None),
            ("3 harian", None),
            ("2-1 hari", None),
            ("", None),
            ("1 x 12 jam", None),
        ];
        for (text, expected) in table {
            assert_eq!(hours(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn sums_in_working_days() {
        let a = parse("3 hari kerja").unwrap();
        let b = parse("1 minggu").unwrap();
        let (Waktu::Some(a), Waktu::Some(b)) = (a, b) else {
            panic!("both are durations")
        };
        assert!((a.plus(b).max_working_days() - 8.0).abs() < 1e-9);
    }
}
