//! Small value parsers: byte sizes (`5MB`) and today's date from the system clock.

use std::time::{SystemTime, UNIX_EPOCH};

use sop_core::Date;

/// Reads a byte size: a whole number, optionally followed by `K`, `M` or `G` (with an
/// optional `B`, `iB`; any case). Multiples are powers of 1024, as in the core's default
/// limit ("5 MB" = 5 242 880 bytes).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let bad = || format!("`{text}` is not a size; write e.g. 5242880, 512K or 5MB");
    let value: u64 = number.parse().map_err(|_| bad())?;
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(bad()),
    };
    value.checked_mul(multiplier).ok_or_else(bad)
}

/// Today's date (UTC) from the system clock, without a date crate.
pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    Date::from_unix_days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("5MB"), Ok(5 * 1024 * 1024));
        assert_eq!(parse_size("10M"), Ok(10 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Ok(512 * 1024));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("1234"), Ok(1234));
        assert_eq!(parse_size("1234 B"), Ok(1234));
        assert!(parse_size("").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn today_is_a_recent_date() {
        assert!(today().year >= 2024);
    }
}
