//! Word frequencies (Zipf scale) per language, from `data/words/*.txt`.
//!
//! The files hold one line per frequency bucket: `<zipf × 100> word word …`.
//! They are parsed once, on first use, into a hash map of lowercase forms.

use std::sync::OnceLock;

use attache_model::Lang;
use rustc_hash::FxHashMap;

const FRENCH: &str = include_str!("../data/words/fr.txt");
const ENGLISH: &str = include_str!("../data/words/en.txt");

/// Lowercase word → Zipf frequency × 100 (a word seen once per billion is 100).
pub struct WordFrequencies {
    /// Fx hashing: the keys are our own data, and lookups sit on the cleaning hot path.
    zipf_x100: FxHashMap<&'static str, u16>,
}

impl WordFrequencies {
    /// The list for `lang`, or `None` for a language attache has no list for.
    pub fn for_lang(lang: &Lang) -> Option<&'static WordFrequencies> {
        static FR: OnceLock<WordFrequencies> = OnceLock::new();
        static EN: OnceLock<WordFrequencies> = OnceLock::new();
        match lang {
            Lang::Fr => Some(FR.get_or_init(|| WordFrequencies::parse(FRENCH))),
            Lang::En => Some(EN.get_or_init(|| WordFrequencies::parse(ENGLISH))),
            Lang::Other(_) => None,
        }
    }

    fn parse(data: &'static str) -> WordFrequencies {
        let mut zipf_x100 = FxHashMap::with_capacity_and_hasher(200_000, Default::default());
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split(' ');
            let Some(Ok(bucket)) = fields.next().map(str::parse::<u16>) else {
                continue;
            };
            for word in fields {
                // Buckets come most frequent first: keep the first (highest) value.
                zipf_x100.entry(word).or_insert(bucket);
            }
        }
        WordFrequencies { zipf_x100 }
    }

    /// Zipf frequency of `word` (already lowercase), if the list has it.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        self.zipf_x100.get(word).map(|&z| f32::from(z) / 100.0)
    }

    /// Zipf frequency of `word` in any case, looked up lowercased.
    pub fn zipf_any_case(&self, word: &str) -> Option<f32> {
        if word.chars().any(char::is_uppercase) {
            self.zipf(&word.to_lowercase())
        } else {
            self.zipf(word)
        }
    }

    pub fn len(&self) -> usize {
        self.zipf_x100.len()
    }

    pub fn is_empty(&self) -> bool {
        self.zipf_x100.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_load_with_common_words_frequent() {
        let fr = WordFrequencies::for_lang(&Lang::Fr).unwrap();
        let en = WordFrequencies::for_lang(&Lang::En).unwrap();
        assert!(fr.len() > 100_000 && en.len() > 100_000);
        assert!(fr.zipf("de").unwrap() > 7.0);
        assert!(en.zipf("the").unwrap() > 7.0);
        assert_eq!(fr.zipf_any_case("Défense"), fr.zipf("défense"));
        assert!(WordFrequencies::for_lang(&Lang::Other("deu".into())).is_none());
    }
}
