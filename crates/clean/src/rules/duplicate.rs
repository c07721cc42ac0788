//! Paragraphs the page holds twice: a lead repeated as the first paragraph,
//! or a copy whose spaces were lost (`relationsextérieures`). Paragraphs are
//! compared on their letters and digits only, by shared 8-character
//! shingles, so spacing and punctuation do not hide a copy. Of two copies the
//! one without its spaces goes; otherwise the one that says less (the
//! shorter), and between equals the later.

use std::ops::Range;

use attache_model::RemovalReason;
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use super::{already_cut, Cut};
use crate::layout::Layout;

const SHINGLE_CHARS: usize = 8;
/// Paragraphs shorter than this (letters and digits) are too short to call copies.
const MIN_COMPARED_CHARS: usize = 40;
/// Share of a paragraph's shingles found in the other for the pair to be copies.
const MIN_CONTAINMENT: f64 = 0.9;

struct Candidate {
    full: Range<usize>,
    /// In text order, repeats included.
    shingles: Vec<u64>,
    /// Letters and digits: how much the paragraph says.
    alnum: usize,
    /// Whitespace per letter or digit: near zero for a copy that lost its spaces.
    spacing: f64,
}

fn candidate(text: &str, range: Range<usize>, full: Range<usize>) -> Option<Candidate> {
    let content = &text[range];
    let key = lowercase_alphanumerics(content);
    if key.len() < MIN_COMPARED_CHARS {
        return None;
    }
    let spaces = content.chars().filter(|c| c.is_whitespace()).count();
    let shingles: Vec<u64> = key.windows(SHINGLE_CHARS).map(shingle_hash).collect();
    Some(Candidate {
        full,
        shingles,
        alnum: key.len(),
        spacing: spaces as f64 / key.len() as f64,
    })
}

/// The letters and digits of `content`, lowercased.
fn lowercase_alphanumerics(content: &str) -> Vec<char> {
    let mut key = Vec::with_capacity(content.len());
    for c in content.chars().filter(|c| c.is_alphanumeric()) {
        // ASCII directly: `to_lowercase`'s iterator costs more than the test.
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
        } else {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// A cheap hash of a window of characters (FNV-1a over the code points).
fn shingle_hash(window: &[char]) -> u64 {
    window.iter().fold(0xcbf2_9ce4_8422_2325, |h, &c| {
        (h ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Which of two copies to drop: the spaceless one, else the shorter, else the later.
fn loser(earlier: &Candidate, later: &Candidate) -> Loser {
    if earlier.spacing < later.spacing * 0.5 {
        Loser::Earlier
    } else if later.spacing < earlier.spacing * 0.5 || later.alnum <= earlier.alnum {
        Loser::Later
    } else {
        Loser::Earlier
    }
}

enum Loser {
    Earlier,
    Later,
}

pub fn cut(text: &str, layout: &Layout, cuts: &mut Vec<Cut>) {
    let candidates: Vec<Candidate> = layout
        .paragraphs
        .iter()
        .filter(|p| !already_cut(cuts, &p.range))
        .filter_map(|p| candidate(text, p.range.clone(), p.full.clone()))
        .collect();
    for (candidate, dropped) in candidates.iter().zip(dropped_copies(&candidates)) {
        if dropped {
            cuts.push(Cut::new(candidate.full.clone(), RemovalReason::Duplicate));
        }
    }
}

/// Which candidates are copies to drop: each candidate, in order, against
/// every earlier one it shares shingles with, in order, skipping pairs where
/// either side is already dropped.
fn dropped_copies(candidates: &[Candidate]) -> Vec<bool> {
    let total = candidates.iter().map(|c| c.shingles.len()).sum();
    let mut holders = Holders::with_capacity(total);
    let mut distinct = vec![0; candidates.len()];
    let mut shared = SharedCounts::new(candidates.len());
    let mut dropped = vec![false; candidates.len()];
    for (j, later) in candidates.iter().enumerate() {
        for &s in &later.shingles {
            if holders.file(s, j, |earlier| shared.add(earlier)) {
                distinct[j] += 1;
            }
        }
        for (i, n) in shared.drain_sorted() {
            judge_pair(candidates, &distinct, (i, j), n, &mut dropped);
        }
    }
    dropped
}

/// Drops one of candidates `i` (earlier) and `j` (later), which share `n`
/// shingles (of `distinct` each), when they are copies and neither is
/// dropped yet.
fn judge_pair(
    candidates: &[Candidate],
    distinct: &[usize],
    (i, j): (usize, usize),
    n: usize,
    dropped: &mut [bool],
) {
    if dropped[i] || dropped[j] {
        return;
    }
    let (earlier, later) = (&candidates[i], &candidates[j]);
    let smaller = distinct[i].min(distinct[j]) as f64;
    if n as f64 / smaller >= MIN_CONTAINMENT {
        let drop = match loser(earlier, later) {
            Loser::Earlier => i,
            Loser::Later => j,
        };
        dropped[drop] = true;
    }
}

/// The candidates holding each shingle seen so far, as a chain from the
/// latest back: one map entry per shingle and one vector for all the
/// chains, where a map of shingle to a vector of candidates allocated a
/// vector per shingle.
struct Holders {
    /// Shingle → its latest posting.
    latest: FxHashMap<u64, usize>,
    /// Postings: a candidate, and the previous posting of the same shingle.
    postings: Vec<(usize, Option<usize>)>,
}

impl Holders {
    fn with_capacity(shingles: usize) -> Holders {
        Holders {
            latest: FxHashMap::with_capacity_and_hasher(shingles, Default::default()),
            postings: Vec::with_capacity(shingles),
        }
    }

    /// Files `shingle` under candidate `j` (later than every candidate
    /// filed), after calling `earlier` with each candidate that holds it
    /// already, latest first. False when `j` holds it already (a repeat
    /// within the paragraph: nothing is called).
    fn file(&mut self, shingle: u64, j: usize, mut earlier: impl FnMut(usize)) -> bool {
        let posting = self.postings.len();
        let previous = match self.latest.entry(shingle) {
            Entry::Vacant(entry) => {
                entry.insert(posting);
                None
            }
            Entry::Occupied(mut entry) => {
                let latest = *entry.get();
                if self.postings[latest].0 == j {
                    return false;
                }
                entry.insert(posting);
                Some(latest)
            }
        };
        let mut next = previous;
        while let Some(p) = next {
            let (holder, before) = self.postings[p];
            earlier(holder);
            next = before;
        }
        self.postings.push((j, previous));
        true
    }
}

/// Shingles shared with one later candidate, by earlier candidate: a dense
/// count per candidate and the list of those counted, reused from one later
/// candidate to the next.
struct SharedCounts {
    counts: Vec<usize>,
    counted: Vec<usize>,
}

impl SharedCounts {
    fn new(candidates: usize) -> SharedCounts {
        SharedCounts {
            counts: vec![0; candidates],
            counted: Vec::new(),
        }
    }

    fn add(&mut self, candidate: usize) {
        if self.counts[candidate] == 0 {
            self.counted.push(candidate);
        }
        self.counts[candidate] += 1;
    }

    /// Each candidate counted with its count, in order; the counts start
    /// again from zero.
    fn drain_sorted(&mut self) -> Vec<(usize, usize)> {
        self.counted.sort_unstable();
        self.counted
            .drain(..)
            .map(|i| (i, std::mem::take(&mut self.counts[i])))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first version of [`dropped_copies`]: a map of shingle to the
    /// candidates holding it, filled as candidates are read.
    fn dropped_copies_by_map(candidates: &[Candidate]) -> Vec<bool> {
        let shingles: Vec<Vec<u64>> = candidates
            .iter()
            .map(|c| {
                let mut distinct = c.shingles.clone();
                distinct.sort_unstable();
                distinct.dedup();
                distinct
            })
            .collect();
        let distinct: Vec<usize> = shingles.iter().map(Vec::len).collect();
        let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        let mut dropped = vec![false; candidates.len()];
        for (j, later) in shingles.iter().enumerate() {
            let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
            for s in later {
                for &i in index.get(s).map(Vec::as_slice).unwrap_or(&[]) {
                    *shared.entry(i).or_default() += 1;
                }
            }
            let mut shared: Vec<(usize, usize)> = shared.into_iter().collect();
            shared.sort_unstable();
            for (i, n) in shared {
                judge_pair(candidates, &distinct, (i, j), n, &mut dropped);
            }
            for s in later {
                index.entry(*s).or_default().push(j);
            }
        }
        dropped
    }

    /// Paragraphs drawn from few sentences, with and without their spaces,
    /// so that copies, partial copies and strangers all occur.
    fn paragraphs() -> impl Strategy<Value = Vec<String>> {
        let sentence = prop::sample::select(vec![
            "Le ministre de la Défense a reçu l'attaché militaire du Japon à Hanoï.",
            "Lesrelationsextérieuresdesdeuxarméessesontdéveloppéesdepuisdixans.",
            "Les relations extérieures des deux armées se sont développées depuis dix ans.",
            "Les deux parties ont passé en revue la coopération dans la formation.",
            "Ils ont convenu de renforcer les échanges de délégations à tous les niveaux.",
        ]);
        let paragraph = prop::collection::vec(sentence, 1..4).prop_map(|v| v.join(" "));
        prop::collection::vec(paragraph, 0..12)
    }

    proptest! {
        #[test]
        fn chains_drop_what_the_map_dropped(paragraphs in paragraphs()) {
            let text = paragraphs.join("\n\n");
            let mut candidates = Vec::new();
            let mut start = 0;
            for p in &paragraphs {
                let range = start..start + p.len();
                candidates.extend(candidate(&text, range.clone(), range));
                start += p.len() + 2;
            }
            prop_assert_eq!(dropped_copies(&candidates), dropped_copies_by_map(&candidates));
        }
    }
}
