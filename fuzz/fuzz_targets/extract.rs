//! Recognizing and coding any text: every event's evidence is the original
//! text at its `start`/`end`, every mention's span lies in it.
#![no_main]

use attache_fuzz::lang_and_text;
use attache_model::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((first, lang, text)) = lang_and_text(data) else {
        return;
    };
    let doc = Document {
        id: "fuzz".into(),
        url: None,
        source: Some("vietnamplus.vn".into()),
        lang,
        title: None,
        published: (first % 3 == 0).then(|| "2024-03-05".to_string()),
        text: text.into(),
    };
    let clean = attache_clean::clean(&doc.text, &doc.lang);
    let mentions = attache_recognize::recognize(&doc, &clean);
    let chars: Vec<char> = doc.text.chars().collect();
    for m in &mentions {
        assert!(m.start <= m.end && m.end <= chars.len());
    }
    for event in attache_code::code(&doc, &clean, &mentions) {
        let (start, end) = (event.start.unwrap(), event.end.unwrap());
        let original: String = chars[start..end].iter().collect();
        assert_eq!(event.evidence, original);
    }
});
