//! Text as the stages read it: in Unicode NFC, without a leading byte-order
//! mark, with a map back to the original text, so that every span the
//! stages find in the normalized text points into the original.
//!
//! Text in NFD (`e` + U+0301 for `é`) would otherwise miss every word the
//! lexicons spell composed. Normalization changes lengths, so the map keeps,
//! for each code point of the normalized text, the code point of the
//! original it comes from. NFC never changes ASCII, and no ASCII character
//! composes with what precedes it, so the text is normalized in pieces that
//! each begin at an ASCII character: a span boundary on such a character (a
//! space, punctuation, a Latin letter) maps exactly; one inside a piece
//! (between two accented letters written in NFD) maps proportionally.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::{CleanResult, Event, Mention, Removal, Repair, Span};

/// The normalized text of a document and the way back to its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// NFC, without a leading byte-order mark.
    pub text: String,
    /// For each code point of `text`, and its end, the original code point.
    to_original: Vec<usize>,
}

/// The normalized form of `original`, or `None` when it is already NFC
/// and has no byte-order mark (then the stages read it as it is).
pub fn normalize(original: &str) -> Option<Normalized> {
    let body = original.strip_prefix('\u{feff}');
    let skipped = usize::from(body.is_some());
    let body = body.unwrap_or(original);
    if skipped == 0 && is_nfc(body) {
        return None;
    }
    let mut text = String::with_capacity(body.len());
    let mut to_original = Vec::with_capacity(body.len() + 1);
    let mut at = skipped;
    for piece in pieces(body) {
        let before = piece.chars().count();
        let start = text.len();
        text.extend(piece.nfc());
        let after = text[start..].chars().count();
        // Same length: one to one; otherwise spread over the piece.
        to_original.extend((0..after).map(|i| at + i * before / after));
        at += before;
    }
    to_original.push(at);
    Some(Normalized { text, to_original })
}

fn is_nfc(text: &str) -> bool {
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        IsNormalized::Maybe => text.nfc().eq(text.chars()),
    }
}

/// `text` cut before every ASCII character.
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..]
            .find(|c: char| c.is_ascii())
            .map_or(rest.len(), |i| first + i);
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

impl Normalized {
    /// The original code point of code point `at` of the normalized text
    /// (its end maps to the original's end).
    pub fn original_offset(&self, at: usize) -> usize {
        self.to_original[at.min(self.to_original.len() - 1)]
    }

    /// The original span of the normalized span `span`.
    pub fn original_span(&self, span: Span) -> Span {
        let start = self.original_offset(span.start);
        Span::new(start, self.original_offset(span.end).max(start))
    }

    /// `clean` (made over the normalized text) with its spans in the
    /// original, and its text rebuilt from the original's kept spans.
    pub fn clean_to_original(&self, clean: &CleanResult, original: &str) -> CleanResult {
        let kept: Vec<Span> = clean
            .kept
            .iter()
            .map(|k| self.original_span(*k))
            .filter(|k| !k.is_empty())
            .collect();
        let removed = clean
            .removed
            .iter()
            .map(|r| {
                let span = self.original_span(r.span());
                Removal {
                    start: span.start,
                    end: span.end,
                    reason: r.reason,
                }
            })
            .filter(|r| r.start < r.end)
            .collect();
        let repairs: Vec<Repair> = clean
            .repairs
            .iter()
            .map(|r| Repair {
                at: self.original_offset(r.at),
                insert: r.insert.clone(),
            })
            .collect();
        let text = kept_text(original, &kept, &repairs);
        CleanResult {
            kept,
            removed,
            repairs,
            text,
        }
    }

    /// Moves `event`'s span into the original and makes its evidence the
    /// original text there.
    pub fn event_to_original(&self, event: &mut Event, original: &str) {
        if let (Some(start), Some(end)) = (event.start, event.end) {
            let span = self.original_span(Span::new(start, end));
            event.start = Some(span.start);
            event.end = Some(span.end);
            event.evidence = span.slice_chars(original).to_string();
        }
    }
}

impl Normalized {
    /// Moves `mention`'s span into the original and makes its text the
    /// original text there (`clean_start`/`clean_end` stay offsets of the
    /// cleaning the stages read, which is in NFC).
    pub fn mention_to_original(&self, mention: &mut Mention, original: &str) {
        let span = self.original_span(Span::new(mention.start, mention.end));
        mention.start = span.start;
        mention.end = span.end;
        mention.text = span.slice_chars(original).to_string();
    }
}

/// The kept spans of `original` in order, each repair inserted before its code point.
fn kept_text(original: &str, kept: &[Span], repairs: &[Repair]) -> String {
    let mut text = String::with_capacity(original.len());
    let mut repairs = repairs.iter().peekable();
    let mut spans = kept.iter().peekable();
    for (at, c) in original.chars().enumerate() {
        while spans.next_if(|s| s.end <= at).is_some() {}
        if spans.peek().is_some_and(|s| s.start <= at) {
            while let Some(r) = repairs.next_if(|r| r.at <= at) {
                text.push_str(&r.insert);
            }
            text.push(c);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_text_without_a_mark_is_read_as_it_is() {
        assert_eq!(normalize("Hà Nội, le ministre"), None);
        assert_eq!(normalize(""), None);
    }

    #[test]
    fn nfd_letters_are_composed_and_map_back() {
        let original =
            "Le ministre a rec\u{0327}u l'ambassadeur a\u{0300} Ha\u{0300} No\u{0323}\u{0302}i.";
        let n = normalize(original).unwrap();
        assert_eq!(n.text, "Le ministre a reçu l'ambassadeur à Hà Nội.");
        let word = |w: &str| {
            let start = n.text[..n.text.find(w).unwrap()].chars().count();
            Span::new(start, start + w.chars().count())
        };
        for (w, original_word) in [
            ("reçu", "rec\u{0327}u"),
            ("Hà Nội", "Ha\u{0300} No\u{0323}\u{0302}i"),
            ("l'ambassadeur", "l'ambassadeur"),
        ] {
            assert_eq!(
                n.original_span(word(w)).slice_chars(original),
                original_word
            );
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_offsets_count_it() {
        let original = "\u{feff}Le ministre";
        let n = normalize(original).unwrap();
        assert_eq!(n.text, "Le ministre");
        assert_eq!(
            n.original_span(Span::new(3, 11)).slice_chars(original),
            "ministre"
        );
    }

    #[test]
    fn a_cleaning_maps_to_the_original_and_its_text_is_rebuilt_from_it() {
        let original = "Photo\nLe ministre a rec\u{0327}u l'envoye\u{0301}.";
        let n = normalize(original).unwrap();
        let clean = CleanResult {
            kept: vec![Span::new(6, 34)],
            removed: vec![Removal {
                start: 0,
                end: 6,
                reason: crate::RemovalReason::Caption,
            }],
            repairs: vec![Repair {
                at: 9,
                insert: " ".into(),
            }],
            text: String::new(),
        };
        let mapped = n.clean_to_original(&clean, original);
        assert_eq!(mapped.kept, [Span::new(6, original.chars().count())]);
        assert_eq!(mapped.repairs[0].at, 9);
        assert_eq!(mapped.text, "Le  ministre a rec\u{0327}u l'envoye\u{0301}.");
    }

    mod properties {
        use proptest::prelude::*;
        use unicode_normalization::UnicodeNormalization;

        use super::super::*;

        /// Text mixing ASCII, composed and decomposed letters, lone
        /// combining marks, Hangul jamo and byte-order marks.
        fn mixed_text() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "a",
                "e",
                " ",
                ".",
                "\n",
                "é",
                "e\u{301}",
                "\u{301}",
                "\u{323}\u{302}",
                "o",
                "ộ",
                "Hà",
                "\u{1100}\u{1161}",
                "\u{11a8}",
                "\u{feff}",
                "ǅ",
                "\u{2126}",
                "x\u{308}\u{301}",
            ]);
            prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
        }

        proptest! {
            #[test]
            fn spans_map_into_the_original_in_order(original in mixed_text(), cuts in prop::collection::vec(0usize..200, 2)) {
                let Some(n) = normalize(&original) else {
                    let as_is = is_nfc(&original) && !original.starts_with('\u{feff}');
                    prop_assert!(as_is);
                    return Ok(());
                };
                let body = original.strip_prefix('\u{feff}').unwrap_or(&original);
                prop_assert_eq!(&n.text, &body.nfc().collect::<String>());
                let len = n.text.chars().count();
                prop_assert!(n.to_original.windows(2).all(|w| w[0] <= w[1]));
                prop_assert_eq!(n.original_offset(len), original.chars().count());
                let (a, b) = (cuts[0].min(len), cuts[1].min(len));
                let span = n.original_span(Span::new(a.min(b), a.max(b)));
                prop_assert!(span.start <= span.end && span.end <= original.chars().count());
                // A span that begins and ends on ASCII (or the end) maps exactly.
                let exact = |i: usize| i == len || n.text.chars().nth(i).is_some_and(|c| c.is_ascii());
                if exact(a.min(b)) && exact(a.max(b)) {
                    let back: String = span.slice_chars(&original).nfc().collect();
                    let here: String = n.text.chars().skip(a.min(b)).take(a.max(b) - a.min(b)).collect();
                    prop_assert_eq!(back, here);
                }
            }
        }
    }
}
