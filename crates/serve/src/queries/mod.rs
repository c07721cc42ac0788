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

use attache_store::EventFilter;
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

/// A filter split by the side its party stands on, so that each part
/// reads one index in its order (`canonical_source_recent`,
/// `canonical_target_recent`, `canonical_pair_recent` of migration 7)
/// instead of a union of row ids to sort: a country as source, or as
/// target and not source; a pair one way, or the other. Each part is a SQL
/// condition on `canonical_events c`; all take the same `values`.
pub(crate) struct Sides {
    pub parts: Vec<String>,
    pub values: Vec<String>,
}

pub(crate) fn sides(filter: &EventFilter) -> Sides {
    let rest = EventFilter {
        country: if filter.dyad.is_some() {
            filter.country.clone()
        } else {
            None
        },
        dyad: None,
        ..filter.clone()
    };
    let (condition, mut values) = rest.condition();
    let mut bind = |value: &str| {
        values.push(value.to_string());
        format!("?{}", values.len())
    };
    // Implied by `date_first <= to`, and a range on the indexes' order.
    let mut common = condition;
    if let Some(to) = &filter.to {
        common.push_str(&format!(" AND ifnull(c.date_first, '') <= {}", bind(to)));
    }
    let parts = match (&filter.dyad, &filter.country) {
        (Some((a, b)), _) => {
            let (a, b) = (bind(a), bind(b));
            vec![
                format!("c.source_party = {a} AND c.target_party = {b} AND {common}"),
                format!(
                    "c.source_party = {b} AND c.target_party = {a} AND {a} <> {b} AND {common}"
                ),
            ]
        }
        (None, Some(country)) => {
            let x = bind(country);
            vec![
                format!("c.source_party = {x} AND {common}"),
                format!("c.target_party = {x} AND c.source_party IS NOT {x} AND {common}"),
            ]
        }
        (None, None) => vec![common],
    };
    Sides { parts, values }
}

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
