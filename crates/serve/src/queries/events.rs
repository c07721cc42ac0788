//! A page of canonical events passing the filters of `attache events`,
//! newest first, with keyset pagination: the next page starts after the
//! last event of this one (`after`), so a deep page costs what the first
//! does and events committed meanwhile neither repeat nor vanish.

use attache_model::CanonicalEvent;
use attache_store::EventFilter;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::ApiError;

#[derive(Debug, Clone, Serialize)]
pub struct EventPage {
    pub events: Vec<CanonicalEvent>,
    /// The `after` of the next page, when there is one.
    pub next: Option<String>,
}

/// The sort key: the first day (undated events last), then the id. The
/// index `canonical_recent` of migration 7 holds exactly this expression.
const ORDER_KEY: &str = "ifnull(c.date_first, '')";

/// Up to `limit` events passing `filter`, after event `after` in the order.
pub fn event_page(
    conn: &Connection,
    filter: &EventFilter,
    after: Option<&str>,
    limit: usize,
) -> Result<EventPage, ApiError> {
    let (mut condition, mut values) = filter.condition();
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
        condition.push_str(&format!(" AND ({ORDER_KEY}, c.event_id) < (?{d}, ?{id})"));
    }
    let sql = format!(
        "SELECT c.json FROM canonical_events c WHERE {condition}
         ORDER BY {ORDER_KEY} DESC, c.event_id DESC LIMIT {}",
        limit + 1
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(&values), |r| r.get::<_, String>(0))?;
    let mut events: Vec<CanonicalEvent> = Vec::with_capacity(limit + 1);
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
