//! A cluster: the reports of one real event, and the canonical event their
//! agreement gives.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use attache_model::{Actor, CanonicalEvent, Place};

use crate::report::Report;

/// The reports of one real event, in the order they arrived.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub event_id: String,
    /// The first [`KEPT_REPORTS`] reports, compared with newcomers and
    /// giving the canonical fields.
    pub reports: Vec<Report>,
    /// Reports beyond those, counted by document, with each outlet's best
    /// confidence: a widely reported event costs neither memory nor time
    /// per report. (Should every kept report be withdrawn, the counted ones
    /// go with them.)
    pub more: BTreeMap<String, (String, f32, usize)>,
    /// The number of the document whose report joined last.
    pub last_document: usize,
    /// Where the cluster stands in the order clusters were made: a report
    /// fitting several equally joins the earliest. (Clusters resumed from
    /// a store in any order still keep the order they were made in.)
    pub seq: u64,
}

/// Reports a cluster keeps in full.
pub const KEPT_REPORTS: usize = 32;
/// Reports a cluster of a windowed deduper keeps (enough to compare with).
pub const KEPT_REPORTS_WINDOWED: usize = 8;

/// The value most items agree on; ties go to the earliest.
fn agreed<T: Clone + PartialEq>(items: impl Iterator<Item = T>) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(v, _)| *v == item) {
            Some((_, n)) => *n += 1,
            None => counts.push((item, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

impl Cluster {
    /// Adds a report: in full while there is room, else counted (unless
    /// `count_more` is off: a windowed deduper keeps no canonical events, and
    /// an event reported without end must not grow memory).
    pub fn push(&mut self, report: Report, count_more: bool) {
        let keep = if count_more {
            KEPT_REPORTS
        } else {
            KEPT_REPORTS_WINDOWED
        };
        if self.reports.len() < keep {
            self.reports.push(report);
            return;
        }
        if !count_more {
            return;
        }
        let confidence = report.event.confidence.unwrap_or(0.5);
        let entry =
            self.more
                .entry(report.event.doc.clone())
                .or_insert((report.outlet.clone(), 0.0, 0));
        entry.1 = entry.1.max(confidence);
        entry.2 += 1;
    }

    /// Takes out the reports of document `doc`; whether any was there.
    pub fn remove_document(&mut self, doc: &str) -> bool {
        let before = self.reports.len();
        self.reports.retain(|r| r.event.doc != doc);
        let counted = self.more.remove(doc).is_some();
        counted || self.reports.len() != before
    }

    /// Whether no report is left.
    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }

    /// The canonical event: each field as most reports give it.
    pub fn canonical(&self) -> CanonicalEvent {
        let cameo = agreed(self.reports.iter().map(|r| r.event.cameo.clone()))
            .expect("a cluster has a report");
        // Dates: most reports, then explicit years before inferred ones,
        // then the most precise.
        let date = {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for r in &self.reports {
                if let Some(d) = r.event.date.as_deref() {
                    *counts.entry(d).or_default() += 1;
                }
            }
            self.reports
                .iter()
                .filter(|r| r.span.is_some())
                .max_by_key(|r| {
                    let span = r.span.expect("dated");
                    (
                        counts[r.event.date.as_deref().unwrap_or("")],
                        !r.year_uncertain,
                        -span.days(),
                    )
                })
                .and_then(|r| r.event.date.clone())
        };
        let representative = self
            .reports
            .iter()
            .find(|r| r.event.cameo == cameo && r.event.date == date)
            .or_else(|| self.reports.iter().find(|r| r.event.cameo == cameo))
            .unwrap_or(&self.reports[0]);
        let parties = representative.parties();
        let side = |i: usize| -> Actor {
            let party = parties[i];
            let actors = self.reports.iter().filter_map(|r| {
                let p = r.parties();
                if p[i] == party {
                    Some([&r.event.source, &r.event.target][i])
                } else if p[1 - i] == party {
                    Some([&r.event.source, &r.event.target][1 - i])
                } else {
                    None
                }
            });
            let actors: Vec<&Actor> = actors.collect();
            let own = [&representative.event.source, &representative.event.target][i];
            Actor {
                country: own.country.clone(),
                igo: own.igo.clone(),
                sector: agreed(actors.iter().filter_map(|a| a.sector.clone())),
                name: agreed(actors.iter().filter_map(|a| a.name.clone())),
                title: agreed(actors.iter().filter_map(|a| a.title.clone())),
            }
        };
        let place: Option<Place> =
            agreed(self.reports.iter().filter_map(|r| r.event.place.clone()));
        let docs: BTreeSet<&str> = self
            .reports
            .iter()
            .map(|r| r.event.doc.as_str())
            .chain(self.more.keys().map(String::as_str))
            .collect();
        // Noisy-or over outlets: each independent outlet's best confidence.
        let mut best: HashMap<&str, f32> = HashMap::new();
        let counted = self
            .more
            .values()
            .map(|(outlet, c, _)| (outlet.as_str(), *c));
        let kept = self
            .reports
            .iter()
            .map(|r| (r.outlet.as_str(), r.event.confidence.unwrap_or(0.5)));
        for (outlet, c) in kept.chain(counted) {
            let e = best.entry(outlet).or_insert(0.0);
            *e = e.max(c);
        }
        let confidence = 1.0 - best.values().map(|c| 1.0 - c).product::<f32>();
        CanonicalEvent {
            event_id: self.event_id.clone(),
            tier: representative.event.tier,
            cameo,
            source: side(0),
            target: side(1),
            date,
            place,
            evidence: representative.event.evidence.clone(),
            doc: representative.event.doc.clone(),
            mentions: self.reports.len() + self.more.values().map(|(.., n)| n).sum::<usize>(),
            sources: best.len(),
            docs: docs.into_iter().map(str::to_string).collect(),
            confidence: (confidence * 100.0).round() / 100.0,
        }
    }
}
