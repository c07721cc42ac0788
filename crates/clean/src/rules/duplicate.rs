//! Paragraphs the page holds twice: a lead repeated as the first paragraph,
//! or a copy whose spaces were lost (`relationsextérieures`). Paragraphs are
//! compared on their letters and digits only, by shared 8-character
//! shingles, so spacing and punctuation do not hide a copy. Of two copies the
//! one without its spaces goes; otherwise the one that says less (the
//! shorter), and between equals the later.

use std::ops::Range;

use attache_model::RemovalReason;

use super::{already_cut, Cut};
use crate::layout::Layout;

const SHINGLE_CHARS: usize = 8;
/// Paragraphs shorter than this (letters and digits) are too short to call copies.
const MIN_COMPARED_CHARS: usize = 40;
/// Share of a paragraph's shingles found in the other for the pair to be copies.
const MIN_CONTAINMENT: f64 = 0.9;

struct Candidate {
    full: Range<usize>,
    /// Sorted, without repeats.
    shingles: Vec<u64>,
    /// Letters and digits: how much the paragraph says.
    alnum: usize,
    /// Whitespace per letter or digit: near zero for a copy that lost its spaces.
    spacing: f64,
}

fn candidate(text: &str, range: Range<usize>, full: Range<usize>) -> Option<Candidate> {
    let content = &text[range];
    let key: Vec<char> = content
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if key.len() < MIN_COMPARED_CHARS {
        return None;
    }
    let spaces = content.chars().filter(|c| c.is_whitespace()).count();
    let mut shingles: Vec<u64> = key.windows(SHINGLE_CHARS).map(shingle_hash).collect();
    shingles.sort_unstable();
    shingles.dedup();
    Some(Candidate {
        full,
        shingles,
        alnum: key.len(),
        spacing: spaces as f64 / key.len() as f64,
    })
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
    let postings = Postings::new(candidates);
    let mut shared = SharedCounts::new(candidates.len());
    let mut dropped = vec![false; candidates.len()];
    for (j, later) in candidates.iter().enumerate() {
        for &s in &later.shingles {
            for earlier in postings.holders_before(s, j) {
                shared.add(earlier);
            }
        }
        for (i, n) in shared.drain_sorted() {
            judge_pair(candidates, i, j, n, &mut dropped);
        }
    }
    dropped
}

/// Drops one of candidates `i` (earlier) and `j` (later), which share `n`
/// shingles, when they are copies and neither is dropped yet.
fn judge_pair(candidates: &[Candidate], i: usize, j: usize, n: usize, dropped: &mut [bool]) {
    if dropped[i] || dropped[j] {
        return;
    }
    let (earlier, later) = (&candidates[i], &candidates[j]);
    let smaller = earlier.shingles.len().min(later.shingles.len()) as f64;
    if n as f64 / smaller >= MIN_CONTAINMENT {
        let drop = match loser(earlier, later) {
            Loser::Earlier => i,
            Loser::Later => j,
        };
        dropped[drop] = true;
    }
}

/// Every (shingle, candidate) pair of a page, sorted: the candidates holding
/// one shingle lie together, in page order. One sorted vector instead of a
/// map of shingle to candidates, which allocated a vector per shingle.
struct Postings(Vec<(u64, usize)>);

impl Postings {
    fn new(candidates: &[Candidate]) -> Postings {
        let mut postings: Vec<(u64, usize)> = candidates
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.shingles.iter().map(move |&s| (s, i)))
            .collect();
        postings.sort_unstable();
        Postings(postings)
    }

    /// The candidates before `before` that hold `shingle`, in order.
    fn holders_before(&self, shingle: u64, before: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.0.partition_point(|&(s, _)| s < shingle);
        self.0[start..]
            .iter()
            .take_while(move |&&(s, i)| s == shingle && i < before)
            .map(|&(_, i)| i)
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
    use rustc_hash::FxHashMap;

    /// The first version of [`dropped_copies`]: a map of shingle to the
    /// candidates holding it, filled as candidates are read.
    fn dropped_copies_by_map(candidates: &[Candidate]) -> Vec<bool> {
        let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        let mut dropped = vec![false; candidates.len()];
        for (j, later) in candidates.iter().enumerate() {
            let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
            for s in &later.shingles {
                for &i in index.get(s).map(Vec::as_slice).unwrap_or(&[]) {
                    *shared.entry(i).or_default() += 1;
                }
            }
            let mut shared: Vec<(usize, usize)> = shared.into_iter().collect();
            shared.sort_unstable();
            for (i, n) in shared {
                judge_pair(candidates, i, j, n, &mut dropped);
            }
            for s in &later.shingles {
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
        fn postings_drop_what_the_map_dropped(paragraphs in paragraphs()) {
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
