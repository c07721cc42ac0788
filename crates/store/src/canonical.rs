//! Canonical events and their mentions: writes (on [`Batch`]) and reads
//! (on [`Store`]), with the filters of `attache events`.

use attache_lexicon::fold;
use attache_model::{CanonicalEvent, DateSpan, Event};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};

use crate::{like, search, Batch, Result, Store};

/// What `attache events` asks for; every field narrows the answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Either party is this country (ISO3) or organisation.
    pub country: Option<String>,
    /// The two parties, in either order.
    pub dyad: Option<(String, String)>,
    /// Events overlapping `from..=to` (`YYYY-MM-DD`); events without a
    /// known year are left out when either is given.
    pub from: Option<String>,
    pub to: Option<String>,
    /// A CAMEO code prefix (`04`, `042`).
    pub cameo: Option<String>,
    /// `activity` or `verbal`.
    pub tier: Option<String>,
    /// A person named on either side (compared folded, as a part of the name).
    pub person: Option<String>,
    /// Words that the evidence of one of the event's mentions holds, all of
    /// them, accents and case ignored (full-text search; see [`crate::search`]:
    /// among the [`search::MAX_MATCHES`] reports stored last that hold them).
    pub text: Option<String>,
}

/// A stored mention with what is known of its document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredMention {
    pub event: Event,
    /// The document's outlet (`source`).
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// The numbered occasion the document is about.
    pub occasion: Option<String>,
}

/// A stored mention from columns `at..at + 4` of `row`: the event's JSON,
/// its document's outlet, publication date and occasion.
pub(crate) fn stored_mention(
    row: &rusqlite::Row<'_>,
    at: usize,
) -> rusqlite::Result<StoredMention> {
    Ok(StoredMention {
        event: decode(&row.get::<_, String>(at)?, at)?,
        outlet: row.get(at + 1)?,
        published: row.get(at + 2)?,
        occasion: row.get(at + 3)?,
    })
}

fn tier_name(tier: attache_model::Tier) -> String {
    serde_json::to_value(tier)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// First and last day of a date with a known year, as `YYYY-MM-DD`.
fn day_bounds(date: Option<&str>) -> (Option<String>, Option<String>) {
    match date.and_then(DateSpan::parse) {
        Some(span) if !span.year_unknown() => {
            (Some(span.first.to_string()), Some(span.last.to_string()))
        }
        _ => (None, None),
    }
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    json: &str,
    column: usize,
) -> rusqlite::Result<T> {
    serde_json::from_str(json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl Batch<'_> {
    /// Writes (or rewrites) a canonical event and its persons.
    pub fn put_canonical(&mut self, event: &CanonicalEvent) -> Result<()> {
        let (first, last) = day_bounds(event.date.as_deref());
        let place = event.place.as_ref();
        self.exec(
            // An update in place, not a delete and insert as `OR REPLACE`
            // does: only the indexes whose columns changed are written
            // (a new mention mostly changes counts and JSON).
            "INSERT INTO canonical_events (event_id, tier, cameo, source_party, target_party,
               date, date_first, date_last, place_name, place_country, mentions, sources, confidence, json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
             ON CONFLICT(event_id) DO UPDATE SET tier = excluded.tier, cameo = excluded.cameo,
               source_party = excluded.source_party, target_party = excluded.target_party,
               date = excluded.date, date_first = excluded.date_first, date_last = excluded.date_last,
               place_name = excluded.place_name, place_country = excluded.place_country,
               mentions = excluded.mentions, sources = excluded.sources,
               confidence = excluded.confidence, json = excluded.json",
            params![
                event.event_id,
                tier_name(event.tier),
                event.cameo,
                event.source.party(),
                event.target.party(),
                event.date,
                first,
                last,
                place.map(|p| p.name.as_str()),
                place.and_then(|p| p.country.as_deref()),
                event.mentions as i64,
                event.sources as i64,
                f64::from(event.confidence),
                serde_json::to_string(event).expect("a canonical event serializes"),
            ],
        )?;
        self.exec(
            "DELETE FROM event_persons WHERE event_id = ?1",
            [&event.event_id],
        )?;
        for (side, actor) in [("source", &event.source), ("target", &event.target)] {
            if let Some(name) = &actor.name {
                self.exec(
                    "INSERT INTO event_persons (event_id, side, name, folded, title, country, sector)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        event.event_id,
                        side,
                        name,
                        fold(name),
                        actor.title,
                        actor.party(),
                        actor.sector
                    ],
                )?;
            }
        }
        Ok(())
    }

    /// Deletes a canonical event left without mentions.
    pub fn delete_canonical(&mut self, event_id: &str) -> Result<()> {
        self.exec(
            "DELETE FROM canonical_events WHERE event_id = ?1",
            [event_id],
        )?;
        Ok(())
    }

    /// Records the numbered occasion document `doc` (which must be stored)
    /// is about.
    pub fn set_occasion(&mut self, doc: &str, occasion: Option<&str>) -> Result<()> {
        self.exec(
            "UPDATE documents SET occasion = ?2 WHERE id = ?1",
            params![doc, occasion],
        )?;
        Ok(())
    }

    /// The stored mentions of document `doc`, in their order.
    pub fn mentions_of_document(&self, doc: &str) -> Result<Vec<Event>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT json FROM events WHERE doc = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([doc], |r| decode::<Event>(&r.get::<_, String>(0)?, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn canonical_rows(conn: &Connection, sql: &str, values: &[String]) -> Result<Vec<CanonicalEvent>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params_from_iter(values), |r| {
        decode::<CanonicalEvent>(&r.get::<_, String>(0)?, 0)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl EventFilter {
    /// The filter as a SQL condition on `canonical_events` aliased `c`
    /// (`TRUE` when nothing is asked), with its parameters in order
    /// (`?1`, `?2`, …): every value is bound, never written into the SQL.
    pub fn condition(&self) -> (String, Vec<String>) {
        let mut clauses: Vec<String> = Vec::new();
        let mut values: Vec<String> = Vec::new();
        let bind = |value: &str, values: &mut Vec<String>| {
            values.push(value.to_string());
            format!("?{}", values.len())
        };
        if let Some(country) = &self.country {
            let p = bind(country, &mut values);
            clauses.push(format!("(c.source_party = {p} OR c.target_party = {p})"));
        }
        if let Some((a, b)) = &self.dyad {
            let (pa, pb) = (bind(a, &mut values), bind(b, &mut values));
            clauses.push(format!(
                "((c.source_party = {pa} AND c.target_party = {pb}) OR (c.source_party = {pb} AND c.target_party = {pa}))"
            ));
        }
        if let Some(from) = &self.from {
            let p = bind(from, &mut values);
            clauses.push(format!("c.date_last >= {p}"));
        }
        if let Some(to) = &self.to {
            let p = bind(to, &mut values);
            clauses.push(format!("c.date_first <= {p}"));
        }
        if let Some(cameo) = &self.cameo {
            let p = bind(&format!("{}%", like::literal(cameo)), &mut values);
            clauses.push(format!("c.cameo LIKE {p} ESCAPE '\\'"));
        }
        if let Some(tier) = &self.tier {
            let p = bind(tier, &mut values);
            clauses.push(format!("c.tier = {p}"));
        }
        if let Some(person) = &self.person {
            let p = bind(&format!("%{}%", like::literal(&fold(person))), &mut values);
            clauses.push(format!(
                "c.event_id IN (SELECT event_id FROM event_persons WHERE folded LIKE {p} ESCAPE '\\')"
            ));
        }
        if let Some(query) = self.text.as_deref().and_then(search::fts_query) {
            let p = bind(&query, &mut values);
            clauses.push(format!(
                "c.event_id IN (SELECT e.event_id FROM events e WHERE e.rowid IN
                   (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH {p}
                    ORDER BY rowid DESC LIMIT {}))",
                search::MAX_MATCHES
            ));
        }
        if clauses.is_empty() {
            clauses.push("TRUE".into());
        }
        (clauses.join(" AND "), values)
    }
}

impl Store {
    /// Canonical events that pass `filter`, by date then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<CanonicalEvent>> {
        let (condition, values) = filter.condition();
        let sql = format!(
            "SELECT c.json FROM canonical_events c WHERE {condition}
             ORDER BY c.date_first IS NULL, c.date_first, c.event_id"
        );
        canonical_rows(&self.conn, &sql, &values)
    }

    /// One canonical event.
    pub fn event(&self, event_id: &str) -> Result<Option<CanonicalEvent>> {
        Ok(self
            .conn
            .query_row(
                "SELECT json FROM canonical_events WHERE event_id = ?1",
                [event_id],
                |r| decode::<CanonicalEvent>(&r.get::<_, String>(0)?, 0),
            )
            .optional()?)
    }

    /// The mentions of one canonical event, in the order they joined it.
    pub fn mentions(&self, event_id: &str) -> Result<Vec<Event>> {
        let mut stmt = self
            .conn
            .prepare("SELECT json FROM events WHERE event_id = ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([event_id], |r| decode::<Event>(&r.get::<_, String>(0)?, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored mention with its document's outlet and date, in the
    /// order they were stored: what the dedup stage resumes from.
    pub fn for_each_mention(&self, each: &mut dyn FnMut(StoredMention)) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT e.json, d.source, d.published, d.occasion FROM events e JOIN documents d ON d.id = e.doc
             ORDER BY e.rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(stored_mention(row, 0)?);
        }
        Ok(())
    }

    pub fn canonical_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM canonical_events", [], |r| r.get(0))?;
        Ok(n as u64)
    }
}
