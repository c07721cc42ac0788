//! Properties over any input: no panics, spans on character boundaries,
//! resolved values in the EVENTS.md date grammar.

use attache_dates::{
    find_dates, find_dates_exhaustive, resolve, ArticleYears, DateContext, DateExpr, DayPoint,
    MonthPoint, Relative, Shift, Weekday,
};
use attache_model::Lang;
use proptest::prelude::*;
use regex::Regex;
use std::sync::OnceLock;

/// EVENTS.md §2: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `XXXX-MM-DD`, or a range
/// `START/END` of two of the same form.
fn grammar() -> &'static Regex {
    static GRAMMAR: OnceLock<Regex> = OnceLock::new();
    GRAMMAR.get_or_init(|| {
        let one = r"(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|\d{4}-(?:0[1-9]|1[0-2])|\d{4}|XXXX-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))";
        Regex::new(&format!("^{one}(?:/{one})?$")).expect("valid regex")
    })
}

fn assert_in_grammar(value: &str) {
    assert!(
        grammar().is_match(value),
        "{value:?} is not an EVENTS.md date"
    );
    if let Some((start, end)) = value.split_once('/') {
        assert_eq!(
            start.len(),
            end.len(),
            "{value:?}: range ends differ in precision"
        );
        assert!(
            start < end || start.starts_with('X'),
            "{value:?}: range runs backwards"
        );
    }
}

const WORDS: &[&str] = &[
    "le",
    "du",
    "au",
    "les",
    "et",
    "en",
    "de",
    "à",
    "entre",
    "depuis",
    "fin",
    "début",
    "mi-",
    "1er",
    "Ier",
    "1ère",
    "3",
    "8",
    "10",
    "29",
    "30",
    "31",
    "2019",
    "2020",
    "1945",
    "2100",
    "juillet",
    "août",
    "aout",
    "février",
    "décembre",
    "mai",
    "sept.",
    "mardi",
    "dimanche",
    "dernier",
    "prochain",
    "ce",
    "cette",
    "semaine",
    "mois",
    "an",
    "année",
    "l'",
    "hier",
    "aujourd'hui",
    "il",
    "y",
    "a",
    "jours",
    "trois",
    "-",
    "–",
    ",",
    ".",
    "/",
    "'",
    "on",
    "from",
    "to",
    "between",
    "and",
    "in",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "May",
    "may",
    "June",
    "July",
    "Sept.",
    "Tuesday",
    "yesterday",
    "week",
    "month",
    "year",
    "earlier",
    "days",
    "ago",
    "the",
    "of",
    "6th",
    "12/01/2023",
    "2023-01-12",
    "05/06/2024",
    "Hanoï",
    "é",
    "\u{301}",
    "\n",
    "🙂",
];

fn wordy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(WORDS),
            prop::sample::select(&[" ", "", " ", "  "][..]),
        ),
        0..16,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, sep)| format!("{w}{sep}"))
            .collect()
    })
}

/// Long texts: date words among many ordinary words, so that anchors lie
/// far apart and near each other.
fn long_text() -> impl Strategy<Value = String> {
    const FILLER: &[&str] = &[
        "le",
        "ministre",
        "a",
        "reçu",
        "la",
        "délégation",
        "de",
        "du",
        "au",
        "dans",
        "l'après-midi",
        "début",
        "fin",
        "mois",
        "d'août",
        "the",
        "minister",
        "met",
        "in",
        "on",
        "early",
        "late",
        "of",
        "en",
        "cours",
        "à",
        "partir",
        "jusqu'au",
        "entre",
        "et",
        "from",
        "to",
        ",",
        ".",
    ];
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(FILLER), 1 => prop::sample::select(WORDS)],
        0..80,
    )
    .prop_map(|words| words.join(" "))
}

fn lang() -> impl Strategy<Value = Lang> {
    prop_oneof![
        Just(Lang::Fr),
        Just(Lang::En),
        Just(Lang::Other("vi".into()))
    ]
}

fn published() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (1990i32..2030, 1u8..=12, 1u8..=31)
            .prop_map(|(y, m, d)| Some(format!("{y}-{m:02}-{d:02}"))),
        (1990i32..2030, 1u8..=12).prop_map(|(y, m)| Some(format!("{y}-{m:02}"))),
        (0i32..10_000).prop_map(|y| Some(format!("{y:04}"))),
        ".{0,12}".prop_map(Some),
    ]
}

fn article_years() -> impl Strategy<Value = ArticleYears> {
    let year = || prop_oneof![1900i32..2100, any::<i32>()];
    (
        prop::collection::vec(year(), 0..4),
        prop::collection::vec((year(), 1u8..=12), 0..3),
    )
        .prop_map(|(free, with_month)| ArticleYears {
            free,
            with_month,
            recalled: Vec::new(),
        })
}

fn weekday() -> impl Strategy<Value = Option<Weekday>> {
    prop::option::of(prop::sample::select(&Weekday::ALL[..]))
}

fn shift() -> impl Strategy<Value = Shift> {
    prop::sample::select(&[Shift::Last, Shift::This, Shift::Next][..])
}

fn any_year() -> impl Strategy<Value = Option<i32>> {
    prop::option::of(prop_oneof![1900i32..2100, any::<i32>()])
}

fn day_point() -> impl Strategy<Value = DayPoint> {
    (any_year(), any::<u8>(), any::<u8>(), weekday()).prop_map(|(year, month, day, weekday)| {
        DayPoint {
            year,
            month,
            day,
            weekday,
        }
    })
}

fn month_point() -> impl Strategy<Value = MonthPoint> {
    (any_year(), any::<u8>()).prop_map(|(year, month)| MonthPoint { year, month })
}

/// Days and months that exist, with or without a year or a weekday: the
/// expressions whose year a resolution may have to choose.
fn real_day_expr() -> impl Strategy<Value = DateExpr> {
    let point = || {
        (
            prop::option::of(1990i32..2030),
            1u8..=12,
            1u8..=28,
            weekday(),
        )
            .prop_map(|(year, month, day, weekday)| DayPoint {
                year,
                month,
                day,
                weekday,
            })
    };
    prop_oneof![
        point().prop_map(|p| DateExpr::Day {
            year: p.year,
            month: p.month,
            day: p.day,
            weekday: p.weekday,
        }),
        (point(), point()).prop_map(|(start, end)| DateExpr::DayRange { start, end }),
    ]
}

/// The years an expression writes itself.
fn written_years(expr: &DateExpr) -> Vec<i32> {
    match *expr {
        DateExpr::Day { year, .. } | DateExpr::Month { year, .. } => year.into_iter().collect(),
        DateExpr::DayRange { start, end } => start.year.into_iter().chain(end.year).collect(),
        DateExpr::MonthRange { start, end } => start.year.into_iter().chain(end.year).collect(),
        DateExpr::Year(year) => vec![year],
        DateExpr::YearRange { start, end } => vec![start, end],
        DateExpr::Relative(_) | DateExpr::Weekday(_) => Vec::new(),
    }
}

/// The years of a resolved value (`XXXX` has none).
fn years_of(value: &str) -> Vec<i32> {
    value
        .split('/')
        .filter_map(|part| part.get(..4)?.parse().ok())
        .collect()
}

/// Expressions a caller might build by hand, with out-of-range fields.
fn any_expr() -> impl Strategy<Value = DateExpr> {
    prop_oneof![
        (any_year(), any::<u8>(), any::<u8>(), weekday()).prop_map(
            |(year, month, day, weekday)| DateExpr::Day {
                year,
                month,
                day,
                weekday
            }
        ),
        (day_point(), day_point()).prop_map(|(start, end)| DateExpr::DayRange { start, end }),
        (any_year(), any::<u8>()).prop_map(|(year, month)| DateExpr::Month {
            year,
            month,
            qualifier: None
        }),
        (month_point(), month_point()).prop_map(|(start, end)| DateExpr::MonthRange { start, end }),
        any::<i32>().prop_map(DateExpr::Year),
        (any::<i32>(), any::<i32>()).prop_map(|(start, end)| DateExpr::YearRange { start, end }),
        any::<i32>().prop_map(|d| DateExpr::Relative(Relative::Days(d))),
        (any::<u8>(), shift())
            .prop_map(|(month, shift)| DateExpr::Relative(Relative::NamedMonth { month, shift })),
        (any::<u8>(), any::<u8>(), weekday(), shift()).prop_map(|(month, day, weekday, shift)| {
            DateExpr::Relative(Relative::NamedDay {
                month,
                day,
                weekday,
                shift,
            })
        }),
        shift().prop_map(|s| DateExpr::Relative(Relative::Week(s))),
        shift().prop_map(|s| DateExpr::Relative(Relative::Month(s))),
        shift().prop_map(|s| DateExpr::Relative(Relative::Year(s))),
        (prop::sample::select(&Weekday::ALL[..]), shift())
            .prop_map(|(weekday, shift)| DateExpr::Relative(Relative::Weekday { weekday, shift })),
        prop::sample::select(&Weekday::ALL[..]).prop_map(DateExpr::Weekday),
    ]
}

fn check_mentions(text: &str, lang: &Lang) {
    let mut previous_end = 0;
    for mention in find_dates(text, lang) {
        assert!(mention.start < mention.end, "empty span in {text:?}");
        assert!(text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end));
        assert!(
            mention.start >= previous_end,
            "overlapping spans in {text:?}"
        );
        previous_end = mention.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_gives_spans_on_char_boundaries(text in any::<String>(), lang in lang()) {
        check_mentions(&text, &lang);
    }

    #[test]
    fn date_like_text_gives_spans_on_char_boundaries(text in wordy_text(), lang in lang()) {
        check_mentions(&text, &lang);
    }

    #[test]
    fn skipping_positions_far_from_anchors_changes_nothing(
        text in prop_oneof![wordy_text(), long_text()],
        lang in lang(),
    ) {
        prop_assert_eq!(find_dates(&text, &lang), find_dates_exhaustive(&text, &lang));
    }

    #[test]
    fn found_dates_resolve_into_the_grammar(
        text in wordy_text(),
        lang in lang(),
        published in published(),
        years in article_years(),
    ) {
        let ctx = DateContext { published: published.as_deref(), article_years: &years };
        for mention in find_dates(&text, &lang) {
            if let Some(date) = resolve(&mention.expr, &ctx) {
                assert_in_grammar(&date.value);
            }
        }
    }

    #[test]
    fn any_expression_resolves_into_the_grammar(
        expr in any_expr(),
        published in published(),
        years in article_years(),
    ) {
        let ctx = DateContext { published: published.as_deref(), article_years: &years };
        if let Some(date) = resolve(&expr, &ctx) {
            assert_in_grammar(&date.value);
        }
    }

    /// Issue 13: without a publication date, a year the expression does not
    /// write is one the article names or the year on either side of one (a
    /// weekday's fit, a range across New Year); never a default.
    #[test]
    fn without_publication_years_come_from_the_text(
        expr in prop_oneof![any_expr(), real_day_expr()],
        years in article_years(),
    ) {
        let ctx = DateContext { published: None, article_years: &years };
        let Some(date) = resolve(&expr, &ctx) else { return Ok(()) };
        let written = written_years(&expr);
        let named = years.all();
        let near = |year: i32, anchors: &[i32]| {
            anchors.iter().any(|&a| (i64::from(a) - i64::from(year)).abs() <= 1)
        };
        let found = |year: i32| near(year, &written) || near(year, &named);
        let in_value = years_of(&date.value);
        for &year in &in_value {
            // A range's start in the year before its end's (`du 28 décembre
            // au 2 janvier`) comes from the end.
            let before_the_end = in_value.last().is_some_and(|&end| end == year + 1 && found(end));
            prop_assert!(
                found(year) || before_the_end,
                "{:?} gave {} with article years {:?}", expr, date.value, named
            );
        }
    }
}
