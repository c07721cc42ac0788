//! Paragraphs the page holds twice: a lead repeated as the first paragraph,
//! or a copy whose spaces were lost (`relationsextérieures`). Paragraphs are
//! compared on their letters and digits only, by shared 8-character
//! shingles, so spacing and punctuation do not hide a copy. Of two copies the
//! one without its spaces goes; otherwise the one that says less (the
//! shorter), and between equals the later.

use std::ops::Range;

use attache_model::RemovalReason;
use rustc_hash::FxHashMap;

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
    let total: usize = candidates.iter().map(|c| c.shingles.len()).sum();
    let mut index: FxHashMap<u64, Vec<usize>> =
        FxHashMap::with_capacity_and_hasher(total, Default::default());
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
            if dropped[i] || dropped[j] {
                continue;
            }
            let earlier = &candidates[i];
            let smaller = earlier.shingles.len().min(later.shingles.len()) as f64;
            if n as f64 / smaller >= MIN_CONTAINMENT {
                let drop = match loser(earlier, later) {
                    Loser::Earlier => i,
                    Loser::Later => j,
                };
                dropped[drop] = true;
            }
        }
        for s in &later.shingles {
            index.entry(*s).or_default().push(j);
        }
    }
    for (candidate, dropped) in candidates.iter().zip(dropped) {
        if dropped {
            cuts.push(Cut::new(candidate.full.clone(), RemovalReason::Duplicate));
        }
    }
}
