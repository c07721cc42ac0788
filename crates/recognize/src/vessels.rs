//! Ships, whose visits and port calls are events: a vessel introduced with
//! its flag (`la frégate française Vendémiaire`, `l'USS Carl Vinson`) is its
//! country's; later mentions of its name, and of its crew (`l'équipage`,
//! `the sailors`), refer back to it. Also `la mission` of peacekeepers: the
//! UN mission named last.

use std::collections::HashSet;
use std::sync::LazyLock;

use attache_lexicon::{fold, un_missions};

use crate::folded_search::word_matches;
use crate::near::ByStart;
use attache_model::Actor;
use regex::Regex;

use crate::{Mention, MentionKind};
use attache_segment::CleanText;

static VESSEL_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:fregates?|navires?|batiments?|porte-avions|porte-helicopteres|destroyers?|corvettes?|croiseurs?|sous-marins?|patrouilleurs?|navire-ecole|frigates?|ships?|vessels?|aircraft carriers?|carriers?|cruisers?|submarines?|warships?|training ships?)(?-u:\b)")
        .expect("valid pattern")
});
/// A ship's name: capitalised words, maybe in quotes, maybe after a hull number.
static VESSEL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^[^.;:\n]{0,60}?[«"“]?\s*\b(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})"#)
        .expect("valid pattern")
});
static CREW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:l'equipage|equipages?|the crew|crew members|sailors|marins)(?-u:\b)")
        .expect("valid pattern")
});
static MISSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:la|sa|leur|cette|the|its|their) mission(?-u:\b)")
        .expect("valid pattern")
});

const SHIP_PREFIXES: &[&str] = &[
    "USS", "USNS", "USCGC", "HMS", "HMAS", "HMNZS", "HMCS", "INS", "ICGS", "JS", "ROKS", "BRP",
    "KRI", "KD", "RSS", "HTMS", "FNS",
];

const GAP_BREAKERS: &[&str] = &[
    "dans", "a", "au", "aux", "en", "vers", "pour", "avec", "sur", "par", "in", "at", "to", "for",
    "with", "on", "by", "from", "et", "and",
];

struct Vessel {
    name: String,
    actor: Actor,
}

fn mention(
    text: &CleanText,
    range: std::ops::Range<usize>,
    kind: MentionKind,
    actor: Actor,
    how: &'static str,
) -> Mention {
    Mention {
        start: 0,
        end: 0,
        text: text.slice(range.clone()),
        kind,
        actors: vec![actor],
        how: how.into(),
        clean_start: range.start,
        clean_end: range.end,
    }
}

/// A flag for a ship introduced at `after`: a country named in the next words, or a hull prefix.
fn introduced_vessel(
    text: &CleanText,
    mentions: &ByStart<Mention>,
    after: usize,
) -> Option<(std::ops::Range<usize>, Actor)> {
    // The name comes within the next words (the pattern looks 60 chars ahead).
    let rest: String = text.chars[after..(after + 160).min(text.chars.len())]
        .iter()
        .collect();
    let caps = VESSEL_NAME.captures(&rest)?;
    let name = caps.get(1)?;
    let start = after + rest[..name.start()].chars().count();
    let range = start..start + name.as_str().chars().count();
    let covered = mentions.overlapping(range.clone()).any(|m| {
        // A ship's name may look like a person's (`USS Ronald Reagan`).
        !SHIP_PREFIXES.contains(&m.text.as_str()) && m.kind != MentionKind::Person
    });
    // Between the noun and the name only descriptors (`de surveillance
    // française F-734`), not a new phrase (`dans la base de la 4e Région`).
    let gap: Vec<String> = text
        .slice(after..range.start)
        .split_whitespace()
        .map(fold)
        .collect();
    let phrase_break = gap.len() > 4 || gap.iter().any(|w| GAP_BREAKERS.contains(&w.as_str()));
    if covered || phrase_break {
        return None;
    }
    let flag = mentions
        .starting_in(after.saturating_sub(12), range.start)
        .iter()
        .filter(|m| m.clean_end <= range.start)
        .find_map(|m| {
            m.actors
                .first()
                .and_then(|a| a.country.clone())
                .filter(|_| m.how != "outlet")
        })?;
    Some((
        range,
        Actor {
            country: Some(flag),
            sector: Some("MIL".into()),
            ..Actor::default()
        },
    ))
}

pub fn mentions(text: &CleanText, mentions: &[Mention]) -> Vec<Mention> {
    let mut vessels: Vec<(usize, Vessel)> = Vec::new();
    let mut out = Vec::new();
    // A ship's name follows a vessel noun (`la frégate française X`) or a hull prefix (`USS X`).
    let folded_text = text.folded();
    let nouns = word_matches(&VESSEL_NOUN, text, folded_text).map(|noun| noun.end);
    let prefixes = mentions
        .iter()
        .filter(|m| SHIP_PREFIXES.contains(&m.text.as_str()))
        .map(|m| m.clean_end);
    let by_start = ByStart::new(mentions, |m: &Mention| m.clean_start..m.clean_end);
    for after in nouns.chain(prefixes).collect::<Vec<_>>() {
        if let Some((range, actor)) = introduced_vessel(text, &by_start, after) {
            let name = fold(&text.slice(range.clone()));
            vessels.push((
                range.start,
                Vessel {
                    name,
                    actor: actor.clone(),
                },
            ));
            out.push(mention(
                text,
                range,
                MentionKind::Institution,
                actor,
                "vessel",
            ));
        }
    }
    vessels.sort_by_key(|(at, _)| *at);
    // Later mentions of a ship's name. A name introduced again later adds
    // nothing its first introduction did not (it would find the same
    // mentions, fewer of them), so each name is searched for once.
    let mut starts: HashSet<usize> = out.iter().map(|m| m.clean_start).collect();
    let mut searched: HashSet<&str> = HashSet::new();
    for (at, vessel) in &vessels {
        if !searched.insert(vessel.name.as_str()) {
            continue;
        }
        for (byte, _) in folded_text.text.match_indices(&vessel.name) {
            let start = folded_text.char_index(byte);
            let end = start + vessel.name.chars().count();
            let bounded = (start == 0 || !text.chars[start - 1].is_alphanumeric())
                && text.chars.get(end).is_none_or(|c| !c.is_alphanumeric());
            if start > *at && bounded && starts.insert(start) {
                out.push(mention(
                    text,
                    start..end,
                    MentionKind::Institution,
                    vessel.actor.clone(),
                    "vessel",
                ));
            }
        }
    }
    // The crew of the last ship named.
    for crew in word_matches(&CREW, text, folded_text) {
        let range = crew.start..crew.end;
        let before = vessels.partition_point(|(at, _)| *at < range.start);
        if let Some((_, vessel)) = before.checked_sub(1).map(|i| &vessels[i]) {
            out.push(mention(
                text,
                range,
                MentionKind::Institution,
                vessel.actor.clone(),
                "vessel",
            ));
        }
    }
    // `la mission`: the UN mission named last.
    let missions: Vec<&Mention> = mentions
        .iter()
        .filter(|x| {
            x.actors
                .first()
                .and_then(|a| a.igo.as_ref())
                .is_some_and(|igo| un_missions().contains(igo))
        })
        .collect();
    for m in word_matches(&MISSION, text, folded_text) {
        let range = m.start..m.end;
        let before = missions.partition_point(|x| x.clean_start < range.start);
        let last_mission = before.checked_sub(1).map(|i| missions[i]);
        if let Some(mission) = last_mission {
            out.push(mention(
                text,
                range,
                MentionKind::Organisation,
                mission.actors[0].clone(),
                "role",
            ));
        }
    }
    out
}
