//! The documents format of `EVENTS.md` §1, one JSON object a line.

use attache_model::{Document, Lang};
use serde::Deserialize;

use crate::{detect_lang, normalize_published};

#[derive(Deserialize)]
struct RawDocument {
    id: Option<serde_json::Value>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: Option<String>,
}

/// Parses one JSONL line into a document, or says why it cannot be one.
pub fn parse_document_line(line: &str) -> Result<Document, String> {
    let raw: RawDocument =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let id = match raw.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err("`id` must be a non-empty string".into()),
        None => return Err("missing `id`".into()),
    };
    let text = raw.text.ok_or("missing `text`")?;
    if text.trim().is_empty() {
        return Err(format!("document {id}: empty `text`"));
    }
    let lang = match raw.lang.as_deref().map(str::trim) {
        Some(code) if !code.is_empty() => Lang::from_code(code),
        _ => detect_lang(&text),
    };
    Ok(Document {
        id,
        url: raw.url,
        source: raw.source,
        lang,
        title: raw.title,
        published: raw.published.as_deref().and_then(normalize_published),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_contract_fields_and_detects_missing_language() {
        let doc = parse_document_line(
            r#"{"id": "en-1", "url": null, "source": "x.vn", "title": "T", "published": "2024-05-06", "text": "The minister received the ambassador of France in Hanoi on Monday."}"#,
        )
        .unwrap();
        assert_eq!(doc.id, "en-1");
        assert_eq!(doc.lang, Lang::En);
        assert_eq!(doc.published.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn says_what_is_wrong() {
        assert!(parse_document_line("{")
            .unwrap_err()
            .starts_with("malformed JSON"));
        assert_eq!(
            parse_document_line(r#"{"text": "x"}"#).unwrap_err(),
            "missing `id`"
        );
        assert!(parse_document_line(r#"{"id": "a", "text": "  "}"#)
            .unwrap_err()
            .contains("empty `text`"));
        assert!(parse_document_line(r#"{"id": 3, "text": 5}"#)
            .unwrap_err()
            .starts_with("malformed JSON"));
    }
}
