//! The SQL behind every endpoint, each function taking a read-only
//! connection and returning a serializable answer that both the JSON API
//! and the HTML views render. Filters come as
//! [`attache_store::EventFilter`], turned into bound parameters by the
//! store crate; nothing from a request is ever written into SQL text.

pub mod document;
pub mod dyads;
pub mod event;
pub mod events;
pub mod timeline;

use std::collections::BTreeMap;

use serde::Serialize;

/// What a page shows of a stored document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The outlet (the document's `source`).
    pub outlet: Option<String>,
    /// The publication date as the document gives it.
    pub published: Option<String>,
    pub lang: String,
}

/// Events counted by CAMEO root (`"04"`): what the stacked bars show.
pub type RootCounts = BTreeMap<String, u64>;

/// Byte offsets of the code points `chars` (sorted) of `text`; a point
/// past the end is the end. One pass over the text, whatever its length.
pub(crate) fn byte_offsets(text: &str, chars: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(chars.len());
    let mut positions = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .enumerate();
    let mut current = positions.next();
    for &c in chars {
        while let Some((i, _)) = current {
            if i >= c {
                break;
            }
            current = positions.next();
        }
        out.push(current.map_or(text.len(), |(_, b)| b));
    }
    out
}

/// The number of code points in `text[..byte]`.
pub(crate) fn char_count(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_map_to_bytes() {
        let text = "Hanoï a reçu";
        assert_eq!(byte_offsets(text, &[0, 4, 5, 12, 40]), [0, 4, 6, 14, 14]);
        assert_eq!(char_count(text, 6), 5);
    }
}
