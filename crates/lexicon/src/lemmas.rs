//! Lemmas of French and English word forms (`reçu` → `recevoir`, `held` →
//! `hold`), from `data/lemmas/{fr,en}.tsv` (simplemma's dictionaries).
//!
//! `build.rs` compiles each table into an `fst::Map` from the form to the
//! index of its lemma, plus the lemmas' text and where each one ends; all
//! three are included in the binary, so nothing is parsed at run time and a
//! lookup walks the map without allocating.

use std::cell::RefCell;
use std::sync::OnceLock;

use attache_model::Lang;
use fst::Map;
use rustc_hash::FxHashMap;

/// One language's compiled table.
struct Lemmas {
    /// Form → index of its lemma.
    forms: Map<&'static [u8]>,
    /// The distinct lemmas, concatenated.
    text: &'static str,
    /// Where lemma *i* ends in `text`, little-endian `u32`s.
    ends: &'static [u8],
}

macro_rules! compiled {
    ($lang:literal) => {
        Lemmas::new(
            include_bytes!(concat!(env!("OUT_DIR"), "/", $lang, ".fst")),
            include_str!(concat!(env!("OUT_DIR"), "/", $lang, "_lemmas.txt")),
            include_bytes!(concat!(env!("OUT_DIR"), "/", $lang, "_lemma_ends.bin")),
        )
    };
}

impl Lemmas {
    fn new(forms: &'static [u8], text: &'static str, ends: &'static [u8]) -> Lemmas {
        let forms = Map::new(forms).expect("build.rs writes a valid fst");
        Lemmas { forms, text, ends }
    }

    fn for_lang(lang: &Lang) -> Option<&'static Lemmas> {
        static FR: OnceLock<Lemmas> = OnceLock::new();
        static EN: OnceLock<Lemmas> = OnceLock::new();
        match lang {
            Lang::Fr => Some(FR.get_or_init(|| compiled!("fr"))),
            Lang::En => Some(EN.get_or_init(|| compiled!("en"))),
            Lang::Other(_) => None,
        }
    }

    fn lemma(&self, index: usize) -> &'static str {
        let start = index.checked_sub(1).map_or(0, |before| self.end(before));
        &self.text[start..self.end(index)]
    }

    fn end(&self, index: usize) -> usize {
        let bytes = &self.ends[4 * index..4 * index + 4];
        u32::from_le_bytes(bytes.try_into().expect("four bytes")) as usize
    }
}

/// The lemma of a lowercase word form, or None when the form is its own lemma or unknown.
///
/// Forms are looked up as given: a capitalised form (`Reçu`) is unknown.
/// The table holds one lemma per form, as simplemma gives it, not chained
/// (`entretenus` → `entretenu`, whose own lemma is `entretenir`).
pub fn lemma_of(lang: &Lang, lower_form: &str) -> Option<&'static str> {
    let lemmas = Lemmas::for_lang(lang)?;
    let slot = usize::from(matches!(lang, Lang::En));
    let index = recent_lookup(slot, lower_form, |form| lemmas.forms.get(form))?;
    Some(lemmas.lemma(index as usize))
}

/// Forms looked up at most before the memo of a thread starts afresh.
const MAX_RECENT_FORMS: usize = 1 << 16;

thread_local! {
    /// Per language (French, English), the forms this thread looked up and
    /// what the table gave: a text repeats its words, and a hash lookup
    /// costs a fraction of a walk down the fst. Cleared when full, so memory
    /// stays flat over any stream.
    static RECENT_FORMS: RefCell<[FxHashMap<Box<str>, Option<u64>>; 2]> =
        RefCell::new([FxHashMap::default(), FxHashMap::default()]);
}

/// `lookup(form)`, memoised in the thread's memo `slot`.
fn recent_lookup(slot: usize, form: &str, lookup: impl FnOnce(&str) -> Option<u64>) -> Option<u64> {
    RECENT_FORMS.with_borrow_mut(|recent| {
        let memo = &mut recent[slot];
        if let Some(&index) = memo.get(form) {
            return index;
        }
        let index = lookup(form);
        if memo.len() >= MAX_RECENT_FORMS {
            memo.clear();
        }
        memo.insert(form.into(), index);
        index
    })
}

/// The lemma of a lowercase word form if the table knows one, else the form.
pub fn lemma_or_self<'a>(lang: &Lang, lower_form: &'a str) -> &'a str {
    lemma_of(lang, lower_form).unwrap_or(lower_form)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_lemmas(lang: Lang, pairs: &[(&str, &str)]) {
        for &(form, lemma) in pairs {
            assert_eq!(lemma_of(&lang, form), Some(lemma), "{form}");
        }
    }

    #[test]
    fn french_forms_of_visits_and_talks() {
        assert_lemmas(
            Lang::Fr,
            &[
                ("recevra", "recevoir"),
                ("reçu", "recevoir"),
                ("accueilli", "accueillir"),
                ("entretenus", "entretenu"),
                ("entretenu", "entretenir"),
                ("effectué", "effectuer"),
                ("visites", "visite"),
                ("exercices", "exercice"),
                ("signé", "signer"),
                ("a", "avoir"),
            ],
        );
    }

    #[test]
    fn english_forms_of_visits_and_talks() {
        assert_lemmas(
            Lang::En,
            &[
                ("received", "receive"),
                ("held", "hold"),
                ("hosted", "host"),
                ("talks", "talk"),
                ("visited", "visit"),
                ("signed", "sign"),
                ("met", "meet"),
            ],
        );
    }

    #[test]
    fn accents_are_kept_apart() {
        assert_eq!(lemma_of(&Lang::Fr, "a"), Some("avoir"));
        assert_eq!(lemma_of(&Lang::Fr, "à"), None);
    }

    #[test]
    fn capitalised_unknown_and_own_lemma_forms_have_none() {
        for form in [
            "Reçu",
            "RECEVRA",
            "Signé",
            "attacheé",
            "",
            "recevoir",
            "visiter",
        ] {
            assert_eq!(lemma_of(&Lang::Fr, form), None, "{form}");
        }
        for form in ["Held", "Received", "xyzzyq", "", "visit"] {
            assert_eq!(lemma_of(&Lang::En, form), None, "{form}");
        }
    }

    #[test]
    fn remembered_forms_give_what_the_table_gives_in_each_language() {
        let forms = [
            "signé", "reçu", "held", "a", "visites", "xyzzyq", "signé", "held",
        ];
        for _ in 0..2 {
            for lang in [Lang::Fr, Lang::En] {
                let table = Lemmas::for_lang(&lang).unwrap();
                for form in forms {
                    let direct = table.forms.get(form).map(|i| table.lemma(i as usize));
                    assert_eq!(lemma_of(&lang, form), direct, "{lang:?} {form}");
                }
            }
        }
    }

    #[test]
    fn other_languages_have_no_table() {
        assert_eq!(lemma_of(&Lang::Other("vi".into()), "held"), None);
        assert_eq!(lemma_or_self(&Lang::Other("vi".into()), "held"), "held");
    }

    #[test]
    fn lemma_or_self_falls_back_to_the_form() {
        assert_eq!(lemma_or_self(&Lang::En, "talks"), "talk");
        assert_eq!(lemma_or_self(&Lang::En, "Talks"), "Talks");
        assert_eq!(lemma_or_self(&Lang::Fr, "à"), "à");
    }

    #[test]
    fn every_pair_of_the_tables_is_found() {
        for (lang, tsv) in [
            (Lang::Fr, include_str!("../data/lemmas/fr.tsv")),
            (Lang::En, include_str!("../data/lemmas/en.tsv")),
        ] {
            let pairs = tsv.lines().filter(|l| !l.starts_with('#'));
            for (form, lemma) in pairs.map(|l| l.split_once('\t').unwrap()) {
                assert_eq!(lemma_of(&lang, form), Some(lemma), "{form}");
            }
        }
    }
}
