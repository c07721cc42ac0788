//! Surface forms that name actors: countries (names, adjectives, compound
//! prefixes, capitals), international organisations and missions, national
//! institutions, titles and ranks, and known persons (office holders) —
//! loaded from `data/*.tsv`, plus any user dictionary.

use std::sync::OnceLock;

use serde::Serialize;

use crate::dictionaries::codes::ActorCode;
use crate::offices::office_holders;
use crate::tsv::{cell, records, values};

pub(crate) const COUNTRIES: &str = include_str!("../data/countries.tsv");
pub(crate) const ORGS: &str = include_str!("../data/orgs.tsv");
const INSTITUTIONS: &str = include_str!("../data/institutions.tsv");
const TITLES: &str = include_str!("../data/titles.tsv");
const CITIES: &str = include_str!("../data/cities.tsv");
const VN_PROVINCES: &str = include_str!("../data/vn_provinces.tsv");
const VN_MILITARY_REGIONS: &str = include_str!("../data/vn_military_regions.tsv");
const GEO_FEATURES: &str = include_str!("../data/geo_features.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
    /// A known person: `Phan Van Giang`, `Lloyd Austin`.
    Person,
    /// A city or province: where things happen, not an actor.
    Place,
    /// A named forum or exercise (`Dialogue Shangri-La`, `Balikatan`): what
    /// happens, not who acts; known so that its name is not taken for a
    /// person's.
    Occasion,
}

impl EntryKind {
    /// The name used in data files and user dictionaries.
    pub fn from_name(name: &str) -> Option<EntryKind> {
        Some(match name {
            "country_name" => EntryKind::CountryName,
            "country_adjective" => EntryKind::CountryAdjective,
            "country_prefix" => EntryKind::CountryPrefix,
            "capital" => EntryKind::Capital,
            "organisation" => EntryKind::Organisation,
            "institution" => EntryKind::Institution,
            "title" => EntryKind::Title,
            "rank" => EntryKind::Rank,
            "person" => EntryKind::Person,
            "place" => EntryKind::Place,
            "occasion" => EntryKind::Occasion,
            _ => return None,
        })
    }
}

/// One surface form and what it says about the actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub surface: String,
    pub kind: EntryKind,
    /// ISO 3166-1 alpha-3, when the form fixes the country.
    pub country: Option<String>,
    /// Organisation code (`UN`, `UNMISS`), for organisations.
    pub igo: Option<String>,
    /// `MIL`, `GOV`, `PTY`, `LEG`, `IGO`, when the form fixes it.
    pub sector: Option<String>,
    /// For a person: the name as the lexicon spells it (aliases point to it).
    pub name: Option<String>,
    /// For a person: a title they hold.
    pub title: Option<String>,
    /// Codes held over a span of time (a user dictionary's office
    /// holders: `[VNMGOV >060627]`); `country`, `igo` and `sector` are
    /// the default, outside every span.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<DatedRole>,
    /// Further codes the actor always holds (`[ELR/GAL]`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<ActorCode>,
}

/// A code held from `from` to `to` (`YYYY-MM-DD`, limits included; `None`
/// is open).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatedRole {
    pub code: ActorCode,
    pub from: Option<String>,
    pub to: Option<String>,
}

impl DatedRole {
    /// Whether the role is held on `date` (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`), compared at the precision of the date.
    pub fn held_on(&self, date: &str) -> bool {
        crate::offices::held_within(self.from.as_deref(), self.to.as_deref(), date)
    }
}

impl Entry {
    pub fn new(surface: &str, kind: EntryKind) -> Entry {
        Entry {
            surface: surface.to_string(),
            kind,
            country: None,
            igo: None,
            sector: None,
            name: None,
            title: None,
            roles: Vec::new(),
            also: Vec::new(),
        }
    }

    /// The codes the entry gives on `date` (the report's): the roles held
    /// then, else its default ones.
    pub fn codes_on(&self, date: Option<&str>) -> Vec<ActorCode> {
        let held: Vec<ActorCode> = date
            .map(|d| {
                self.roles
                    .iter()
                    .filter(|r| r.held_on(d))
                    .map(|r| r.code.clone())
                    .collect()
            })
            .unwrap_or_default();
        if !held.is_empty() {
            return held;
        }
        let default = ActorCode {
            country: self.country.clone(),
            igo: self.igo.clone(),
            sector: self.sector.clone(),
        };
        std::iter::once(default)
            .chain(self.also.iter().cloned())
            .collect()
    }

    /// The first of [`Entry::codes_on`].
    pub fn role_on(&self, date: Option<&str>) -> ActorCode {
        self.codes_on(date).swap_remove(0)
    }
}

fn owned(s: Option<&str>) -> Option<String> {
    s.map(str::to_string)
}

/// Codes of the UN missions (`orgs.tsv` rows of kind `un_mission`).
pub fn un_missions() -> &'static std::collections::HashSet<String> {
    static MISSIONS: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    MISSIONS.get_or_init(|| {
        records(ORGS)
            .filter(|r| cell(r, 1) == Some("un_mission"))
            .map(|r| r[0].to_string())
            .collect()
    })
}

/// Every actor entry of the bundled lexicon.
pub fn actor_entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let mut entries = Vec::new();
        country_entries(&mut entries);
        organisation_entries(&mut entries);
        institution_entries(&mut entries);
        title_entries(&mut entries);
        person_entries(&mut entries);
        place_entries(&mut entries);
        geo_feature_entries(&mut entries);
        military_region_entries(&mut entries);
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
        for (column, kind) in columns {
            for surface in values(&record, column) {
                out.push(Entry {
                    country: Some(record[0].to_string()),
                    ..Entry::new(surface, kind)
                });
            }
        }
    }
}

fn organisation_entries(out: &mut Vec<Entry>) {
    for record in records(ORGS) {
        // Fora and exercises are not actors: occasions.
        let actor = matches!(cell(&record, 1), Some("igo" | "un_mission"));
        for surface in values(&record, 3).into_iter().chain(values(&record, 4)) {
            out.push(if actor {
                Entry {
                    igo: Some(record[0].to_string()),
                    sector: Some("IGO".to_string()),
                    ..Entry::new(surface, EntryKind::Organisation)
                }
            } else {
                Entry::new(surface, EntryKind::Occasion)
            });
        }
    }
}

fn institution_entries(out: &mut Vec<Entry>) {
    for record in records(INSTITUTIONS) {
        out.push(Entry {
            sector: owned(cell(&record, 2)),
            country: owned(cell(&record, 3)),
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
            sector: owned(cell(&record, 2)),
            country: owned(cell(&record, 4)),
            ..Entry::new(record[0], kind)
        });
    }
}

/// Office holders, by their name and every alias; one entry per spelling
/// (a person holding several posts is one person: their latest post is kept).
fn person_entries(out: &mut Vec<Entry>) {
    let mut seen = std::collections::HashSet::new();
    let mut holders: Vec<_> = office_holders().iter().collect();
    holders.sort_by(|a, b| b.from.cmp(&a.from));
    for holder in holders {
        for surface in
            std::iter::once(holder.name.as_str()).chain(holder.aliases.iter().map(String::as_str))
        {
            if seen.insert(surface.to_string()) {
                out.push(Entry {
                    country: Some(holder.country.clone()),
                    sector: Some(holder.sector.clone()),
                    name: Some(holder.name.clone()),
                    title: Some(holder.title_fr.clone()),
                    ..Entry::new(surface, EntryKind::Person)
                });
            }
        }
    }
}

/// Vietnam's military, naval and coast guard regions (`2e zone militaire`,
/// `Military Region 9`, `Quân khu 7`): units of the People's Army.
fn military_region_entries(out: &mut Vec<Entry>) {
    for record in records(VN_MILITARY_REGIONS) {
        for column in [3, 4, 5] {
            for surface in values(&record, column) {
                out.push(Entry {
                    country: Some("VNM".to_string()),
                    sector: Some("MIL".to_string()),
                    ..Entry::new(surface, EntryKind::Institution)
                });
            }
        }
    }
}

/// Seas, gulfs, straits and regions (`mer de Chine méridionale`, `Korean
/// Peninsula`): places of no country. Many are named after a country or a
/// people, and the longer match keeps that name from being read as the
/// country — the South China Sea is what a sentence is about, not China.
fn geo_feature_entries(out: &mut Vec<Entry>) {
    for record in records(GEO_FEATURES) {
        for surface in values(&record, 1).into_iter().chain(values(&record, 2)) {
            out.push(Entry::new(surface, EntryKind::Place));
        }
    }
}

/// Cities (capitals are also `Capital`) and Vietnam's provinces, with their country.
fn place_entries(out: &mut Vec<Entry>) {
    for record in records(CITIES) {
        for surface in std::iter::once(record[0]).chain(values(&record, 1)) {
            out.push(Entry {
                country: Some(record[2].to_string()),
                ..Entry::new(surface, EntryKind::Place)
            });
        }
    }
    for record in records(VN_PROVINCES) {
        for column in [2, 3, 4, 5] {
            for surface in values(&record, column) {
                out.push(Entry {
                    country: Some("VNM".to_string()),
                    ..Entry::new(surface, EntryKind::Place)
                });
            }
        }
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
            find("Vietnam", EntryKind::CountryName)[0]
                .country
                .as_deref(),
            Some("VNM")
        );
        assert_eq!(
            find("laotienne", EntryKind::CountryAdjective)[0]
                .country
                .as_deref(),
            Some("LAO")
        );
        assert_eq!(
            find("Hanoï", EntryKind::Capital)[0].country.as_deref(),
            Some("VNM")
        );
        assert_eq!(
            find("MINUSS", EntryKind::Organisation)[0].igo.as_deref(),
            Some("UNMISS")
        );
        assert_eq!(
            find("ministère de la Défense", EntryKind::Institution)[0]
                .sector
                .as_deref(),
            Some("MIL")
        );
        assert_eq!(
            find("ministre de la Défense", EntryKind::Title)[0]
                .sector
                .as_deref(),
            Some("MIL")
        );
        assert!(!find("général de corps d'armée", EntryKind::Rank).is_empty());
        let giang = find("Phan Văn Giang", EntryKind::Person);
        assert_eq!(giang[0].name.as_deref(), Some("Phan Van Giang"));
        assert_eq!(giang[0].country.as_deref(), Some("VNM"));
        assert_eq!(
            find("Đà Nẵng", EntryKind::Place)[0].country.as_deref(),
            Some("VNM")
        );
        assert_eq!(
            find("9e région militaire", EntryKind::Institution)[0]
                .sector
                .as_deref(),
            Some("MIL")
        );
    }
}
