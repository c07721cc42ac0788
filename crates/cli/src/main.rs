//! `attache`: turns news reports of defence diplomacy into events.
//!
//! This binary is a thin shell over the library crates: it parses arguments,
//! shows progress, prints messages and chooses the exit code — 0 when all
//! input went in, 2 when some input was rejected (each rejection printed on
//! stderr as `path:line: reason`), 1 on a fatal error, 130 when Ctrl-C
//! stopped a run (after committing its last batch).

mod commands;
mod interrupt;
mod progress;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "attache",
    version,
    about = "Defence-diplomacy events from French and English news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read documents, clean them and store them in the database.
    Ingest(commands::ingest::Args),
    /// Print, for each document, the kept and removed regions and the repairs (JSON lines).
    Clean(commands::clean::Args),
    /// Extract events (JSON lines, EVENTS.md §2); `--db` also stores them.
    Extract(commands::extract::Args),
    /// Print the actor mentions recognized in each document (JSON lines, a debug view).
    Actors(commands::actors::Args),
    /// Measure a stage against gold annotations.
    Eval(commands::eval::Args),
    /// List the stored canonical events that pass the filters.
    Events(commands::events::ListArgs),
    /// Show one stored event: its fields, every mention's evidence in its sentence, and why each joined.
    Event(commands::events::ShowArgs),
    /// Write the stored events as JSONL, CSV, GDELT 2.0 event rows, PLOVER JSON lines or Parquet.
    Export(commands::export::Args),
}

/// How a command ended, mapped to the exit code.
pub enum Outcome {
    AllAccepted,
    SomeRejected,
    /// Stopped by Ctrl-C after the last committed batch.
    Interrupted,
}

impl Outcome {
    /// The outcome of a run that rejected `rejected` pieces of input.
    pub fn from_rejections(rejected: u64) -> Outcome {
        if rejected > 0 {
            Outcome::SomeRejected
        } else {
            Outcome::AllAccepted
        }
    }
}

/// Output piped into `head` that closes early ends the run quietly, as
/// command-line tools do, instead of failing on the next write.
fn quit_quietly_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread
    // starts; no handler runs Rust code.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    quit_quietly_on_closed_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Clean(args) => commands::clean::run(args),
        Command::Actors(args) => commands::actors::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Events(args) => commands::events::run_list(args),
        Command::Event(args) => commands::events::run_show(args),
        Command::Export(args) => commands::export::run(args),
    };
    match result {
        Ok(Outcome::AllAccepted) => ExitCode::SUCCESS,
        Ok(Outcome::SomeRejected) => ExitCode::from(2),
        Ok(Outcome::Interrupted) => ExitCode::from(130),
        Err(err) => {
            eprintln!("attache: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
