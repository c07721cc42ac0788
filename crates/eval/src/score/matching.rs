//! One-to-one matching of system events to gold events, per document
//! (EVENTS.md §4, items 1 and 2).

use attache_lexicon::fold;
use attache_model::{Actor, Event};

use super::dates;

/// Codes whose two sides may be given either way round.
fn is_symmetric(cameo: &str) -> bool {
    matches!(cameo, "040" | "041" | "044" | "046" | "057") || cameo.starts_with("06")
}

/// Country, else organisation; a UN mission also matches `UN`.
fn same_party(gold: &Actor, system: &Actor, un_missions: &dyn Fn(&str) -> bool) -> bool {
    match (gold.country.as_deref(), gold.igo.as_deref()) {
        (Some(country), _) => system.country.as_deref() == Some(country),
        (None, Some(igo)) => match (system.country.as_deref(), system.igo.as_deref()) {
            (None, Some(s)) => {
                s == igo || (s == "UN" && un_missions(igo)) || (igo == "UN" && un_missions(s))
            }
            _ => false,
        },
        (None, None) => system.country.is_none() && system.igo.is_none(),
    }
}

/// Whether `system` matches `gold`: same root, same actors (either way
/// round for joint or symmetric events), compatible dates.
pub fn matches(gold: &Event, system: &Event, un_missions: &dyn Fn(&str) -> bool) -> bool {
    if gold.root() != system.root()
        || !dates::compatible(gold.date.as_deref(), system.date.as_deref())
    {
        return false;
    }
    let in_order = same_party(&gold.source, &system.source, un_missions)
        && same_party(&gold.target, &system.target, un_missions);
    let either_way = gold.joint || is_symmetric(&gold.cameo) || is_symmetric(&system.cameo);
    in_order
        || (either_way
            && same_party(&gold.source, &system.target, un_missions)
            && same_party(&gold.target, &system.source, un_missions))
}

/// What became of one system event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Matched the gold event at this index.
    Matched(usize),
    /// Would match a gold event already matched: neither right nor wrong.
    Repeat,
    /// Matches an optional gold event, or is derived: not counted.
    Ignored,
    FalsePositive,
}

/// Matches the system events of one document to its gold events. System
/// events are taken in order; each takes the best unmatched gold event
/// (same full code first, then same date).
pub fn match_document(
    gold: &[&Event],
    system: &[&Event],
    un_missions: &dyn Fn(&str) -> bool,
) -> Vec<Outcome> {
    let mut taken = vec![false; gold.len()];
    system
        .iter()
        .map(|s| {
            if s.derived {
                return Outcome::Ignored;
            }
            let candidates: Vec<usize> = (0..gold.len())
                .filter(|&g| matches(gold[g], s, un_missions))
                .collect();
            let best = candidates
                .iter()
                .copied()
                .filter(|&g| !taken[g] && !gold[g].optional)
                .max_by_key(|&g| {
                    (
                        gold[g].cameo == s.cameo,
                        gold[g].date == s.date,
                        std::cmp::Reverse(g),
                    )
                });
            match best {
                Some(g) => {
                    taken[g] = true;
                    Outcome::Matched(g)
                }
                None if candidates.iter().any(|&g| !gold[g].optional) => Outcome::Repeat,
                None if !candidates.is_empty() => Outcome::Ignored,
                None => Outcome::FalsePositive,
            }
        })
        .collect()
}

/// Whether the persons of a matched pair agree: every gold name has an
/// equal system name (without diacritics and case) on the same side.
pub fn same_persons(gold: &Event, system: &Event) -> bool {
    let same = |g: &Actor, s: &Actor| match &g.name {
        Some(name) => s.name.as_deref().is_some_and(|n| fold(n) == fold(name)),
        None => true,
    };
    let in_order = same(&gold.source, &system.source) && same(&gold.target, &system.target);
    in_order || (same(&gold.source, &system.target) && same(&gold.target, &system.source))
}
