//! Years written anywhere in a text, the fallback context for day-months
//! that name none.

use crate::lexicon::{lookup, EN_MONTHS, FR_MONTHS};
use crate::token::{tokenize, Kind, Token};

/// The years an article names, by what they can date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleYears {
    /// Years named alone (`en 2019`, `le Dialogue 2024`): any day-month of
    /// the article may fall in them. Sorted, without repeats.
    pub free: Vec<i32>,
    /// Years named with a month (`en septembre 2018`, `le 3 mars 2018`) and
    /// not alone, with the earliest month they come with. Such a year dates
    /// something the article recalls, and the news follows what it recalls:
    /// a day-month earlier in the year than that month is not in it (the
    /// visit of 1–4 July is not in 2018 when `la visite en septembre 2018`
    /// is recalled). Sorted, one entry per year.
    pub with_month: Vec<(i32, u8)>,
    /// Years that date an act the article recalls as done (`En 2013, les
    /// deux ministères ont signé un mémorandum`, `Débuté en 1993,
    /// l'exercice a été baptisé en 2001`, `In 2013 the two sides signed`),
    /// with the byte range of their sentence. The news comes after what it
    /// recalls, in that year or any later one, so such a year dates only a
    /// day-month of its own sentence ([`ArticleYears::at`]).
    pub recalled: Vec<(i32, std::ops::Range<usize>)>,
}

impl ArticleYears {
    /// Every year named, however it was named: the anchors a weekday's year
    /// is sought near.
    pub fn all(&self) -> Vec<i32> {
        let mut all: Vec<i32> = self.free.clone();
        all.extend(self.with_month.iter().map(|(y, _)| *y));
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The years that can date an expression starting at byte `offset`:
    /// the free and month years, and the recalled years of the sentence
    /// holding `offset` (taken as free there).
    pub fn at(&self, offset: usize) -> ArticleYears {
        let mut years = ArticleYears {
            free: self.free.clone(),
            with_month: self.with_month.clone(),
            recalled: Vec::new(),
        };
        let own = self
            .recalled
            .iter()
            .filter(|(_, sentence)| sentence.contains(&offset));
        for (year, _) in own {
            if let Err(at) = years.free.binary_search(year) {
                years.free.insert(at, *year);
            }
        }
        years
            .with_month
            .retain(|(y, _)| years.free.binary_search(y).is_err());
        years
    }

    /// The years that can hold a date in `month`, latest first.
    pub fn holding(&self, month: u8) -> Vec<i32> {
        let mut years: Vec<i32> = self.free.clone();
        years.extend(
            self.with_month
                .iter()
                .filter(|(_, from)| *from <= month)
                .map(|(y, _)| *y),
        );
        years.sort_unstable_by(|a, b| b.cmp(a));
        years.dedup();
        years
    }
}

impl From<&[i32]> for ArticleYears {
    /// Years all named alone.
    fn from(years: &[i32]) -> ArticleYears {
        let mut free = years.to_vec();
        free.sort_unstable();
        free.dedup();
        ArticleYears {
            free,
            with_month: Vec::new(),
            recalled: Vec::new(),
        }
    }
}

/// Years the text may name: four-digit numbers from 1900 to 2100 standing
/// alone. A count such as `2000 soldats` is taken too: telling it from a
/// year needs the grammar, and a stray year only matters when nothing
/// better resolves a date.
///
/// Left out: a year the text looks towards (`vers 2030`, `à l'horizon 2045`,
/// `d'ici 2030`, `towards the Year 2030`, `by 2030`), a horizon rather than
/// a time the article's events took place; and a year the text looks back
/// from (`depuis la mise en place du partenariat en 2013`, `since 1975`),
/// the start of a period the news comes after; and the end of a short
/// period (`le mandat 2026-2031`), a plan's or a term's horizon. (A long
/// period's end, `1960-2025`, often is the present year: it stays.)
///
/// A year set by `en`/`in` in a sentence that narrates an act as done is
/// *recalled* (see [`ArticleYears::recalled`]).
pub fn years_in(text: &str) -> ArticleYears {
    years_in_tokens(text, &tokenize(text))
}

/// [`years_in`] over the tokens of `text` already made.
pub(crate) fn years_in_tokens(text: &str, tokens: &[Token]) -> ArticleYears {
    let mut free = Vec::new();
    let mut with_month: Vec<(i32, u8)> = Vec::new();
    let mut recalled: Vec<(i32, std::ops::Range<usize>)> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Kind::Num {
            value,
            digits: 4,
            suffix,
        } = &token.kind
        else {
            continue;
        };
        if !suffix.is_empty() || !(1900..=2100).contains(value) {
            continue;
        }
        let before = &tokens[..i];
        if is_horizon(before) || is_looked_back_from(before) || ends_a_short_period(before, *value)
        {
            continue;
        }
        let Ok(year) = i32::try_from(*value) else {
            continue;
        };
        match month_before(before) {
            Some(month) => with_month.push((year, month)),
            None if matches!(word(before, 1), Some("en" | "in")) => {
                let sentence = sentence_around(tokens, i);
                let range = tokens[sentence.start].start..tokens[sentence.end - 1].end;
                if narrates_done_act(text, &tokens[clause_around(tokens, i, sentence)]) {
                    recalled.push((year, range));
                } else {
                    free.push(year);
                }
            }
            None => free.push(year),
        }
    }
    free.sort_unstable();
    free.dedup();
    // A year also named freely elsewhere is free everywhere.
    recalled.retain(|(year, _)| free.binary_search(year).is_err());
    // One entry per year, with its earliest month; none for a year also
    // named alone.
    with_month.sort_unstable();
    with_month.dedup_by_key(|(year, _)| *year);
    with_month.retain(|(year, _)| free.binary_search(year).is_err());
    ArticleYears {
        free,
        with_month,
        recalled,
    }
}

/// The token range of the sentence holding token `i`: from after the last
/// `.`, `!`, `?` or `;` before it to the next one, included.
fn sentence_around(tokens: &[Token], i: usize) -> std::ops::Range<usize> {
    let ends = |t: &Token| matches!(t.kind, Kind::Punct('.' | '!' | '?' | ';'));
    let start = tokens[..i].iter().rposition(ends).map_or(0, |e| e + 1);
    let end = tokens[i..]
        .iter()
        .position(ends)
        .map_or(tokens.len(), |e| i + e + 1);
    start..end
}

/// How many tokens on either side of a year its clause is read over.
const CLAUSE_REACH: usize = 12;

/// The tokens of the clause around token `i` within `sentence`: up to
/// [`CLAUSE_REACH`] tokens each way, cut where another clause opens (`a
/// affirmé qu'il ferait … en 2019`: the year is the promise's, not the
/// statement's).
fn clause_around(
    tokens: &[Token],
    i: usize,
    sentence: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    const OPENERS: &[&str] = &[
        "que", "qu", "qui", "dont", "pour", "afin", "that", "which", "who", "to",
    ];
    let opens =
        |t: &Token| matches!(&t.kind, Kind::Word { folded, .. } if OPENERS.contains(&&**folded));
    let from = i.saturating_sub(CLAUSE_REACH).max(sentence.start);
    let to = (i + 1 + CLAUSE_REACH).min(sentence.end);
    let start = tokens[from..i]
        .iter()
        .rposition(opens)
        .map_or(from, |k| from + k + 1);
    let end = tokens[i..to].iter().position(opens).map_or(to, |k| i + k);
    start..end
}

/// French auxiliaries of a compound past (`a`, never `à`, so the text as
/// written is read, not the folded word), and English past auxiliaries.
const PAST_AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "eut", "eurent", "est", "sont", "était", "étaient", "fut",
    "furent", "has", "have", "had", "was", "were",
];

/// English simple pasts that do not end in `-ed`.
const IRREGULAR_PASTS: &[&str] = &[
    "signed", "held", "met", "began", "took", "became", "sent", "led", "made", "gave", "saw",
    "built", "sold", "bought", "brought", "won", "set", "paid", "struck", "went", "came",
];

/// Whether the clause tells an act as done: a compound past (an
/// auxiliary followed, within two words, by a past participle, `ont
/// signé`, `a été baptisé`, `had agreed`), a sentence opened by a
/// participle (`Débuté en 1993, …`), or an English simple past
/// (`signed`, `held`; a lowercase word in `-ed`).
fn narrates_done_act(text: &str, clause: &[Token]) -> bool {
    let written = |t: &Token| text.get(t.start..t.end).unwrap_or("");
    let words: Vec<&str> = clause
        .iter()
        .filter(|t| matches!(t.kind, Kind::Word { .. }))
        .map(written)
        .collect();
    let compound = words.iter().enumerate().any(|(k, w)| {
        PAST_AUXILIARIES.contains(&w.to_lowercase().as_str())
            && words[k + 1..].iter().take(3).any(|p| is_participle(p))
    });
    let opened_by_participle = words.first().is_some_and(|w| is_participle(w));
    let simple_past = words.iter().any(|w| {
        let lower = w.to_lowercase();
        w.chars().next().is_some_and(char::is_lowercase)
            && ((lower.len() > 4 && lower.ends_with("ed"))
                || IRREGULAR_PASTS.contains(&lower.as_str()))
    });
    compound || opened_by_participle || simple_past
}

/// A French past participle by its ending (`signé`, `tenues`, `conclu`,
/// `mis`, `ouvert`, `atteint`), or an English one (`agreed`, `been`,
/// `signed`).
fn is_participle(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "é", "ée", "és", "ées", "u", "ue", "us", "ues", "is", "ise", "it", "ite", "ert", "erte",
        "eint", "aint", "ed", "been",
    ];
    let lower = word.to_lowercase();
    lower.chars().count() > 2 && ENDINGS.iter().any(|e| lower.ends_with(e))
}

fn word<'a>(tokens: &'a [Token<'_>], k: usize) -> Option<&'a str> {
    match tokens.len().checked_sub(k).map(|i| &tokens[i].kind) {
        Some(Kind::Word { folded, .. }) => Some(&**folded),
        _ => None,
    }
}

/// Whether the tokens just before a year make it a horizon.
fn is_horizon(before: &[Token]) -> bool {
    const LOOKING_TOWARDS: &[&str] = &[
        "vers", "horizon", "ici", "towards", "toward", "by", "until", "till", "year", "vision",
    ];
    // The word right before (`vers 2030`, `Year 2030`), or `jusqu'en 2030`.
    word(before, 1).is_some_and(|w| LOOKING_TOWARDS.contains(&w))
        || (word(before, 2) == Some("jusqu") && matches!(word(before, 1), Some("en" | "a" | "au")))
}

/// The longest period whose end is a horizon: a plan or a term.
const SHORT_PERIOD_YEARS: u32 = 10;

/// Whether the year ends a short period (`le mandat 2026-2031`, `le
/// programme 2025-2028`): a plan or a term running into the future, whose
/// end is a horizon (its start stays). A long period (`1960-2025`, 65 years
/// of relations) ends at the present year and keeps its end.
fn ends_a_short_period(before: &[Token], end: u32) -> bool {
    let n = before.len();
    if n < 2 || !matches!(before[n - 1].kind, Kind::Punct('-')) {
        return false;
    }
    matches!(
        &before[n - 2].kind,
        Kind::Num { value, digits: 4, .. } if *value < end && end - value <= SHORT_PERIOD_YEARS
    )
}

/// How many tokens back a `depuis` / `since` may open the phrase a year
/// ends.
const LOOK_BACK_TOKENS: usize = 10;

/// Whether the year ends a phrase opened by `depuis` or `since`, with no
/// punctuation between.
fn is_looked_back_from(before: &[Token]) -> bool {
    before
        .iter()
        .rev()
        .take(LOOK_BACK_TOKENS)
        .take_while(|t| !matches!(t.kind, Kind::Punct(_)))
        .any(|t| matches!(&t.kind, Kind::Word { folded, .. } if folded == "depuis" || folded == "since"))
}

/// The month right before a year (`septembre 2018`, `3 mars 2018`), in
/// French or English (English capitalised).
fn month_before(before: &[Token]) -> Option<u8> {
    match before.last().map(|t| &t.kind) {
        Some(Kind::Word {
            folded,
            capitalized,
        }) => lookup(FR_MONTHS, folded)
            .or_else(|| capitalized.then(|| lookup(EN_MONTHS, folded)).flatten()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_by_case() {
        let cases: &[(&str, &[i32])] = &[
            ("En 2016, puis en 2019 et de nouveau en 2016.", &[2016, 2019]),
            ("le 12/01/2023 et 2023-01-12", &[2023]),
            ("1899, 2101, 20190, 19 ou 2019e", &[]),
            (
                "Signée en 2022, la vision commune vers 2030 et la stratégie à l'horizon 2045, d'ici 2035",
                &[2022],
            ),
            ("a joint vision statement towards the Year 2030, signed in 2022", &[2022]),
            ("65 ans de relations (1960-2025)", &[1960, 2025]),
            ("élus pour le mandat 2026-2031", &[2026]),
            ("the defence cooperation programme for 2025 - 2028", &[2025]),
            (
                "depuis la mise en place de leur partenariat stratégique en 2013. En 2019, ",
                &[2019],
            ),
            ("Since 1975, and since the treaty was signed in 1978; in 2020", &[2020]),
            ("", &[]),
        ];
        for (text, years) in cases {
            // Recalled or free: here only which years are named matters.
            let found = years_in(text);
            let mut named: Vec<i32> = found.recalled.iter().map(|(y, _)| *y).collect();
            named.extend(&found.free);
            named.sort_unstable();
            assert_eq!(named, *years, "{text}");
        }
    }

    #[test]
    fn years_named_with_a_month_by_case() {
        type Case<'a> = (&'a str, &'a [i32], &'a [(i32, u8)]);
        let cases: &[Case] = &[
            (
                "lors de la visite en septembre 2018 en France",
                &[],
                &[(2018, 9)],
            ),
            (
                "signé le 3 mars 2011 puis en octobre 2011",
                &[],
                &[(2011, 3)],
            ),
            ("en mars 2011, puis en 2011", &[2011], &[]),
            ("the MoU signed in September 2011", &[], &[(2011, 9)]),
            // English month names are capitalised: `may` is a verb.
            ("it may 2020 be", &[2020], &[]),
        ];
        for (text, free, with_month) in cases {
            let years = years_in(text);
            assert_eq!(years.free, *free, "{text}");
            assert_eq!(years.with_month, *with_month, "{text}");
        }
    }

    #[test]
    fn years_of_recalled_acts_by_case() {
        // (text, recalled years, free years)
        let cases: &[(&str, &[i32], &[i32])] = &[
            (
                "En 2013, les deux ministères ont signé un mémorandum.",
                &[2013],
                &[],
            ),
            (
                "Débuté en 1993, l'exercice se tient chaque année.",
                &[1993],
                &[],
            ),
            ("La rencontre s'est tenue en 2019 à Hanoï.", &[2019], &[]),
            ("In 2013 the two sides signed a memorandum.", &[2013], &[]),
            ("The exercise was first held in 2001.", &[2001], &[]),
            // Not done: a plan, a future, a year not set by `en`/`in`.
            (
                "En 2024, les deux armées organiseront trois exercices.",
                &[],
                &[2024],
            ),
            ("In 2025 the two navies will hold a drill.", &[], &[2025]),
            ("Le Dialogue 2022 a été organisé à Hanoï.", &[], &[2022]),
            // The year of what is promised, not of the statement.
            (
                "L'attaché a assuré qu'il s'efforcerait de développer les échanges en 2019.",
                &[],
                &[2019],
            ),
            // `à` is no auxiliary: the text as written is read.
            (
                "Il participe à la réunion en 2024 à Vientiane.",
                &[],
                &[2024],
            ),
            // A year also named freely is free everywhere.
            (
                "En 2013, ils ont signé un accord. Le plan 2013 est prêt.",
                &[],
                &[2013],
            ),
        ];
        for (text, recalled, free) in cases {
            let years = years_in(text);
            let got: Vec<i32> = years.recalled.iter().map(|(y, _)| *y).collect();
            assert_eq!(
                (got.as_slice(), years.free.as_slice()),
                (*recalled, *free),
                "{text}"
            );
        }
    }

    #[test]
    fn a_recalled_year_dates_its_own_sentence_only() {
        let text = "Le 2 mars, visite. En 2013, ils ont signé le 5 mai un accord.";
        let years = years_in(text);
        assert_eq!(
            years.at(text.find("2 mars").unwrap()).free,
            Vec::<i32>::new()
        );
        assert_eq!(years.at(text.find("5 mai").unwrap()).free, vec![2013]);
    }

    #[test]
    fn a_year_named_with_a_month_holds_that_month_and_later_ones() {
        let years = years_in("en 2015, puis la visite en septembre 2018");
        assert_eq!(years.holding(7), vec![2015]);
        assert_eq!(years.holding(9), vec![2018, 2015]);
        assert_eq!(years.all(), vec![2015, 2018]);
    }
}
