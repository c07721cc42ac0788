//! Cleaning any text keeps its offsets: kept spans sorted, disjoint and
//! in bounds, and the cleaned text is the kept text with the repairs.
#![no_main]

use attache_fuzz::lang_and_text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((_, lang, text)) = lang_and_text(data) else {
        return;
    };
    let clean = attache_clean::clean(text, &lang);
    let chars: Vec<char> = text.chars().collect();
    let mut end = 0;
    for span in &clean.kept {
        assert!(span.start >= end && span.start < span.end && span.end <= chars.len());
        end = span.end;
    }
    let kept: usize = clean.kept.iter().map(|s| s.end - s.start).sum();
    let repaired: usize = clean.repairs.iter().map(|r| r.insert.chars().count()).sum();
    assert_eq!(clean.text.chars().count(), kept + repaired);
});
