//! Hard-wrapped text: whether a line break continues a line of prose (a
//! wrap) or ends it. Cleaning groups wrapped lines into paragraphs and the
//! segmenter reads a wrap as a space, not a sentence's end.

/// Words after which a line of prose cannot end, so a break there is a wrap.
const CONTINUATION_WORDS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "de",
    "du",
    "d'",
    "d’",
    "et",
    "ou",
    "à",
    "au",
    "aux",
    "en",
    "par",
    "pour",
    "avec",
    "sur",
    "dans",
    "que",
    "qui",
    "dont",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cette",
    "ces",
    "général",
    "ministre",
    "président",
    "m.",
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "at",
    "from",
    "his",
    "her",
    "its",
    "their",
    "general",
    "minister",
    "president",
    "mr",
    "mr.",
];

/// Whether the line `this` continues into the line `next`: it ends without
/// closing punctuation and either `next` starts in lowercase or `this` ends
/// on a word that cannot end a sentence (`le`, `de`, `général`, `the`, …).
pub fn wraps_into_next(this: &str, next: &str) -> bool {
    let this = this.trim_end();
    let next = next.trim_start();
    if this.is_empty() || next.is_empty() {
        return false;
    }
    if this.ends_with(['.', '!', '?', ':', ';', '»', '"', '”', ')', '…', '|']) {
        return false;
    }
    if next.starts_with(|c: char| c.is_lowercase()) || this.ends_with([',', '-']) {
        return true;
    }
    let last_word = this.rsplit(char::is_whitespace).next().unwrap_or("");
    CONTINUATION_WORDS.contains(&last_word.to_lowercase().as_str())
}
