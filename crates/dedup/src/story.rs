//! Documents that tell one story: when two reports of one pair carry no
//! date to compare, the documents they come from may still be plainly about
//! the same occasion, because they report the same set of interactions
//! (talks, a signing, a joint patrol between the same two parties).

use std::collections::{BTreeSet, HashMap};

use attache_model::Event;

/// Event kinds two documents must share to be one story.
const MIN_SHARED_KINDS: usize = 4;
/// The latest documents of a kind looked at: a story's reports come close
/// together, and a frequent kind (talks between two neighbours) must not make
/// every document a candidate.
const RECENT_PER_KIND: usize = 256;
/// Documents of the same story kept per document, the closest first.
const MAX_STORY_DOCS: usize = 16;

/// The kind of an event for story comparison: its block (tier, root and
/// the pair).
fn kind(event: &Event) -> String {
    crate::block_of(event)
}

/// The event kinds of every document seen, indexed by kind.
#[derive(Debug, Default)]
pub struct Stories {
    /// Document numbers by event kind.
    docs_of_kind: HashMap<String, Vec<usize>>,
    /// Id and number of kinds, by document number.
    kinds_of_doc: HashMap<usize, (String, usize)>,
    next: usize,
}

impl Stories {
    /// Records the document's events and returns the earlier documents that
    /// tell the same story: at least four kinds in common (three are common
    /// to any two reports of talks between one pair), and most of the
    /// smaller document's kinds.
    pub fn add(&mut self, doc: &str, events: &[Event]) -> BTreeSet<String> {
        let kinds: BTreeSet<String> = events.iter().map(kind).collect();
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for k in &kinds {
            let docs = self.docs_of_kind.get(k).map(Vec::as_slice).unwrap_or(&[]);
            for &d in &docs[docs.len().saturating_sub(RECENT_PER_KIND)..] {
                *shared.entry(d).or_default() += 1;
            }
        }
        let mut same: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(d, n)| {
                let smaller = kinds.len().min(self.kinds_of_doc[&d].1);
                n >= MIN_SHARED_KINDS && 2 * n > smaller
            })
            .collect();
        // Most kinds in common first, then the latest.
        same.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let same: BTreeSet<String> = same
            .into_iter()
            .take(MAX_STORY_DOCS)
            .map(|(d, _)| self.kinds_of_doc[&d].0.clone())
            .collect();
        self.next += 1;
        let index = self.next;
        self.kinds_of_doc
            .insert(index, (doc.to_string(), kinds.len()));
        for k in kinds {
            self.docs_of_kind.entry(k).or_default().push(index);
        }
        same
    }

    /// Forgets the documents numbered up to `cutoff` (documents are
    /// numbered from 1 in the order they were added).
    pub fn forget_before(&mut self, cutoff: usize) {
        self.kinds_of_doc.retain(|&d, _| d > cutoff);
        self.docs_of_kind.retain(|_, docs| {
            docs.retain(|&d| d > cutoff);
            !docs.is_empty()
        });
    }
}
