//! Bounds on a page's markup before it is parsed (issue 14). html5ever
//! checks the stack of open elements for each tag, and each attribute
//! against the tag's others: 100,000 nested `<div>`s or one tag with
//! 200,000 attributes cost it quadratic time (half a minute). A cheap scan
//! of the tags drops those nested deeper than `MAX_DEPTH` (their text
//! stays) and the attributes of a tag past `MAX_ATTRIBUTES`; a page within
//! both bounds is handed on untouched, byte for byte.

use std::borrow::Cow;
use std::ops::Range;

/// Open elements deeper than this lose their tags (not their text). Real
/// pages nest a few dozen deep.
pub const MAX_DEPTH: usize = 256;
/// Attributes of one tag beyond this are dropped. Real tags carry a handful.
pub const MAX_ATTRIBUTES: usize = 64;

/// Elements without content, or whose end tag may be left out (the parser
/// closes them itself): they do not count towards the depth.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "rp", "rt", "html", "head", "body",
];
/// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `html` with its deepest tags and excess attributes dropped, or as it is
/// when it keeps within the bounds.
pub fn bounded(html: &str) -> Cow<'_, str> {
    let cuts = cuts(html);
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for cut in cuts {
        out.push_str(&html[at..cut.start]);
        at = cut.end;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// The byte ranges to drop, in order and disjoint; every bound is an ASCII
/// byte (`<`, `>`, a space or a quote), so a char boundary.
fn cuts(html: &str) -> Vec<Range<usize>> {
    let bytes = html.as_bytes();
    let mut cuts = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let open = at + offset;
        if bytes[open..].starts_with(b"<!--") {
            at = memchr::memmem::find(&bytes[open + 4..], b"-->")
                .map_or(bytes.len(), |p| open + 4 + p + 3);
            continue;
        }
        let Some(tag) = Tag::read(bytes, open) else {
            at = open + 1;
            continue;
        };
        at = tag.end;
        let name = &html[tag.name.clone()];
        let nests = !tag.self_closing && !is_one_of(name, NOT_NESTING);
        if tag.closing {
            if nests {
                if depth > MAX_DEPTH {
                    cuts.push(open..tag.end);
                }
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if nests {
            depth += 1;
            if depth > MAX_DEPTH {
                cuts.push(open..tag.end);
            }
        }
        if !nests || depth <= MAX_DEPTH {
            if let Some(excess) = tag.excess_attributes {
                cuts.push(excess);
            }
        }
        if is_one_of(name, RAW_TEXT) {
            at = raw_text_end(bytes, at, name);
            if nests {
                depth = depth.saturating_sub(1); // its end tag was skipped with the text
            }
        }
    }
    cuts
}

fn is_one_of(name: &str, list: &[&str]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Where the raw text opened at `from` ends: after `</name…>`, else the end.
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
        let close = at + offset;
        let candidate = bytes.get(close + 2..close + 2 + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return memchr::memchr(b'>', &bytes[close..]).map_or(bytes.len(), |p| close + p + 1);
        }
        at = close + 2;
    }
    bytes.len()
}

/// A tag as the scan reads it.
struct Tag {
    closing: bool,
    self_closing: bool,
    name: Range<usize>,
    /// Just past its `>` (or the end of the page).
    end: usize,
    /// The attributes past `MAX_ATTRIBUTES`, as one range to drop.
    excess_attributes: Option<Range<usize>>,
}

impl Tag {
    /// The tag at `open` (a `<`), or `None` for a `<` of text or of a
    /// declaration (`<!doctype …>`).
    fn read(bytes: &[u8], open: usize) -> Option<Tag> {
        let closing = bytes.get(open + 1) == Some(&b'/');
        let name_start = open + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
                .unwrap_or(bytes.len() - name_start);
        let mut tag = Tag {
            closing,
            self_closing: false,
            name: name_start..name_end,
            end: bytes.len(),
            excess_attributes: None,
        };
        tag.read_attributes(bytes, name_end);
        Some(tag)
    }

    /// Reads attributes from `at` to the tag's `>`, noting those past the bound.
    fn read_attributes(&mut self, bytes: &[u8], mut at: usize) {
        let mut count = 0;
        let mut excess_from = None;
        while at < bytes.len() {
            match bytes[at] {
                b'>' => {
                    self.self_closing = at > 0 && bytes[at - 1] == b'/';
                    self.end = at + 1;
                    self.excess_attributes = excess_from.map(|from| from..at);
                    return;
                }
                b if b.is_ascii_whitespace() || b == b'/' => at += 1,
                _ => {
                    if count == MAX_ATTRIBUTES && excess_from.is_none() {
                        excess_from = Some(at);
                    }
                    count += 1;
                    at = attribute_end(bytes, at);
                }
            }
        }
        self.excess_attributes = excess_from.map(|from| from..bytes.len());
    }
}

/// Past the attribute (name, and `=value` if any) that starts at `at`.
fn attribute_end(bytes: &[u8], mut at: usize) -> usize {
    let stop = |b: u8| b.is_ascii_whitespace() || matches!(b, b'/' | b'>' | b'=');
    at += 1; // the first byte belongs to the name, even an `=`
    while at < bytes.len() && !stop(bytes[at]) {
        at += 1;
    }
    let mut next = at;
    while next < bytes.len() && bytes[next].is_ascii_whitespace() {
        next += 1;
    }
    if bytes.get(next) != Some(&b'=') {
        return at;
    }
    next += 1;
    while next < bytes.len() && bytes[next].is_ascii_whitespace() {
        next += 1;
    }
    match bytes.get(next) {
        Some(&quote @ (b'"' | b'\'')) => {
            memchr::memchr(quote, &bytes[next + 1..]).map_or(bytes.len(), |p| next + 1 + p + 1)
        }
        _ => {
            while next < bytes.len() && !bytes[next].is_ascii_whitespace() && bytes[next] != b'>' {
                next += 1;
            }
            next
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_within_the_bounds_is_left_as_it_is() {
        let page = r#"<html><head><script>if (a<b) { x = "</div>"; }</script></head>
<body><div class="a" id='b' data-x=1 hidden><p>Un <b>texte</b><br/>ici</p><!-- <div> --></div></body></html>"#;
        assert!(matches!(bounded(page), Cow::Borrowed(_)));
    }

    /// Issue 14: 100,000 nested `<div>`s took html5ever half a minute.
    #[test]
    fn tags_nested_past_the_bound_are_dropped_and_their_text_kept() {
        let depth = MAX_DEPTH + 10;
        let page = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let out = bounded(&page);
        let expected = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(MAX_DEPTH),
            "</div>".repeat(MAX_DEPTH)
        );
        assert_eq!(out, expected);
    }

    /// Issue 14: a tag with 200,000 attributes took html5ever 24 s.
    #[test]
    fn attributes_past_the_bound_are_dropped() {
        let attributes: Vec<String> = (0..MAX_ATTRIBUTES + 5)
            .map(|i| format!("a{i}=\"v>\""))
            .collect();
        let page = format!("<div {}>texte</div>", attributes.join(" "));
        let expected = format!(
            "<div {} >texte</div>",
            attributes[..MAX_ATTRIBUTES].join(" ")
        );
        assert_eq!(bounded(&page), expected);
    }

    #[test]
    fn truncated_and_stray_markup_does_not_stop_the_scan() {
        for page in [
            "<div",
            "a < b et <",
            "<div a=\"open",
            "</",
            "<script>x",
            "<!-- x",
        ] {
            assert_eq!(bounded(page), page);
        }
    }
}
