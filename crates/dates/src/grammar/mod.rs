//! Per-language grammars: each is a table of matchers, tried at every token;
//! the longest match wins (see `find.rs`).
//!
//! A matcher starts at a token and returns the expression it recognised,
//! leaving the cursor after the last token it used. Pieces common to both
//! languages (years, ranges, written-out numeric dates) live here and in
//! `numeric.rs`.

mod en;
mod fr;
mod numeric;

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::calendar::day_month_exists;
use crate::cursor::Cursor;
use crate::expr::{DateExpr, DayPoint, MonthPoint, Weekday};
use attache_model::Lang;

pub type Matcher = for<'t> fn(&mut Cursor<'t>) -> Option<DateExpr>;

/// The matchers for a language; other languages get only the numeric forms
/// (`2023-01-12`, `12/01/2023`), which are written alike everywhere.
pub fn matchers(lang: &Lang) -> &'static [Matcher] {
    match lang {
        Lang::Fr => fr::MATCHERS,
        Lang::En => en::MATCHERS,
        Lang::Other(_) => numeric::MATCHERS,
    }
}

/// Whether a token can anchor a date expression: a number, or a word of
/// the language's months, weekdays, small numbers and relative words.
pub fn is_anchor(lang: &Lang, kind: &crate::token::Kind) -> bool {
    use crate::token::Kind;
    // One set per language, built once: every word of a text is asked.
    type Words = LazyLock<FxHashSet<&'static str>>;
    static FR: Words = Words::new(|| fr::anchor_words().collect());
    static EN: Words = Words::new(|| en::anchor_words().collect());
    match kind {
        Kind::Num { .. } => true,
        Kind::Word { folded, .. } => match lang {
            Lang::Fr => FR.contains(&**folded),
            Lang::En => EN.contains(&**folded),
            Lang::Other(_) => false,
        },
        Kind::Punct(_) => false,
    }
}

/// Years accepted next to a day or month, or after a cue (`en 2016`).
/// Historical dates (`2 septembre 1945`) fit; four-digit counts that are
/// not years (`2500 soldats`) rarely follow a month.
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2100;

/// A four-digit year without a glued suffix.
pub fn year(c: &mut Cursor) -> Option<i32> {
    c.attempt(|c| {
        let (value, digits, suffix) = c.number()?;
        let ok = digits == 4 && suffix.is_empty() && YEARS.contains(&value);
        if ok {
            i32::try_from(value).ok()
        } else {
            None
        }
    })
}

/// A day number 1–31 whose glued suffix is one of `ordinals` (`1er`, `8th`).
pub fn day_number(c: &mut Cursor, ordinals: &[&str]) -> Option<u8> {
    c.attempt(|c| {
        let (value, digits, suffix) = c.number()?;
        let ok = digits <= 2 && (1..=31).contains(&value) && ordinals.contains(&suffix);
        if ok {
            u8::try_from(value).ok()
        } else {
            None
        }
    })
}

/// The weekday and day-month of a single date, before its year.
pub fn checked_point(weekday: Option<Weekday>, day: u8, month: u8) -> Option<DayPoint> {
    day_month_exists(day, month).then_some(DayPoint {
        year: None,
        month,
        day,
        weekday,
    })
}

/// The start of a range of days, where month and year may be left to the end
/// (`du 1er au 4 juillet`).
#[derive(Debug, Clone, Copy)]
pub struct RangeStart {
    pub weekday: Option<Weekday>,
    pub day: u8,
    pub month: Option<u8>,
    pub year: Option<i32>,
}

/// A range of days from its two ends, refused when it cannot be one
/// (`du 30 au 2 juillet`, an end before its start).
pub fn day_range(start: RangeStart, end: DayPoint) -> Option<DateExpr> {
    let month = start.month.unwrap_or(end.month);
    if start.month.is_none() && start.day >= end.day {
        return None;
    }
    let start = checked_point(start.weekday, start.day, month).map(|p| DayPoint {
        year: start.year,
        ..p
    })?;
    checked_point(end.weekday, end.day, end.month)?;
    let same_day = (start.month, start.day) == (end.month, end.day);
    let years_backwards = matches!((start.year, end.year), (Some(a), Some(b)) if a > b);
    let backwards = match (start.year, end.year) {
        (Some(a), Some(b)) if a == b => (start.month, start.day) > (end.month, end.day),
        _ => years_backwards,
    };
    if backwards || (same_day && start.year == end.year) {
        return None;
    }
    Some(DateExpr::DayRange { start, end })
}

/// A range of months, with the start's year left to the end when unsaid.
pub fn month_range(start: MonthPoint, end: MonthPoint) -> Option<DateExpr> {
    let backwards = match (start.year, end.year) {
        (Some(a), Some(b)) => (a, start.month) >= (b, end.month),
        _ => false,
    };
    let same = start.year.is_none() && start.month == end.month;
    (!backwards && !same).then_some(DateExpr::MonthRange { start, end })
}

/// A range of years, kept only when it reads like one (`2021-2025`, not
/// `1990-2100` or a score).
pub fn year_range(start: i32, end: i32) -> Option<DateExpr> {
    (start < end && end - start <= 50).then_some(DateExpr::YearRange { start, end })
}

/// `2021-2025`, `2016–2020` (dash glued or spaced): the same in every language.
pub fn dashed_years(c: &mut Cursor) -> Option<DateExpr> {
    let start = year(c)?;
    c.punct('-')?;
    let end = year(c)?;
    year_range(start, end)
}
