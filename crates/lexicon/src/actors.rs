//! Surface forms that name actors: countries (names, adjectives, compound
//! prefixes, capitals), international organisations and missions, national
//! institutions, titles and ranks — loaded from `data/*.tsv`.

use std::sync::OnceLock;

use serde::Serialize;

use crate::tsv::{cell, records, values};

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const ORGS: &str = include_str!("../data/orgs.tsv");
const INSTITUTIONS: &str = include_str!("../data/institutions.tsv");
const TITLES: &str = include_str!("../data/titles.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// `Vietnam`, `les États-Unis`.
    CountryName,
    /// `vietnamien`, `American`.
    CountryAdjective,
    /// `sino-`, `Franco-`: names one side of a pair.
    CountryPrefix,
    /// `Hanoï`, `Washington`: often stands for the government.
    Capital,
    /// `ONU`, `ASEAN`, `MINUSS`.
    Organisation,
    /// `ministère de la Défense`, `Armée populaire du Vietnam`.
    Institution,
    /// `ministre de la Défense`, `ambassadeur`.
    Title,
    /// `général de corps d'armée`, `Senior Lieutenant General`.
    Rank,
}

/// One surface form and what it says about the actor.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub surface: &'static str,
    pub kind: EntryKind,
    /// ISO 3166-1 alpha-3, when the form fixes the country.
    pub country: Option<&'static str>,
    /// Organisation code (`UN`, `UNMISS`), for organisations.
    pub igo: Option<&'static str>,
    /// `MIL`, `GOV`, `PTY`, `LEG`, `IGO`, when the form fixes it.
    pub sector: Option<&'static str>,
}

impl Entry {
    fn new(surface: &'static str, kind: EntryKind) -> Entry {
        Entry {
            surface,
            kind,
            country: None,
            igo: None,
            sector: None,
        }
    }
}

/// Every actor entry of the lexicon.
pub fn actor_entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut entries = Vec::new();
        country_entries(&mut entries);
        organisation_entries(&mut entries);
        institution_entries(&mut entries);
        title_entries(&mut entries);
        entries
    })
}

fn country_entries(out: &mut Vec<Entry>) {
    let columns = [
        (2, EntryKind::CountryName),
        (3, EntryKind::CountryName),
        (7, EntryKind::CountryAdjective),
        (8, EntryKind::CountryAdjective),
        (9, EntryKind::CountryPrefix),
        (10, EntryKind::CountryPrefix),
        (11, EntryKind::Capital),
        (12, EntryKind::Capital),
    ];
    for record in records(COUNTRIES) {
        let iso3 = record[0];
        for (column, kind) in columns {
            for surface in values(&record, column) {
                out.push(Entry {
                    country: Some(iso3),
                    ..Entry::new(surface, kind)
                });
            }
        }
    }
}

fn organisation_entries(out: &mut Vec<Entry>) {
    for record in records(ORGS) {
        if !matches!(cell(&record, 1), Some("igo" | "un_mission")) {
            continue; // fora and exercises are not actors
        }
        for surface in values(&record, 3).into_iter().chain(values(&record, 4)) {
            out.push(Entry {
                igo: Some(record[0]),
                sector: Some("IGO"),
                ..Entry::new(surface, EntryKind::Organisation)
            });
        }
    }
}

fn institution_entries(out: &mut Vec<Entry>) {
    for record in records(INSTITUTIONS) {
        out.push(Entry {
            sector: cell(&record, 2),
            country: cell(&record, 3),
            ..Entry::new(record[0], EntryKind::Institution)
        });
    }
}

fn title_entries(out: &mut Vec<Entry>) {
    for record in records(TITLES) {
        let kind = if cell(&record, 3) == Some("rank") {
            EntryKind::Rank
        } else {
            EntryKind::Title
        };
        out.push(Entry {
            sector: cell(&record, 2),
            ..Entry::new(record[0], kind)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(surface: &str, kind: EntryKind) -> Vec<&'static Entry> {
        actor_entries()
            .iter()
            .filter(|e| e.surface == surface && e.kind == kind)
            .collect()
    }

    #[test]
    fn the_data_loads_with_the_expected_entries() {
        assert_eq!(
            find("Vietnam", EntryKind::CountryName)[0].country,
            Some("VNM")
        );
        assert_eq!(
            find("laotienne", EntryKind::CountryAdjective)[0].country,
            Some("LAO")
        );
        assert_eq!(find("Hanoï", EntryKind::Capital)[0].country, Some("VNM"));
        assert_eq!(
            find("MINUSS", EntryKind::Organisation)[0].igo,
            Some("UNMISS")
        );
        assert_eq!(
            find("ministère de la Défense", EntryKind::Institution)[0].sector,
            Some("MIL")
        );
        assert_eq!(
            find("ministre de la Défense", EntryKind::Title)[0].sector,
            Some("MIL")
        );
        assert!(!find("général de corps d'armée", EntryKind::Rank).is_empty());
    }
}
