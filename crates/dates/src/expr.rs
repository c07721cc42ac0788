//! What a date expression says, before it is resolved against a context.

use serde::Serialize;

/// A date expression found in text; byte offsets into the text given.
///
/// The span covers the words that carry the date and the prepositions that
/// change its meaning (`du … au`, `entre … et`, `en juin`, `depuis 2016`,
/// `ce dimanche`, `last Tuesday`); an article or preposition that only
/// introduces a single day (`le 6 juillet`, `on July 6`) is left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub expr: DateExpr,
}

/// Days of the week, Monday first (ISO 8601).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Days since Monday: Monday is 0, Sunday 6.
    pub fn days_from_monday(self) -> u8 {
        match self {
            Weekday::Monday => 0,
            Weekday::Tuesday => 1,
            Weekday::Wednesday => 2,
            Weekday::Thursday => 3,
            Weekday::Friday => 4,
            Weekday::Saturday => 5,
            Weekday::Sunday => 6,
        }
    }
}

/// `début`/`early`, `mi-`/`mid`, `fin`/`late` before a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthQualifier {
    Early,
    Mid,
    Late,
}

/// Which occurrence a relative expression points to, seen from the
/// publication date: `dernier`/`last`, `ce`/`this`, `prochain`/`next`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    Last,
    This,
    Next,
}

/// One end of a range of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DayPoint {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
    pub weekday: Option<Weekday>,
}

/// One end of a range of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct MonthPoint {
    pub year: Option<i32>,
    pub month: u8,
}

/// An expression whose value depends on when the text was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relative {
    /// Days from the publication date: `hier` is -1, `aujourd'hui` 0,
    /// `demain` 1, `il y a trois jours` -3.
    Days(i32),
    /// `mardi dernier`, `ce dimanche`, `next Tuesday`.
    Weekday { weekday: Weekday, shift: Shift },
    /// `la semaine dernière`, `this week`.
    Week(Shift),
    /// `le mois prochain`, `earlier this month`.
    Month(Shift),
    /// `l'an dernier`, `this year`.
    Year(Shift),
    /// `en juin dernier`, `last June`.
    NamedMonth { month: u8, shift: Shift },
    /// `le 6 juillet dernier`: a day-month whose year is fixed by the tense.
    NamedDay {
        month: u8,
        day: u8,
        weekday: Option<Weekday>,
        shift: Shift,
    },
}

/// What the words say, before resolution (fields are `None` when not said).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateExpr {
    /// `le 6 juillet 2019`, `mardi 8 septembre`, `July 6`, `12/01/2023`.
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
        weekday: Option<Weekday>,
    },
    /// `du 1er au 4 juillet`, `les 3 et 4 mai`, `June 8-10`. A missing
    /// start month or year is left `None` here and inferred on resolution.
    DayRange {
        start: DayPoint,
        end: DayPoint,
    },
    /// `en juin 2018`, `début mars`, `in June`.
    Month {
        year: Option<i32>,
        month: u8,
        qualifier: Option<MonthQualifier>,
    },
    /// `de juin à août 2019`, `from June to August`.
    MonthRange {
        start: MonthPoint,
        end: MonthPoint,
    },
    /// `en 2016`, `depuis 2016`, `fin 2019`, `in 2016`.
    Year(i32),
    /// `de 2016 à 2020`, `2021-2025`.
    YearRange {
        start: i32,
        end: i32,
    },
    Relative(Relative),
    /// A bare weekday: `mardi`, `on Tuesday`.
    Weekday(Weekday),
}
