//! English expressions found in sentences written for these tests.

use attache_dates::{
    find_dates, DateExpr, DayPoint, MonthPoint, MonthQualifier, Relative, Shift, Weekday,
};
use attache_model::Lang;

fn found(text: &str) -> Vec<(&str, DateExpr)> {
    find_dates(text, &Lang::En)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.expr))
        .collect()
}

fn day(year: Option<i32>, month: u8, day: u8, weekday: Option<Weekday>) -> DateExpr {
    DateExpr::Day {
        year,
        month,
        day,
        weekday,
    }
}

fn point(year: Option<i32>, month: u8, day: u8) -> DayPoint {
    DayPoint {
        year,
        month,
        day,
        weekday: None,
    }
}

fn range(start: DayPoint, end: DayPoint) -> DateExpr {
    DateExpr::DayRange { start, end }
}

fn month(year: Option<i32>, month: u8, qualifier: Option<MonthQualifier>) -> DateExpr {
    DateExpr::Month {
        year,
        month,
        qualifier,
    }
}

fn rel(relative: Relative) -> DateExpr {
    DateExpr::Relative(relative)
}

#[test]
fn single_days() {
    let cases = [
        (
            "The frigate docked on July 6 at Cam Ranh.",
            "July 6",
            day(None, 7, 6, None),
        ),
        (
            "The pact signed July 6, 2019 covers",
            "July 6, 2019",
            day(Some(2019), 7, 6, None),
        ),
        (
            "signed on 6 July 2019 in Hanoi",
            "6 July 2019",
            day(Some(2019), 7, 6, None),
        ),
        (
            "Hanoi (VNA) - On Tuesday, September 8, the minister",
            "Tuesday, September 8",
            day(None, 9, 8, Some(Weekday::Tuesday)),
        ),
        ("the 6th of July", "the 6th of July", day(None, 7, 6, None)),
        (
            "on Sept. 2, 1945",
            "Sept. 2, 1945",
            day(Some(1945), 9, 2, None),
        ),
        ("The talks on May 5 ended", "May 5", day(None, 5, 5, None)),
        ("held on 5 May.", "5 May", day(None, 5, 5, None)),
        // Day first, as Vietnamese outlets write it in English too.
        (
            "Updated 05/06/2024 09:00",
            "05/06/2024",
            day(Some(2024), 6, 5, None),
        ),
        // Month first only when day first is impossible.
        ("on 12/25/2023", "12/25/2023", day(Some(2023), 12, 25, None)),
        ("on 2023-01-12", "2023-01-12", day(Some(2023), 1, 12, None)),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn ranges_of_days() {
    let cases = [
        (
            "from June 8 to 10 in Hanoi",
            "from June 8 to 10",
            range(point(None, 6, 8), point(None, 6, 10)),
        ),
        (
            "The drill, June 8-10, involved",
            "June 8-10",
            range(point(None, 6, 8), point(None, 6, 10)),
        ),
        (
            "June 8–10, 2019",
            "June 8–10, 2019",
            range(point(None, 6, 8), point(Some(2019), 6, 10)),
        ),
        (
            "from June 30 to July 2",
            "from June 30 to July 2",
            range(
                DayPoint {
                    month: 6,
                    ..point(None, 6, 30)
                },
                point(None, 7, 2),
            ),
        ),
        (
            "from 8 to 10 June",
            "from 8 to 10 June",
            range(point(None, 6, 8), point(None, 6, 10)),
        ),
        (
            "on May 3 and 4",
            "May 3 and 4",
            range(point(None, 5, 3), point(None, 5, 4)),
        ),
        (
            "between 3 and 5 May 2021",
            "between 3 and 5 May 2021",
            range(point(None, 5, 3), point(Some(2021), 5, 5)),
        ),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn months_and_years() {
    use MonthQualifier::*;
    let cases = [
        ("in June, the two navies", "in June", month(None, 6, None)),
        (
            "in June 2018, the minister",
            "in June 2018",
            month(Some(2018), 6, None),
        ),
        ("signed June 2018", "June 2018", month(Some(2018), 6, None)),
        (
            "early March, the navy",
            "early March",
            month(None, 3, Some(Early)),
        ),
        ("in mid-March", "in mid-March", month(None, 3, Some(Mid))),
        (
            "by the end of May",
            "the end of May",
            month(None, 5, Some(Late)),
        ),
        ("in May the ministry", "in May", month(None, 5, None)),
        ("in 2016, Vietnam", "in 2016", DateExpr::Year(2016)),
        ("since 2016", "since 2016", DateExpr::Year(2016)),
        ("late 2019", "late 2019", DateExpr::Year(2019)),
        (
            "from 2016 to 2020",
            "from 2016 to 2020",
            DateExpr::YearRange {
                start: 2016,
                end: 2020,
            },
        ),
        (
            "from June to August 2019",
            "from June to August 2019",
            DateExpr::MonthRange {
                start: MonthPoint {
                    year: None,
                    month: 6,
                },
                end: MonthPoint {
                    year: Some(2019),
                    month: 8,
                },
            },
        ),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn relative_expressions() {
    use Shift::*;
    use Weekday::*;
    let cases = [
        (
            "The minister said yesterday that",
            "yesterday",
            rel(Relative::Days(-1)),
        ),
        ("Today, the delegation", "Today", rel(Relative::Days(0))),
        ("two days ago", "two days ago", rel(Relative::Days(-2))),
        (
            "last Tuesday in Hanoi",
            "last Tuesday",
            rel(Relative::Weekday {
                weekday: Tuesday,
                shift: Last,
            }),
        ),
        (
            "next Friday",
            "next Friday",
            rel(Relative::Weekday {
                weekday: Friday,
                shift: Next,
            }),
        ),
        (
            "this Sunday",
            "this Sunday",
            rel(Relative::Weekday {
                weekday: Sunday,
                shift: This,
            }),
        ),
        ("last week", "last week", rel(Relative::Week(Last))),
        (
            "earlier this month",
            "earlier this month",
            rel(Relative::Month(This)),
        ),
        ("next month", "next month", rel(Relative::Month(Next))),
        ("last year", "last year", rel(Relative::Year(Last))),
        (
            "last June",
            "last June",
            rel(Relative::NamedMonth {
                month: 6,
                shift: Last,
            }),
        ),
        (
            "last May",
            "last May",
            rel(Relative::NamedMonth {
                month: 5,
                shift: Last,
            }),
        ),
        ("met on Tuesday with", "Tuesday", DateExpr::Weekday(Tuesday)),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn not_dates() {
    let cases = [
        "The two sides may 5 times revise the plan.",
        "May the cooperation grow.",
        "They may meet in may.",
        "Troops march on sunny roads in march",
        "June Nguyen spoke.",
        "2019 soldiers paraded",
        "the 3rd Dialogue",
        "July 32",
        "",
    ];
    for text in cases {
        assert_eq!(found(text), [], "{text}");
    }
}
