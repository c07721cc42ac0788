//! A canonical event: one real-world event, however many reports
//! (mentions) state it. Built by the dedup stage, kept by the store, read by
//! queries and exports.

use serde::{Deserialize, Serialize};

use crate::{Actor, Place, Tier};

/// One real event with the agreed fields of its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanonicalEvent {
    /// Stable id, shared by every mention (`Event::event_id`).
    pub event_id: String,
    pub tier: Tier,
    /// The CAMEO code most mentions agree on.
    pub cameo: String,
    pub source: Actor,
    pub target: Actor,
    /// The date most mentions agree on (EVENTS.md §2 forms).
    pub date: Option<String>,
    pub place: Option<Place>,
    /// The evidence of the representative mention.
    pub evidence: String,
    /// The document of the representative mention.
    pub doc: String,
    /// Number of reports (mentions) behind the event.
    pub mentions: usize,
    /// Number of distinct outlets (document `source`, else document id).
    pub sources: usize,
    /// The documents that report it, sorted.
    pub docs: Vec<String>,
    /// Grows with the number of independent sources (0–1).
    pub confidence: f32,
}
