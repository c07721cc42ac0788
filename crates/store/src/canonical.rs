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

/// The persons of a canonical event as `event_persons` holds them: side,
/// name, folded name, title, party and sector.
type PersonRow = (
    &'static str,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn person_rows(event: &CanonicalEvent) -> Vec<PersonRow> {
    [("source", &event.source), ("target", &event.target)]
        .into_iter()
        .filter_map(|(side, actor)| {
            let name = actor.name.as_ref()?;
            Some((
                side,
                name.clone(),
                fold(name),
                actor.title.clone(),
                actor.party().map(str::to_string),
                actor.sector.clone(),
            ))
        })
        .collect()
}

/// Writes a whole canonical event row, inserted or updated in place (not
/// deleted and inserted as `OR REPLACE` does: the row keeps its number).
const UPSERT_CANONICAL: &str =
    "INSERT INTO canonical_events (event_id, tier, cameo, source_party, target_party,
       date_first, date_last, date, place_name, place_country, mentions, sources, confidence, json)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
     ON CONFLICT(event_id) DO UPDATE SET tier = excluded.tier, cameo = excluded.cameo,
       source_party = excluded.source_party, target_party = excluded.target_party,
       date = excluded.date, date_first = excluded.date_first, date_last = excluded.date_last,
       place_name = excluded.place_name, place_country = excluded.place_country,
       mentions = excluded.mentions, sources = excluded.sources,
       confidence = excluded.confidence, json = excluded.json";

/// Rewrites the columns of a stored canonical event that no index holds,
/// when the indexed ones (`?1` to `?7`) are as stored: a new report mostly
/// changes counts and JSON, and then none of the event's index entries is
/// written again.
const UPDATE_UNINDEXED: &str =
    "UPDATE canonical_events SET date = ?8, place_name = ?9, place_country = ?10,
       mentions = ?11, sources = ?12, confidence = ?13, json = ?14
     WHERE event_id = ?1 AND tier = ?2 AND cameo = ?3 AND source_party IS ?4
       AND target_party IS ?5 AND date_first IS ?6 AND date_last IS ?7";

impl Batch<'_> {
    /// Writes (or rewrites) a canonical event and its persons.
    pub fn put_canonical(&mut self, event: &CanonicalEvent) -> Result<()> {
        self.write_canonical(event, true)
    }

    /// [`Batch::put_canonical`] for an event made since the batch began,
    /// most likely not stored: written without first trying to update
    /// it in place.
    pub fn put_new_canonical(&mut self, event: &CanonicalEvent) -> Result<()> {
        self.write_canonical(event, false)
    }

    fn write_canonical(&mut self, event: &CanonicalEvent, maybe_stored: bool) -> Result<()> {
        let (first, last) = day_bounds(event.date.as_deref());
        let place = event.place.as_ref();
        let json = serde_json::to_string(event).expect("a canonical event serializes");
        let tier = tier_name(event.tier);
        let values = params![
            event.event_id,
            tier,
            event.cameo,
            event.source.party(),
            event.target.party(),
            first,
            last,
            event.date,
            place.map(|p| p.name.as_str()),
            place.and_then(|p| p.country.as_deref()),
            event.mentions as i64,
            event.sources as i64,
            f64::from(event.confidence),
            json,
        ];
        if !maybe_stored || self.exec(UPDATE_UNINDEXED, values)? == 0 {
            self.exec(UPSERT_CANONICAL, values)?;
        }
        self.put_persons(event, maybe_stored)
    }

    /// Writes the persons of `event`, unless they are stored as they are.
    fn put_persons(&mut self, event: &CanonicalEvent, maybe_stored: bool) -> Result<()> {
        let persons = person_rows(event);
        if maybe_stored && self.stored_persons(&event.event_id)? == persons {
            return Ok(());
        }
        self.exec(
            "DELETE FROM event_persons WHERE event_id = ?1",
            [&event.event_id],
        )?;
        for (side, name, folded, title, party, sector) in &persons {
            self.exec(
                "INSERT INTO event_persons (event_id, side, name, folded, title, country, sector)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![event.event_id, side, name, folded, title, party, sector],
            )?;
        }
        Ok(())
    }

    /// The stored persons of event `event_id`, in the order written.
    fn stored_persons(&self, event_id: &str) -> Result<Vec<PersonRow>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT side, name, folded, title, country, sector FROM event_persons
             WHERE event_id = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([event_id], |r| {
            let side = match r.get_ref(0)?.as_str()? {
                "source" => "source",
                "target" => "target",
                _ => "",
            };
            Ok((side, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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

#[cfg(test)]
mod tests {
    use attache_model::{Actor, CanonicalEvent, Tier};

    use crate::{EventFilter, Store};

    fn event(mentions: usize, date: &str, minister: Option<&str>) -> CanonicalEvent {
        let mut source = Actor::of_country("VNM");
        source.name = minister.map(str::to_string);
        CanonicalEvent {
            event_id: "ev-1".into(),
            tier: Tier::Activity,
            cameo: "042".into(),
            source,
            target: Actor::of_country("LAO"),
            date: Some(date.into()),
            place: None,
            evidence: "a effectué une visite".into(),
            doc: "d".into(),
            mentions,
            sources: mentions,
            docs: vec!["d".into()],
            confidence: 0.5,
        }
    }

    /// The events `filter` finds, by id, and SQLite's check that every
    /// index holds what the table does.
    fn found(store: &Store, filter: EventFilter) -> Vec<(String, usize)> {
        let check: String = store
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        store
            .events(&filter)
            .unwrap()
            .into_iter()
            .map(|e| (e.event_id, e.mentions))
            .collect()
    }

    #[test]
    fn a_canonical_event_rewritten_in_place_or_whole_is_found_as_last_written() {
        let store = Store::open_in_memory().unwrap();
        let person = |name: &str| EventFilter {
            person: Some(name.into()),
            ..EventFilter::default()
        };
        let from = |day: &str| EventFilter {
            from: Some(day.into()),
            ..EventFilter::default()
        };
        // Each write, whether the batch took it for new, and a day after it.
        let writes = [
            (
                event(1, "2024-03-11", Some("Phan Van Giang")),
                true,
                "2024-03-12",
            ),
            // The indexed columns as stored: counts and JSON only.
            (
                event(2, "2024-03-11", Some("Phan Van Giang")),
                false,
                "2024-03-12",
            ),
            // Another date and person: the whole row and its persons.
            (
                event(3, "2024-03-12", Some("Nguyen Tan Cuong")),
                false,
                "2024-03-13",
            ),
            // Made again in a batch that took it for new.
            (event(4, "2024-03-13", None), true, "2024-03-14"),
        ];
        for (written, new, after) in writes {
            let mut batch = store.batch().unwrap();
            match new {
                true => batch.put_new_canonical(&written).unwrap(),
                false => batch.put_canonical(&written).unwrap(),
            }
            batch.commit().unwrap();
            assert_eq!(store.event("ev-1").unwrap().as_ref(), Some(&written));
            let this = vec![("ev-1".to_string(), written.mentions)];
            let day = written.date.as_deref().unwrap();
            assert_eq!(found(&store, from(day)), this);
            assert_eq!(found(&store, from(after)), []);
            for name in ["Giang", "Cuong"] {
                let named = written.source.name.as_deref();
                let expected = match named.is_some_and(|n| n.contains(name)) {
                    true => this.clone(),
                    false => vec![],
                };
                assert_eq!(found(&store, person(name)), expected, "{name}");
            }
        }
    }
}
