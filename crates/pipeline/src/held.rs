//! What a store linker holds of the store between documents, and what it
//! lets go, so that its memory follows the dates its reports may link to,
//! not the length of the run.
//!
//! A report may join the stored events of its block (tier, root, the pair)
//! that have a mention keyed on a day near its own, or no key day at all
//! (`attache_dedup::candidate_days`). The linker reads them when a report
//! needs them and notes what it holds: per block, the spans of key days
//! read, and whether the mentions without a key day were. Whatever it
//! holds covers those spans whole: every stored event with a mention keyed
//! in them is held, so that a report finds the same events whether they
//! were held or read for it.
//!
//! After each batch is committed (the store then holds everything the
//! linker does), [`Held::sweep`] lets go of what the reports of the last
//! two batches did not ask for: in a block none of them reached, every
//! event; in the others, the events whose mentions are all keyed before
//! the first day any of those reports reached — and the spans read shrink
//! to match. News arrives roughly in the order it happens, so what goes is
//! what the next reports are least likely to need; a report that does is
//! given it from the store again.

use std::collections::{HashMap, HashSet};

use attache_dedup::{index_block, Cluster, Deduper, StoryKeys};
use rustc_hash::FxHashMap;

/// The latest documents under a story key that are looked at.
pub(crate) const RECENT_LIMIT: usize = 256;

/// Filed documents kept known past a sweep: those filed last.
const FILED_KEPT: u64 = 4096;

/// What a run holds of the store, valid while no other writer commits.
#[derive(Default)]
pub(crate) struct Held {
    /// Filed documents by number: their id and number of kinds.
    pub(crate) filed: FxHashMap<u64, (String, usize)>,
    /// By story key, the latest documents filed under it (as
    /// `StoryIndex::recent` gives them), kept up to date as documents are filed.
    pub(crate) recent: FxHashMap<String, Vec<u64>>,
    /// Blocks whose every stored event is held.
    pub(crate) whole_blocks: HashSet<String>,
    /// Blocks whose stored events without a key day are held.
    pub(crate) undated: HashSet<String>,
    /// By block, the disjoint spans of key days whose events are held.
    pub(crate) days: HashMap<String, Vec<(i64, i64)>>,
    /// By event held, what its mentions are keyed on.
    keys: FxHashMap<String, Keyed>,
    /// By block, the first key day the reports linked since the last sweep
    /// asked for (`i64::MIN`: all of them), and those of the batch before.
    asked: FxHashMap<String, i64>,
    asked_before: FxHashMap<String, i64>,
}

/// The key days of an event's mentions: the last, and whether one has none.
#[derive(Debug, Clone, Copy, Default)]
struct Keyed {
    last: Option<i64>,
    unkeyed: bool,
}

/// The parts of `window` (days, inclusive) that `covered` (sorted,
/// disjoint spans) leaves out; `covered` then covers `window` too.
pub(crate) fn uncovered(covered: &mut Vec<(i64, i64)>, window: (i64, i64)) -> Vec<(i64, i64)> {
    let mut missing = Vec::new();
    let mut from = window.0;
    for &(lo, hi) in covered.iter() {
        if hi < from || lo > window.1 {
            continue;
        }
        if lo > from {
            missing.push((from, lo - 1));
        }
        from = from.max(hi.saturating_add(1));
    }
    if from <= window.1 {
        missing.push((from, window.1));
    }
    covered.push(window);
    covered.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(covered.len());
    for &(lo, hi) in covered.iter() {
        match merged.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    *covered = merged;
    missing
}

/// `covered` without the days before `from`.
fn from_day(covered: &[(i64, i64)], from: i64) -> Vec<(i64, i64)> {
    covered
        .iter()
        .filter(|&&(_, hi)| hi >= from)
        .map(|&(lo, hi)| (lo.max(from), hi))
        .collect()
}

impl Held {
    /// Document `doc`, numbered `seq`, was filed under `keys`.
    pub(crate) fn filed_as(&mut self, doc: &str, seq: u64, keys: &StoryKeys) {
        self.filed.insert(seq, (doc.to_string(), keys.kinds.len()));
        for key in keys.all() {
            if let Some(docs) = self.recent.get_mut(key) {
                docs.push(seq);
                if docs.len() > RECENT_LIMIT {
                    docs.remove(0);
                }
            }
        }
    }

    /// A report of `block` may join events keyed from day `from` on.
    pub(crate) fn asked(&mut self, block: &str, from: i64) {
        match self.asked.get_mut(block) {
            Some(first) => *first = (*first).min(from),
            None => {
                self.asked.insert(block.to_string(), from);
            }
        }
    }

    /// Event `event_id` is held with a mention keyed on `day`.
    pub(crate) fn holds_mention(&mut self, event_id: &str, day: Option<i64>) {
        let keyed = match self.keys.get_mut(event_id) {
            Some(keyed) => keyed,
            None => self.keys.entry(event_id.to_string()).or_default(),
        };
        match day {
            Some(day) => keyed.last = Some(keyed.last.map_or(day, |last| last.max(day))),
            None => keyed.unkeyed = true,
        }
    }

    /// Lets go of the events held that no recent report asked for (see the
    /// module's doc); returns how many went.
    pub(crate) fn sweep(&mut self, dedup: &mut Deduper) -> usize {
        let current = std::mem::take(&mut self.asked);
        let mut asked = current.clone();
        for (block, &from) in &std::mem::replace(&mut self.asked_before, current) {
            let first = asked.entry(block.clone()).or_insert(from);
            *first = (*first).min(from);
        }
        let asked = &asked;
        let keys = &self.keys;
        let gone = dedup.forget(|cluster| keep(cluster, asked, keys));
        self.keys.retain(|id, _| dedup.contains(id));
        self.whole_blocks
            .retain(|block| asked.get(block) == Some(&i64::MIN));
        self.undated.retain(|block| asked.contains_key(block));
        self.days.retain(|block, covered| match asked.get(block) {
            Some(&from) => {
                *covered = from_day(covered, from);
                true
            }
            None => false,
        });
        // Caches of what the store holds: read again when needed.
        self.recent.clear();
        let last = self.filed.keys().max().copied().unwrap_or(0);
        self.filed
            .retain(|&seq, _| seq.saturating_add(FILED_KEPT) > last);
        gone
    }
}

/// Whether `cluster` stays held: its block was asked for, and it has a
/// mention without a key day or keyed on a day asked for.
fn keep(
    cluster: &Cluster,
    asked: &FxHashMap<String, i64>,
    keys: &FxHashMap<String, Keyed>,
) -> bool {
    let Some(first) = cluster.reports.first() else {
        return false;
    };
    let Some(&from) = asked.get(&index_block(&first.event)) else {
        return false;
    };
    let keyed = keys.get(&cluster.event_id).copied().unwrap_or(Keyed {
        last: None,
        unkeyed: true,
    });
    keyed.unkeyed || keyed.last.is_none_or(|last| last >= from)
}

#[cfg(test)]
mod tests {
    use super::{from_day, uncovered};

    #[test]
    fn only_the_days_not_read_yet_are_read() {
        let mut covered = Vec::new();
        assert_eq!(uncovered(&mut covered, (10, 20)), [(10, 20)]);
        assert_eq!(uncovered(&mut covered, (15, 18)), []);
        assert_eq!(uncovered(&mut covered, (30, 40)), [(30, 40)]);
        assert_eq!(
            uncovered(&mut covered, (5, 45)),
            [(5, 9), (21, 29), (41, 45)]
        );
        assert_eq!(covered, [(5, 45)]);
        assert_eq!(uncovered(&mut covered, (46, 50)), [(46, 50)]);
        assert_eq!(covered, [(5, 50)]);
    }

    #[test]
    fn days_let_go_are_no_longer_covered() {
        let covered = [(i64::MIN, 3), (5, 9), (20, i64::MAX)];
        assert_eq!(from_day(&covered, 7), [(7, 9), (20, i64::MAX)]);
        assert_eq!(from_day(&covered, i64::MIN), covered);
        assert_eq!(from_day(&covered, 10), [(20, i64::MAX)]);
    }
}
