//! Throughput of reading and cleaning (one core): JSONL documents generated
//! from the bundled samples, parsed and cleaned in memory.
//!
//! Run: `cargo bench -p attache-pipeline --bench ingest_clean`

use std::path::Path;

use attache_ingest::{ReadOptions, Reader, Record};
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

/// About 8 MB of JSONL: the sample pages repeated under distinct ids.
fn corpus() -> Vec<u8> {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut texts = Vec::new();
    let reader = Reader::new(ReadOptions::default());
    let paths = vec![samples.display().to_string()];
    for input in attache_ingest::expand_paths(&paths).flatten() {
        reader.read(&input, &mut |r| {
            if let Record::Document(d) = r {
                texts.push((d.lang.code().to_string(), d.text));
            }
        });
    }
    assert!(
        !texts.is_empty(),
        "no sample documents found in {}",
        samples.display()
    );
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < 8_000_000 {
        let (lang, text) = &texts[i % texts.len()];
        let line = serde_json_line(&format!("bench-{i}"), lang, text);
        out.extend_from_slice(line.as_bytes());
        i += 1;
    }
    out
}

fn serde_json_line(id: &str, lang: &str, text: &str) -> String {
    let value = serde_json::json!({"id": id, "lang": lang, "text": text});
    format!("{value}\n")
}

#[divan::bench(sample_count = 10)]
fn read_and_clean_jsonl(bencher: Bencher) {
    let data = corpus();
    let reader = Reader::new(ReadOptions::default());
    bencher.counter(BytesCount::new(data.len())).bench(|| {
        let mut kept = 0usize;
        reader.read_jsonl("bench.jsonl", &data[..], &mut |r| {
            if let Record::Document(d) = r {
                kept += attache_pipeline::clean_document(d).clean.kept.len();
            }
        });
        kept
    });
}
