//! A progress line on stderr for long runs, drawn only when stderr is a terminal.

use std::io::IsTerminal;
use std::time::Duration;

use attache_pipeline::Summary;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub fn new() -> Progress {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {msg}").expect("valid template"),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
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
