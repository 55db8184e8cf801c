//! Dates of monitoring and evaluation (SOP501–SOP503): the last record is the one with the
//! latest readable date, whatever its place in the list; an unreadable date is SOP504's
//! business (reported as SOP002) and is left out here.

use crate::date::Date;
use crate::messages::Lang;
use crate::model::Status;
use crate::rule::Context;

/// A date for a message, in the long form: `10 Juli 2025`, `10 July 2025`.
pub(crate) fn show_date(lang: Lang, iso: &str) -> String {
    Date::parse(iso).map_or_else(|| iso.to_string(), |date| date.long(lang))
}

/// The latest readable date among `dates`.
pub(crate) fn latest<'a>(dates: impl Iterator<Item = &'a str>) -> Option<Date> {
    dates.filter_map(Date::parse).max()
}

/// What an overdue record is counted from.
pub(crate) enum Since {
    /// The last record, dated `.0`.
    Last(Date),
    /// The effective date `.0` (no record yet).
    Effective(Date),
}

/// For an SOP in force: the base date and the due date when the last record (`last`, or
/// the effective date without one) is more than `months` before today.
pub(crate) fn overdue(cx: &Context<'_>, months: u32, last: Option<Date>) -> Option<(Since, Date)> {
    if cx.sop.status != Status::Berlaku {
        return None;
    }
    let today = cx.today?;
    let since = match last {
        Some(date) => Since::Last(date),
        None => Since::Effective(Date::parse(&cx.sop.identity.effective)?),
    };
    let base = match since {
        Since::Last(date) | Since::Effective(date) => date,
    };
    let due = base.add_months(months);
    (due < today).then_some((since, due))
}
