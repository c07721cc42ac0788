//! The scorer of EVENTS.md §4: matching, repeats and optional events, then
//! precision, recall and F1 per tier (and per language), agreement over
//! matched pairs, and pairwise precision and recall of same-event links
//! across documents.

mod dates;
mod errors;
mod matching;

use std::collections::{BTreeMap, HashMap};

use attache_lexicon::un_missions;
use attache_model::{Event, Tier};
use serde::Serialize;

pub use dates::compatible as dates_compatible;
pub use errors::{class_counts, ErrorClass, EventError};
pub use matching::{match_document, matches, Outcome};

use errors::DocumentErrors;

/// Counts for one tier (and language).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct TierScore {
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub false_positives: usize,
    pub repeats: usize,
    pub ignored: usize,
    pub same_code: usize,
    pub same_date: usize,
    pub same_place_country: usize,
    pub same_persons: usize,
}

impl TierScore {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.matched + self.false_positives)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Same-event links across documents, over matched events.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct LinkScore {
    /// Pairs the system links (same `event_id`).
    pub predicted: usize,
    /// Pairs the gold links (same cluster, in different documents).
    pub gold: usize,
    pub correct: usize,
    /// Pairs the system links that the gold does not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub false_links: Vec<LinkError>,
    /// Pairs the gold links that the system does not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missed_links: Vec<LinkError>,
}

/// One wrong or missing link: the two system reports and their gold clusters.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct LinkError {
    /// System event ids (`doc#n`) of the two reports.
    pub reports: [String; 2],
    pub event_ids: [Option<String>; 2],
    pub clusters: [Option<String>; 2],
}

impl LinkScore {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Keyed by tier and language (`all` for every language).
    pub tiers: BTreeMap<String, TierScore>,
    pub links: LinkScore,
    /// System events that match no gold event, each with its class.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub false_positives: Vec<EventError>,
    /// Gold events no system event matched, each with its class.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missed: Vec<EventError>,
    /// How many false positives each class holds.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub false_positive_classes: BTreeMap<ErrorClass, usize>,
    /// How many missed gold events each class holds.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub missed_classes: BTreeMap<ErrorClass, usize>,
    /// Matched pairs whose dates are not the same: system id, system date,
    /// then the gold event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_dates: Vec<String>,
    /// Matched pairs whose codes differ below their root (`0312` for
    /// `030`): system id, system code, then the gold event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_codes: Vec<String>,
    /// System events whose evidence offsets are not inside the text the
    /// cleaner kept (the caller checks; `None` when it cannot): their ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence_outside_kept_text: Option<Vec<String>>,
}

/// An event in one line: document, tier, code, parties, date, evidence.
fn describe(e: &Event) -> String {
    format!(
        "{} {:?} {} {}>{} {} «{}»",
        e.doc,
        e.tier,
        e.cameo,
        e.source.party().unwrap_or("-"),
        e.target.party().unwrap_or("-"),
        e.date.as_deref().unwrap_or("-"),
        e.evidence
    )
}

fn key(tier: Tier, lang: &str) -> String {
    format!(
        "{}/{}",
        match tier {
            Tier::Activity => "activity",
            Tier::Verbal => "verbal",
        },
        lang
    )
}

/// Scores `system` against `gold`; `lang_of` gives a document's language.
/// Without the documents' texts, the errors' classes compare evidence by
/// containment alone.
pub fn score(gold: &[Event], system: &[Event], lang_of: &dyn Fn(&str) -> String) -> Scores {
    score_with_texts(gold, system, lang_of, &|_| None)
}

/// As [`score`], with `text_of` giving a document's text, where the errors'
/// classes find gold evidence.
pub fn score_with_texts<'t>(
    gold: &[Event],
    system: &[Event],
    lang_of: &dyn Fn(&str) -> String,
    text_of: &dyn Fn(&str) -> Option<&'t str>,
) -> Scores {
    let is_mission = |code: &str| un_missions().contains(code);
    let same_actors = |g: &Event, s: &Event| matching::same_actors(g, s, &is_mission);
    let mut scores = Scores::default();
    let mut docs: Vec<&str> = gold.iter().chain(system).map(|e| e.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    let mut linked: Vec<(&Event, &Event)> = Vec::new(); // (gold, system) pairs
    for doc in docs {
        let g: Vec<&Event> = gold.iter().filter(|e| e.doc == doc).collect();
        let s: Vec<&Event> = system.iter().filter(|e| e.doc == doc).collect();
        let lang = lang_of(doc);
        let outcomes = match_document(&g, &s, &is_mission);
        let errors = DocumentErrors::new(&g, &s, &outcomes, text_of(doc));
        for event in g.iter().filter(|e| !e.optional) {
            for l in [lang.as_str(), "all"] {
                scores.tiers.entry(key(event.tier, l)).or_default().gold += 1;
            }
        }
        for (n, (event, outcome)) in s.iter().zip(&outcomes).enumerate() {
            for l in [lang.as_str(), "all"] {
                let t = scores.tiers.entry(key(event.tier, l)).or_default();
                t.system += 1;
                match outcome {
                    Outcome::Matched(i) => {
                        let gold_event = g[*i];
                        t.matched += 1;
                        t.same_code += usize::from(gold_event.cameo == event.cameo);
                        t.same_date += usize::from(gold_event.date == event.date);
                        let place = |e: &Event| e.place.as_ref().and_then(|p| p.country.clone());
                        t.same_place_country += usize::from(place(gold_event) == place(event));
                        t.same_persons += usize::from(matching::same_persons(gold_event, event));
                    }
                    Outcome::Repeat => t.repeats += 1,
                    Outcome::Ignored => t.ignored += 1,
                    Outcome::FalsePositive => t.false_positives += 1,
                }
            }
            match outcome {
                Outcome::Matched(i) => {
                    linked.push((g[*i], event));
                    if g[*i].cameo != event.cameo {
                        scores.other_codes.push(format!(
                            "{} {} | {}",
                            event.id.as_deref().unwrap_or("-"),
                            event.cameo,
                            describe(g[*i])
                        ));
                    }
                    if g[*i].date != event.date {
                        scores.other_dates.push(format!(
                            "{} {} | {}",
                            event.id.as_deref().unwrap_or("-"),
                            event.date.as_deref().unwrap_or("-"),
                            describe(g[*i])
                        ));
                    }
                }
                Outcome::FalsePositive => scores.false_positives.push(EventError {
                    class: errors.false_positive(n, &same_actors),
                    id: event.id.clone(),
                    event: describe(event),
                }),
                _ => {}
            }
        }
        for (i, event) in g.iter().enumerate() {
            let matched = outcomes.contains(&Outcome::Matched(i));
            if !event.optional && !matched {
                scores.missed.push(EventError {
                    class: errors.missed(i, &same_actors),
                    id: None,
                    event: describe(event),
                });
            }
        }
    }
    scores.false_positive_classes = class_counts(&scores.false_positives);
    scores.missed_classes = class_counts(&scores.missed);
    scores.links = link_score(&linked);
    scores
}

/// Pairwise links among matched events of different documents.
fn link_score(pairs: &[(&Event, &Event)]) -> LinkScore {
    let mut cluster_docs: HashMap<&str, std::collections::HashSet<&str>> = HashMap::new();
    for (g, _) in pairs {
        if let Some(c) = &g.cluster {
            cluster_docs
                .entry(c.as_str())
                .or_default()
                .insert(g.doc.as_str());
        }
    }
    let mut links = LinkScore::default();
    for (i, (g1, s1)) in pairs.iter().enumerate() {
        for (g2, s2) in &pairs[i + 1..] {
            if g1.doc == g2.doc {
                continue;
            }
            let gold_link = g1.cluster.is_some()
                && g1.cluster == g2.cluster
                && cluster_docs
                    .get(g1.cluster.as_deref().unwrap_or(""))
                    .is_some_and(|d| d.len() > 1);
            let system_link = s1.event_id.is_some() && s1.event_id == s2.event_id;
            if gold_link != system_link {
                let error = LinkError {
                    reports: [
                        s1.id.clone().unwrap_or_default(),
                        s2.id.clone().unwrap_or_default(),
                    ],
                    event_ids: [s1.event_id.clone(), s2.event_id.clone()],
                    clusters: [g1.cluster.clone(), g2.cluster.clone()],
                };
                if gold_link {
                    links.missed_links.push(error);
                } else {
                    links.false_links.push(error);
                }
            }
            links.gold += usize::from(gold_link);
            links.predicted += usize::from(system_link);
            links.correct += usize::from(gold_link && system_link);
        }
    }
    links
}

#[cfg(test)]
mod tests;
