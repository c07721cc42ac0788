//! What the annual review reads besides the events of `attache events`:
//! the documents behind them, which events only receptions' derived visits
//! state, and the events of a country whose year is unknown.

use std::collections::{HashMap, HashSet};

use attache_model::CanonicalEvent;
use rusqlite::{params, OptionalExtension};

use crate::canonical::decode;
use crate::{Result, Store};

/// What the review says of a document: where it was published and when.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentBrief {
    pub url: Option<String>,
    /// The outlet (`source`).
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
}

impl Store {
    /// Lets this connection read the database file through a memory map of
    /// up to `bytes` (SQLite's `mmap_size`): a reader that goes over many
    /// pages, as the review does, then spends less time copying them.
    pub fn map_for_reading(&self, bytes: u64) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA mmap_size = {bytes}"), [], |_| Ok(()))
            .optional()?;
        Ok(())
    }

    /// The brief of each of `ids` that is stored.
    pub fn document_briefs<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashMap<String, DocumentBrief>> {
        let mut stmt = self
            .conn
            .prepare("SELECT url, source, title, published FROM documents WHERE id = ?1")?;
        let mut briefs = HashMap::new();
        for id in ids {
            if briefs.contains_key(id) {
                continue;
            }
            let brief = stmt
                .query_row([id], |r| {
                    Ok(DocumentBrief {
                        url: r.get(0)?,
                        outlet: r.get(1)?,
                        title: r.get(2)?,
                        published: r.get(3)?,
                    })
                })
                .optional()?;
            if let Some(brief) = brief {
                briefs.insert(id.to_string(), brief);
            }
        }
        Ok(briefs)
    }

    /// The text of document `id`, as stored.
    pub fn document_text(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare("SELECT text FROM documents WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?)
    }

    /// Those of `event_ids` that have mentions, every one of them a visit
    /// the coder derived from a reception (`A a reçu B` also says B visited
    /// A): the reception is the event, the derived visit its other face.
    pub fn derived_only<'a>(
        &self,
        event_ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare(
            // The serialized mention holds `"derived":true` only when it is
            // derived (serde skips `false`): cheaper than parsing the JSON.
            "SELECT count(*), coalesce(sum(instr(json, '\"derived\":true') > 0), 0)
             FROM events WHERE event_id = ?1",
        )?;
        let mut derived = HashSet::new();
        for id in event_ids {
            let (mentions, derived_mentions): (i64, i64) =
                stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            if mentions > 0 && derived_mentions == mentions {
                derived.insert(id.to_string());
            }
        }
        Ok(derived)
    }

    /// Canonical events of `party` (either side) whose year is unknown or
    /// that have no date, and whose representative document was published
    /// between `from` and `to` (`YYYY-MM-DD`; a publication date of a month
    /// or a year counts from its first day).
    pub fn undated_events_published(
        &self,
        party: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<CanonicalEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.json FROM canonical_events c
             JOIN documents d ON d.id = json_extract(c.json, '$.doc')
             WHERE (c.source_party = ?1 OR c.target_party = ?1) AND c.date_first IS NULL
               AND substr(d.published || '-01-01', 1, 10) BETWEEN ?2 AND ?3
             ORDER BY c.event_id",
        )?;
        let rows = stmt.query_map(params![party, from, to], |r| {
            decode::<CanonicalEvent>(&r.get::<_, String>(0)?, 0)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many canonical events of `party` (either side) have no known
    /// year and a representative document without a publication date:
    /// events no period can claim.
    pub fn undated_unpublished_count(&self, party: &str) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM canonical_events c
             JOIN documents d ON d.id = json_extract(c.json, '$.doc')
             WHERE (c.source_party = ?1 OR c.target_party = ?1) AND c.date_first IS NULL
               AND d.published IS NULL",
            [party],
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }
}
