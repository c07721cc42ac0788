//! What the store's tests build documents and mentions from.

use attache_model::{Actor, CleanResult, Document, Event, Lang, Tier};

use crate::Store;

/// A French document `id` with no metadata.
pub(crate) fn document(id: &str) -> Document {
    Document {
        id: id.into(),
        url: None,
        source: None,
        lang: Lang::Fr,
        title: None,
        published: None,
        text: format!("texte {id}"),
    }
}

/// A cleaning that kept nothing (the store does not read it).
pub(crate) fn no_cleaning() -> CleanResult {
    CleanResult {
        kept: vec![],
        removed: vec![],
        repairs: vec![],
        text: String::new(),
    }
}

/// A mention of event `event_id` in `doc` whose evidence is `evidence`.
pub(crate) fn mention(doc: &str, evidence: &str, event_id: &str) -> Event {
    let mut e = Event::new(
        doc,
        Tier::Activity,
        "042",
        Actor::default(),
        Actor::default(),
        evidence,
    );
    e.event_id = Some(event_id.into());
    e
}

/// The mentions whose evidence holds `word`, after FTS5's own check that
/// its index and the table agree (a panic if not).
pub(crate) fn found(store: &Store, word: &str) -> i64 {
    store
        .conn
        .execute(
            "INSERT INTO evidence_fts(evidence_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .expect("the full-text index agrees with the table");
    store
        .conn
        .query_row(
            "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?1",
            [word],
            |r| r.get(0),
        )
        .unwrap()
}
