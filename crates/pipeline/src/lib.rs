//! The pipeline: the one place that knows the order of the stages.
//!
//! [`read_and_clean`] streams documents from the inputs through the cleaner,
//! one at a time (memory stays bounded by the largest document), calling back
//! with each cleaned document or rejection. [`ingest`] does the same into a
//! [`Store`], one transaction per batch, and returns the run's [`Summary`].
//!
//! ```
//! use attache_pipeline::{read_and_clean, Item};
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::write(dir.path().join("a.txt"), "Le ministre a reçu l'ambassadeur.\nPhoto : VNA").unwrap();
//! let mut texts = vec![];
//! read_and_clean(&[dir.path().display().to_string()], &Default::default(), &mut |item| {
//!     if let Item::Cleaned(c) = item { texts.push(c.clean.text) }
//! });
//! assert_eq!(texts, ["Le ministre a reçu l'ambassadeur.\n"]);
//! ```

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use attache_ingest::{expand_paths, ReadOptions, Reader, Record, Rejection};
use attache_model::{CleanResult, Document, Normalized};
use attache_store::{Store, StoreError, Upsert};

mod held;
mod link;
mod relink;
mod sort;
mod stream;
pub use attache_code::Coder;
pub use link::{
    doc_info, Linker, MemoryLinker, StoreLinker, DEFAULT_BATCH_DOCUMENTS, DEFAULT_DEDUP_WINDOW,
};
pub use relink::{write_unlinked, LinkInfo, Relinker, Unlinked};
pub use sort::LineSorter;
pub use stream::{extract_stream, ExtractError, OutputError};

/// A document with its cleaning.
#[derive(Debug, Clone)]
pub struct Cleaned {
    /// The document as read: every span the pipeline gives out points into its text.
    pub doc: Document,
    /// Its cleaning, in code points of `doc.text`.
    pub clean: CleanResult,
    /// The numbered occasion the kept text names first (`15 dialogue`),
    /// which the dedup stage compares: found here, where documents are
    /// cleaned in parallel, rather than on the one thread that links them.
    pub occasion: Option<String>,
    /// When `doc.text` is not NFC or opens with a byte-order mark: the text
    /// the stages read instead, its cleaning and the map back.
    normalized: Option<Box<NormalizedReading>>,
}

/// A document's text normalized for the stages, with the way back.
#[derive(Debug, Clone)]
struct NormalizedReading {
    doc: Document,
    clean: CleanResult,
    map: Normalized,
}

impl Cleaned {
    /// The document and cleaning that recognition and coding read: the NFC
    /// text without a byte-order mark (the document itself when it is one).
    pub fn reading(&self) -> (&Document, &CleanResult) {
        match &self.normalized {
            Some(n) => (&n.doc, &n.clean),
            None => (&self.doc, &self.clean),
        }
    }
}

pub enum Item {
    Cleaned(Box<Cleaned>),
    Rejected(Rejection),
}

/// Cleans `doc`, reading its text in NFC (see [`attache_model::normalize`])
/// with every span mapped back to the text as given.
pub fn clean_document(doc: Document) -> Cleaned {
    let Some(map) = attache_model::normalize(&doc.text) else {
        let clean = attache_clean::clean(&doc.text, &doc.lang);
        let occasion = first_occasion(&clean);
        return Cleaned {
            doc,
            clean,
            occasion,
            normalized: None,
        };
    };
    let read = Document {
        text: map.text.clone(),
        ..doc.clone()
    };
    let read_clean = attache_clean::clean(&read.text, &read.lang);
    Cleaned {
        clean: map.clean_to_original(&read_clean, &doc.text),
        occasion: first_occasion(&read_clean),
        doc,
        normalized: Some(Box::new(NormalizedReading {
            doc: read,
            clean: read_clean,
            map,
        })),
    }
}

fn first_occasion(clean: &CleanResult) -> Option<String> {
    attache_code::first_occasion(&clean.text).map(|o| o.to_string())
}

/// The actor mentions of a cleaned document.
pub fn recognize_document(cleaned: &Cleaned) -> Vec<attache_model::Mention> {
    recognize_with(cleaned, &attache_recognize::Recognizer::bundled())
}

/// The actor mentions `recognizer` finds in a cleaned document, with spans
/// and texts in the original.
pub fn recognize_with(
    cleaned: &Cleaned,
    recognizer: &attache_recognize::Recognizer,
) -> Vec<attache_model::Mention> {
    let (doc, clean) = cleaned.reading();
    let mut mentions = recognizer.recognize(doc, clean);
    if let Some(n) = &cleaned.normalized {
        for m in &mut mentions {
            n.map.mention_to_original(m, &cleaned.doc.text);
        }
    }
    mentions
}

/// What recognition and coding read: the gazetteer (through the
/// recognizer) and the coder's predicates and discards — the bundled ones,
/// or with a user's dictionaries.
#[derive(Clone, Copy)]
pub struct Engine<'a> {
    pub recognizer: &'a attache_recognize::Recognizer<'a>,
    pub coder: &'a attache_code::Coder,
}

impl<'a> Engine<'a> {
    /// `recognizer` with the bundled coder.
    pub fn with_recognizer(recognizer: &'a attache_recognize::Recognizer<'a>) -> Engine<'a> {
        Engine {
            recognizer,
            coder: attache_code::Coder::bundled(),
        }
    }
}

/// The events of a cleaned document, with the mentions they come from;
/// spans and evidence in the original.
pub fn extract_document(
    cleaned: &Cleaned,
    recognizer: &attache_recognize::Recognizer,
) -> Vec<attache_model::Event> {
    extract_document_until(cleaned, Engine::with_recognizer(recognizer), None).unwrap_or_default()
}

/// Where [`extract_document_until`] ran out of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverTime {
    AfterRecognition,
    WhileCoding,
}

/// [`extract_document`] before `deadline`: the time is checked after
/// recognition and by the coder between its predicates (each stage is
/// linear in the text's length, so the check comes soon).
pub fn extract_document_until(
    cleaned: &Cleaned,
    engine: Engine,
    deadline: Option<std::time::Instant>,
) -> Result<Vec<attache_model::Event>, OverTime> {
    let over = || deadline.is_some_and(|d| std::time::Instant::now() > d);
    let (doc, clean) = cleaned.reading();
    // Segmented once, for both stages.
    let text = attache_segment::CleanText::new(&clean.text);
    let mentions = engine.recognizer.recognize_segmented(doc, clean, &text);
    if over() {
        return Err(OverTime::AfterRecognition);
    }
    let coded = engine
        .coder
        .code_segmented_until(doc, clean, &text, &mentions, deadline);
    let mut events = match coded {
        Some(events) if !over() => events,
        _ => return Err(OverTime::WhileCoding),
    };
    if let Some(n) = &cleaned.normalized {
        for e in &mut events {
            n.map.event_to_original(e, &cleaned.doc.text);
        }
    }
    Ok(events)
}

/// Reads every input named by `paths` and cleans each document, in input order.
pub fn read_and_clean(paths: &[String], options: &ReadOptions, on_item: &mut dyn FnMut(Item)) {
    read_and_clean_until(paths, options, &|| false, on_item);
}

/// [`read_and_clean`] until `stop` says so: what is read after that is
/// neither cleaned nor handed over, and no further input is opened.
pub fn read_and_clean_until(
    paths: &[String],
    options: &ReadOptions,
    stop: &dyn Fn() -> bool,
    on_item: &mut dyn FnMut(Item),
) {
    let reader = Reader::new(*options);
    for input in expand_paths(paths) {
        if stop() {
            return;
        }
        match input {
            Err(rejection) => on_item(Item::Rejected(rejection)),
            Ok(input) => reader.read(&input, &mut |record| match record {
                _ if stop() => {}
                Record::Document(doc) => on_item(Item::Cleaned(Box::new(clean_document(doc)))),
                Record::Rejected(rejection) => on_item(Item::Rejected(rejection)),
            }),
        }
    }
}

/// Counts of one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub documents: u64,
    pub bytes: u64,
    pub rejected: u64,
    /// Documents kept with a notice (an unsupported language, a
    /// publication date that is not one).
    pub notices: u64,
    pub inserted: u64,
    pub replaced: u64,
    pub unchanged: u64,
    pub elapsed: Duration,
    /// The run stopped when asked to, after its last committed batch.
    pub interrupted: bool,
}

impl Summary {
    pub fn megabytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        self.bytes as f64 / 1e6 / secs
    }

    fn count(&mut self, upsert: Upsert) {
        match upsert {
            Upsert::Inserted => self.inserted += 1,
            Upsert::Replaced => self.replaced += 1,
            Upsert::Unchanged | Upsert::Uncoded => self.unchanged += 1,
        }
    }
}

/// Reads, cleans and stores, committing every `batch_size` documents;
/// `on_rejected` hears of each rejection, `on_progress` of the running
/// counts after each document. Once `stop` is set, the run ends after the
/// batch in flight (`Summary::interrupted`). Fails only when the store does.
pub fn ingest(
    paths: &[String],
    options: &ReadOptions,
    store: &mut Store,
    (batch_size, stop): (usize, &AtomicBool),
    on_rejected: &mut dyn FnMut(&Rejection),
    on_progress: &mut dyn FnMut(&Summary),
) -> Result<Summary, StoreError> {
    let started = Instant::now();
    let batch_size = batch_size.max(1);
    let mut summary = Summary::default();
    let mut pending: Vec<Cleaned> = Vec::with_capacity(batch_size);
    let mut failure: Option<StoreError> = None;
    let halted = Cell::new(false);
    read_and_clean_until(paths, options, &|| halted.get(), &mut |item| {
        if failure.is_some() {
            return;
        }
        match item {
            Item::Rejected(rejection) => {
                match rejection.kept {
                    true => summary.notices += 1,
                    false => summary.rejected += 1,
                }
                on_rejected(&rejection);
            }
            Item::Cleaned(cleaned) => {
                summary.documents += 1;
                summary.bytes += cleaned.doc.text.len() as u64;
                pending.push(*cleaned);
                if pending.len() >= batch_size {
                    failure = write_batch(store, &mut pending, &mut summary).err();
                    halted.set(failure.is_some() || stop.load(Ordering::Relaxed));
                }
            }
        }
        summary.elapsed = started.elapsed();
        on_progress(&summary);
    });
    if let Some(err) = failure {
        return Err(err);
    }
    write_batch(store, &mut pending, &mut summary)?;
    summary.elapsed = started.elapsed();
    summary.interrupted = halted.get();
    Ok(summary)
}

fn write_batch(
    store: &mut Store,
    pending: &mut Vec<Cleaned>,
    summary: &mut Summary,
) -> Result<(), StoreError> {
    let mut batch = store.batch()?;
    let mut results = Vec::with_capacity(pending.len());
    for cleaned in pending.iter() {
        results.push(batch.put_document(&cleaned.doc, &cleaned.clean)?);
    }
    batch.commit()?;
    // Counted only once the transaction holds.
    results.into_iter().for_each(|r| summary.count(r));
    pending.clear();
    Ok(())
}
