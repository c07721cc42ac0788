//! The date forms of EVENTS.md §2.

use crate::calendar::Date;

/// `YYYY-MM-DD`.
pub fn day(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// `YYYY-MM`, if the month exists.
pub fn month(year: i32, month: u8) -> Option<String> {
    Date::new(year, month, 1).map(|_| format!("{year:04}-{month:02}"))
}

/// `YYYY`, if the year has four digits at most.
pub fn year(year: i32) -> Option<String> {
    Date::new(year, 1, 1).map(|_| format!("{year:04}"))
}

/// `XXXX-MM-DD`: a day-month whose year nothing tells.
pub fn unknown_year(month: u8, day: u8) -> String {
    format!("XXXX-{month:02}-{day:02}")
}

/// `XXXX-MM-01/XXXX-MM-LL`: a month whose year nothing tells, as the span
/// of its days (EVENTS.md has no `XXXX-MM`); February with its 29th, which
/// some year has.
pub fn unknown_year_month(month: u8) -> Option<String> {
    let last = crate::calendar::days_in_month(2000, month);
    (1..=12)
        .contains(&month)
        .then(|| format!("XXXX-{month:02}-01/XXXX-{month:02}-{last:02}"))
}

/// `START/END`, or just `START` when both ends are the same.
pub fn range(start: String, end: String) -> String {
    if start == end {
        start
    } else {
        format!("{start}/{end}")
    }
}
