//! The store: an embedded SQLite database (one file, WAL mode so readers can
//! work during an ingest), with a schema versioned by migrations.
//!
//! Writes go through a [`Batch`], one transaction per batch. A document is
//! identified by its id; its content hash decides what a write does: the
//! same content changes nothing ([`Upsert::Unchanged`]), new content under an
//! existing id replaces the old ([`Upsert::Replaced`]).
//!
//! ```
//! use attache_model::{CleanResult, Document, Lang};
//! use attache_store::{Store, Upsert};
//! let doc = Document { id: "d1".into(), url: None, source: None, lang: Lang::Fr,
//!     title: None, published: None, text: "Le ministre a reçu l'ambassadeur.".into() };
//! let clean = CleanResult { kept: vec![], removed: vec![], repairs: vec![], text: String::new() };
//! let mut store = Store::open_in_memory().unwrap();
//! let mut batch = store.batch().unwrap();
//! assert_eq!(batch.put_document(&doc, &clean).unwrap(), Upsert::Inserted);
//! assert_eq!(batch.put_document(&doc, &clean).unwrap(), Upsert::Unchanged);
//! batch.commit().unwrap();
//! assert_eq!(store.document_count().unwrap(), 1);
//! ```

mod canonical;
mod fts;
pub mod keys;
mod like;
mod mentions;
mod report;
mod schema;
pub mod search;
mod serving;
#[cfg(test)]
mod testing;
mod urls;

pub use canonical::{EventFilter, StoredMention};
pub use report::DocumentBrief;

use std::cell::Cell;
use std::path::Path;
use std::time::Duration;

use attache_model::{CleanResult, Document};
use rusqlite::config::DbConfig;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the database has schema version {found}, newer than this attache knows ({known}); upgrade attache")]
    TooNew { found: i64, known: i64 },
    #[error("the database is locked by another writer; gave up after waiting {} s", waited.as_secs())]
    Locked { waited: Duration },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What writing a document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upsert {
    Inserted,
    Replaced,
    Unchanged,
    /// Stored before with this content but never coded (by `ingest`, or by
    /// a run that stopped before its batch was committed): coded now.
    Uncoded,
}

/// How long a writer waits for another writer's lock unless told otherwise.
pub const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(300);

pub struct Store {
    conn: Connection,
    /// How long [`Store::batch`] waits for the write lock.
    lock_wait: Duration,
    /// Called once, the first time a batch has to wait for the lock.
    on_wait: Option<Box<dyn Fn(Duration)>>,
    waited: Cell<bool>,
}

/// Page cache of a writer's connection, in KiB: a batch's pages of the
/// mention and story indexes stay in memory until its commit instead of
/// spilling to the WAL in the middle of the transaction.
const WRITER_CACHE_KIB: i64 = 64 * 1024;

/// Statements the connection keeps prepared: every statement of the write
/// path (documents, mentions and story keys in inserts of 1 to
/// [`mentions::ROWS_PER_INSERT`] rows, canonical events, lookups).
const STATEMENT_CACHE: usize = 128;

/// Pages the WAL of a writer's connection holds before a commit copies
/// them into the database (a checkpoint; SQLite's default is 1,000): a
/// batch of 256 documents writes more than that, so each commit was
/// followed by a checkpoint that wrote again the index pages the next batch
/// would dirty anew. With 64 MiB of WAL, a page rewritten by several
/// batches in a row reaches the database once.
const WRITER_WAL_PAGES: i64 = 16 * 1024;

/// What a WAL left larger than this by a load is cut to, in bytes, once
/// checkpointed (the last connection to close deletes it).
const WRITER_WAL_BYTES: i64 = 64 * 1024 * 1024;

/// Settings of a connection that writes the store, chosen for throughput
/// without giving up what a batch guarantees:
/// - `synchronous = NORMAL`: in WAL mode a commit is appended to the WAL
///   and the WAL is synced at checkpoints (every [`WRITER_WAL_PAGES`]),
///   not at every commit. A killed process loses nothing committed (the
///   OS holds the writes); a power loss may roll back the batches committed
///   since the last checkpoint, never corrupt the store, and the next run
///   codes their documents again.
/// - a larger page cache ([`WRITER_CACHE_KIB`]) and statement journals in
///   memory (`temp_store = MEMORY`): each statement of a batch keeps a
///   journal to undo itself, which went to a temporary file.
fn tune_for_writing(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "wal_autocheckpoint", WRITER_WAL_PAGES)?;
    conn.pragma_update(None, "journal_size_limit", WRITER_WAL_BYTES)?;
    Ok(())
}

fn is_busy(err: &rusqlite::Error) -> bool {
    err.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date, and its indexes: those a killed load left to
    /// build, unless another writer holds the store (the `serving` module).
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(DEFAULT_LOCK_WAIT)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        tune_for_writing(&conn)?;
        let store = Store::init(conn)?;
        serving::build_if_free(&store.conn)?;
        Ok(store)
    }

    /// Opens the existing database at `path` for reading only (a server's
    /// view); its schema must be up to date.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
            | rusqlite::OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(DEFAULT_LOCK_WAIT)?;
        Ok(Store {
            conn,
            lock_wait: DEFAULT_LOCK_WAIT,
            on_wait: None,
            waited: Cell::new(false),
        })
    }

    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        conn.busy_timeout(DEFAULT_LOCK_WAIT)?;
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            lock_wait: DEFAULT_LOCK_WAIT,
            on_wait: None,
            waited: Cell::new(false),
        })
    }

    /// Waits at most `limit` for another writer's lock, calling `on_wait`
    /// (with the limit) the first time a batch has to wait.
    pub fn set_lock_wait(&mut self, limit: Duration, on_wait: Box<dyn Fn(Duration)>) -> Result<()> {
        self.lock_wait = limit;
        self.on_wait = Some(on_wait);
        self.conn.busy_timeout(limit)?;
        Ok(())
    }

    /// Starts a batch of writes: one transaction, committed by [`Batch::commit`]
    /// (dropped without commit, it is rolled back). It takes the write lock
    /// up front (`BEGIN IMMEDIATE`), waiting for another writer to commit
    /// (up to the limit of [`Store::set_lock_wait`]); readers never wait.
    pub fn batch(&self) -> Result<Batch<'_>> {
        // Plans that do not depend on the values bound, for the statements
        // of the write path: without it, a statement whose plan SQLite lets
        // a bound value steer (a `LIMIT ?`, a range, an `IS ?` on a column
        // of an index) is prepared again at every use, as the statement
        // cache clears the bindings of each statement it takes back (10,000
        // times on a 4 MB load). Left on for the connection: statements
        // prepared since are planned alike (readers that never write, as
        // `serve`'s, keep plans that may look at the values bound).
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        self.conn.busy_timeout(Duration::ZERO)?;
        let first = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate);
        self.conn.busy_timeout(self.lock_wait)?;
        let tx = match first {
            Err(e) if is_busy(&e) => {
                if let (Some(on_wait), false) = (&self.on_wait, self.waited.replace(true)) {
                    on_wait(self.lock_wait);
                }
                Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate).map_err(
                    |e| match is_busy(&e) {
                        true => StoreError::Locked {
                            waited: self.lock_wait,
                        },
                        false => e.into(),
                    },
                )?
            }
            other => other?,
        };
        Ok(Batch {
            tx,
            unindexed_from: None,
        })
    }

    /// A number that changes when another connection commits a write:
    /// what a writer compares to know whether what it holds in memory is
    /// still the store's state.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    pub fn event_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    pub fn document_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// The stored document with id `id`, and its cleaning.
    pub fn document(&self, id: &str) -> Result<Option<(Document, CleanResult)>> {
        self.conn
            .query_row(
                "SELECT id, url, source, lang, title, published, text, clean_json FROM documents WHERE id = ?1",
                [id],
                |row| {
                    let doc = Document {
                        id: row.get(0)?,
                        url: row.get(1)?,
                        source: row.get(2)?,
                        lang: attache_model::Lang::from_code(&row.get::<_, String>(3)?),
                        title: row.get(4)?,
                        published: row.get(5)?,
                        text: row.get(6)?,
                    };
                    Ok((doc, row.get::<_, String>(7)?))
                },
            )
            .optional()?
            .map(|(doc, clean_json)| {
                let clean = serde_json::from_str(&clean_json).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, Box::new(e))
                })?;
                Ok((doc, clean))
            })
            .transpose()
    }

    /// Schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }
}

pub struct Batch<'s> {
    tx: Transaction<'s>,
    /// The first row of `events` inserted and not yet in the full-text
    /// index, when rows are pending (see [`fts`]).
    unindexed_from: Option<i64>,
}

/// Hash of everything a document says, so that identical input is recognised.
pub fn content_hash(doc: &Document) -> String {
    let bytes = serde_json::to_vec(doc).expect("a document always serializes");
    let digest = Sha256::digest(&bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Batch<'_> {
    /// Stores a document read by `ingest` (not coded).
    pub fn put_document(&mut self, doc: &Document, clean: &CleanResult) -> Result<Upsert> {
        self.write_document(doc, clean, false)
    }

    /// Stores a document that is being coded: unchanged only when the same
    /// content is stored and was coded ([`Upsert::Uncoded`] when it was
    /// stored without being coded). Its events follow with [`Batch::put_events`]
    /// in the same batch.
    pub fn put_coded_document(&mut self, doc: &Document, clean: &CleanResult) -> Result<Upsert> {
        self.write_document(doc, clean, true)
    }

    fn write_document(
        &mut self,
        doc: &Document,
        clean: &CleanResult,
        coding: bool,
    ) -> Result<Upsert> {
        let hash = content_hash(doc);
        let existing: Option<(String, Option<String>)> = self
            .tx
            .prepare_cached("SELECT content_hash, coded_hash FROM documents WHERE id = ?1")?
            .query_row([&doc.id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let same_content = existing.as_ref().is_some_and(|(h, _)| *h == hash);
        let coded = existing
            .as_ref()
            .is_some_and(|(_, c)| c.as_deref() == Some(hash.as_str()));
        if same_content && (coded || !coding) {
            return Ok(Upsert::Unchanged);
        }
        if same_content {
            self.exec(
                "UPDATE documents SET coded_hash = content_hash WHERE id = ?1",
                [&doc.id],
            )?;
            return Ok(Upsert::Uncoded);
        }
        let clean_json = serde_json::to_string(clean).expect("a cleaning result always serializes");
        self.exec(
            "INSERT INTO documents (id, url, source, lang, title, published, text, content_hash, clean_json, coded_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CASE WHEN ?10 THEN ?8 END)
             ON CONFLICT(id) DO UPDATE SET url = excluded.url, source = excluded.source,
               lang = excluded.lang, title = excluded.title, published = excluded.published,
               text = excluded.text, content_hash = excluded.content_hash,
               clean_json = excluded.clean_json, coded_hash = excluded.coded_hash,
               ingested_at = CURRENT_TIMESTAMP",
            params![
                doc.id,
                doc.url,
                doc.source,
                doc.lang.code(),
                doc.title,
                doc.published,
                doc.text,
                hash,
                clean_json,
                coding
            ],
        )?;
        Ok(if existing.is_some() {
            Upsert::Replaced
        } else {
            Upsert::Inserted
        })
    }

    /// Deletes the stored events of document `doc` (its text is replaced).
    pub fn delete_events(&mut self, doc: &str) -> Result<()> {
        if self.before_deleting_mentions(doc)? {
            self.exec("DELETE FROM events WHERE doc = ?1", [doc])?;
        }
        Ok(())
    }

    /// Runs `sql` through the connection's cache of prepared statements:
    /// the write path runs the same few statements for every document.
    pub(crate) fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }

    /// Indexes the evidence of the mentions inserted, and commits.
    pub fn commit(mut self) -> Result<()> {
        self.index_pending()?;
        Ok(self.tx.commit()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Lang;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            url: None,
            source: Some("example.vn".into()),
            lang: Lang::Fr,
            title: None,
            published: Some("2024-05".into()),
            text: text.into(),
        }
    }

    fn clean_of(text: &str) -> CleanResult {
        CleanResult {
            kept: vec![attache_model::Span::new(0, text.chars().count())],
            removed: vec![],
            repairs: vec![],
            text: text.into(),
        }
    }

    #[test]
    fn new_content_under_an_id_replaces_it() {
        let store = Store::open_in_memory().unwrap();
        let mut batch = store.batch().unwrap();
        let first = doc("a", "Première version.");
        let second = doc("a", "Seconde version.");
        assert_eq!(
            batch.put_document(&first, &clean_of(&first.text)).unwrap(),
            Upsert::Inserted
        );
        assert_eq!(
            batch
                .put_document(&second, &clean_of(&second.text))
                .unwrap(),
            Upsert::Replaced
        );
        batch.commit().unwrap();
        let (stored, clean) = store.document("a").unwrap().unwrap();
        assert_eq!(stored, second);
        assert_eq!(clean.text, "Seconde version.");
    }

    #[test]
    fn an_uncommitted_batch_leaves_nothing() {
        let store = Store::open_in_memory().unwrap();
        {
            let mut batch = store.batch().unwrap();
            batch.put_document(&doc("a", "x"), &clean_of("x")).unwrap();
        }
        assert_eq!(store.document_count().unwrap(), 0);
    }

    #[test]
    fn a_batch_runs_its_statements_as_prepared_whatever_is_bound() {
        let store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        // A `LIMIT ?` and a range: plans SQLite would otherwise redo for
        // each value bound.
        for (key, limit) in [("a", 3), ("b", 256), ("a", 1)] {
            batch.recent_with_key(key, limit).unwrap();
        }
        for days in [Some((1, 5)), Some((2, 9)), None] {
            batch.events_in_block("x", days).unwrap();
        }
        let mut reprepared = 0;
        for sql in [
            "SELECT seq FROM story_keys WHERE key = ?1 ORDER BY seq DESC LIMIT ?2",
            "SELECT DISTINCT event_id FROM events WHERE block = ?1 AND key_day BETWEEN ?2 AND ?3",
        ] {
            let stmt = batch.tx.prepare_cached(sql).unwrap();
            reprepared += stmt.get_status(rusqlite::StatementStatus::RePrepare);
        }
        assert_eq!(reprepared, 0);
    }

    #[test]
    fn a_writer_checkpoints_its_wal_past_64_mib() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("w.db")).unwrap();
        let pragma = |name: &str| -> i64 {
            store
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(pragma("wal_autocheckpoint"), WRITER_WAL_PAGES);
        assert_eq!(pragma("journal_size_limit"), WRITER_WAL_BYTES);
        assert_eq!(pragma("page_size") * WRITER_WAL_PAGES, WRITER_WAL_BYTES);
    }

    #[test]
    fn reopening_a_file_keeps_documents_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        {
            let store = Store::open(&path).unwrap();
            let mut batch = store.batch().unwrap();
            batch.put_document(&doc("a", "x"), &clean_of("x")).unwrap();
            batch.commit().unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.document_count().unwrap(), 1);
        assert_eq!(store.schema_version().unwrap(), schema::LATEST);
    }
}
