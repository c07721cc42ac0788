//! Segmentation: a cleaned text as characters, with its sentences and
//! words, all in code points (never rewriting the text).
//!
//! Sentences end at a line break (unless it wraps a line of prose: `le
//! général\nNguyen …` goes on, see `attache_lexicon::wraps_into_next`), or
//! at `.`, `!`, `?` followed by a space and a capital or a quote — not
//! after abbreviations (`M.`, `Gen.`, `U.S.`). Words are runs of letters and digits, with inner apostrophes and
//! hyphens (`l'ONU`, `vice-ministre`).
//!
//! ```
//! use attache_segment::CleanText;
//! let text = CleanText::new("M. Lich est arrivé. Il a salué le ministre.");
//! assert_eq!(text.sentence_of(0), 0);
//! assert_eq!(text.sentence_of(20), 1);
//! assert_eq!(text.sentence_range(1), 20..43);
//! ```

use std::cell::OnceCell;
use std::ops::Range;

use attache_lexicon::Folded;

mod tokens;

pub use tokens::{Token, TokenKind, Tokens};

pub struct CleanText {
    pub chars: Vec<char>,
    pub string: String,
    /// Start of each sentence (code points), ascending.
    sentence_starts: Vec<usize>,
    /// Byte offset in `string` of each code point, and of the end: a slice
    /// is copied from `string` at once rather than re-encoded char by char.
    byte_at: Vec<usize>,
    /// The text folded, once some reader asks ([`CleanText::folded`]).
    folded: OnceCell<Folded>,
}

impl CleanText {
    pub fn new(text: &str) -> CleanText {
        let mut chars = Vec::with_capacity(text.len());
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        for (at, c) in text.char_indices() {
            chars.push(c);
            byte_at.push(at);
        }
        byte_at.push(text.len());
        let sentence_starts = sentence_starts(&chars);
        CleanText {
            chars,
            string: text.to_string(),
            sentence_starts,
            byte_at,
            folded: OnceCell::new(),
        }
    }

    /// The text folded (lowercase, no diacritics), with its map back to
    /// code points: folded once per document for every search that reads
    /// it (the gazetteer, vessels, references).
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| Folded::new(&self.string))
    }

    /// The code points `range` of the text.
    pub fn slice(&self, range: Range<usize>) -> String {
        let bytes = self.byte_at[range.start]..self.byte_at[range.end];
        self.string[bytes].to_string()
    }

    /// Index of the sentence holding code point `at`.
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentence_starts
            .partition_point(|&s| s <= at)
            .saturating_sub(1)
    }

    pub fn sentence_count(&self) -> usize {
        self.sentence_starts.len()
    }

    /// The code points of sentence `sentence`.
    pub fn sentence_range(&self, sentence: usize) -> Range<usize> {
        self.sentence_starts[sentence]..self.sentence_end(sentence)
    }

    /// Where sentence `sentence` ends: the next one's start, or the text's end.
    pub fn sentence_end(&self, sentence: usize) -> usize {
        self.sentence_starts
            .get(sentence + 1)
            .copied()
            .unwrap_or(self.chars.len())
    }

    /// Whether the word right before code point `at` is a preposition of
    /// place, `à`, `in` or `at` (`s'est tenue à Kuala Lumpur`, `met in
    /// Singapore`): what follows names where something happens. (`en`,
    /// `au`, `to` are left out: the country after them is often the host
    /// of a visit, a party.)
    pub fn follows_locative(&self, at: usize) -> bool {
        let from = at.saturating_sub(4);
        let before = &self.chars[from..at.min(self.chars.len())];
        let Some((&last, rest)) = before.split_last() else {
            return false;
        };
        if !last.is_whitespace() {
            return false;
        }
        let word: String = rest
            .iter()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let whole = rest.len() > word.chars().count() || from == 0;
        whole && matches!(word.to_lowercase().as_str(), "à" | "a" | "in" | "at")
    }

    /// Whether `at` is the first word of its sentence (after quotes, dashes and spaces).
    pub fn starts_sentence(&self, at: usize) -> bool {
        let start = self.sentence_starts[self.sentence_of(at)];
        self.chars[start..at].iter().all(|c| !c.is_alphanumeric())
    }
}

/// Sentence starts: the text start, after a line break that is no wrap, and after `.`, `!`
/// or `?` followed by a space and a capital or a quote.
fn sentence_starts(chars: &[char]) -> Vec<usize> {
    let mut starts = vec![0];
    for i in 0..chars.len() {
        let boundary = match chars[i] {
            '\n' => !is_wrap(chars, i),
            '.' if is_abbreviation_before(chars, i) => false,
            '.' | '!' | '?' | '…' => {
                let next = chars[i + 1..]
                    .iter()
                    .position(|c| !c.is_whitespace())
                    .map(|p| chars[i + 1 + p]);
                chars.get(i + 1).is_some_and(|c| c.is_whitespace())
                    && next.is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '«' | '“'))
            }
            _ => false,
        };
        if boundary {
            // The sentence starts at its first non-space character.
            let next = chars[i + 1..]
                .iter()
                .position(|c| !c.is_whitespace())
                .map(|p| i + 1 + p);
            if let Some(next) = next {
                starts.push(next);
            }
        }
    }
    starts.dedup();
    starts
}

/// Whether the line break at `i` wraps a line of prose (`le général\nNguyen
/// Van A`): a space, not the end of a sentence.
///
/// Only the line's last word and the next line's first character decide
/// (`wraps_into_next` reads no more): they are what is copied, not the
/// lines, which are whole paragraphs.
pub(crate) fn is_wrap(chars: &[char], i: usize) -> bool {
    let line = &chars[chars[..i]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1)..i];
    let word_end = line
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(0, |p| p + 1);
    let word_start = line[..word_end]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let last_word: String = line[word_start..word_end].iter().collect();
    let next_first: String = chars[i + 1..]
        .iter()
        .take_while(|&&c| c != '\n')
        .find(|c| !c.is_whitespace())
        .map(char::to_string)
        .unwrap_or_default();
    attache_lexicon::wraps_into_next(&last_word, &next_first)
}

/// Abbreviations that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Gen", "Col", "Lt", "Maj", "Sgt", "Adm", "Capt", "Mme", "Mgr", "Dr", "Mr", "Mrs", "Ms", "St",
    "Jr", "Sr", "Prof", "No", "Vol",
];

/// Whether the full stop at `i` closes an abbreviation (`M.`, `Mr.`, `U.S.`, `Gen.`).
fn is_abbreviation_before(chars: &[char], i: usize) -> bool {
    let word_start = chars[..i]
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |p| p + 1);
    // Compared in place: a stop ends most sentences, and nothing is copied.
    let word = &chars[word_start..i];
    let single_capital = word.len() == 1 && word[0].is_uppercase();
    single_capital
        || ABBREVIATIONS
            .iter()
            .any(|a| a.chars().eq(word.iter().copied()))
}

/// Words: maximal runs of letters, digits, apostrophes inside a word and hyphens.
pub fn words(chars: &[char]) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_alphanumeric()
                || (matches!(chars[i], '-' | '\'' | '’')
                    && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())))
        {
            i += 1;
        }
        words.push(start..i);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::CleanText;

    proptest::proptest! {
        #[test]
        fn a_slice_is_its_code_points(text in "\\PC{0,30}", a in 0usize..40, b in 0usize..40) {
            let clean = CleanText::new(&text);
            let n = clean.chars.len();
            let range = a.min(b).min(n)..a.max(b).min(n);
            let by_chars: String = clean.chars[range.clone()].iter().collect();
            proptest::prop_assert_eq!(clean.slice(range), by_chars);
        }

        /// `is_wrap` copies only the words that decide: it answers as
        /// `wraps_into_next` over the whole lines does.
        #[test]
        fn a_wrap_is_decided_by_the_lines_edges(
            text in "(le|Le|de|the|général|,|\\.|-|:| |\u{a0}|\t|\n|a|B|é|É|1)*"
        ) {
            let chars: Vec<char> = text.chars().collect();
            for (i, _) in chars.iter().enumerate().filter(|(_, &c)| c == '\n') {
                let line_start = chars[..i].iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
                let next_end = chars[i + 1..]
                    .iter()
                    .position(|&c| c == '\n')
                    .map_or(chars.len(), |p| i + 1 + p);
                let this: String = chars[line_start..i].iter().collect();
                let next: String = chars[i + 1..next_end].iter().collect();
                proptest::prop_assert_eq!(
                    super::is_wrap(&chars, i),
                    attache_lexicon::wraps_into_next(&this, &next)
                );
            }
        }
    }

    #[test]
    fn places_follow_a_preposition_of_place() {
        let text =
            CleanText::new("Réunion à Kuala Lumpur, visite au Japon, met in Singapore, Aa Hanoi.");
        let at = |w: &str| {
            text.string
                .find(w)
                .map(|b| text.string[..b].chars().count())
                .unwrap()
        };
        assert!(text.follows_locative(at("Kuala")));
        assert!(text.follows_locative(at("Singapore")));
        assert!(!text.follows_locative(at("Japon")));
        assert!(!text.follows_locative(at("Hanoi")));
        assert!(!text.follows_locative(0));
    }

    use super::*;

    #[test]
    fn a_hard_wrapped_line_goes_on_into_the_next() {
        let text = CleanText::new(
            "Accueilli par son homologue, le général\nPaul Martin, il a été reçu par\nle Premier ministre.\nUne autre phrase.\nTitre\nCorps",
        );
        assert_eq!(text.sentence_count(), 4);
        assert_eq!(text.sentence_of(50), 0);
        let tokens = Tokens::new(&text.chars, &attache_model::Lang::Fr);
        let starts: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens.get(i).unwrap().line_start)
            .map(|i| tokens.folded(i))
            .collect();
        assert_eq!(starts, ["accueilli", "une", "titre", "corps"]);
    }

    #[test]
    fn sentences_and_words() {
        let text = CleanText::new("Le général a reçu M. Smith. Il a dit.\nThe end");
        assert_eq!(text.sentence_of(0), 0);
        assert!(text.starts_sentence(28));
        assert_eq!(text.sentence_of(40), 2);
        let chars: Vec<char> = "l'ONU, vice-ministre".chars().collect();
        assert_eq!(words(&chars), [0..5, 7..20]);
    }
}
