//! The indexes only readers use (`serve`, `events`, `export`, `report`),
//! which a load into an empty store builds once at its end instead of
//! writing at every row.
//!
//! The write path never reads them: it finds documents, mentions, story
//! keys and canonical events by their keys, and persons by their event.
//! Yet each canonical event written costs an entry in eight of them (its
//! date, code, parties and the orders `serve` lists events in), each
//! person one, each document two. When a run starts on a store that holds
//! no document, its first batch drops them ([`Batch::defer_serving_indexes`])
//! and its end builds them from the rows, sorted once
//! ([`Store::build_serving_indexes`]). Readers see every committed batch
//! meanwhile, answered without these indexes (more slowly).
//!
//! A run killed in between leaves them missing: the next connection that
//! opens the store to write ([`Store::open`]) builds them, unless another
//! writer holds the store (a load under way, whose end builds them). Any
//! run's end builds the missing ones too.
//!
//! The definitions are those of the migrations, which create them; a
//! migration that drops or changes one of them must say `IF EXISTS`.

use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use crate::{is_busy, Batch, Result, Store};

/// Each serving index: its name and what it indexes, as the migrations
/// define it, to the spaces (so that the schema reads the same; a test
/// holds them to it).
pub(crate) const SERVING_INDEXES: &[(&str, &str)] = &[
    ("documents_published", "documents(published)"),
    ("documents_source", "documents(source)"),
    ("canonical_date", "canonical_events(date_first, date_last)"),
    ("canonical_cameo", "canonical_events(cameo)"),
    (
        "canonical_source",
        "canonical_events(source_party, target_party)",
    ),
    (
        "canonical_target",
        "canonical_events(target_party, source_party)",
    ),
    ("event_persons_folded", "event_persons(folded)"),
    (
        "canonical_recent",
        "canonical_events(ifnull(date_first, ''), event_id)",
    ),
    (
        "canonical_source_recent",
        "canonical_events(source_party, ifnull(date_first, ''),
        event_id, date_last, date_first, cameo, tier, target_party)",
    ),
    (
        "canonical_target_recent",
        "canonical_events(target_party, ifnull(date_first, ''),
        event_id, date_last, date_first, cameo, tier, source_party)",
    ),
    (
        "canonical_pair_recent",
        "canonical_events(source_party, target_party,
        ifnull(date_first, ''), event_id, date_last, date_first, cameo, tier)",
    ),
];

/// The serving indexes the store lacks.
fn missing(conn: &Connection) -> Result<Vec<(&'static str, &'static str)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1)",
    )?;
    let mut missing = Vec::new();
    for &(name, on) in SERVING_INDEXES {
        if !stmt.query_row([name], |r| r.get::<_, bool>(0))? {
            missing.push((name, on));
        }
    }
    Ok(missing)
}

/// Builds the serving indexes `conn` lacks, in one transaction; when
/// `wait` is false, only if no other writer holds the store.
fn build_missing(conn: &Connection, wait: bool) -> Result<()> {
    if missing(conn)?.is_empty() {
        return Ok(());
    }
    let tx = if wait {
        rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?
    } else {
        match try_immediate(conn)? {
            Some(tx) => tx,
            None => return Ok(()),
        }
    };
    // Another writer may have built them since.
    for (name, on) in missing(&tx)? {
        tx.execute_batch(&format!("CREATE INDEX IF NOT EXISTS {name} ON {on}"))?;
    }
    Ok(tx.commit()?)
}

/// The write lock if no other writer holds it now.
fn try_immediate(conn: &Connection) -> Result<Option<rusqlite::Transaction<'_>>> {
    conn.busy_timeout(Duration::ZERO)?;
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate);
    conn.busy_timeout(crate::DEFAULT_LOCK_WAIT)?;
    match tx {
        Ok(tx) => Ok(Some(tx)),
        Err(e) if is_busy(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Builds the serving indexes a killed load left missing, unless another
/// writer holds the store (see the module's doc).
pub(crate) fn build_if_free(conn: &Connection) -> Result<()> {
    build_missing(conn, false)
}

impl Batch<'_> {
    /// Drops the serving indexes when the store holds no document yet, so
    /// that the load now starting writes none of their entries; returns
    /// whether it did. [`Store::build_serving_indexes`] builds them again.
    pub fn defer_serving_indexes(&mut self) -> Result<bool> {
        let empty: bool =
            self.tx
                .query_row("SELECT NOT EXISTS (SELECT 1 FROM documents)", [], |r| {
                    r.get(0)
                })?;
        if empty {
            for (name, _) in SERVING_INDEXES {
                self.tx
                    .execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
            }
        }
        Ok(empty)
    }
}

impl Store {
    /// Builds the serving indexes the store lacks (after a load that
    /// deferred them, or one killed before its end), waiting for the write
    /// lock as a batch does; nothing when none is missing.
    pub fn build_serving_indexes(&self) -> Result<()> {
        self.conn.busy_timeout(self.lock_wait)?;
        build_missing(&self.conn, true)
    }

    /// Whether every index readers use is there (see the `serving` module).
    pub fn serving_indexes_ready(&self) -> Result<bool> {
        Ok(missing(&self.conn)?.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statement that made an index, as the schema holds it.
    fn definition(conn: &Connection, name: &str) -> Option<String> {
        conn.query_row(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1",
            [name],
            |r| r.get(0),
        )
        .ok()
    }

    #[test]
    fn the_serving_indexes_are_those_the_migrations_make() {
        let store = Store::open_in_memory().unwrap();
        let made: Vec<Option<String>> = SERVING_INDEXES
            .iter()
            .map(|(name, _)| definition(&store.conn, name))
            .collect();
        assert!(made.iter().all(Option::is_some), "{made:?}");
        let mut batch = store.batch().unwrap();
        assert!(batch.defer_serving_indexes().unwrap());
        batch.commit().unwrap();
        assert!(!store.serving_indexes_ready().unwrap());
        assert!(SERVING_INDEXES
            .iter()
            .all(|(name, _)| definition(&store.conn, name).is_none()));
        store.build_serving_indexes().unwrap();
        assert!(store.serving_indexes_ready().unwrap());
        let rebuilt: Vec<Option<String>> = SERVING_INDEXES
            .iter()
            .map(|(name, _)| definition(&store.conn, name))
            .collect();
        assert_eq!(rebuilt, made);
    }

    #[test]
    fn a_store_holding_documents_keeps_its_indexes() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        let doc = crate::testing::document("a");
        batch
            .put_document(&doc, &crate::testing::no_cleaning())
            .unwrap();
        batch.commit().unwrap();
        let mut batch = store.batch().unwrap();
        assert!(!batch.defer_serving_indexes().unwrap());
        batch.commit().unwrap();
        assert!(store.serving_indexes_ready().unwrap());
    }

    #[test]
    fn the_next_writer_builds_what_a_killed_load_left_missing_unless_the_store_is_held() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        {
            let store = Store::open(&path).unwrap();
            let mut batch = store.batch().unwrap();
            assert!(batch.defer_serving_indexes().unwrap());
            let doc = crate::testing::document("a");
            batch
                .put_document(&doc, &crate::testing::no_cleaning())
                .unwrap();
            batch.commit().unwrap();
            // Killed here: the load never reaches its end.
        }
        let loading = Connection::open(&path).unwrap();
        loading.execute_batch("BEGIN IMMEDIATE").unwrap();
        let reader = Store::open(&path).unwrap();
        assert!(
            !reader.serving_indexes_ready().unwrap(),
            "another writer holds the store: left to it"
        );
        loading.execute_batch("ROLLBACK").unwrap();
        let next = Store::open(&path).unwrap();
        assert!(next.serving_indexes_ready().unwrap());
    }
}
