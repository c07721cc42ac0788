//! Sorting lines larger than memory: lines are held up to a budget of
//! bytes, then sorted and written to a temporary file (a run); the runs are
//! merged at the end. Memory is the budget plus a line per run; time is
//! n log n. Lines are ordered by their key, then by their bytes, so the
//! order never depends on the order lines came in.
//!
//! ```
//! use attache_pipeline::LineSorter;
//! let key = |line: &str| Ok::<_, std::io::Error>(line.len());
//! let dir = tempfile::tempdir().unwrap();
//! // A budget of 8 bytes: every second line starts a run on disk.
//! let mut sorter = LineSorter::new(key, 8, dir.path());
//! for line in ["ccc", "a", "bb", "b", "aa"] {
//!     sorter.push(key(line).unwrap(), line.to_string()).unwrap();
//! }
//! let mut sorted = vec![];
//! sorter.finish(&mut |line| { sorted.push(line); Ok(()) }).unwrap();
//! assert_eq!(sorted, ["a", "b", "aa", "bb", "ccc"]);
//! ```

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

/// Runs merged at once at most: past it, the runs are merged into one
/// first (file handles stay few however large the input).
const MAX_RUNS: usize = 64;
/// What holding a line costs beyond its bytes (the string and the key).
const LINE_OVERHEAD: usize = 64;

/// Lines sorted by a key, spilling to temporary files past a budget.
pub struct LineSorter<K, F> {
    /// The key of a line read back from a run.
    key: F,
    budget: usize,
    dir: PathBuf,
    held: Vec<(K, String)>,
    held_bytes: usize,
    runs: Vec<File>,
    /// Runs written so far.
    spilled: usize,
}

/// A line of a run being merged, ordered by key, then bytes, then run.
type Head<K> = Reverse<(K, String, usize)>;

impl<K: Ord, F: Fn(&str) -> io::Result<K>> LineSorter<K, F> {
    /// A sorter holding about `budget` bytes of lines in memory, writing
    /// runs into `dir`; `key` gives a line's key when it is read back.
    pub fn new(key: F, budget: usize, dir: &Path) -> LineSorter<K, F> {
        LineSorter {
            key,
            budget,
            dir: dir.to_path_buf(),
            held: Vec::new(),
            held_bytes: 0,
            runs: Vec::new(),
            spilled: 0,
        }
    }

    /// Runs written to disk so far.
    pub fn runs_written(&self) -> usize {
        self.spilled
    }

    /// Adds a line (without its newline) under `key`.
    pub fn push(&mut self, key: K, line: String) -> io::Result<()> {
        self.held_bytes += line.len() + LINE_OVERHEAD;
        self.held.push((key, line));
        if self.held_bytes > self.budget {
            self.spill()?;
        }
        Ok(())
    }

    /// Writes the lines held, sorted, into a new run.
    fn spill(&mut self) -> io::Result<()> {
        if self.runs.len() + 1 >= MAX_RUNS {
            let runs = std::mem::take(&mut self.runs);
            let merged = self.run_of(|out| self.merge(runs, out))?;
            self.runs.push(merged);
        }
        let mut held = std::mem::take(&mut self.held);
        self.held_bytes = 0;
        held.sort_unstable();
        let run = self.run_of(|out| {
            held.drain(..)
                .try_for_each(|(_, line)| writeln!(out, "{line}"))
        })?;
        self.runs.push(run);
        self.spilled += 1;
        Ok(())
    }

    /// A temporary file filled by `fill`, ready to be read from its start.
    fn run_of(&self, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<File> {
        let mut out = BufWriter::new(tempfile::tempfile_in(&self.dir)?);
        fill(&mut out)?;
        let mut file = out.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        Ok(file)
    }

    /// Merges `runs` into `out`, one line a call.
    fn merge(&self, runs: Vec<File>, out: &mut dyn Write) -> io::Result<()> {
        self.merge_into(runs, &mut |line| writeln!(out, "{line}"))
    }

    fn merge_into(
        &self,
        runs: Vec<File>,
        out: &mut dyn FnMut(String) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut readers: Vec<_> = runs.into_iter().map(BufReader::new).collect();
        let mut heads: BinaryHeap<Head<K>> = BinaryHeap::new();
        for (i, reader) in readers.iter_mut().enumerate() {
            self.read_head(reader, i, &mut heads)?;
        }
        while let Some(Reverse((_, line, i))) = heads.pop() {
            out(line)?;
            self.read_head(&mut readers[i], i, &mut heads)?;
        }
        Ok(())
    }

    /// Reads the next line of run `i` into `heads`, if it has one.
    fn read_head(
        &self,
        reader: &mut BufReader<File>,
        i: usize,
        heads: &mut BinaryHeap<Head<K>>,
    ) -> io::Result<()> {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        line.pop();
        heads.push(Reverse(((self.key)(&line)?, line, i)));
        Ok(())
    }

    /// Hands every line to `out`, in order.
    pub fn finish(mut self, out: &mut dyn FnMut(String) -> io::Result<()>) -> io::Result<()> {
        if self.runs.is_empty() {
            self.held.sort_unstable();
            return self.held.into_iter().try_for_each(|(_, line)| out(line));
        }
        if !self.held.is_empty() {
            self.spill()?;
        }
        let runs = std::mem::take(&mut self.runs);
        self.merge_into(runs, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lines: &[String], budget: usize) -> (Vec<String>, usize) {
        let key = |line: &str| Ok(line.split(' ').next().unwrap_or("").to_string());
        let dir = tempfile::tempdir().unwrap();
        let mut sorter = LineSorter::new(key, budget, dir.path());
        for line in lines {
            sorter.push(key(line).unwrap(), line.clone()).unwrap();
        }
        let runs = sorter.runs_written();
        let mut out = Vec::new();
        sorter
            .finish(&mut |l| {
                out.push(l);
                Ok(())
            })
            .unwrap();
        (out, runs)
    }

    #[test]
    fn spilled_runs_merge_into_the_order_held_in_memory() {
        // Keys repeat, so the bytes after the key break the ties.
        let lines: Vec<String> = (0..1000u64)
            .map(|i| format!("{} {}", (i * 7919) % 97, (i * 104_729) % 1000))
            .collect();
        let (in_memory, no_runs) = sorted(&lines, usize::MAX);
        assert_eq!(no_runs, 0);
        let mut expected = lines.clone();
        expected.sort_by_key(|l| (l.split(' ').next().unwrap().to_string(), l.clone()));
        assert_eq!(in_memory, expected);
        // 64 bytes of overhead a line: a run of about four lines, more
        // runs than are merged at once.
        let (spilled, runs) = sorted(&lines, 300);
        assert!(runs > MAX_RUNS, "{runs}");
        assert_eq!(spilled, expected);
    }

    #[test]
    fn the_order_lines_come_in_does_not_matter() {
        let lines: Vec<String> = ["b 2", "a 9", "b 1", "a 1"].map(String::from).to_vec();
        let mut reversed = lines.clone();
        reversed.reverse();
        assert_eq!(sorted(&lines, 100).0, sorted(&reversed, 100).0);
    }
}
