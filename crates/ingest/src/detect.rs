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

/// Says so when a document is in a language attache does not code (it is
/// stored, with no events: without this, no word would be said). `given`
/// tells whether the language came with the document or was detected.
pub fn check_language(lang: &Lang, given: bool) -> Result<(), String> {
    match lang {
        Lang::Fr | Lang::En => Ok(()),
        Lang::Other(code) if given => Err(format!(
            "language `{code}` is not supported (fr, en): stored, no events coded"
        )),
        Lang::Other(code) => Err(format!(
            "language detected as `{code}`, not supported (fr, en): stored, no events coded"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_french_and_english_are_accepted() {
        assert!(check_language(&Lang::Fr, true).is_ok());
        assert!(check_language(&Lang::En, false).is_ok());
        let given = check_language(&Lang::Other("de".into()), true).unwrap_err();
        assert!(given.contains("`de` is not supported"), "{given}");
        let detected = check_language(&Lang::Other("vie".into()), false).unwrap_err();
        assert!(detected.contains("detected as `vie`"), "{detected}");
    }

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
