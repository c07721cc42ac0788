//! The keys the dedup stage looks stored events up by, so that a run
//! reads only what a new report may join, never the whole store: each
//! mention's block and key day (events that may be the same share a block,
//! and lie within days of each other), and each document's story keys,
//! numbered in the order documents were filed.

use attache_model::Event;
use rusqlite::{params, OptionalExtension, ToSql};

use crate::canonical::{stored_mention, StoredMention};
use crate::{Batch, Result};

impl Batch<'_> {
    /// The events with a mention in `block` whose key day lies in `days`,
    /// or, when `days` is `None`, with one that has no key day.
    pub fn events_in_block(&self, block: &str, days: Option<(i64, i64)>) -> Result<Vec<String>> {
        let sql = match days {
            Some(_) => "SELECT DISTINCT event_id FROM events WHERE block = ?1 AND key_day BETWEEN ?2 AND ?3",
            None => "SELECT DISTINCT event_id FROM events WHERE block = ?1 AND key_day IS NULL AND ?2 = ?3",
        };
        // Without days, ?2 = ?3 holds: the statement takes the same parameters.
        let (from, to) = days.unwrap_or_default();
        let mut stmt = self.tx.prepare_cached(sql)?;
        let rows = stmt.query_map(params![block, from, to], |r| r.get::<_, Option<String>>(0))?;
        let ids: Vec<Option<String>> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(ids.into_iter().flatten().collect())
    }

    /// The events document `doc`'s stored mentions belong to.
    pub fn events_of_document(&self, doc: &str) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT DISTINCT event_id FROM events WHERE doc = ?1 AND event_id IS NOT NULL",
        )?;
        let rows = stmt.query_map([doc], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The stored mentions of event `event_id` in the order they were
    /// stored, each with its row number.
    pub fn mentions_of_event(&self, event_id: &str) -> Result<Vec<(i64, StoredMention)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT e.rowid, e.json, d.source, d.published, d.occasion
             FROM events e JOIN documents d ON d.id = e.doc
             WHERE e.event_id = ?1 ORDER BY e.rowid",
        )?;
        let rows = stmt.query_map([event_id], |row| Ok((row.get(0)?, stored_mention(row, 1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Files document `doc` under `keys` (event kinds are `b:…`), after
    /// every document filed before; its earlier keys go. Returns its number.
    pub fn put_story_keys<'k>(
        &mut self,
        doc: &str,
        keys: impl Iterator<Item = &'k String>,
    ) -> Result<u64> {
        // Numbered before the old keys go: a number never files two lists.
        let seq: i64 = self
            .tx
            .prepare_cached("SELECT coalesce(max(seq), 0) + 1 FROM story_keys")?
            .query_row([], |r| r.get(0))?;
        self.exec("DELETE FROM story_keys WHERE doc = ?1", [doc])?;
        let keys: Vec<&String> = keys.collect();
        let mut values: Vec<&dyn ToSql> = Vec::with_capacity(3 * keys.len());
        for key in &keys {
            values.extend_from_slice(&[&seq as &dyn ToSql, &doc, key]);
        }
        self.insert_rows("story_keys (seq, doc, key)", 3, &values)?;
        Ok(seq as u64)
    }

    /// The latest documents filed under `key` (their numbers), at most `limit`.
    pub fn recent_with_key(&self, key: &str, limit: usize) -> Result<Vec<u64>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT seq FROM story_keys WHERE key = ?1 ORDER BY seq DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![key, limit as i64], |r| r.get::<_, i64>(0))?;
        let mut seqs: Vec<u64> = rows
            .map(|r| r.map(|s| s as u64))
            .collect::<rusqlite::Result<_>>()?;
        seqs.reverse();
        Ok(seqs)
    }

    /// The id of the document filed as `seq`, and its number of event kinds.
    pub fn filed_document(&self, seq: u64) -> Result<(String, usize)> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT doc, sum(key >= 'b:' AND key < 'b;') FROM story_keys WHERE seq = ?1 GROUP BY doc",
        )?;
        let found: Option<(String, i64)> = stmt
            .query_row([seq as i64], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(found.map_or((String::new(), 0), |(doc, kinds)| (doc, kinds as usize)))
    }

    /// Whether mentions stored before their keys existed (schema 6) are
    /// left to key.
    pub fn has_unkeyed_mentions(&self) -> Result<bool> {
        Ok(self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE block IS NULL)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The documents with mentions, in the order their first was stored.
    pub fn documents_with_mentions(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare("SELECT doc FROM events GROUP BY doc ORDER BY min(rowid)")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The stored mentions of document `doc` with its outlet, publication
    /// date and occasion.
    pub fn stored_mentions_of_document(&self, doc: &str) -> Result<Vec<StoredMention>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT e.json, d.source, d.published, d.occasion FROM events e JOIN documents d ON d.id = e.doc
             WHERE e.doc = ?1 ORDER BY e.rowid",
        )?;
        let rows = stmt.query_map([doc], |row| stored_mention(row, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the lookup key of stored mention `id`.
    pub fn set_event_key(&mut self, event: &Event, key: &(String, Option<i64>)) -> Result<()> {
        self.exec(
            "UPDATE events SET block = ?2, key_day = ?3 WHERE id = ?1",
            params![event.id, key.0, key.1],
        )?;
        Ok(())
    }
}
