//! Why a gold event was missed or a system event is a false positive: the
//! classes of `attache eval --show-errors`, from what the other side of the
//! same document and tier holds.
//!
//! A missed gold event is, by the first rule that holds over the system
//! events of its document and tier (derived ones aside):
//! - `merged`: one with its root, whose evidence overlaps its own, is
//!   matched to another gold event (the system made one event of two);
//! - `date`: one with its root and actors, matched to no other gold event,
//!   has an incompatible date;
//! - `wrong party`: one with its root overlaps its evidence, other actors;
//! - `wrong code`: one overlaps its evidence, with another root;
//! - `no trigger`: none of these.
//!
//! A false positive is, by the first rule that holds over the gold events
//! of its document and tier (optional ones included):
//! - `date`: one with its root and actors, matched to no system event, has
//!   an incompatible date (the system found it, dated wrong);
//! - `repeat-like`: one with its root and actors is matched to another
//!   system event (another report of an event found, dated otherwise);
//! - `wrong party`: one with its root overlaps its evidence, other actors;
//! - `wrong code`: one overlaps its evidence, with another root;
//! - `not in gold`: none of these.
//!
//! Evidence overlaps by code-point offsets: a system event's `start`/`end`
//! when it has them, else every place its evidence occurs in the document's
//! text (gold evidence always so). Without offsets on either side (no text,
//! or evidence not found in it), one evidence must contain the other.

use std::collections::BTreeMap;

use attache_model::Event;
use serde::Serialize;

use super::matching::Outcome;

/// The cause of one error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ErrorClass {
    #[serde(rename = "no trigger")]
    NoTrigger,
    #[serde(rename = "not in gold")]
    NotInGold,
    #[serde(rename = "wrong code")]
    WrongCode,
    #[serde(rename = "wrong party")]
    WrongParty,
    #[serde(rename = "date")]
    Date,
    #[serde(rename = "merged")]
    Merged,
    #[serde(rename = "repeat-like")]
    RepeatLike,
}

impl ErrorClass {
    /// The class as `--show-errors` writes it.
    pub fn label(self) -> &'static str {
        match self {
            ErrorClass::NoTrigger => "no trigger",
            ErrorClass::NotInGold => "not in gold",
            ErrorClass::WrongCode => "wrong code",
            ErrorClass::WrongParty => "wrong party",
            ErrorClass::Date => "date",
            ErrorClass::Merged => "merged",
            ErrorClass::RepeatLike => "repeat-like",
        }
    }
}

/// One missed gold event or false positive, with its class.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventError {
    pub class: ErrorClass,
    /// The system event's id (false positives only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Document, tier, code, parties, date and evidence in one line.
    pub event: String,
}

/// How many errors each class holds.
pub fn class_counts(errors: &[EventError]) -> BTreeMap<ErrorClass, usize> {
    let mut counts = BTreeMap::new();
    for e in errors {
        *counts.entry(e.class).or_default() += 1;
    }
    counts
}

/// Where an event's evidence lies: spans of code points, or none known.
struct Evidence<'e> {
    text: &'e str,
    spans: Vec<(usize, usize)>,
}

impl<'e> Evidence<'e> {
    fn of(event: &'e Event, doc_text: Option<&str>) -> Self {
        let spans = match (event.start, event.end) {
            (Some(start), Some(end)) => vec![(start, end)],
            _ => doc_text
                .map(|text| occurrences(text, &event.evidence))
                .unwrap_or_default(),
        };
        Evidence {
            text: &event.evidence,
            spans,
        }
    }

    fn overlaps(&self, other: &Evidence) -> bool {
        if self.spans.is_empty() || other.spans.is_empty() {
            let (a, b) = (self.text, other.text);
            return !a.is_empty() && !b.is_empty() && (a.contains(b) || b.contains(a));
        }
        let overlap = |x: &(usize, usize), y: &(usize, usize)| x.0 < y.1 && y.0 < x.1;
        self.spans
            .iter()
            .any(|x| other.spans.iter().any(|y| overlap(x, y)))
    }
}

/// Every place `needle` occurs in `text`, in code points.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    let length = needle.chars().count();
    text.match_indices(needle)
        .map(|(byte, _)| {
            let start = text[..byte].chars().count();
            (start, start + length)
        })
        .collect()
}

/// The last rules of both sides: an event of the other side overlapping
/// the evidence with the same root (`wrong party`) or another (`wrong
/// code`), else `none`.
fn by_overlap(same_root_overlaps: bool, overlaps: bool, none: ErrorClass) -> ErrorClass {
    if same_root_overlaps {
        ErrorClass::WrongParty
    } else if overlaps {
        ErrorClass::WrongCode
    } else {
        none
    }
}

/// One document's events, their evidence and what the matching made of
/// them, to classify its errors.
pub(super) struct DocumentErrors<'e> {
    gold: &'e [&'e Event],
    system: &'e [&'e Event],
    outcomes: &'e [Outcome],
    gold_evidence: Vec<Evidence<'e>>,
    system_evidence: Vec<Evidence<'e>>,
}

impl<'e> DocumentErrors<'e> {
    pub fn new(
        gold: &'e [&'e Event],
        system: &'e [&'e Event],
        outcomes: &'e [Outcome],
        text: Option<&str>,
    ) -> Self {
        DocumentErrors {
            gold,
            system,
            outcomes,
            gold_evidence: gold.iter().map(|e| Evidence::of(e, text)).collect(),
            system_evidence: system.iter().map(|e| Evidence::of(e, text)).collect(),
        }
    }

    fn overlap(&self, g: usize, s: usize) -> bool {
        self.gold_evidence[g].overlaps(&self.system_evidence[s])
    }

    /// The class of the missed gold event `g`; `same_actors(gold, system)`
    /// compares actors as the matching does.
    pub fn missed(&self, g: usize, same_actors: &dyn Fn(&Event, &Event) -> bool) -> ErrorClass {
        let gold = self.gold[g];
        let rivals: Vec<usize> = (0..self.system.len())
            .filter(|&s| !self.system[s].derived && self.system[s].tier == gold.tier)
            .collect();
        let same_root = |s: usize| self.system[s].root() == gold.root();
        let taken = |s: usize| matches!(self.outcomes[s], Outcome::Matched(_));
        let any = |rule: &dyn Fn(usize) -> bool| rivals.iter().any(|&s| rule(s));
        if any(&|s| self.overlap(g, s) && same_root(s) && taken(s)) {
            ErrorClass::Merged
        } else if any(&|s| same_root(s) && !taken(s) && same_actors(gold, self.system[s])) {
            ErrorClass::Date
        } else {
            by_overlap(
                any(&|s| self.overlap(g, s) && same_root(s)),
                any(&|s| self.overlap(g, s)),
                ErrorClass::NoTrigger,
            )
        }
    }

    /// The class of the false positive `s`.
    pub fn false_positive(
        &self,
        s: usize,
        same_actors: &dyn Fn(&Event, &Event) -> bool,
    ) -> ErrorClass {
        let system = self.system[s];
        let rivals: Vec<usize> = (0..self.gold.len())
            .filter(|&g| self.gold[g].tier == system.tier)
            .collect();
        let same_root = |g: usize| self.gold[g].root() == system.root();
        let kin = |g: usize| same_root(g) && same_actors(self.gold[g], system);
        let taken = |g: usize| self.outcomes.contains(&Outcome::Matched(g));
        let any = |rule: &dyn Fn(usize) -> bool| rivals.iter().any(|&g| rule(g));
        if any(&|g| kin(g) && !taken(g)) {
            ErrorClass::Date
        } else if any(&kin) {
            ErrorClass::RepeatLike
        } else {
            by_overlap(
                any(&|g| self.overlap(g, s) && same_root(g)),
                any(&|g| self.overlap(g, s)),
                ErrorClass::NotInGold,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use attache_model::{Actor, Tier};

    use super::*;

    fn with_evidence(evidence: &str, offsets: Option<(usize, usize)>) -> Event {
        let mut e = Event::new(
            "d",
            Tier::Activity,
            "043",
            Actor::default(),
            Actor::default(),
            evidence,
        );
        (e.start, e.end) = (offsets.map(|o| o.0), offsets.map(|o| o.1));
        e
    }

    #[test]
    fn evidence_overlaps_by_offsets_in_code_points_else_by_containment() {
        // "é" is two bytes: offsets are in code points.
        let text = "Été : A reçut B. Été : A reçut B.";
        let gold = with_evidence("A reçut B", None);
        let second = with_evidence("reçut", Some((25, 30)));
        let elsewhere = with_evidence("Été", Some((17, 20)));
        let g = Evidence::of(&gold, Some(text));
        assert_eq!(g.spans, [(6, 15), (23, 32)]);
        assert!(g.overlaps(&Evidence::of(&second, Some(text))));
        assert!(!g.overlaps(&Evidence::of(&elsewhere, Some(text))));
        // Without the text, one evidence must hold the other.
        let loose = with_evidence("reçut", None);
        assert!(Evidence::of(&gold, None).overlaps(&Evidence::of(&loose, None)));
        assert!(!Evidence::of(&gold, None).overlaps(&Evidence::of(&elsewhere, None)));
    }
}
