//! Hand-made canonical events covering the cases each format must handle,
//! and a buffer to write them into. Shared by the tests and by
//! `examples/write_sample.rs`.

#![allow(dead_code)]

use std::io::Write;
use std::sync::{Arc, Mutex};

use attache_model::{Actor, CanonicalEvent, Place, Tier};

fn actor(
    country: Option<&str>,
    igo: Option<&str>,
    sector: &str,
    name: Option<&str>,
    title: Option<&str>,
) -> Actor {
    let own = |v: Option<&str>| v.map(str::to_string);
    Actor {
        country: own(country),
        igo: own(igo),
        sector: Some(sector.to_string()),
        name: own(name),
        title: own(title),
    }
}

fn place(name: &str, country: &str) -> Option<Place> {
    Some(Place {
        name: name.to_string(),
        country: Some(country.to_string()),
    })
}

/// Six events: a reception (043) with a full date, a joint patrol (062) over
/// a range of days, thanks (051) with an unknown year, peacekeepers sent to
/// an IGO mission (074) in a month, an intent (0312) without date or place,
/// and a criticism (111) in a year alone.
pub fn sample_events() -> Vec<CanonicalEvent> {
    vec![
        CanonicalEvent {
            event_id: "vnm-fra-2024-03-12-043".into(),
            tier: Tier::Activity,
            cameo: "043".into(),
            source: actor(Some("VNM"), None, "MIL", Some("Phan Văn Giang"), Some("ministre de la Défense")),
            target: actor(Some("FRA"), None, "MIL", None, Some("délégation du ministère des Armées")),
            date: Some("2024-03-12".into()),
            place: place("Hanoï", "VNM"),
            evidence: "Le général Phan Văn Giang a reçu, le 12 mars à Hanoï, une délégation du ministère français des Armées".into(),
            doc: "fr-0001".into(),
            mentions: 3,
            sources: 2,
            docs: vec!["fr-0001".into(), "fr-0004".into()],
            confidence: 0.75,
        },
        CanonicalEvent {
            event_id: "vnm-khm-2023-10-02-062".into(),
            tier: Tier::Activity,
            cameo: "062".into(),
            source: actor(Some("VNM"), None, "MIL", None, Some("garde-frontière")),
            target: actor(Some("KHM"), None, "MIL", None, None),
            date: Some("2023-10-02/2023-10-05".into()),
            place: place("Kiên Giang, province frontalière", "VNM"),
            evidence: "une patrouille conjointe, \"la 5e de l'année\", du 2 au 5 octobre".into(),
            doc: "fr-0002".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["fr-0002".into()],
            confidence: 0.4,
        },
        CanonicalEvent {
            event_id: "lao-vnm-xxxx-09-02-051".into(),
            tier: Tier::Verbal,
            cameo: "051".into(),
            source: actor(Some("LAO"), None, "GOV", Some("Sonexay Siphandone"), Some("Premier ministre")),
            target: actor(Some("VNM"), None, "PTY", None, Some("Parti communiste du Vietnam")),
            date: Some("XXXX-09-02".into()),
            place: None,
            evidence: "a félicité le Parti communiste du Vietnam à l'occasion de la Fête nationale, le 2 septembre".into(),
            doc: "fr-0003".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["fr-0003".into()],
            confidence: 0.4,
        },
        CanonicalEvent {
            event_id: "vnm-unmiss-2024-05-074".into(),
            tier: Tier::Activity,
            cameo: "074".into(),
            source: actor(Some("VNM"), None, "MIL", None, Some("hôpital de campagne de niveau 2")),
            target: actor(None, Some("UNMISS"), "IGO", None, None),
            date: Some("2024-05".into()),
            place: place("Bentiu", "SSD"),
            evidence: "a déployé en mai son hôpital de campagne de niveau 2 dans le cadre de la MINUSS".into(),
            doc: "fr-0005".into(),
            mentions: 2,
            sources: 2,
            docs: vec!["fr-0005".into(), "en-0002".into()],
            confidence: 0.6,
        },
        CanonicalEvent {
            event_id: "vnm-usa-none-0312".into(),
            tier: Tier::Verbal,
            cameo: "0312".into(),
            source: actor(Some("VNM"), None, "GOV", None, Some("Vice-ministre des Affaires étrangères")),
            target: actor(Some("USA"), None, "GOV", None, None),
            date: None,
            place: None,
            evidence: "Both sides agreed to strengthen defence cooperation".into(),
            doc: "en-0001".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["en-0001".into()],
            confidence: 0.2,
        },
        CanonicalEvent {
            event_id: "vnm-chn-2020-111".into(),
            tier: Tier::Verbal,
            cameo: "111".into(),
            source: actor(Some("VNM"), None, "GOV", Some("Lê Thị Thu Hằng"), Some("porte-parole")),
            target: actor(Some("CHN"), None, "GOV", None, None),
            date: Some("2020".into()),
            place: None,
            evidence: "a dénoncé\tles agissements\nde la Chine".into(),
            doc: "fr-0006".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["fr-0006".into()],
            confidence: 0.3,
        },
    ]
}

/// A `Write` whose bytes stay readable after the writer that owns it is
/// finished.
#[derive(Clone, Default)]
pub struct SharedBuf(Arc<Mutex<Vec<u8>>>);

impl SharedBuf {
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes()).unwrap()
    }

    pub fn bytes(&self) -> Vec<u8> {
        self.0.lock().unwrap().clone()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The output of `format` for the sample events.
pub fn written(format: attache_export::Format) -> SharedBuf {
    let buf = SharedBuf::default();
    let events = sample_events();
    let count = attache_export::write_events(format, Box::new(buf.clone()), &events).unwrap();
    assert_eq!(count, events.len());
    buf
}
