//! French expressions found in sentences written for these tests.

use attache_dates::{
    find_dates, DateExpr, DayPoint, MonthPoint, MonthQualifier, Relative, Shift, Weekday,
};
use attache_model::Lang;

fn found(text: &str) -> Vec<(&str, DateExpr)> {
    find_dates(text, &Lang::Fr)
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
    use Weekday::*;
    let cases = [
        (
            "La délégation est arrivée le 6 juillet à Vientiane.",
            "6 juillet",
            day(None, 7, 6, None),
        ),
        (
            "Signé le 6 juillet 2019 à Phnom Penh.",
            "6 juillet 2019",
            day(Some(2019), 7, 6, None),
        ),
        (
            "Hanoï, mardi, 8 septembre (VNA) - Le général",
            "mardi, 8 septembre",
            day(None, 9, 8, Some(Tuesday)),
        ),
        (
            "Le mardi 8 septembre 2020, les deux ministres",
            "mardi 8 septembre 2020",
            day(Some(2020), 9, 8, Some(Tuesday)),
        ),
        (
            "La réunion du 1er juillet a permis",
            "1er juillet",
            day(None, 7, 1, None),
        ),
        (
            "La cérémonie du 1ère juillet",
            "1ère juillet",
            day(None, 7, 1, None),
        ),
        ("Le Ier mai, les troupes", "Ier mai", day(None, 5, 1, None)),
        (
            "Dans l'après-midi du 27 décembre, il a visité",
            "27 décembre",
            day(None, 12, 27, None),
        ),
        (
            "dans la matinée du 5 mai, le vice-ministre",
            "5 mai",
            day(None, 5, 5, None),
        ),
        (
            "Ce dimanche 5 mai, la frégate accostera",
            "Ce dimanche 5 mai",
            day(None, 5, 5, Some(Sunday)),
        ),
        (
            "jeudi 10 octobre, au siège du ministère",
            "jeudi 10 octobre",
            day(None, 10, 10, Some(Thursday)),
        ),
        (
            "rencontre prévue le 3 fevrier",
            "3 fevrier",
            day(None, 2, 3, None),
        ),
        ("le 15 aout, à Hué", "15 aout", day(None, 8, 15, None)),
        (
            "LE 14 FÉVRIER 2021",
            "14 FÉVRIER 2021",
            day(Some(2021), 2, 14, None),
        ),
        (
            "le 2 sept. 1945 à Ba Dinh",
            "2 sept. 1945",
            day(Some(1945), 9, 2, None),
        ),
        (
            "le 29 février 2024",
            "29 février 2024",
            day(Some(2024), 2, 29, None),
        ),
        (
            "Publié le 12/01/2023 à 10h",
            "12/01/2023",
            day(Some(2023), 1, 12, None),
        ),
        (
            "version du 2023-01-12",
            "2023-01-12",
            day(Some(2023), 1, 12, None),
        ),
        ("le 12.01.2023", "12.01.2023", day(Some(2023), 1, 12, None)),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn ranges_of_days() {
    let cases = [
        (
            "L'exercice se déroule du 1er au 4 juillet.",
            "du 1er au 4 juillet",
            range(point(None, 7, 1), point(None, 7, 4)),
        ),
        (
            "du 30 juin au 2 juillet 2019 à Bangkok",
            "du 30 juin au 2 juillet 2019",
            range(point(None, 6, 30), point(Some(2019), 7, 2)),
        ),
        (
            "les 3 et 4 mai derniers",
            "les 3 et 4 mai",
            range(point(None, 5, 3), point(None, 5, 4)),
        ),
        (
            "les 3, 4 et 5 mai 2022",
            "les 3, 4 et 5 mai 2022",
            range(point(None, 5, 3), point(Some(2022), 5, 5)),
        ),
        (
            "entre le 3 et le 5 mai",
            "entre le 3 et le 5 mai",
            range(point(None, 5, 3), point(None, 5, 5)),
        ),
        (
            "les 8-10 juin",
            "8-10 juin",
            range(point(None, 6, 8), point(None, 6, 10)),
        ),
        (
            "Escale à Cam Ranh (01-05/03/2022)",
            "01-05/03/2022",
            range(point(Some(2022), 3, 1), point(Some(2022), 3, 5)),
        ),
        (
            "du 28 décembre 2019 au 2 janvier 2020",
            "du 28 décembre 2019 au 2 janvier 2020",
            range(point(Some(2019), 12, 28), point(Some(2020), 1, 2)),
        ),
        (
            "du lundi 1er au jeudi 4 juillet",
            "du lundi 1er au jeudi 4 juillet",
            range(
                DayPoint {
                    weekday: Some(Weekday::Monday),
                    ..point(None, 7, 1)
                },
                DayPoint {
                    weekday: Some(Weekday::Thursday),
                    ..point(None, 7, 4)
                },
            ),
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
        ("en juin, les deux armées", "en juin", month(None, 6, None)),
        (
            "en juin 2018, le ministre",
            "en juin 2018",
            month(Some(2018), 6, None),
        ),
        (
            "signé en mars 2019",
            "en mars 2019",
            month(Some(2019), 3, None),
        ),
        (
            "début mars, la marine",
            "début mars",
            month(None, 3, Some(Early)),
        ),
        ("à la mi-juin", "à la mi-juin", month(None, 6, Some(Mid))),
        (
            "fin août 2020",
            "fin août 2020",
            month(Some(2020), 8, Some(Late)),
        ),
        (
            "au début du mois d'avril",
            "au début du mois d'avril",
            month(None, 4, Some(Early)),
        ),
        ("au mois de mai", "au mois de mai", month(None, 5, None)),
        ("fin 2019, les deux pays", "fin 2019", DateExpr::Year(2019)),
        ("en 2016, le Vietnam", "en 2016", DateExpr::Year(2016)),
        (
            "depuis 2016, la coopération",
            "depuis 2016",
            DateExpr::Year(2016),
        ),
        (
            "le plan 2021-2025",
            "2021-2025",
            DateExpr::YearRange {
                start: 2021,
                end: 2025,
            },
        ),
        (
            "de 2016 à 2020",
            "de 2016 à 2020",
            DateExpr::YearRange {
                start: 2016,
                end: 2020,
            },
        ),
        (
            "de juin à août 2019",
            "de juin à août 2019",
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
            "Le ministre a déclaré hier que",
            "hier",
            rel(Relative::Days(-1)),
        ),
        ("aujourd'hui à Hanoï", "aujourd'hui", rel(Relative::Days(0))),
        ("aujourd’hui à Hanoï", "aujourd’hui", rel(Relative::Days(0))),
        (
            "La visite commence demain.",
            "demain",
            rel(Relative::Days(1)),
        ),
        ("avant-hier soir", "avant-hier", rel(Relative::Days(-2))),
        (
            "il y a trois jours",
            "il y a trois jours",
            rel(Relative::Days(-3)),
        ),
        (
            "mardi dernier, à Hanoï",
            "mardi dernier",
            rel(Relative::Weekday {
                weekday: Tuesday,
                shift: Last,
            }),
        ),
        (
            "mardi prochain",
            "mardi prochain",
            rel(Relative::Weekday {
                weekday: Tuesday,
                shift: Next,
            }),
        ),
        (
            "ce dimanche, la délégation",
            "ce dimanche",
            rel(Relative::Weekday {
                weekday: Sunday,
                shift: This,
            }),
        ),
        (
            "la semaine dernière",
            "la semaine dernière",
            rel(Relative::Week(Last)),
        ),
        ("cette semaine", "cette semaine", rel(Relative::Week(This))),
        (
            "le mois prochain",
            "le mois prochain",
            rel(Relative::Month(Next)),
        ),
        (
            "au cours du mois dernier",
            "mois dernier",
            rel(Relative::Month(Last)),
        ),
        ("l'an dernier", "l'an dernier", rel(Relative::Year(Last))),
        (
            "l'année prochaine",
            "l'année prochaine",
            rel(Relative::Year(Next)),
        ),
        ("cette année", "cette année", rel(Relative::Year(This))),
        (
            "en juin dernier",
            "en juin dernier",
            rel(Relative::NamedMonth {
                month: 6,
                shift: Last,
            }),
        ),
        (
            "le 6 juillet dernier",
            "6 juillet dernier",
            rel(Relative::NamedDay {
                month: 7,
                day: 6,
                weekday: None,
                shift: Last,
            }),
        ),
        (
            "Mercredi, le président a reçu",
            "Mercredi",
            DateExpr::Weekday(Wednesday),
        ),
    ];
    for (text, span, expr) in cases {
        assert_eq!(found(text), [(span, expr)], "{text}");
    }
}

#[test]
fn not_dates() {
    let cases = [
        "La sonde est arrivée sur mars.",
        "le 3e Dialogue politique",
        "le 32 juillet",
        "le 30 février",
        "des 2000 soldats",
        "2019 soldats ont défilé",
        "le sept mai",
        "les 12 et 14 pays",
        "12/1",
        "3 sept soldats",
        "",
    ];
    for text in cases {
        assert_eq!(found(text), [], "{text}");
    }
}

#[test]
fn several_in_one_sentence() {
    let text = "Après l'accord signé le 6 juillet 2019, les ministres se sont revus en juin dernier et hier.";
    let spans: Vec<&str> = found(text).into_iter().map(|(s, _)| s).collect();
    assert_eq!(spans, ["6 juillet 2019", "en juin dernier", "hier"]);
}
