//! Keeping the full-text index of the mentions' evidence (`evidence_fts`)
//! in step with `events`, one statement per batch.
//!
//! FTS5 writes what it holds to disk as a new segment at the end of every
//! statement that touches it, to be merged with others later; a trigger
//! per inserted row made a segment per document. Since migration 9 the
//! rows a batch inserts are indexed together when it commits
//! ([`Batch::commit`]): readers see only committed batches, whose every
//! row is indexed. Deleting a row takes it out of the index (a trigger
//! gives FTS5 the words it indexed), so a row must be indexed before it is
//! deleted: deleting rows inserted in the same batch indexes the pending
//! rows first ([`Batch::delete_events`]).
//!
//! The rows not yet indexed are those from a row number on: a row
//! inserted without a row number gets one past the largest in the table,
//! so every row inserted since that number was taken is at or past it.
//! While rows are pending, the table holds a row at or past that number
//! (deleting one indexes them first), so rows inserted later are past it too.

use rusqlite::{Connection, OptionalExtension};

use crate::{Batch, Result};

/// Indexes the rows of `events` from row `from` on.
pub(crate) fn index_from(conn: &Connection, from: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO evidence_fts(rowid, evidence) SELECT rowid, evidence FROM events WHERE rowid >= ?1",
    )?
    .execute([from])?;
    Ok(())
}

impl Batch<'_> {
    /// Notes that rows are about to be inserted into `events`, numbered
    /// from `next` (the next row number): the first not yet indexed, unless
    /// rows are pending.
    pub(crate) fn before_inserting_mentions(&mut self, next: i64) {
        self.unindexed_from.get_or_insert(next);
    }

    /// Indexes the rows inserted and not indexed yet.
    pub(crate) fn index_pending(&mut self) -> Result<()> {
        if let Some(from) = self.unindexed_from.take() {
            index_from(&self.tx, from)?;
        }
        Ok(())
    }

    /// Before deleting the mentions of `doc`: whether it has any, after
    /// indexing the pending rows should one of them be among its own.
    pub(crate) fn before_deleting_mentions(&mut self, doc: &str) -> Result<bool> {
        let last: Option<i64> = self
            .tx
            .prepare_cached("SELECT max(rowid) FROM events WHERE doc = ?1")?
            .query_row([doc], |r| r.get(0))
            .optional()?
            .flatten();
        let Some(last) = last else {
            return Ok(false);
        };
        if self.unindexed_from.is_some_and(|from| last >= from) {
            self.index_pending()?;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{document, found, mention, no_cleaning};
    use crate::Store;

    /// Stores document `doc` with a mention for each of `words`.
    fn put(batch: &mut crate::Batch<'_>, doc: &str, words: &[&str]) {
        batch.put_document(&document(doc), &no_cleaning()).unwrap();
        let events: Vec<_> = words
            .iter()
            .map(|w| mention(doc, w, &format!("ev-{w}")))
            .collect();
        let keys: Vec<_> = words.iter().map(|_| ("b".to_string(), Some(1))).collect();
        batch.put_events(doc, &events, &keys).unwrap();
    }

    #[test]
    fn every_committed_mention_is_indexed() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        put(&mut batch, "a", &["alpha", "beta"]);
        put(&mut batch, "b", &["gamma"]);
        batch.commit().unwrap();
        assert_eq!(found(&store, "alpha"), 1);
        assert_eq!(found(&store, "gamma"), 1);
    }

    #[test]
    fn mentions_replaced_in_the_batch_that_wrote_them_leave_the_index() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        put(&mut batch, "a", &["alpha"]);
        put(&mut batch, "b", &["beta", "beta"]);
        // `b` again: its rows are the last, pending, and deleted.
        put(&mut batch, "b", &["gamma"]);
        put(&mut batch, "a", &["delta"]);
        batch.commit().unwrap();
        assert_eq!(found(&store, "alpha"), 0);
        assert_eq!(found(&store, "beta"), 0);
        assert_eq!(found(&store, "gamma"), 1);
        assert_eq!(found(&store, "delta"), 1);
    }

    #[test]
    fn rows_numbered_again_after_the_last_ones_go_are_indexed() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        put(&mut batch, "a", &["alpha"]);
        put(&mut batch, "b", &["beta", "beta"]);
        batch.commit().unwrap();
        // The last rows go, committed ones: new rows take their numbers.
        let mut batch = store.batch().unwrap();
        put(&mut batch, "c", &[]);
        put(&mut batch, "b", &["gamma"]);
        put(&mut batch, "a", &["delta"]);
        batch.commit().unwrap();
        assert_eq!(found(&store, "beta"), 0);
        assert_eq!(found(&store, "gamma"), 1);
        assert_eq!(found(&store, "delta"), 1);
        assert_eq!(found(&store, "alpha"), 0);
    }

    #[test]
    fn a_batch_dropped_leaves_the_index_as_it_was() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        put(&mut batch, "a", &["alpha"]);
        batch.commit().unwrap();
        {
            let mut batch = store.batch().unwrap();
            put(&mut batch, "a", &["beta"]);
        }
        assert_eq!(found(&store, "alpha"), 1);
        assert_eq!(found(&store, "beta"), 0);
    }
}
