//! The dedup stage: one real event, however many reports state it.
//!
//! Each document's events (reports) arrive in order; a report joins the
//! cluster of earlier reports it is compatible with ([`rules`]), the best
//! scoring one where several are, or starts a new cluster. Every report
//! carries the cluster's stable `event_id` and, when it joined one, the
//! reason (`merge`). A cluster's canonical event takes each field as most of
//! its reports give it.
//!
//! Clusters are found through a block index on (tier, CAMEO root, the pair
//! of parties in either order), so a report is compared with the few
//! clusters of its pair only.
//!
//! ```
//! use attache_dedup::{Deduper, DocInfo};
//! use attache_model::{Actor, Event, Tier};
//! let event = |doc: &str, date: &str| Event {
//!     date: Some(date.into()), id: Some(format!("{doc}#1")), confidence: Some(0.8),
//!     ..Event::new(doc, Tier::Activity, "040", Actor::of_country("VNM"),
//!         Actor::of_country("LAO"), "ont eu des entretiens")
//! };
//! let mut dedup = Deduper::default();
//! let doc = |id: &str, outlet: &str| DocInfo { id: id.into(), outlet: outlet.into(), published: None, occasion: None, sketch: vec![] };
//! let mut first = vec![event("a", "2024-10-22")];
//! let mut second = vec![event("b", "2024-10-23")];
//! dedup.add_document(&doc("a", "vietnamplus.vn"), &mut first);
//! dedup.add_document(&doc("b", "vietnamnews.vn"), &mut second);
//! assert_eq!(first[0].event_id, second[0].event_id);
//! assert!(second[0].merge.as_deref().unwrap().contains("compatible dates"));
//! assert_eq!(dedup.canonical()[0].sources, 2);
//! ```

mod cluster;
mod index;
mod names;
mod report;
pub mod rules;
mod sketch;
mod story;

use rustc_hash::FxHashMap;

use attache_model::{CanonicalEvent, Event};
use sha2::{Digest, Sha256};

pub use cluster::{Cluster, KEPT_REPORTS};
pub use names::Name;
pub use report::{DocInfo, Report};
use rules::{compare, Verdict};
pub use sketch::text_sketch;
pub use story::{same_story, StoryIndex, StoryKeys};

/// Clusters of reports, with a block index.
#[derive(Debug, Default)]
pub struct Deduper {
    clusters: Vec<Cluster>,
    index: index::ClusterIndex,
    /// Fx hashing: ids are digests, looked up for every report (only by key).
    by_id: FxHashMap<String, usize>,
    stories: story::Stories,
    /// Documents added so far.
    documents: usize,
    /// Forget events no report has joined for this many documents.
    window: Option<usize>,
    /// The `seq` of the next cluster made.
    next_seq: u64,
}

/// Drops what only the canonical event needs (evidence, titles, place):
/// a windowed deduper links reports and is not asked for canonical events.
fn lean(event: &mut Event) {
    event.evidence = String::new();
    event.source.title = None;
    event.target.title = None;
    event.place = None;
    event.date_method = None;
}

/// How often (in documents) events out of the window are forgotten.
const SWEEP_EVERY: usize = 1024;
/// Events a windowed deduper keeps at most.
const MAX_WINDOWED_CLUSTERS: usize = 20_000;

/// The block of an event: tier, root and the parties in sorted order.
pub(crate) fn block_of(event: &Event) -> String {
    let mut parties = [
        event.source.party().unwrap_or(""),
        event.target.party().unwrap_or(""),
    ];
    parties.sort_unstable();
    format!(
        "{:?}|{}|{}|{}",
        event.tier,
        event.root(),
        parties[0],
        parties[1]
    )
}

/// What a store indexes a report by to find the events it may join: its
/// block (tier, root, the pair) and, when it has a certain date, the day
/// [`Deduper`] files it under (see `index`).
pub fn index_key(event: &Event) -> (String, Option<i64>) {
    (
        block_of(event),
        event_key_days(event).map(|(first, _)| first),
    )
}

/// The block of [`index_key`] alone, without reading the report's date.
pub fn index_block(event: &Event) -> String {
    block_of(event)
}

/// The first and last key days of `event` as a report ([`index::key_day`]).
fn event_key_days(event: &Event) -> Option<(i64, i64)> {
    let (span, year_uncertain) = report::date_of(event);
    index::key_days(span, year_uncertain)
}

/// The days whose reports (keyed by [`index_key`]) a report keyed `day` may
/// join, or `None` when any of its block may be.
pub fn candidate_days(event: &Event) -> Option<(i64, i64)> {
    event_key_days(event).map(|(first, last)| index::candidate_days(first, last))
}

/// A stable id from the first report of an event.
fn new_event_id(event: &Event) -> String {
    let key = format!(
        "{}|{}|{}|{}",
        event.doc,
        event.id.as_deref().unwrap_or(""),
        event.cameo,
        event.start.unwrap_or(0)
    );
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("ev-{hex}")
}

impl Deduper {
    /// Assigns `event_id` (and `merge` where a report joined an event) to
    /// every event of one document, in order.
    pub fn add_document(&mut self, doc: &DocInfo, events: &mut [Event]) {
        let story = self.stories.add(doc, events);
        self.add_document_with_story(doc, events, story);
    }

    /// [`Deduper::add_document`], for a document whose story (the earlier
    /// documents telling the same, [`same_story`]) was found elsewhere: in
    /// a store.
    pub fn add_document_with_story(
        &mut self,
        doc: &DocInfo,
        events: &mut [Event],
        story: std::collections::BTreeSet<String>,
    ) {
        self.documents += 1;
        if self.window.is_some() && self.documents.is_multiple_of(SWEEP_EVERY) {
            self.sweep();
        }
        let story = std::sync::Arc::new(story);
        for event in events.iter_mut() {
            let mut report = Report::new(event.clone(), doc);
            report.story = story.clone();
            if self.window.is_some() {
                lean(&mut report.event);
            }
            let (event_id, merge) = self.add(report);
            event.event_id = Some(event_id);
            event.merge = merge;
        }
    }

    /// A deduper that keeps in memory only the events a report joined
    /// within the last `documents` documents, so that memory stays flat over
    /// a long stream: reports of one event further apart than that in the
    /// input are not merged. (Without a window, every event is kept.) It
    /// links reports; its canonical events carry no evidence, titles or
    /// place. A window of 0 merges only within each document.
    pub fn with_window(documents: usize) -> Deduper {
        Deduper {
            window: Some(documents),
            ..Deduper::default()
        }
    }

    /// Whether cluster `i` was last reported further back than the window
    /// (sweeps, which free the memory, run only every `SWEEP_EVERY`
    /// documents; this keeps a small window exact in between).
    fn out_of_window(&self, i: usize) -> bool {
        self.window.is_some_and(|w| {
            self.documents
                .saturating_sub(self.clusters[i].last_document)
                > w
        })
    }

    /// Forgets the events and documents out of the window.
    fn sweep(&mut self) {
        let Some(window) = self.window else { return };
        // A report `window` documents back is still in the window.
        let cutoff = self.documents.saturating_sub(window.saturating_add(1));
        self.clusters.retain(|c| c.last_document > cutoff);
        // Events still being reported stay; past a bound, the least recent go.
        if self.clusters.len() > MAX_WINDOWED_CLUSTERS {
            let mut recency: Vec<usize> = self.clusters.iter().map(|c| c.last_document).collect();
            recency.sort_unstable_by(|a, b| b.cmp(a));
            let keep_from = recency[MAX_WINDOWED_CLUSTERS - 1];
            self.clusters.retain(|c| c.last_document >= keep_from);
        }
        self.rebuild_index();
        self.stories.forget_before(cutoff);
    }

    /// Files every cluster anew (after clusters were dropped or lost their
    /// first report).
    fn rebuild_index(&mut self) {
        self.index.clear();
        self.by_id.clear();
        for (i, cluster) in self.clusters.iter().enumerate() {
            self.by_id.insert(cluster.event_id.clone(), i);
            if let Some(first) = cluster.reports.first() {
                self.index.insert(block_of(&first.event), first, i);
            }
        }
    }

    /// Restores the reports of one document as they were stored, each in
    /// the event of its `event_id` (events without one are added anew).
    pub fn restore_document(&mut self, doc: &DocInfo, events: &mut [Event]) {
        let story = std::sync::Arc::new(self.stories.add(doc, events));
        for event in events.iter_mut() {
            let mut report = Report::new(event.clone(), doc);
            report.story = story.clone();
            match event.event_id.clone() {
                Some(id) => self.restore(report, &id),
                None => {
                    let (id, merge) = self.add(report);
                    event.event_id = Some(id);
                    event.merge = merge;
                }
            }
        }
    }

    fn restore(&mut self, report: Report, event_id: &str) {
        let seq = self.next_seq;
        self.restore_at(report, event_id, seq);
    }

    fn restore_at(&mut self, report: Report, event_id: &str, seq: u64) {
        match self.by_id.get(event_id) {
            Some(&i) => self.clusters[i].push(report, self.window.is_none()),
            None => {
                let block = block_of(&report.event);
                self.push_cluster(event_id.to_string(), report, block, seq);
            }
        }
    }

    /// Restores one stored report of document `doc` into the event of its
    /// `event_id`, which, when new here, takes `seq` as its place in the
    /// order events were made (a store gives the order it stored their
    /// first reports in). Reports of one event come in their order.
    pub fn restore_mention(&mut self, doc: &DocInfo, event: Event, seq: u64) {
        let event_id = event.event_id.clone().unwrap_or_default();
        self.restore_at(Report::new(event, doc), &event_id, seq);
    }

    /// Lets go of the events `keep` refuses (a store reads them again when
    /// a report may join them); returns how many went.
    pub fn forget(&mut self, keep: impl FnMut(&Cluster) -> bool) -> usize {
        let before = self.clusters.len();
        self.clusters.retain(keep);
        let gone = before - self.clusters.len();
        if gone > 0 {
            self.rebuild_index();
        }
        gone
    }

    /// Places event `event_id` at `seq` in the order events were made (a
    /// store numbers an event by its first stored report).
    pub fn set_seq(&mut self, event_id: &str, seq: u64) {
        if let Some(&i) = self.by_id.get(event_id) {
            self.clusters[i].seq = seq;
        }
    }

    /// Whether the event `event_id` is held.
    pub fn contains(&self, event_id: &str) -> bool {
        self.by_id.contains_key(event_id)
    }

    /// Makes the events made from now on come after every `seq` below `seq`.
    pub fn number_new_events_from(&mut self, seq: u64) {
        self.next_seq = self.next_seq.max(seq);
    }

    fn push_cluster(&mut self, event_id: String, report: Report, block: String, seq: u64) {
        let i = self.clusters.len();
        self.by_id.insert(event_id.clone(), i);
        self.next_seq = self.next_seq.max(seq + 1);
        self.clusters.push(Cluster {
            event_id,
            reports: vec![report],
            more: Default::default(),
            last_document: self.documents,
            seq,
        });
        self.index.insert(block, &self.clusters[i].reports[0], i);
    }

    /// Adds one report; returns its event id and why it joined, if it did.
    pub fn add(&mut self, mut report: Report) -> (String, Option<String>) {
        let block = block_of(&report.event);
        // The clusters the report may join, with the score and reason of each.
        let mut same: Vec<(u32, usize, String)> = Vec::new();
        let mut candidates = self.index.candidates(&block, &report);
        candidates.sort_by_key(|&i| self.clusters[i].seq);
        for i in candidates {
            if self.clusters[i].is_empty() || self.out_of_window(i) {
                continue;
            }
            if let Verdict::Same { reason, score } = compare(&self.clusters[i], &report) {
                same.push((score, i, reason));
            }
        }
        let top = same.iter().map(|s| s.0).max();
        same.retain(|s| Some(s.0) == top);
        let chosen = if same.len() > 1 {
            let tied: Vec<usize> = same.iter().map(|s| s.1).collect();
            self.break_tie(&tied, &report)
        } else {
            same.first().map(|s| s.1)
        };
        let best = chosen.and_then(|i| same.into_iter().find(|s| s.1 == i));
        match best {
            Some((_, i, reason)) => {
                let cluster = &mut self.clusters[i];
                cluster.last_document = self.documents;
                if self.window.is_none() {
                    report.event.event_id = Some(cluster.event_id.clone());
                    report.event.merge = Some(reason.clone());
                }
                cluster.push(report, self.window.is_none());
                (cluster.event_id.clone(), Some(reason))
            }
            None => {
                let mut event_id = new_event_id(&report.event);
                // Ids are hashes: on the rare collision, extend.
                while self.by_id.contains_key(&event_id) {
                    event_id.push('x');
                }
                report.event.event_id = Some(event_id.clone());
                let seq = self.next_seq;
                self.push_cluster(event_id.clone(), report, block, seq);
                (event_id, None)
            }
        }
    }

    /// Of the equally good `clusters` (in the order found), the one whose
    /// evidence shares the most words with the report's (`deux parties ont
    /// affirmé` twice is the same statement), else the first. When the
    /// report has no date and two of the best are events one document tells
    /// apart (its exercise and its patrol), nothing says which it is: it
    /// joins neither.
    fn break_tie(&self, clusters: &[usize], report: &Report) -> Option<usize> {
        let shared = |i: usize| {
            self.clusters[i]
                .reports
                .iter()
                .map(|r| r.shared_words(report))
                .max()
                .unwrap_or(0)
        };
        let most = clusters.iter().map(|&i| shared(i)).max()?;
        let best: Vec<usize> = clusters
            .iter()
            .copied()
            .filter(|&i| shared(i) == most)
            .collect();
        if report.span.is_none() && self.one_document_tells_apart(&best) {
            return None;
        }
        best.first().copied()
    }

    /// Whether two of `clusters` hold reports of one document.
    fn one_document_tells_apart(&self, clusters: &[usize]) -> bool {
        let mut docs = std::collections::HashSet::new();
        clusters.iter().any(|&i| {
            let mut own: Vec<&str> = self.clusters[i]
                .reports
                .iter()
                .map(|r| r.event.doc.as_str())
                .collect();
            own.sort_unstable();
            own.dedup();
            own.into_iter().any(|d| !docs.insert(d))
        })
    }

    /// Takes the reports of document `doc` out (it is being replaced);
    /// returns the ids of the events that lost a report. An event left
    /// without reports is gone from [`Deduper::canonical`].
    pub fn remove_document(&mut self, doc: &str) -> Vec<String> {
        let mut touched = Vec::new();
        for cluster in &mut self.clusters {
            if cluster.remove_document(doc) {
                touched.push(cluster.event_id.clone());
            }
        }
        if !touched.is_empty() {
            // An event left without reports is gone, its id free again: what
            // follows links as it would in a run that never held it.
            self.clusters.retain(|c| !c.is_empty());
            self.rebuild_index();
        }
        touched
    }

    /// The canonical event of `event_id`, or `None` when it has no reports left.
    pub fn canonical_of(&self, event_id: &str) -> Option<CanonicalEvent> {
        let cluster = &self.clusters[*self.by_id.get(event_id)?];
        (!cluster.is_empty()).then(|| cluster.canonical())
    }

    /// The clusters, in order of their first report.
    pub fn clusters(&self) -> &[Cluster] {
        &self.clusters
    }

    /// The canonical event of every cluster.
    pub fn canonical(&self) -> Vec<CanonicalEvent> {
        self.clusters
            .iter()
            .filter(|c| !c.is_empty())
            .map(Cluster::canonical)
            .collect()
    }
}
