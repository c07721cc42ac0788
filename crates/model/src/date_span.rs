//! The dates of EVENTS.md §2 (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `XXXX-MM-DD`,
//! and ranges `START/END` of those) as spans of days, for the scorer's
//! compatibility and for the dedup stage's comparisons.

/// A day; `year` is `None` when written `XXXX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

/// A date as its first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub first: Day,
    pub last: Day,
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match year {
            Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
            Some(_) => 28,
            None => 29,
        },
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl std::fmt::Display for Day {
    /// `YYYY-MM-DD`, or `XXXX-MM-DD` when the year is unknown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "XXXX-{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Day {
    /// Days since 1970-01-01, or, with `ignore_year`, the day of a leap year
    /// (so that `XXXX` dates compare by month and day alone).
    pub fn ordinal(&self, ignore_year: bool) -> i64 {
        match (ignore_year, self.year) {
            (false, Some(y)) => days_from_civil(y, self.month, self.day),
            _ => days_from_civil(2000, self.month, self.day),
        }
    }
}

/// One `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `XXXX-MM-DD` as a span.
fn point(text: &str) -> Option<DateSpan> {
    let mut parts = text.trim().split('-');
    let year = match parts.next()? {
        "XXXX" => None,
        y => Some(y.parse::<i32>().ok()?),
    };
    let month = parts.next().map(str::parse::<u32>).transpose().ok()?;
    let day = parts.next().map(str::parse::<u32>).transpose().ok()?;
    if parts.next().is_some() || month.is_some_and(|m| !(1..=12).contains(&m)) {
        return None;
    }
    let day_of = |month, day| Day { year, month, day };
    match (month, day) {
        (None, _) => year.map(|_| DateSpan {
            first: day_of(1, 1),
            last: day_of(12, 31),
        }),
        (Some(m), None) => Some(DateSpan {
            first: day_of(m, 1),
            last: day_of(m, days_in_month(year, m)),
        }),
        (Some(m), Some(d)) if (1..=days_in_month(year, m)).contains(&d) => Some(DateSpan {
            first: day_of(m, d),
            last: day_of(m, d),
        }),
        _ => None,
    }
}

impl DateSpan {
    /// Parses a date of EVENTS.md §2; `None` for anything else.
    ///
    /// ```
    /// use attache_model::DateSpan;
    /// let visit = DateSpan::parse("2019-07-01/2019-07-04").unwrap();
    /// assert!(visit.overlaps(&DateSpan::parse("XXXX-07-03").unwrap(), 0));
    /// assert!(!visit.overlaps(&DateSpan::parse("2019-07-06").unwrap(), 1));
    /// assert!(visit.overlaps(&DateSpan::parse("2019-07-05").unwrap(), 1));
    /// ```
    pub fn parse(text: &str) -> Option<DateSpan> {
        match text.split_once('/') {
            Some((a, b)) => {
                let span = DateSpan {
                    first: point(a)?.first,
                    last: point(b)?.last,
                };
                let ignore = span.year_unknown();
                (span.first.ordinal(ignore) <= span.last.ordinal(ignore)).then_some(span)
            }
            None => point(text),
        }
    }

    /// Whether either end is written with `XXXX`.
    pub fn year_unknown(&self) -> bool {
        self.first.year.is_none() || self.last.year.is_none()
    }

    /// Whether the span is a single day.
    pub fn is_day(&self) -> bool {
        self.first == self.last
    }

    /// Length in days (1 for a single day).
    pub fn days(&self) -> i64 {
        let ignore = self.year_unknown();
        self.last.ordinal(ignore) - self.first.ordinal(ignore) + 1
    }

    /// Whether the spans share a day, allowing `tolerance` days between them;
    /// where either has an unknown year, by month and day alone.
    pub fn overlaps(&self, other: &DateSpan, tolerance: i64) -> bool {
        self.overlaps_ignoring_year(other, tolerance, false)
    }

    /// As [`DateSpan::overlaps`], comparing month and day alone when
    /// `ignore_year` (or when either year is unknown).
    pub fn overlaps_ignoring_year(
        &self,
        other: &DateSpan,
        tolerance: i64,
        ignore_year: bool,
    ) -> bool {
        let ignore = ignore_year || self.year_unknown() || other.year_unknown();
        self.first.ordinal(ignore) <= other.last.ordinal(ignore) + tolerance
            && other.first.ordinal(ignore) <= self.last.ordinal(ignore) + tolerance
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_as_events_md_writes_them() {
        let span = DateSpan::parse("2024-05-05/2024-05-07").unwrap();
        assert_eq!(
            (span.first.to_string(), span.last.to_string()),
            ("2024-05-05".into(), "2024-05-07".into())
        );
        let unknown = DateSpan::parse("XXXX-06-07").unwrap();
        assert_eq!(unknown.first.to_string(), "XXXX-06-07");
    }

    #[test]
    fn parses_every_form_and_refuses_the_rest() {
        let days = |s: &str| DateSpan::parse(s).map(|d| d.days());
        assert_eq!(days("2024-05-05"), Some(1));
        assert_eq!(days("2024-02"), Some(29));
        assert_eq!(days("2023"), Some(365));
        assert_eq!(days("XXXX-06-07/XXXX-06-10"), Some(4));
        assert_eq!(days("2024-12-30/2025-01-02"), Some(4));
        for bad in [
            "",
            "garbage",
            "2024-13",
            "2024-02-30",
            "2024-05-05/2024-05-01",
            "XXXX",
            "2024-1-1-1",
        ] {
            assert_eq!(DateSpan::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn overlap_with_tolerance_and_unknown_years() {
        let span = |s| DateSpan::parse(s).unwrap();
        assert!(span("2024-12-31").overlaps(&span("2025-01-01"), 1));
        assert!(!span("2024-12-31").overlaps(&span("2025-01-01"), 0));
        assert!(span("XXXX-04-16").overlaps(&span("2025-04-16/2025-04-17"), 0));
        assert!(!span("2018-07-02").overlaps(&span("2019-07-02"), 1));
        assert!(span("2018-07-02").overlaps_ignoring_year(&span("2019-07-02"), 0, true));
    }
}
