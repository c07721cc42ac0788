//! One canonical event with every report of it: each mention's outlet,
//! document, evidence with its offsets, the sentence and paragraph around
//! it, and why it joined the event.

use attache_model::{paragraph_around, sentence_around, CanonicalEvent, Event};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::events::decode;
use super::{byte_offsets, char_count, DocumentInfo};
use crate::error::ApiError;

#[derive(Debug, Clone, Serialize)]
pub struct EventDetail {
    pub event: CanonicalEvent,
    pub mentions: Vec<MentionInContext>,
    /// Mentions stored for the event (more than listed when over the cap).
    pub mentions_total: usize,
}

/// Reports listed on one event page, at most.
pub const MAX_MENTIONS: usize = 200;

#[derive(Debug, Clone, Serialize)]
pub struct MentionInContext {
    pub id: Option<String>,
    pub cameo: String,
    /// The date this report gives (EVENTS.md forms) and how it was read.
    pub date: Option<String>,
    pub date_method: Option<String>,
    pub evidence: String,
    /// The evidence's span, in code points of the document's text.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// Why this report joined the event; `None` for its first report.
    pub joined: Option<String>,
    pub document: Option<DocumentInfo>,
    /// The sentence and paragraph around the evidence, when its offsets
    /// point into the stored text.
    pub context: Option<Context>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub sentence: String,
    /// The sentence's span, in code points of the document's text.
    pub sentence_start: usize,
    pub sentence_end: usize,
    pub paragraph: String,
    pub paragraph_start: usize,
}

/// The context of the code points `start..end` of `text`, when they lie in it.
pub fn context_of(text: &str, start: usize, end: usize) -> Option<Context> {
    if start > end || end > text.chars().count() {
        return None;
    }
    let bytes = byte_offsets(text, &[start, end]);
    let sentence = sentence_around(text, bytes[0], bytes[1]);
    let paragraph = paragraph_around(text, bytes[0], bytes[1]);
    // A sentence may run over a line break; the paragraph holds the evidence.
    let sentence = sentence.start.max(paragraph.start)..sentence.end.min(paragraph.end);
    Some(Context {
        sentence: text[sentence.clone()].to_string(),
        sentence_start: char_count(text, sentence.start),
        sentence_end: char_count(text, sentence.end),
        paragraph: text[paragraph.clone()].to_string(),
        paragraph_start: char_count(text, paragraph.start),
    })
}

/// The event `event_id` with its mentions, or `None` when there is none.
pub fn event_detail(conn: &Connection, event_id: &str) -> Result<Option<EventDetail>, ApiError> {
    let Some(json) = conn
        .query_row(
            "SELECT json FROM canonical_events WHERE event_id = ?1",
            [event_id],
            |r| r.get::<_, String>(0),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let event: CanonicalEvent = decode(&json)?;
    let mentions_total: i64 = conn.query_row(
        "SELECT count(*) FROM events WHERE event_id = ?1",
        [event_id],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare(
        "SELECT e.json, d.id, d.title, d.url, d.source, d.published, d.lang, d.text
         FROM events e LEFT JOIN documents d ON d.id = e.doc
         WHERE e.event_id = ?1 ORDER BY e.rowid LIMIT ?2",
    )?;
    let mut rows = stmt.query(rusqlite::params![event_id, MAX_MENTIONS as i64])?;
    let mut mentions = Vec::new();
    while let Some(row) = rows.next()? {
        let mention: Event = decode(&row.get::<_, String>(0)?)?;
        let document = match row.get::<_, Option<String>>(1)? {
            Some(id) => Some(DocumentInfo {
                id,
                title: row.get(2)?,
                url: row.get(3)?,
                outlet: row.get(4)?,
                published: row.get(5)?,
                lang: row.get(6)?,
            }),
            None => None,
        };
        let text: Option<String> = row.get(7)?;
        let context = match (text, mention.start, mention.end) {
            (Some(text), Some(start), Some(end)) => context_of(&text, start, end),
            _ => None,
        };
        mentions.push(MentionInContext {
            id: mention.id,
            cameo: mention.cameo,
            date: mention.date,
            date_method: mention.date_method,
            evidence: mention.evidence,
            start: mention.start,
            end: mention.end,
            joined: mention.merge,
            document,
            context,
        });
    }
    Ok(Some(EventDetail {
        event,
        mentions,
        mentions_total: mentions_total as usize,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_is_the_sentence_inside_its_paragraph() {
        let text = "Titre\n\nUn point. Le général a reçu l'attaché à Hanoï. Fin.\nAutre";
        let start = text[..text.find("a reçu").unwrap()].chars().count();
        let end = start + "a reçu l'attaché".chars().count();
        let context = context_of(text, start, end).unwrap();
        assert_eq!(context.sentence, " Le général a reçu l'attaché à Hanoï.");
        assert_eq!(
            context.paragraph,
            "Un point. Le général a reçu l'attaché à Hanoï. Fin."
        );
        assert_eq!(context.paragraph_start, 7);
        let chars: Vec<char> = text.chars().collect();
        let sentence: String = chars[context.sentence_start..context.sentence_end]
            .iter()
            .collect();
        assert_eq!(sentence, context.sentence);
        assert!(context_of(text, 3, 400).is_none());
    }
}
