//! `attache extract`: events as JSON lines (EVENTS.md §2 plus ids, evidence
//! offsets, confidence and the date's resolution), optionally stored.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use attache_model::Event;
use attache_pipeline::{
    extract_stream, Cleaned, Linker, MemoryLinker, StoreLinker, DEFAULT_DEDUP_WINDOW,
};
use attache_recognize::Recognizer;
use attache_store::Store;

use super::{actors::gazetteer, InputArgs};
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Also store documents and events in this SQLite database.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Without `--db`: reports of one event are merged when they lie within
    /// this many documents of each other in the input (memory stays flat).
    /// With `--db`, every stored event is a candidate.
    #[arg(long, default_value_t = DEFAULT_DEDUP_WINDOW)]
    dedup_window: usize,
    /// A user dictionary (see `attache actors --help`); repeatable.
    #[arg(long = "dict")]
    dictionaries: Vec<PathBuf>,
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
    recognizer: &Recognizer,
    threads: Option<usize>,
    budget: Option<std::time::Duration>,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&attache_ingest::Rejection),
    on_document: &mut dyn FnMut(&Cleaned, &[Event]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    extract_stream(
        &input.paths,
        &input.read_options(),
        recognizer,
        threads,
        budget,
        linker,
        on_rejected,
        &mut |cleaned, events| on_document(cleaned, events).map_err(Into::into),
    )?;
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let gazetteer = gazetteer(&args.dictionaries)?;
    let recognizer = Recognizer::with_gazetteer(&gazetteer);
    let mut store = match &args.db {
        Some(path) => Some(
            Store::open(path)
                .with_context(|| format!("cannot open database {}", path.display()))?,
        ),
        None => None,
    };
    let mut rejected = 0u64;
    let mut on_rejected = |r: &attache_ingest::Rejection| {
        rejected += 1;
        eprintln!("{r}");
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut count = 0u64;
    let mut print = |_: &Cleaned, events: &[Event]| -> anyhow::Result<()> {
        for event in events {
            serde_json::to_writer(&mut out, event)?;
            out.write_all(b"\n")?;
        }
        count += events.len() as u64;
        Ok(())
    };
    match store.as_mut() {
        Some(store) => {
            let mut linker = StoreLinker::new(store)?;
            extract_all(
                &args.input,
                &recognizer,
                args.threads,
                budget(args.max_doc_seconds),
                &mut linker,
                &mut on_rejected,
                &mut print,
            )?;
            eprintln!(
                "attache: documents: {} new, {} replaced, {} unchanged",
                linker.inserted, linker.replaced, linker.unchanged
            );
            linker.finish()?;
        }
        None => extract_all(
            &args.input,
            &recognizer,
            args.threads,
            budget(args.max_doc_seconds),
            &mut MemoryLinker::with_window(args.dedup_window),
            &mut on_rejected,
            &mut print,
        )?,
    }
    out.flush()?;
    eprintln!("attache: {count} events");
    Ok(Outcome::from_rejections(rejected))
}
