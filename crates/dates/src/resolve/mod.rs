//! Turning a [`DateExpr`] into an EVENTS.md date, given the publication date
//! and the years the article names.

mod choose;
mod context;
mod format;
mod relative;

use crate::calendar::{day_month_exists, Date};
use crate::expr::{DateExpr, DayPoint, MonthPoint, Weekday};
use crate::years::ArticleYears;
use choose::{day_year, month_year, DayMonth};
use context::Env;
use serde::Serialize;

/// What a resolution may use besides the expression itself.
#[derive(Debug, Clone, Copy)]
pub struct DateContext<'a> {
    /// The document's `published`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<&'a str>,
    /// Years named elsewhere in the article (see [`crate::years_in`]).
    pub article_years: &'a ArticleYears,
}

/// A date in an EVENTS.md form, and where its year came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedDate {
    pub value: String,
    pub method: Resolution,
}

/// Where the year (or the whole date, for relative expressions) came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The year is written.
    Explicit,
    /// Year, month or day come from the publication date.
    Published,
    /// Weekday, day and month together fix the year, among the years
    /// around the publication or next to a year the article names.
    Weekday,
    /// A year named in the article.
    ArticleYear,
    /// Nothing tells the year: `XXXX-MM-DD`. A weekday alone is not enough:
    /// many years fit it.
    UnknownYear,
}

/// The EVENTS.md date an expression stands for, or `None` when the context
/// cannot tell (a relative expression without a publication date, a month
/// without any year) or the expression is not a real date.
///
/// A month qualifier (`début`, `early`, `fin`, `late`) is dropped: the value
/// is the whole month, which the scorer's overlap test still matches.
pub fn resolve(expr: &DateExpr, ctx: &DateContext) -> Option<ResolvedDate> {
    let env = Env::new(ctx.published, ctx.article_years);
    match *expr {
        DateExpr::Day {
            year,
            month,
            day,
            weekday,
        } => resolve_day(&env, year, month, day, weekday),
        DateExpr::DayRange { start, end } => resolve_day_range(&env, start, end),
        DateExpr::Month { year, month, .. } => resolve_month(&env, year, month),
        DateExpr::MonthRange { start, end } => resolve_month_range(&env, start, end),
        DateExpr::Year(year) => resolved(format::year(year)?, Resolution::Explicit),
        DateExpr::YearRange { start, end } => {
            let value = format::range(format::year(start)?, format::year(end)?);
            (start <= end).then_some(())?;
            resolved(value, Resolution::Explicit)
        }
        DateExpr::Relative(relative) => relative::resolve(&env, relative),
        DateExpr::Weekday(weekday) => relative::bare_weekday(&env, weekday),
    }
}

fn resolved(value: String, method: Resolution) -> Option<ResolvedDate> {
    Some(ResolvedDate { value, method })
}

/// Whether the weekday, if any, is the one `day month` falls on in `year`.
fn weekday_fits(weekday: Option<Weekday>, year: i32, month: u8, day: u8) -> bool {
    match weekday {
        None => true,
        Some(weekday) => Date::new(year, month, day).is_some_and(|d| d.weekday() == weekday),
    }
}

pub(crate) fn resolve_day(
    env: &Env,
    year: Option<i32>,
    month: u8,
    day: u8,
    weekday: Option<Weekday>,
) -> Option<ResolvedDate> {
    if !day_month_exists(day, month) {
        return None;
    }
    if let Some(year) = year {
        return resolved(
            format::day(Date::new(year, month, day)?),
            Resolution::Explicit,
        );
    }
    let fits = |y: i32| weekday_fits(weekday, y, month, day);
    let dm = DayMonth {
        month,
        day,
        has_weekday: weekday.is_some(),
        fits: &fits,
    };
    match day_year(env, &dm) {
        Some((year, method)) => resolved(format::day(Date::new(year, month, day)?), method),
        None => resolved(format::unknown_year(month, day), Resolution::UnknownYear),
    }
}

/// A range's year comes from the end when written there (`du 30 juin au 2
/// juillet 2019`), else from the start, else is chosen for the end as for a
/// single day; the start lies in the year before when its day-month comes
/// after the end's (`du 28 décembre au 2 janvier`).
fn resolve_day_range(env: &Env, start: DayPoint, end: DayPoint) -> Option<ResolvedDate> {
    if !day_month_exists(start.day, start.month) || !day_month_exists(end.day, end.month) {
        return None;
    }
    let wraps = (start.month, start.day) > (end.month, end.day);
    let start_year_of = |end_year: i32| end_year.saturating_sub(i32::from(wraps));
    let (end_year, method) = match (start.year, end.year) {
        (_, Some(end_year)) => (end_year, Resolution::Explicit),
        (Some(start_year), None) => (
            start_year.saturating_add(i32::from(wraps)),
            Resolution::Explicit,
        ),
        (None, None) => {
            let fits = |y: i32| {
                weekday_fits(end.weekday, y, end.month, end.day)
                    && weekday_fits(start.weekday, start_year_of(y), start.month, start.day)
            };
            let dm = DayMonth {
                month: end.month,
                day: end.day,
                has_weekday: start.weekday.is_some() || end.weekday.is_some(),
                fits: &fits,
            };
            let Some(chosen) = day_year(env, &dm) else {
                let value = format::range(
                    format::unknown_year(start.month, start.day),
                    format::unknown_year(end.month, end.day),
                );
                return resolved(value, Resolution::UnknownYear);
            };
            chosen
        }
    };
    let start_year = start.year.unwrap_or_else(|| start_year_of(end_year));
    let first = Date::new(start_year, start.month, start.day)?;
    let last = Date::new(end_year, end.month, end.day)?;
    (first <= last).then_some(())?;
    resolved(format::range(format::day(first), format::day(last)), method)
}

/// A month; when nothing tells its year, the span of its days with an
/// unknown year.
pub(crate) fn resolve_month(env: &Env, year: Option<i32>, month: u8) -> Option<ResolvedDate> {
    let (year, method) = match year.map(|y| (y, Resolution::Explicit)) {
        Some(known) => known,
        None => match month_year(env, month) {
            Some(chosen) => chosen,
            None => return resolved(format::unknown_year_month(month)?, Resolution::UnknownYear),
        },
    };
    resolved(format::month(year, month)?, method)
}

/// As for ranges of days: the year from the end, else the start, else
/// chosen for the end month.
fn resolve_month_range(env: &Env, start: MonthPoint, end: MonthPoint) -> Option<ResolvedDate> {
    let wraps = i32::from(start.month > end.month);
    let (end_year, method) = match (start.year, end.year) {
        (_, Some(end_year)) => (end_year, Resolution::Explicit),
        (Some(start_year), None) => (start_year.saturating_add(wraps), Resolution::Explicit),
        (None, None) => month_year(env, end.month)?,
    };
    let start_year = start.year.unwrap_or(end_year.saturating_sub(wraps));
    (Date::new(start_year, start.month, 1)? < Date::new(end_year, end.month, 1)?).then_some(())?;
    let value = format::range(
        format::month(start_year, start.month)?,
        format::month(end_year, end.month)?,
    );
    resolved(value, method)
}
