//! Addresses the pages link to: paths with their segments percent-encoded,
//! query strings that keep the filters and the language, and the one rule
//! for a link taken from the store — only an `http(s)` address becomes an
//! `href`, so that `javascript:` or `data:` in a page's URL stays text.

use super::i18n::Lang;

/// `segment` percent-encoded for a path: only unreserved characters left.
pub fn segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `path` with the query `pairs` (empty values left out) and `lang`.
pub fn with_query(path: &str, pairs: &[(&str, &str)], lang: Lang) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(name, value);
    }
    if lang != Lang::En {
        query.append_pair("lang", lang.code());
    }
    match query.finish() {
        q if q.is_empty() => path.to_string(),
        q => format!("{path}?{q}"),
    }
}

pub fn event(id: &str, lang: Lang) -> String {
    with_query(&format!("/events/{}", segment(id)), &[], lang)
}

pub fn document(id: &str, lang: Lang) -> String {
    with_query(&format!("/documents/{}", segment(id)), &[], lang)
}

pub fn country(code: &str, lang: Lang) -> String {
    with_query(&format!("/countries/{}", segment(code)), &[], lang)
}

pub fn pair(code: &str, partner: &str, lang: Lang) -> String {
    with_query(
        &format!("/countries/{}/{}", segment(code), segment(partner)),
        &[],
        lang,
    )
}

/// `url` when it is an absolute `http` or `https` address with nothing a
/// browser would strip or reinterpret (controls, spaces); else `None`.
pub fn safe_href(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url.chars().any(|c| c.is_control() || c.is_whitespace());
    (web && clean && url.len() > 8).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            safe_href("https://example.org/a?b=1"),
            Some("https://example.org/a?b=1")
        );
        assert_eq!(safe_href("HTTP://example.org"), Some("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "https://x.org/\nx",
            "data:text/html,<script>",
            "//evil.example",
            "https://",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
        // Quotes stay in the address: the template escapes the attribute.
        assert!(safe_href("https://x.org/\"onmouseover=\"alert(1)").is_some());
    }

    #[test]
    fn paths_and_queries_are_encoded() {
        assert_eq!(segment("ev-1/../<x>"), "ev-1%2F..%2F%3Cx%3E");
        assert_eq!(
            with_query(
                "/events",
                &[("country", "VNM"), ("q", "a&b"), ("to", "")],
                Lang::Fr
            ),
            "/events?country=VNM&q=a%26b&lang=fr"
        );
        assert_eq!(with_query("/events", &[], Lang::En), "/events");
    }
}
