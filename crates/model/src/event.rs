//! An event (`EVENTS.md` §2): who did what to whom, when, where, and the
//! words that say so. The same type reads gold annotations (with `cluster`,
//! `optional`, `joint`) and system output (with ids, offsets, confidence).

use serde::{Deserialize, Serialize};

use crate::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// Something that happened between the parties (§3.1).
    Activity,
    /// Something one party said to or about another (§3.2).
    Verbal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc: String,
    pub tier: Tier,
    /// CAMEO code, 3 or 4 digits (`"042"`, `"0312"`).
    pub cameo: String,
    #[serde(default)]
    pub source: Actor,
    #[serde(default)]
    pub target: Actor,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `START/END`, `XXXX-MM-DD`, or none.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub place: Option<Place>,
    /// An exact substring of the document's text.
    pub evidence: String,
    // Gold only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub joint: bool,
    // System only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Shared by every report of one real event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// Evidence span in code points of the original text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
    /// How the date was resolved (`explicit`, `published`, `weekday`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_method: Option<String>,
    /// The lexicon entry (predicate pattern) that stated the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    /// An inverse event derived from another (`A a reçu B` → 042 B→A).
    #[serde(default, skip_serializing_if = "is_false")]
    pub derived: bool,
    /// Why this report joined the event of `event_id` (none for the first
    /// report of an event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merge: Option<String>,
    /// Which side's person (source, target) was not named by the sentence
    /// but taken from the document: the principal person of that party.
    /// Dedup does not compare such names.
    #[serde(default, skip_serializing_if = "neither")]
    pub names_inferred: [bool; 2],
}

fn neither(sides: &[bool; 2]) -> bool {
    !sides[0] && !sides[1]
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Event {
    /// An event with what every event states (document, tier, code,
    /// parties, evidence); the rest, gold or system, left unset.
    pub fn new(
        doc: impl Into<String>,
        tier: Tier,
        cameo: impl Into<String>,
        source: Actor,
        target: Actor,
        evidence: impl Into<String>,
    ) -> Event {
        Event {
            doc: doc.into(),
            tier,
            cameo: cameo.into(),
            source,
            target,
            date: None,
            place: None,
            evidence: evidence.into(),
            cluster: None,
            optional: false,
            joint: false,
            id: None,
            event_id: None,
            start: None,
            end: None,
            confidence: None,
            date_method: None,
            trigger: None,
            derived: false,
            merge: None,
            names_inferred: [false, false],
        }
    }

    /// The CAMEO root: the first two digits.
    pub fn root(&self) -> &str {
        crate::cameo::root(&self.cameo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_gold_line_and_writes_without_gold_fields() {
        let line = r#"{"doc": "fr-1", "tier": "activity", "cameo": "043", "source": {"country": "VNM", "igo": null, "sector": "MIL", "name": "A", "title": "t"}, "target": {"country": "USA", "igo": null, "sector": null, "name": null, "title": null}, "date": "2019-11-20", "place": {"name": "Hanoi", "country": "VNM"}, "evidence": "a reçu", "cluster": "c1", "optional": false, "joint": false}"#;
        let event: Event = serde_json::from_str(line).unwrap();
        assert_eq!(event.root(), "04");
        assert_eq!(event.cluster.as_deref(), Some("c1"));
        let written = serde_json::to_string(&Event {
            cluster: None,
            ..event
        })
        .unwrap();
        assert!(!written.contains("cluster") && !written.contains("optional"));
    }
}
