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
    // 7: full-text search over each mention's evidence (`attache serve`'s
    // `q`). An FTS5 index with the events table as its external content,
    // through a generated column, so the text is not stored twice and the
    // index can be rebuilt (`INSERT INTO evidence_fts(evidence_fts)
    // VALUES('rebuild')`) should a VACUUM renumber the rows. Triggers keep
    // it in step with every write; mentions already stored are indexed now.
    // `remove_diacritics 2`: `hanoi` finds `Hanoï`, as names are compared.
    // And the order `attache serve` lists events in (newest first, undated
    // last), alone, after either party, and after the pair, so that a page
    // of them is read from an index, not sorted; the party indexes also
    // cover what timelines and partner counts read (no row is visited).
    "ALTER TABLE events ADD COLUMN evidence TEXT
        GENERATED ALWAYS AS (json_extract(json, '$.evidence')) VIRTUAL;
    CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence, content='events',
        content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');
    CREATE TRIGGER evidence_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO evidence_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
    END;
    CREATE TRIGGER evidence_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
    END;
    CREATE INDEX canonical_recent ON canonical_events(ifnull(date_first, ''), event_id);
    CREATE INDEX canonical_source_recent ON canonical_events(source_party, ifnull(date_first, ''),
        event_id, date_last, date_first, cameo, tier, target_party);
    CREATE INDEX canonical_target_recent ON canonical_events(target_party, ifnull(date_first, ''),
        event_id, date_last, date_first, cameo, tier, source_party);
    CREATE INDEX canonical_pair_recent ON canonical_events(source_party, target_party,
        ifnull(date_first, ''), event_id, date_last, date_first, cameo, tier);
    CREATE TRIGGER evidence_fts_update AFTER UPDATE OF json ON events BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);
        INSERT INTO evidence_fts(rowid, evidence) VALUES (new.rowid, new.evidence);
    END;",
    // 8: the indexes of mentions by date, code and pair go: every query
    // of mentions goes by document, event, lookup key or row (queries by
    // date, code and pair read `canonical_events`), and each index cost
    // every mention written a B-tree insert.
    "DROP INDEX events_date;
    DROP INDEX events_cameo;
    DROP INDEX events_dyad;",
    // 9: the full-text index is filled once per batch, by one statement
    // over the rows the batch inserted (`Batch::commit`), not by a trigger
    // per row: FTS5 writes what it holds as a new segment at the end of
    // every statement that touches it, so the trigger made a segment per
    // document, each merged later. Every committed row is still indexed;
    // the delete and update triggers stay (a row is indexed before it can
    // be deleted: see `Batch::delete_events`).
    "DROP TRIGGER evidence_fts_insert;",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EventFilter, Store};

    /// A database at schema version `version`, as an older attache left it.
    fn at_version(version: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        for (i, sql) in MIGRATIONS.iter().enumerate().take(version) {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
        }
        conn
    }

    const EVENT_JSON: &str = r#"{"doc":"d","tier":"activity","cameo":"042","source":{"country":"VNM"},
        "target":{"country":"LAO"},"evidence":"a effectué une visite à Hanoï","event_id":"ev-1"}"#;

    fn insert_mention(conn: &Connection, id: &str) {
        conn.execute(
            "INSERT OR IGNORE INTO documents (id, lang, text, content_hash, clean_json) VALUES ('d', 'fr', 't', 'h', '{}')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO events (id, doc, event_id, tier, cameo, json) VALUES (?1, 'd', 'ev-1', 'activity', '042', ?2)",
            [id, EVENT_JSON],
        )
        .unwrap();
    }

    fn found(conn: &Connection, words: &str) -> i64 {
        let query = crate::search::fts_query(words).unwrap();
        conn.query_row(
            "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?1",
            [query],
            |r| r.get(0),
        )
        .unwrap()
    }

    #[test]
    fn an_older_store_gets_its_evidence_indexed() {
        let mut conn = at_version(6);
        insert_mention(&conn, "m1");
        migrate(&mut conn).unwrap();
        assert_eq!(found(&conn, "visite hanoi"), 1);
        // Later writes are indexed (by the batch that makes them, at its
        // end: `fts`), deletions leave the index.
        insert_mention(&conn, "m2");
        crate::fts::index_from(&conn, conn.last_insert_rowid()).unwrap();
        assert_eq!(found(&conn, "VISITE"), 2);
        conn.execute("DELETE FROM events WHERE id = 'm1'", [])
            .unwrap();
        assert_eq!(found(&conn, "visite"), 1);
        conn.execute("DELETE FROM documents", []).unwrap();
        assert_eq!(found(&conn, "visite"), 0);
    }

    #[test]
    fn the_text_filter_finds_events_by_their_evidence() {
        let store = Store::open_in_memory().unwrap();
        insert_mention(&store.conn, "m1");
        crate::fts::index_from(&store.conn, 1).unwrap();
        store
            .conn
            .execute(
                "INSERT INTO canonical_events (event_id, tier, cameo, mentions, sources, confidence, json)
                 SELECT 'ev-1', 'activity', '042', 1, 1, 0.5, json_object('x', 1)",
                [],
            )
            .unwrap();
        let ids = |text: &str| -> i64 {
            let filter = EventFilter {
                text: Some(text.into()),
                ..EventFilter::default()
            };
            let (condition, values) = filter.condition();
            store
                .conn
                .query_row(
                    &format!("SELECT count(*) FROM canonical_events c WHERE {condition}"),
                    rusqlite::params_from_iter(values),
                    |r| r.get(0),
                )
                .unwrap()
        };
        assert_eq!(ids("Visite HANOI"), 1);
        assert_eq!(ids("visite vientiane"), 0);
        assert_eq!(ids("\"( *"), 1, "no word: no text filter");
    }
}
