//! What a resolution knows besides the expression: the publication date and
//! the years the article names.

use crate::calendar::{from_month_index, month_index, Date};
use crate::years::ArticleYears;

/// Where the text was published, at the precision the document gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Year(i32),
    Month(i32, u8),
    Day(Date),
}

impl Published {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a time after the date
    /// (`2020-01-03T08:00:00Z`) is ignored. Anything else is unknown.
    pub fn parse(text: &str) -> Option<Published> {
        let date = text.trim().split(['T', ' ']).next()?;
        let mut parts = date.split('-');
        let year = parse_year(parts.next()?)?;
        let month = optional_part(parts.next())?;
        let day = optional_part(parts.next())?;
        if parts.next().is_some() {
            return None;
        }
        match (month, day) {
            (None, _) => Date::new(year, 1, 1).map(|_| Published::Year(year)),
            (Some(month), None) => Date::new(year, month, 1).map(|_| Published::Month(year, month)),
            (Some(month), Some(day)) => Date::new(year, month, day).map(Published::Day),
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Published::Year(year) | Published::Month(year, _) => year,
            Published::Day(date) => date.year,
        }
    }

    /// Year and month, when the publication date gives the month.
    pub fn month(self) -> Option<(i32, u8)> {
        match self {
            Published::Year(_) => None,
            Published::Month(year, month) => Some((year, month)),
            Published::Day(date) => Some((date.year, date.month)),
        }
    }

    /// The first and last days the publication may fall on, when the month
    /// is known.
    pub fn day_bounds(self) -> Option<(Date, Date)> {
        match self {
            Published::Year(_) => None,
            Published::Month(year, month) => {
                Some((Date::new(year, month, 1)?, Date::month_end(year, month)?))
            }
            Published::Day(date) => Some((date, date)),
        }
    }

    /// The month `shift` months from the publication month.
    pub fn shifted_month(self, shift: i64) -> Option<(i32, u8)> {
        let (year, month) = self.month()?;
        from_month_index(month_index(year, month) + shift)
    }
}

fn parse_year(text: &str) -> Option<i32> {
    let digits = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

/// `Some(None)` for a part that is absent, `None` for one that is malformed.
fn optional_part(part: Option<&str>) -> Option<Option<u8>> {
    match part {
        None => Some(None),
        Some(text) => parse_two_digits(text).map(Some),
    }
}

fn parse_two_digits(text: &str) -> Option<u8> {
    let digits = text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

/// The context a resolution works in, checked once.
#[derive(Debug, Clone)]
pub struct Env {
    pub published: Option<Published>,
    /// Every article year, sorted, without repeats: the anchors of a
    /// weekday's year.
    pub years: Vec<i32>,
    /// The years named in the article, by what they can date.
    pub article_years: ArticleYears,
}

impl Env {
    pub fn new(published: Option<&str>, article_years: &ArticleYears) -> Env {
        Env {
            published: published.and_then(Published::parse),
            years: article_years.all(),
            article_years: article_years.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publication_dates_by_case() {
        let day = |y, m, d| Date::new(y, m, d).map(Published::Day);
        let cases = [
            ("2020", Some(Published::Year(2020))),
            ("2020-01", Some(Published::Month(2020, 1))),
            ("2020-01-03", day(2020, 1, 3)),
            ("2020-01-03T08:00:00Z", day(2020, 1, 3)),
            ("2020-02-30", None),
            ("2020-1-3", None),
            ("20", None),
            ("", None),
            ("mardi", None),
        ];
        for (text, expected) in cases {
            assert_eq!(Published::parse(text), expected, "{text}");
        }
    }
}
