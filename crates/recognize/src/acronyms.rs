//! Acronyms a text defines: `the Royal Malaysian Navy (RMN)`, `les Forces
//! armées de Côte d'Ivoire (FACI)`. Written again alone (`RMN received two
//! ships`), the acronym is the body it stands for, with its country.

use std::collections::HashMap;
use std::sync::LazyLock;

use attache_model::{Actor, Mention, MentionKind};
use attache_segment::CleanText;
use regex::Regex;

/// `(RMN)`, `(TNI-AL)`, `(FAMa)`: capitals, digits and hyphens, a few small
/// letters among them, in brackets right after a name.
static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\((\p{Lu}[\p{Lu}\p{N}\-]*\p{Ll}{0,2}[\p{Lu}\p{N}]*)\)").expect("valid pattern")
});

/// The shortest and longest acronym read: two letters (`AL`) are too often
/// something else; ten is plenty.
const LENGTH: std::ops::RangeInclusive<usize> = 2..=10;

/// How many acronyms a text may define (each is looked for over the whole
/// text: a hostile one defining thousands would make it quadratic).
const MAX_ACRONYMS: usize = 32;

/// Mentions of the acronyms that `mentions` define, where the text writes
/// them again and no mention is there already.
pub fn mentions(text: &CleanText, mentions: &[Mention]) -> Vec<Mention> {
    let mut defined: HashMap<String, (usize, Vec<Actor>, MentionKind)> = HashMap::new();
    for m in mentions.iter().filter(|m| {
        matches!(m.kind, MentionKind::Institution | MentionKind::Organisation)
            && m.actors.iter().any(|a| a.party().is_some())
    }) {
        let rest: String = text.chars[m.clean_end..(m.clean_end + 16).min(text.chars.len())]
            .iter()
            .collect();
        if defined.len() >= MAX_ACRONYMS {
            break;
        }
        if let Some(caps) = DEFINITION.captures(&rest) {
            let acronym = caps[1].to_string();
            if LENGTH.contains(&acronym.chars().count())
                && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2
            {
                defined
                    .entry(acronym)
                    .or_insert((m.clean_end, m.actors.clone(), m.kind));
            }
        }
    }
    if defined.is_empty() {
        return Vec::new();
    }
    let taken: Vec<std::ops::Range<usize>> = mentions
        .iter()
        .map(|m| m.clean_start..m.clean_end)
        .collect();
    let mut found = Vec::new();
    for (acronym, (defined_at, actors, kind)) in &defined {
        let length = acronym.chars().count();
        let first = acronym.chars().next().unwrap_or(' ');
        for start in (*defined_at..text.chars.len().saturating_sub(length - 1))
            .filter(|&i| text.chars[i] == first)
        {
            let end = start + length;
            let word_edge = |c: Option<&char>| c.is_none_or(|c| !c.is_alphanumeric() && *c != '-');
            if text.chars[start..end].iter().copied().ne(acronym.chars())
                || !word_edge(start.checked_sub(1).and_then(|p| text.chars.get(p)))
                || !word_edge(text.chars.get(end))
                // (The definition itself, in its brackets.)
                || text.chars.get(start.wrapping_sub(1)) == Some(&'(')
                || taken.iter().any(|t| t.start < end && start < t.end)
            {
                continue;
            }
            found.push(Mention {
                start: 0,
                end: 0,
                text: acronym.clone(),
                kind: *kind,
                actors: actors.clone(),
                how: "acronym".into(),
                clean_start: start,
                clean_end: end,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn institution(text: &CleanText, surface: &str, country: &str) -> Mention {
        let start = text
            .string
            .find(surface)
            .map(|b| text.string[..b].chars().count())
            .unwrap();
        Mention {
            start: 0,
            end: 0,
            text: surface.into(),
            kind: MentionKind::Institution,
            actors: vec![Actor {
                country: Some(country.into()),
                ..Actor::default()
            }],
            how: "lexicon".into(),
            clean_start: start,
            clean_end: start + surface.chars().count(),
        }
    }

    #[test]
    fn an_acronym_written_again_is_its_body() {
        let text = CleanText::new(
            "The Royal Malaysian Navy (RMN) held drills. RMN received two ships; the RMNX did not.",
        );
        let navy = institution(&text, "Royal Malaysian Navy", "MYS");
        let found = mentions(&text, &[navy]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "RMN");
        assert_eq!(found[0].actors[0].country.as_deref(), Some("MYS"));
    }

    #[test]
    fn no_definition_no_mention() {
        let text = CleanText::new("The Royal Malaysian Navy held drills. RMN received two ships.");
        let navy = institution(&text, "Royal Malaysian Navy", "MYS");
        assert!(mentions(&text, &[navy]).is_empty());
    }
}
