//! English date grammar: `July 6, 2019`, `6 July 2019`, `June 8-10`,
//! `from June 30 to July 2`, `in June 2018`, `last June`, `early March`,
//! `yesterday`, `last Tuesday`, `earlier this month`…
//!
//! English capitalises month and weekday names, so only capitalised ones
//! count: `may`, `march` and `sun` stay verbs and nouns. `May` itself is
//! also the modal verb at the start of a sentence, so it is a month only
//! before a number (`May 5`, `May 2019`), after a day (`5 May`) or after a
//! cue (`in May`, `last May`, `early May`).

use super::{
    checked_point, dashed_years, day_number, day_range, month_range, numeric, year, year_range,
    Matcher, RangeStart,
};
use crate::cursor::Cursor;
use crate::expr::{DateExpr, DayPoint, MonthPoint, MonthQualifier, Relative, Shift, Weekday};
use crate::lexicon::{lookup, EN_MONTHS, EN_MONTH_ABBREVIATIONS, EN_NUMBERS, EN_WEEKDAYS};
use crate::token::Kind;

/// In order of preference when two match the same tokens.
pub const MATCHERS: &[Matcher] = &[
    days_between,
    single_day,
    months_between,
    month,
    years_between,
    dashed_years,
    cued_year,
    relative_phrase,
    days_ago,
    weekday_shift,
    bare_weekday,
    numeric::iso,
    numeric::day_first,
    numeric::day_range_first,
];

const ORDINALS: &[&str] = &["", "st", "nd", "rd", "th"];

fn day(c: &mut Cursor) -> Option<u8> {
    day_number(c, ORDINALS)
}

/// A capitalised month name or abbreviation (`Sept.`). Unless `cued`, an
/// ambiguous name (`May`, `Jan`, `Mar`) needs a number after it.
fn month_name(c: &mut Cursor, cued: bool) -> Option<u8> {
    c.attempt(|c| {
        let (word, capitalized) = c.word_text()?;
        if !capitalized {
            return None;
        }
        let (month, abbreviated) = match lookup(EN_MONTHS, word) {
            Some(month) => (month, false),
            None => (lookup(EN_MONTH_ABBREVIATIONS, word)?, true),
        };
        if abbreviated {
            let _ = c.punct('.');
        }
        // `Jan`, `Mar` are also names and words; `May` is a modal verb.
        let ambiguous = abbreviated || word == "may";
        let number_follows = matches!(c.peek_kind(), Some(Kind::Num { .. }));
        (cued || !ambiguous || number_follows).then_some(month)
    })
}

fn weekday(c: &mut Cursor) -> Option<Weekday> {
    c.attempt(|c| {
        let (word, capitalized) = c.word_text()?;
        lookup(EN_WEEKDAYS, word).filter(|_| capitalized)
    })
}

/// `Tuesday,` before a date.
fn leading_weekday(c: &mut Cursor) -> Option<Weekday> {
    c.attempt(|c| {
        let weekday = weekday(c)?;
        let _ = c.punct(',');
        Some(weekday)
    })
}

/// `, 2019` after a day-month.
fn trailing_year(c: &mut Cursor) -> Option<i32> {
    c.attempt(|c| {
        let _ = c.punct(',');
        year(c)
    })
}

/// `July 6`.
fn month_day(c: &mut Cursor) -> Option<(u8, u8)> {
    c.attempt(|c| {
        let month = month_name(c, false)?;
        Some((day(c)?, month))
    })
}

/// `6 July`, `the 6th of July`.
fn day_month(c: &mut Cursor) -> Option<(u8, u8)> {
    c.attempt(|c| {
        let _ = c.word("the");
        let day = day(c)?;
        let _ = c.word("of");
        Some((day, month_name(c, true)?))
    })
}

/// `[Tuesday,] September 8[, 2020]`, `[Tuesday] 8 September [2020]`.
fn point(c: &mut Cursor) -> Option<DayPoint> {
    c.attempt(|c| {
        let weekday = leading_weekday(c);
        let (day, month) = month_day(c).or_else(|| day_month(c))?;
        let point = checked_point(weekday, day, month)?;
        Some(DayPoint {
            year: trailing_year(c),
            ..point
        })
    })
}

/// `July 6`, `July 6, 2019`, `6 July 2019`, `Tuesday, September 8`.
fn single_day(c: &mut Cursor) -> Option<DateExpr> {
    let point = point(c)?;
    Some(DateExpr::Day {
        year: point.year,
        month: point.month,
        day: point.day,
        weekday: point.weekday,
    })
}

fn joiner(c: &mut Cursor, between: bool) -> Option<()> {
    if between {
        c.word("and")
    } else {
        c.longest_phrase(&[
            ("to", ()),
            ("-", ()),
            ("through", ()),
            ("until", ()),
            ("and", ()),
        ])
    }
}

/// `from June 8 to 10`, `June 8-10`, `June 30-July 2`, `from 8 to 10 June`,
/// `between 3 and 5 May`, `May 3 and 4`.
fn days_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c
        .longest_phrase(&[("from", false), ("between", true)])
        .unwrap_or(false);
    c.attempt(|c| month_first_range(c, between))
        .or_else(|| c.attempt(|c| day_first_range(c, between)))
}

fn month_first_range(c: &mut Cursor, between: bool) -> Option<DateExpr> {
    let weekday = leading_weekday(c);
    let month = month_name(c, false)?;
    let day = day(c)?;
    let year = trailing_year(c);
    joiner(c, between)?;
    let end_weekday = leading_weekday(c);
    let end_month = month_name(c, true);
    let end_day = self::day(c)?;
    let end = checked_point(end_weekday, end_day, end_month.unwrap_or(month))?;
    let end = DayPoint {
        year: trailing_year(c),
        ..end
    };
    let start = RangeStart {
        weekday,
        day,
        // Without its own month, the end shares the start's: `June 8-10`.
        month: end_month.map(|_| month),
        year,
    };
    day_range(start, end)
}

fn day_first_range(c: &mut Cursor, between: bool) -> Option<DateExpr> {
    let weekday = leading_weekday(c);
    let _ = c.word("the");
    let day = day(c)?;
    let month = c.attempt(|c| {
        let _ = c.word("of");
        month_name(c, true)
    });
    let year = if month.is_some() {
        trailing_year(c)
    } else {
        None
    };
    joiner(c, between)?;
    let start = RangeStart {
        weekday,
        day,
        month,
        year,
    };
    day_range(start, point(c)?)
}

fn month_point(c: &mut Cursor) -> Option<MonthPoint> {
    let month = month_name(c, true)?;
    Some(MonthPoint {
        year: trailing_year(c),
        month,
    })
}

/// `from June to August 2019`, `between March and May`.
fn months_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c.longest_phrase(&[("from", false), ("between", true)])?;
    let start = month_point(c)?;
    if between {
        c.word("and")?;
    } else {
        c.longest_phrase(&[("to", ()), ("through", ()), ("until", ())])?;
    }
    month_range(start, month_point(c)?)
}

/// Words that make a following month name a date.
const MONTH_CUES: &[(&str, Option<MonthQualifier>)] = &[
    ("in", None),
    ("since", None),
    ("during", None),
    ("until", None),
    ("by", None),
    ("early", Some(MonthQualifier::Early)),
    ("in early", Some(MonthQualifier::Early)),
    ("the beginning of", Some(MonthQualifier::Early)),
    ("the start of", Some(MonthQualifier::Early)),
    ("mid", Some(MonthQualifier::Mid)),
    ("mid-", Some(MonthQualifier::Mid)),
    ("in mid", Some(MonthQualifier::Mid)),
    ("in mid-", Some(MonthQualifier::Mid)),
    ("the middle of", Some(MonthQualifier::Mid)),
    ("late", Some(MonthQualifier::Late)),
    ("in late", Some(MonthQualifier::Late)),
    ("the end of", Some(MonthQualifier::Late)),
];

const MONTH_SHIFTS: &[(&str, Shift)] = &[
    ("last", Shift::Last),
    ("this past", Shift::Last),
    ("this", Shift::This),
    ("next", Shift::Next),
    ("this coming", Shift::Next),
];

/// `in June`, `in June 2018`, `June 2018`, `early March`, `last June`,
/// `in January this year`.
fn month(c: &mut Cursor) -> Option<DateExpr> {
    let cue = c.longest_phrase(MONTH_CUES);
    let shift = match cue {
        Some(_) => None,
        None => c.longest_phrase(MONTH_SHIFTS),
    };
    let cued = cue.is_some() || shift.is_some();
    let month = month_name(c, cued)?;
    let year = trailing_year(c);
    if year.is_none() && shift.is_none() && c.phrase("this year").is_some() {
        let named = Relative::NamedMonth {
            month,
            shift: Shift::This,
        };
        return Some(DateExpr::Relative(named));
    }
    if let Some(shift) = shift {
        let named = Relative::NamedMonth { month, shift };
        return year.is_none().then_some(DateExpr::Relative(named));
    }
    if !cued && year.is_none() {
        return None;
    }
    Some(DateExpr::Month {
        year,
        month,
        qualifier: cue.flatten(),
    })
}

/// `from 2016 to 2020`, `between 2016 and 2020`.
fn years_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c.longest_phrase(&[("from", false), ("between", true)])?;
    let start = year(c)?;
    if between {
        c.word("and")?;
    } else {
        c.longest_phrase(&[("to", ()), ("-", ()), ("until", ()), ("through", ())])?;
    }
    year_range(start, year(c)?)
}

const YEAR_CUES: &[(&str, ())] = &[
    ("in", ()),
    ("since", ()),
    ("during", ()),
    ("until", ()),
    ("through", ()),
    ("by", ()),
    ("before", ()),
    ("after", ()),
    ("early", ()),
    ("in early", ()),
    ("mid", ()),
    ("mid-", ()),
    ("in mid", ()),
    ("in mid-", ()),
    ("late", ()),
    ("in late", ()),
    ("the beginning of", ()),
    ("the end of", ()),
    ("the year", ()),
];

/// `in 2016`, `since 2016`, `late 2019`. A bare four-digit number is not
/// taken: it is as often a count as a year.
fn cued_year(c: &mut Cursor) -> Option<DateExpr> {
    c.longest_phrase(YEAR_CUES)?;
    let start = year(c)?;
    let range = c.attempt(|c| {
        c.punct('-')?;
        year_range(start, year(c)?)
    });
    Some(range.unwrap_or(DateExpr::Year(start)))
}

const RELATIVE_PHRASES: &[(&str, Relative)] = &[
    ("the day before yesterday", Relative::Days(-2)),
    ("yesterday", Relative::Days(-1)),
    ("today", Relative::Days(0)),
    ("earlier today", Relative::Days(0)),
    ("tonight", Relative::Days(0)),
    ("this morning", Relative::Days(0)),
    ("this afternoon", Relative::Days(0)),
    ("this evening", Relative::Days(0)),
    ("tomorrow", Relative::Days(1)),
    ("the day after tomorrow", Relative::Days(2)),
    ("last week", Relative::Week(Shift::Last)),
    ("this week", Relative::Week(Shift::This)),
    ("earlier this week", Relative::Week(Shift::This)),
    ("later this week", Relative::Week(Shift::This)),
    ("next week", Relative::Week(Shift::Next)),
    ("last month", Relative::Month(Shift::Last)),
    ("this month", Relative::Month(Shift::This)),
    ("earlier this month", Relative::Month(Shift::This)),
    ("later this month", Relative::Month(Shift::This)),
    ("next month", Relative::Month(Shift::Next)),
    ("last year", Relative::Year(Shift::Last)),
    ("this year", Relative::Year(Shift::This)),
    ("earlier this year", Relative::Year(Shift::This)),
    ("later this year", Relative::Year(Shift::This)),
    ("next year", Relative::Year(Shift::Next)),
];

/// `yesterday`, `last week`, `earlier this month`, `next year`.
fn relative_phrase(c: &mut Cursor) -> Option<DateExpr> {
    c.longest_phrase(RELATIVE_PHRASES).map(DateExpr::Relative)
}

/// `three days ago`, `2 days ago`.
fn days_ago(c: &mut Cursor) -> Option<DateExpr> {
    let count = c
        .attempt(|c| {
            let (value, digits, suffix) = c.number()?;
            let ok = digits <= 2 && suffix.is_empty();
            ok.then(|| i32::try_from(value).ok()).flatten()
        })
        .or_else(|| c.attempt(|c| lookup(EN_NUMBERS, c.word_text()?.0)))?;
    c.longest_phrase(&[("days ago", ()), ("day ago", ())])?;
    Some(DateExpr::Relative(Relative::Days(-count)))
}

/// `last Tuesday`, `next Tuesday`, `this Sunday` (the coming one).
fn weekday_shift(c: &mut Cursor) -> Option<DateExpr> {
    let shift = c.longest_phrase(MONTH_SHIFTS)?;
    let weekday = weekday(c)?;
    Some(DateExpr::Relative(Relative::Weekday { weekday, shift }))
}

/// `Tuesday`, `on Tuesday`, when nothing more specific follows.
fn bare_weekday(c: &mut Cursor) -> Option<DateExpr> {
    weekday(c).map(DateExpr::Weekday)
}

/// Words that anchor a date expression (see `find_dates`): months,
/// weekdays, small numbers written out, and the relative words of the
/// grammar.
pub fn anchor_words() -> impl Iterator<Item = &'static str> {
    const RELATIVE: &[&str] = &[
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "morning",
        "afternoon",
        "evening",
        "week",
        "month",
        "year",
        "day",
        "days",
        "ago",
        "last",
        "next",
        "past",
        "coming",
        "early",
        "late",
        "mid",
        "end",
        "beginning",
    ];
    RELATIVE
        .iter()
        .copied()
        .chain(EN_MONTHS.iter().map(|(w, _)| *w))
        .chain(EN_MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(EN_WEEKDAYS.iter().map(|(w, _)| *w))
        .chain(EN_NUMBERS.iter().map(|(w, _)| *w))
}
