//! Statutory deadlines measured on the flow (SOP601, SOP604). Durations come from the mutu
//! baku `waktu` cells ([`crate::duration`], the longest end of a range; a cell that is
//! empty, `-` or unreadable counts 0, SOP309 reports the latter). Paths follow the flow
//! graph forwards only: an edge to an earlier or the same row is a loop and is not
//! followed, so the longest path is found in one pass over the rows
//! ([`Flow::longest_forward`]).

use crate::duration::{self, Duration, Waktu};
use crate::flow::Flow;
use crate::messages::Lang;
use crate::model::{Sop, Step, Symbol};

/// The longest `waktu` of a step in seconds of working time (0 when none or unreadable).
fn weight(step: &Step) -> u64 {
    match duration::parse(&step.quality.time) {
        Some(Waktu::Some(d)) => d.max,
        _ => 0,
    }
}

/// Seconds of working time (a message value) as working days, with up to two decimals
/// ("10", "10,5").
pub(crate) fn days(lang: Lang, seconds: &str) -> String {
    let seconds: u128 = seconds.parse().unwrap_or(0);
    let day = u128::from(Duration::WORKING_DAY);
    let hundredths = (seconds * 100 + day / 2) / day;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    let mut text = whole.to_string();
    if fraction != 0 {
        let digits = format!("{fraction:02}");
        text.push(lang.pick(',', '.'));
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// The longest forward path from the start to one of `targets`: its end, its total and
/// its rows.
pub(crate) fn longest_to(
    sop: &Sop,
    flow: &Flow,
    count_start: bool,
    targets: impl Fn(usize, &Step) -> bool,
) -> Option<(usize, u64, Vec<usize>)> {
    let start = Flow::start(sop)?;
    if flow.out.len() != sop.steps.len() {
        return None;
    }
    let weights: Vec<u64> = sop.steps.iter().map(weight).collect();
    let best = flow.longest_forward(start, &weights, count_start);
    let mut found: Option<(usize, u64)> = None;
    for (i, step) in sop.steps.iter().enumerate() {
        if !targets(i, step) {
            continue;
        }
        if let Some(b) = best.get(i).copied().flatten() {
            if found.is_none_or(|(_, total)| b.total > total) {
                found = Some((i, b.total));
            }
        }
    }
    let (end, total) = found?;
    Some((end, total, Flow::path_to(&best, end)))
}

/// True for a `selesai` step.
pub(crate) fn is_end(step: &Step) -> bool {
    step.symbol() == Some(Symbol::Selesai)
}

#[cfg(test)]
mod tests {
    use super::days;
    use crate::duration::Duration;
    use crate::messages::Lang;

    #[test]
    fn working_days_with_two_decimals() {
        assert_eq!(
            days(Lang::Id, &(7 * Duration::WORKING_DAY + 1500).to_string()),
            "7,05"
        );
        assert_eq!(days(Lang::En, "0"), "0");
    }
}
