//! Language identification for documents that do not say their language.

use attache_model::{floor_char_boundary, Lang};

/// Enough text for a confident guess; more only costs time.
const SAMPLE_BYTES: usize = 4096;

/// French, English, or the ISO 639-3 code whatlang reports (`und` when it cannot tell).
pub fn detect_lang(text: &str) -> Lang {
    let sample = &text[..floor_char_boundary(text, SAMPLE_BYTES)];
    match whatlang::detect_lang(sample) {
        Some(whatlang::Lang::Fra) => Lang::Fr,
        Some(whatlang::Lang::Eng) => Lang::En,
        Some(other) => Lang::Other(other.code().to_string()),
        None => Lang::Other("und".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_french_from_english() {
        assert_eq!(
            detect_lang("Le ministre de la Défense a reçu une délégation de l'armée laotienne."),
            Lang::Fr
        );
        assert_eq!(
            detect_lang("The defence minister received a delegation of the Lao army on Monday."),
            Lang::En
        );
    }
}
