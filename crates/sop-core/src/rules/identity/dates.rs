//! The two dates every SOP carries (SOP106 tanggal pembuatan, SOP107 tanggal efektif):
//! missing, or written but not readable.

use crate::date::Date;
use crate::messages::{Lang, Text};
use crate::model::text_filled;
use crate::rule::Diagnostic;

/// The finding for a date field holding `value`: `missing()` when it is empty, `invalid`
/// when it is not a readable date.
pub(crate) fn check_date(
    value: &str,
    missing: fn() -> Diagnostic,
    invalid: fn(&str) -> Diagnostic,
) -> Option<Diagnostic> {
    if !text_filled(value) {
        Some(missing())
    } else if Date::parse(value).is_none() {
        Some(invalid(value))
    } else {
        None
    }
}

/// "{name} `{value}` is not a readable date", the written value being the finding's first.
pub(crate) fn unreadable(d: &Diagnostic, lang: Lang, id_name: &str, en_name: &str) -> Text {
    let value = d.arg_at(0);
    lang.pick(
        Text::new(
            format!("{id_name} `{value}` bukan tanggal yang terbaca"),
            "Tulis tanggal sebagai 2025-07-10 atau 10 Juli 2025.",
        ),
        Text::new(
            format!("{en_name} `{value}` is not a readable date"),
            "Write the date as 2025-07-10 or 10 Juli 2025.",
        ),
    )
}
