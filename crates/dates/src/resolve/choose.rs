//! Choosing the year of a day-month or a month that the text leaves out,
//! in the order of EVENTS.md: the publication date (a weekday, when given,
//! picking among the years around it), then a weekday that fixes one of the
//! years the article names or a year next to one, then a year named in the
//! article. A year is never guessed: when none of these tells, there is
//! none (the caller writes `XXXX`).

use super::context::{Env, Published};
use super::Resolution;
use crate::calendar::{month_index, Date};
use std::cmp::Reverse;

/// How far after the publication a date may be and still be preferred to
/// an earlier one: news reports past events, but also announces visits a
/// few weeks ahead.
const MAX_DAYS_AHEAD: i64 = 62;
const MAX_MONTHS_AHEAD: i64 = 2;

/// How far from a year the article names a weekday-fixed year may be: the
/// year before or after (a plan for 2025 signed on `dimanche 5 mai` 2024).
/// A day-month moves by one or two weekdays a year, so it falls on a given
/// weekday in at most one of three running years: the weekday picks one
/// year, it does not search for a year that fits. Further away, some year
/// always fits, and the weekday alone would be inventing it.
const WEEKDAY_WINDOW: i32 = 1;

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
    if let Some(found) = env.published.and_then(|p| from_published(p, dm)) {
        return Some(found);
    }
    if dm.has_weekday {
        // A weekday that fits none of the years the article names says the
        // day is not in them: the year is unknown.
        return from_weekday(env, dm).map(|year| (year, Resolution::Weekday));
    }
    latest_article_year(env, dm.month, |y| Date::new(y, dm.month, dm.day).is_some())
        .map(|year| (year, Resolution::ArticleYear))
}

/// The year closest to the publication, a later one only when it is at most
/// [`MAX_DAYS_AHEAD`] days after; with only the publication year, that
/// year. A weekday, when given, picks among the publication year and the
/// years on either side of it those it fits, if any ([`Resolution::Weekday`]).
fn from_published(published: Published, dm: &DayMonth) -> Option<(i32, Resolution)> {
    let year = published.year();
    let candidates: Vec<Date> = (year.saturating_sub(1)..=year.saturating_add(1))
        .filter_map(|y| Date::new(y, dm.month, dm.day))
        .collect();
    let fitting: Vec<Date> = candidates
        .iter()
        .copied()
        .filter(|d| (dm.fits)(d.year))
        .collect();
    let (pool, method) = if dm.has_weekday && !fitting.is_empty() {
        (fitting, Resolution::Weekday)
    } else {
        (candidates, Resolution::Published)
    };
    let chosen = match published.day_bounds() {
        Some((_, latest)) => closest_not_far_ahead(&pool, latest),
        None if method == Resolution::Weekday => {
            pool.iter().copied().min_by_key(|d| (d.year - year).abs())
        }
        None => Date::new(year, dm.month, dm.day),
    };
    chosen.map(|d| (d.year, method))
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

/// A year in which the day-month falls on the weekday given, among the
/// article's years and those next to them ([`WEEKDAY_WINDOW`]), nearest
/// an article year (a later year on a tie); none when the article names no
/// year, however many years the weekday fits.
fn from_weekday(env: &Env, dm: &DayMonth) -> Option<i32> {
    let fits = |y: &i32| Date::new(*y, dm.month, dm.day).is_some() && (dm.fits)(*y);
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

#[cfg(test)]
mod tests {
    use crate::{find_dates, resolve, years_in, DateContext, Resolution};
    use attache_model::Lang;

    /// A sentence, its publication date, the date expression in it, and
    /// the value and method that expression must resolve to.
    type Case = (
        Lang,
        &'static str,
        Option<&'static str>,
        &'static str,
        &'static str,
        Resolution,
    );

    fn check(cases: &[Case]) {
        for (lang, text, published, expression, value, method) in cases {
            let mention = find_dates(text, lang)
                .into_iter()
                .find(|m| &text[m.start..m.end] == *expression)
                .unwrap_or_else(|| panic!("{expression:?} found in {text:?}"));
            // The years that can date this expression, as the coder asks.
            let years = years_in(text).at(mention.start);
            let ctx = DateContext {
                published: *published,
                article_years: &years,
            };
            let date = resolve(&mention.expr, &ctx).expect("a date");
            assert_eq!(
                (date.value.as_str(), date.method),
                (*value, *method),
                "{text:?} published {published:?}"
            );
        }
    }

    #[test]
    fn no_publication_and_no_year_leave_the_year_unknown() {
        use Resolution::UnknownYear;
        check(&[
            (
                Lang::Fr,
                "Le ministre a reçu, le 14 mars à Vientiane, une délégation japonaise.",
                None,
                "14 mars",
                "XXXX-03-14",
                UnknownYear,
            ),
            (
                Lang::Fr,
                "La frégate a fait escale à Cam Ranh du 2 au 6 octobre.",
                None,
                "du 2 au 6 octobre",
                "XXXX-10-02/XXXX-10-06",
                UnknownYear,
            ),
            (
                Lang::En,
                "The two navies held a joint drill off Da Nang on June 9.",
                None,
                "June 9",
                "XXXX-06-09",
                UnknownYear,
            ),
            (
                Lang::En,
                "The cadets will train together in November, the colonel said.",
                None,
                "in November",
                "XXXX-11-01/XXXX-11-30",
                UnknownYear,
            ),
        ]);
    }

    #[test]
    fn a_year_named_elsewhere_in_the_text_dates_the_day() {
        use Resolution::ArticleYear;
        check(&[
            (
                Lang::Fr,
                "Le plan de coopération de 2023 prévoit des échanges. Le général a été reçu le 14 mars à Vientiane.",
                None,
                "14 mars",
                "2023-03-14",
                ArticleYear,
            ),
            // A recalled act's year dates the days of its own sentence.
            (
                Lang::Fr,
                "En 2013, la frégate a fait escale à Da Nang du 2 au 6 octobre.",
                None,
                "du 2 au 6 octobre",
                "2013-10-02/2013-10-06",
                ArticleYear,
            ),
            (
                Lang::En,
                "The 2022 dialogue opened on June 9 in Canberra.",
                None,
                "June 9",
                "2022-06-09",
                ArticleYear,
            ),
        ]);
    }

    #[test]
    fn the_year_of_a_recalled_act_does_not_date_the_news() {
        use Resolution::UnknownYear;
        // The news follows what it recalls, in that year or any later one.
        check(&[
            (
                Lang::Fr,
                "Le ministre a reçu le 28 novembre son homologue. En 2013, les deux ministères ont signé un mémorandum.",
                None,
                "28 novembre",
                "XXXX-11-28",
                UnknownYear,
            ),
            (
                Lang::Fr,
                "L'exercice a débuté lundi 16 janvier. Lancé en 1993, il a été rebaptisé en 2001.",
                None,
                "lundi 16 janvier",
                "XXXX-01-16",
                UnknownYear,
            ),
            (
                Lang::En,
                "The two ministers met on November 28. In 2013 the ministries signed a memorandum.",
                None,
                "November 28",
                "XXXX-11-28",
                UnknownYear,
            ),
        ]);
    }

    #[test]
    fn a_weekday_picks_the_year_around_the_publication() {
        use Resolution::Weekday;
        check(&[
            // 8 September is a Tuesday in 2020, a Wednesday in 2021.
            (
                Lang::Fr,
                "Le ministre s'est rendu mardi 8 septembre à Phnom Penh.",
                Some("2021-03-01"),
                "mardi 8 septembre",
                "2020-09-08",
                Weekday,
            ),
            // Only the publication month or year: the weekday still picks.
            (
                Lang::En,
                "The minister arrived in Manila on Friday, January 3.",
                Some("2020-01"),
                "Friday, January 3",
                "2020-01-03",
                Weekday,
            ),
            (
                Lang::Fr,
                "Les deux délégations se sont retrouvées le lundi 30 décembre.",
                Some("2020"),
                "lundi 30 décembre",
                "2019-12-30",
                Weekday,
            ),
        ]);
    }

    #[test]
    fn a_weekday_checks_the_years_the_text_names() {
        use Resolution::{UnknownYear, Weekday};
        check(&[
            // 9 December: a Wednesday in 2020, the year before the one named.
            (
                Lang::Fr,
                "Le programme d'échanges de 2021 a été préparé lors d'une réunion le mercredi 9 décembre.",
                None,
                "mercredi 9 décembre",
                "2020-12-09",
                Weekday,
            ),
            (
                Lang::En,
                "Ahead of the 2020 drills, the two sides met on Thursday, October 10.",
                None,
                "Thursday, October 10",
                "2019-10-10",
                Weekday,
            ),
            // 10 October is a Thursday in 2013, not from 2009 to 2011: the
            // weekday does not go looking for a year the text never names.
            (
                Lang::Fr,
                "En 2010, les deux pays ont signé un accord. Les entretiens ont eu lieu le jeudi 10 octobre.",
                None,
                "jeudi 10 octobre",
                "XXXX-10-10",
                UnknownYear,
            ),
        ]);
    }

    /// The issue that saw a visit dated in a year the page never gave: a
    /// weekday alone fits a year in seven, and the nearest to a default
    /// year was taken.
    #[test]
    fn a_weekday_without_an_anchor_year_picks_no_year() {
        use Resolution::UnknownYear;
        check(&[
            (
                Lang::Fr,
                "Le ministre s'est rendu mardi 8 septembre à Phnom Penh.",
                None,
                "mardi 8 septembre",
                "XXXX-09-08",
                UnknownYear,
            ),
            (
                Lang::En,
                "The talks were held in Jakarta on Thursday, October 10.",
                None,
                "Thursday, October 10",
                "XXXX-10-10",
                UnknownYear,
            ),
            (
                Lang::Fr,
                "La visite s'est déroulée du lundi 1er au jeudi 4 juillet.",
                None,
                "du lundi 1er au jeudi 4 juillet",
                "XXXX-07-01/XXXX-07-04",
                UnknownYear,
            ),
        ]);
    }
}
