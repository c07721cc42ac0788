//! What the text says of a mechanism or a deployment beyond the event's
//! fields: the mechanism's name and session number (`the 15th Defence
//! Policy Dialogue`, `le 15e Dialogue sur la politique de défense`), the
//! units and numbers of people sent to a peacekeeping mission.

use std::sync::OnceLock;

use regex::Regex;

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("a valid pattern"))
}

/// An English mechanism name: words in title case (and `of`, `the`, `on`,
/// `and`, `for`) ending with a mechanism noun, after an optional ordinal.
fn english_name() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i:\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s+)?(?P<name>(?:(?:[A-Z][\w'’–-]*|of|the|on|and|for)\s+){0,8}?(?:Dialogue|Consultations?|Meeting|Talks|Exchange|Conference|Committee|Commission|Forum|Session)s?)\b",
    )
}

/// A French mechanism name: a mechanism noun and what follows it up to a
/// comma, a stop or a word that ends the name, after an optional ordinal.
fn french_name() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i:\b(?:(?P<n>\d{1,3})(?:e|è|ème|eme|er|ère|re)|(?P<w>première|premier|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième|vingtième))\s+)?(?P<name>(?:Dialogue|Consultations?|Réunion|Session|Conférence|Échange|Comité|Commission|Forum|Rencontre)\b[^,.;:()«»\n]{0,90})",
    )
}

/// Words after which a French name has ended (a place, a date, a verb).
const FRENCH_NAME_ENDS: &[&str] = &[
    " entre ",
    " à ",
    " au ",
    " aux ",
    " le ",
    " les ",
    " a ",
    " ont ",
    " s'",
    " qui ",
    " tenu",
    " organisé",
    " dans ",
    " en présence",
    " sous ",
    " du ",
    " ce ",
    " cette ",
    " et a ",
    " avec ",
    " co-présid",
    " coprésid",
];

/// The mechanism a sentence names: its name and, when given, its session.
pub fn mechanism(text: &str) -> Option<(Option<u32>, String)> {
    let english = english_name().captures_iter(text).find(|c| {
        let name = &c["name"];
        // A name of at least two words, unless numbered (`the 3rd Dialogue`).
        c.name("n").is_some() || c.name("w").is_some() || name.split_whitespace().count() >= 2
    });
    let french = french_name().captures(text);
    let (caps, is_french) = match (english, french) {
        (Some(e), Some(f)) if f.get(0)?.start() < e.get(0)?.start() => (f, true),
        (Some(e), _) => (e, false),
        (None, Some(f)) => (f, true),
        (None, None) => return None,
    };
    let mut name = caps["name"].trim().to_string();
    if is_french {
        let end = FRENCH_NAME_ENDS
            .iter()
            .filter_map(|w| name.find(w))
            .min()
            .unwrap_or(name.len());
        name.truncate(end);
    }
    let name = name
        .trim_start_matches(|c: char| c.is_lowercase() || c.is_whitespace())
        .trim()
        .to_string();
    let session = match (caps.name("n"), caps.name("w")) {
        (Some(n), _) => n.as_str().parse().ok(),
        (None, Some(w)) => ordinal_word(w.as_str()),
        _ => None,
    };
    (!name.is_empty()).then_some((session, name))
}

/// An ordinal written as a word (`fifteenth`, `troisième`, `premier`).
fn ordinal_word(word: &str) -> Option<u32> {
    const EN: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    const FR: [&str; 20] = [
        "premier",
        "deuxième",
        "troisième",
        "quatrième",
        "cinquième",
        "sixième",
        "septième",
        "huitième",
        "neuvième",
        "dixième",
        "onzième",
        "douzième",
        "treizième",
        "quatorzième",
        "quinzième",
        "seizième",
        "dix-septième",
        "dix-huitième",
        "dix-neuvième",
        "vingtième",
    ];
    let word = word.to_lowercase();
    let word = match word.as_str() {
        "première" => "premier",
        "second" | "seconde" => "deuxième",
        w => w,
    };
    EN.iter()
        .position(|w| *w == word)
        .or_else(|| FR.iter().position(|w| *w == word))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn personnel_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i)\b(\d{1,3}(?:[ ,.\u{a0}]\d{3})*|\d+)\s+((?:officiers?|officers?|militaires|soldats|soldiers|troops|personnel|peacekeepers|casques bleus|médecins|doctors|ingénieurs|engineers|membres|members|hommes|staff)\b)",
    )
}

fn unit_regex() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i)\b(level[- ]\d field hospital|field hospital(?: level[- ]?\d)?|hôpital de campagne(?: de niveau \d)?|engineering (?:unit|company|team|contingent)|(?:unité|équipe|compagnie) (?:du|de) génie)",
    )
}

/// Units and numbers of people a sentence about a deployment states.
pub fn deployment(text: &str) -> (Vec<String>, Vec<String>) {
    let mut units: Vec<String> = Vec::new();
    for m in unit_regex().find_iter(text) {
        let unit = m.as_str().to_string();
        if !units.iter().any(|u| u.eq_ignore_ascii_case(&unit)) {
            units.push(unit);
        }
    }
    let personnel = personnel_regex()
        .captures_iter(text)
        .map(|c| format!("{} {}", &c[1], &c[2]))
        .collect();
    (units, personnel)
}

/// The sentence of `text` that holds `evidence` (the evidence itself when
/// the text does not hold it).
pub fn sentence_around<'t>(text: &'t str, evidence: &'t str) -> &'t str {
    let Some(at) = text.find(evidence) else {
        return evidence;
    };
    let is_end = |c: char| matches!(c, '\n' | '.' | '!' | '?');
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_end(c) && text[i + c.len_utf8()..].starts_with(char::is_whitespace))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let after = at + evidence.len();
    let end = text[after..]
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || (is_end(c)
                    && text[after + i + 1..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace))
        })
        .map_or(text.len(), |(i, c)| after + i + c.len_utf8());
    text[start..end].trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mechanisms_with_their_session() {
        let cases = [
            (
                "The two sides co-chaired the 15th Vietnam–India Defence Policy Dialogue in Hanoi.",
                Some(15),
                "Vietnam–India Defence Policy Dialogue",
            ),
            (
                "Ils ont coprésidé le 15e Dialogue sur la politique de défense Vietnam-Inde à Hanoï.",
                Some(15),
                "Dialogue sur la politique de défense Vietnam-Inde",
            ),
            (
                "la 3e Consultation politique de défense entre les deux ministères",
                Some(3),
                "Consultation politique de défense",
            ),
            ("held the Strategic Defence Dialogue on Monday", None, "Strategic Defence Dialogue"),
            (
                "the fifteenth Defence Policy Dialogue was held in Canberra",
                Some(15),
                "Defence Policy Dialogue",
            ),
            (
                "la troisième Consultation politique de défense entre les deux pays",
                Some(3),
                "Consultation politique de défense",
            ),
        ];
        for (text, session, name) in cases {
            assert_eq!(mechanism(text), Some((session, name.to_string())), "{text}");
        }
        assert_eq!(mechanism("They talked about the weather."), None);
    }

    #[test]
    fn deployments_with_their_units_and_numbers() {
        let (units, personnel) = deployment(
            "Vietnam sent its Level-2 Field Hospital No. 6 with 63 officers and staff to UNMISS.",
        );
        assert_eq!(units, ["Level-2 Field Hospital"]);
        assert_eq!(personnel, ["63 officers"]);
        let (units, personnel) =
            deployment("l'équipe du génie, forte de 184 militaires, a rejoint la FISNUA");
        assert_eq!(units, ["équipe du génie"]);
        assert_eq!(personnel, ["184 militaires"]);
    }

    #[test]
    fn the_sentence_around_the_evidence() {
        let text = "Premier point. Le 15e Dialogue a eu lieu à Hanoï. Autre chose.";
        assert_eq!(
            sentence_around(text, "15e Dialogue"),
            "Le 15e Dialogue a eu lieu à Hanoï."
        );
        assert_eq!(sentence_around(text, "absent"), "absent");
    }
}
