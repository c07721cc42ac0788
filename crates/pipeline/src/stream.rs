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
use std::time::{Duration, Instant};

use attache_ingest::{expand_paths, ReadOptions, Reader, Record, Rejection};
use attache_model::{Document, Event};

use attache_store::StoreError;
use rayon::prelude::*;

use crate::{clean_document, extract_document_until, Cleaned, Engine, Linker, OverTime};

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
    /// A document, with the path and line it was read from.
    Document(Box<Document>, String, u64),
    Rejected(Rejection),
}

/// One item after coding.
enum Coded {
    Document(Box<Cleaned>, Vec<Event>),
    Rejected(Rejection),
}

/// Reads the inputs, handing on each document with where it was read;
/// opens no further input once `go_on` says no.
fn read_inputs(
    paths: &[String],
    options: ReadOptions,
    go_on: &dyn Fn() -> bool,
    push: &mut dyn FnMut(Raw),
) {
    let reader = Reader::new(options);
    for input in expand_paths(paths) {
        if !go_on() {
            return;
        }
        match input {
            Err(rejection) => push(Raw::Rejected(rejection)),
            Ok(input) => {
                let name = input.display_name();
                reader.read(&input, &mut |record| match record {
                    Record::Document(doc) => {
                        push(Raw::Document(Box::new(doc), name.clone(), reader.line()))
                    }
                    Record::Rejected(rejection) => push(Raw::Rejected(rejection)),
                })
            }
        }
    }
}

/// Reads the inputs into batches; stops when the next stage hangs up.
fn read_batches(paths: &[String], options: ReadOptions, out: SyncSender<Vec<Raw>>) {
    let mut batch = Vec::with_capacity(BATCH);
    let open = std::cell::Cell::new(true);
    read_inputs(paths, options, &|| open.get(), &mut |item| {
        batch.push(item);
        if batch.len() == BATCH && open.get() {
            open.set(out.send(std::mem::take(&mut batch)).is_ok());
        }
    });
    if !batch.is_empty() && open.get() {
        let _ = out.send(batch);
    }
}

/// Cleans, recognizes and codes one document within `budget`: the time
/// is checked between the stages (and by the coder between its
/// predicates), and a document over it is rejected at its `path:line`.
/// Each stage is linear in the text's length, so the check comes soon.
fn code_raw(raw: Raw, engine: Engine, budget: Option<Duration>) -> Coded {
    let (doc, path, line) = match raw {
        Raw::Rejected(r) => return Coded::Rejected(r),
        Raw::Document(doc, path, line) => (doc, path, line),
    };
    let deadline = budget.and_then(|b| Instant::now().checked_add(b));
    let too_long = |stage: &str| {
        let seconds = budget.unwrap_or_default().as_secs_f64();
        Coded::Rejected(Rejection::new(
            &path,
            line,
            format!("took longer than {seconds} s (--max-doc-seconds), stopped {stage}"),
        ))
    };
    guarded(&path, line, || {
        let cleaned = clean_document(*doc);
        if deadline.is_some_and(|d| Instant::now() > d) {
            return too_long("after cleaning");
        }
        match extract_document_until(&cleaned, engine, deadline) {
            Ok(events) => Coded::Document(Box::new(cleaned), events),
            Err(OverTime::AfterRecognition) => too_long("after recognition"),
            Err(OverTime::WhileCoding) => too_long("while coding"),
        }
    })
}

/// Runs `code` on one document, turning a panic (a bug of attache on some
/// text no test foresaw) into a rejection at the document's `path:line`,
/// so that one document never stops the run: the others are still coded,
/// linked and stored, and the exit code says a document was rejected.
/// The panic's own message and place are printed by Rust's panic hook
/// just before, for the bug report.
///
/// Unwinding out of the coder is safe to resume from: a document's work
/// lives in its own values, dropped on the way out, and what threads
/// share (the lemma caches) only remembers finished lookups.
fn guarded(path: &str, line: u64, code: impl FnOnce() -> Coded) -> Coded {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(code)) {
        Ok(coded) => coded,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".to_string());
            Coded::Rejected(Rejection::new(
                path,
                line,
                format!("attache failed on this document (a bug, please report it: {what}); the other documents were processed"),
            ))
        }
    }
}

/// Cleans and codes each batch on the pool, keeping order.
fn code_batches(
    pool: &rayon::ThreadPool,
    engine: Engine,
    budget: Option<Duration>,
    input: Receiver<Vec<Raw>>,
    out: SyncSender<Vec<Coded>>,
) {
    for batch in input {
        let coded: Vec<Coded> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|raw| code_raw(raw, engine, budget))
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
/// thread, one document after another. A document that takes longer than
/// `budget` to code is rejected (`path:line: took longer than …`) and the
/// rest goes on.
#[allow(clippy::too_many_arguments)]
pub fn extract_stream(
    paths: &[String],
    options: &ReadOptions,
    engine: Engine,
    threads: Option<usize>,
    budget: Option<Duration>,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&Rejection),
    on_document: &mut OnDocument<'_>,
) -> Result<(), ExtractError> {
    if threads == Some(1) {
        let stages = Stages {
            engine,
            budget,
            linker,
        };
        return extract_in_turn(paths, options, stages, on_rejected, on_document);
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
        scope.spawn(move || code_batches(pool, engine, budget, raw_rx, coded_tx));
        // Returning early drops `coded_rx`: the stages upstream then stop.
        for batch in coded_rx {
            for item in batch {
                match item {
                    Coded::Rejected(r) => on_rejected(&r),
                    Coded::Document(cleaned, events) => {
                        let events = linker.link(&cleaned, events)?;
                        on_document(&cleaned, &events).map_err(ExtractError::Output)?;
                        if linker.stop_requested() {
                            linker.stopped()?;
                            return Err(ExtractError::Interrupted);
                        }
                    }
                }
            }
        }
        Ok(())
    })
}

/// What codes and links the documents read one after another.
struct Stages<'a> {
    engine: Engine<'a>,
    budget: Option<Duration>,
    linker: &'a mut dyn Linker,
}

/// [`extract_stream`] on one thread: read, code, link, hand over, in turn.
fn extract_in_turn(
    paths: &[String],
    options: &ReadOptions,
    stages: Stages,
    on_rejected: &mut dyn FnMut(&Rejection),
    on_document: &mut OnDocument<'_>,
) -> Result<(), ExtractError> {
    let mut failure = None;
    let halted = std::cell::Cell::new(false);
    // After a failure or a stop, no further input is opened and the rest
    // of the one being read is neither cleaned nor coded.
    read_inputs(paths, *options, &|| !halted.get(), &mut |raw| {
        if halted.get() && matches!(raw, Raw::Document(..)) {
            return;
        }
        match code_raw(raw, stages.engine, stages.budget) {
            Coded::Rejected(rejection) => on_rejected(&rejection),
            Coded::Document(cleaned, events) => {
                failure = match stages.linker.link(&cleaned, events) {
                    Ok(events) => on_document(&cleaned, &events)
                        .map_err(ExtractError::Output)
                        .err(),
                    Err(e) => Some(e.into()),
                };
                if failure.is_none() && stages.linker.stop_requested() {
                    failure = Some(match stages.linker.stopped() {
                        Ok(()) => ExtractError::Interrupted,
                        Err(e) => e.into(),
                    });
                }
                halted.set(failure.is_some());
            }
        }
    });
    failure.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejection_of(coded: Coded) -> Rejection {
        match coded {
            Coded::Rejected(rejection) => rejection,
            Coded::Document(..) => panic!("a panicking document must come out rejected"),
        }
    }

    #[test]
    fn a_panic_while_coding_is_a_rejection_at_the_documents_line() {
        let rejection = rejection_of(guarded("news.jsonl", 7, || {
            panic!("byte index 12 is out of bounds")
        }));
        assert_eq!((rejection.path.as_str(), rejection.line), ("news.jsonl", 7));
        assert!(!rejection.kept);
        assert!(
            rejection.reason.contains("byte index 12 is out of bounds"),
            "{}",
            rejection.reason
        );
        // A formatted message is a String payload, not a &str one.
        let index = 12;
        let rejection = rejection_of(guarded("news.jsonl", 3, || {
            panic!("index {index} out of range")
        }));
        assert!(
            rejection.reason.contains("index 12 out of range"),
            "{}",
            rejection.reason
        );
    }

    #[test]
    fn a_document_coded_without_panic_passes_through() {
        let coded = guarded("news.jsonl", 1, || {
            Coded::Rejected(Rejection::new("news.jsonl", 1, "took longer than 1 s"))
        });
        let Coded::Rejected(rejection) = coded else {
            unreachable!()
        };
        assert_eq!(rejection.reason, "took longer than 1 s");
    }
}
