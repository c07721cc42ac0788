//! A report: one system event (a mention of a real event) with what the
//! dedup stage needs to know of its document.

use std::collections::BTreeSet;
use std::sync::Arc;

use attache_model::{DateSpan, Event};

use crate::names::Name;

/// What the dedup stage knows of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocInfo {
    pub id: String,
    /// The outlet (`source`), else the document id: distinct outlets are
    /// independent reports.
    pub outlet: String,
    /// Publication date (`YYYY-MM-DD...`), when known.
    pub published: Option<String>,
    /// The numbered occasion the document is about (`15 dialogue`), when it
    /// names one: documents of one pair naming the same tell one story.
    pub occasion: Option<String>,
    /// The [`text_sketch`](crate::text_sketch) of its kept text: copies
    /// of one text tell one story (empty: unknown).
    pub sketch: Vec<u64>,
}

/// The coder's confidence below which the persons of an event are guesses
/// (`parties` gives 0.5 and 0.4 to events named by a noun).
const GUESSED_BELOW: f32 = 0.55;

/// One event as reported by one document.
#[derive(Debug, Clone)]
pub struct Report {
    pub event: Event,
    pub outlet: String,
    pub published: Option<DateSpan>,
    pub(crate) span: Option<DateSpan>,
    /// The year of the date was inferred from other years the article
    /// names, so another report's year may be the right one.
    pub(crate) year_uncertain: bool,
    pub(crate) names: [Option<Name>; 2],
    /// The coder was unsure of the parties (an event named by a noun, whose
    /// persons are the sentence's, not the event's): its names neither
    /// confirm nor refute a merge.
    pub(crate) names_guessed: bool,
    /// The place of the event, folded without spaces (`Hà Nội` and `Hanoï`
    /// are `hanoi`), when the report names one.
    pub(crate) place: Option<String>,
    /// The country of that place, when known.
    pub(crate) place_country: Option<String>,
    /// Earlier documents that tell the same story as this one.
    pub(crate) story: Arc<BTreeSet<String>>,
    /// The numbered occasion the document is about (`15 dialogue`).
    pub(crate) occasion: Option<Arc<str>>,
    /// The words of the evidence (folded, four letters or more), hashed
    /// and sorted: what tells apart two equally fitting events of another
    /// document. Hashes, because a windowed deduper keeps many reports.
    pub(crate) words: Box<[u64]>,
}

/// Letters a word of evidence needs to count (`les`, `des`, `the` do not).
const MIN_WORD_CHARS: usize = 4;

/// The words of an evidence, folded, sorted and without repeats.
fn evidence_words(evidence: &str) -> Box<[u64]> {
    use std::hash::{Hash, Hasher};
    let folded = attache_lexicon::fold(evidence);
    let mut words: Vec<u64> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= MIN_WORD_CHARS)
        .map(|w| {
            // Fixed keys: the same word hashes alike in every run.
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words.into_boxed_slice()
}

/// An event's date as a span, and whether its year is uncertain: a year
/// named elsewhere in the article, or the bare year of the event's sentence
/// taken for want of a day (`un plan de coopération en 2022` is as often
/// what the event is about as when it was).
pub(crate) fn date_of(event: &Event) -> (Option<DateSpan>, bool) {
    let span = event.date.as_deref().and_then(DateSpan::parse);
    let year_uncertain = span.is_some_and(|s| s.year_unknown())
        || event
            .date_method
            .as_deref()
            .is_some_and(|m| m.starts_with("article_year") || m.ends_with("sentence year"));
    (span, year_uncertain)
}

impl Report {
    pub fn new(event: Event, doc: &DocInfo) -> Report {
        let (span, year_uncertain) = date_of(&event);
        let published = doc
            .published
            .as_deref()
            .and_then(|p| DateSpan::parse(p.get(..10).unwrap_or(p)));
        let names_guessed = event.confidence.is_some_and(|c| c < GUESSED_BELOW);
        // A name the sentence did not give (the document's principal person
        // of the party) says nothing about which event this is.
        let stated = |side: usize, actor: &attache_model::Actor| {
            actor
                .name
                .as_deref()
                .filter(|_| !event.names_inferred[side])
                .and_then(Name::new)
        };
        let names = [stated(0, &event.source), stated(1, &event.target)];
        let place = event.place.as_ref().map(|p| {
            attache_lexicon::fold(&p.name)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        });
        let words = evidence_words(&event.evidence);
        let place_country = event.place.as_ref().and_then(|p| p.country.clone());
        Report {
            place_country,
            occasion: doc.occasion.as_deref().map(Arc::from),
            words,
            event,
            outlet: doc.outlet.clone(),
            published,
            span,
            year_uncertain,
            names,
            names_guessed,
            place: place.filter(|p| !p.is_empty()),
            story: Arc::default(),
        }
    }

    /// Words of evidence this report and `other` have in common.
    pub(crate) fn shared_words(&self, other: &Report) -> usize {
        self.words
            .iter()
            .filter(|w| other.words.binary_search(w).is_ok())
            .count()
    }

    /// The person named on `side` (0 source, 1 target), as written.
    pub fn event_name(&self, side: usize) -> Option<&str> {
        [&self.event.source, &self.event.target][side]
            .name
            .as_deref()
    }

    /// The two parties (country, else organisation), source first.
    pub fn parties(&self) -> [&str; 2] {
        [
            self.event.source.party().unwrap_or(""),
            self.event.target.party().unwrap_or(""),
        ]
    }
}
