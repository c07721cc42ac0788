//! `attache ingest`: read, clean and store documents.

use std::path::PathBuf;

use anyhow::Context;
use attache_pipeline::Summary;

use super::{open_for_writing, say_interrupted, InputArgs, WriteArgs};
use crate::progress::Progress;
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// The SQLite database (created if missing).
    #[arg(long, default_value = "attache.db")]
    db: PathBuf,
    #[command(flatten)]
    write: WriteArgs,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut store = open_for_writing(&args.db, &args.write)?;
    let stop = crate::interrupt::stop_flag();
    let progress = Progress::new();
    let summary = attache_pipeline::ingest(
        &args.input.paths,
        &args.input.read_options(),
        &mut store,
        (args.write.batch, stop),
        &mut |rejection| progress.println(&rejection.to_string()),
        &mut |summary| progress.update(summary),
    )
    .with_context(|| format!("writing to {}", args.db.display()))?;
    progress.finish();
    eprintln!("{}", describe(&summary, &args.db));
    if summary.interrupted {
        let committed = summary.inserted + summary.replaced + summary.unchanged;
        say_interrupted(committed, &args.db);
        return Ok(Outcome::Interrupted);
    }
    Ok(Outcome::from_rejections(summary.rejected))
}

fn describe(s: &Summary, db: &std::path::Path) -> String {
    format!(
        "attache: read {} documents ({:.2} MB), rejected {}, {} kept with a notice; stored in {}: {} new, {} replaced, {} unchanged; {:.2} s, {:.1} MB/s",
        s.documents,
        s.bytes as f64 / 1e6,
        s.rejected,
        s.notices,
        db.display(),
        s.inserted,
        s.replaced,
        s.unchanged,
        s.elapsed.as_secs_f64(),
        s.megabytes_per_second()
    )
}
