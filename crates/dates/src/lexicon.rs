//! Month and weekday names in French and English, and the folding that
//! makes `février`, `fevrier` and `FÉVRIER` one word.
//!
//! Names are written folded (lowercase, no diacritics). The lists are short
//! and closed, so they live here rather than in the lexicon crate's data.

use crate::expr::Weekday;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lowercase without diacritics: `Août` → `aout`, `œ` → `oe`.
pub fn fold(word: &str) -> String {
    // Most words are ASCII, which decomposes to itself and has no marks to drop.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    fold_decomposed(word)
}

/// [`fold`] by canonical decomposition, for any word.
fn fold_decomposed(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub const FR_MONTHS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
];

/// French abbreviations count only with their full stop (`sept.`): bare
/// `sept` is the number seven.
pub const FR_MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("janv", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub const EN_MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// English abbreviations, with or without their full stop (`Sept 8`).
pub const EN_MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

pub const FR_WEEKDAYS: &[(&str, Weekday)] = &[
    ("lundi", Weekday::Monday),
    ("mardi", Weekday::Tuesday),
    ("mercredi", Weekday::Wednesday),
    ("jeudi", Weekday::Thursday),
    ("vendredi", Weekday::Friday),
    ("samedi", Weekday::Saturday),
    ("dimanche", Weekday::Sunday),
];

pub const EN_WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Whether a folded word names a day of the week, in French or English.
pub fn is_weekday(folded: &str) -> bool {
    lookup(FR_WEEKDAYS, folded).is_some() || lookup(EN_WEEKDAYS, folded).is_some()
}

/// Small numbers written as words, for `il y a trois jours`, `two days ago`.
pub const FR_NUMBERS: &[(&str, i32)] = &[
    ("un", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
];

pub const EN_NUMBERS: &[(&str, i32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
];

/// The value a folded word has in a table.
pub fn lookup<T: Copy>(table: &[(&str, T)], folded: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| *name == folded)
        .map(|(_, value)| *value)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ascii_words_fold_as_decomposed(word in "[ -~]{0,12}") {
            proptest::prop_assert_eq!(fold(&word), fold_decomposed(&word));
        }
    }

    #[test]
    fn folding_removes_case_and_diacritics() {
        let cases = [
            ("Février", "fevrier"),
            ("AOÛT", "aout"),
            ("décembre", "decembre"),
            // Decomposed input: `e` followed by a combining acute accent.
            ("de\u{301}cembre", "decembre"),
            ("Œuvre", "oeuvre"),
        ];
        for (word, folded) in cases {
            assert_eq!(fold(word), folded, "{word}");
        }
    }
}
