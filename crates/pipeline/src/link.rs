//! Linking a document's events into canonical events: in memory for the
//! documents of one run, or against the store, where earlier runs' events
//! are resumed and a document's events are written with it.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

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
    }
}

/// Gives a document's events their `event_id`s.
pub trait Linker {
    /// Links `events` (coded from `cleaned`) and returns them as they now
    /// stand; a store may return what it already held for the same text.
    fn link(&mut self, cleaned: &Cleaned, events: Vec<Event>) -> Result<Vec<Event>, StoreError>;

    /// Whether the run should stop here: a stop was asked for and nothing
    /// linked is left uncommitted.
    fn stop_requested(&self) -> bool {
        false
    }
}

/// Links the documents of one run among themselves, within a window of
/// documents so that memory stays flat over any input.
#[derive(Debug)]
pub struct MemoryLinker {
    pub dedup: Deduper,
    /// Stops the run after the document in hand once set.
    pub stop: Option<&'static AtomicBool>,
}

/// Documents within which reports of one event are merged in memory.
pub const DEFAULT_DEDUP_WINDOW: usize = 2_000;

impl MemoryLinker {
    /// A linker that merges reports up to `documents` documents apart.
    pub fn with_window(documents: usize) -> MemoryLinker {
        MemoryLinker {
            dedup: Deduper::with_window(documents),
            stop: None,
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

    fn stop_requested(&self) -> bool {
        self.stop.is_some_and(|f| f.load(Ordering::Relaxed))
    }
}

/// Documents a store batch commits together, with their mentions and the
/// canonical events they change.
pub const DEFAULT_BATCH_DOCUMENTS: usize = 256;

/// Links against the events already stored and writes documents, mentions
/// and the canonical events they change, one transaction per batch of
/// documents: a run stopped or killed keeps every batch it committed, and
/// the next run codes what is left.
pub struct StoreLinker<'s> {
    store: &'s Store,
    dedup: Deduper,
    batch: Option<Batch<'s>>,
    /// Documents in the open batch, and per batch.
    in_batch: usize,
    batch_size: usize,
    touched: BTreeSet<String>,
    /// The store's data version when the dedup state was last in step with it.
    version: i64,
    stop: Option<&'static AtomicBool>,
    /// How each document write went.
    pub inserted: u64,
    pub replaced: u64,
    pub unchanged: u64,
    /// Documents stored before but not coded (by `ingest`, or a run stopped
    /// before committing their batch), coded now.
    pub coded: u64,
    /// Documents whose batch is committed.
    pub committed: u64,
}

/// The dedup state of every mention stored.
fn resume(store: &Store) -> Result<Deduper, StoreError> {
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
            });
        }
        pending.push(m.event);
    })?;
    flush(&info, &mut pending, &mut dedup);
    Ok(dedup)
}

impl<'s> StoreLinker<'s> {
    /// Resumes the store's events; batches of [`DEFAULT_BATCH_DOCUMENTS`].
    pub fn new(store: &'s Store) -> Result<StoreLinker<'s>, StoreError> {
        Ok(StoreLinker {
            dedup: resume(store)?,
            version: store.data_version()?,
            store,
            batch: None,
            in_batch: 0,
            batch_size: DEFAULT_BATCH_DOCUMENTS,
            touched: BTreeSet::new(),
            stop: None,
            inserted: 0,
            replaced: 0,
            unchanged: 0,
            coded: 0,
            committed: 0,
        })
    }

    /// Commits every `documents` documents (at least one).
    pub fn with_batch_size(mut self, documents: usize) -> StoreLinker<'s> {
        self.batch_size = documents.max(1);
        self
    }

    /// Stops the run at the end of the batch in flight once `flag` is set.
    pub fn with_stop(mut self, flag: &'static AtomicBool) -> StoreLinker<'s> {
        self.stop = Some(flag);
        self
    }

    /// The open batch, opened (taking the write lock) if none is. Another
    /// writer may have committed since this one's last batch: the dedup
    /// state is then resumed anew from the store.
    fn open_batch(&mut self) -> Result<&mut Batch<'s>, StoreError> {
        if self.batch.is_none() {
            let batch = self.store.batch()?;
            let version = self.store.data_version()?;
            if version != self.version {
                self.dedup = resume(self.store)?;
                self.version = version;
            }
            self.batch = Some(batch);
        }
        Ok(self.batch.as_mut().expect("just opened"))
    }

    /// Writes the canonical events the batch changed and commits it.
    fn commit_batch(&mut self) -> Result<(), StoreError> {
        let Some(mut batch) = self.batch.take() else {
            return Ok(());
        };
        for event_id in std::mem::take(&mut self.touched) {
            match self.dedup.canonical_of(&event_id) {
                Some(event) => batch.put_canonical(&event)?,
                None => batch.delete_canonical(&event_id)?,
            }
        }
        batch.commit()?;
        self.version = self.store.data_version()?;
        self.committed += std::mem::take(&mut self.in_batch) as u64;
        Ok(())
    }

    /// Commits the last batch.
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.commit_batch()
    }

    /// Counts how a document write went.
    fn count(&mut self, upsert: Upsert) {
        match upsert {
            Upsert::Inserted => self.inserted += 1,
            Upsert::Replaced => self.replaced += 1,
            Upsert::Unchanged => self.unchanged += 1,
            Upsert::Uncoded => self.coded += 1,
        }
    }
}

impl Linker for StoreLinker<'_> {
    fn link(
        &mut self,
        cleaned: &Cleaned,
        mut events: Vec<Event>,
    ) -> Result<Vec<Event>, StoreError> {
        let doc = &cleaned.doc;
        let upsert = self.open_batch()?.put_coded_document(doc, &cleaned.clean)?;
        self.count(upsert);
        self.in_batch += 1;
        let events = match upsert {
            // The same text: its events stand as stored.
            Upsert::Unchanged => self.open_batch()?.mentions_of_document(&doc.id)?,
            _ => {
                // Mentions of an earlier text may be stored under its id.
                if upsert != Upsert::Inserted {
                    self.touched.extend(self.dedup.remove_document(&doc.id));
                }
                let info = doc_info(cleaned);
                self.dedup.add_document(&info, &mut events);
                self.touched
                    .extend(events.iter().filter_map(|e| e.event_id.clone()));
                let batch = self.open_batch()?;
                batch.set_occasion(&doc.id, info.occasion.as_deref())?;
                batch.put_events(&doc.id, &events)?;
                events
            }
        };
        if self.in_batch >= self.batch_size {
            self.commit_batch()?;
        }
        Ok(events)
    }

    fn stop_requested(&self) -> bool {
        self.batch.is_none() && self.stop.is_some_and(|f| f.load(Ordering::Relaxed))
    }
}
