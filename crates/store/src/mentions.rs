//! A document's mentions (the rows of `events`), and rows in general,
//! written a few dozen rows per statement.
//!
//! Each statement that writes `events` in a batch opens a statement
//! journal and costs a statement's setup: one row per statement was most
//! of the cost of a mention; a few dozen per statement share it. (The
//! full-text index is filled once per batch: [`crate::fts`].)

use std::fmt::Write;

use attache_model::Event;
use rusqlite::ToSql;

use crate::{Batch, Result};

/// Rows of one `INSERT` at most (a document holds a few dozen mentions).
pub(crate) const ROWS_PER_INSERT: usize = 32;

const INTO: &str =
    "events (id, doc, event_id, tier, cameo, source_party, target_party, date, json, merge, block, key_day)";
const COLUMN_COUNT: usize = 12;

/// The values of one row that are computed, not borrowed from the event.
struct Row<'e> {
    event: &'e Event,
    doc: &'e str,
    source: Option<&'e str>,
    target: Option<&'e str>,
    id: String,
    tier: String,
    json: String,
    block: Option<&'e str>,
    key_day: Option<i64>,
}

impl<'e> Row<'e> {
    fn new(
        doc: &'e str,
        at: usize,
        event: &'e Event,
        key: Option<&'e (String, Option<i64>)>,
    ) -> Row<'e> {
        let tier = serde_json::to_value(event.tier).expect("a tier serializes");
        Row {
            event,
            doc,
            source: event.source.party(),
            target: event.target.party(),
            id: event
                .id
                .clone()
                .unwrap_or_else(|| format!("{doc}#{}", at + 1)),
            tier: tier.as_str().unwrap_or_default().to_string(),
            json: serde_json::to_string(event).expect("an event serializes"),
            block: key.map(|(b, _)| b.as_str()),
            key_day: key.and_then(|(_, d)| *d),
        }
    }

    /// Its values in the order of [`INTO`]'s columns.
    fn values<'a>(&'a self, into: &mut Vec<&'a dyn ToSql>) {
        let e = self.event;
        into.extend_from_slice(&[
            &self.id as &dyn ToSql,
            &self.doc,
            &e.event_id,
            &self.tier,
            &e.cameo,
            &self.source,
            &self.target,
            &e.date,
            &self.json,
            &e.merge,
            &self.block,
            &self.key_day,
        ]);
    }
}

/// `INSERT INTO {into} VALUES (?1, …), (…)` for `rows` rows of `width`
/// values.
fn insert_sql(into: &str, width: usize, rows: usize) -> String {
    let mut sql = format!("INSERT INTO {into} VALUES ");
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..width {
            let sep = if column == 0 { "" } else { ", " };
            write!(sql, "{sep}?{}", row * width + column + 1).expect("writing to a string");
        }
        sql.push(')');
    }
    sql
}

impl Batch<'_> {
    /// Inserts `values`, rows of `width` values in order, into `into`
    /// (`table (columns)`), [`ROWS_PER_INSERT`] rows per statement.
    pub(crate) fn insert_rows(
        &self,
        into: &str,
        width: usize,
        values: &[&dyn ToSql],
    ) -> Result<()> {
        for chunk in values.chunks(width * ROWS_PER_INSERT) {
            self.tx
                .prepare_cached(&insert_sql(into, width, chunk.len() / width))?
                .execute(chunk)?;
        }
        Ok(())
    }
}

impl Batch<'_> {
    /// Replaces the events of document `doc` (which must be stored) with
    /// `events`, each with its lookup key (block, key day: [`crate::keys`]),
    /// stored in their order; returns the row number of each.
    pub fn put_events(
        &mut self,
        doc: &str,
        events: &[Event],
        keys: &[(String, Option<i64>)],
    ) -> Result<Vec<i64>> {
        self.delete_events(doc)?;
        let rows: Vec<Row> = events
            .iter()
            .enumerate()
            .map(|(i, e)| Row::new(doc, i, e, keys.get(i)))
            .collect();
        let mut values: Vec<&dyn ToSql> = Vec::with_capacity(rows.len() * COLUMN_COUNT);
        for row in &rows {
            row.values(&mut values);
        }
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let next: i64 = self
            .tx
            .prepare_cached("SELECT coalesce(max(rowid), 0) + 1 FROM events")?
            .query_row([], |r| r.get(0))?;
        if next.checked_add(rows.len() as i64).is_none() {
            return Err(rusqlite::Error::IntegralValueOutOfRange(0, next).into());
        }
        self.before_inserting_mentions(next);
        for chunk in values.chunks(COLUMN_COUNT * ROWS_PER_INSERT) {
            self.tx
                .prepare_cached(&insert_sql(INTO, COLUMN_COUNT, chunk.len() / COLUMN_COUNT))?
                .execute(chunk)?;
        }
        // A row inserted without a row number gets one past the largest in
        // the table, while that is not the largest number there is: the
        // rows are numbered in turn from `next` on. (Past it SQLite would
        // pick free numbers at random, which neither the full-text index
        // nor the order of mentions allows: an error, before any is written.)
        Ok((next..).take(rows.len()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{document, found, mention, no_cleaning};
    use crate::Store;

    /// `n` mentions, each with its own evidence word (`mot0`, `mot1`, …).
    fn mentions(doc: &str, n: usize) -> (Vec<Event>, Vec<(String, Option<i64>)>) {
        let events = (0..n)
            .map(|i| mention(doc, &format!("mot{i}"), &format!("ev-{i}")))
            .collect();
        let keys = (0..n)
            .map(|i| (format!("block{}", i % 3), Some(i as i64)))
            .collect();
        (events, keys)
    }

    #[test]
    fn mentions_past_one_insert_are_stored_in_order_with_their_keys_and_indexed() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        batch.put_document(&document("d"), &no_cleaning()).unwrap();
        let (events, keys) = mentions("d", 2 * ROWS_PER_INSERT + 5);
        let numbers = batch.put_events("d", &events, &keys).unwrap();
        let stored = batch.mentions_of_document("d").unwrap();
        assert_eq!(stored, events);
        assert_eq!(numbers, row_numbers(&batch, "d"));
        assert_eq!(
            batch.events_in_block("block1", Some((0, 10))).unwrap(),
            ["ev-1", "ev-4", "ev-7", "ev-10"]
        );
        // Replaced by fewer: the others leave the table and the index, and
        // the new rows are numbered from 1 again.
        let (fewer, keys) = mentions("d", 3);
        assert_eq!(batch.put_events("d", &fewer, &keys).unwrap(), [1, 2, 3]);
        batch.commit().unwrap();
        assert_eq!(store.event_count().unwrap(), 3);
        let ids: Vec<String> = store
            .conn
            .prepare("SELECT id FROM events ORDER BY rowid")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(ids, ["d#1", "d#2", "d#3"]);
        assert_eq!(found(&store, "mot2"), 1);
        assert_eq!(found(&store, "mot40"), 0);
    }

    /// The row numbers of document `doc`'s mentions, in the order of their ids.
    fn row_numbers(batch: &crate::Batch<'_>, doc: &str) -> Vec<i64> {
        let mut stmt = batch
            .tx
            .prepare("SELECT rowid FROM events WHERE doc = ?1 ORDER BY CAST(substr(id, instr(id, '#') + 1) AS INTEGER)")
            .unwrap();
        let rows = stmt.query_map([doc], |r| r.get(0)).unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    }

    #[test]
    fn the_row_numbers_returned_are_those_of_the_rows_written() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        for doc in ["a", "b", "c"] {
            batch.put_document(&document(doc), &no_cleaning()).unwrap();
        }
        let (events, keys) = mentions("a", 3);
        assert_eq!(batch.put_events("a", &events, &keys).unwrap(), [1, 2, 3]);
        let (events, keys) = mentions("b", ROWS_PER_INSERT + 2);
        let numbers = batch.put_events("b", &events, &keys).unwrap();
        assert_eq!(
            numbers,
            (4..4 + ROWS_PER_INSERT as i64 + 2).collect::<Vec<_>>()
        );
        assert_eq!(numbers, row_numbers(&batch, "b"));
        // A gap left in the middle is not filled: past the largest.
        let (events, keys) = mentions("a", 1);
        assert_eq!(
            batch.put_events("a", &events, &keys).unwrap(),
            [4 + ROWS_PER_INSERT as i64 + 2]
        );
        assert!(batch.put_events("c", &[], &[]).unwrap().is_empty());
        // At the last row number there is, no row is written.
        batch
            .tx
            .execute(
                "INSERT INTO events (rowid, id, doc, tier, cameo, json) VALUES (?1, 'x', 'b', 't', 'c', '{}')",
                [i64::MAX - 1],
            )
            .unwrap();
        let (events, keys) = mentions("c", 2);
        assert!(batch.put_events("c", &events, &keys).is_err());
        assert!(row_numbers(&batch, "c").is_empty());
    }

    #[test]
    fn an_insert_numbers_every_value_of_every_row() {
        assert_eq!(
            insert_sql("t (a, b)", 2, 3),
            "INSERT INTO t (a, b) VALUES (?1, ?2), (?3, ?4), (?5, ?6)"
        );
        assert_eq!(INTO.split(", ").count(), COLUMN_COUNT);
    }
}
