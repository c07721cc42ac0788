//! Linking a document's events into canonical events: in memory for the
//! documents of one run, or against the store, where earlier runs' events
//! are resumed and a document's events are written with it.

use std::collections::BTreeSet;

use attache_dedup::{Deduper, DocInfo};
use attache_model::Event;
use attache_store::{Batch, Store, StoreError, Upsert};

use crate::Cleaned;

/// What the dedup stage needs of a document: its outlet, publication date
/// and the numbered occasion its kept text names first.
pub fn doc_info(cleaned: &Cleaned) -> DocInfo {
    let doc = &cleaned.doc;
    DocInfo {
        id: doc.id.clone(),
        outlet: doc.source.clone().unwrap_or_else(|| doc.id.clone()),
        published: doc.published.clone(),
        occasion: cleaned.occasion.clone(),
        sketch: attache_dedup::text_sketch(&cleaned.clean.text),
    }
}

/// Gives a document's events their `event_id`s.
pub trait Linker {
    /// Links `events` (coded from `cleaned`) and returns them as they now
    /// stand; a store may return what it already held for the same text.
    fn link(&mut self, cleaned: &Cleaned, events: Vec<Event>) -> Result<Vec<Event>, StoreError>;
}

/// Links the documents of one run among themselves, within a window of
/// documents so that memory stays flat over any input.
#[derive(Debug)]
pub struct MemoryLinker {
    pub dedup: Deduper,
}

/// Documents within which reports of one event are merged in memory.
pub const DEFAULT_DEDUP_WINDOW: usize = 2_000;

impl MemoryLinker {
    /// A linker that merges reports up to `documents` documents apart.
    pub fn with_window(documents: usize) -> MemoryLinker {
        MemoryLinker {
            dedup: Deduper::with_window(documents),
        }
    }
}

impl Default for MemoryLinker {
    fn default() -> MemoryLinker {
        MemoryLinker::with_window(DEFAULT_DEDUP_WINDOW)
    }
}

impl Linker for MemoryLinker {
    fn link(
        &mut self,
        cleaned: &Cleaned,
        mut events: Vec<Event>,
    ) -> Result<Vec<Event>, StoreError> {
        self.dedup.add_document(&doc_info(cleaned), &mut events);
        Ok(events)
    }
}

/// Links against the events already stored and writes documents, mentions
/// and the canonical events they change, all in one transaction.
pub struct StoreLinker<'s> {
    dedup: Deduper,
    batch: Batch<'s>,
    touched: BTreeSet<String>,
    /// How each document write went.
    pub inserted: u64,
    pub replaced: u64,
    pub unchanged: u64,
}

impl<'s> StoreLinker<'s> {
    /// Resumes the store's events, then opens the run's transaction.
    pub fn new(store: &'s mut Store) -> Result<StoreLinker<'s>, StoreError> {
        let mut dedup = Deduper::default();
        let mut pending: Vec<Event> = Vec::new();
        let mut info: Option<DocInfo> = None;
        let flush = |info: &Option<DocInfo>, pending: &mut Vec<Event>, dedup: &mut Deduper| {
            if let Some(info) = info {
                dedup.restore_document(info, pending);
            }
            pending.clear();
        };
        store.for_each_mention(&mut |m| {
            if info.as_ref().is_none_or(|i| i.id != m.event.doc) {
                flush(&info, &mut pending, &mut dedup);
                info = Some(DocInfo {
                    id: m.event.doc.clone(),
                    outlet: m.outlet.clone().unwrap_or_else(|| m.event.doc.clone()),
                    published: m.published.clone(),
                    occasion: m.occasion.clone(),
                    // Not stored: resumed documents are told apart as before.
                    sketch: Vec::new(),
                });
            }
            pending.push(m.event);
        })?;
        flush(&info, &mut pending, &mut dedup);
        Ok(StoreLinker {
            dedup,
            batch: store.batch()?,
            touched: BTreeSet::new(),
            inserted: 0,
            replaced: 0,
            unchanged: 0,
        })
    }

    /// Writes the canonical events the run changed and commits.
    pub fn finish(mut self) -> Result<(), StoreError> {
        for event_id in &self.touched {
            match self.dedup.canonical_of(event_id) {
                Some(event) => self.batch.put_canonical(&event)?,
                None => self.batch.delete_canonical(event_id)?,
            }
        }
        self.batch.commit()
    }
}

impl Linker for StoreLinker<'_> {
    fn link(
        &mut self,
        cleaned: &Cleaned,
        mut events: Vec<Event>,
    ) -> Result<Vec<Event>, StoreError> {
        let doc = &cleaned.doc;
        match self.batch.put_document(doc, &cleaned.clean)? {
            // The same text: its events stand as stored.
            Upsert::Unchanged => {
                self.unchanged += 1;
                return self.batch.mentions_of_document(&doc.id);
            }
            Upsert::Replaced => {
                self.replaced += 1;
                self.touched.extend(self.dedup.remove_document(&doc.id));
            }
            Upsert::Inserted => self.inserted += 1,
        }
        let info = doc_info(cleaned);
        self.batch.set_occasion(&doc.id, info.occasion.as_deref())?;
        self.dedup.add_document(&info, &mut events);
        self.touched
            .extend(events.iter().filter_map(|e| e.event_id.clone()));
        self.batch.put_events(&doc.id, &events)?;
        Ok(events)
    }
}
