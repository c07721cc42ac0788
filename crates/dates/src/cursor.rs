//! A position in a token list with backtracking, the building block of the
//! grammars: every method either consumes what it recognises and returns
//! `Some`, or leaves the position unchanged and returns `None`.

use crate::token::{Kind, Token};

#[derive(Debug, Clone, Copy)]
pub struct Cursor<'t> {
    tokens: &'t [Token<'t>],
    pub pos: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(tokens: &'t [Token<'t>], pos: usize) -> Self {
        Cursor { tokens, pos }
    }

    /// Runs `f`; keeps its progress only if it succeeds.
    pub fn attempt<T>(&mut self, f: impl FnOnce(&mut Cursor<'t>) -> Option<T>) -> Option<T> {
        let mut trial = *self;
        let found = f(&mut trial);
        if found.is_some() {
            *self = trial;
        }
        found
    }

    fn next_kind(&mut self) -> Option<&'t Kind<'t>> {
        let token = self.tokens.get(self.pos)?;
        self.pos += 1;
        Some(&token.kind)
    }

    pub fn peek_kind(&self) -> Option<&'t Kind<'t>> {
        self.tokens.get(self.pos).map(|t| &t.kind)
    }

    /// The next word, folded, and whether it is capitalised.
    pub fn word_text(&mut self) -> Option<(&'t str, bool)> {
        self.attempt(|c| match c.next_kind()? {
            Kind::Word {
                folded,
                capitalized,
            } => Some((&**folded, *capitalized)),
            _ => None,
        })
    }

    pub fn word(&mut self, expected: &str) -> Option<()> {
        self.attempt(|c| (c.word_text()?.0 == expected).then_some(()))
    }

    pub fn punct(&mut self, expected: char) -> Option<()> {
        self.attempt(|c| matches!(c.next_kind()?, Kind::Punct(p) if *p == expected).then_some(()))
    }

    /// The next number: its value, digit count and folded suffix.
    pub fn number(&mut self) -> Option<(u32, usize, &'t str)> {
        self.attempt(|c| match c.next_kind()? {
            Kind::Num {
                value,
                digits,
                suffix,
            } => Some((*value, *digits, &**suffix)),
            _ => None,
        })
    }

    /// Whether the next token touches the previous one (no space between),
    /// as in `12/01/2023` or `8-10`.
    pub fn glued(&self) -> bool {
        match (self.pos.checked_sub(1), self.tokens.get(self.pos)) {
            (Some(prev), Some(next)) => self.tokens.get(prev).is_some_and(|p| p.end == next.start),
            _ => false,
        }
    }

    /// A phrase written folded, words separated by spaces; `'` and `-` are
    /// tokens of their own, as in the text (`aujourd'hui`, `mi-`).
    pub fn phrase(&mut self, phrase: &str) -> Option<()> {
        if !self.starts_phrase(phrase) {
            return None;
        }
        self.phrase_by_pieces(phrase)
    }

    fn phrase_by_pieces(&mut self, phrase: &str) -> Option<()> {
        self.attempt(|c| {
            for piece in phrase_pieces(phrase) {
                match piece {
                    Piece::Word(w) => c.word(w)?,
                    Piece::Punct(p) => c.punct(p)?,
                }
            }
            Some(())
        })
    }

    /// Whether the next token is the first piece of `phrase`, compared as
    /// bytes: the grammars try whole tables of phrases at every position
    /// near an anchor, and most tries fail on the first piece.
    fn starts_phrase(&self, phrase: &str) -> bool {
        let rest = phrase.trim_start_matches(' ');
        let Some(&first) = rest.as_bytes().first() else {
            return true;
        };
        if first == b'\'' || first == b'-' {
            return matches!(self.peek_kind(), Some(Kind::Punct(p)) if *p == char::from(first));
        }
        match self.peek_kind() {
            // Most tries differ in the first byte: tested before the word.
            Some(Kind::Word { folded, .. }) if folded.as_bytes().first() == Some(&first) => {
                rest.strip_prefix(&**folded).is_some_and(|after| {
                    matches!(after.as_bytes().first(), None | Some(b' ' | b'\'' | b'-'))
                })
            }
            _ => false,
        }
    }

    /// The first byte a phrase spells the next token with: a word's first
    /// folded byte, `'` or `-` for those marks, else none.
    fn lead_byte(&self) -> Option<u8> {
        match self.peek_kind()? {
            Kind::Word { folded, .. } => folded.as_bytes().first().copied(),
            Kind::Punct(p @ ('\'' | '-')) => Some(*p as u8),
            _ => None,
        }
    }

    /// The longest phrase of a table that matches here, with its value.
    ///
    /// The next token's first byte is read once for the whole table: a
    /// phrase that starts with another cannot match (see
    /// [`Cursor::starts_phrase`]), and most of a table is skipped so.
    pub fn longest_phrase<T: Copy>(&mut self, table: &[(&str, T)]) -> Option<T> {
        let lead = self.lead_byte();
        let mut best: Option<(Cursor<'t>, T)> = None;
        for (phrase, value) in table {
            if !may_start_with(phrase, lead) {
                continue;
            }
            let mut trial = *self;
            if trial.phrase(phrase).is_none() {
                continue;
            }
            // Written out rather than `is_none_or`, which is newer than the
            // workspace's `rust-version`.
            let longer = match best {
                Some((b, _)) => trial.pos > b.pos,
                None => true,
            };
            if longer {
                best = Some((trial, *value));
            }
        }
        let (end, value) = best?;
        *self = end;
        Some(value)
    }
}

/// Whether `phrase` may match a token spelled from byte `lead` on: it is
/// empty (spaces only) or starts with that byte.
fn may_start_with(phrase: &str, lead: Option<u8>) -> bool {
    match phrase.as_bytes().first() {
        // Rare: written with a leading space.
        Some(b' ') => may_start_with(phrase.trim_start_matches(' '), lead),
        Some(&first) => Some(first) == lead,
        None => true,
    }
}

enum Piece<'p> {
    Word(&'p str),
    Punct(char),
}

/// The pieces of a phrase, without allocating: the grammar tries phrases
/// at every anchored token, so this runs often.
fn phrase_pieces(phrase: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = phrase;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(' ');
        let first = rest.chars().next()?;
        if first == '\'' || first == '-' {
            rest = &rest[1..];
            return Some(Piece::Punct(first));
        }
        let end = rest.find([' ', '\'', '-']).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        Some(Piece::Word(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn phrases_match_apostrophes_and_dashes() {
        let cases = [
            ("Aujourd'hui", "aujourd'hui", true),
            ("l’an dernier", "l'an dernier", true),
            ("avant–hier", "avant-hier", true),
            ("l'an passé", "l'an dernier", false),
        ];
        for (text, phrase, expected) in cases {
            let tokens = tokenize(text);
            let mut cursor = Cursor::new(&tokens, 0);
            assert_eq!(
                cursor.phrase(phrase).is_some(),
                expected,
                "{text} / {phrase}"
            );
        }
    }

    proptest::proptest! {
        /// The first-piece test refuses only what the piece by piece match refuses.
        #[test]
        fn phrases_match_as_piece_by_piece(
            text in "(hier|l'an|d'|-|apres|2019|soir|é|  )( |-|'|hier|soir|an|apres){0,4}",
            phrase in "( |-|'|hier|soir|l|an|apres|apres-midi){0,4}",
        ) {
            let tokens = tokenize(&text);
            for pos in 0..=tokens.len() {
                let mut fast = Cursor::new(&tokens, pos);
                let mut slow = Cursor::new(&tokens, pos);
                let matched = fast.phrase(&phrase);
                let matched_by_pieces = slow.phrase_by_pieces(&phrase);
                proptest::prop_assert_eq!((matched, fast.pos), (matched_by_pieces, slow.pos));
            }
        }

        /// Skipping the phrases that start with another byte than the next
        /// token's finds what trying every phrase finds.
        #[test]
        fn longest_phrase_skips_only_what_cannot_match(
            text in "(hier|l'an|d'|-|apres|2019|soir|é|  )( |-|'|hier|soir|an|apres){0,4}",
            table in proptest::collection::vec("( |-|'|hier|soir|l|an|apres|apres-midi){0,4}", 0..6),
        ) {
            let tokens = tokenize(&text);
            let table: Vec<(&str, usize)> =
                table.iter().enumerate().map(|(i, p)| (p.as_str(), i)).collect();
            for pos in 0..=tokens.len() {
                let mut fast = Cursor::new(&tokens, pos);
                let found = fast.longest_phrase(&table);
                let mut best: Option<(usize, usize)> = None;
                for &(phrase, value) in &table {
                    let mut trial = Cursor::new(&tokens, pos);
                    if trial.phrase(phrase).is_some() && best.is_none_or(|(end, _)| trial.pos > end) {
                        best = Some((trial.pos, value));
                    }
                }
                let expected = (best.map(|(_, v)| v), best.map_or(pos, |(end, _)| end));
                proptest::prop_assert_eq!((found, fast.pos), expected);
            }
        }
    }

    #[test]
    fn longest_phrase_wins() {
        let tokens = tokenize("hier soir");
        let mut cursor = Cursor::new(&tokens, 0);
        let found = cursor.longest_phrase(&[("hier", 1), ("hier soir", 2)]);
        assert_eq!((found, cursor.pos), (Some(2), 2));
    }
}
