//! Choosing the year of a day-month or a month that the text leaves out,
//! in the order of EVENTS.md: the publication date, then a weekday that
//! fixes the year, then a year named in the article.

use super::context::{Env, Published};
use super::Resolution;
use crate::calendar::{month_index, Date};
use std::cmp::Reverse;

/// How far after the publication a date may be and still be preferred to
/// an earlier one: news reports past events, but also announces visits a
/// few weeks ahead.
const MAX_DAYS_AHEAD: i64 = 62;
const MAX_MONTHS_AHEAD: i64 = 2;

/// How far from a year the article names a weekday-fixed year may be.
const WEEKDAY_WINDOW: i32 = 15;
/// The years searched for a weekday match when the article names none.
const WEEKDAY_DEFAULT_YEARS: std::ops::RangeInclusive<i32> = 1990..=2035;
/// Without article years, the weekday match nearest this year wins: the
/// middle of the span of news attache reads (2015–2025).
const DEFAULT_ANCHOR_YEAR: i32 = 2020;

/// A day-month without its year, and what else the text says of it.
pub struct DayMonth<'f> {
    pub month: u8,
    pub day: u8,
    /// Whether the text gave a weekday, and whether a year agrees with it.
    pub has_weekday: bool,
    pub fits: &'f dyn Fn(i32) -> bool,
}

/// The year of a day-month, and how it was found; `None` when nothing
/// tells (the caller writes `XXXX-MM-DD`).
pub fn day_year(env: &Env, dm: &DayMonth) -> Option<(i32, Resolution)> {
    if let Some(year) = env.published.and_then(|p| from_published(p, dm)) {
        return Some((year, Resolution::Published));
    }
    if dm.has_weekday {
        if let Some(year) = from_weekday(env, dm) {
            return Some((year, Resolution::Weekday));
        }
    }
    latest_article_year(env, dm.month, |y| Date::new(y, dm.month, dm.day).is_some())
        .map(|year| (year, Resolution::ArticleYear))
}

/// The year closest to the publication, a later one only when it is at most
/// [`MAX_DAYS_AHEAD`] days after. A weekday, when given, narrows the
/// candidates to the years it fits, if any does.
fn from_published(published: Published, dm: &DayMonth) -> Option<i32> {
    let Some((_, latest)) = published.day_bounds() else {
        let year = published.year();
        return Date::new(year, dm.month, dm.day).map(|_| year);
    };
    let candidates: Vec<Date> = (latest.year.saturating_sub(1)..=latest.year.saturating_add(1))
        .filter_map(|y| Date::new(y, dm.month, dm.day))
        .collect();
    let fitting: Vec<Date> = candidates
        .iter()
        .copied()
        .filter(|d| (dm.fits)(d.year))
        .collect();
    let pool = if dm.has_weekday && !fitting.is_empty() {
        fitting
    } else {
        candidates
    };
    closest_not_far_ahead(&pool, latest).map(|d| d.year)
}

/// The date of `pool` closest to `reference`, avoiding dates more than
/// [`MAX_DAYS_AHEAD`] after it unless no other is left.
pub fn closest_not_far_ahead(pool: &[Date], reference: Date) -> Option<Date> {
    let delta = |d: &Date| d.days() - reference.days();
    pool.iter()
        .filter(|d| delta(d) <= MAX_DAYS_AHEAD)
        .min_by_key(|d| delta(d).abs())
        .or_else(|| pool.iter().min_by_key(|d| delta(d).abs()))
        .copied()
}

/// A year in which the day-month falls on the weekday given, nearest the
/// article's years (a later year on a tie).
fn from_weekday(env: &Env, dm: &DayMonth) -> Option<i32> {
    let fits = |y: &i32| Date::new(*y, dm.month, dm.day).is_some() && (dm.fits)(*y);
    if env.years.is_empty() {
        return WEEKDAY_DEFAULT_YEARS
            .filter(fits)
            .min_by_key(|&y| (distance(y, &[DEFAULT_ANCHOR_YEAR]), Reverse(y)));
    }
    env.years
        .iter()
        .flat_map(|&a| a.saturating_sub(WEEKDAY_WINDOW)..=a.saturating_add(WEEKDAY_WINDOW))
        .filter(fits)
        .min_by_key(|&y| (distance(y, &env.years), Reverse(y)))
}

fn distance(year: i32, anchors: &[i32]) -> i64 {
    anchors
        .iter()
        .map(|&a| (i64::from(a) - i64::from(year)).abs())
        .min()
        .unwrap_or(i64::MAX)
}

/// The latest article year that can hold a date in `month` (see
/// [`ArticleYears::holding`](crate::years::ArticleYears::holding)) and that
/// `usable` accepts. The latest, because articles recall earlier years for
/// background while the news itself is the most recent thing they tell.
pub fn latest_article_year(env: &Env, month: u8, usable: impl Fn(i32) -> bool) -> Option<i32> {
    env.article_years
        .holding(month)
        .into_iter()
        .find(|&y| Date::new(y, 1, 1).is_some() && usable(y))
}

/// The year of a month named without one: from the publication (nearest,
/// at most [`MAX_MONTHS_AHEAD`] months after it), else the latest article
/// year.
pub fn month_year(env: &Env, month: u8) -> Option<(i32, Resolution)> {
    if let Some(published) = env.published {
        return Some((
            month_year_from_published(published, month),
            Resolution::Published,
        ));
    }
    latest_article_year(env, month, |_| true).map(|year| (year, Resolution::ArticleYear))
}

fn month_year_from_published(published: Published, month: u8) -> i32 {
    let Some((year, published_month)) = published.month() else {
        return published.year();
    };
    let reference = month_index(year, published_month);
    (year.saturating_sub(1)..=year.saturating_add(1))
        .map(|y| (y, month_index(y, month) - reference))
        .filter(|(_, delta)| *delta <= MAX_MONTHS_AHEAD)
        .min_by_key(|(_, delta)| delta.abs())
        .map_or(year, |(y, _)| y)
}
