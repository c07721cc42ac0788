//! PLOVER JSON lines, in the field names of the POLECAT data set built on
//! PLOVER (the Open Event Data Alliance's successor to CAMEO): one object
//! per event with
//!
//! - `event_id`; `event_date` and `event_end_date`: the start and end of
//!   the `EVENTS.md` date as written (equal for a single date; `null`
//!   without a date);
//! - `event_type`, `mode`, `context` (a list), `quad_code`: the CAMEO code
//!   through the CAMEO→PLOVER crosswalk ([`plover_class`]), `null`s and an
//!   empty list for 01x statements, which PLOVER does not code; `cameo`
//!   keeps the code itself;
//! - `actor` and `recipient`: `code` (ISO3, or PLOVER's non-state code `IGO`
//!   for an organisation), `country`, `igo`, `sector` (PLOVER's sector codes
//!   `GOV`, `MIL`, `LEG`, `PTY` are attache's), `name`, `title`;
//! - `location`: `{"name", "country"}` or `null`; `event_text`: the
//!   evidence; `source`: the representative document, `stories`: every
//!   document reporting the event; `num_mentions`, `num_sources`,
//!   `confidence`.
//!
//! Directions stay CAMEO's: for 043 (host a visit) the actor is the host
//! and the mode `host`, as in the crosswalk, where the PLOVER manual would
//! put the visitor first with mode `visit`.

use std::io::{BufWriter, Write};

use attache_model::{Actor, CanonicalEvent, Place};
use serde::Serialize;

use crate::codes::plover_class;
use crate::date::split_range;
use crate::{EventWriter, ExportError};

#[derive(Serialize)]
struct PloverEvent<'a> {
    event_id: &'a str,
    event_date: Option<&'a str>,
    event_end_date: Option<&'a str>,
    event_type: Option<&'static str>,
    mode: Option<&'static str>,
    context: Vec<&'static str>,
    quad_code: Option<u8>,
    cameo: &'a str,
    actor: PloverActor<'a>,
    recipient: PloverActor<'a>,
    location: Option<&'a Place>,
    event_text: &'a str,
    source: &'a str,
    stories: &'a [String],
    num_mentions: usize,
    num_sources: usize,
    confidence: f32,
}

#[derive(Serialize)]
struct PloverActor<'a> {
    code: Option<&'a str>,
    country: Option<&'a str>,
    igo: Option<&'a str>,
    sector: Option<&'a str>,
    name: Option<&'a str>,
    title: Option<&'a str>,
}

impl<'a> PloverActor<'a> {
    fn of(a: &'a Actor) -> PloverActor<'a> {
        PloverActor {
            code: a.country.as_deref().or(a.igo.as_ref().map(|_| "IGO")),
            country: a.country.as_deref(),
            igo: a.igo.as_deref(),
            sector: a.sector.as_deref(),
            name: a.name.as_deref(),
            title: a.title.as_deref(),
        }
    }
}

fn plover(e: &CanonicalEvent) -> PloverEvent<'_> {
    let class = plover_class(&e.cameo);
    let dates = e.date.as_deref().map(split_range);
    PloverEvent {
        event_id: &e.event_id,
        event_date: dates.map(|d| d.0),
        event_end_date: dates.map(|d| d.1),
        event_type: class.as_ref().map(|c| c.event_type),
        mode: class.as_ref().and_then(|c| c.mode),
        quad_code: class.as_ref().and_then(|c| c.quad_code()),
        context: class.map(|c| c.context).unwrap_or_default(),
        cameo: &e.cameo,
        actor: PloverActor::of(&e.source),
        recipient: PloverActor::of(&e.target),
        location: e.place.as_ref(),
        event_text: &e.evidence,
        source: &e.doc,
        stories: &e.docs,
        num_mentions: e.mentions,
        num_sources: e.sources,
        confidence: e.confidence,
    }
}

pub(crate) struct PloverWriter {
    out: BufWriter<Box<dyn Write + Send>>,
}

impl PloverWriter {
    pub fn new(out: Box<dyn Write + Send>) -> PloverWriter {
        PloverWriter {
            out: BufWriter::new(out),
        }
    }
}

impl EventWriter for PloverWriter {
    fn write(&mut self, e: &CanonicalEvent) -> Result<(), ExportError> {
        serde_json::to_writer(&mut self.out, &plover(e))?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), ExportError> {
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Tier;

    #[test]
    fn a_reception_is_consult_host_and_a_statement_has_no_type() {
        let mut e = CanonicalEvent {
            event_id: "ev".into(),
            tier: Tier::Activity,
            cameo: "043".into(),
            source: Actor::of_country("VNM"),
            target: Actor {
                igo: Some("UN".into()),
                ..Actor::default()
            },
            date: Some("2024-03-12/2024-03-14".into()),
            place: None,
            evidence: "a reçu".into(),
            doc: "fr-1".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["fr-1".into()],
            confidence: 0.25,
        };
        let json = serde_json::to_value(plover(&e)).unwrap();
        assert_eq!(json["event_type"], "CONSULT");
        assert_eq!(json["mode"], "host");
        assert_eq!(json["quad_code"], 1);
        assert_eq!(json["event_date"], "2024-03-12");
        assert_eq!(json["event_end_date"], "2024-03-14");
        assert_eq!(json["recipient"]["code"], "IGO");
        e.cameo = "010".into();
        let json = serde_json::to_value(plover(&e)).unwrap();
        assert!(json["event_type"].is_null() && json["quad_code"].is_null());
        assert_eq!(json["context"], serde_json::json!([]));
    }
}
