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

use std::collections::BTreeSet;

use attache_model::Event;
use rustc_hash::{FxHashMap, FxHashSet};

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

/// What a document is filed under to find the documents of its story:
/// each event kind (`b:` and its block), each long wording (`w:`), its
/// numbered occasion (`o:`), each hash of its text's sketch (`h:`: copies
/// of one text share most of them, dated or not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryKeys {
    pub kinds: BTreeSet<String>,
    pub others: BTreeSet<String>,
    pub sketch: BTreeSet<String>,
}

impl StoryKeys {
    /// The keys of document `doc` with `events`.
    pub fn of(doc: &DocInfo, events: &[Event]) -> StoryKeys {
        let kinds = events.iter().map(|e| format!("b:{}", kind(e))).collect();
        let mut others: BTreeSet<String> = events
            .iter()
            .map(|e| wording(&e.evidence))
            .filter(|w| w.chars().count() >= MIN_WORDING_CHARS)
            .map(|w| format!("w:{w}"))
            .collect();
        others.extend(doc.occasion.iter().map(|o| format!("o:{o}")));
        let sketch = doc.sketch.iter().map(|h| format!("h:{h:016x}")).collect();
        StoryKeys {
            kinds,
            others,
            sketch,
        }
    }

    /// Every key, kinds first.
    pub fn all(&self) -> impl Iterator<Item = &String> {
        self.kinds.iter().chain(&self.others).chain(&self.sketch)
    }
}

/// Where the documents already seen are filed by their [`StoryKeys`]:
/// in memory (`Stories`), or in a store.
pub trait StoryIndex {
    type Error;
    /// The latest documents filed under `key`, at most `limit`, as numbers
    /// that grow with the order documents were filed in.
    fn recent(&mut self, key: &str, limit: usize) -> Result<Vec<u64>, Self::Error>;
    /// The number of kinds of document `doc`.
    fn kinds(&mut self, doc: u64) -> Result<usize, Self::Error>;
    /// The id of document `doc`.
    fn id(&mut self, doc: u64) -> Result<String, Self::Error>;
}

/// The documents of `index` that tell the same story as one with `keys`:
/// at least four kinds in common (three are common to any two reports of
/// talks between one pair), and most of the smaller document's kinds; an
/// event in the same long words; or the same numbered occasion.
pub fn same_story<I: StoryIndex>(
    index: &mut I,
    keys: &StoryKeys,
) -> Result<BTreeSet<String>, I::Error> {
    // Fx maps: the keys are document numbers, and each map is read in an
    // order that does not matter (`same` is sorted by a total order below).
    let mut shared: FxHashMap<u64, usize> = FxHashMap::default();
    for k in &keys.kinds {
        for d in index.recent(k, RECENT_PER_KIND)? {
            *shared.entry(d).or_default() += 1;
        }
    }
    let mut same: Vec<(u64, usize)> = Vec::new();
    for (d, n) in shared {
        let smaller = keys.kinds.len().min(index.kinds(d)?);
        if n >= MIN_SHARED_KINDS && 2 * n > smaller {
            same.push((d, n));
        }
    }
    // Copies of the same text (most of the sketch shared), the same words
    // or the same occasion: ranked as if they shared every kind.
    let mut hashes: FxHashMap<u64, usize> = FxHashMap::default();
    for k in &keys.sketch {
        for d in index.recent(k, RECENT_PER_KIND)? {
            *hashes.entry(d).or_default() += 1;
        }
    }
    let copies = hashes
        .into_iter()
        .filter(|&(_, n)| n >= crate::sketch::MIN_SHARED)
        .map(|(d, _)| d);
    let mut others: Vec<u64> = copies.collect();
    for k in &keys.others {
        others.extend(index.recent(k, RECENT_PER_KIND)?);
    }
    // The earliest copy found stands for the story's first report, whose
    // events every later copy must reach however many copies came between.
    let earliest = others.iter().min().copied();
    let mut in_same: FxHashSet<u64> = same.iter().map(|&(d, _)| d).collect();
    for d in others {
        if in_same.insert(d) {
            same.push((d, index.kinds(d)?));
        }
    }
    // Most kinds in common first, then the latest.
    same.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    let mut ids: BTreeSet<String> = same
        .into_iter()
        .take(MAX_STORY_DOCS)
        .map(|(d, _)| index.id(d))
        .collect::<Result<_, _>>()?;
    if let Some(d) = earliest {
        ids.insert(index.id(d)?);
    }
    Ok(ids)
}

/// The story keys of every document seen, in memory.
#[derive(Debug, Default)]
pub struct Stories {
    /// Document numbers by key.
    docs_of_key: FxHashMap<String, Vec<u64>>,
    /// Id and number of kinds, by document number.
    kinds_of_doc: FxHashMap<u64, (String, usize)>,
    next: u64,
}

impl StoryIndex for Stories {
    type Error = std::convert::Infallible;

    fn recent(&mut self, key: &str, limit: usize) -> Result<Vec<u64>, Self::Error> {
        let docs = self.docs_of_key.get(key).map(Vec::as_slice).unwrap_or(&[]);
        Ok(docs[docs.len().saturating_sub(limit)..].to_vec())
    }

    fn kinds(&mut self, doc: u64) -> Result<usize, Self::Error> {
        Ok(self.kinds_of_doc[&doc].1)
    }

    fn id(&mut self, doc: u64) -> Result<String, Self::Error> {
        Ok(self.kinds_of_doc[&doc].0.clone())
    }
}

impl Stories {
    /// Records the document's events and returns the earlier documents that
    /// tell the same story ([`same_story`]).
    pub fn add(&mut self, doc: &DocInfo, events: &[Event]) -> BTreeSet<String> {
        let keys = StoryKeys::of(doc, events);
        let Ok(same) = same_story(self, &keys);
        self.next += 1;
        let index = self.next;
        self.kinds_of_doc
            .insert(index, (doc.id.clone(), keys.kinds.len()));
        for k in keys.all() {
            self.docs_of_key.entry(k.clone()).or_default().push(index);
        }
        same
    }

    /// Forgets the documents numbered up to `cutoff` (documents are
    /// numbered from 1 in the order they were added).
    pub fn forget_before(&mut self, cutoff: usize) {
        let cutoff = cutoff as u64;
        self.kinds_of_doc.retain(|&d, _| d > cutoff);
        self.docs_of_key.retain(|_, docs| {
            docs.retain(|&d| d > cutoff);
            !docs.is_empty()
        });
    }
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
