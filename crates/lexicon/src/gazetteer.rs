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
    entries: Vec<Entry>,
}

/// One match: code points `[start, end)` of the original text and its entries.
#[derive(Debug, Clone)]
pub struct Hit<'g> {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<&'g Entry>,
}

fn is_acronym(surface: &str) -> bool {
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && surface
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Names of places, countries, organisations and persons are written with a
/// capital: `réunion` (a meeting) is not `Réunion`, `chine` is not `Chine`.
fn is_proper_noun(entry: &Entry) -> bool {
    use crate::actors::EntryKind::*;
    // A many-word organisation name is often written in lowercase
    // (`réunion des ministres de la Défense de l'ASEAN`).
    let one_word_organisation = entry.kind == Organisation && !entry.surface.contains(' ');
    (matches!(entry.kind, CountryName | Capital | Place | Person) || one_word_organisation)
        && entry.surface.starts_with(char::is_uppercase)
}

impl Gazetteer {
    pub fn new(entries: Vec<Entry>) -> Gazetteer {
        let mut patterns: Vec<String> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut entries_of: Vec<Vec<usize>> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let folded = fold(&entry.surface);
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
    pub fn find(&self, text: &str) -> Vec<Hit<'_>> {
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
            let entries: Vec<&Entry> = self.entries_of[m.pattern().as_usize()]
                .iter()
                .map(|&i| &self.entries[i])
                .filter(|e| !is_acronym(&e.surface) || e.surface == original)
                .filter(|e| !is_proper_noun(e) || original.starts_with(char::is_uppercase))
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

    /// (text, kind, country or organisation) of each hit.
    fn hits(text: &str) -> Vec<(String, EntryKind, String)> {
        let gazetteer = Gazetteer::new(actor_entries().to_vec());
        let chars: Vec<char> = text.chars().collect();
        gazetteer
            .find(text)
            .into_iter()
            .map(|h| {
                let e = h.entries[0];
                let party = e.country.clone().or(e.igo.clone()).unwrap_or_default();
                (chars[h.start..h.end].iter().collect(), e.kind, party)
            })
            .collect()
    }

    fn has(found: &[(String, EntryKind, String)], text: &str, party: &str) -> bool {
        found.iter().any(|f| f.0 == text && f.2 == party)
    }

    #[test]
    fn finds_countries_organisations_and_titles_in_both_languages() {
        let found = hits("Le ministre vietnamien de la Défense a reçu l’ambassadeur des États-Unis et un responsable de l'ONU.");
        assert!(has(&found, "vietnamien", "VNM"), "{found:?}");
        assert!(has(&found, "États-Unis", "USA"), "{found:?}");
        assert!(has(&found, "ONU", "UN"), "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.0 == "ministre" || f.0.starts_with("ministre")),
            "{found:?}"
        );
        let found = hits("The US Secretary of Defense met us in Viet Nam.");
        assert!(found.iter().any(|f| f.0 == "US"), "{found:?}");
        assert!(!found.iter().any(|f| f.0 == "us"), "{found:?}");
        assert!(has(&found, "Viet Nam", "VNM"), "{found:?}");
    }

    #[test]
    fn matches_respect_word_boundaries_and_diacritics() {
        let found = hits("Les relations sino-vietnamiennes et le Viêt Nam; Laotiens");
        assert!(has(&found, "sino-", "CHN"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "vietnamiennes"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "Viêt Nam"), "{found:?}");
        assert!(hits("Laosien").is_empty());
    }
}
