//! The two dates every SOP carries (SOP106 tanggal pembuatan, SOP107 tanggal efektif):
//! missing, or written but not readable.

use crate::date::Date;
use crate::messages::{quoted, Lang, Text};
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

/// "{name} “{value}” is not a readable date", the written value being the finding's
/// first; for the `file`, the value in backticks and the ISO form offered too.
pub(crate) fn unreadable(
    d: &Diagnostic,
    lang: Lang,
    (id_name, en_name): (&str, &str),
    file: bool,
) -> Text {
    let value = d.arg_at(0);
    let (shown, id_help, en_help) = if file {
        (
            format!("`{value}`"),
            "Tulis tanggal sebagai 10 Juli 2025 atau 2025-07-10.",
            "Write the date as 10 Juli 2025 or 2025-07-10.",
        )
    } else {
        (
            quoted(value),
            "Tulis tanggal seperti 10 Juli 2025.",
            "Write the date like 10 Juli 2025 (Indonesian month names).",
        )
    };
    lang.pick(
        Text::new(
            format!("{id_name} {shown} bukan tanggal yang terbaca"),
            id_help,
        ),
        Text::new(format!("{en_name} {shown} is not a readable date"), en_help),
    )
}
