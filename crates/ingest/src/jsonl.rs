//! The documents format of `EVENTS.md` §1, one JSON object a line.

use attache_model::{Document, Lang};
use serde::Deserialize;

use crate::detect::check_language;
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

/// Parses one JSONL line into a document, or says why it cannot be one;
/// with the document, what of it is left aside (an unsupported language, a
/// `published` that is not a date), one notice each.
pub fn parse_document_line(line: &str) -> Result<(Document, Vec<String>), String> {
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
    let (lang, given) = match raw.lang.as_deref().map(str::trim) {
        Some(code) if !code.is_empty() => (Lang::from_code(code), true),
        _ => (detect_lang(&text), false),
    };
    let mut notices: Vec<String> = check_language(&lang, given).err().into_iter().collect();
    let published = match raw.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(given) => {
            let date = normalize_published(given);
            if date.is_none() {
                notices.push(format!("`published` {given:?} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or an ISO timestamp): left out"));
            }
            date
        }
    };
    let notices = notices
        .into_iter()
        .map(|n| format!("document {id}: {n}"))
        .collect();
    let doc = Document {
        id,
        url: raw.url,
        source: raw.source,
        lang,
        title: raw.title,
        published,
        text,
    };
    Ok((doc, notices))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_contract_fields_and_detects_missing_language() {
        let (doc, notices) = parse_document_line(
            r#"{"id": "en-1", "url": null, "source": "x.vn", "title": "T", "published": "2024-05-06", "text": "The minister received the ambassador of France in Hanoi on Monday."}"#,
        )
        .unwrap();
        assert!(notices.is_empty());
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
        let (_, german) =
            parse_document_line(r#"{"id": "de-1", "lang": "de", "text": "Der Minister"}"#).unwrap();
        assert!(german[0].contains("document de-1: language `de` is not supported"));
        let (doc, undated) = parse_document_line(
            r#"{"id": "a", "lang": "fr", "published": "hier", "text": "Le ministre"}"#,
        )
        .unwrap();
        assert_eq!(doc.published, None);
        assert!(undated[0].contains("`published` \"hier\" is not a date"));
        let (blank, notices) = parse_document_line(
            r#"{"id": "a", "lang": "fr", "published": " ", "text": "Le ministre"}"#,
        )
        .unwrap();
        assert_eq!((blank.published, notices.len()), (None, 0));
        assert!(parse_document_line(r#"{"id": 3, "text": 5}"#)
            .unwrap_err()
            .starts_with("malformed JSON"));
    }
}
