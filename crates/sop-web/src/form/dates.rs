//! Date fields for people: the text the SOP holds ("10 Juli 2025" typed, or `2025-07-10`
//! from a file) and the browser's date picker (`<input type="date">`, always
//! `yyyy-mm-dd`) beside it. The picker shows the day the text names; a picked day is
//! written in the Indonesian long form, as naskah dinas write dates. Pure, so tested
//! natively; the control itself is [`super::controls::TextField`] with `date`.

use sop_core::Date;

/// The picker's value for the text in the SOP: the day it names as `yyyy-mm-dd`, or
/// empty when it names none ("kemarin", "-", a half-typed date).
pub fn picker_value(text: &str) -> String {
    match Date::parse(text) {
        // The picker only takes four-digit years.
        Some(d) if (1..=9999).contains(&d.year) => d.to_string(),
        _ => String::new(),
    }
}

/// What a day chosen in the picker (`yyyy-mm-dd`) writes into the SOP: its long form
/// ("24 Februari 2025"). `None` for an empty or incomplete picker: a half-edited picker
/// leaves the text alone (emptying the text field clears a date).
pub fn from_picker(value: &str) -> Option<String> {
    Date::parse(value).map(Date::long_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picker_shows_the_day_the_text_names() {
        assert_eq!(picker_value("24 Februari 2025"), "2025-02-24");
        assert_eq!(picker_value(" 10 juli 2025 "), "2025-07-10");
        assert_eq!(picker_value("10 Jul 2025"), "2025-07-10");
        assert_eq!(picker_value("2025-07-10"), "2025-07-10");
        assert_eq!(picker_value("2025-07-10T08:00:00"), "2025-07-10");
        assert_eq!(picker_value("1 Januari 2024"), "2024-01-01");
        for none in [
            "",
            "-",
            "kemarin",
            "10 Juli",
            "31 Februari 2025",
            "2025-7-10",
            "1 Mei 10000",
        ] {
            assert_eq!(picker_value(none), "", "{none:?}");
        }
    }

    #[test]
    fn a_picked_day_is_written_in_the_long_form() {
        assert_eq!(
            from_picker("2025-02-24").as_deref(),
            Some("24 Februari 2025")
        );
        assert_eq!(from_picker("2026-01-05").as_deref(), Some("5 Januari 2026"));
        assert_eq!(
            from_picker("2024-02-29").as_deref(),
            Some("29 Februari 2024")
        );
        assert_eq!(from_picker(""), None);
        assert_eq!(from_picker("2025-02-30"), None);
    }

    #[test]
    fn the_long_form_reads_back_as_the_same_day() {
        for iso in ["2025-02-24", "2025-12-31", "2000-01-01", "2024-02-29"] {
            let long = from_picker(iso).unwrap_or_default();
            assert_eq!(picker_value(&long), iso, "{long}");
        }
    }
}
