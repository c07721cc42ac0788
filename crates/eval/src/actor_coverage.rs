//! How well recognition finds the actors of the gold events: the share of
//! gold sources and targets whose country (or organisation) is among the
//! mentions of the evidence sentence.

use attache_lexicon::fold;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldActor {
    pub country: Option<String>,
    pub igo: Option<String>,
    pub name: Option<String>,
}

/// The part of a gold event this measure needs.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldActors {
    pub doc: String,
    pub evidence: String,
    #[serde(default)]
    pub source: GoldActor,
    #[serde(default)]
    pub target: GoldActor,
}

/// What a recognized mention offers: its span (code points) and identity.
pub struct MentionRef<'a> {
    pub start: usize,
    pub end: usize,
    pub country: Option<&'a str>,
    pub igo: Option<&'a str>,
    pub name: Option<&'a str>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ActorCoverage {
    pub actors_total: usize,
    pub actors_found: usize,
    /// Misses: (doc, role, gold actor, evidence), for the report.
    pub misses: Vec<(String, String, String, String)>,
    /// Distinct persons (document, name) of the gold actors, and those
    /// recognized in the document by name (without diacritics and case) with
    /// the right country.
    pub persons_total: usize,
    pub persons_found: usize,
    pub person_misses: Vec<(String, String, String)>,
}

const UN_MISSIONS: &[&str] = &[
    "UNMISS", "UNISFA", "MINUSCA", "MINUSMA", "MONUSCO", "UNIFIL", "UNAMID", "UNDOF", "UNFICYP",
    "UNMIK", "UNTSO", "UNMOGIP", "UNSOM",
];

fn same_igo(gold: &str, found: &str) -> bool {
    gold == found
        || (UN_MISSIONS.contains(&gold) && found == "UN")
        || (UN_MISSIONS.contains(&found) && gold == "UN")
}

impl ActorCoverage {
    pub fn add_document(&mut self, text: &str, mentions: &[MentionRef], gold: &[GoldActors]) {
        let mut persons_seen = std::collections::HashSet::new();
        for event in gold {
            // Of the occurrences of the evidence (a page may repeat it), the
            // one whose sentence holds the most mentions: the one kept by cleaning.
            let Some(in_sentence) = evidence_sentences(text, &event.evidence)
                .into_iter()
                .map(|(start, end)| {
                    mentions
                        .iter()
                        .filter(|m| m.start < end && start < m.end)
                        .collect::<Vec<&MentionRef>>()
                })
                .max_by_key(Vec::len)
            else {
                continue;
            };
            for (role, actor) in [("source", &event.source), ("target", &event.target)] {
                let found = match (&actor.country, &actor.igo) {
                    (Some(c), _) => in_sentence.iter().any(|m| m.country == Some(c.as_str())),
                    (None, Some(igo)) => in_sentence
                        .iter()
                        .any(|m| m.igo.is_some_and(|f| same_igo(igo, f))),
                    (None, None) => continue,
                };
                if let Some(name) = actor.name.as_ref().filter(|n| persons_seen.insert(fold(n))) {
                    self.persons_total += 1;
                    let wanted = fold(name);
                    let person = mentions.iter().any(|m| {
                        m.name.is_some_and(|n| fold(n) == wanted)
                            && m.country == actor.country.as_deref()
                    });
                    if person {
                        self.persons_found += 1;
                    } else {
                        let country = actor.country.clone().unwrap_or_default();
                        self.person_misses
                            .push((event.doc.clone(), name.clone(), country));
                    }
                }
                self.actors_total += 1;
                if found {
                    self.actors_found += 1;
                } else {
                    let who = actor
                        .country
                        .clone()
                        .or(actor.igo.clone())
                        .unwrap_or_default();
                    self.misses
                        .push((event.doc.clone(), role.into(), who, event.evidence.clone()));
                }
            }
        }
    }

    pub fn share(&self) -> f64 {
        self.actors_found as f64 / self.actors_total.max(1) as f64
    }

    pub fn person_share(&self) -> f64 {
        self.persons_found as f64 / self.persons_total.max(1) as f64
    }
}

/// Code-point bounds of the sentence around each occurrence of `evidence`.
fn evidence_sentences(text: &str, evidence: &str) -> Vec<(usize, usize)> {
    let is_boundary = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    text.match_indices(evidence)
        .map(|(byte, _)| {
            let start_byte = text[..byte].rfind(is_boundary).map_or(0, |i| i + 1);
            let end_byte = text[byte + evidence.len()..]
                .find(is_boundary)
                .map_or(text.len(), |i| byte + evidence.len() + i);
            let start = text[..start_byte].chars().count();
            (start, start + text[start_byte..end_byte].chars().count())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_looked_for_in_the_evidence_sentence_only() {
        let text = "Intro sur la Chine. Le Vietnam a reçu le Laos. Fin.";
        let vnm = MentionRef {
            start: 23,
            end: 30,
            country: Some("VNM"),
            igo: None,
            name: None,
        };
        let chn = MentionRef {
            start: 13,
            end: 18,
            country: Some("CHN"),
            igo: None,
            name: None,
        };
        let gold = GoldActors {
            doc: "d".into(),
            evidence: "a reçu".into(),
            source: GoldActor {
                country: Some("VNM".into()),
                igo: None,
                name: None,
            },
            target: GoldActor {
                country: Some("CHN".into()),
                igo: None,
                name: None,
            },
        };
        let mut coverage = ActorCoverage::default();
        coverage.add_document(text, &[vnm, chn], &[gold]);
        assert_eq!((coverage.actors_found, coverage.actors_total), (1, 2));
        assert!(same_igo("UNMISS", "UN"));
    }
}
