//! A small synthetic store for the report's tests: events written by hand
//! (never text from the evaluation corpora), some of them hostile.

#![allow(dead_code)]

use attache_model::{Actor, CanonicalEvent, CleanResult, Document, Event, Lang, Tier};
use attache_report::{gather, Period, ReportLang, Request, Review};
use attache_store::Store;

pub struct Spec {
    pub id: &'static str,
    pub tier: Tier,
    pub cameo: &'static str,
    pub source: (&'static str, Option<&'static str>, Option<&'static str>),
    pub target: (&'static str, Option<&'static str>, Option<&'static str>),
    pub date: Option<&'static str>,
    pub evidence: &'static str,
    pub docs: &'static [&'static str],
    pub confidence: f32,
    pub derived: bool,
}

fn actor((party, name, title): (&str, Option<&str>, Option<&str>)) -> Actor {
    let mut actor = if party.len() == 3 {
        Actor::of_country(party)
    } else {
        Actor {
            igo: Some(party.into()),
            sector: Some("IGO".into()),
            ..Actor::default()
        }
    };
    actor.name = name.map(str::to_string);
    actor.title = title.map(str::to_string);
    actor
}

/// Documents: id, outlet, URL, published, text.
pub const DOCS: &[(&str, &str, &str, Option<&str>, &str)] = &[
    ("d1", "news.example.vn", "https://news.example.vn/a1", Some("2024-03-05"), "Le ministre a effectué une visite officielle au Laos du 3 au 5 mars."),
    ("d2", "daily.example.la", "https://daily.example.la/b2", Some("2024-03-05"), "The minister paid an official visit to Laos."),
    ("d3", "evil.example.com", "javascript:alert(1)", Some("2024-06-10"), "<script>alert(\"x\")</script> The two sides co-chaired the 15th Vietnam–India Defence Policy Dialogue in Hanoi."),
    ("d4", "news.example.vn", "https://news.example.vn/a4", Some("2024-09-01"), "Vietnam sent its Level-2 Field Hospital with 63 officers to UNMISS."),
    ("d5", "news.example.vn", "https://news.example.vn/a5", Some("2023-05-02"), "Le ministre a reçu l'ambassadeur de France."),
    ("d6", "news.example.vn", "https://news.example.vn/a6", None, "Les deux parties ont signé un mémorandum."),
    ("d7", "news.example.vn", "https://news.example.vn/a7", Some("2024-11-20"), "Le ministre a reçu le secrétaire d'État américain."),
];

pub fn specs() -> Vec<Spec> {
    let giang = (
        "VNM",
        Some("Phan Van Giang"),
        Some("ministre de la Défense"),
    );
    vec![
        Spec {
            id: "ev-visit",
            tier: Tier::Activity,
            cameo: "042",
            source: giang,
            target: (
                "LAO",
                Some("Chansamone Chanyalath"),
                Some("Minister of National Defence"),
            ),
            date: Some("2024-03-03/2024-03-05"),
            evidence: "a effectué une visite officielle au Laos",
            docs: &["d1", "d2"],
            confidence: 0.96,
            derived: false,
        },
        Spec {
            id: "ev-dialogue",
            tier: Tier::Activity,
            cameo: "046",
            source: (
                "VNM",
                Some("Hoang Xuan Chien"),
                Some("Deputy Minister of National Defence"),
            ),
            target: ("IND", None, None),
            date: Some("2024-06-10"),
            evidence: "co-chaired the 15th Vietnam–India Defence Policy Dialogue",
            docs: &["d3"],
            confidence: 0.8,
            derived: false,
        },
        Spec {
            id: "ev-hostile",
            tier: Tier::Activity,
            cameo: "040",
            source: (
                "IND",
                Some("<img src=x onerror=alert(1)>"),
                Some("\"Minister\" <b>"),
            ),
            target: ("VNM", None, None),
            date: Some("2024-06-10"),
            evidence: "<script>alert(\"x\")</script> thanked 'Vietnam' & its people",
            docs: &["d3"],
            confidence: 0.6,
            derived: false,
        },
        Spec {
            id: "ev-pko",
            tier: Tier::Activity,
            cameo: "074",
            source: ("VNM", None, None),
            target: ("UNMISS", None, None),
            date: Some("2024-09"),
            evidence: "sent its Level-2 Field Hospital with 63 officers to UNMISS",
            docs: &["d4"],
            confidence: 0.6,
            derived: false,
        },
        Spec {
            id: "ev-2023",
            tier: Tier::Activity,
            cameo: "043",
            source: giang,
            target: ("FRA", None, Some("ambassadeur")),
            date: Some("2023-05-02"),
            evidence: "a reçu l'ambassadeur de France",
            docs: &["d5"],
            confidence: 0.8,
            derived: false,
        },
        Spec {
            id: "ev-2023-visit",
            tier: Tier::Activity,
            cameo: "042",
            source: ("FRA", None, Some("ambassadeur")),
            target: giang,
            date: Some("2023-05-02"),
            evidence: "a reçu l'ambassadeur de France",
            docs: &["d5"],
            confidence: 0.8,
            derived: true,
        },
        Spec {
            id: "ev-undated",
            tier: Tier::Activity,
            cameo: "057",
            source: ("VNM", None, None),
            target: ("LAO", None, None),
            date: Some("XXXX-03-04"),
            evidence: "ont signé un mémorandum",
            docs: &["d6"],
            confidence: 0.6,
            derived: false,
        },
        Spec {
            id: "ev-guessed",
            tier: Tier::Verbal,
            cameo: "030",
            source: ("VNM", None, None),
            target: ("KHM", None, None),
            date: Some("2024-04"),
            evidence: "souhaite renforcer la coopération",
            docs: &["d1"],
            confidence: 0.4,
            derived: false,
        },
        Spec {
            id: "ev-usa",
            tier: Tier::Activity,
            cameo: "043",
            source: giang,
            target: ("USA", Some("Jane Roe"), Some("Secretary of State")),
            date: Some("2024-11-20"),
            evidence: "a reçu le secrétaire d'État américain",
            docs: &["d7"],
            confidence: 0.8,
            derived: false,
        },
        Spec {
            id: "ev-usa-visit",
            tier: Tier::Activity,
            cameo: "042",
            source: ("USA", Some("Jane Roe"), Some("Secretary of State")),
            target: giang,
            date: Some("2024-11-19/2024-11-21"),
            evidence: "en visite au Vietnam",
            docs: &["d7"],
            confidence: 0.8,
            derived: false,
        },
    ]
}

fn canonical(spec: &Spec) -> CanonicalEvent {
    CanonicalEvent {
        event_id: spec.id.into(),
        tier: spec.tier,
        cameo: spec.cameo.into(),
        source: actor(spec.source),
        target: actor(spec.target),
        date: spec.date.map(str::to_string),
        place: None,
        evidence: spec.evidence.into(),
        doc: spec.docs[0].into(),
        mentions: spec.docs.len(),
        sources: spec.docs.len(),
        docs: spec.docs.iter().map(|d| d.to_string()).collect(),
        confidence: spec.confidence,
    }
}

fn mention(spec: &Spec, doc: &str, i: usize) -> Event {
    let mut event = Event::new(
        doc,
        spec.tier,
        spec.cameo,
        actor(spec.source),
        actor(spec.target),
        spec.evidence,
    );
    event.id = Some(format!("{doc}#{}-{i}", spec.id));
    event.event_id = Some(spec.id.into());
    event.date = spec.date.map(str::to_string);
    event.derived = spec.derived;
    event
}

/// A store holding the documents and events above.
pub fn store() -> Store {
    let store = Store::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    let clean = CleanResult {
        kept: vec![],
        removed: vec![],
        repairs: vec![],
        text: String::new(),
    };
    let specs = specs();
    for (id, outlet, url, published, text) in DOCS {
        let doc = Document {
            id: id.to_string(),
            url: Some(url.to_string()),
            source: Some(outlet.to_string()),
            lang: Lang::Fr,
            title: None,
            published: published.map(str::to_string),
            text: text.to_string(),
        };
        batch.put_document(&doc, &clean).unwrap();
        let mentions: Vec<Event> = specs
            .iter()
            .filter(|s| s.docs.contains(id))
            .enumerate()
            .map(|(i, s)| mention(s, id, i))
            .collect();
        batch.put_events(id, &mentions, &[]).unwrap();
    }
    for spec in &specs {
        batch.put_canonical(&canonical(spec)).unwrap();
    }
    batch.commit().unwrap();
    store
}

/// The review of Vietnam in 2024 from that store.
pub fn review(lang: ReportLang) -> Review {
    let request = Request {
        min_confidence: 0.5,
        ..Request::new("VNM", Period::year(2024), lang)
    };
    gather(&store(), &request).unwrap()
}
