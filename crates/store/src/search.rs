//! Full-text search over the evidence of mentions (the `evidence_fts`
//! index of migration 7).

/// The FTS5 query that finds evidence holding every word of `text`, or
/// `None` when `text` has no word. Words are runs of letters and digits
/// (as FTS5's tokenizer reads them), each one quoted, so that what a user
/// types is only ever words:
/// `AND`, `NEAR(`, `col:`, `*` or an unbalanced quote cannot change the
/// query or make it fail.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Words of a search beyond these are ignored (each one is a lookup).
pub const MAX_WORDS: usize = 16;

/// Reports a search reads at most, the ones stored last: each costs a
/// lookup of its event, and words as common as `coopération` hold in
/// hundreds of thousands of reports of a large store (a request must stay
/// within milliseconds). More words, or rarer ones, reach older reports.
pub const MAX_MATCHES: usize = 5_000;

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn operators_and_quotes_are_only_words() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("*\"()"), None);
        assert_eq!(fts_query("Hanoï visit"), Some("\"Hanoï\" \"visit\"".into()));
        assert_eq!(
            fts_query("a NEAR(b) col:c \"d"),
            Some("\"a\" \"NEAR\" \"b\" \"col\" \"c\" \"d\"".into())
        );
    }
}
