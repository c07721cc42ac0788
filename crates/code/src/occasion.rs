//! The numbered occasion a document is about: `the 15th India–Vietnam
//! Defence Policy Dialogue`, `le 2e Échange d'amitié`, `la 38e patrouille
//! conjointe`. Reports of one pair that name the same round of the same
//! mechanism tell one story, whatever their dates, wording or language: the
//! dedup stage takes that as evidence where dates alone cannot decide (a
//! report with no date, or no year).
//!
//! Only the first occasion a document names counts: the ones after it are
//! usually the earlier rounds it recalls (`le 14e Dialogue s'était tenu à
//! New Delhi`). A visit is not an occasion: `his second visit` is one
//! person's count, not a round of a mechanism.

use std::fmt;

use crate::regex;

/// A round of a recurring mechanism: its number and the kind of mechanism,
/// the same word in either language (`dialogue`, `exchange`, `patrol`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occasion {
    pub number: u32,
    pub kind: &'static str,
}

impl fmt::Display for Occasion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.number, self.kind)
    }
}

/// Words (folded) that stand between an ordinal and its noun at most: the
/// English names pile up before the noun (`15th India–Vietnam Defence
/// Policy Dialogue`), the French ones follow it.
const MAX_WORDS_BEFORE_NOUN: usize = 8;

/// Mechanism nouns (folded, singular or plural) and the kind each names.
const MECHANISMS: &[(&str, &str)] = &[
    ("dialogue", "dialogue"),
    ("dialogues", "dialogue"),
    ("exchange", "exchange"),
    ("exchanges", "exchange"),
    ("echange", "exchange"),
    ("echanges", "exchange"),
    ("consultation", "consultation"),
    ("consultations", "consultation"),
    ("meeting", "meeting"),
    ("meetings", "meeting"),
    ("reunion", "meeting"),
    ("rencontre", "meeting"),
    ("session", "session"),
    ("conference", "conference"),
    ("patrol", "patrol"),
    ("patrols", "patrol"),
    ("patrouille", "patrol"),
    ("patrouilles", "patrol"),
    ("exercise", "exercise"),
    ("exercice", "exercise"),
    ("summit", "summit"),
    ("sommet", "summit"),
    ("forum", "forum"),
    ("talks", "talks"),
    ("pourparlers", "talks"),
];

/// Words that end the search for a noun: the ordinal counts something else
/// (`the first time`, `le 1er janvier`, `the 50th anniversary`) or the
/// phrase has moved on (`the second of the...`).
const STOPS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "was",
    "time",
    "times",
    "day",
    "days",
    "week",
    "month",
    "months",
    "year",
    "years",
    "anniversary",
    "le",
    "la",
    "les",
    "l",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d",
    "au",
    "aux",
    "en",
    "sur",
    "pour",
    "par",
    "avec",
    "dans",
    "fois",
    "jour",
    "jours",
    "semaine",
    "mois",
    "an",
    "ans",
    "annee",
    "annees",
    "anniversaire",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Ordinals written as words (folded).
const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("premier", 1),
    ("premiere", 1),
    ("second", 2),
    ("seconde", 2),
    ("deuxieme", 2),
    ("third", 3),
    ("troisieme", 3),
    ("fourth", 4),
    ("quatrieme", 4),
    ("fifth", 5),
    ("cinquieme", 5),
    ("sixth", 6),
    ("sixieme", 6),
    ("seventh", 7),
    ("septieme", 7),
    ("eighth", 8),
    ("huitieme", 8),
    ("ninth", 9),
    ("neuvieme", 9),
    ("tenth", 10),
    ("dixieme", 10),
];

/// `15th`, `2nd`, `2e`, `1er`, `1re`, `3eme` (folded).
fn numbered_ordinal(word: &str) -> Option<u32> {
    regex!(r"^([0-9]{1,3})(?:st|nd|rd|th|e|er|re|ere|eme)$")
        .captures(word)?
        .get(1)?
        .as_str()
        .parse()
        .ok()
}

fn ordinal(word: &str) -> Option<u32> {
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        numbered_ordinal(word).filter(|&n| n > 0)
    } else {
        ORDINAL_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, n)| n)
    }
}

fn mechanism(word: &str) -> Option<&'static str> {
    MECHANISMS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, kind)| kind)
}

/// The first numbered occasion `text` names, if any.
pub fn first_occasion(text: &str) -> Option<Occasion> {
    let folded = attache_lexicon::fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, word)| {
        let number = ordinal(word)?;
        words[i + 1..]
            .iter()
            .take(MAX_WORDS_BEFORE_NOUN)
            .take_while(|w| !STOPS.contains(w))
            .find_map(|w| mechanism(w))
            .map(|kind| Occasion { number, kind })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occasion(text: &str) -> Option<String> {
        first_occasion(text).map(|o| o.to_string())
    }

    #[test]
    fn numbered_rounds_in_either_language() {
        let cases = [
            (
                "Hanoi hosted the 12th Vietnam–Korea Defence Policy Dialogue on Monday.",
                "12 dialogue",
            ),
            (
                "Le 3e Échange d'amitié de la défense frontalière s'est ouvert.",
                "3 exchange",
            ),
            (
                "the third Việt Nam-Cambodia border defence friendship exchange",
                "3 exchange",
            ),
            (
                "ont participé à la 41e patrouille conjointe dans le golfe",
                "41 patrol",
            ),
            ("La 1re réunion du Comité mixte a eu lieu.", "1 meeting"),
            (
                "le premier dialogue stratégique au niveau des vice-ministres",
                "1 dialogue",
            ),
            ("the 7th round-table session", "7 session"),
        ];
        for (text, expected) in cases {
            assert_eq!(occasion(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn the_first_occasion_named_is_the_one() {
        let text = "Lors du 8e Dialogue sur la politique de défense... Le 7e Dialogue s'était tenu à Séoul.";
        assert_eq!(occasion(text).as_deref(), Some("8 dialogue"));
    }

    #[test]
    fn ordinals_of_other_things_are_not_occasions() {
        for text in [
            "This is the first time a joint patrol has been held in these waters.",
            "le 1er janvier, une réunion a eu lieu",
            "towards the 50th anniversary of diplomatic ties and the dialogue",
            "Se réjouissant de sa deuxième visite au Vietnam",
            "the second largest partner of the country, whose exercise",
            "Les deux parties ont tenu un dialogue.",
        ] {
            assert_eq!(occasion(text), None, "{text}");
        }
    }
}
