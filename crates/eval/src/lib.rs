//! Measuring attache against gold annotations.
//!
//! [`CleanCoverage`] measures the cleaning stage: the share of gold evidence
//! strings that lie inside kept spans (evidence the cleaner removed can never
//! be coded), whether any kept text follows a teaser marker, and the glued
//! words repaired.
//!
//! [`score`] is the scorer of EVENTS.md §4 for extracted events.
//!
//! [`ActorCoverage`] measures recognition: the share of gold sources and
//! targets found among the mentions of the evidence sentence.
//!
//! ```
//! use attache_eval::{CleanCoverage, GoldEvidence};
//! use attache_model::{CleanResult, Span};
//! let text = "Le ministre a reçu l'ambassadeur.\nLire aussi\nAutre histoire";
//! let clean = CleanResult { kept: vec![Span::new(0, 34)], removed: vec![], repairs: vec![], text: String::new() };
//! let mut coverage = CleanCoverage::default();
//! coverage.add_document("d", text, &clean, &[GoldEvidence { doc: "d".into(), evidence: "a reçu".into() }]);
//! assert_eq!(coverage.evidence_kept, 1);
//! assert_eq!(coverage.docs_with_text_after_marker, 0);
//! ```

mod actor_coverage;
mod clean_coverage;
pub mod score;

pub use actor_coverage::{ActorCoverage, GoldActor, GoldActors, MentionRef};

pub use clean_coverage::{CleanCoverage, GoldEvidence, RepairSample};
