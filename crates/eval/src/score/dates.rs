//! Date compatibility (EVENTS.md §4): a gold date of null matches anything;
//! otherwise both dates are day intervals that must overlap, and where
//! either side has an unknown year (`XXXX`) only month and day are compared.

/// A day as (year, month, day); year `None` when written `XXXX`.
type Day = (Option<i32>, u32, u32);

/// A date as its first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    first: Day,
    last: Day,
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

/// One `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `XXXX-MM-DD` as an interval.
fn point(text: &str) -> Option<Interval> {
    let mut parts = text.trim().split('-');
    let year = match parts.next()? {
        "XXXX" => None,
        y => Some(y.parse::<i32>().ok()?),
    };
    let month = parts.next().map(str::parse::<u32>).transpose().ok()?;
    let day = parts.next().map(str::parse::<u32>).transpose().ok()?;
    match (month, day) {
        (None, _) => year.map(|y| Interval {
            first: (Some(y), 1, 1),
            last: (Some(y), 12, 31),
        }),
        (Some(m), None) => Some(Interval {
            first: (year, m, 1),
            last: (year, m, days_in_month(year, m)),
        }),
        (Some(m), Some(d)) => Some(Interval {
            first: (year, m, d),
            last: (year, m, d),
        }),
    }
}

/// A date of EVENTS.md §2, a range `START/END` included.
pub fn interval(text: &str) -> Option<Interval> {
    match text.split_once('/') {
        Some((a, b)) => Some(Interval {
            first: point(a)?.first,
            last: point(b)?.last,
        }),
        None => point(text),
    }
}

fn overlaps(a: &Interval, b: &Interval) -> bool {
    let unknown_year = [a.first.0, a.last.0, b.first.0, b.last.0]
        .iter()
        .any(Option::is_none);
    let key = |d: &Day| {
        if unknown_year {
            (0, d.1, d.2)
        } else {
            (d.0.unwrap_or(0), d.1, d.2)
        }
    };
    key(&a.first) <= key(&b.last) && key(&b.first) <= key(&a.last)
}

/// Whether a system date is compatible with a gold date.
pub fn compatible(gold: Option<&str>, system: Option<&str>) -> bool {
    let Some(gold) = gold else { return true };
    match (interval(gold), system.and_then(interval)) {
        (Some(g), Some(s)) => overlaps(&g, &s),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatibility_cases() {
        let cases = [
            (None, None, true),
            (Some("2019-07-02"), None, false),
            (Some("2019-07-02"), Some("2019-07-02"), true),
            (Some("2019-07-02"), Some("2019-07-03"), false),
            (Some("2019-07"), Some("2019-07-31"), true),
            (Some("2019"), Some("2019-12"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-03"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-05"), false),
            (Some("XXXX-05-05"), Some("2024-05-05"), true),
            (Some("2024-05-05"), Some("XXXX-05-06"), false),
            (Some("2020-02"), Some("XXXX-02-29"), true),
            (Some("2019-07-02"), Some("garbage"), false),
        ];
        for (gold, system, expected) in cases {
            assert_eq!(compatible(gold, system), expected, "{gold:?} vs {system:?}");
        }
    }
}
