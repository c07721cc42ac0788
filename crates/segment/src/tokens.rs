//! One token stream per text: words, numbers and punctuation with their
//! code-point offsets, each word with its folded form and its lemma.
//!
//! The stream is built once per document and read by the coder instead of
//! re-scanning the text. Tokens of the same text share one *form* (an id,
//! [`Tokens::form`]): its folded form, lemma and past-participle mark are
//! worked out once per distinct word of the document, so that a word
//! repeated costs one hash lookup, and readers can remember what they
//! derive from a token by its form. Folded forms and lemmas live in one
//! string buffer (no allocation per token). French elisions are tokens of their own
//! (`l'`, `d'`, `s'`, `qu'`: `s'est` is `s'` + `est`), as are English `'s`
//! and `n't`, so that a clitic or a negation can sit between the parts of
//! a predicate.

use std::ops::Range;

use attache_lexicon::{fold_char, lemma_of};
use attache_model::Lang;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Code points `[start, end)` of the text the stream was built from.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The first token after a line break (a title ends there).
    pub line_start: bool,
    /// A past participle by its form (`signé`, `reçus`, `held`, `signed`).
    pub participle: bool,
    /// Written with a capital first letter (a name, or a sentence's first word).
    pub capitalised: bool,
    /// The id of its text among the stream's distinct ones ([`Tokens::form`]).
    form: u32,
}

/// What a token's text alone decides, worked out once per distinct text.
#[derive(Debug, Clone)]
struct Form {
    kind: TokenKind,
    participle: bool,
    /// Byte ranges in the stream's buffer.
    folded: Range<u32>,
    lemma: Range<u32>,
}

/// The tokens of one text.
pub struct Tokens {
    buffer: String,
    tokens: Vec<Token>,
    /// By form id.
    forms: Vec<Form>,
    /// A line break since the last token.
    newline: bool,
}

/// Elided French words and what they stand for.
const ELISIONS: &[(&str, &str)] = &[
    ("l'", "le"),
    ("d'", "de"),
    ("s'", "se"),
    ("n'", "ne"),
    ("j'", "je"),
    ("m'", "me"),
    ("t'", "te"),
    ("c'", "ce"),
    ("qu'", "que"),
    ("jusqu'", "jusque"),
    ("lorsqu'", "lorsque"),
    ("puisqu'", "puisque"),
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

impl Tokens {
    /// The tokens of `chars`, lemmatized in language `lang`.
    pub fn new(chars: &[char], lang: &Lang) -> Tokens {
        let mut stream = Tokens {
            buffer: String::with_capacity(chars.len()),
            tokens: Vec::with_capacity(chars.len() / 5),
            forms: Vec::new(),
            newline: true,
        };
        // Each distinct text's form id, keyed by the text itself.
        let mut interned: FxHashMap<&[char], u32> = FxHashMap::default();
        let mut lower = String::new();
        // A word's parts, reused from word to word.
        let mut parts = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_whitespace() {
                if c == '\n' && !crate::is_wrap(chars, i) {
                    stream.newline = true;
                }
                i += 1;
            } else if c.is_alphanumeric() {
                let end = word_end(chars, i);
                split_word(chars, i..end, &mut parts);
                for part in parts.drain(..) {
                    let text = &chars[part.clone()];
                    let form = *interned
                        .entry(text)
                        .or_insert_with(|| stream.push_word_form(text, lang, &mut lower));
                    stream.push(chars, part, form);
                }
                i = end;
            } else {
                let text = &chars[i..i + 1];
                let form = *interned
                    .entry(text)
                    .or_insert_with(|| stream.push_form(text, TokenKind::Punct, None));
                stream.push(chars, i..i + 1, form);
                i += 1;
            }
        }
        stream
    }

    /// The form of a word's or number's text: its kind, lemma and
    /// participle mark.
    fn push_word_form(&mut self, text: &[char], lang: &Lang, lower: &mut String) -> u32 {
        lower.clear();
        for &c in text {
            if is_apostrophe(c) {
                lower.push('\'');
            } else if c.is_ascii() {
                // Directly: `to_lowercase`'s iterator costs more than the test.
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        let kind = if text[0].is_numeric() {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let elided = ELISIONS
            .iter()
            .find(|(form, _)| *form == lower.as_str())
            .map(|(_, lemma)| *lemma);
        let lemma = elided
            .or(match lower.as_str() {
                "n't" => Some("not"),
                _ => None,
            })
            .or_else(|| lemma_of(lang, lower));
        let participle =
            lemma.is_some_and(|l| l != lower.as_str() && is_participle(lower, l, lang));
        let form = self.push_form(text, kind, lemma);
        self.forms[form as usize].participle = participle;
        form
    }

    /// A new form for `text`, folded into the buffer with its lemma.
    fn push_form(&mut self, text: &[char], kind: TokenKind, lemma: Option<&'static str>) -> u32 {
        let folded_start = self.buffer.len() as u32;
        self.buffer.extend(text.iter().copied().map(fold_char));
        let folded = folded_start..self.buffer.len() as u32;
        let lemma = match lemma {
            Some(lemma) => {
                let start = self.buffer.len() as u32;
                self.buffer.extend(lemma.chars().map(fold_char));
                start..self.buffer.len() as u32
            }
            None => folded.clone(),
        };
        self.forms.push(Form {
            kind,
            participle: false,
            folded,
            lemma,
        });
        (self.forms.len() - 1) as u32
    }

    fn push(&mut self, chars: &[char], span: Range<usize>, form: u32) {
        let shared = &self.forms[form as usize];
        self.tokens.push(Token {
            start: span.start,
            end: span.end,
            kind: shared.kind,
            line_start: std::mem::take(&mut self.newline),
            participle: shared.participle,
            capitalised: chars[span.start].is_uppercase(),
            form,
        });
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Token> {
        self.tokens.iter()
    }

    /// The folded form of token `i` (lowercase, no diacritics, ASCII apostrophe).
    pub fn folded(&self, i: usize) -> &str {
        let r = &self.forms[self.tokens[i].form as usize].folded;
        &self.buffer[r.start as usize..r.end as usize]
    }

    /// The folded lemma of token `i` (its folded form when the tables know none).
    pub fn lemma(&self, i: usize) -> &str {
        let r = &self.forms[self.tokens[i].form as usize].lemma;
        &self.buffer[r.start as usize..r.end as usize]
    }

    /// The form of token `i`: tokens of the same text (case and accents
    /// included) have the same, numbered from 0 in order of appearance.
    /// What depends on a token's text alone may be worked out once per form.
    pub fn form(&self, i: usize) -> usize {
        self.tokens[i].form as usize
    }

    /// How many distinct forms the stream holds (every [`Tokens::form`] is below).
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }

    /// The first token that ends after code point `at`.
    pub fn index_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= at)
    }
}

/// Whether an inflected form of `lemma` looks like a past participle.
fn is_participle(lower: &str, lemma: &str, lang: &Lang) -> bool {
    const FR: &[&str] = &[
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "ite", "ites",
        "ert", "erte", "erts", "ertes",
    ];
    match lang {
        // `apprécie`, `remercies` are the present of a verb in -ier (its
        // participle is `apprécié`), not the participle of one in -ir (`finie`).
        Lang::Fr if lemma.ends_with("ier") && (lower.ends_with("ie") || lower.ends_with("ies")) => {
            false
        }
        // A verb in -er has its participle in -é only: `souhaite`,
        // `félicite`, `visite` are its present (`écrite` is of `écrire`).
        Lang::Fr if lemma.ends_with("er") => {
            ["é", "ée", "és", "ées"].iter().any(|s| lower.ends_with(s))
        }
        Lang::Fr => FR.iter().any(|s| lower.ends_with(s)),
        _ => lower.ends_with("ed") || !(lower.ends_with('s') || lower.ends_with("ing")),
    }
}

/// Where the word starting at `i` ends: letters and digits, with inner
/// apostrophes and hyphens.
fn word_end(chars: &[char], mut i: usize) -> usize {
    let digit_at = |j: Option<usize>| {
        j.and_then(|j| chars.get(j))
            .is_some_and(|c| c.is_ascii_digit())
    };
    while i < chars.len()
        && (chars[i].is_alphanumeric()
            || ((matches!(chars[i], '-' | '‑') || is_apostrophe(chars[i]))
                && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric()))
            // A number's decimal or thousands mark (`1.2`, `1,200`, `3 000`
            // stays two) is inside it, not a stop that closes a clause.
            || (matches!(chars[i], '.' | ',')
                && digit_at(i.checked_sub(1))
                && digit_at(Some(i + 1))))
    {
        i += 1;
    }
    i
}

/// A word split at its elisions (`l'`, `qu'`: the apostrophe stays with the
/// elided word) and before English `'s` and `n't`, pushed onto `parts`.
fn split_word(chars: &[char], span: Range<usize>, parts: &mut Vec<Range<usize>>) {
    let mut start = span.start;
    for i in span.clone() {
        if !is_apostrophe(chars[i]) || i < start {
            continue;
        }
        let before: String = chars[start..i]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        let after: String = chars[i + 1..span.end]
            .iter()
            .flat_map(|c| c.to_lowercase())
            .collect();
        if ELISIONS
            .iter()
            .any(|(form, _)| form.trim_end_matches('\'') == before)
        {
            parts.push(start..i + 1);
            start = i + 1;
        } else if after == "s" || (after == "t" && before.ends_with('n')) {
            let cut = if after == "t" { i - 1 } else { i };
            if cut > start {
                parts.push(start..cut);
            }
            parts.push(cut..span.end);
            return;
        }
    }
    if start < span.end {
        parts.push(start..span.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str, lang: Lang) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        let tokens = Tokens::new(&chars, &lang);
        (0..tokens.len())
            .map(|i| (tokens.folded(i).to_string(), tokens.lemma(i).to_string()))
            .collect()
    }

    #[test]
    fn french_elisions_are_tokens_with_their_lemma() {
        let found = forms("Il s’est dit qu'il a signé à l'ONU aujourd'hui.", Lang::Fr);
        let folded: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            folded,
            [
                "il",
                "s'",
                "est",
                "dit",
                "qu'",
                "il",
                "a",
                "signe",
                "a",
                "l'",
                "onu",
                "aujourd'hui",
                "."
            ]
        );
        assert_eq!(found[1].1, "se");
        assert_eq!(found[2].1, "etre");
        assert_eq!(found[4].1, "que");
        assert_eq!(found[6].1, "avoir");
        assert_eq!(found[7].1, "signer");
    }

    #[test]
    fn numbers_keep_their_decimal_and_thousands_marks() {
        let found = forms(
            "It gave $1.2 billion, then 1,200 tons. In 2024, more.",
            Lang::En,
        );
        let folded: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            folded,
            [
                "it", "gave", "$", "1.2", "billion", ",", "then", "1,200", "tons", ".", "in",
                "2024", ",", "more", "."
            ]
        );
    }

    #[test]
    fn english_clitics_split_off() {
        let found = forms("Vietnam's minister didn't sign.", Lang::En);
        let folded: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            folded,
            ["vietnam", "'s", "minister", "did", "n't", "sign", "."]
        );
        assert_eq!(found[4].1, "not");
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "Le général a reçu, le 5 mai, le vice-ministre.";
        let chars: Vec<char> = text.chars().collect();
        let tokens = Tokens::new(&chars, &Lang::Fr);
        for (i, t) in tokens.iter().enumerate() {
            let slice: String = chars[t.start..t.end].iter().collect();
            assert_eq!(
                slice.chars().map(fold_char).collect::<String>(),
                tokens.folded(i)
            );
        }
        let reçu = tokens.index_at(13);
        assert_eq!(tokens.lemma(reçu), "recevoir");
        assert_eq!(tokens.get(reçu + 3).unwrap().kind, TokenKind::Number);
    }

    #[test]
    fn the_present_of_a_verb_in_ier_is_no_participle() {
        let chars: Vec<char> = "Le Laos apprécie l'aide et a apprécié le soutien."
            .chars()
            .collect();
        let tokens = Tokens::new(&chars, &Lang::Fr);
        let participle = |at: usize| tokens.get(tokens.index_at(at)).unwrap().participle;
        assert!(!participle(8), "apprécie");
        assert!(participle(29), "apprécié");
    }

    #[test]
    fn the_present_of_a_verb_in_er_is_no_participle_but_that_of_one_in_ire_is() {
        let text = "Le Laos souhaite et félicite; la lettre écrite et la visite souhaitée.";
        let chars: Vec<char> = text.chars().collect();
        let tokens = Tokens::new(&chars, &Lang::Fr);
        let participle = |word: &str| {
            let at = text.chars().collect::<String>().find(word).unwrap();
            let at = text[..at].chars().count();
            tokens.get(tokens.index_at(at)).unwrap().participle
        };
        assert!(!participle("souhaite "), "souhaite");
        assert!(!participle("félicite"), "félicite");
        assert!(participle("écrite"), "écrite");
        assert!(participle("souhaitée"), "souhaitée");
    }
}
