//! The period a review covers, the one it is compared with, and the five
//! calendar years of the trend chart.

use attache_model::DateSpan;
use serde::Serialize;

/// Days `from..=to` as `YYYY-MM-DD`, the way `attache events --from --to`
/// takes them: an event counts when its dates overlap them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: String,
    pub to: String,
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` day.
fn ordinal(day: &str) -> Option<i64> {
    let span = DateSpan::parse(day).filter(|s| s.is_day() && !s.year_unknown())?;
    Some(span.first.ordinal(false))
}

/// The `YYYY-MM-DD` day `days` after 1970-01-01.
fn civil(days: i64) -> String {
    attache_dates::Date::from_days(days).map_or_else(String::new, |d| {
        format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
    })
}

impl Period {
    /// The period `from..=to`, when both are days and `from` is not after `to`.
    pub fn new(from: &str, to: &str) -> Option<Period> {
        (ordinal(from)? <= ordinal(to)?).then(|| Period {
            from: from.to_string(),
            to: to.to_string(),
        })
    }

    /// The calendar year `year`.
    pub fn year(year: i32) -> Period {
        Period {
            from: format!("{year:04}-01-01"),
            to: format!("{year:04}-12-31"),
        }
    }

    /// The period of the same length that ends the day before this one
    /// (whole calendar years: as many years before).
    pub fn previous(&self) -> Period {
        let (first, last) = (self.first_year(), self.last_year());
        if self.from.ends_with("-01-01") && self.to.ends_with("-12-31") {
            let years = last - first + 1;
            return Period {
                from: format!("{:04}-01-01", first - years),
                to: format!("{:04}-12-31", first - 1),
            };
        }
        let (a, b) = (self.days_from(), self.days_to());
        Period {
            from: civil(a - (b - a + 1)),
            to: civil(a - 1),
        }
    }

    pub fn first_year(&self) -> i32 {
        self.from[..4].parse().unwrap_or(0)
    }

    pub fn last_year(&self) -> i32 {
        self.to[..4].parse().unwrap_or(0)
    }

    fn days_from(&self) -> i64 {
        ordinal(&self.from).unwrap_or(0)
    }

    fn days_to(&self) -> i64 {
        ordinal(&self.to).unwrap_or(0)
    }

    /// The months the period touches, as `YYYY-MM`.
    pub fn months(&self) -> Vec<String> {
        let month_index = |day: &str| -> i64 {
            let year: i64 = day[..4].parse().unwrap_or(0);
            let month: i64 = day[5..7].parse().unwrap_or(1);
            year * 12 + month - 1
        };
        (month_index(&self.from)..=month_index(&self.to))
            .map(|m| format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1))
            .collect()
    }

    /// The five calendar years that end with the period's last year.
    pub fn trend_years(&self) -> Vec<i32> {
        let last = self.last_year();
        (last - 4..=last).collect()
    }

    /// Whether `date` (EVENTS.md form, year known) shares a day with the period.
    pub fn overlaps(&self, date: &DateSpan) -> bool {
        !date.year_unknown()
            && date.first.ordinal(false) <= self.days_to()
            && date.last.ordinal(false) >= self.days_from()
    }

    /// The month (`YYYY-MM`) an event dated `date` counts in: its first
    /// day, or the period's first day when it began before.
    pub fn month_of(&self, date: &DateSpan) -> String {
        let first = date.first.to_string();
        let day = if first < self.from {
            &self.from
        } else {
            &first
        };
        day[..7].to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_compared_with_the_year_before() {
        assert_eq!(Period::year(2024).previous(), Period::year(2023));
        let four = Period::new("2008-01-01", "2011-12-31").unwrap();
        assert_eq!(
            four.previous(),
            Period::new("2004-01-01", "2007-12-31").unwrap()
        );
    }

    #[test]
    fn other_periods_are_compared_with_as_many_days_before() {
        let spring = Period::new("2024-03-01", "2024-05-31").unwrap();
        assert_eq!(
            spring.previous(),
            Period::new("2023-11-30", "2024-02-29").unwrap()
        );
        assert!(Period::new("2024-05-01", "2024-04-30").is_none());
        assert!(Period::new("2024-02-30", "2024-04-30").is_none());
    }

    #[test]
    fn months_and_trend_years() {
        let p = Period::new("2023-11-15", "2024-02-10").unwrap();
        assert_eq!(p.months(), ["2023-11", "2023-12", "2024-01", "2024-02"]);
        assert_eq!(p.trend_years(), [2020, 2021, 2022, 2023, 2024]);
        let visit = DateSpan::parse("2023-11-10/2023-11-16").unwrap();
        assert!(p.overlaps(&visit));
        assert_eq!(p.month_of(&visit), "2023-11");
    }
}
