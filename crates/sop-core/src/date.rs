//! Calendar dates as SOPs write them: ISO `2025-07-10` or the Indonesian long form
//! `10 Juli 2025` (month names, or their first three letters, in any case).

use std::fmt;

use crate::messages::Lang;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// English month names, for the long form in English messages.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (negative: before), for the clocks of the CLI
    /// and the web app (Howard Hinnant's `civil_from_days`). Outside `i32` years: 1970-01-01.
    pub fn from_unix_days(days: i64) -> Self {
        let z = days.saturating_add(719_468);
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe.saturating_add(era.saturating_mul(400)) + i64::from(month <= 2);
        let fallback = Self {
            year: 1970,
            month: 1,
            day: 1,
        };
        match (
            i32::try_from(year),
            u32::try_from(month),
            u32::try_from(day),
        ) {
            (Ok(y), Ok(m), Ok(d)) => Self::new(y, m, d).unwrap_or(fallback),
            _ => fallback,
        }
    }

    /// Reads `2025-07-10` or `10 Juli 2025`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::parse_iso(text).or_else(|| Self::parse_long(text))
    }

    fn parse_iso(text: &str) -> Option<Self> {
        // TOML datetimes may carry a time part; the date is what counts.
        let date = text.get(..10)?;
        if text.len() > 10 && !text[10..].starts_with(['T', 't', ' ']) {
            return None;
        }
        let mut parts = date.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Self::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    fn parse_long(text: &str) -> Option<Self> {
        let mut words = text.split_whitespace();
        let day: u32 = words.next()?.parse().ok()?;
        let month_word = words.next()?.to_lowercase();
        let year: i32 = words.next()?.parse().ok()?;
        if words.next().is_some() || month_word.chars().count() < 3 {
            return None;
        }
        let word = month_word.trim_end_matches('.');
        let month = if word == "agt" {
            7
        } else {
            MONTHS.iter().position(|m| m.starts_with(word))?
        };
        Self::new(year, u32::try_from(month).ok()? + 1, day)
    }

    /// The same day `months` later (clamped to the month's last day).
    pub fn add_months(self, months: u32) -> Self {
        let total = self.year * 12 + i32::try_from(self.month).unwrap_or(1) - 1
            + i32::try_from(months).unwrap_or(0);
        let year = total.div_euclid(12);
        let month = u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1;
        Self {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// The Indonesian long form (`10 Juli 2025`), as naskah dinas write dates.
    pub fn long_id(self) -> String {
        self.long(Lang::Id)
    }

    /// The long form in `lang`: `10 Juli 2025`, `10 July 2025`.
    pub fn long(self, lang: Lang) -> String {
        let month = (self.month as usize).saturating_sub(1) % 12;
        let name = match lang {
            Lang::Id => {
                let mut chars = MONTHS[month].chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                    .unwrap_or_default()
            }
            Lang::En => MONTHS_EN[month].to_string(),
        };
        format!("{} {name} {}", self.day, self.year)
    }
}

/// A date as the printed SOP shows it (naskah dinas): an ISO date in the Indonesian long
/// form (`2025-02-24` → `24 Februari 2025`); anything else — a long form, `-`, a free
/// text — as written, without surrounding spaces.
pub fn long_form(text: &str) -> String {
    let text = text.trim();
    match Date::parse_iso(text) {
        Some(date) => date.long_id(),
        None => text.to_string(),
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_and_indonesian_long_form() {
        let d = Date::new(2025, 7, 10);
        assert_eq!(Date::parse("2025-07-10"), d);
        assert_eq!(Date::parse("10 Juli 2025"), d);
        assert_eq!(Date::parse("10 JULI 2025"), d);
        assert_eq!(Date::parse("10 Jul 2025"), d);
        assert_eq!(Date::parse("2025-07-10T08:00:00"), d);
        assert_eq!(Date::parse("29 Februari 2024"), Date::new(2024, 2, 29));
        for bad in [
            "2025-02-30",
            "10/07/2025",
            "10 Juno 2025",
            "",
            "-",
            "2025-7-10",
            "10 Ju 2025",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn adds_months_and_prints() {
        let d = Date::new(2025, 8, 31).unwrap();
        assert_eq!(d.add_months(6).to_string(), "2026-02-28");
        assert_eq!(d.add_months(12).to_string(), "2026-08-31");
        assert_eq!(d.long_id(), "31 Agustus 2025");
        assert_eq!(d.long(Lang::En), "31 August 2025");
        assert_eq!(
            Date::new(2025, 7, 1).map(|d| d.long(Lang::Id)),
            Some("1 Juli 2025".into())
        );
    }

    #[test]
    fn days_since_1970_are_calendar_dates() {
        let d = |y, m, dd| Date::new(y, m, dd);
        assert_eq!(Some(Date::from_unix_days(0)), d(1970, 1, 1));
        assert_eq!(Some(Date::from_unix_days(11_016)), d(2000, 2, 29));
        assert_eq!(Some(Date::from_unix_days(20_784)), d(2026, 11, 27));
        assert_eq!(Some(Date::from_unix_days(-1)), d(1969, 12, 31));
        assert_eq!(Some(Date::from_unix_days(i64::MAX)), d(1970, 1, 1));
    }

    #[test]
    fn prints_iso_dates_long_and_keeps_anything_else() {
        assert_eq!(long_form("2025-02-24"), "24 Februari 2025");
        assert_eq!(long_form(" 2025-01-02 "), "2 Januari 2025");
        assert_eq!(long_form("2025-07-10T08:00:00"), "10 Juli 2025");
        // A long form stays as the office wrote it, abbreviations and case included.
        assert_eq!(long_form("10 JULI 2025"), "10 JULI 2025");
        assert_eq!(long_form("3 Jan 2022"), "3 Jan 2022");
        assert_eq!(long_form("-"), "-");
        assert_eq!(long_form(""), "");
        // Not a calendar date: printed as written rather than guessed.
        assert_eq!(long_form("2025-02-30"), "2025-02-30");
    }
}
