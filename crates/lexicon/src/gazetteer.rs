//! Finding lexicon entries in text: one Aho-Corasick automaton
//! (leftmost-longest, anchored) over the folded surface forms, matches kept
//! at word boundaries, acronyms (`US`, `APL`) only in their own case.
//!
//! The search runs anchored at each word start, and a candidate that fails
//! the boundary or case rules gives way to the next shorter one at the same
//! start, then to the next word start: `The AU` in `the Australian` (`AU`
//! runs on into `s`) must not hide `Australian`.

use aho_corasick::{AhoCorasick, Anchored, Input, Match, MatchKind, StartKind};

use crate::actors::Entry;
use crate::fold::{fold, Folded};
use crate::words::WordFrequencies;
use attache_model::Lang;

pub struct Gazetteer {
    automaton: AhoCorasick,
    /// How the patterns begin: word starts no pattern can begin at are
    /// skipped without running the automaton.
    starts: PatternStarts,
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

/// Letters an acronym needs to be written as a word too: two- and
/// three-letter ones are words of their own in that case (`Un`, `Car`).
const ACRONYM_AS_WORD_LETTERS: usize = 4;

/// Whether `original` writes the acronym `surface` as a name, capital first
/// and the rest lowercase, as much of the press does (`l'Otan`, `la
/// Cédéao`, `the Asean summit`, `la Minusma`): folding already made the
/// letters agree.
/// An acronym that is also a word in either language (`Plan`, `Carat`) is
/// that word when written as one.
fn is_acronym_as_word(surface: &str, original: &[char]) -> bool {
    surface.chars().filter(|c| c.is_alphabetic()).count() >= ACRONYM_AS_WORD_LETTERS
        && original.first().is_some_and(|c| c.is_uppercase())
        && original[1..]
            .iter()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_lowercase())
        && !is_a_word(&surface.to_lowercase())
}

/// Rarer than this (Zipf scale) in French and English, a word written like
/// an acronym is taken for the acronym: the word lists hold the acronyms
/// too, lowercased (`otan` 4.0, `unesco` 3.9), below the words they could
/// be (`plan` 5.3).
const ACRONYM_WORD_ZIPF: f32 = 4.5;

fn is_a_word(lowercase: &str) -> bool {
    [Lang::Fr, Lang::En].iter().any(|lang| {
        WordFrequencies::for_lang(lang)
            .and_then(|w| w.zipf(lowercase))
            .is_some_and(|z| z >= ACRONYM_WORD_ZIPF)
    })
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
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("lexicon patterns build an automaton");
        Gazetteer {
            automaton,
            starts: PatternStarts::new(&patterns),
            entries_of,
            entries,
        }
    }

    /// The matches in `text`, left to right, not overlapping: at the first
    /// word start where some entry matches validly (at word boundaries, in
    /// the right case), the longest valid one; then on after its end.
    pub fn find(&self, text: &str) -> Vec<Hit<'_>> {
        let chars: Vec<char> = text.chars().collect();
        self.find_folded(&Folded::new(text), &chars)
    }

    /// [`Gazetteer::find`] in a text given as its code points `chars` and
    /// their fold, `folded` (a document's, folded once for every search).
    pub fn find_folded(&self, folded: &Folded, chars: &[char]) -> Vec<Hit<'_>> {
        let mut hits = Vec::new();
        // Folded byte offset before which no match may start (the end of the last hit).
        let mut resume = 0;
        for (i, (at, _)) in folded.text.char_indices().enumerate() {
            // A match starts at a word start only (what `left_ok` was).
            if at < resume || (i > 0 && chars[i - 1].is_alphanumeric()) {
                continue;
            }
            if !self.starts.may_begin(&folded.text.as_bytes()[at..]) {
                continue;
            }
            if let Some((hit, end)) = self.longest_valid_at(folded, chars, at) {
                hits.push(hit);
                resume = end;
            }
        }
        hits
    }

    /// The longest valid match that starts at folded byte `at`, with its
    /// folded end. Anchored searches, each over a shorter span, give the
    /// candidates longest first; each one stops where no pattern can go on,
    /// so a word start costs about the length of its longest candidate.
    fn longest_valid_at(
        &self,
        folded: &Folded,
        chars: &[char],
        at: usize,
    ) -> Option<(Hit<'_>, usize)> {
        let mut end = folded.text.len();
        while end > at {
            let input = Input::new(&folded.text)
                .span(at..end)
                .anchored(Anchored::Yes);
            let m = self.automaton.find(input)?;
            if m.is_empty() {
                return None;
            }
            if let Some(hit) = self.valid_hit(folded, chars, &m) {
                return Some((hit, m.end()));
            }
            end = m.end() - 1;
        }
        None
    }

    /// Match `m` as a hit, if it ends at a word boundary and some of its
    /// entries are written in the case the text has (the start is a word
    /// start already).
    fn valid_hit(&self, folded: &Folded, chars: &[char], m: &Match) -> Option<Hit<'_>> {
        let start = folded.char_index(m.start());
        let end = folded.char_index(m.end());
        let surface_is_prefix = folded.text[..m.end()].ends_with('-');
        // `US$300,000`, `S$`, `A$` are currencies, not countries.
        let right_ok = surface_is_prefix
            || end == chars.len()
            || !(chars[end].is_alphanumeric() || chars[end] == '$');
        if !right_ok {
            return None;
        }
        // The text as written, compared in place rather than copied out.
        let original = &chars[start..end];
        let capitalised = original.first().is_some_and(|c| c.is_uppercase());
        let entries: Vec<&Entry> = self.entries_of[m.pattern().as_usize()]
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|e| {
                !is_acronym(&e.surface)
                    || e.surface.chars().eq(original.iter().copied())
                    || is_acronym_as_word(&e.surface, original)
            })
            .filter(|e| !is_proper_noun(e) || capitalised)
            .collect();
        (!entries.is_empty()).then_some(Hit {
            start,
            end,
            entries,
        })
    }
}

/// The first byte of each one-byte pattern and the first two bytes of each
/// longer one, as bitmaps: an anchored match at a place needs the text
/// there to begin with one of them, and most word starts do not.
struct PatternStarts {
    one_byte: Box<[bool; 256]>,
    two_bytes: Box<[bool; 65536]>,
}

impl PatternStarts {
    fn new(patterns: &[String]) -> PatternStarts {
        let mut starts = PatternStarts {
            one_byte: Box::new([false; 256]),
            two_bytes: Box::new([false; 65536]),
        };
        for pattern in patterns {
            match *pattern.as_bytes() {
                [] => {}
                [only] => starts.one_byte[usize::from(only)] = true,
                [first, second, ..] => starts.two_bytes[two_byte_index(first, second)] = true,
            }
        }
        starts
    }

    /// Whether some pattern may match at the start of `text`.
    fn may_begin(&self, text: &[u8]) -> bool {
        match *text {
            [] => false,
            [only] => self.one_byte[usize::from(only)],
            [first, second, ..] => {
                self.one_byte[usize::from(first)] || self.two_bytes[two_byte_index(first, second)]
            }
        }
    }
}

fn two_byte_index(first: u8, second: u8) -> usize {
    usize::from(first) << 8 | usize::from(second)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Skipping a place is exact: wherever a pattern begins the text,
        /// the bitmaps say one may.
        #[test]
        fn no_place_a_pattern_begins_is_skipped(
            patterns in proptest::collection::vec("[aéb ]{0,4}", 1..6),
            text in "[aéb ]{0,6}",
        ) {
            let starts = PatternStarts::new(&patterns);
            for at in (0..text.len()).filter(|&at| text.is_char_boundary(at)) {
                let rest = &text[at..];
                if patterns.iter().any(|p| !p.is_empty() && rest.starts_with(p.as_str())) {
                    proptest::prop_assert!(starts.may_begin(rest.as_bytes()), "{rest:?}");
                }
            }
        }
    }
    use crate::actors::{actor_entries, EntryKind};

    /// (text, kind, country or organisation) of each hit of the bundled lexicon.
    fn hits(text: &str) -> Vec<(String, EntryKind, String)> {
        hits_in(&Gazetteer::new(actor_entries().to_vec()), text)
    }

    /// (text, kind, country or organisation) of each hit of `gazetteer`.
    fn hits_in(gazetteer: &Gazetteer, text: &str) -> Vec<(String, EntryKind, String)> {
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
    fn acronyms_of_four_letters_or_more_are_also_written_as_names() {
        let found = hits("L'Otan, la Cédéao, la Minusma et la Finul ont salué l'Asean.");
        for (text, party) in [
            ("Otan", "NATO"),
            ("Cédéao", "ECOWAS"),
            ("Minusma", "MINUSMA"),
            ("Finul", "UNIFIL"),
            ("Asean", "ASEAN"),
        ] {
            assert!(has(&found, text, party), "{text}: {found:?}");
        }
        // A word the acronym also is, and short acronyms, stay words.
        let found = hits("Le Plan de coopération. Un navire.");
        assert!(
            found.iter().all(|f| f.0 != "Plan" && f.0 != "Un"),
            "{found:?}"
        );
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
    fn a_currency_is_no_country() {
        let found = hits("an aid package worth US$300,000 from the US");
        assert_eq!(
            found.iter().filter(|f| f.2 == "USA").count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn matches_respect_word_boundaries_and_diacritics() {
        let found = hits("Les relations sino-vietnamiennes et le Viêt Nam; Laotiens");
        assert!(has(&found, "sino-", "CHN"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "vietnamiennes"), "{found:?}");
        assert!(found.iter().any(|f| f.0 == "Viêt Nam"), "{found:?}");
        assert!(hits("Laosien").is_empty());
    }

    fn entry(surface: &str, kind: EntryKind, country: Option<&str>, igo: Option<&str>) -> Entry {
        Entry {
            country: country.map(str::to_string),
            igo: igo.map(str::to_string),
            sector: igo.map(|_| "IGO".to_string()),
            ..Entry::new(surface, kind)
        }
    }

    /// A small gazetteer whose entries overlap: `The AU` (a user's name for
    /// the African Union) starts like `the Australian`, `The KU` like `the Kuwaiti`.
    fn overlapping_gazetteer() -> Gazetteer {
        use EntryKind::*;
        Gazetteer::new(vec![
            entry("The AU", Organisation, None, Some("AU")),
            entry("Australian", CountryAdjective, Some("AUS"), None),
            entry("Australia", CountryName, Some("AUS"), None),
            entry("The KU", Organisation, None, Some("KU")),
            entry("Kuwait", CountryName, Some("KWT"), None),
            entry("Kuwaiti", CountryAdjective, Some("KWT"), None),
            entry("US", CountryName, Some("USA"), None),
            entry("US DOD", Institution, Some("USA"), None),
            entry("US UN", Institution, Some("USA"), None),
            entry("UN", Organisation, None, Some("UN")),
            entry("usual suspects", Title, None, None),
            entry("minister", Title, None, None),
        ])
    }

    /// (text, country or organisation) of each hit of the small gazetteer.
    fn small_hits(text: &str) -> Vec<(String, String)> {
        hits_in(&overlapping_gazetteer(), text)
            .into_iter()
            .map(|(text, _, party)| (text, party))
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(t, p)| (t.to_string(), p.to_string()))
            .collect()
    }

    #[test]
    fn a_match_cut_off_mid_word_gives_way_to_a_later_one() {
        assert_eq!(
            small_hits("the Australian minister"),
            pairs(&[("Australian", "AUS"), ("minister", "")])
        );
        assert_eq!(
            small_hits("The Australian and the Kuwaiti ministers met."),
            pairs(&[("Australian", "AUS"), ("Kuwaiti", "KWT")])
        );
        assert_eq!(small_hits("the Kuwait envoy"), pairs(&[("Kuwait", "KWT")]));
    }

    #[test]
    fn overlapping_entries_are_found_both_ways() {
        assert_eq!(
            small_hits("The KU delegation met Kuwait."),
            pairs(&[("The KU", "KU"), ("Kuwait", "KWT")])
        );
        assert_eq!(
            small_hits("Kuwait met the KU delegation."),
            pairs(&[("Kuwait", "KWT"), ("the KU", "KU")])
        );
        assert_eq!(
            small_hits("The AU and Australia, then the Australian."),
            pairs(&[
                ("The AU", "AU"),
                ("Australia", "AUS"),
                ("Australian", "AUS")
            ])
        );
    }

    #[test]
    fn a_match_filtered_by_case_gives_way_to_a_shorter_or_later_one() {
        // `us` is no acronym `US`: the shorter or later valid entries show.
        assert_eq!(
            small_hits("They told us Australia agreed."),
            pairs(&[("Australia", "AUS")])
        );
        assert_eq!(
            small_hits("the usual suspects"),
            pairs(&[("usual suspects", "")])
        );
        // A longer acronym in another case gives way to a shorter one at
        // the same start (`US DOD` to `US`) or to a later one (`US UN` to `UN`).
        assert_eq!(small_hits("the US dod budget"), pairs(&[("US", "USA")]));
        assert_eq!(small_hits("they told us UN staff"), pairs(&[("UN", "UN")]));
        assert_eq!(
            small_hits("the US DOD and the US UN"),
            pairs(&[("US DOD", "USA"), ("US UN", "USA")])
        );
        // A proper noun in lowercase is no name, and hides nothing after it.
        assert_eq!(
            small_hits("kuwait oil for Australia"),
            pairs(&[("Australia", "AUS")])
        );
    }
}
