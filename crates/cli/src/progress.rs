//! A progress line on stderr for long runs, drawn only when stderr is a terminal.

use std::io::IsTerminal;
use std::time::Duration;

use attache_pipeline::Summary;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
}

/// Whether a progress line is drawn at all.
pub fn drawn() -> bool {
    std::io::stderr().is_terminal()
}

impl Progress {
    pub fn new() -> Progress {
        Progress::with_length(None)
    }

    /// A line that, given the size of the work (`length`), also draws a
    /// bar and the time left.
    fn with_length(length: Option<u64>) -> Progress {
        let target = if drawn() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(length, target);
        let template = match length {
            Some(_) => "{spinner} {elapsed} [{bar:16}] {msg}, ETA {eta}",
            None => "{spinner} {elapsed} {msg}",
        };
        bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
    }

    /// The line of `extract`: with the input's size in bytes when it is
    /// known (files, not stdin), a bar and the time left.
    pub fn for_extract(input_bytes: Option<u64>) -> Progress {
        Progress::with_length(input_bytes)
    }

    /// After each document of `extract`: counts so far, and the rate.
    pub fn extracted(&self, documents: u64, bytes: u64, events: u64) {
        self.bar.set_position(bytes);
        if documents.is_multiple_of(8) {
            let secs = self.bar.elapsed().as_secs_f64().max(1e-3);
            self.bar.set_message(format!(
                "{documents} docs, {:.1} MB, {events} events, {:.0} docs/s, {:.2} MB/s",
                bytes as f64 / 1e6,
                documents as f64 / secs,
                bytes as f64 / 1e6 / secs
            ));
        }
    }

    pub fn update(&self, summary: &Summary) {
        if summary.documents.is_multiple_of(64) {
            self.bar.set_message(format!(
                "{} documents, {:.1} MB, {} rejected",
                summary.documents,
                summary.bytes as f64 / 1e6,
                summary.rejected
            ));
        }
    }

    /// Clears the line so that later messages start clean.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    /// Prints `message` above the progress line.
    pub fn println(&self, message: &str) {
        self.bar.suspend(|| eprintln!("{message}"));
    }
}
