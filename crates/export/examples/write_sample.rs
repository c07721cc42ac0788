//! Writes the hand-made sample events in every format into a directory:
//! `events.jsonl`, `events.csv`, `events.gdelt.tsv`, `events.plover.jsonl`,
//! and `events.parquet` when built with `--features parquet`.
//!
//! ```sh
//! cargo run -p attache-export --example write_sample --features parquet -- /tmp/export-sample
//! python3 scripts/export/check_readers.py /tmp/export-sample
//! ```

#[path = "../tests/common/mod.rs"]
mod common;

use std::fs::File;
use std::path::PathBuf;

use attache_export::{write_events, ExportError, Format};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: write_sample DIR")?);
    std::fs::create_dir_all(&dir)?;
    let events = common::sample_events();
    for format in Format::ALL {
        let path = dir.join(format!("events.{}", format.extension()));
        match write_events(format, Box::new(File::create(&path)?), &events) {
            Ok(n) => println!("{format}: {n} events -> {}", path.display()),
            Err(ExportError::ParquetDisabled) => {
                std::fs::remove_file(&path)?;
                println!("{format}: skipped (built without the `parquet` feature)");
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}
