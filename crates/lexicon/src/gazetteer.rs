//! Finding lexicon entries in text: one Aho-Corasick automaton
//! (leftmost-longest) over the folded surface forms, matches kept at word
//! boundaries, acronyms (`US`, `APL`) only in their own case.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::actors::Entry;
use crate::fold::{fold, Folded};

pub struct Gazetteer {
    automaton: AhoCorasick,
    /// For each pattern: the entries sharing that folded form.
    entries_of: Vec<Vec<usize>>,
    entries: &'static [Entry],
}

/// One match: code points `[start, end)` of the original text and its entries.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<&'static Entry>,
}

fn is_acronym(surface: &str) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

impl Gazetteer {
    pub fn new(entries: &'static [Entry]) -> Gazetteer {
        let mut patterns: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut entries_of: Vec<Vec<usize>> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let folded = fold(entry.surface);
            let id = *index.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                entries_of.push(Vec::new());
                patterns.len() - 1
            });
            entries_of[id].push(i);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("lexicon patterns build an automaton");
        Gazetteer {
            automaton,
            entries_of,
            entries,
        }
    }

    /// The matches in `text`, left to right, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let folded = Folded::new(text);
        let chars: Vec<char> = text.chars().collect();
        let mut hits = Vec::new();
        for m in self.automaton.find_iter(&folded.text) {
            let start = folded.char_index(m.start());
            let end = folded.char_index(m.end());
            let surface_is_prefix = folded.text[..m.end()].ends_with('-');
            let left_ok = start == 0 || !chars[start - 1].is_alphanumeric();
            let right_ok = surface_is_prefix || end == chars.len() || !chars[end].is_alphanumeric();
            if !(left_ok && right_ok) {
                continue;
            }
            let original: String = chars[start..end].iter().collect();
            let entries: Vec<&'static Entry> = self.entries_of[m.pattern().as_usize()]
                .iter()
                .map(|&i| &self.entries[i])
                .filter(|e| !is_acronym(e.surface) || e.surface == original)
                .collect();
            if !entries.is_empty() {
                hits.push(Hit {
                    start,
                    end,
                    entries,
                });
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{actor_entries, EntryKind};

    fn kinds(text: &str) -> Vec<(String, EntryKind, Option<&'static str>)> {
        let gazetteer = Gazetteer::new(actor_entries());
        let chars: Vec<char> = text.chars().collect();
        gazetteer
            .find(text)
            .into_iter()
            .map(|h| {
                (
                    chars[h.start..h.end].iter().collect(),
                    h.entries[0].kind,
                    h.entries[0].country.or(h.entries[0].igo),
                )
            })
            .collect()
    }

    #[test]
    fn finds_countries_organisations_and_titles_in_both_languages() {
        let found = kinds("Le ministre vietnamien de la Défense a reçu l’ambassadeur des États-Unis et un responsable de l'ONU.");
        assert!(
            found.contains(&(
                "vietnamien".into(),
                EntryKind::CountryAdjective,
                Some("VNM")
            )),
            "{found:?}"
        );
        assert!(
            found.contains(&("États-Unis".into(), EntryKind::CountryName, Some("USA"))),
            "{found:?}"
        );
        assert!(
            found.contains(&("ONU".into(), EntryKind::Organisation, Some("UN"))),
            "{found:?}"
        );
        let found = kinds("The US Secretary of Defense met us in Viet Nam.");
        assert!(
            found.contains(&("US".into(), EntryKind::CountryAdjective, Some("USA")))
                || found.iter().any(|f| f.0 == "US"),
            "{found:?}"
        );
        assert!(!found.iter().any(|f| f.0 == "us"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.0 == "Viet Nam" && f.2 == Some("VNM")),
            "{found:?}"
        );
    }

    #[test]
    fn matches_respect_word_boundaries_and_diacritics() {
        let found = kinds("Les relations sino-vietnamiennes et le Viêt Nam; Laotiens");
        assert!(
            found.iter().any(|f| f.0 == "sino-" && f.2 == Some("CHN")),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f.0 == "vietnamiennes"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "Viêt Nam"), "{found:?}");
        assert!(kinds("Laosien").is_empty());
    }
}
