//! `attache`: turns news reports of defence diplomacy into events.
//!
//! This binary is a thin shell over the library crates: it parses arguments,
//! shows progress, prints messages and chooses the exit code — 0 when all
//! input went in, 2 when some input was rejected (each rejection printed on
//! stderr as `path:line: reason`), 1 on a fatal error, 64 (`EX_USAGE` of
//! `sysexits.h`) when the command line itself is wrong, 130 when Ctrl-C
//! stopped a run (after committing its last batch).

mod commands;
mod interrupt;
mod printable;
mod progress;
mod threads;

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
    /// Link the documents `extract --no-link` coded apart (in any order, from many files) in order of publication date, then id: the events of one `extract` run over them in that order.
    Link(commands::link::Args),
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
    /// Write the review of a country's defence relations for a year or period (HTML, Markdown or JSON).
    Report(commands::report::Args),
    /// Serve the store read-only over HTTP: a JSON API and web pages (events, reports, documents, countries).
    Serve(commands::serve::Args),
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

/// Rejections and notices, printed on stderr as they come and counted.
#[derive(Default)]
pub struct Tally {
    pub rejected: u64,
    /// Documents kept with a notice (an unsupported language, a
    /// `published` that is not a date): said, but not rejected input.
    pub notices: u64,
    /// Lines of `--dict` dictionaries skipped (each said as `file:line: reason`).
    pub dictionary_lines_skipped: u64,
    /// `--dict-strict`: a skipped dictionary line is rejected input.
    pub dictionary_strict: bool,
}

impl Tally {
    pub fn report(&mut self, r: &attache_ingest::Rejection) {
        eprintln!("{r}");
        self.count(r);
    }

    /// Counts a rejection or notice printed elsewhere (above a progress line).
    pub fn count(&mut self, r: &attache_ingest::Rejection) {
        match r.kept {
            true => self.notices += 1,
            false => self.rejected += 1,
        }
    }

    /// The outcome, after a line with the counts when there were any.
    pub fn outcome(&self) -> Outcome {
        if self.rejected + self.notices > 0 {
            eprintln!(
                "attache: {} rejected, {} kept with a notice",
                self.rejected, self.notices
            );
        }
        if self.dictionary_lines_skipped > 0 {
            eprintln!(
                "attache: {} dictionary lines skipped",
                self.dictionary_lines_skipped
            );
        }
        let strict = if self.dictionary_strict {
            self.dictionary_lines_skipped
        } else {
            0
        };
        Outcome::from_rejections(self.rejected + strict)
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

/// The exit code of a command line that is wrong: clap's own (2) is the
/// code of rejected input, so a script could not tell them apart.
const EXIT_USAGE: u8 = 64;

/// Prints clap's message; `--help` and `--version` succeed, the rest is a usage error.
fn usage_error(err: &clap::Error) -> ExitCode {
    let _ = err.print();
    if err.use_stderr() {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    quit_quietly_on_closed_pipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    let result = match cli.command {
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Clean(args) => commands::clean::run(args),
        Command::Actors(args) => commands::actors::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Link(args) => commands::link::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Events(args) => commands::events::run_list(args),
        Command::Event(args) => commands::events::run_show(args),
        Command::Export(args) => commands::export::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Serve(args) => commands::serve::run(args),
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
