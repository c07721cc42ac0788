//! A stored document as the cleaner read it: the original text cut into
//! segments, each kept or removed (with the reason), and the evidence of
//! the events stated in it, so that a client can show what was set aside
//! and what was coded.

use attache_model::{CleanResult, Event, RemovalReason};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::events::decode;
use super::{byte_offsets, DocumentInfo};
use crate::error::ApiError;

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub document: DocumentInfo,
    /// The original text, as captured.
    pub text: String,
    /// The cleaning, as `attache clean` prints it (code points).
    pub clean: CleanResult,
    /// The text in order, cut where a kept or removed region or an
    /// evidence span begins or ends.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Code points of the original text.
    pub start: usize,
    pub end: usize,
    /// `kept`, `removed`, or `between` (neither: the space between regions).
    pub kind: &'static str,
    /// Why a removed segment was removed.
    pub reason: Option<RemovalReason>,
    /// The event whose evidence this segment is part of.
    pub event_id: Option<String>,
    pub text: String,
}

/// The document `id` with its segments, or `None` when there is none.
pub fn document_view(conn: &Connection, id: &str) -> Result<Option<DocumentView>, ApiError> {
    let found = conn
        .query_row(
            "SELECT id, title, url, source, published, lang, text, clean_json FROM documents WHERE id = ?1",
            [id],
            |r| {
                let info = DocumentInfo {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    url: r.get(2)?,
                    outlet: r.get(3)?,
                    published: r.get(4)?,
                    lang: r.get(5)?,
                };
                Ok((info, r.get::<_, String>(6)?, r.get::<_, String>(7)?))
            },
        )
        .optional()?;
    let Some((document, text, clean_json)) = found else {
        return Ok(None);
    };
    let clean: CleanResult = decode(&clean_json)?;
    let mut stmt = conn.prepare("SELECT json FROM events WHERE doc = ?1 ORDER BY rowid")?;
    let evidence = stmt
        .query_map([id], |r| r.get::<_, String>(0))?
        .map(|json| decode::<Event>(&json?))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter_map(|e| Some((e.start?, e.end?, e.event_id?)))
        .collect::<Vec<_>>();
    let segments = segments(&text, &clean, &evidence);
    Ok(Some(DocumentView {
        document,
        text,
        clean,
        segments,
    }))
}

/// `text` cut at every boundary of a kept or removed region or an
/// evidence span (`start`, `end`, event), in code points.
pub fn segments(
    text: &str,
    clean: &CleanResult,
    evidence: &[(usize, usize, String)],
) -> Vec<Segment> {
    let len = text.chars().count();
    let mut cuts: Vec<usize> = vec![0, len];
    cuts.extend(clean.kept.iter().flat_map(|k| [k.start, k.end]));
    cuts.extend(clean.removed.iter().flat_map(|r| [r.start, r.end]));
    cuts.extend(evidence.iter().flat_map(|(s, e, _)| [*s, *e]));
    cuts.retain(|&c| c <= len);
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = byte_offsets(text, &cuts);
    cuts.windows(2)
        .zip(bytes.windows(2))
        .map(|(c, b)| {
            let (start, end) = (c[0], c[1]);
            let removal = clean
                .removed
                .iter()
                .find(|r| r.start <= start && end <= r.end);
            let kept = clean.kept.iter().any(|k| k.start <= start && end <= k.end);
            Segment {
                start,
                end,
                kind: match (removal, kept) {
                    (Some(_), _) => "removed",
                    (None, true) => "kept",
                    (None, false) => "between",
                },
                reason: removal.map(|r| r.reason),
                event_id: evidence
                    .iter()
                    .find(|(s, e, _)| *s <= start && end <= *e)
                    .map(|(_, _, id)| id.clone()),
                text: text[b[0]..b[1]].to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::{Removal, Span};

    #[test]
    fn segments_cover_the_text_once_in_order() {
        let text = "Titré\n>>Autre\nIl a reçu X.";
        let clean = CleanResult {
            kept: vec![Span::new(0, 5), Span::new(14, 26)],
            removed: vec![Removal {
                start: 6,
                end: 13,
                reason: RemovalReason::Teaser,
            }],
            repairs: vec![],
            text: String::new(),
        };
        let segs = segments(text, &clean, &[(17, 24, "ev-1".into())]);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        let kinds: Vec<_> = segs
            .iter()
            .map(|s| (s.kind, s.text.as_str(), s.event_id.is_some()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("kept", "Titré", false),
                ("between", "\n", false),
                ("removed", ">>Autre", false),
                ("between", "\n", false),
                ("kept", "Il ", false),
                ("kept", "a reçu ", true),
                ("kept", "X.", false),
            ]
        );
        assert_eq!(segs[2].reason, Some(RemovalReason::Teaser));
    }
}
