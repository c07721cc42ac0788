//! The whole span of a stay or a meeting that the article tells over
//! several sentences (EVENTS.md §3.1: one interaction, one event).
//!
//! A report dates an arrival or an opening (`a jeté l'ancre le 1er mars`,
//! `s'est ouverte le 22 juin`) and says elsewhere how long it lasts: the
//! span of the stay (`durant son séjour du 15 au 19 novembre`), its length
//! (`sa visite de cinq jours`), or the day it ends (`quittera le Vietnam le
//! 9 mars`, `se clôtura le 23 juin`, `will leave on March 9`). The visit,
//! port call or meeting dated by its first day then takes the whole span.

use crate::regex;
use crate::when::{self, Dates};
use attache_model::DateSpan;
use attache_segment::CleanText;
use regex::Regex;

/// What the article says of how long a stay or a meeting lasts.
#[derive(Debug, Default)]
pub struct StayBounds {
    /// Spans stated for a stay: `du 15 au 19 novembre` in a sentence about
    /// a stay.
    spans: Vec<DateSpan>,
    /// Days a stay ends on (a departure) or a meeting closes on.
    ends: Vec<(DateSpan, Ending)>,
    /// A length in days stated for a stay anywhere in the article, with
    /// the day it starts on when its sentence dates it (`arrived on Tuesday
    /// for a five-day visit`): then only what starts that day lasts it.
    length: Option<(i64, Option<DateSpan>)>,
}

/// The longest stay or meeting a stated end may close: beyond it the end
/// belongs to something else the article tells.
const MAX_STAY_DAYS: i64 = 15;

/// How a stay or a meeting ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// The visitors leave (`quittera`, `a repris la mer`, `left`): the end
    /// of a visit or a port call, not of the meetings held during it.
    Departure,
    /// It closes (`se clôtura`, `prendra fin`, `concluded`): a meeting or
    /// a visit.
    Closing,
}

/// Codes of a stay: visits, receptions of visitors, carried-out
/// cooperation such as port calls. A departure or a stay's length ends them.
fn is_stay(cameo: &str) -> bool {
    matches!(cameo, "042" | "043") || cameo.starts_with("06")
}

/// Codes of a stay or a meeting: a closing ends them.
fn is_stay_or_meeting(cameo: &str) -> bool {
    is_stay(cameo) || matches!(cameo, "040" | "046")
}

/// `words` as whole words, case aside. The edges are characters that are
/// not letters or digits rather than `\b`: a Unicode word boundary sends
/// the regex engine to its slow path on accented text, and these patterns
/// run on every sentence.
fn bounded(words: &str) -> String {
    format!(r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{words})(?:[^\p{{L}}\p{{N}}]|$)")
}

/// Nouns of a stay (`séjour`, `escale`, `visit`), whose sentence's range is
/// the stay's span.
fn stay_noun() -> &'static Regex {
    regex!(&bounded(
        "séjour|escale|visite|tournée|voyage|déplacement|stay|port call|visit|tour|trip",
    ))
}

/// Verbs that end a stay or a meeting: a departure (`quittera`, `a repris
/// la mer`, `left`) or a closing (`se clôtura`, `s'achèvera`, `prendra
/// fin`, `concluded`).
fn departure_verb() -> &'static Regex {
    regex!(&bounded(
        r"quitt(?:e|era|ait|é|ent|eront)|(?:repris|reprendra|reprendront) la mer|appareill\w*|left|leaves|will leave|depart(?:s|ed)?|will depart",
    ))
}

fn closing_verb() -> &'static Regex {
    regex!(&bounded(
        r"(?:se |s'|s’)(?:clôtur|achèv|achev|termin)\w*|(?:prend|prendra|a pris|prendront) fin|concluded|concludes|will conclude|wrapped up|closed|will close|ended|will end",
    ))
}

impl StayBounds {
    pub fn find(text: &CleanText, dates: &Dates) -> StayBounds {
        let mut bounds = StayBounds::default();
        for sentence in 0..text.sentence_count() {
            let range = text.sentence_range(sentence);
            let words = text.slice(range.clone());
            let has_stay = stay_noun().is_match(&words);
            let days: Vec<(usize, DateSpan)> = dates
                .fine_in(range.clone())
                .filter_map(|(at, value)| Some((at, DateSpan::parse(value)?)))
                .collect();
            if has_stay && bounds.length.is_none() {
                let mut single = days.iter().map(|(_, s)| *s).filter(DateSpan::is_day);
                let start = single.next().filter(|_| single.next().is_none());
                bounds.length = when::stated_length(&words).map(|n| (n, start));
            }
            if has_stay {
                bounds
                    .spans
                    .extend(days.iter().map(|(_, s)| *s).filter(|s| !s.is_day()));
            }
            // The single day nearest each ending verb of the sentence (a
            // sentence without one has no ending to look for).
            if !days.iter().any(|(_, s)| s.is_day()) {
                continue;
            }
            let verbs = departure_verb()
                .find_iter(&words)
                .map(|m| (m, Ending::Departure))
                .chain(
                    closing_verb()
                        .find_iter(&words)
                        .map(|m| (m, Ending::Closing)),
                );
            for (verb, ending) in verbs {
                let at = range.start + words[..verb.start()].chars().count();
                let nearest = days
                    .iter()
                    .filter(|(_, s)| s.is_day())
                    .min_by_key(|(p, _)| p.abs_diff(at));
                if let Some((_, day)) = nearest {
                    bounds.ends.push((*day, ending));
                }
            }
        }
        bounds
    }

    /// The span of a stay or meeting of code `cameo` dated by its first day
    /// `date`, when the article states how it ends; `None` to keep `date`.
    pub fn span_from(&self, cameo: &str, date: &str) -> Option<String> {
        if !is_stay_or_meeting(cameo) {
            return None;
        }
        let stay = is_stay(cameo);
        let first = DateSpan::parse(date).filter(DateSpan::is_day)?.first;
        let ignore = first.year.is_none();
        let fits = |span: &DateSpan| {
            span.year_unknown() == ignore
                && span.first == first
                && (2..=MAX_STAY_DAYS).contains(&span.days())
        };
        if let Some(span) = self.spans.iter().find(|s| stay && fits(s)) {
            return Some(format_span(span));
        }
        let ended = self
            .ends
            .iter()
            .filter(|(_, ending)| stay || *ending == Ending::Closing)
            .map(|(end, _)| DateSpan {
                first,
                last: end.last,
            });
        if let Some(span) = ended.filter(|s| fits(s)).min_by_key(DateSpan::days) {
            return Some(format_span(&span));
        }
        let (length, start) = self
            .length
            .filter(|(n, _)| stay && (2..=MAX_STAY_DAYS).contains(n))?;
        if start.is_some_and(|start| start.first != first) {
            return None;
        }
        when::with_length(date, length)
    }
}

fn format_span(span: &DateSpan) -> String {
    format!("{}/{}", span.first, span.last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::{Document, Lang};

    fn bounds(text: &str, published: Option<&str>) -> StayBounds {
        let doc = Document {
            id: "t".into(),
            url: None,
            source: None,
            lang: if text.contains(" the ") {
                Lang::En
            } else {
                Lang::Fr
            },
            title: None,
            published: published.map(Into::into),
            text: text.into(),
        };
        let clean = CleanText::new(text);
        StayBounds::find(&clean, &Dates::new(&doc, text))
    }

    #[test]
    fn stays_by_case() {
        let published = Some("2022-03-10");
        let cases: &[(&str, &str, &str, Option<&str>)] = &[
            (
                "La frégate a mouillé le 1er mars au port. Durant son séjour du 1er au 5 mars, l'équipage visitera la ville.",
                "062",
                "2022-03-01",
                Some("2022-03-01/2022-03-05"),
            ),
            (
                "La frégate a mouillé le 1er mars au port. Durant sa visite de cinq jours, l'équipage rencontrera les autorités.",
                "062",
                "2022-03-01",
                Some("2022-03-01/2022-03-05"),
            ),
            (
                "Le porte-avions est arrivé le 5 mars. Le groupe quittera le pays le 9 mars.",
                "062",
                "2022-03-05",
                Some("2022-03-05/2022-03-09"),
            ),
            (
                "La réunion s'est ouverte le 2 mars à Hanoï. Elle se clôturera le 3 mars.",
                "040",
                "2022-03-02",
                Some("2022-03-02/2022-03-03"),
            ),
            (
                "The minister began an official visit to Russia on March 3. The seven-day trip aims to strengthen ties.",
                "042",
                "2022-03-03",
                Some("2022-03-03/2022-03-09"),
            ),
            (
                "The carrier arrived on March 5. The group will leave the country on March 9.",
                "062",
                "2022-03-05",
                Some("2022-03-05/2022-03-09"),
            ),
            // An end before the first day, or far after it, is another story.
            (
                "Le ministre est arrivé le 5 mars. Son prédécesseur avait quitté le pays le 2 mars.",
                "042",
                "2022-03-05",
                None,
            ),
            (
                "Le ministre est arrivé le 1er mars. Le navire quittera le port le 28 mars.",
                "042",
                "2022-03-01",
                None,
            ),
            // A statement is not a stay; a meeting during a visit is not
            // the visit; a day inside the stay keeps its day.
            (
                "Le ministre est arrivé mardi 1er mars pour une visite de trois jours. Le 1er mars, il a rencontré le Premier ministre.",
                "040",
                "2022-03-01",
                None,
            ),
            (
                "Le 1er mars, le ministre a rencontré son homologue. Il quittera le pays le 3 mars.",
                "040",
                "2022-03-01",
                None,
            ),
            (
                "Le navire est arrivé le 1er mars. Il quittera le port le 5 mars.",
                "051",
                "2022-03-01",
                None,
            ),
            (
                "Le 3 mars, le ministre a reçu le commandant. Durant son séjour du 1er au 5 mars, l'équipage visitera la ville.",
                "043",
                "2022-03-03",
                None,
            ),
            // A length whose sentence dates the stay's first day lasts
            // from that day only: a reception the day after is one day.
            (
                "The cutter arrived on March 1 for a four-day goodwill visit. On March 2, the admiral received its captain.",
                "043",
                "2022-03-02",
                None,
            ),
            (
                "Le patrouilleur est arrivé le 1er mars pour une escale de quatre jours. Le 2 mars, l'amiral a reçu son commandant.",
                "062",
                "2022-03-01",
                Some("2022-03-01/2022-03-04"),
            ),
            // A span already stated stays as it is.
            (
                "Le navire est arrivé le 1er mars. Il quittera le port le 5 mars.",
                "062",
                "2022-03-01/2022-03-02",
                None,
            ),
        ];
        for (text, cameo, date, expected) in cases {
            let got = bounds(text, published).span_from(cameo, date);
            assert_eq!(got.as_deref(), *expected, "{text}");
        }
    }

    #[test]
    fn unknown_years_stay_unknown() {
        let text = "La 16e réunion s'est ouverte le 22 juin à Phnom Penh. La réunion se clôtura le 23 juin.";
        let got = bounds(text, None).span_from("040", "XXXX-06-22");
        assert_eq!(got.as_deref(), Some("XXXX-06-22/XXXX-06-23"));
    }
}
