//! The level of contact a person's title shows (minister, deputy minister,
//! chief of the general staff, commander...), from the curated patterns of
//! `data/levels.tsv`, so that a partner's highest level of contact can be
//! told.

use std::sync::OnceLock;

use attache_lexicon::fold;
use serde::Serialize;

const LEVELS: &str = include_str!("../data/levels.tsv");

/// Levels from the highest; the order is the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Head of state, of government, of a ruling party or an organisation.
    Head,
    Minister,
    DeputyMinister,
    ChiefOfGeneralStaff,
    /// Service and regional commanders, deputy chiefs of staff, commissars.
    Commander,
    /// Directors of departments.
    Director,
    /// Ambassadors, attachés, consuls.
    Ambassador,
    /// A title the table does not rank.
    Official,
}

impl Level {
    fn from_key(key: &str) -> Option<Level> {
        Some(match key {
            "head" => Level::Head,
            "minister" => Level::Minister,
            "deputy_minister" => Level::DeputyMinister,
            "chief_of_general_staff" => Level::ChiefOfGeneralStaff,
            "commander" => Level::Commander,
            "director" => Level::Director,
            "ambassador" => Level::Ambassador,
            _ => return None,
        })
    }
}

fn patterns() -> &'static [(String, Level)] {
    static PATTERNS: OnceLock<Vec<(String, Level)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        LEVELS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (pattern, level) = l.split_once('\t')?;
                Some((pattern.to_string(), Level::from_key(level.trim())?))
            })
            .collect()
    })
}

/// The level `title` shows; `None` for no title.
pub fn level_of(title: &str) -> Option<Level> {
    let title = fold(title);
    if title.trim().is_empty() {
        return None;
    }
    let found = patterns().iter().find(|(p, _)| title.contains(p.as_str()));
    Some(found.map_or(Level::Official, |(_, level)| *level))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_either_language() {
        let cases = [
            ("ministre de la Défense nationale", Level::Minister),
            ("Minister of National Defence", Level::Minister),
            ("vice-ministre de la Défense", Level::DeputyMinister),
            ("Deputy Minister of National Defence", Level::DeputyMinister),
            (
                "chef d'état-major général de l'Armée populaire",
                Level::ChiefOfGeneralStaff,
            ),
            ("Chief of the General Staff", Level::ChiefOfGeneralStaff),
            ("Deputy Chief of the General Staff", Level::Commander),
            ("commandant de la Marine", Level::Commander),
            ("Premier ministre", Level::Head),
            (
                "secrétaire d'État aux Anciens combattants",
                Level::DeputyMinister,
            ),
            ("US Secretary of Defense", Level::Minister),
            ("ambassadeur du Vietnam au Laos", Level::Ambassador),
            ("porte-parole", Level::Official),
        ];
        for (title, level) in cases {
            assert_eq!(level_of(title), Some(level), "{title}");
        }
        assert_eq!(level_of(" "), None);
    }

    #[test]
    fn every_line_of_the_table_reads() {
        let lines = LEVELS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(patterns().len(), lines);
    }
}
