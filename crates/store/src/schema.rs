//! The schema, as numbered migrations applied in order; `PRAGMA user_version`
//! records how many have run. A migration is never edited once released:
//! changes come as a new entry.

use rusqlite::{Connection, TransactionBehavior};

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
    // 2: events extracted from a document (replaced as a whole when it is re-extracted).
    "CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        event_id TEXT,
        tier TEXT NOT NULL,
        cameo TEXT NOT NULL,
        source_party TEXT,
        target_party TEXT,
        date TEXT,
        json TEXT NOT NULL
    );
    CREATE INDEX events_doc ON events(doc);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_cameo ON events(cameo);
    CREATE INDEX events_dyad ON events(source_party, target_party);",
    // 3: canonical events (one real event, many mentions: the rows of
    // `events`), their persons, and why each mention joined its event.
    "ALTER TABLE events ADD COLUMN merge TEXT;
    CREATE INDEX events_event_id ON events(event_id);
    CREATE TABLE canonical_events (
        event_id TEXT PRIMARY KEY,
        tier TEXT NOT NULL,
        cameo TEXT NOT NULL,
        source_party TEXT,
        target_party TEXT,
        date TEXT,
        date_first TEXT,
        date_last TEXT,
        place_name TEXT,
        place_country TEXT,
        mentions INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        confidence REAL NOT NULL,
        json TEXT NOT NULL
    );
    CREATE INDEX canonical_date ON canonical_events(date_first, date_last);
    CREATE INDEX canonical_cameo ON canonical_events(cameo);
    CREATE INDEX canonical_source ON canonical_events(source_party, target_party);
    CREATE INDEX canonical_target ON canonical_events(target_party, source_party);
    CREATE TABLE event_persons (
        event_id TEXT NOT NULL REFERENCES canonical_events(event_id) ON DELETE CASCADE,
        side TEXT NOT NULL,
        name TEXT NOT NULL,
        folded TEXT NOT NULL,
        title TEXT,
        country TEXT,
        sector TEXT
    );
    CREATE INDEX event_persons_folded ON event_persons(folded);
    CREATE INDEX event_persons_event ON event_persons(event_id);",
    // 4: the numbered occasion a document is about (`15 dialogue`), which
    // the dedup stage compares when it resumes from the store.
    "ALTER TABLE documents ADD COLUMN occasion TEXT;",
    // 5: the content hash a document's events were coded from (NULL: stored
    // by `ingest`, or its text replaced since, and not coded yet). Documents
    // stored before this version count as coded when they hold events.
    "ALTER TABLE documents ADD COLUMN coded_hash TEXT;
    UPDATE documents SET coded_hash = content_hash WHERE id IN (SELECT doc FROM events);",
    // 6: what the dedup stage looks events up by, so that a run reads only
    // the stored events a new report may join: each mention's block (tier,
    // root, the pair) and key day, and each document's story keys (event
    // kinds, long wordings, numbered occasion) numbered in filing order.
    // Mentions stored before have NULL keys until a writer fills them.
    "ALTER TABLE events ADD COLUMN block TEXT;
    ALTER TABLE events ADD COLUMN key_day INTEGER;
    CREATE INDEX events_block ON events(block, key_day, event_id);
    CREATE TABLE story_keys (
        seq INTEGER NOT NULL,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        key TEXT NOT NULL
    );
    CREATE INDEX story_keys_key ON story_keys(key, seq);
    CREATE INDEX story_keys_seq ON story_keys(seq);
    CREATE INDEX story_keys_doc ON story_keys(doc);",
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
        // The write lock up front; another process may have migrated meanwhile.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now > i as i64 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
