//! The sentence and the paragraph around a span of a page's text: what a
//! reader needs to see an event's evidence in context (`attache event`,
//! `attache serve`).

use std::ops::Range;

/// The byte range of the sentence holding bytes `start..end` of `text`
/// (char boundaries). A sentence ends at a line break, or at `.`, `!` or
/// `?` before a space or the end (so that `mod.gov.vn` and `15.5` do not
/// end one).
pub fn sentence_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let is_end = |i: usize| {
        bytes[i] == b'\n'
            || (matches!(bytes[i], b'.' | b'!' | b'?')
                && text[i + 1..].chars().next().is_none_or(char::is_whitespace))
    };
    let first = (0..start).rev().find(|&i| is_end(i)).map_or(0, |i| i + 1);
    let last = (end.max(start)..text.len())
        .find(|&i| is_end(i))
        .map_or(text.len(), |i| i + 1);
    first..last
}

/// The byte range of the paragraph (the line) holding bytes `start..end`
/// of `text`, without its line breaks.
pub fn paragraph_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let first = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let last = text[end.max(start)..]
        .find('\n')
        .map_or(text.len(), |i| end.max(start) + i);
    first..last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_ends_at_a_stop_before_a_space_or_a_line() {
        let text = "Un point. Il a reçu mod.gov.vn à 15.5 h! Fin\nautre";
        let at = text.find("reçu").unwrap();
        let range = sentence_around(text, at, at + "reçu".len());
        assert_eq!(&text[range], " Il a reçu mod.gov.vn à 15.5 h!");
        let at = text.find("Fin").unwrap();
        assert_eq!(&text[sentence_around(text, at, at + 3)], " Fin\n");
    }

    #[test]
    fn a_paragraph_is_its_line() {
        let text = "Titre\n\nUn point. Il a reçu.\nFin";
        let at = text.find("reçu").unwrap();
        assert_eq!(
            &text[paragraph_around(text, at, at + 4)],
            "Un point. Il a reçu."
        );
        assert_eq!(&text[paragraph_around(text, 0, 0)], "Titre");
    }
}
