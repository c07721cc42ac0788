//! Discards (a user's PETRARCH discard list): a phrase that voids the
//! sentence it is in (`World Cup`, `years later`), or the whole story
//! (`+Manchester United`). A phrase matches case- and accent-insensitively
//! at the start of a word, as a stem unless it must end a word.

use aho_corasick::AhoCorasick;
use attache_lexicon::dictionaries::Discard;
use attache_lexicon::{fold, Folded};

#[derive(Default)]
pub struct Discards {
    automaton: Option<AhoCorasick>,
    list: Vec<Discard>,
}

/// Where discards match in a text: code points of the sentences they void,
/// and whether one voids the story.
pub struct Voided {
    pub story: bool,
    pub at: Vec<usize>,
}

impl Discards {
    pub fn new(list: &[Discard]) -> Discards {
        if list.is_empty() {
            return Discards::default();
        }
        let patterns: Vec<String> = list.iter().map(|d| fold(&d.phrase)).collect();
        Discards {
            automaton: AhoCorasick::new(&patterns).ok(),
            list: list.to_vec(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The matches in `text` (code points of their starts).
    pub fn find(&self, text: &str) -> Voided {
        let mut voided = Voided {
            story: false,
            at: Vec::new(),
        };
        let Some(automaton) = &self.automaton else {
            return voided;
        };
        let folded = Folded::new(text);
        let bytes = folded.text.as_bytes();
        let word_char = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        for m in automaton.find_overlapping_iter(&folded.text) {
            let discard = &self.list[m.pattern().as_usize()];
            let starts_word = m.start() == 0 || !word_char(bytes[m.start() - 1]);
            let ends_word = m.end() == bytes.len() || !word_char(bytes[m.end()]);
            if starts_word && (ends_word || !discard.whole_word) {
                voided.story |= discard.story;
                voided.at.push(folded.char_index(m.start()));
            }
        }
        voided
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn discard(phrase: &str, story: bool, whole_word: bool) -> Discard {
        Discard {
            phrase: phrase.into(),
            story,
            whole_word,
        }
    }

    #[test]
    fn phrases_match_at_word_starts() {
        let discards = Discards::new(&[
            discard("world cup", false, false),
            discard("cup", false, true),
            discard("manchester united", true, false),
        ]);
        let found = discards.find("The World Cups began. A cupboard. The cup.");
        assert!(!found.story);
        assert_eq!(found.at, [4, 38]);
        assert!(discards.find("MANCHESTER UNITED won").story);
        // `world cup` inside `transworld` is no match; `cup` is.
        assert_eq!(discards.find("a transworld cup").at, [13]);
        assert!(discards.find("transworld cupboard").at.is_empty());
    }
}
