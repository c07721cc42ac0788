//! `attache export`: the stored canonical events (filtered as `attache
//! events` filters them) in the formats analysts load: JSON lines, CSV, the
//! GDELT 2.0 event table, PLOVER JSON lines and Parquet.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use attache_export::Format;
use attache_model::CanonicalEvent;

use super::events::FilterArgs;
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long, value_enum)]
    format: Format,
    /// Write here instead of standard output.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

/// Writes `events` in `format` to `out`.
pub fn write_events(
    format: Format,
    out: Box<dyn Write + Send>,
    events: &[CanonicalEvent],
) -> anyhow::Result<()> {
    let mut writer = attache_export::writer(format, out)?;
    for event in events {
        writer.write(event)?;
    }
    writer.finish()?;
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let events = args.filter.events()?;
    let out: Box<dyn Write + Send> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => {
            anyhow::ensure!(
                args.format != Format::Parquet || !std::io::stdout().is_terminal(),
                "Parquet is binary: give --out FILE or redirect the output"
            );
            Box::new(std::io::BufWriter::new(std::io::stdout()))
        }
    };
    write_events(args.format, out, &events)?;
    if let Some(path) = &args.out {
        eprintln!(
            "attache: {} events written to {}",
            events.len(),
            path.display()
        );
    }
    Ok(Outcome::AllAccepted)
}
