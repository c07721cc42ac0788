//! Which clusters a report is compared with: those of its block (tier,
//! CAMEO root and the pair of parties), and within a block, when the report
//! has a certain date, only the clusters whose first report falls near it
//! (plus the clusters without a certain date). A year of relations between
//! two countries holds hundreds of events; a report meets a handful.

use std::collections::BTreeMap;

use attache_model::DateSpan;
use rustc_hash::FxHashMap;

use crate::report::Report;
use crate::rules::OUTLET_TOLERANCE;

/// Longest span (days) indexed by its first day; longer ones go with the undated.
const MAX_INDEXED_SPAN: i64 = 62;

/// The day a report is indexed by: the first day of a certain, short span.
pub(crate) fn key_day(report: &Report) -> Option<(i64, i64)> {
    key_days(report.span, report.year_uncertain)
}

/// [`key_day`] of a report dated `span`, its year uncertain or not.
pub(crate) fn key_days(span: Option<DateSpan>, year_uncertain: bool) -> Option<(i64, i64)> {
    let span = span?;
    if year_uncertain || span.year_unknown() || span.days() > MAX_INDEXED_SPAN {
        return None;
    }
    Some((span.first.ordinal(false), span.last.ordinal(false)))
}

#[derive(Debug, Default)]
struct Block {
    /// By the first key day of each cluster's first report: the cluster,
    /// and the last key day of that report.
    by_day: BTreeMap<i64, Vec<(usize, i64)>>,
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
            Some((day, last)) => entry.by_day.entry(day).or_default().push((i, last)),
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
            // Of those, a cluster whose first report ends more than a day
            // before this one starts cannot be its event: two certain
            // dates must overlap within the outlets' tolerance
            // (`rules::dates`), and a cluster's first report is dated.
            Some((first, last)) => {
                let (from, to) = candidate_days(first, last);
                let near = |&&(_, ends): &&(usize, i64)| ends + OUTLET_TOLERANCE >= first;
                for ids in entry.by_day.range(from..=to).map(|(_, ids)| ids) {
                    found.extend(ids.iter().filter(near).map(|&(i, _)| i));
                }
            }
            None => {
                for ids in entry.by_day.values() {
                    found.extend(ids.iter().map(|&(i, _)| i));
                }
            }
        }
        found.sort_unstable();
        found
    }
}

#[cfg(test)]
mod tests {
    use attache_model::{Actor, Event, Tier};

    use crate::report::{DocInfo, Report};

    fn event(date: Option<&str>, method: Option<&str>) -> Event {
        Event {
            date: date.map(str::to_string),
            date_method: method.map(str::to_string),
            ..Event::new(
                "d",
                Tier::Activity,
                "040",
                Actor::of_country("VNM"),
                Actor::of_country("LAO"),
                "ont eu des entretiens à Hanoï",
            )
        }
    }

    #[test]
    fn a_store_keys_an_event_by_the_day_its_report_is_filed_under() {
        let dates = [
            (Some("2024-10-22"), None),
            (Some("2024-10"), None),
            (Some("2024-10-22/2024-10-25"), None),
            (Some("2024-01/2024-06"), None),
            (Some("XXXX-10-22"), None),
            (Some("2024"), None),
            (Some("2022-03-01"), Some("article_year")),
            (Some("2022-03-01"), Some("month and sentence year")),
            (None, None),
        ];
        for (date, method) in dates {
            let e = event(date, method);
            let report = Report::new(e.clone(), &DocInfo::default());
            let day = super::key_day(&report);
            assert_eq!(
                crate::index_key(&e).1,
                day.map(|(first, _)| first),
                "{date:?}"
            );
            assert_eq!(
                crate::candidate_days(&e),
                day.map(|(first, last)| super::candidate_days(first, last)),
                "{date:?}"
            );
        }
    }
}
