//! A text file of any bytes: a document or a rejection, never a panic.
#![no_main]

use attache_ingest::{Input, InputKind, ReadOptions, Reader, Record};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("attache-fuzz-{}.txt", std::process::id()));
    std::fs::write(&path, data).expect("a temporary file");
    let input = Input::File {
        path: path.clone(),
        kind: InputKind::Text,
    };
    let options = ReadOptions {
        max_doc_bytes: 1 << 16,
    };
    Reader::new(options).read(&input, &mut |record| {
        if let Record::Document(doc) = record {
            assert!(doc.text.len() <= data.len());
        }
    });
});
