//! JSON lines of any bytes: each line a document or a rejection at its
//! line, never a panic.
#![no_main]

use attache_ingest::{ReadOptions, Reader, Record};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count() as u64;
    let reader = Reader::new(ReadOptions {
        max_doc_bytes: 1 << 12,
    });
    reader.read_jsonl("fuzz.jsonl", data, &mut |record| match record {
        Record::Rejected(r) => assert!(r.line >= 1 && r.line <= lines),
        Record::Document(_) => assert!(reader.line() >= 1 && reader.line() <= lines),
    });
});
