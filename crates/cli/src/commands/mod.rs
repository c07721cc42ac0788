//! One module per subcommand, plus the input options they share.

pub mod actors;
pub mod clean;
pub mod dictionaries;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod link;
pub mod report;
pub mod serve;

use std::io::Write;
use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use attache_ingest::ReadOptions;
use attache_pipeline::{read_and_clean, Cleaned, Item, DEFAULT_BATCH_DOCUMENTS};
use attache_store::Store;

use crate::Outcome;

/// Input options of every command that reads documents.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files (.txt, .jsonl, .html), directories (walked recursively), or `-` for JSONL on stdin.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Largest document accepted, in bytes (a file, or one JSONL line).
    #[arg(long, default_value_t = ReadOptions::default().max_doc_bytes)]
    pub max_doc_bytes: usize,
}

impl InputArgs {
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            max_doc_bytes: self.max_doc_bytes,
        }
    }
}

/// How a command that writes the store shares it with others.
#[derive(clap::Args, Debug, Clone)]
pub struct WriteArgs {
    /// Documents committed together (with their events): a run killed or
    /// stopped keeps every batch committed, and the next run goes on from there.
    #[arg(long, value_name = "DOCUMENTS", default_value_t = DEFAULT_BATCH_DOCUMENTS)]
    pub batch: usize,
    /// How long to wait for another process writing the same database
    /// before giving up (readers never wait).
    #[arg(long, value_name = "SECONDS", default_value_t = attache_store::DEFAULT_LOCK_WAIT.as_secs())]
    pub wait: u64,
}

/// Opens the database at `path` to write it, saying on stderr when another
/// writer holds it and this one waits.
pub fn open_for_writing(path: &Path, args: &WriteArgs) -> anyhow::Result<Store> {
    let mut store =
        Store::open(path).with_context(|| format!("cannot open database {}", path.display()))?;
    let name = path.display().to_string();
    store.set_lock_wait(
        Duration::from_secs(args.wait),
        Box::new(move |limit| {
            eprintln!(
                "attache: {name} is being written by another process; waiting for it (at most {} s, --wait)",
                limit.as_secs()
            )
        }),
    )?;
    Ok(store)
}

/// What a run that stopped on Ctrl-C says before exiting 130.
pub fn say_interrupted(committed: u64, db: &Path) {
    eprintln!(
        "attache: interrupted: the first {committed} documents are committed to {}; run the same command again to go on",
        db.display()
    );
}

/// Reads and cleans the inputs, writing on stdout one JSON line per document
/// as `line` serializes it (fields in their declared order); rejections go to stderr and make the outcome.
pub fn write_json_lines(
    input: &InputArgs,
    mut line: impl FnMut(&Cleaned) -> serde_json::Result<String>,
) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut tally = crate::Tally::default();
    let mut write_error: Option<anyhow::Error> = None;
    read_and_clean(
        &input.paths,
        &input.read_options(),
        &mut |item| match item {
            Item::Cleaned(c) if write_error.is_none() => {
                let written = line(&c)
                    .map_err(anyhow::Error::from)
                    .and_then(|text| writeln!(out, "{text}").map_err(anyhow::Error::from));
                write_error = written.err();
            }
            Item::Cleaned(_) => {}
            Item::Rejected(r) => tally.report(&r),
        },
    );
    if let Some(err) = write_error {
        return Err(err.context("writing to stdout"));
    }
    out.flush()?;
    Ok(tally.outcome())
}
