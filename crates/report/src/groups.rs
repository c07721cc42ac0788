//! The groups partners are ranked in: the neighbours of the country
//! reported on (land borders, `data/regions.tsv`, generated from GeoNames),
//! then the curated groups of `data/groups.tsv` (ASEAN, major powers,
//! western Asia...), then the continent; international organisations apart.
//! A user's table (`--groups FILE`, the same two columns) wins over all.

use std::collections::HashMap;

use serde::Serialize;

const REGIONS: &str = include_str!("../data/regions.tsv");
const GROUPS: &str = include_str!("../data/groups.tsv");

/// A group of partners, in the order the review shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Neighbours,
    Asean,
    MajorPowers,
    AsiaPacific,
    Europe,
    Americas,
    AfricaMiddleEast,
    Organisations,
    Other,
}

impl Group {
    pub const ALL: [Group; 9] = [
        Group::Neighbours,
        Group::Asean,
        Group::MajorPowers,
        Group::AsiaPacific,
        Group::Europe,
        Group::Americas,
        Group::AfricaMiddleEast,
        Group::Organisations,
        Group::Other,
    ];

    /// The name the data files use.
    pub fn key(self) -> &'static str {
        match self {
            Group::Neighbours => "neighbours",
            Group::Asean => "asean",
            Group::MajorPowers => "major_powers",
            Group::AsiaPacific => "asia_pacific",
            Group::Europe => "europe",
            Group::Americas => "americas",
            Group::AfricaMiddleEast => "africa_middle_east",
            Group::Organisations => "organisations",
            Group::Other => "other",
        }
    }

    fn from_key(key: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.key() == key)
    }

    fn of_continent(code: &str) -> Group {
        match code {
            "AS" | "OC" => Group::AsiaPacific,
            "EU" => Group::Europe,
            "NA" | "SA" => Group::Americas,
            "AF" => Group::AfricaMiddleEast,
            _ => Group::Other,
        }
    }
}

/// A line of a groups file that does not read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct GroupsError {
    pub line: usize,
    pub reason: String,
}

/// Records of a TSV table: lines that are not comments, split on tabs.
fn records(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

/// Which group each partner of one country belongs to.
#[derive(Debug, Clone)]
pub struct Groups {
    /// The country's land neighbours.
    neighbours: Vec<String>,
    /// Party → group, as the shipped table says.
    curated: HashMap<String, Group>,
    /// Party → group, as the user's table says (these win over all).
    user: HashMap<String, Group>,
    /// Country → continent code.
    continents: HashMap<String, String>,
}

impl Groups {
    /// The groups for partners of `country`, with the user's table
    /// `overrides` (`party<TAB>group` lines) winning over the shipped ones.
    pub fn for_country(country: &str, overrides: Option<&str>) -> Result<Groups, GroupsError> {
        let mut continents = HashMap::new();
        let mut neighbours = Vec::new();
        for (_, row) in records(REGIONS) {
            if let [iso3, continent, borders] = row[..] {
                continents.insert(iso3.to_string(), continent.to_string());
                if iso3 == country {
                    neighbours = borders
                        .split('|')
                        .filter(|b| *b != "-")
                        .map(String::from)
                        .collect();
                }
            }
        }
        Ok(Groups {
            neighbours,
            curated: parse(GROUPS).expect("the shipped groups table reads"),
            user: overrides.map(parse).transpose()?.unwrap_or_default(),
            continents,
        })
    }

    /// The group of `party` (a country's ISO3 or an organisation's code).
    pub fn group_of(&self, party: &str) -> Group {
        if let Some(group) = self.user.get(party) {
            return *group;
        }
        if self.neighbours.iter().any(|n| n == party) {
            return Group::Neighbours;
        }
        match (self.curated.get(party), self.continents.get(party)) {
            (Some(group), _) => *group,
            (None, Some(continent)) => Group::of_continent(continent),
            (None, None) => Group::Organisations,
        }
    }
}

/// `party<TAB>group` lines into a map.
fn parse(text: &str) -> Result<HashMap<String, Group>, GroupsError> {
    records(text)
        .map(|(line, row)| match row[..] {
            [party, group] => Group::from_key(group)
                .map(|g| (party.to_uppercase(), g))
                .ok_or_else(|| GroupsError {
                    line,
                    reason: format!(
                        "unknown group `{group}` (one of {})",
                        Group::ALL.map(Group::key).join(", ")
                    ),
                }),
            _ => Err(GroupsError {
                line,
                reason: "expected two cells separated by a tab: party, group".into(),
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_are_those_of_the_country_reported_on() {
        let vietnam = Groups::for_country("VNM", None).unwrap();
        assert_eq!(vietnam.group_of("LAO"), Group::Neighbours);
        assert_eq!(vietnam.group_of("CHN"), Group::Neighbours);
        assert_eq!(vietnam.group_of("THA"), Group::Asean);
        assert_eq!(vietnam.group_of("USA"), Group::MajorPowers);
        assert_eq!(vietnam.group_of("AUS"), Group::AsiaPacific);
        assert_eq!(vietnam.group_of("DEU"), Group::Europe);
        assert_eq!(vietnam.group_of("BRA"), Group::Americas);
        assert_eq!(vietnam.group_of("SAU"), Group::AfricaMiddleEast);
        assert_eq!(vietnam.group_of("UNMISS"), Group::Organisations);
        let laos = Groups::for_country("LAO", None).unwrap();
        assert_eq!(laos.group_of("THA"), Group::Neighbours);
        assert_eq!(laos.group_of("CHN"), Group::Neighbours);
    }

    #[test]
    fn a_users_table_wins() {
        let groups = Groups::for_country(
            "VNM",
            Some("# mine\nAUS\tmajor_powers\nchn\tasia_pacific\n"),
        )
        .unwrap();
        assert_eq!(groups.group_of("AUS"), Group::MajorPowers);
        assert_eq!(groups.group_of("CHN"), Group::AsiaPacific);
        assert_eq!(groups.group_of("LAO"), Group::Neighbours);
        let err = Groups::for_country("VNM", Some("AUS\tfriends\n")).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(Groups::for_country("VNM", Some("AUS major\n")).is_err());
    }
}
