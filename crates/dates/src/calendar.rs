//! Proleptic Gregorian civil dates: validity, weekdays, day arithmetic.
//!
//! Hand-written rather than taken from `jiff` or `chrono`: attache needs
//! only these few operations, and `jiff` 1.x requires a newer Rust than the
//! workspace's `rust-version`. The day-number conversions are Howard
//! Hinnant's `days_from_civil` / `civil_from_days`.

use crate::expr::Weekday;

/// Years a [`Date`] may hold: what `YYYY` in EVENTS.md can write.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date, if it exists and its year has four digits at most.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = YEARS.contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }

    pub fn from_days(days: i64) -> Option<Date> {
        let (y, m, d) = civil_from_days(days);
        Date::new(
            i32::try_from(y).ok()?,
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        )
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(n)?)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday, three days after a Monday.
        let from_monday = (self.days() + 3).rem_euclid(7);
        Weekday::ALL[usize::try_from(from_monday).unwrap_or(0)]
    }

    /// The last day of this date's month.
    pub fn month_end(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `day month` exists in some year (29 February does).
pub fn day_month_exists(day: u8, month: u8) -> bool {
    day >= 1 && day <= days_in_month(2000, month)
}

/// A month counted from year 0, so that months can be compared and shifted.
pub fn month_index(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

/// The inverse of [`month_index`], if the year fits a [`Date`].
pub fn from_month_index(index: i64) -> Option<(i32, u8)> {
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
    YEARS.contains(&year).then_some((year, month))
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        let cases = [
            ((1970, 1, 1), Weekday::Thursday),
            ((2000, 2, 29), Weekday::Tuesday),
            ((2019, 11, 20), Weekday::Wednesday),
            ((2020, 9, 8), Weekday::Tuesday),
            ((2024, 12, 29), Weekday::Sunday),
        ];
        for ((y, m, d), weekday) in cases {
            let date = Date::new(y, m, d).expect("valid date");
            assert_eq!(date.weekday(), weekday, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in [-719_162, -1, 0, 59, 18_000, 2_932_896] {
            let date = Date::from_days(days).expect("in range");
            assert_eq!(date.days(), days);
        }
    }

    #[test]
    fn invalid_dates_are_refused() {
        for (y, m, d) in [
            (2019, 2, 29),
            (2020, 4, 31),
            (2020, 13, 1),
            (2020, 0, 1),
            (0, 1, 1),
        ] {
            assert_eq!(Date::new(y, m, d), None, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn month_index_round_trips() {
        assert_eq!(from_month_index(month_index(2019, 12) + 1), Some((2020, 1)));
        assert_eq!(from_month_index(month_index(2020, 1) - 1), Some((2019, 12)));
    }
}
