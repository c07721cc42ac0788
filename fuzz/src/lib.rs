//! What the fuzz targets share: reading an input as a language and a text.

use attache_model::Lang;

/// The first byte picks the language (even: French, odd: English); the
/// rest, when it is UTF-8, is the text.
pub fn lang_and_text(data: &[u8]) -> Option<(u8, Lang, &str)> {
    let (&first, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let lang = if first % 2 == 0 { Lang::Fr } else { Lang::En };
    Some((first, lang, text))
}
