//! Linking a document's events into canonical events: in memory for the
//! documents of one run, or against the store, where earlier runs' events
//! are resumed and a document's events are written with it.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};

use attache_dedup::{
    candidate_days, index_key, same_story, Deduper, DocInfo, StoryIndex, StoryKeys,
};
use attache_model::Event;
use attache_store::{Batch, Store, StoreError, StoredMention, Upsert};

use crate::held::{uncovered, Held, RECENT_LIMIT};
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

    /// Whether the run should stop here: a stop was asked for and nothing
    /// linked is left uncommitted.
    fn stop_requested(&self) -> bool {
        false
    }

    /// The run stops here, as [`Linker::stop_requested`] asked: a store
    /// builds what it left to the run's end.
    fn stopped(&mut self) -> Result<(), StoreError> {
        Ok(())
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
    /// Events held past a batch's end at most.
    max_held: usize,
    touched: BTreeSet<String>,
    /// Of those, the events made in the open batch (not stored before it).
    made: HashSet<String>,
    /// The store's data version when the dedup state was last in step with it.
    version: i64,
    /// Whether a batch was opened yet: the first of a load into an empty
    /// store defers the indexes only readers use to the run's end.
    started: bool,
    read: Held,
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
    /// Stored mentions read to link the run's documents: what a run costs
    /// follows its input, not the size of the store.
    pub mentions_read: u64,
}

/// Where stored events made in earlier runs stand before those a run makes:
/// they keep the order of their rows (below this), new ones come after.
const NEW_EVENTS_FROM: u64 = 1 << 62;

/// A deduper that holds no stored event yet: they are read when a report
/// may join them ([`StoreLinker::load_candidates`]).
fn empty_dedup() -> Deduper {
    let mut dedup = Deduper::default();
    dedup.number_new_events_from(NEW_EVENTS_FROM);
    dedup
}

/// The dedup stage's view of a stored mention's document.
fn info_of(m: &StoredMention) -> DocInfo {
    DocInfo {
        id: m.event.doc.clone(),
        outlet: m.outlet.clone().unwrap_or_else(|| m.event.doc.clone()),
        published: m.published.clone(),
        occasion: m.occasion.clone(),
        // Its story keys, the sketch's among them, are stored apart.
        sketch: Vec::new(),
    }
}

/// Events a linker holds in memory between batches at most, whatever
/// its reports asked for (past it, all go: see [`Held`]).
const MAX_HELD_EVENTS: usize = 100_000;

/// The story keys stored in a batch, seen by the dedup stage.
struct StoredStories<'b, 's> {
    batch: &'b Batch<'s>,
    read: &'b mut Held,
}

impl StoredStories<'_, '_> {
    fn filed(&mut self, doc: u64) -> Result<&(String, usize), StoreError> {
        Ok(match self.read.filed.entry(doc) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => new.insert(self.batch.filed_document(doc)?),
        })
    }
}

impl StoryIndex for StoredStories<'_, '_> {
    type Error = StoreError;

    fn recent(&mut self, key: &str, limit: usize) -> Result<Vec<u64>, StoreError> {
        if limit != RECENT_LIMIT {
            return self.batch.recent_with_key(key, limit);
        }
        if !self.read.recent.contains_key(key) {
            let found = self.batch.recent_with_key(key, limit)?;
            self.read.recent.insert(key.to_string(), found);
        }
        Ok(self.read.recent[key].clone())
    }

    fn kinds(&mut self, doc: u64) -> Result<usize, StoreError> {
        Ok(self.filed(doc)?.1)
    }

    fn id(&mut self, doc: u64) -> Result<String, StoreError> {
        Ok(self.filed(doc)?.0.clone())
    }
}

/// Gives the mentions stored before their lookup keys existed (schema 6)
/// their keys, and their documents their story keys: once, in one batch.
fn key_old_mentions(store: &Store) -> Result<(), StoreError> {
    let mut batch = store.batch()?;
    if !batch.has_unkeyed_mentions()? {
        return Ok(());
    }
    for doc in batch.documents_with_mentions()? {
        let mentions = batch.stored_mentions_of_document(&doc)?;
        let Some(first) = mentions.first() else {
            continue;
        };
        let info = info_of(first);
        let events: Vec<Event> = mentions.into_iter().map(|m| m.event).collect();
        for event in &events {
            batch.set_event_key(event, &index_key(event))?;
        }
        batch.put_story_keys(&doc, StoryKeys::of(&info, &events).all())?;
    }
    batch.commit()
}

impl<'s> StoreLinker<'s> {
    /// A linker over `store`; batches of [`DEFAULT_BATCH_DOCUMENTS`].
    pub fn new(store: &'s Store) -> Result<StoreLinker<'s>, StoreError> {
        key_old_mentions(store)?;
        Ok(StoreLinker {
            dedup: empty_dedup(),
            version: store.data_version()?,
            started: false,
            read: Held::default(),
            store,
            batch: None,
            in_batch: 0,
            batch_size: DEFAULT_BATCH_DOCUMENTS,
            max_held: MAX_HELD_EVENTS,
            touched: BTreeSet::new(),
            made: HashSet::new(),
            stop: None,
            inserted: 0,
            replaced: 0,
            unchanged: 0,
            coded: 0,
            committed: 0,
            mentions_read: 0,
        })
    }

    /// Commits every `documents` documents (at least one).
    pub fn with_batch_size(mut self, documents: usize) -> StoreLinker<'s> {
        self.batch_size = documents.max(1);
        self
    }

    /// Holds at most `events` events in memory past a batch's end, whatever
    /// the run's reports asked for (100,000 by default): past it, all are
    /// forgotten, and read again when needed.
    pub fn with_max_held_events(mut self, events: usize) -> StoreLinker<'s> {
        self.max_held = events;
        self
    }

    /// The events held in memory now (read from the store or made).
    pub fn held_events(&self) -> usize {
        self.dedup.clusters().len()
    }

    /// Stops the run at the end of the batch in flight once `flag` is set.
    pub fn with_stop(mut self, flag: &'static AtomicBool) -> StoreLinker<'s> {
        self.stop = Some(flag);
        self
    }

    /// The open batch, opened (taking the write lock) if none is. Another
    /// writer may have committed since this one's last batch: the events
    /// held are then forgotten, to be read anew from the store.
    fn open_batch(&mut self) -> Result<&mut Batch<'s>, StoreError> {
        if self.batch.is_none() {
            let mut batch = self.store.batch()?;
            if !std::mem::replace(&mut self.started, true) {
                batch.defer_serving_indexes()?;
            }
            let version = self.store.data_version()?;
            if version != self.version {
                self.dedup = empty_dedup();
                self.read = Held::default();
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
        let made = std::mem::take(&mut self.made);
        for event_id in std::mem::take(&mut self.touched) {
            match self.dedup.canonical_of(&event_id) {
                Some(event) if made.contains(&event_id) => batch.put_new_canonical(&event)?,
                Some(event) => batch.put_canonical(&event)?,
                None => batch.delete_canonical(&event_id)?,
            }
        }
        batch.commit()?;
        // `self.version` stays the one read under this batch's lock: this
        // connection's own commits leave `data_version` as it was, and
        // reading it again here could take in another writer's commit
        // made since, whose changes the events held would then miss.
        self.committed += std::mem::take(&mut self.in_batch) as u64;
        // What the last reports did not ask for goes (`Held`), and all of
        // it past a bound: read again as reports need it.
        self.read.sweep(&mut self.dedup);
        if self.dedup.clusters().len() > self.max_held {
            self.dedup = empty_dedup();
            self.read = Held::default();
        }
        Ok(())
    }

    /// Commits the last batch, and builds the indexes readers use that
    /// the store lacks (deferred by a load into an empty store, or left
    /// missing by one killed); a run stopped at a batch's end builds them
    /// when it stops ([`Linker::stopped`]).
    pub fn finish(mut self) -> Result<(), StoreError> {
        self.commit_batch()?;
        self.store.build_serving_indexes()
    }

    /// Reads the stored events `ids` that are not held yet, with their mentions.
    fn load_events(&mut self, ids: Vec<String>) -> Result<(), StoreError> {
        let batch = self.batch.as_ref().expect("a batch is open");
        for id in ids {
            if self.dedup.contains(&id) {
                continue;
            }
            let mentions = batch.mentions_of_event(&id)?;
            self.mentions_read += mentions.len() as u64;
            let seq = mentions.first().map_or(0, |(row, _)| *row as u64);
            for (_, m) in mentions {
                self.read.holds_mention(&id, index_key(&m.event).1);
                let info = info_of(&m);
                self.dedup.restore_mention(&info, m.event, seq);
            }
        }
        Ok(())
    }

    /// Reads every stored event a report of `events` may join: those of
    /// its block without a key day, and those near its date (all of its
    /// block when it has no certain date).
    fn load_candidates(&mut self, events: &[Event]) -> Result<(), StoreError> {
        let batch = self.batch.as_ref().expect("a batch is open");
        let mut ids = Vec::new();
        // What was read stays held: new events of the block are made here.
        for event in events {
            let (block, _) = index_key(event);
            let window = candidate_days(event).unwrap_or((i64::MIN, i64::MAX));
            self.read.asked(&block, window.0);
            if self.read.whole_blocks.contains(&block) {
                continue;
            }
            if self.read.undated.insert(block.clone()) {
                ids.extend(batch.events_in_block(&block, None)?);
            }
            if window == (i64::MIN, i64::MAX) {
                self.read.whole_blocks.insert(block.clone());
            }
            let covered = self.read.days.entry(block.clone()).or_default();
            for days in uncovered(covered, window) {
                ids.extend(batch.events_in_block(&block, Some(days))?);
            }
        }
        self.load_events(ids)
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
                    // Its earlier filing leaves the lists it was in.
                    self.read.recent.clear();
                    let batch = self.batch.as_ref().expect("a batch is open");
                    let ids = batch.events_of_document(&doc.id)?;
                    self.load_events(ids)?;
                    self.touched.extend(self.dedup.remove_document(&doc.id));
                    // Gone from the store too, before candidates are read.
                    let batch = self.batch.as_mut().expect("a batch is open");
                    batch.delete_events(&doc.id)?;
                }
                self.load_candidates(&events)?;
                let info = doc_info(cleaned);
                let keys = StoryKeys::of(&info, &events);
                let batch = self.batch.as_mut().expect("a batch is open");
                batch.put_story_keys(&doc.id, std::iter::empty())?;
                let mut stored = StoredStories {
                    batch,
                    read: &mut self.read,
                };
                let story = same_story(&mut stored, &keys)?;
                self.dedup
                    .add_document_with_story(&info, &mut events, story);
                self.touched
                    .extend(events.iter().filter_map(|e| e.event_id.clone()));
                // A report that joined no event made one.
                self.made.extend(
                    events
                        .iter()
                        .filter(|e| e.merge.is_none())
                        .filter_map(|e| e.event_id.clone()),
                );
                let batch = self.batch.as_mut().expect("a batch is open");
                batch.set_occasion(&doc.id, info.occasion.as_deref())?;
                let lookup: Vec<_> = events.iter().map(index_key).collect();
                let rows = batch.put_events(&doc.id, &events, &lookup)?;
                for ((event, (_, day)), row) in events.iter().zip(&lookup).zip(rows) {
                    let event_id = event.event_id.as_deref().unwrap_or_default();
                    self.read.holds_mention(event_id, *day);
                    // An event made here stands where its first stored
                    // report does, as it will if it is let go and read again.
                    if event.merge.is_none() {
                        self.dedup.set_seq(event_id, row as u64);
                    }
                }
                let seq = batch.put_story_keys(&doc.id, keys.all())?;
                self.read.filed_as(&doc.id, seq, &keys);
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

    fn stopped(&mut self) -> Result<(), StoreError> {
        self.store.build_serving_indexes()
    }
}
