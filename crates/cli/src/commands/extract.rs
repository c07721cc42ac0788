//! `attache extract`: events as JSON lines (EVENTS.md §2 plus ids, evidence
//! offsets, confidence and the date's resolution), optionally stored.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use attache_model::Event;
use attache_pipeline::{
    extract_document, read_and_clean, Cleaned, Item, Linker, MemoryLinker, StoreLinker,
};
use attache_recognize::Recognizer;
use attache_store::Store;
use rayon::prelude::*;

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
    /// A user dictionary (see `attache actors --help`); repeatable.
    #[arg(long = "dict")]
    dictionaries: Vec<PathBuf>,
}

/// Documents coded together; output keeps input order.
const BATCH: usize = 64;

/// Extracts events from `paths`; rejections go to `on_rejected`.
pub fn extract_all(
    input: &InputArgs,
    recognizer: &Recognizer,
    threads: Option<usize>,
    linker: &mut dyn Linker,
    on_rejected: &mut dyn FnMut(&attache_ingest::Rejection),
    on_document: &mut dyn FnMut(&Cleaned, &[Event]) -> anyhow::Result<()>,
) -> anyhow::Result<Vec<Event>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()?;
    let mut events = Vec::new();
    let mut batch: Vec<Cleaned> = Vec::with_capacity(BATCH);
    let mut failure = None;
    let mut run_batch = |batch: &mut Vec<Cleaned>, events: &mut Vec<Event>| -> anyhow::Result<()> {
        let coded: Vec<Vec<Event>> = pool.install(|| {
            batch
                .par_iter()
                .map(|c| extract_document(c, recognizer))
                .collect()
        });
        for (cleaned, doc_events) in batch.iter().zip(coded) {
            let doc_events = linker.link(cleaned, doc_events)?;
            on_document(cleaned, &doc_events)?;
            events.extend(doc_events);
        }
        batch.clear();
        Ok(())
    };
    read_and_clean(
        &input.paths,
        &input.read_options(),
        &mut |item| match item {
            Item::Rejected(r) => on_rejected(&r),
            Item::Cleaned(c) if failure.is_none() => {
                batch.push(*c);
                if batch.len() == BATCH {
                    failure = run_batch(&mut batch, &mut events).err();
                }
            }
            Item::Cleaned(_) => {}
        },
    );
    if let Some(err) = failure {
        return Err(err);
    }
    run_batch(&mut batch, &mut events)?;
    Ok(events)
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
    let events = match store.as_mut() {
        Some(store) => {
            let mut linker = StoreLinker::new(store)?;
            let events = extract_all(
                &args.input,
                &recognizer,
                args.threads,
                &mut linker,
                &mut on_rejected,
                &mut |_, _| Ok(()),
            )?;
            eprintln!(
                "attache: documents: {} new, {} replaced, {} unchanged",
                linker.inserted, linker.replaced, linker.unchanged
            );
            linker.finish()?;
            events
        }
        None => extract_all(
            &args.input,
            &recognizer,
            args.threads,
            &mut MemoryLinker::default(),
            &mut on_rejected,
            &mut |_, _| Ok(()),
        )?,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for event in &events {
        serde_json::to_writer(&mut out, event)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!("attache: {} events", events.len());
    Ok(Outcome::from_rejections(rejected))
}
