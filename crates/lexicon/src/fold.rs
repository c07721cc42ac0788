//! Folding for matching: lowercase, without diacritics, typographic
//! apostrophes and dashes made ASCII — one char for one char, so that a
//! position in folded text is the same code-point position in the original.

use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// The folded form of one character.
pub fn fold_char(c: char) -> char {
    let code = c as usize;
    if code < LATIN.end {
        FOLDED_LATIN[code]
    } else if VIETNAMESE.contains(&code) {
        FOLDED_VIETNAMESE[code - VIETNAMESE.start]
    } else {
        fold_char_by_rules(c)
    }
}

/// ASCII and the Latin letters with diacritics (Latin-1 Supplement,
/// Extended-A and B), and the Latin Extended Additional block, where
/// Vietnamese letters with two diacritics live (`ệ`, `ữ`): the chars of
/// the news, folded once into tables, since decomposing a char is slow.
const LATIN: Range<usize> = 0..0x250;
const VIETNAMESE: Range<usize> = 0x1E00..0x1F00;

static FOLDED_LATIN: LazyLock<Vec<char>> = LazyLock::new(|| folded_range(LATIN));
static FOLDED_VIETNAMESE: LazyLock<Vec<char>> = LazyLock::new(|| folded_range(VIETNAMESE));

fn folded_range(codes: Range<usize>) -> Vec<char> {
    codes
        .map(|code| {
            let c = u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .expect("the tabled ranges hold no surrogates");
            fold_char_by_rules(c)
        })
        .collect()
}

/// [`fold_char`] computed: what the tables hold.
fn fold_char_by_rules(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' => '\'',
        '–' | '—' | '‑' | '‐' => '-',
        'đ' | 'Đ' => 'd',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            let base = c.nfd().next().unwrap_or(c);
            base.to_lowercase().next().unwrap_or(base)
        }
    }
}

/// Text folded char by char, with the map from folded byte offsets back to code points.
pub struct Folded {
    pub text: String,
    /// `char_at_byte[b]` = code-point index of the char starting at folded byte `b`
    /// (and `char_at_byte[len]` = number of chars).
    char_at_byte: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut char_at_byte = Vec::with_capacity(original.len() + 1);
        let mut chars = 0;
        for c in original.chars() {
            let f = fold_char(c);
            text.push(f);
            // Most folded chars are one byte: pushed without a loop.
            char_at_byte.push(chars);
            for _ in 1..f.len_utf8() {
                char_at_byte.push(chars);
            }
            chars += 1;
        }
        char_at_byte.push(chars);
        Folded { text, char_at_byte }
    }

    /// Code-point index of folded byte offset `byte`.
    pub fn char_index(&self, byte: usize) -> usize {
        self.char_at_byte[byte] as usize
    }
}

/// A whole string folded.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_positions() {
        assert_eq!(fold("Tô Lâm, Đà Nẵng – l’ONU"), "to lam, da nang - l'onu");
        let folded = Folded::new("Hà Nội a reçu");
        let at = folded.text.find("recu").unwrap();
        assert_eq!(folded.char_index(at), 9);
    }

    #[test]
    fn tables_fold_as_the_rules_do() {
        for code in (0..0x2000).chain(0x2010..0x2020) {
            let c = char::from_u32(code).unwrap();
            assert_eq!(fold_char(c), fold_char_by_rules(c), "U+{code:04X}");
        }
    }
}
