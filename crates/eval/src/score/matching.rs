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

/// Whether `system` matches `gold`: same tier, same root, same actors
/// (either way round for joint or symmetric events), compatible dates. The
/// tier keeps an announced visit (036, activity) from an intent (030,
/// verbal), and a signing (057) from thanks (051), though their roots agree.
pub fn matches(gold: &Event, system: &Event, un_missions: &dyn Fn(&str) -> bool) -> bool {
    if gold.tier != system.tier
        || gold.root() != system.root()
        || !dates::compatible(gold.date.as_deref(), system.date.as_deref())
    {
        return false;
    }
    same_actors(gold, system, un_missions)
}

/// Whether the actors are equal: in order, or either way round for joint
/// gold events and symmetric codes.
pub fn same_actors(gold: &Event, system: &Event, un_missions: &dyn Fn(&str) -> bool) -> bool {
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

/// Matches the system events of one document to its gold events, one to
/// one. Among the pairs that match, those agreeing on the full code, then
/// on the exact date, are taken first (then in the order of the system
/// events, then of the gold): a visit must not take the gold talks that the
/// system's own talks match. A system event left without a gold event is a
/// repeat when it matches one already taken, ignored when it matches only
/// optional ones, else a false positive.
pub fn match_document(
    gold: &[&Event],
    system: &[&Event],
    un_missions: &dyn Fn(&str) -> bool,
) -> Vec<Outcome> {
    let candidates: Vec<Vec<usize>> = system
        .iter()
        .map(|s| {
            if s.derived {
                return Vec::new();
            }
            (0..gold.len())
                .filter(|&g| matches(gold[g], s, un_missions))
                .collect()
        })
        .collect();
    // The gold events each system event may be paired with: optional ones
    // are never paired.
    let required: Vec<Vec<usize>> = candidates
        .iter()
        .map(|gs| gs.iter().copied().filter(|&g| !gold[g].optional).collect())
        .collect();
    let mut pairs: Vec<(usize, usize)> = required
        .iter()
        .enumerate()
        .flat_map(|(s, gs)| gs.iter().map(move |&g| (s, g)))
        .collect();
    pairs.sort_by_key(|&(s, g)| {
        (
            gold[g].cameo != system[s].cameo,
            gold[g].date != system[s].date,
            s,
            g,
        )
    });
    let mut owner: Vec<Option<usize>> = vec![None; gold.len()];
    let mut matched: Vec<Option<usize>> = vec![None; system.len()];
    for (s, g) in pairs {
        if matched[s].is_none() && owner[g].is_none() {
            matched[s] = Some(g);
            owner[g] = Some(s);
        }
    }
    // Then as many pairs as can be: a system event left out takes a gold
    // event whose holder can move to another (augmenting paths).
    for s in 0..system.len() {
        if matched[s].is_none() && !required[s].is_empty() {
            let mut seen = vec![false; gold.len()];
            augment(s, &required, &mut seen, &mut owner, &mut matched);
        }
    }
    system
        .iter()
        .enumerate()
        .map(|(s, event)| match matched[s] {
            _ if event.derived => Outcome::Ignored,
            Some(g) => Outcome::Matched(g),
            None if !required[s].is_empty() => Outcome::Repeat,
            None if !candidates[s].is_empty() => Outcome::Ignored,
            None => Outcome::FalsePositive,
        })
        .collect()
}

/// Kuhn's augmenting path from system event `s`: whether it could be
/// matched, moving earlier holders to other gold events of theirs.
fn augment(
    s: usize,
    required: &[Vec<usize>],
    seen: &mut [bool],
    owner: &mut [Option<usize>],
    matched: &mut [Option<usize>],
) -> bool {
    for &g in &required[s] {
        if seen[g] {
            continue;
        }
        seen[g] = true;
        let free = match owner[g] {
            None => true,
            Some(holder) => augment(holder, required, seen, owner, matched),
        };
        if free {
            owner[g] = Some(s);
            matched[s] = Some(g);
            return true;
        }
    }
    false
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
