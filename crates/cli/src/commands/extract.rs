//! `attache extract`: events as JSON lines (EVENTS.md §2 plus ids, evidence
//! offsets, confidence and the date's resolution), optionally stored.

use std::io::Write;
use std::path::PathBuf;

use attache_model::Event;
use attache_pipeline::{
    extract_stream, write_unlinked, Cleaned, Engine, ExtractError, Linker, MemoryLinker,
    StoreLinker, DEFAULT_DEDUP_WINDOW,
};
use attache_recognize::Recognizer;

use super::dictionaries::DictArgs;
use super::{open_for_writing, say_interrupted, InputArgs, WriteArgs};
use crate::progress::{self, Progress};
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Also store documents and events in this SQLite database.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Worker threads (default: all cores; at most 4 per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Without `--db`: reports of one event are merged when they lie within
    /// this many documents of each other in the input (memory stays flat).
    /// `0` merges only within each document. With `--db`, every stored
    /// event is a candidate.
    #[arg(long, default_value_t = DEFAULT_DEDUP_WINDOW)]
    dedup_window: usize,
    /// Code each document apart, for a distributed run (a filter over
    /// `-`): one JSON line per document, `{"document": …, "events": […]}`,
    /// with what linking needs of it (outlet, date, occasion, text sketch),
    /// in input order (flushed document by document when reading `-`).
    /// Left out: reports of
    /// one event in different documents do not share an `event_id` and
    /// carry no `merge` (within a document they do, as with
    /// `--dedup-window 0`); `attache link` over these lines gives them.
    #[arg(long, conflicts_with = "db")]
    no_link: bool,
    #[command(flatten)]
    dictionaries: DictArgs,
    #[command(flatten)]
    write: WriteArgs,
    /// Time budget of one document, in seconds: a document that takes
    /// longer to clean, recognize and code is reported as rejected
    /// (`path:line: took longer than …`) and the rest goes on; 0 for none.
    #[arg(long, default_value_t = 60.0)]
    max_doc_seconds: f64,
}

/// The time budget of `--max-doc-seconds` (0, negative or not a number: none).
fn budget(seconds: f64) -> Option<std::time::Duration> {
    std::time::Duration::try_from_secs_f64(seconds)
        .ok()
        .filter(|d| !d.is_zero())
}

/// Extracts events from the inputs as a stream (see
/// `attache_pipeline::extract_stream`): each document's linked events go to
/// `on_document`, in input order; rejections to `on_rejected`.
pub fn extract_all(
    input: &InputArgs,
    engine: Engine,
    threads: Option<usize>,
    budget: Option<std::time::Duration>,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&attache_ingest::Rejection),
    on_document: &mut dyn FnMut(&Cleaned, &[Event]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    extract_stream(
        &input.paths,
        &input.read_options(),
        engine,
        threads,
        budget,
        linker,
        on_rejected,
        &mut |cleaned, events| on_document(cleaned, events).map_err(Into::into),
    )?;
    Ok(())
}

/// The size in bytes of the files named by `paths` (directories walked),
/// or `None` when stdin is among them.
fn input_bytes(paths: &[String]) -> Option<u64> {
    attache_ingest::expand_paths(paths)
        .filter_map(Result::ok)
        .map(|input| match input {
            attache_ingest::Input::Stdin => None,
            attache_ingest::Input::File { path, .. } => {
                Some(std::fs::metadata(path).map_or(0, |m| m.len()))
            }
        })
        .sum()
}

pub fn run(mut args: Args) -> anyhow::Result<Outcome> {
    args.threads = crate::threads::clamp(args.threads);
    let lexicons = super::dictionaries::load(&args.dictionaries)?;
    let recognizer = Recognizer::with_gazetteer(lexicons.gazetteer());
    let engine = Engine {
        recognizer: &recognizer,
        coder: lexicons.coder(),
    };
    let store = match &args.db {
        Some(path) => Some(open_for_writing(path, &args.write)?),
        None => None,
    };
    let stop = crate::interrupt::stop_flag();
    let progress = Progress::for_extract(
        progress::drawn()
            .then(|| input_bytes(&args.input.paths))
            .flatten(),
    );
    let mut tally = crate::Tally {
        dictionary_lines_skipped: lexicons.skipped,
        dictionary_strict: lexicons.strict,
        ..crate::Tally::default()
    };
    let mut on_rejected = |r: &attache_ingest::Rejection| {
        progress.println(&r.to_string());
        tally.count(r);
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut count, mut documents, mut bytes) = (0u64, 0u64, 0u64);
    // A filter (reading `-`) hands on each document as it is done.
    let flush_each = args.input.paths.iter().any(|p| p == "-");
    let no_link = args.no_link;
    let mut print = |cleaned: &Cleaned, events: &[Event]| -> anyhow::Result<()> {
        if no_link {
            write_unlinked(&mut out, cleaned, events)?;
            out.write_all(b"\n")?;
        } else {
            for event in events {
                serde_json::to_writer(&mut out, event)?;
                out.write_all(b"\n")?;
            }
        }
        if flush_each {
            out.flush()?;
        }
        count += events.len() as u64;
        documents += 1;
        bytes += cleaned.doc.text.len() as u64;
        progress.extracted(documents, bytes, count);
        Ok(())
    };
    // Ok(false): stopped by Ctrl-C, after the last batch committed.
    let mut run = |linker: &mut dyn Linker| -> anyhow::Result<bool> {
        let outcome = extract_all(
            &args.input,
            engine,
            args.threads,
            budget(args.max_doc_seconds),
            linker,
            &mut on_rejected,
            &mut print,
        );
        progress.finish();
        match outcome {
            Err(e) if is_interrupted(&e) => Ok(false),
            other => other.map(|()| true),
        }
    };
    let finished = match store.as_ref() {
        Some(store) => {
            let mut linker = StoreLinker::new(store)?
                .with_batch_size(args.write.batch)
                .with_stop(stop);
            let finished = run(&mut linker);
            let coded = match linker.coded {
                0 => String::new(),
                n => format!(", {n} stored earlier and coded now"),
            };
            eprintln!(
                "attache: documents: {} new, {} replaced, {} unchanged{coded}",
                linker.inserted, linker.replaced, linker.unchanged
            );
            if let Ok(false) = finished {
                say_interrupted(linker.committed, args.db.as_deref().expect("a store"));
            }
            // On an error, the batch in flight is rolled back.
            let finished = finished?;
            if finished {
                linker.finish()?;
            }
            finished
        }
        None => {
            // Without links across documents, each is linked alone.
            let window = if no_link { 0 } else { args.dedup_window };
            let mut linker = MemoryLinker::with_window(window);
            linker.stop = Some(stop);
            run(&mut linker)?
        }
    };
    out.flush()?;
    eprintln!("attache: {count} events");
    match finished {
        false => Ok(Outcome::Interrupted),
        true => Ok(tally.outcome()),
    }
}

fn is_interrupted(err: &anyhow::Error) -> bool {
    matches!(
        err.downcast_ref::<ExtractError>(),
        Some(ExtractError::Interrupted)
    )
}
