//! Words, numbers and punctuation with byte offsets into the original text.
//!
//! The grammars match token sequences rather than the raw text so that
//! accents, case, apostrophe and dash variants are settled once, here, and
//! every match maps back to exact byte offsets.

use std::borrow::Cow;

use crate::lexicon::fold;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind<'t>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind<'t> {
    /// Letters; `capitalized` when the first one is uppercase (English month
    /// and weekday names must be). `folded` is a slice of the text when the
    /// word is folded already (lowercase ASCII, most words): nothing is
    /// allocated for it.
    Word {
        folded: Cow<'t, str>,
        capitalized: bool,
    },
    /// Digits and the letters glued after them (`1er`, `8th`): `value` is
    /// `u32::MAX` when it does not fit, `digits` counts the digits.
    Num {
        value: u32,
        digits: usize,
        suffix: Cow<'t, str>,
    },
    /// Any other character that is not whitespace; apostrophes are
    /// normalised to `'` and dashes to `-`.
    Punct(char),
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = text.char_indices().peekable();
    while let Some(&(start, c)) = rest.peek() {
        if c.is_whitespace() {
            rest.next();
            continue;
        }
        let kind = if c.is_ascii_digit() {
            let digits_end = skip_while(&mut rest, text, |c| c.is_ascii_digit());
            let suffix_end = skip_while(&mut rest, text, is_word_char);
            number(&text[start..digits_end], &text[digits_end..suffix_end])
        } else if is_word_char(c) {
            let word = &text[start..skip_while(&mut rest, text, is_word_char)];
            Kind::Word {
                capitalized: word.chars().next().is_some_and(char::is_uppercase),
                folded: folded(word),
            }
        } else {
            rest.next();
            Kind::Punct(normalize_punct(c))
        };
        let end = rest.peek().map_or(text.len(), |&(i, _)| i);
        tokens.push(Token { start, end, kind });
    }
    tokens
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Advances past the characters `keep` accepts; returns the byte offset in
/// `text` where they end. Tokens are slices of `text`, nothing is copied.
fn skip_while(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    text: &str,
    keep: impl Fn(char) -> bool,
) -> usize {
    while let Some(&(i, c)) = chars.peek() {
        if !keep(c) {
            return i;
        }
        chars.next();
    }
    text.len()
}

fn number<'t>(digits: &str, suffix: &'t str) -> Kind<'t> {
    Kind::Num {
        value: digits.parse().unwrap_or(u32::MAX),
        digits: digits.len(),
        suffix: folded(suffix),
    }
}

/// `word` folded: the word itself when folding leaves it as it is
/// (lowercase ASCII letters), else a folded copy.
fn folded(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

fn normalize_punct(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '′' | '`' => '\'',
        '–' | '—' | '‐' | '‑' | '−' => '-',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn a_word_borrowed_or_copied_is_folded(word in "[a-zA-Zé]{0,8}") {
            proptest::prop_assert_eq!(&*folded(&word), fold(&word));
        }
    }

    fn shapes(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| match t.kind {
                Kind::Word { folded, .. } => folded.into_owned(),
                Kind::Num { value, suffix, .. } => format!("#{value}{suffix}"),
                Kind::Punct(c) => format!("<{c}>"),
            })
            .collect()
    }

    #[test]
    fn tokens_by_case() {
        let cases: &[(&str, &[&str])] = &[
            ("le 1er Août", &["le", "#1er", "aout"]),
            ("aujourd’hui", &["aujourd", "<'>", "hui"]),
            ("8–10 June", &["#8", "<->", "#10", "june"]),
            ("12/01/2023", &["#12", "</>", "#1", "</>", "#2023"]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(shapes(text), *expected, "{text}");
        }
    }

    #[test]
    fn offsets_cover_the_original_characters() {
        let text = "Hanoï, 8 sept.";
        let tokens = tokenize(text);
        let slices: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(slices, ["Hanoï", ",", "8", "sept", "."]);
    }
}
