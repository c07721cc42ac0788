//! A page of canonical events passing the filters of `attache events`,
//! newest first, with keyset pagination: the next page starts after the
//! last event of this one (`after`), so a deep page costs what the first
//! does and events committed meanwhile neither repeat nor vanish.

use attache_model::CanonicalEvent;
use attache_store::EventFilter;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;

use super::{sides, Sides};
use crate::error::ApiError;

#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    pub events: Vec<CanonicalEvent>,
    /// The `after` of the next page, when there is one.
    pub next: Option<String>,
}

/// The sort key: the first day (undated events last), then the id. The
/// indexes `canonical_*recent` of migration 7 hold exactly this expression.
const ORDER_KEY: &str = "ifnull(c.date_first, '')";

/// Up to `limit` events passing `filter`, after event `after` in the order.
/// Each side of the filter reads its index newest first and stops at
/// `limit + 1`; the sides are then merged, and the page's records read.
pub fn event_page(
    conn: &Connection,
    filter: &EventFilter,
    after: Option<&str>,
    limit: usize,
) -> Result<EventPage, ApiError> {
    let Sides { parts, mut values } = sides(filter);
    let mut keyset = String::new();
    if let Some(after) = after {
        let day: String = conn
            .query_row(
                &format!("SELECT {ORDER_KEY} FROM canonical_events c WHERE c.event_id = ?1"),
                [after],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| ApiError::bad_parameter("after", "no such event"))?;
        values.push(day);
        values.push(after.to_string());
        let (d, id) = (values.len() - 1, values.len());
        keyset = format!(" AND ({ORDER_KEY}, c.event_id) < (?{d}, ?{id})");
    }
    let take = limit + 1;
    // Each side yields keys only (its index covers the filters), the
    // page's keys are chosen, and only then are their records read.
    let sides: Vec<String> = parts
        .iter()
        .map(|part| {
            format!(
                "SELECT * FROM (SELECT {ORDER_KEY} AS day, c.event_id AS id
                 FROM canonical_events c WHERE {part}{keyset}
                 ORDER BY {ORDER_KEY} DESC, c.event_id DESC LIMIT {take})"
            )
        })
        .collect();
    let sql = format!(
        "SELECT c.json FROM (SELECT day, id FROM ({}) ORDER BY day DESC, id DESC LIMIT {take}) page
         JOIN canonical_events c ON c.event_id = page.id ORDER BY page.day DESC, page.id DESC",
        sides.join(" UNION ALL ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(&values), |r| r.get::<_, String>(0))?;
    let mut events: Vec<CanonicalEvent> = Vec::with_capacity(take);
    for json in rows {
        events.push(decode(&json?)?);
    }
    let next = match events.len() > limit {
        true => {
            events.truncate(limit);
            events.last().map(|e| e.event_id.clone())
        }
        false => None,
    };
    Ok(EventPage { events, next })
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, ApiError> {
    serde_json::from_str(json)
        .map_err(|e| ApiError::internal(format!("a stored record does not read: {e}")))
}
