//! Reading never panics, whatever the bytes, and always accounts for them.

use attache_ingest::{Input, InputKind, ReadOptions, Reader, Record};
use proptest::prelude::*;

fn read_bytes(bytes: &[u8], kind: InputKind, ext: &str) -> Vec<Record> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let mut records = vec![];
    let reader = Reader::new(ReadOptions { max_doc_bytes: 512 });
    reader.read(&Input::File { path, kind }, &mut |r| records.push(r));
    // Notices about kept documents come with them; they are not counted here.
    records.retain(|r| !matches!(r, Record::Rejected(n) if n.kept));
    records
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for (kind, ext) in [(InputKind::Text, "txt"), (InputKind::Html, "html"), (InputKind::Jsonl, "jsonl"), (InputKind::Sniff, "dat")] {
            let records = read_bytes(&bytes, kind, ext);
            if kind != InputKind::Jsonl && kind != InputKind::Sniff {
                // A one-document file is either a document or one rejection.
                prop_assert_eq!(records.len(), 1);
            }
        }
    }

    #[test]
    fn every_jsonl_line_is_a_document_or_a_rejection(lines in prop::collection::vec(
        prop_oneof![
            Just(r#"{"id":"a","lang":"fr","text":"Le ministre a reçu l'ambassadeur."}"#.to_string()),
            "\\PC{0,80}",
        ], 1..20)) {
        let data = lines.join("\n");
        let records = read_bytes(data.as_bytes(), InputKind::Jsonl, "jsonl");
        let non_blank = lines.iter().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(records.len(), non_blank);
    }
}
