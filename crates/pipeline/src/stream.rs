//! Extraction as a stream: documents flow through bounded queues between
//! three stages running at once, so memory stays flat however large the
//! input, every core codes, and the output keeps the input's order.
//!
//! ```text
//!  reader thread ──batches of records──▶ coder thread ──coded batches──▶ caller's thread
//!  (read, parse)      (queue of 2)       (clean, recognize,  (queue of 2)   (link, store,
//!                                          code: a rayon pool)               print)
//! ```
//!
//! Linking (dedup) and the store stay on the caller's thread because they
//! keep state across documents; they are cheap next to coding.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use attache_ingest::{expand_paths, ReadOptions, Reader, Record, Rejection};
use attache_model::{Document, Event};
use attache_recognize::Recognizer;
use attache_store::StoreError;
use rayon::prelude::*;

use crate::{clean_document, extract_document, Cleaned, Item, Linker};

/// Documents coded together.
const BATCH: usize = 64;
/// Batches waiting between two stages.
const QUEUE: usize = 2;

/// An error of the caller's output, passed through.
pub type OutputError = Box<dyn std::error::Error + Send + Sync>;

/// What hears of each document's linked events.
pub type OnDocument<'a> = dyn FnMut(&Cleaned, &[Event]) -> Result<(), OutputError> + 'a;

/// What can stop an extraction.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot start the worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
    #[error("{0}")]
    Output(OutputError),
    /// A stop was asked for; everything linked before it was handed over
    /// (and, with a store, committed).
    #[error("interrupted")]
    Interrupted,
}

/// One input item, in input order.
enum Raw {
    Document(Box<Document>),
    Rejected(Rejection),
}

/// One item after coding.
enum Coded {
    Document(Box<Cleaned>, Vec<Event>),
    Rejected(Rejection),
}

/// Reads the inputs into batches; stops when the next stage hangs up.
fn read_batches(paths: &[String], options: ReadOptions, out: SyncSender<Vec<Raw>>) {
    let reader = Reader::new(options);
    let mut batch = Vec::with_capacity(BATCH);
    let open = std::cell::Cell::new(true);
    let push = |item: Raw, batch: &mut Vec<Raw>| {
        batch.push(item);
        if batch.len() == BATCH && open.get() {
            open.set(out.send(std::mem::take(batch)).is_ok());
        }
    };
    for input in expand_paths(paths) {
        if !open.get() {
            return;
        }
        match input {
            Err(rejection) => push(Raw::Rejected(rejection), &mut batch),
            Ok(input) => reader.read(&input, &mut |record| match record {
                Record::Document(doc) => push(Raw::Document(Box::new(doc)), &mut batch),
                Record::Rejected(rejection) => push(Raw::Rejected(rejection), &mut batch),
            }),
        }
    }
    if !batch.is_empty() && open.get() {
        let _ = out.send(batch);
    }
}

/// Cleans and codes each batch on the pool, keeping order.
fn code_batches(
    pool: &rayon::ThreadPool,
    recognizer: &Recognizer,
    input: Receiver<Vec<Raw>>,
    out: SyncSender<Vec<Coded>>,
) {
    for batch in input {
        let coded: Vec<Coded> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|raw| match raw {
                    Raw::Rejected(r) => Coded::Rejected(r),
                    Raw::Document(doc) => {
                        let cleaned = clean_document(*doc);
                        let events = extract_document(&cleaned, recognizer);
                        Coded::Document(Box::new(cleaned), events)
                    }
                })
                .collect()
        });
        if out.send(coded).is_err() {
            return;
        }
    }
}

/// Extracts the events of every document named by `paths`, in input order:
/// each document's events are linked by `linker`, then handed to
/// `on_document`; rejections go to `on_rejected`. `threads` workers code
/// (all cores when `None`); with one, everything runs on the caller's
/// thread, one document after another.
pub fn extract_stream(
    paths: &[String],
    options: &ReadOptions,
    recognizer: &Recognizer,
    threads: Option<usize>,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&Rejection),
    on_document: &mut OnDocument<'_>,
) -> Result<(), ExtractError> {
    if threads == Some(1) {
        return extract_in_turn(paths, options, recognizer, linker, on_rejected, on_document);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    let (raw_tx, raw_rx) = sync_channel::<Vec<Raw>>(QUEUE);
    let (coded_tx, coded_rx) = sync_channel::<Vec<Coded>>(QUEUE);
    std::thread::scope(|scope| {
        let options = *options;
        scope.spawn(move || read_batches(paths, options, raw_tx));
        let pool = &pool;
        scope.spawn(move || code_batches(pool, recognizer, raw_rx, coded_tx));
        // Returning early drops `coded_rx`: the stages upstream then stop.
        for batch in coded_rx {
            for item in batch {
                match item {
                    Coded::Rejected(r) => on_rejected(&r),
                    Coded::Document(cleaned, events) => {
                        let events = linker.link(&cleaned, events)?;
                        on_document(&cleaned, &events).map_err(ExtractError::Output)?;
                        if linker.stop_requested() {
                            return Err(ExtractError::Interrupted);
                        }
                    }
                }
            }
        }
        Ok(())
    })
}

/// [`extract_stream`] on one thread: read, code, link, hand over, in turn.
fn extract_in_turn(
    paths: &[String],
    options: &ReadOptions,
    recognizer: &Recognizer,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&Rejection),
    on_document: &mut OnDocument<'_>,
) -> Result<(), ExtractError> {
    let mut failure = None;
    let halted = std::cell::Cell::new(false);
    // After a failure or a stop, the rest is neither cleaned nor coded.
    crate::read_and_clean_until(paths, options, &|| halted.get(), &mut |item| match item {
        Item::Rejected(rejection) => on_rejected(&rejection),
        Item::Cleaned(cleaned) => {
            let events = extract_document(&cleaned, recognizer);
            failure = match linker.link(&cleaned, events) {
                Ok(events) => on_document(&cleaned, &events)
                    .map_err(ExtractError::Output)
                    .err(),
                Err(e) => Some(e.into()),
            };
            if failure.is_none() && linker.stop_requested() {
                failure = Some(ExtractError::Interrupted);
            }
            halted.set(failure.is_some());
        }
    });
    failure.map_or(Ok(()), Err)
}
