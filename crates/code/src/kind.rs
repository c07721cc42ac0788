//! The kind of act a predicate states, refined by its sentence: talks on
//! the sidelines of a gathering are a meeting at a third place (044), and
//! a ship's visit is a port call (062, EVENTS.md §3.1).

use attache_segment::{CleanText, Tokens};

use crate::modality;
use crate::triggers::TriggerHit;

/// The code of the event `hit` states in `range`, its sentence.
pub(crate) fn of_hit(
    text: &CleanText,
    tokens: &Tokens,
    hit: &TriggerHit,
    range: std::ops::Range<usize>,
) -> String {
    match hit.trigger.cameo.as_str() {
        "040" if is_sideline(text, range) => "044".to_string(),
        // A crew's courtesy call on the hosts, or a visit to come, stays a
        // visit.
        "042"
            if !hit.modality.future
                && !is_courtesy_call(&hit.trigger.pattern)
                && is_ship_before(tokens, hit.head) =>
        {
            "062".to_string()
        }
        code => code.to_string(),
    }
}

/// `en marge de`, `on the sidelines of`: a meeting at a third place (044).
pub(crate) fn is_sideline(text: &CleanText, range: std::ops::Range<usize>) -> bool {
    let sentence = text.slice(range).to_lowercase();
    sentence.contains("en marge") || sentence.contains("sidelines")
}

/// Words that name a warship, and the prefixes of navies' ship names.
const SHIPS: &[&str] = &[
    "ship",
    "warship",
    "vessel",
    "frigate",
    "destroyer",
    "corvette",
    "carrier",
    "submarine",
    "cutter",
    "navire",
    "frégate",
    "fregate",
    "destroyer",
    "porte-avions",
    "sous-marin",
    "uss",
    "ins",
    "hms",
    "hmas",
    "hmnzs",
    "js",
    "roks",
    "kri",
    "brp",
    "rss",
    "kd",
    "htms",
    "pns",
    "tcg",
];

fn is_courtesy_call(pattern: &str) -> bool {
    // (A call on a person is one too: `the commanding officer of the
    // frigate called on Rear Admiral X`.)
    pattern.contains("courtoisie") || pattern.contains("courtesy") || pattern.starts_with("call on")
}

/// How many words before a visit its subject may name the ship.
const SHIP_REACH: usize = 25;

/// Whether the words right before a visit's predicate, in its clause, name
/// a ship (`the frigate INS Tabar visited`, `deux navires indiens ont
/// effectué une visite`).
fn is_ship_before(tokens: &Tokens, head: usize) -> bool {
    // Past a comma only while no person is named after it (`après le
    // départ de la frégate, le ministre a visité`: the minister's visit).
    const PEOPLE: &[&str] = &[
        "minister",
        "ministre",
        "general",
        "president",
        "secretary",
        "ambassador",
        "ambassadeur",
        "delegation",
        "chief",
        "chef",
        "commander",
        "commandant",
        "admiral",
        "amiral",
        "he",
        "she",
        "il",
        "elle",
    ];
    let mut person = false;
    for j in (head.saturating_sub(SHIP_REACH)..head).rev() {
        let word = tokens.folded(j);
        // (`navire-hôpital`, `hospital-ship`: the compound's first part.)
        let head_word = word.split('-').next().unwrap_or(word);
        let ship =
            SHIPS.contains(&word) || SHIPS.contains(&tokens.lemma(j)) || SHIPS.contains(&head_word);
        // The first word of a line opens the clause: it is still in it
        // (`HMS Spey arrived … for a four-day visit`).
        let opens_line = tokens.get(j).is_some_and(|t| t.line_start);
        if ship && (opens_line || !modality::ends_clause(tokens, j)) {
            return true;
        }
        if modality::ends_clause(tokens, j) || (word == "," && person) {
            return false;
        }
        person |= PEOPLE.contains(&word);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Lang;

    /// Whether the words before `verb` in `text` name a ship.
    fn ship_before(text: &str, verb: &str, lang: Lang) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let tokens = Tokens::new(&chars, &lang);
        let head = (0..tokens.len())
            .find(|&i| tokens.folded(i) == verb)
            .expect("the verb is in the text");
        is_ship_before(&tokens, head)
    }

    #[test]
    fn a_ship_names_the_visitor_unless_a_person_follows_the_comma() {
        assert!(ship_before(
            "The frigate INS Tabar visited Cam Ranh.",
            "visited",
            Lang::En
        ));
        assert!(ship_before(
            "La frégate Tabar, avec à son bord cent marins, a visité Da Nang.",
            "visite",
            Lang::Fr
        ));
        assert!(!ship_before(
            "Après le départ de la frégate, le ministre a visité Da Nang.",
            "visite",
            Lang::Fr
        ));
        assert!(!ship_before(
            "The minister visited the frigate.",
            "visited",
            Lang::En
        ));
        assert!(!ship_before(
            "The ship left. The minister visited Hanoi.",
            "visited",
            Lang::En
        ));
        // A ship's prefix that opens the text or a line still names it.
        assert!(ship_before(
            "HMS Tamar arrived at Da Nang for a visit.",
            "visit",
            Lang::En
        ));
        assert!(ship_before(
            "Port call\nHMS Tamar arrived at Da Nang for a visit.",
            "visit",
            Lang::En
        ));
        assert!(!ship_before(
            "The frigate sailed home.\nThe minister arrived in Da Nang for a visit.",
            "visit",
            Lang::En
        ));
    }
}
