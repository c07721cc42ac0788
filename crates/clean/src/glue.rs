//! Repair of words glued together when a page lost its spaces: sentences
//! (`Laos.Le`), a lowercase word glued to a capitalised one (`àWashington`,
//! `généralPhung`) and lowercase words glued to each other
//! (`relationsextérieures`, `lasouveraineté`, `ahautement`). The last case is
//! word segmentation: an unknown lowercase word is split where the parts are
//! frequent words of the language and the split is the cheapest by word
//! frequency. Each repair is a byte offset where a space goes.

use std::ops::Range;

use attache_lexicon::WordFrequencies;
use attache_model::Lang;

/// Words shorter than this are never split: too many short words are valid.
const MIN_SPLIT_CHARS: usize = 6;
/// Words longer than this are not split (URLs, hashes): segmentation is quadratic.
const MAX_SPLIT_CHARS: usize = 40;
/// Parts of four letters or more must be this frequent (Zipf scale); shorter
/// parts must be function words of the language (`la`, `de`, `of`), since
/// short frequent strings (`ca`, `st`) make up almost any word.
const MIN_PART_ZIPF: f32 = 3.0;
const SHORT_PART_CHARS: usize = 3;
/// A cost per part, so that fewer parts win when frequencies are close.
const COST_PER_PART: f32 = 1.5;

/// Endings that are also words (`ment`, `able`): a split that leaves one as
/// the last part is more likely a rare derived word than two glued words.
const FRENCH_SUFFIX_WORDS: &[&str] = &[
    "ait", "aient", "ais", "ai", "ions", "iez", "ment", "ments", "able", "ables", "ible", "ion",
    "ions", "age", "ages", "isme", "iste", "if", "ive", "eur", "eurs", "ité",
];
/// Function words of up to three letters, the usual glue.
const FRENCH_SHORT_WORDS: &[&str] = &[
    "a", "à", "y", "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "en",
    "au", "aux", "par", "sur", "que", "qui", "son", "sa", "ses", "ce", "ces", "se", "ne", "il",
    "ils", "on", "est", "ont", "été", "mes", "nos", "vos", "sous", "pas", "lui", "eux", "leur",
];
const ENGLISH_SHORT_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "is", "was", "are",
    "has", "had", "his", "her", "its", "our", "we", "he", "she", "it", "as", "be", "not", "but",
    "two", "who", "new", "all",
];

/// Prefixes that are also words (`co`, `trans`): a split that leaves one as
/// the first part is more likely a prefixed word (`cosignés`) than two words.
const FRENCH_PREFIX_WORDS: &[&str] = &[
    "indo", "sino", "franco", "russo", "euro", "afro", "néo", "géo", "cyber", "agro", "éco",
    "hydro", "aéro", "co", "trans", "anti", "sous", "pré", "re", "ré", "inter", "multi", "vice",
    "ex", "non", "post", "pro", "auto", "contre", "extra", "micro", "macro", "mini", "semi",
    "super", "sur", "télé", "ultra", "bi", "tri",
];
const ENGLISH_PREFIX_WORDS: &[&str] = &[
    "indo", "sino", "franco", "russo", "euro", "afro", "neo", "geo", "cyber", "agro", "eco",
    "hydro", "aero", "co", "trans", "anti", "sub", "pre", "re", "inter", "multi", "vice", "ex",
    "non", "post", "pro", "auto", "counter", "extra", "micro", "macro", "mini", "semi", "super",
    "over", "under", "out", "tele", "ultra", "bi", "tri",
];
const ENGLISH_SUFFIX_WORDS: &[&str] = &[
    "ment", "ments", "able", "ible", "ion", "ions", "age", "ness", "less", "ship", "ism", "ist",
    "ly", "ing", "er", "ers",
];

pub struct GlueRepairer {
    words: &'static WordFrequencies,
    suffix_words: &'static [&'static str],
    prefix_words: &'static [&'static str],
    /// Words of up to three letters that glue to their neighbours (`à`, `la`, `des`).
    short_words: &'static [&'static str],
}

impl GlueRepairer {
    pub fn for_lang(lang: &Lang) -> Option<GlueRepairer> {
        let (short_words, prefix_words, suffix_words): (&[&str], &[&str], &[&str]) = match lang {
            Lang::Fr => (FRENCH_SHORT_WORDS, FRENCH_PREFIX_WORDS, FRENCH_SUFFIX_WORDS),
            Lang::En => (
                ENGLISH_SHORT_WORDS,
                ENGLISH_PREFIX_WORDS,
                ENGLISH_SUFFIX_WORDS,
            ),
            Lang::Other(_) => return None,
        };
        Some(GlueRepairer {
            words: WordFrequencies::for_lang(lang)?,
            suffix_words,
            prefix_words,
            short_words,
        })
    }

    /// Byte offsets in `text` (within `range`) where a space repairs glued words, sorted.
    pub fn repairs_in(&self, text: &str, range: Range<usize>) -> Vec<usize> {
        let mut out = Vec::new();
        let region = &text[range.clone()];
        for (offset, token) in tokens(region) {
            let at = range.start + offset;
            // Most tokens are lowercase ASCII words, where only glued words
            // can be (no stop, digit, address or capital): the rest is skipped.
            if token.bytes().all(|b| b.is_ascii_lowercase()) {
                self.word_glue(token, at, &mut out);
            } else {
                self.token_repairs(token, at, &mut out);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Every kind of glue in one whitespace-separated token at byte `at`.
    fn token_repairs(&self, token: &str, at: usize, out: &mut Vec<usize>) {
        self.sentence_glue(token, at, out);
        if looks_like_address(token) {
            return;
        }
        self.number_glue(token, at, out);
        for (piece_offset, piece) in letter_runs(token) {
            self.word_glue(piece, at + piece_offset, out);
        }
    }

    /// `Laos.Le`: a lowercase word, a full stop, a capitalised word.
    fn sentence_glue(&self, token: &str, at: usize, out: &mut Vec<usize>) {
        for (i, _) in token.match_indices(['.', '!', '?']) {
            let mut before = token[..i].chars().rev();
            let mut after = token[i + 1..].chars();
            let word_before = before.next().is_some_and(char::is_lowercase)
                && before.next().is_some_and(char::is_lowercase);
            let word_after = after.next().is_some_and(char::is_uppercase)
                && after.next().is_some_and(char::is_lowercase);
            if word_before && word_after {
                out.push(at + i + 1);
            }
        }
    }

    /// `1erau`, `04juillet`: a number, its ordinal ending if any, then a
    /// frequent lowercase word glued on. Units and codes (`100mm`, `10h30`,
    /// `2ème`, `5G`) are left alone: what follows the ending must be a
    /// word of the language.
    fn number_glue(&self, token: &str, at: usize, out: &mut Vec<usize>) {
        const ORDINAL_ENDINGS: &[&str] = &["er", "re", "ère", "e", "ème", "st", "nd", "rd", "th"];
        let mut rest = token;
        let mut offset = 0;
        while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
            let digits_end = rest[start..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(rest.len(), |i| start + i);
            let letters_end = rest[digits_end..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(rest.len(), |i| digits_end + i);
            let letters = &rest[digits_end..letters_end];
            let glued_word = std::iter::once("")
                .chain(ORDINAL_ENDINGS.iter().copied())
                .filter_map(|ending| Some((ending, letters.strip_prefix(ending)?)))
                .find(|(_, word)| {
                    word.chars().count() >= 2
                        && word.chars().all(char::is_lowercase)
                        && self.is_glue_part(word)
                });
            let start_of_digits = start == 0
                || !rest[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            if let (Some((ending, _)), true) = (glued_word, start_of_digits) {
                out.push(at + offset + digits_end + ending.len());
            }
            offset += letters_end;
            rest = &rest[letters_end..];
        }
    }

    fn word_glue(&self, piece: &str, at: usize, out: &mut Vec<usize>) {
        if let Some(split) = self.case_glue(piece) {
            out.push(at + split);
            // The lowercase word before the capital may itself be glued.
            return self.word_glue(&piece[..split], at, out);
        }
        if let Some(splits) = self.lowercase_glue(piece) {
            out.extend(splits.into_iter().map(|s| at + s));
        }
    }

    /// `généralPhung`, `àWashington`: a known lowercase word, then a capital.
    fn case_glue(&self, piece: &str) -> Option<usize> {
        let mut prev: Option<char> = None;
        for (i, c) in piece.char_indices() {
            if c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
                let left = &piece[..i];
                let right_is_word = piece[i..].chars().nth(1).is_some_and(char::is_lowercase);
                let left_is_words = left.chars().all(char::is_lowercase)
                    && (self.is_glue_part(left) || self.lowercase_glue(left).is_some());
                return (right_is_word && left_is_words).then_some(i);
            }
            prev = Some(c);
        }
        None
    }

    /// `relationsextérieures`: an unknown lowercase word that frequent words make up.
    fn lowercase_glue(&self, piece: &str) -> Option<Vec<usize>> {
        let n = piece.chars().count();
        if !(MIN_SPLIT_CHARS..=MAX_SPLIT_CHARS).contains(&n)
            || !piece.chars().all(char::is_lowercase)
        {
            return None;
        }
        // A word in the list is left alone, however rare: the list holds few
        // glued forms, and many rare valid words (`coprésidé`).
        if self.words.zipf(piece).is_some() {
            return None;
        }
        self.cheapest_split(piece)
    }

    fn is_glue_part(&self, part: &str) -> bool {
        self.glue_part_zipf(part).is_some()
    }

    /// The Zipf frequency of a part that may be glued (0 when a short
    /// function word is not in the list), `None` for one that may not: one
    /// lookup in the list where segmentation needs both answers.
    fn glue_part_zipf(&self, part: &str) -> Option<f32> {
        if part.chars().count() <= SHORT_PART_CHARS {
            self.short_words
                .contains(&part)
                .then(|| self.words.zipf(part).unwrap_or(0.0))
        } else {
            self.words.zipf(part).filter(|&z| z >= MIN_PART_ZIPF)
        }
    }

    /// Segmentation by dynamic programming over char boundaries: the cost of
    /// a part is its rarity (9 − Zipf) plus a constant; only known parts allowed.
    fn cheapest_split(&self, piece: &str) -> Option<Vec<usize>> {
        let bounds: Vec<usize> = piece
            .char_indices()
            .map(|(i, _)| i)
            .chain([piece.len()])
            .collect();
        let n = bounds.len() - 1;
        let mut best: Vec<Option<(f32, usize)>> = vec![None; n + 1];
        best[0] = Some((0.0, 0));
        for end in 1..=n {
            for start in 0..end {
                let Some((cost_before, _)) = best[start] else {
                    continue;
                };
                let part = &piece[bounds[start]..bounds[end]];
                let Some(zipf) = self.glue_part_zipf(part) else {
                    continue;
                };
                let cost = cost_before + (9.0 - zipf) + COST_PER_PART;
                if best[end].is_none_or(|(c, _)| cost < c) {
                    best[end] = Some((cost, start));
                }
            }
        }
        let mut splits = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start) = best[end]?;
            if start > 0 {
                splits.push(bounds[start]);
            }
            end = start;
        }
        splits.reverse();
        let first_part = &piece[..splits[0]];
        let last_part = &piece[*splits.last()?..];
        let derived =
            self.prefix_words.contains(&first_part) || self.suffix_words.contains(&last_part);
        (!derived).then_some(splits)
    }
}

/// URLs, e-mail addresses and host names (`vietnamplus.vn`) are not prose.
fn looks_like_address(token: &str) -> bool {
    token.contains(['/', '@'])
        || token
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_lowercase() && w[1] == b'.' && w[2].is_ascii_lowercase())
}

/// Whitespace-separated tokens with their byte offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
}

/// Maximal runs of letters inside a token, with their byte offsets.
fn letter_runs(token: &str) -> impl Iterator<Item = (usize, &str)> {
    token
        .split(|c: char| !c.is_alphabetic())
        .filter(|run| !run.is_empty())
        .map(move |run| (run.as_ptr() as usize - token.as_ptr() as usize, run))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(lang: Lang, text: &str) -> String {
        let repairer = GlueRepairer::for_lang(&lang).unwrap();
        let mut out = text.to_string();
        for at in repairer.repairs_in(text, 0..text.len()).into_iter().rev() {
            out.insert(at, ' ');
        }
        out
    }

    #[test]
    fn french_glue_cases() {
        let cases = [
            (
                "les relationsextérieures du pays",
                "les relations extérieures du pays",
            ),
            (
                "défendre lasouveraineté nationale",
                "défendre la souveraineté nationale",
            ),
            ("il ahautement apprécié", "il a hautement apprécié"),
            ("arrivé àWashington hier", "arrivé à Washington hier"),
            (
                "le généralPhung Quang Thanh",
                "le général Phung Quang Thanh",
            ),
            ("avec le Laos.Le ministre", "avec le Laos. Le ministre"),
            (
                "le partenariatstratégique intégral",
                "le partenariat stratégique intégral",
            ),
            (
                "le ministèredesAffaires étrangères",
                "le ministère des Affaires étrangères",
            ),
            (
                "à Paris du 1erau 04 juillet",
                "à Paris du 1er au 04 juillet",
            ),
            ("le 04juillet 2019", "le 04 juillet 2019"),
        ];
        for (input, expected) in cases {
            assert_eq!(repaired(Lang::Fr, input), expected, "{input}");
        }
    }

    #[test]
    fn valid_words_and_names_are_left_alone() {
        let untouched = [
            "la coopération antiterroriste et la cyberdéfense",
            "le secrétaire d'État adjoint Michael DeSombre",
            "le site vietnamplus.vn et www.example.com",
            "les États-Unis, M. Smith et l'iPhone",
            "Chansamone Chanyalath et Bonnaventure",
            "substantiellement, inébranlablement, hospitalisations",
            "ils ont coprésidé la réunion et cosigné un accord transfrontière",
            "la coopération s’approfondirait, cadastrer les terres",
            "le 1er juillet, la 2ème édition, un canon de 100mm, à 10h30, la 5G, le F16",
        ];
        for text in untouched {
            assert_eq!(repaired(Lang::Fr, text), text);
        }
    }

    proptest::proptest! {
        /// A lowercase ASCII token gets from the glued-words check alone
        /// what every check together gives it.
        #[test]
        fn lowercase_ascii_tokens_need_only_the_word_check(token in "[a-z]{1,24}") {
            let repairer = GlueRepairer::for_lang(&Lang::Fr).unwrap();
            let (mut alone, mut every) = (Vec::new(), Vec::new());
            repairer.word_glue(&token, 0, &mut alone);
            repairer.token_repairs(&token, 0, &mut every);
            proptest::prop_assert_eq!(alone, every);
        }
    }

    #[test]
    fn english_glue_cases() {
        assert_eq!(
            repaired(Lang::En, "military aid.The two sides"),
            "military aid. The two sides"
        );
        assert_eq!(
            repaired(Lang::En, "the defencecooperation plan"),
            "the defence cooperation plan"
        );
        assert_eq!(
            repaired(Lang::En, "interoperability and telecommunication"),
            "interoperability and telecommunication"
        );
    }
}
