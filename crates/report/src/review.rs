//! The review as data: every figure of every section, with the events it
//! counts, in the report's language. Renderers read nothing else.

use serde::Serialize;

use crate::groups::Group;
use crate::i18n::ReportLang;
use crate::kinds::{Family, Kind};
use crate::levels::Level;
use crate::period::Period;

/// The annual review of one country's defence relations.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub lang: ReportLang,
    pub country: Party,
    /// The one partner the review is narrowed to, if any.
    pub partner: Option<Party>,
    pub period: Period,
    /// What the changes are measured against.
    pub previous: Period,
    /// Events below this confidence are left out (counted in `coverage`).
    pub min_confidence: f32,
    /// The year at a glance: one line per kind, every kind listed.
    pub glance: Vec<Figure>,
    /// Sessions of dialogue mechanisms (046) in the period, the first 100
    /// by date (the year at a glance counts them all).
    pub mechanisms: Vec<Mechanism>,
    /// Peacekeeping deployments (074) in the period, the first 100 by date.
    pub deployments: Vec<Deployment>,
    /// Partners by number of events in the period, most first.
    pub partners: Vec<PartnerRow>,
    /// Totals per group of partners, in the groups' order.
    pub groups: Vec<GroupTotal>,
    /// One row per month of the period.
    pub months: Vec<MonthRow>,
    /// The main partners over the five calendar years ending with the period.
    pub trend: Trend,
    pub notable: Vec<Notable>,
    pub coverage: Coverage,
}

/// A country or organisation with its name in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub code: String,
    pub name: String,
}

/// One line of the year at a glance.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub kind: Kind,
    pub label: String,
    pub count: usize,
    pub previous: usize,
    /// `count - previous`.
    pub change: i64,
    /// The events counted, by date.
    pub event_ids: Vec<String>,
}

/// A session of a dialogue or consultation mechanism.
#[derive(Debug, Clone, Serialize)]
pub struct Mechanism {
    pub event_id: String,
    pub date: Option<String>,
    pub partner: Party,
    /// The mechanism's name as the text gives it (`Defence Policy Dialogue`).
    pub name: Option<String>,
    /// The session's number when the text gives it (15 for the 15th).
    pub session: Option<u32>,
}

/// A peacekeeping deployment and what the text states of it.
#[derive(Debug, Clone, Serialize)]
pub struct Deployment {
    pub event_id: String,
    pub date: Option<String>,
    pub mission: Party,
    /// Units named (`level-2 field hospital`, `engineering unit`).
    pub units: Vec<String>,
    /// Numbers of people as stated (`63 officers`).
    pub personnel: Vec<String>,
}

/// A partner's line in the ranked table.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerRow {
    pub party: Party,
    pub group: Group,
    pub group_label: String,
    pub events: usize,
    pub previous: usize,
    pub kinds: Vec<KindCount>,
    pub highest_level: Option<Contact>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindCount {
    pub kind: Kind,
    pub label: String,
    pub count: usize,
}

/// The highest-ranking person seen in a partner's events, on either side.
#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub level: Level,
    pub label: String,
    pub person: String,
    pub title: String,
    /// The party the person acts for.
    pub party: String,
    pub event_id: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupTotal {
    pub group: Group,
    pub label: String,
    pub partners: usize,
    pub events: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MonthRow {
    /// `YYYY-MM`.
    pub month: String,
    pub label: String,
    /// One count per family, in `Family::ALL` order.
    pub counts: Vec<FamilyCount>,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FamilyCount {
    pub family: Family,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Trend {
    pub years: Vec<i32>,
    /// The main partners, each with one count per year.
    pub partners: Vec<TrendRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrendRow {
    pub party: Party,
    pub counts: Vec<usize>,
}

/// An event worth naming: reported by many outlets, or at a high level.
#[derive(Debug, Clone, Serialize)]
pub struct Notable {
    pub event_id: String,
    pub date: Option<String>,
    pub kind: Kind,
    pub kind_label: String,
    pub cameo: String,
    pub source: Side,
    pub target: Side,
    /// The representative report's evidence, shortened, untranslated.
    pub evidence: String,
    pub sources: usize,
    pub level: Option<Level>,
    pub links: Vec<SourceLink>,
}

/// One side of an event.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    pub party: Option<Party>,
    pub person: Option<String>,
    pub title: Option<String>,
}

/// A document that reports an event.
#[derive(Debug, Clone, Serialize)]
pub struct SourceLink {
    pub doc: String,
    pub outlet: Option<String>,
    /// Only `http:` and `https:` addresses; anything else is not a link.
    pub url: Option<String>,
}

/// What the figures rest on, and what they leave out.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Events counted in the period.
    pub events: usize,
    pub documents: usize,
    pub outlets: Vec<OutletCount>,
    /// Events of the country with no known year whose report was
    /// published in the period: not in the figures, counted here by kind.
    pub unknown_year: Vec<KindCount>,
    pub unknown_year_ids: Vec<String>,
    /// Events of the country (any partner) with no known year whose report
    /// has no publication date either: no period can claim them.
    pub unknown_year_unpublished: u64,
    /// Events in the period below `min_confidence`: left out.
    pub low_confidence_ids: Vec<String>,
    /// Visits in the period that are the other face of a reception (derived
    /// from it by the coder, or stated beside it on a day in common): the
    /// reception is counted, these are not.
    pub derived_ids: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutletCount {
    pub outlet: String,
    /// Documents of this outlet behind the events counted.
    pub documents: usize,
}
