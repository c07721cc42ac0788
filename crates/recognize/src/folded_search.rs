//! Fixed patterns searched in the folded text (lowercase, no diacritics,
//! one char for one char) with ASCII word boundaries, then checked for
//! Unicode word boundaries on the original characters.
//!
//! Why: a pattern with Unicode `\b` cannot run on the regex crate's fast
//! DFA over non-ASCII text and falls back to a backtracking engine, the
//! main cost of recognition on French news. Folding makes accented letters
//! ASCII, so ASCII boundaries are right there; the check on the original
//! characters keeps the Unicode meaning where a letter did not fold to
//! ASCII (`œil` has no word `il`).

use attache_lexicon::Folded;
use attache_segment::CleanText;
use regex::Regex;

/// A match: code-point span, folded text, and where it ends in the folded text.
pub struct WordMatch<'f> {
    pub start: usize,
    pub end: usize,
    pub folded: &'f str,
    pub folded_end: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Matches of `pattern` (written folded, with `(?-u:\b)`) bounded by
/// non-word characters of the original text.
pub fn word_matches<'f>(
    pattern: &'f Regex,
    text: &'f CleanText,
    folded: &'f Folded,
) -> impl Iterator<Item = WordMatch<'f>> + 'f {
    pattern.find_iter(&folded.text).filter_map(move |m| {
        let start = folded.char_index(m.start());
        let end = folded.char_index(m.end());
        let bounded = (start == 0 || !is_word_char(text.chars[start - 1]))
            && text.chars.get(end).is_none_or(|c| !is_word_char(*c));
        bounded.then(|| WordMatch {
            start,
            end,
            folded: m.as_str(),
            folded_end: m.end(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_folded_and_bounded_in_the_original() {
        let pattern = Regex::new(r"(?-u:\b)(?:il|elle|deux parties)(?-u:\b)").unwrap();
        let text = CleanText::new("Réelle œil. Il a dit que les Deux Parties, elle…");
        let folded = Folded::new(&text.string);
        let found: Vec<(usize, usize, &str)> = word_matches(&pattern, &text, &folded)
            .map(|m| (m.start, m.end, m.folded))
            .collect();
        assert_eq!(
            found,
            [(12, 14, "il"), (29, 41, "deux parties"), (43, 47, "elle")]
        );
    }
}
