//! Date compatibility (EVENTS.md §4): a gold date of null matches anything;
//! otherwise both dates are day intervals that must overlap, and where
//! either side has an unknown year (`XXXX`) only month and day are compared.
//!
//! Month and day alone live on a circle: a span that runs across the year
//! end (`2024-12-30/2025-01-02`) covers the last days of December and the
//! first of January, so its days in a leap year's calendar are two runs.

use attache_model::{DateSpan, Day};

/// Days of a leap year: the calendar of month-and-day comparisons.
const YEAR: i64 = 366;

/// Whether a system date is compatible with a gold date.
pub fn compatible(gold: Option<&str>, system: Option<&str>) -> bool {
    let Some(gold) = gold else { return true };
    match (parse(gold), system.and_then(parse)) {
        (Some(g), Some(s)) if g.year_unknown() || s.year_unknown() => month_days(&g)
            .iter()
            .any(|a| month_days(&s).iter().any(|b| a.0 <= b.1 && b.0 <= a.1)),
        (Some(g), Some(s)) => g.overlaps(&s, 0),
        _ => false,
    }
}

/// A date of EVENTS.md §2; a range of unknown years whose end comes before
/// its start (`XXXX-12-30/XXXX-01-02`) runs across the year end.
fn parse(text: &str) -> Option<DateSpan> {
    DateSpan::parse(text).or_else(|| {
        let (a, b) = text.split_once('/')?;
        let (first, last) = (DateSpan::parse(a)?, DateSpan::parse(b)?);
        (first.year_unknown() && last.year_unknown()).then_some(DateSpan {
            first: first.first,
            last: last.last,
        })
    })
}

/// Day of the year (0-based) in a leap year's calendar.
fn day_of_year(day: &Day) -> i64 {
    day.ordinal(true)
        - Day {
            year: None,
            month: 1,
            day: 1,
        }
        .ordinal(true)
}

/// The span's month-and-day runs, as inclusive days of the year: one run,
/// two when it crosses the year end, the whole year when it lasts a year.
fn month_days(span: &DateSpan) -> Vec<(i64, i64)> {
    let known = !span.year_unknown();
    if known && span.days() >= YEAR {
        return vec![(0, YEAR - 1)];
    }
    let (first, last) = (day_of_year(&span.first), day_of_year(&span.last));
    if first <= last {
        vec![(first, last)]
    } else {
        vec![(first, YEAR - 1), (0, last)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatibility_cases() {
        let cases = [
            (None, None, true),
            (Some("2019-07-02"), None, false),
            (Some("2019-07-02"), Some("2019-07-02"), true),
            (Some("2019-07-02"), Some("2019-07-03"), false),
            (Some("2019-07"), Some("2019-07-31"), true),
            (Some("2019"), Some("2019-12"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-03"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-05"), false),
            (Some("XXXX-05-05"), Some("2024-05-05"), true),
            (Some("2024-05-05"), Some("XXXX-05-06"), false),
            (Some("2020-02"), Some("XXXX-02-29"), true),
            (Some("2019-07-02"), Some("garbage"), false),
            // Unknown years across the year end.
            (Some("2024-12-30/2025-01-02"), Some("XXXX-12-31"), true),
            (Some("2024-12-30/2025-01-02"), Some("XXXX-01-01"), true),
            (Some("2024-12-30/2025-01-02"), Some("XXXX-06-01"), false),
            (Some("XXXX-12-31"), Some("2024-12-30/2025-01-02"), true),
            (Some("XXXX-12-30/XXXX-01-02"), Some("2019-01-02"), true),
            (Some("XXXX-12-30/XXXX-01-02"), Some("XXXX-01-03"), false),
            (Some("2023-03-01/2024-03-01"), Some("XXXX-09-09"), true),
            (Some("XXXX-03"), Some("XXXX-03-01/XXXX-03-31"), true),
        ];
        for (gold, system, expected) in cases {
            assert_eq!(compatible(gold, system), expected, "{gold:?} vs {system:?}");
        }
    }
}
