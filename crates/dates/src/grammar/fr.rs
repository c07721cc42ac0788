//! French date grammar: `le 6 juillet 2019`, `du 1er au 4 juillet`,
//! `en juin dernier`, `début mars`, `fin 2019`, `hier`, `mardi dernier`…
//!
//! French writes month names in lowercase but headlines capitalise them, so
//! case is ignored; accents are optional (`fevrier`, `aout`). A month name
//! alone (`mars` may be the planet) is taken only with a cue: a day, a year,
//! `en`, `début`, `dernier`…

use super::{
    checked_point, dashed_years, day_number, day_range, month_range, numeric, year, year_range,
    Matcher, RangeStart,
};
use crate::cursor::Cursor;
use crate::expr::{DateExpr, DayPoint, MonthPoint, MonthQualifier, Relative, Shift, Weekday};
use crate::lexicon::{lookup, FR_MONTHS, FR_MONTH_ABBREVIATIONS, FR_NUMBERS, FR_WEEKDAYS};

/// In order of preference when two match the same tokens.
pub const MATCHERS: &[Matcher] = &[
    days_between,
    listed_days,
    single_day,
    months_between,
    month,
    years_between,
    dashed_years,
    cued_year,
    days_from_today,
    days_ago,
    period,
    weekday_shift,
    bare_weekday,
    numeric::iso,
    numeric::day_first,
    numeric::day_range_first,
];

/// `1er`, `1ère`, `1re` and plain numbers. `3e` is left out: `le 3e
/// Dialogue` is an ordinal, not a day.
const ORDINALS: &[&str] = &["", "er", "ere", "re"];

const TENSES: &[(&str, Shift)] = &[
    ("dernier", Shift::Last),
    ("derniere", Shift::Last),
    ("passe", Shift::Last),
    ("passee", Shift::Last),
    ("prochain", Shift::Next),
    ("prochaine", Shift::Next),
];

fn day(c: &mut Cursor) -> Option<u8> {
    day_number(c, ORDINALS).or_else(|| {
        // `Ier` (roman numeral, as in `le Ier mai`) folds to `ier`.
        c.longest_phrase(&[("ier", 1), ("premier", 1)])
    })
}

fn month_name(c: &mut Cursor) -> Option<u8> {
    c.attempt(|c| {
        let (word, _) = c.word_text()?;
        if let Some(month) = lookup(FR_MONTHS, word) {
            return Some(month);
        }
        let month = lookup(FR_MONTH_ABBREVIATIONS, word)?;
        c.punct('.')?;
        Some(month)
    })
}

fn weekday(c: &mut Cursor) -> Option<Weekday> {
    c.attempt(|c| lookup(FR_WEEKDAYS, c.word_text()?.0))
}

/// Parts of the day that may sit between a weekday and what follows it
/// (`mercredi soir 18 décembre`, `mardi matin dernier`).
const DAY_PARTS: &[(&str, ())] = &[("matin", ()), ("soir", ()), ("apres-midi", ())];

/// `mardi,` or `mercredi soir` before a day-month.
fn leading_weekday(c: &mut Cursor) -> Option<Weekday> {
    c.attempt(|c| {
        let weekday = weekday(c)?;
        let _ = c.longest_phrase(DAY_PARTS);
        let _ = c.punct(',');
        Some(weekday)
    })
}

/// `[mardi] 8 septembre [2020]`.
fn point(c: &mut Cursor) -> Option<DayPoint> {
    c.attempt(|c| {
        let weekday = leading_weekday(c);
        let day = day(c)?;
        let month = month_name(c)?;
        let point = checked_point(weekday, day, month)?;
        Some(DayPoint {
            year: year(c),
            ..point
        })
    })
}

/// `le 6 juillet 2019`, `ce dimanche 5 mai`, `le 6 juillet dernier`.
fn single_day(c: &mut Cursor) -> Option<DateExpr> {
    let this = c.word("ce").is_some();
    let point = point(c)?;
    if this && point.weekday.is_none() {
        return None;
    }
    if point.year.is_none() {
        if let Some(shift) = c.longest_phrase(TENSES) {
            return Some(DateExpr::Relative(Relative::NamedDay {
                month: point.month,
                day: point.day,
                weekday: point.weekday,
                shift,
            }));
        }
    }
    Some(DateExpr::Day {
        year: point.year,
        month: point.month,
        day: point.day,
        weekday: point.weekday,
    })
}

/// `[lundi] 30 [juin [2019]]`: the start of a range.
fn range_start(c: &mut Cursor) -> Option<RangeStart> {
    c.attempt(|c| {
        let weekday = leading_weekday(c);
        let day = day(c)?;
        let month = month_name(c);
        let year = if month.is_some() { year(c) } else { None };
        Some(RangeStart {
            weekday,
            day,
            month,
            year,
        })
    })
}

/// `du 1er au 4 juillet`, `du 30 juin au 2 juillet 2019`, `entre le 3 et
/// le 5 mai`, `8-10 juin`.
fn days_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c
        .longest_phrase(&[
            ("du", false),
            ("depuis le", false),
            ("entre le", true),
            ("entre", true),
        ])
        .unwrap_or(false);
    let start = range_start(c)?;
    if between {
        c.word("et")?;
        let _ = c.word("le");
    } else {
        c.longest_phrase(&[("au", ()), ("jusqu'au", ()), ("-", ())])?;
    }
    day_range(start, point(c)?)
}

/// `les 3 et 4 mai`, `les 3, 4 et 5 mai 2019`: consecutive days read as
/// one range from the first to the last.
fn listed_days(c: &mut Cursor) -> Option<DateExpr> {
    let _ = c.word("les");
    let first = day(c)?;
    let mut previous = first;
    while let Some(next) = c.attempt(|c| {
        c.punct(',')?;
        day(c)
    }) {
        if next <= previous {
            return None;
        }
        previous = next;
    }
    c.word("et")?;
    let end = point(c)?;
    if end.day <= previous {
        return None;
    }
    let start = RangeStart {
        weekday: None,
        day: first,
        month: None,
        year: None,
    };
    day_range(start, end)
}

fn month_point(c: &mut Cursor) -> Option<MonthPoint> {
    let month = month_name(c)?;
    Some(MonthPoint {
        year: year(c),
        month,
    })
}

/// `de juin à août 2019`, `entre mars et mai`.
fn months_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c.longest_phrase(&[
        ("de", false),
        ("d'", false),
        ("depuis", false),
        ("entre", true),
    ])?;
    let start = month_point(c)?;
    if between {
        c.word("et")?;
    } else {
        c.longest_phrase(&[("a", ()), ("jusqu'a", ()), ("jusqu'en", ())])?;
    }
    month_range(start, month_point(c)?)
}

/// Words that make a following month name a date.
const MONTH_CUES: &[(&str, Option<MonthQualifier>)] = &[
    ("en", None),
    ("courant", None),
    ("depuis", None),
    ("jusqu'en", None),
    ("au mois", None),
    ("le mois", None),
    ("du mois", None),
    ("debut", Some(MonthQualifier::Early)),
    ("au debut", Some(MonthQualifier::Early)),
    ("en debut", Some(MonthQualifier::Early)),
    ("mi-", Some(MonthQualifier::Mid)),
    ("a la mi-", Some(MonthQualifier::Mid)),
    ("fin", Some(MonthQualifier::Late)),
    ("a la fin", Some(MonthQualifier::Late)),
    ("en fin", Some(MonthQualifier::Late)),
];

/// What may sit between a cue and the month: `fin de juin`, `au début du
/// mois d'août`.
const MONTH_LINKS: &[(&str, ())] = &[
    ("de", ()),
    ("d'", ()),
    ("du mois de", ()),
    ("du mois d'", ()),
];

/// `en juin`, `en juin 2018`, `début mars`, `juin 2018`, `en juin dernier`,
/// `en janvier de cette année`.
fn month(c: &mut Cursor) -> Option<DateExpr> {
    let cue = c.longest_phrase(MONTH_CUES);
    if cue.is_some() {
        let _ = c.longest_phrase(MONTH_LINKS);
    }
    let month = month_name(c)?;
    let year = year(c);
    if year.is_none() {
        let this_year = [
            ("de cette annee", Shift::This),
            ("cette annee", Shift::This),
        ];
        if let Some(shift) = c
            .longest_phrase(TENSES)
            .or_else(|| c.longest_phrase(&this_year))
        {
            // The qualifier of `fin juin dernier` is dropped: the month is
            // what resolution can give.
            return Some(DateExpr::Relative(Relative::NamedMonth { month, shift }));
        }
    }
    if cue.is_none() && year.is_none() {
        return None;
    }
    Some(DateExpr::Month {
        year,
        month,
        qualifier: cue.flatten(),
    })
}

/// `de 2016 à 2020`, `entre 2016 et 2020`.
fn years_between(c: &mut Cursor) -> Option<DateExpr> {
    let between = c.longest_phrase(&[("de", false), ("depuis", false), ("entre", true)])?;
    let start = year(c)?;
    if between {
        c.word("et")?;
    } else {
        c.longest_phrase(&[("a", ()), ("-", ()), ("jusqu'a", ()), ("jusqu'en", ())])?;
    }
    year_range(start, year(c)?)
}

const YEAR_CUES: &[(&str, ())] = &[
    ("en", ()),
    ("depuis", ()),
    ("debut", ()),
    ("au debut", ()),
    ("fin", ()),
    ("a la fin", ()),
    ("mi-", ()),
    ("courant", ()),
    ("jusqu'en", ()),
    ("d'ici", ()),
    ("avant", ()),
    ("apres", ()),
    ("a partir de", ()),
    ("l'annee", ()),
    ("annee", ()),
];

/// `en 2016`, `depuis 2016`, `fin 2019`, `début de l'année 2020`. A bare
/// four-digit number is not taken: it is as often a count as a year. `dès`
/// is not a cue because, accents being optional, it folds to the article
/// `des` (`des 2000 soldats`).
fn cued_year(c: &mut Cursor) -> Option<DateExpr> {
    c.longest_phrase(YEAR_CUES)?;
    let _ = c.longest_phrase(&[("de l'annee", ()), ("l'annee", ()), ("de", ())]);
    let start = year(c)?;
    let range = c.attempt(|c| {
        c.punct('-')?;
        year_range(start, year(c)?)
    });
    Some(range.unwrap_or(DateExpr::Year(start)))
}

const DAYS_FROM_TODAY: &[(&str, i32)] = &[
    ("avant-hier", -2),
    ("hier", -1),
    ("hier matin", -1),
    ("hier soir", -1),
    ("aujourd'hui", 0),
    ("ce matin", 0),
    ("ce soir", 0),
    ("cet apres-midi", 0),
    ("demain", 1),
    ("apres-demain", 2),
];

/// `hier`, `aujourd'hui`, `demain`.
fn days_from_today(c: &mut Cursor) -> Option<DateExpr> {
    let days = c.longest_phrase(DAYS_FROM_TODAY)?;
    Some(DateExpr::Relative(Relative::Days(days)))
}

/// `il y a trois jours`, `il y a 2 jours`.
fn days_ago(c: &mut Cursor) -> Option<DateExpr> {
    c.phrase("il y a")?;
    let count = c
        .attempt(|c| {
            let (value, digits, suffix) = c.number()?;
            let ok = digits <= 2 && suffix.is_empty();
            ok.then(|| i32::try_from(value).ok()).flatten()
        })
        .or_else(|| c.attempt(|c| lookup(FR_NUMBERS, c.word_text()?.0)))?;
    c.longest_phrase(&[("jours", ()), ("jour", ())])?;
    Some(DateExpr::Relative(Relative::Days(-count)))
}

#[derive(Clone, Copy)]
enum Unit {
    Week,
    Month,
    Year,
}

/// `la semaine dernière`, `le mois prochain`, `l'an dernier`, `cette année`,
/// `ce mois-ci`.
fn period(c: &mut Cursor) -> Option<DateExpr> {
    let this = c
        .longest_phrase(&[("ce", ()), ("cet", ()), ("cette", ())])
        .is_some();
    if !this {
        let _ = c.longest_phrase(&[("la", ()), ("le", ()), ("l'", ())]);
    }
    let unit = c.longest_phrase(&[
        ("semaine", Unit::Week),
        ("mois", Unit::Month),
        ("an", Unit::Year),
        ("annee", Unit::Year),
    ])?;
    let shift = if this {
        let _ = c.phrase("-ci");
        Shift::This
    } else {
        c.longest_phrase(TENSES)
            .or_else(|| c.phrase("en cours").map(|()| Shift::This))?
    };
    let relative = match unit {
        Unit::Week => Relative::Week(shift),
        Unit::Month => Relative::Month(shift),
        Unit::Year => Relative::Year(shift),
    };
    Some(DateExpr::Relative(relative))
}

/// `mardi dernier`, `mardi prochain`, `ce dimanche` (the coming one).
fn weekday_shift(c: &mut Cursor) -> Option<DateExpr> {
    let this = c.word("ce").is_some();
    let weekday = weekday(c)?;
    let _ = c.longest_phrase(DAY_PARTS);
    let shift = if this {
        Shift::This
    } else {
        c.longest_phrase(TENSES)?
    };
    Some(DateExpr::Relative(Relative::Weekday { weekday, shift }))
}

/// `mardi`, when nothing more specific follows.
fn bare_weekday(c: &mut Cursor) -> Option<DateExpr> {
    weekday(c).map(DateExpr::Weekday)
}

/// Words that anchor a date expression (see `find_dates`): months,
/// weekdays, small numbers written out, and the relative words of the
/// grammar.
pub fn anchor_words() -> impl Iterator<Item = &'static str> {
    const RELATIVE: &[&str] = &[
        "hier",
        "aujourd",
        "hui",
        "demain",
        "matin",
        "soir",
        "apres",
        "midi",
        "dernier",
        "derniere",
        "passe",
        "passee",
        "prochain",
        "prochaine",
        "an",
        "annee",
        "semaine",
        "mois",
        "jour",
        "jours",
        "ier",
        "premier",
        "veille",
        "lendemain",
        "debut",
        "fin",
        "mi",
    ];
    RELATIVE
        .iter()
        .copied()
        .chain(FR_MONTHS.iter().map(|(w, _)| *w))
        .chain(FR_MONTH_ABBREVIATIONS.iter().map(|(w, _)| *w))
        .chain(FR_WEEKDAYS.iter().map(|(w, _)| *w))
        .chain(FR_NUMBERS.iter().map(|(w, _)| *w))
}
