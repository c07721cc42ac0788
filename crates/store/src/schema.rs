//! The schema, as numbered migrations applied in order; `PRAGMA user_version`
//! records how many have run. A migration is never edited once released:
//! changes come as a new entry.

use rusqlite::Connection;

use crate::{Result, StoreError};

const MIGRATIONS: &[&str] = &[
    // 1: documents with their cleaning result.
    "CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT,
        source TEXT,
        lang TEXT NOT NULL,
        title TEXT,
        published TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        clean_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
    );
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_source ON documents(source);",
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > LATEST {
        return Err(StoreError::TooNew {
            found: current,
            known: LATEST,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
