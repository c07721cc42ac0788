//! `attache link`: links the documents that `extract --no-link` coded apart
//! (in Spark partitions, say), as one `extract` run links them.
//!
//! The lines may come in any order, from many files: they are sorted by
//! publication date, then id (in memory up to `--sort-memory`, beyond it
//! in sorted runs on disk, merged), then linked in that order within
//! `--dedup-window` documents. The events equal those of one `extract` run
//! with the same window over the documents in that order.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use attache_ingest::{read_line_bounded, LineRead, Rejection};
use attache_pipeline::{LineSorter, Relinker, Unlinked, DEFAULT_DEDUP_WINDOW};
use serde::Deserialize;

use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Lines of `attache extract --no-link` (one document a line), in any
    /// order: files, directories (their files in name order, leaving out
    /// names that begin with `_` or `.`, as Spark's `_SUCCESS`), or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Reports of one event are merged when they lie within this many
    /// documents of each other in date order (as `extract --dedup-window`
    /// in input order). `0` merges only within each document.
    #[arg(long, default_value_t = DEFAULT_DEDUP_WINDOW)]
    dedup_window: usize,
    /// Memory for sorting, in MB: past it, sorted runs go to temporary
    /// files (in `--tmp-dir`) and are merged at the end.
    #[arg(long, value_name = "MB", default_value_t = 512)]
    sort_memory: usize,
    /// Where sorted runs are written (default: the system's temporary
    /// directory); they are deleted when the run ends.
    #[arg(long, value_name = "DIR")]
    tmp_dir: Option<PathBuf>,
}

/// A line longer than this is rejected (a document's events fit well within).
const MAX_LINE_BYTES: usize = 256 << 20;

/// The order of a line, read without its events.
#[derive(Deserialize)]
struct OrderOnly {
    document: OrderFields,
}

#[derive(Deserialize)]
struct OrderFields {
    id: String,
    #[serde(default)]
    published: Option<String>,
}

type Order = (String, String);

fn order_of(record: &Unlinked) -> Order {
    let (published, id) = record.order();
    (published.to_string(), id.to_string())
}

/// The order of a line written to a sorted run (it was read whole before).
fn order_of_line(line: &str) -> std::io::Result<Order> {
    let only: OrderOnly = serde_json::from_str(line).map_err(std::io::Error::other)?;
    let d = only.document;
    Ok((d.published.unwrap_or_default(), d.id))
}

/// One input: a file or stdin, by the name its messages give.
enum Source {
    Stdin,
    File(PathBuf),
}

/// The inputs `paths` name; a path that cannot be read is a rejection.
fn sources(paths: &[String], tally: &mut crate::Tally) -> Vec<(String, Source)> {
    let mut found = Vec::new();
    for raw in paths {
        let path = Path::new(raw);
        if raw == "-" {
            found.push(("-".to_string(), Source::Stdin));
        } else if path.is_dir() {
            match files_in(path) {
                Ok(files) => found.extend(
                    files
                        .into_iter()
                        .map(|f| (f.display().to_string(), Source::File(f))),
                ),
                Err(e) => tally.report(&Rejection::new(raw, 0, format!("cannot read: {e}"))),
            }
        } else if path.is_file() {
            found.push((raw.clone(), Source::File(path.to_path_buf())));
        } else {
            tally.report(&Rejection::new(raw, 0, "no such file or directory"));
        }
    }
    found
}

/// The files of a directory, in name order, without hidden ones and
/// those a job writes beside its output (`_SUCCESS`).
fn files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !name.starts_with(['_', '.']) && entry.path().is_file() {
            files.push(entry.path());
        }
    }
    files.sort();
    Ok(files)
}

/// Reads the lines of one input into the sorter; a bad line is rejected
/// at its `path:line` and the rest goes on.
fn read_source<F: Fn(&str) -> std::io::Result<Order>>(
    name: &str,
    mut reader: &mut dyn BufRead,
    sorter: &mut LineSorter<Order, F>,
    tally: &mut crate::Tally,
) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        line_no += 1;
        let read = read_line_bounded(&mut reader, &mut buf, MAX_LINE_BYTES)
            .with_context(|| format!("reading {name}"))?;
        let reject = |tally: &mut crate::Tally, reason: String| {
            tally.report(&Rejection::new(name, line_no, reason))
        };
        match read {
            LineRead::Eof => return Ok(()),
            LineRead::TooLong { bytes } => {
                reject(
                    tally,
                    format!("line of {bytes} bytes, over {MAX_LINE_BYTES}"),
                );
                continue;
            }
            LineRead::Line => {}
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let Ok(line) = String::from_utf8(std::mem::take(&mut buf)) else {
            reject(tally, "not UTF-8".to_string());
            continue;
        };
        match serde_json::from_str::<Unlinked>(&line) {
            Ok(record) => sorter.push(order_of(&record), line)?,
            Err(e) => reject(
                tally,
                format!("not a line of `attache extract --no-link`: {e}"),
            ),
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut tally = crate::Tally::default();
    let tmp = args.tmp_dir.clone().unwrap_or_else(std::env::temp_dir);
    let budget = args.sort_memory.saturating_mul(1 << 20);
    let mut sorter = LineSorter::new(order_of_line, budget, &tmp);
    for (name, source) in sources(&args.paths, &mut tally) {
        let mut reader: Box<dyn BufRead> = match source {
            Source::Stdin => Box::new(std::io::stdin().lock()),
            Source::File(path) => match std::fs::File::open(&path) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(e) => {
                    tally.report(&Rejection::new(&name, 0, format!("cannot open: {e}")));
                    continue;
                }
            },
        };
        read_source(&name, &mut reader, &mut sorter, &mut tally)
            .with_context(|| format!("sorting in {}", tmp.display()))?;
    }
    let runs = sorter.runs_written();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut linker = Relinker::with_window(args.dedup_window);
    let (mut documents, mut events) = (0u64, 0u64);
    sorter
        .finish(&mut |line| {
            let record: Unlinked = serde_json::from_str(&line).map_err(std::io::Error::other)?;
            for event in linker.link(record) {
                serde_json::to_writer(&mut out, &event)?;
                out.write_all(b"\n")?;
                events += 1;
            }
            documents += 1;
            Ok(())
        })
        .context("linking")?;
    out.flush()?;
    let spilled = match runs {
        0 => String::new(),
        n => format!(" (sorted in {n} runs on disk)"),
    };
    eprintln!("attache: {documents} documents linked{spilled}, {events} events");
    Ok(tally.outcome())
}
