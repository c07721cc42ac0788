//! Which clusters a report is compared with: those of its block (tier,
//! CAMEO root and the pair of parties), and within a block, when the report
//! has a certain date, only the clusters whose first report falls near it
//! (plus the clusters without a certain date). A year of relations between
//! two countries holds hundreds of events; a report meets a handful.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::report::Report;

/// Longest span (days) indexed by its first day; longer ones go with the undated.
const MAX_INDEXED_SPAN: i64 = 62;

/// The day a report is indexed by: the first day of a certain, short span.
pub(crate) fn key_day(report: &Report) -> Option<(i64, i64)> {
    let span = report.span?;
    if report.year_uncertain || span.year_unknown() || span.days() > MAX_INDEXED_SPAN {
        return None;
    }
    Some((span.first.ordinal(false), span.last.ordinal(false)))
}

#[derive(Debug, Default)]
struct Block {
    by_day: BTreeMap<i64, Vec<usize>>,
    undated: Vec<usize>,
}

/// The key days of the clusters a report spanning days `first..=last` may
/// join: a cluster whose first report starts on day d spans at most
/// d..d+62; overlapping this report within a day puts d here.
pub(crate) fn candidate_days(first: i64, last: i64) -> (i64, i64) {
    (first - MAX_INDEXED_SPAN - 1, last + 1)
}

/// Clusters by block, then by the day of their first report.
#[derive(Debug, Default)]
pub struct ClusterIndex {
    /// Fx hashing: blocks are our own keys (tier, root, parties), looked up per report.
    blocks: FxHashMap<String, Block>,
}

impl ClusterIndex {
    /// Files cluster `i`, whose first report is `first`, under `block`.
    pub fn insert(&mut self, block: String, first: &Report, i: usize) {
        let entry = self.blocks.entry(block).or_default();
        match key_day(first) {
            Some((day, _)) => entry.by_day.entry(day).or_default().push(i),
            None => entry.undated.push(i),
        }
    }

    pub fn clear(&mut self) {
        self.blocks.clear();
    }

    /// The clusters `report` may join, in the order they were created.
    pub fn candidates(&self, block: &str, report: &Report) -> Vec<usize> {
        let Some(entry) = self.blocks.get(block) else {
            return Vec::new();
        };
        let mut found: Vec<usize> = entry.undated.clone();
        match key_day(report) {
            // A cluster whose first report starts on day d spans at most
            // d..d+62; overlapping this report within a day puts d here.
            Some((first, last)) => {
                let (from, to) = candidate_days(first, last);
                for ids in entry.by_day.range(from..=to).map(|(_, ids)| ids) {
                    found.extend_from_slice(ids);
                }
            }
            None => {
                for ids in entry.by_day.values() {
                    found.extend_from_slice(ids);
                }
            }
        }
        found.sort_unstable();
        found
    }
}
