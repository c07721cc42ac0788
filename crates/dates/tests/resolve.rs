//! Expressions found in test sentences, resolved against a context.

use attache_dates::{find_dates, resolve, ArticleYears, DateContext, Resolution};
use attache_model::Lang;

struct Case {
    lang: Lang,
    text: &'static str,
    published: Option<&'static str>,
    years: &'static [i32],
    expected: Option<(&'static str, Resolution)>,
}

fn fr(text: &'static str, published: Option<&'static str>, years: &'static [i32]) -> Case {
    Case {
        lang: Lang::Fr,
        text,
        published,
        years,
        expected: None,
    }
}

fn en(text: &'static str, published: Option<&'static str>, years: &'static [i32]) -> Case {
    Case {
        lang: Lang::En,
        ..fr(text, published, years)
    }
}

impl Case {
    fn gives(self, value: &'static str, method: Resolution) -> Case {
        Case {
            expected: Some((value, method)),
            ..self
        }
    }
}

fn check(cases: Vec<Case>) {
    for case in cases {
        let mentions = find_dates(case.text, &case.lang);
        assert_eq!(
            mentions.len(),
            1,
            "one mention in {:?}: {mentions:?}",
            case.text
        );
        let years = ArticleYears::from(case.years);
        let ctx = DateContext {
            published: case.published,
            article_years: &years,
        };
        let got = resolve(&mentions[0].expr, &ctx).map(|r| (r.value, r.method));
        let expected = case.expected.map(|(v, m)| (v.to_string(), m));
        assert_eq!(
            got, expected,
            "{:?} published {:?} years {:?}",
            case.text, case.published, case.years
        );
    }
}

#[test]
fn written_years_are_explicit() {
    use Resolution::Explicit;
    let published = Some("2021-05-01");
    check(vec![
        fr("le 6 juillet 2019", published, &[]).gives("2019-07-06", Explicit),
        fr("du 30 juin au 2 juillet 2019", published, &[]).gives("2019-06-30/2019-07-02", Explicit),
        fr("du 28 décembre au 2 janvier 2020", published, &[])
            .gives("2019-12-28/2020-01-02", Explicit),
        fr("en juin 2018", published, &[]).gives("2018-06", Explicit),
        fr("de juin à août 2019", published, &[]).gives("2019-06/2019-08", Explicit),
        fr("de novembre à février 2020", published, &[]).gives("2019-11/2020-02", Explicit),
        fr("en 2016", published, &[]).gives("2016", Explicit),
        fr("fin 2019", published, &[]).gives("2019", Explicit),
        fr("de 2016 à 2020", published, &[]).gives("2016/2020", Explicit),
        fr("le 12/01/2023", published, &[]).gives("2023-01-12", Explicit),
        en("July 6, 2019", published, &[]).gives("2019-07-06", Explicit),
        en("in June 2018", published, &[]).gives("2018-06", Explicit),
        fr("le 29 février 2019", published, &[]),
    ]);
}

#[test]
fn day_months_take_the_year_nearest_the_publication() {
    use Resolution::Published;
    check(vec![
        fr("le 28 décembre", Some("2020-01-03"), &[2015]).gives("2019-12-28", Published),
        fr("le 10 janvier", Some("2020-01-03"), &[]).gives("2020-01-10", Published),
        // Up to about two months ahead: an announced visit.
        fr("le 15 février", Some("2020-01-03"), &[]).gives("2020-02-15", Published),
        fr("le 15 mars", Some("2020-01-03"), &[]).gives("2019-03-15", Published),
        fr("le 28 décembre", Some("2020-01"), &[]).gives("2019-12-28", Published),
        fr("le 6 juillet", Some("2019"), &[]).gives("2019-07-06", Published),
        fr("du 1er au 4 juillet", Some("2019-07-05"), &[])
            .gives("2019-07-01/2019-07-04", Published),
        fr("les 3 et 4 mai", Some("2022-05-10"), &[]).gives("2022-05-03/2022-05-04", Published),
        fr("du 28 décembre au 2 janvier", Some("2020-01-10"), &[])
            .gives("2019-12-28/2020-01-02", Published),
        fr("le 6 juillet dernier", Some("2020-07-03"), &[]).gives("2019-07-06", Published),
        fr("le 6 juillet prochain", Some("2020-07-08"), &[]).gives("2021-07-06", Published),
        en("from June 30 to July 2", Some("2019-07-10"), &[])
            .gives("2019-06-30/2019-07-02", Published),
        en("on July 6", Some("2019-07-10"), &[]).gives("2019-07-06", Published),
    ]);
}

#[test]
fn months_take_the_year_nearest_the_publication() {
    use Resolution::Published;
    check(vec![
        fr("en juin", Some("2020-01-03"), &[]).gives("2019-06", Published),
        fr("en juin", Some("2020-05-03"), &[]).gives("2020-06", Published),
        fr("début mars", Some("2020-03-20"), &[]).gives("2020-03", Published),
        fr("en juin dernier", Some("2020-07-03"), &[]).gives("2020-06", Published),
        fr("en juin dernier", Some("2020-03-01"), &[]).gives("2019-06", Published),
        en("last June", Some("2020-09-10"), &[]).gives("2020-06", Published),
        en("in November this year", Some("2020-09-10"), &[]).gives("2020-11", Published),
        en("early March", Some("2020-02"), &[]).gives("2020-03", Published),
    ]);
}

#[test]
fn relative_expressions_count_from_the_publication() {
    use Resolution::Published;
    // 2020-09-10 is a Thursday.
    let thursday = Some("2020-09-10");
    check(vec![
        fr("hier", Some("2020-01-01"), &[]).gives("2019-12-31", Published),
        fr("aujourd'hui", Some("2020-01-01"), &[]).gives("2020-01-01", Published),
        fr("aujourd'hui", Some("2020-01"), &[]).gives("2020-01", Published),
        // Publication month only: a day near it is taken to fall in it.
        fr("hier", Some("2020-01"), &[]).gives("2020-01", Published),
        fr("lundi", Some("2023-09"), &[]).gives("2023-09", Published),
        fr("mardi dernier", Some("2023-09"), &[]).gives("2023-09", Published),
        fr("la semaine dernière", Some("2023"), &[]).gives("2023", Published),
        fr("il y a 20 jours", Some("2023-09"), &[]),
        fr("demain", Some("2020-02-28"), &[]).gives("2020-02-29", Published),
        fr("mardi dernier", thursday, &[]).gives("2020-09-08", Published),
        fr("mardi dernier", Some("2020-09-08"), &[]).gives("2020-09-01", Published),
        fr("mardi prochain", Some("2020-09-08"), &[]).gives("2020-09-15", Published),
        fr("ce dimanche", thursday, &[]).gives("2020-09-13", Published),
        fr("ce dimanche", Some("2020-09-13"), &[]).gives("2020-09-13", Published),
        fr("mercredi", thursday, &[]).gives("2020-09-09", Published),
        fr("jeudi", thursday, &[]).gives("2020-09-10", Published),
        fr("la semaine dernière", thursday, &[]).gives("2020-08-31/2020-09-06", Published),
        fr("cette semaine", thursday, &[]).gives("2020-09-07/2020-09-13", Published),
        fr("le mois dernier", Some("2020-01-15"), &[]).gives("2019-12", Published),
        fr("le mois dernier", Some("2020-01"), &[]).gives("2019-12", Published),
        fr("le mois prochain", Some("2020-12-15"), &[]).gives("2021-01", Published),
        fr("l'an dernier", Some("2020"), &[]).gives("2019", Published),
        fr("il y a trois jours", Some("2020-03-02"), &[]).gives("2020-02-28", Published),
        en("yesterday", thursday, &[]).gives("2020-09-09", Published),
        en("last week", thursday, &[]).gives("2020-08-31/2020-09-06", Published),
        en("last Tuesday", thursday, &[]).gives("2020-09-08", Published),
        en("earlier this month", thursday, &[]).gives("2020-09", Published),
        en("last year", thursday, &[]).gives("2019", Published),
        // Without a publication date nothing anchors them.
        fr("la semaine dernière", None, &[2020]),
        fr("mardi dernier", None, &[2020]),
        fr("mardi", None, &[2020]),
        en("last year", None, &[2020]),
    ]);
}

#[test]
fn weekday_and_day_fix_the_year() {
    use Resolution::{UnknownYear, Weekday};
    check(vec![
        // 2021-09-08 is a Wednesday; the Tuesday is the year before.
        fr("mardi 8 septembre", Some("2021-03-01"), &[]).gives("2020-09-08", Weekday),
        fr("mardi 8 septembre", None, &[2020]).gives("2020-09-08", Weekday),
        fr("mardi 8 septembre", None, &[2021]).gives("2020-09-08", Weekday),
        // Tuesdays 8 September: 2015 and 2020, neither named nor next to
        // 2018: the weekday says the day is not in 2018.
        fr("mardi 8 septembre", None, &[2018]).gives("XXXX-09-08", UnknownYear),
        // No article year, no publication: many years fit, none is taken.
        fr("jeudi 10 octobre", None, &[]).gives("XXXX-10-10", UnknownYear),
        // A weekday that fits none of the years around the publication
        // leaves the publication's choice.
        fr("lundi 8 septembre", Some("2020-09-10"), &[]).gives("2020-09-08", Resolution::Published),
        fr("mardi 6 juillet dernier", Some("2021-09-10"), &[])
            .gives("2021-07-06", Resolution::Weekday),
        fr("du lundi 1er au jeudi 4 juillet", None, &[2019])
            .gives("2019-07-01/2019-07-04", Weekday),
        en("on Tuesday, September 8", None, &[2021]).gives("2020-09-08", Weekday),
    ]);
}

#[test]
fn article_years_and_unknown_years() {
    use Resolution::{ArticleYear, UnknownYear};
    check(vec![
        fr("le 6 juillet", None, &[2015, 2019]).gives("2019-07-06", ArticleYear),
        fr("en juin", None, &[2016]).gives("2016-06", ArticleYear),
        fr("le 29 février", None, &[2019, 2020, 2021]).gives("2020-02-29", ArticleYear),
        fr("en juin dernier", None, &[2016]).gives("2016-06", ArticleYear),
        fr("le 6 juillet", None, &[]).gives("XXXX-07-06", UnknownYear),
        fr("le 6 juillet", Some("n/a"), &[]).gives("XXXX-07-06", UnknownYear),
        fr("du 1er au 4 juillet", None, &[]).gives("XXXX-07-01/XXXX-07-04", UnknownYear),
        // EVENTS.md has no `XXXX-MM`: a month of unknown year is its days.
        fr("en juin", None, &[]).gives("XXXX-06-01/XXXX-06-30", UnknownYear),
        en("in February", None, &[]).gives("XXXX-02-01/XXXX-02-29", UnknownYear),
    ]);
}

/// A year named with a month dates what the article recalls: it holds a
/// day-month or a month of the news only from that month on.
#[test]
fn years_named_with_a_month_hold_only_later_months() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // `la visite en septembre 2018` recalled: a July visit is later.
        (
            "du 1er au 4 juillet",
            "lors de la visite en septembre 2018",
            Some("XXXX-07-01/XXXX-07-04"),
        ),
        (
            "le 11 janvier",
            "le mémorandum signé en septembre 2011",
            Some("XXXX-01-11"),
        ),
        (
            "le 20 octobre",
            "le mémorandum signé en septembre 2011",
            Some("2011-10-20"),
        ),
        (
            "le 11 janvier",
            "signé en septembre 2011 ; en 2012",
            Some("2012-01-11"),
        ),
        (
            "on March 5",
            "after the visit in October 2017",
            Some("XXXX-03-05"),
        ),
        (
            "en juin",
            "la visite en septembre 2018",
            Some("XXXX-06-01/XXXX-06-30"),
        ),
        ("en octobre", "la visite en septembre 2018", Some("2018-10")),
        (
            "le 18 septembre",
            "depuis le partenariat établi en 2013",
            Some("XXXX-09-18"),
        ),
    ];
    for (expression, context, expected) in cases {
        let lang = if expression.starts_with("on ") {
            Lang::En
        } else {
            Lang::Fr
        };
        let years = attache_dates::years_in(context);
        let ctx = DateContext {
            published: None,
            article_years: &years,
        };
        let mentions = find_dates(expression, &lang);
        assert_eq!(mentions.len(), 1, "{expression}");
        let got = resolve(&mentions[0].expr, &ctx).map(|r| r.value);
        assert_eq!(got.as_deref(), *expected, "{expression} with {context}");
    }
}
