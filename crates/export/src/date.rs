//! The `EVENTS.md` date forms, taken apart for flat formats: a range
//! `START/END` is split, and a start with a known year is read as a
//! (possibly partial) civil date.

/// The start and end of a date as written; both are the date itself when it
/// is not a range.
pub(crate) fn split_range(date: &str) -> (&str, &str) {
    date.split_once('/').unwrap_or((date, date))
}

/// A civil date with a known year; month and day may be unknown
/// (`YYYY-MM`, `YYYY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Civil {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Civil {
    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` for an unknown year
    /// (`XXXX-MM-DD`) or anything that is not a valid date.
    pub fn parse(s: &str) -> Option<Civil> {
        let mut parts = s.split('-');
        let year = number(parts.next()?, 4)?;
        let month = optional(parts.next(), 2)?;
        let day = optional(parts.next(), 2)?;
        if parts.next().is_some() || year == 0 {
            return None;
        }
        let civil = Civil {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        };
        civil.is_valid().then_some(civil)
    }

    fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m)
            }
            (None, Some(_)) => false,
        }
    }

    /// Day of the year (1-based) of the first day the date covers.
    pub fn first_day_of_year(&self) -> u16 {
        let month = self.month.unwrap_or(1);
        let before: u16 = (1..month)
            .map(|m| u16::from(days_in_month(self.year, m)))
            .sum();
        before + u16::from(self.day.unwrap_or(1))
    }
}

/// `Some(None)` for an absent part, `None` for a malformed one.
fn optional(part: Option<&str>, width: usize) -> Option<Option<u32>> {
    match part {
        Some(p) => number(p, width).map(Some),
        None => Some(None),
    }
}

fn number(s: &str, width: usize) -> Option<u32> {
    (s.len() == width && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

pub(crate) fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

pub(crate) fn days_in_year(year: u16) -> u16 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_ranges_and_keeps_single_dates() {
        assert_eq!(
            split_range("2023-10-02/2023-10-05"),
            ("2023-10-02", "2023-10-05")
        );
        assert_eq!(split_range("2024-05"), ("2024-05", "2024-05"));
        assert_eq!(split_range("XXXX-09-02"), ("XXXX-09-02", "XXXX-09-02"));
    }

    #[test]
    fn reads_full_and_partial_dates() {
        let full = Civil::parse("2024-03-12").unwrap();
        assert_eq!((full.year, full.month, full.day), (2024, Some(3), Some(12)));
        assert_eq!(full.first_day_of_year(), 31 + 29 + 12);
        assert_eq!(Civil::parse("2024-05").unwrap().day, None);
        assert_eq!(Civil::parse("2020").unwrap().first_day_of_year(), 1);
    }

    #[test]
    fn refuses_unknown_years_and_impossible_dates() {
        for s in [
            "XXXX-09-02",
            "2023-02-29",
            "2024-13",
            "24-01-01",
            "2024-1-1",
            "",
            "2024-01-01-01",
        ] {
            assert_eq!(Civil::parse(s), None, "{s}");
        }
        assert!(Civil::parse("2024-02-29").is_some());
    }
}
