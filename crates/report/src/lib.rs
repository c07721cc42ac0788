//! The annual review of a country's defence relations, written from the
//! store: what an external-relations office presents at its year-end
//! review meeting, every figure traceable to the events behind it.
//!
//! [`gather`] reads the country's canonical events for the period, the
//! period before it and the five calendar years the trend chart covers (one
//! query, the one `attache events` runs) and sorts them into a typed
//! [`Review`]: the year at a glance (each kind of activity with its change
//! from the previous period, the dialogue mechanisms held with their names
//! and sessions, peacekeeping deployments with units and numbers), the
//! partners ranked and grouped with the highest level of contact, a row per
//! month, the main partners over five years, notable events with their
//! evidence and sources, and what the figures rest on and leave out.
//! [`render_html`] writes one self-contained page (inline CSS and SVG
//! charts, no script, links only to `http(s)` sources), [`render_markdown`]
//! tables to paste, [`render_json`] every figure with its event ids. Labels
//! are French or English; evidence is never translated.
//!
//! What is counted: an event counts in a period when its dates overlap it
//! (as `attache events --from --to` has it); a visit the coder derived from
//! a reception is not counted again (the reception is); events below
//! [`Request::min_confidence`] and events without a known year are left
//! out of the figures and counted under coverage.
//!
//! ```
//! use attache_model::{Actor, CanonicalEvent, CleanResult, Document, Lang, Tier};
//! use attache_report::{gather, render_html, render_markdown, Period, ReportLang, Request};
//! use attache_store::Store;
//!
//! let doc = Document { id: "d1".into(), url: Some("https://example.org/call".into()),
//!     source: Some("example.org".into()), lang: Lang::Fr, title: None,
//!     published: Some("2024-08-19".into()), text: "Le ministre a eu un entretien téléphonique.".into() };
//! let call = CanonicalEvent {
//!     event_id: "ev-1".into(), tier: Tier::Activity, cameo: "041".into(),
//!     source: Actor { name: Some("Phan Van Giang".into()),
//!         title: Some("ministre de la Défense".into()), ..Actor::of_country("VNM") },
//!     target: Actor::of_country("KHM"), date: Some("2024-08-19".into()), place: None,
//!     evidence: "a eu un entretien téléphonique".into(), doc: "d1".into(),
//!     mentions: 1, sources: 1, docs: vec!["d1".into()], confidence: 0.8 };
//! let store = Store::open_in_memory()?;
//! let mut batch = store.batch()?;
//! let clean = CleanResult { kept: vec![], removed: vec![], repairs: vec![], text: String::new() };
//! batch.put_document(&doc, &clean)?;
//! batch.put_canonical(&call)?;
//! batch.commit()?;
//!
//! let request = Request::new("VNM", Period::year(2024), ReportLang::Fr);
//! let review = gather(&store, &request)?;
//! let calls = review.glance.iter().find(|f| f.label == "Entretiens téléphoniques et en ligne").unwrap();
//! assert_eq!((calls.count, calls.previous), (1, 0));
//! assert_eq!(review.partners[0].party.name, "Cambodge");
//! assert_eq!(review.partners[0].highest_level.as_ref().unwrap().label, "Ministre");
//! assert!(render_html(&review).contains(r#"<a href="https://example.org/call""#));
//! assert!(render_markdown(&review).contains("| Cambodge | 1 | 0 |"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod charts;
mod details;
mod escape;
mod gather;
mod groups;
mod html;
mod i18n;
mod kinds;
mod levels;
mod markdown;
mod period;
mod review;
mod svg;

pub use gather::{gather, web_url};
pub use groups::{Group, GroupsError};
pub use i18n::ReportLang;
pub use kinds::{kind_of, Family, Kind};
pub use levels::{level_of, Level};
pub use period::Period;
pub use review::*;

/// What a review is asked for.
#[derive(Debug, Clone)]
pub struct Request {
    /// The country reported on (ISO 3166-1 alpha-3).
    pub country: String,
    pub period: Period,
    /// Narrows the review to one partner (a country or an organisation).
    pub partner: Option<String>,
    pub lang: ReportLang,
    /// A groups table (`party<TAB>group` lines) whose lines win over the shipped one.
    pub groups: Option<String>,
    /// Events below this confidence are left out of the figures. The coder
    /// gives 0.4 to a report whose other party it took from the document
    /// rather than the sentence.
    pub min_confidence: f32,
}

/// The confidence below which events are left out unless asked otherwise.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.0;

impl Request {
    pub fn new(country: &str, period: Period, lang: ReportLang) -> Request {
        Request {
            country: country.to_uppercase(),
            period,
            partner: None,
            lang,
            groups: None,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] attache_store::StoreError),
    #[error("groups table: {0}")]
    Groups(#[from] GroupsError),
}

/// The review as one self-contained HTML document.
pub fn render_html(review: &Review) -> String {
    html::render(review, &html::Styling::Inline)
}

/// The review as an HTML page whose style sheet ([`STYLESHEET`]) is served
/// at `stylesheet` (for a server whose Content-Security-Policy forbids
/// inline styles).
pub fn render_html_linked(review: &Review, stylesheet: &str) -> String {
    html::render(review, &html::Styling::Linked(stylesheet))
}

pub use html::STYLESHEET;

/// The review as Markdown.
pub fn render_markdown(review: &Review) -> String {
    markdown::render(review)
}

/// The review as pretty-printed JSON: every figure with the ids of the
/// events it counts.
pub fn render_json(review: &Review) -> String {
    serde_json::to_string_pretty(review).expect("a review serializes") + "\n"
}
