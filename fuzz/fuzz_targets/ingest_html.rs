//! A web page of any text: its article, never a panic, and the markup
//! bounds never lose the text of a page within them.
#![no_main]

use attache_ingest::extract_article;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let article = extract_article(&html);
    assert!(!article.text.starts_with(char::is_whitespace));
});
