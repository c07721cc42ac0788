//! Recognition of actor mentions.
//!
//! [`recognize`] runs the lexicon's gazetteer over the cleaned text (so that
//! repaired glued words match and removed regions never do) and maps every
//! mention back to code points of the original text. A country comes from
//! the form itself (`Vietnam`, `laotienne`, `sino-`, `Hanoï`); an
//! institution or title that names no country (`le ministre de la Défense`)
//! takes a country named right next to it (`l'ambassadeur du Japon`,
//! `French Defence Minister`), else the home country of the outlet when the
//! outlet's address tells it.
//!
//! Still to come (issue 3): persons with their titles and appositions,
//! within-document coreference, office holders by date, user dictionaries.
//!
//! ```
//! use attache_model::{Document, Lang};
//! let doc = Document { id: "d".into(), url: None, source: Some("fr.example.vn".into()), lang: Lang::Fr,
//!     title: None, published: None, text: "Le ministre de la Défense a reçu l'ambassadeur du Japon.".into() };
//! let clean = attache_clean_free_example(&doc.text);
//! let mentions = attache_recognize::recognize(&doc, &clean);
//! assert_eq!(mentions[0].country.as_deref(), Some("VNM")); // outlet's home country
//! assert_eq!(mentions.last().unwrap().country.as_deref(), Some("JPN"));
//! # fn attache_clean_free_example(text: &str) -> attache_model::CleanResult {
//! #     attache_model::CleanResult { kept: vec![attache_model::Span::new(0, text.chars().count())],
//! #         removed: vec![], repairs: vec![], text: text.to_string() }
//! # }
//! ```

mod home;

use attache_lexicon::{actor_gazetteer, EntryKind, Hit};
use attache_model::{CleanResult, Document};
use serde::Serialize;

pub use home::home_country;

/// One mention of an actor, with its span in the original text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntryKind,
    pub country: Option<String>,
    pub igo: Option<String>,
    pub sector: Option<String>,
    /// How the country was decided: `lexicon`, `apposition` or `outlet`.
    pub country_from: Option<&'static str>,
}

/// The actor mentions of `doc` within its kept text, in text order.
pub fn recognize(doc: &Document, clean: &CleanResult) -> Vec<Mention> {
    let offsets = clean.original_offsets();
    let cleaned: Vec<char> = clean.text.chars().collect();
    let home = home_country(doc);
    let hits = actor_gazetteer().find(&clean.text);
    let countries: Vec<(Option<&str>, Option<&'static str>)> = (0..hits.len())
        .map(|i| country_of(&hits, i, &cleaned, home))
        .collect();
    hits.iter()
        .zip(countries)
        .filter_map(|(hit, (country, country_from))| {
            let span = clean.original_span(&offsets, hit.start, hit.end)?;
            let entry = hit.entries[0];
            Some(Mention {
                start: span.start,
                end: span.end,
                text: cleaned[hit.start..hit.end].iter().collect(),
                kind: entry.kind,
                country: country.map(str::to_string),
                igo: entry.igo.map(str::to_string),
                sector: entry.sector.map(str::to_string),
                country_from,
            })
        })
        .collect()
}

/// The country of hit `i`: its own, else — for a title or institution — a
/// country named right after it (`ambassadeur du Japon`, `ministre lao`,
/// `Minister of Vietnam`) or an adjective right before it (`French
/// Defence Minister`), else the outlet's home country.
fn country_of<'a>(
    hits: &[Hit],
    i: usize,
    text: &[char],
    home: Option<&'a str>,
) -> (Option<&'a str>, Option<&'static str>) {
    let entry = hits[i].entries[0];
    if let Some(country) = entry.country {
        return (Some(country), Some("lexicon"));
    }
    if !matches!(entry.kind, EntryKind::Institution | EntryKind::Title) {
        return (None, None);
    }
    let is_country = |h: &Hit| {
        matches!(
            h.entries[0].kind,
            EntryKind::CountryName | EntryKind::CountryAdjective
        )
    };
    let gap =
        |a: usize, b: usize| -> String { text[a..b].iter().collect::<String>().to_lowercase() };
    if let Some(next) = hits.get(i + 1).filter(|h| is_country(h)) {
        let between = gap(hits[i].end, next.start);
        let linking = [
            "", "du", "de", "de la", "de l'", "d'", "des", "of", "of the", "to", "in", "au", "aux",
            "en",
        ];
        if linking.contains(&between.trim()) && !between.contains('\n') {
            return (next.entries[0].country, Some("apposition"));
        }
    }
    if let Some(prev) = i
        .checked_sub(1)
        .map(|p| &hits[p])
        .filter(|h| h.entries[0].kind == EntryKind::CountryAdjective)
    {
        if gap(prev.end, hits[i].start).trim().is_empty() {
            return (prev.entries[0].country, Some("apposition"));
        }
    }
    match home {
        Some(h) => (Some(h), Some("outlet")),
        None => (None, None),
    }
}
