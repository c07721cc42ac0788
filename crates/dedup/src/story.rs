//! Documents that tell one story: when two reports of one pair carry no
//! date to compare, the documents they come from may still be plainly about
//! the same occasion, because they report the same set of interactions
//! (talks, a signing, a joint patrol between the same two parties), or
//! because they state an event in the very same long words (one agency's
//! wire copy, republished by several outlets), or because they are about
//! the same numbered occasion (`the 15th Defence Policy Dialogue`, `le 15e
//! Dialogue sur la politique de défense`). A story is only ever consulted
//! for reports of one pair (the dedup blocks), so an occasion needs no
//! parties of its own.

use std::collections::{BTreeSet, HashMap};

use attache_model::Event;

use crate::DocInfo;

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

/// Letters and digits of an evidence, lowercased: copies differ in spaces,
/// apostrophes and punctuation.
fn wording(evidence: &str) -> String {
    evidence
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Letters and digits an evidence needs before its wording identifies a
/// story: short ones (`les deux parties ont affirmé`) recur in any report.
const MIN_WORDING_CHARS: usize = 48;

/// The event kinds of every document seen, indexed by kind.
#[derive(Debug, Default)]
pub struct Stories {
    /// Document numbers by event kind.
    docs_of_kind: HashMap<String, Vec<usize>>,
    /// Id and number of kinds, by document number.
    kinds_of_doc: HashMap<usize, (String, usize)>,
    /// Document numbers by long evidence wording.
    docs_of_wording: HashMap<String, Vec<usize>>,
    /// Document numbers by the numbered occasion they are about.
    docs_of_occasion: HashMap<String, Vec<usize>>,
    /// Document numbers by each hash of their text's sketch.
    docs_of_hash: HashMap<u64, Vec<usize>>,
    /// The first document of each document's story, by document number:
    /// the copies of one wire story all name the first copy, whose reports
    /// every event of the story keeps, however many copies follow.
    root_of_doc: HashMap<usize, String>,
    next: usize,
}

impl Stories {
    /// Records the document's events and returns the earlier documents that
    /// tell the same story: at least four kinds in common (three are common
    /// to any two reports of talks between one pair), and most of the
    /// smaller document's kinds; an event in the same long words; or the
    /// same numbered occasion.
    pub fn add(&mut self, doc: &DocInfo, events: &[Event]) -> BTreeSet<String> {
        let kinds: BTreeSet<String> = events.iter().map(kind).collect();
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for k in &kinds {
            for &d in recent(&self.docs_of_kind, k) {
                *shared.entry(d).or_default() += 1;
            }
        }
        let wordings: BTreeSet<String> = events
            .iter()
            .map(|e| wording(&e.evidence))
            .filter(|w| w.chars().count() >= MIN_WORDING_CHARS)
            .collect();
        let mut same: Vec<(usize, usize)> = shared
            .into_iter()
            .filter(|&(d, n)| {
                let smaller = kinds.len().min(self.kinds_of_doc[&d].1);
                n >= MIN_SHARED_KINDS && 2 * n > smaller
            })
            .collect();
        let mut worded: BTreeSet<usize> = wordings
            .iter()
            .flat_map(|w| recent(&self.docs_of_wording, w))
            .copied()
            .collect();
        worded.extend(self.copies_of(&doc.sketch));
        // The story's first document, through the earliest copy in the same words.
        let root = worded
            .first()
            .and_then(|d| self.root_of_doc.get(d))
            .cloned();
        let occasioned = doc
            .occasion
            .iter()
            .flat_map(|o| recent(&self.docs_of_occasion, o));
        // The same words or occasion: ranked as if they shared every kind.
        for &d in worded.iter().chain(occasioned) {
            if !same.iter().any(|&(s, _)| s == d) {
                same.push((d, self.kinds_of_doc[&d].1));
            }
        }
        // Most kinds in common first, then the latest.
        same.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let mut same: BTreeSet<String> = same
            .into_iter()
            .take(MAX_STORY_DOCS)
            .map(|(d, _)| self.kinds_of_doc[&d].0.clone())
            .collect();
        same.extend(root.clone());
        self.next += 1;
        let index = self.next;
        self.root_of_doc
            .insert(index, root.unwrap_or_else(|| doc.id.clone()));
        self.kinds_of_doc
            .insert(index, (doc.id.clone(), kinds.len()));
        for k in kinds {
            self.docs_of_kind.entry(k).or_default().push(index);
        }
        for w in wordings {
            self.docs_of_wording.entry(w).or_default().push(index);
        }
        for &hash in &doc.sketch {
            self.docs_of_hash.entry(hash).or_default().push(index);
        }
        if let Some(occasion) = &doc.occasion {
            self.docs_of_occasion
                .entry(occasion.clone())
                .or_default()
                .push(index);
        }
        same
    }

    /// The recent documents whose text shares most of `sketch`: copies.
    fn copies_of(&self, sketch: &[u64]) -> Vec<usize> {
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for &hash in sketch {
            let docs = self
                .docs_of_hash
                .get(&hash)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            for &d in &docs[docs.len().saturating_sub(RECENT_PER_KIND)..] {
                *shared.entry(d).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .filter(|&(_, n)| n >= crate::sketch::MIN_SHARED)
            .map(|(d, _)| d)
            .collect()
    }

    /// Forgets the documents numbered up to `cutoff` (documents are
    /// numbered from 1 in the order they were added).
    pub fn forget_before(&mut self, cutoff: usize) {
        self.kinds_of_doc.retain(|&d, _| d > cutoff);
        self.root_of_doc.retain(|&d, _| d > cutoff);
        self.docs_of_hash.retain(|_, docs| {
            docs.retain(|&d| d > cutoff);
            !docs.is_empty()
        });
        for index in [
            &mut self.docs_of_kind,
            &mut self.docs_of_wording,
            &mut self.docs_of_occasion,
        ] {
            index.retain(|_, docs| {
                docs.retain(|&d| d > cutoff);
                !docs.is_empty()
            });
        }
    }
}

/// The latest documents filed under `key`: a story's reports come close
/// together, and a frequent key must not make every document a candidate.
fn recent<'a>(index: &'a HashMap<String, Vec<usize>>, key: &str) -> &'a [usize] {
    let docs = index.get(key).map(Vec::as_slice).unwrap_or(&[]);
    &docs[docs.len().saturating_sub(RECENT_PER_KIND)..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::{Actor, Tier};

    fn event(doc: &str, cameo: &str, evidence: &str) -> Event {
        let (vnm, lao) = (Actor::of_country("VNM"), Actor::of_country("LAO"));
        Event::new(doc, Tier::Activity, cameo, vnm, lao, evidence)
    }

    fn info(id: &str, occasion: Option<&str>) -> DocInfo {
        DocInfo {
            id: id.into(),
            outlet: format!("{id}.vn"),
            published: None,
            occasion: occasion.map(str::to_string),
            sketch: Vec::new(),
        }
    }

    const WIRE: &str =
        "Le général Nguyen Van Binh a souligné que la situation sanitaire demeure compliquée";

    #[test]
    fn the_same_long_wording_is_one_story() {
        let mut stories = Stories::default();
        assert!(stories
            .add(&info("a", None), &[event("a", "030", WIRE)])
            .is_empty());
        // Another outlet's copy: other spaces and apostrophes, one kind only.
        let copy = WIRE.replace(' ', "  ").replace('é', "É");
        let same = stories.add(&info("b", None), &[event("b", "030", &copy)]);
        assert_eq!(same.into_iter().collect::<Vec<_>>(), vec!["a".to_string()]);
    }

    #[test]
    fn short_or_different_wordings_are_not() {
        let mut stories = Stories::default();
        stories.add(
            &info("a", None),
            &[event("a", "030", "les deux parties ont affirmé")],
        );
        assert!(stories
            .add(
                &info("b", None),
                &[event("b", "030", "les deux parties ont affirmé")]
            )
            .is_empty());
        assert!(stories
            .add(
                &info("c", None),
                &[event("c", "030", &WIRE.replace("compliquée", "stable"))]
            )
            .is_empty());
    }

    #[test]
    fn four_kinds_in_common_are_one_story() {
        let mut stories = Stories::default();
        let kinds = ["040", "057", "062", "030"];
        let doc = |d: &str| -> Vec<Event> { kinds.iter().map(|k| event(d, k, "…")).collect() };
        stories.add(&info("a", None), &doc("a"));
        assert_eq!(stories.add(&info("b", None), &doc("b")).len(), 1);
        // Three kinds are common to any two reports of one pair's talks.
        assert!(stories.add(&info("c", None), &doc("c")[..3]).is_empty());
    }

    #[test]
    fn the_same_numbered_occasion_is_one_story() {
        let mut stories = Stories::default();
        let talks = |d: &str| vec![event(d, "040", "ont eu des entretiens")];
        stories.add(&info("a", Some("2 exchange")), &talks("a"));
        stories.add(&info("b", Some("3 exchange")), &talks("b"));
        let same = stories.add(&info("c", Some("2 exchange")), &talks("c"));
        assert_eq!(same.into_iter().collect::<Vec<_>>(), vec!["a".to_string()]);
        // No occasion, one kind in common: not one story.
        assert!(stories.add(&info("d", None), &talks("d")).is_empty());
    }
}
