//! Dates written in digits: `2023-01-12`, `12/01/2023`, and the days of a
//! month `01-05/03/2022`.
//!
//! Slashed, dotted or dashed dates are read day first, as French and
//! Vietnamese outlets (including their English editions) write them; the
//! month-first US order is taken only when day-first cannot be a date
//! (`12/25/2023`). Two-digit years and dates without a year (`12/1`) are
//! not read: they are too often fractions, scores or reference numbers.

use super::{year, Matcher};
use crate::calendar::Date;
use crate::cursor::Cursor;
use crate::expr::{DateExpr, DayPoint};

pub const MATCHERS: &[Matcher] = &[iso, day_first, day_range_first];

/// `2023-01-12`, also with a time glued after it (`2023-01-12T08:00`).
pub fn iso(c: &mut Cursor) -> Option<DateExpr> {
    let year = year(c)?;
    let month = glued_part(c, '-', &[""])?;
    let day = glued_part(c, '-', &["", "t"])?;
    day_expr(year, month, day)
}

/// `12/01/2023`, `12.01.2023`, `12-01-2023`.
pub fn day_first(c: &mut Cursor) -> Option<DateExpr> {
    let first = small(c, &[""])?;
    let sep = ['/', '.', '-']
        .into_iter()
        .find(|&sep| glued_punct(c, sep))?;
    let second = glued_small(c)?;
    glued_punct(c, sep).then_some(())?;
    c.glued().then_some(())?;
    let year = year(c)?;
    let (day, month) = if first <= 12 && second > 12 {
        (second, first)
    } else {
        (first, second)
    };
    day_expr(year, month, day)
}

/// `01-05/03/2022`: days of one month, as headlines write a visit's span.
pub fn day_range_first(c: &mut Cursor) -> Option<DateExpr> {
    let first = small(c, &[""])?;
    glued_punct(c, '-').then_some(())?;
    let last = glued_small(c)?;
    glued_punct(c, '/').then_some(())?;
    let month = glued_small(c)?;
    glued_punct(c, '/').then_some(())?;
    c.glued().then_some(())?;
    let year = year(c)?;
    Date::new(year, month, first)?;
    Date::new(year, month, last)?;
    (first < last).then_some(())?;
    let point = |day| DayPoint {
        year: Some(year),
        month,
        day,
        weekday: None,
    };
    Some(DateExpr::DayRange {
        start: point(first),
        end: point(last),
    })
}

fn glued_punct(c: &mut Cursor, sep: char) -> bool {
    c.attempt(|c| {
        c.glued().then_some(())?;
        c.punct(sep)
    })
    .is_some()
}

fn glued_small(c: &mut Cursor) -> Option<u8> {
    c.attempt(|c| {
        c.glued().then_some(())?;
        small(c, &[""])
    })
}

/// A separator glued to the previous token, then a glued one- or two-digit
/// number with one of the allowed suffixes.
fn glued_part(c: &mut Cursor, sep: char, suffixes: &[&str]) -> Option<u8> {
    c.attempt(|c| {
        glued_punct(c, sep).then_some(())?;
        c.glued().then_some(())?;
        small(c, suffixes)
    })
}

fn small(c: &mut Cursor, suffixes: &[&str]) -> Option<u8> {
    c.attempt(|c| {
        let (value, digits, suffix) = c.number()?;
        let ok = digits <= 2 && suffixes.contains(&suffix);
        if ok {
            u8::try_from(value).ok()
        } else {
            None
        }
    })
}

fn day_expr(year: i32, month: u8, day: u8) -> Option<DateExpr> {
    Date::new(year, month, day)?;
    Some(DateExpr::Day {
        year: Some(year),
        month,
        day,
        weekday: None,
    })
}
