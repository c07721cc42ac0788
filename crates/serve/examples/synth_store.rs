//! Builds a store of synthetic events for the load benchmark of
//! `attache serve` (`bench/serve_load.sh`): documents, mentions (with
//! evidence and offsets into the text) and canonical events, written
//! through the store's own API, so that the schema, indexes and the
//! evidence index are those of a real store. Deterministic: the same
//! arguments give the same store.
//!
//!     cargo run --release -p attache-serve --example synth_store -- OUT.db [MENTIONS]
//!
//! Vietnam is a party of most events (as in the French editions the
//! project reads), partners follow a Zipf-like law, dates span 2014–2025,
//! an event has 1 to 4 reports (2.5 on average) in different documents,
//! and a document holds 5 reports.

use std::path::PathBuf;
use std::time::Instant;

use attache_model::{
    Actor, CanonicalEvent, CleanResult, Document, Event, Lang, Place, Removal, RemovalReason, Span,
    Tier,
};
use attache_store::Store;

/// splitmix64: a fixed, well-mixed number for each (seed, index).
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn pick<T: Copy>(items: &[T], r: u64) -> T {
    items[(r % items.len() as u64) as usize]
}

const PARTNERS: &[&str] = &[
    "LAO", "KHM", "CHN", "USA", "RUS", "JPN", "KOR", "IND", "FRA", "AUS", "THA", "IDN", "MYS",
    "SGP", "PHL", "GBR", "DEU", "ISR", "CUB", "MMR", "BRN", "NZL", "CAN", "ITA", "BLR", "CZE",
    "POL", "HUN", "BGD", "LKA", "PAK", "MNG", "KAZ", "UZB", "ZAF", "BRA", "ARG", "CHL", "MEX",
    "EGY",
];
const IGOS: &[&str] = &["ASEAN", "UN", "EU", "ADMM", "UNMISS"];
const CODES: &[(&str, Tier)] = &[
    ("040", Tier::Activity),
    ("042", Tier::Activity),
    ("043", Tier::Activity),
    ("041", Tier::Activity),
    ("046", Tier::Activity),
    ("057", Tier::Activity),
    ("062", Tier::Activity),
    ("036", Tier::Activity),
    ("073", Tier::Activity),
    ("074", Tier::Activity),
    ("030", Tier::Verbal),
    ("0312", Tier::Verbal),
    ("051", Tier::Verbal),
    ("022", Tier::Verbal),
    ("032", Tier::Verbal),
    ("112", Tier::Verbal),
];
const PERSONS: &[&str] = &[
    "Phan Van Giang",
    "Hoang Xuan Chien",
    "Nguyen Tan Cuong",
    "Tran Quang Phuong",
    "Vu Hai San",
    "Chansamone Chanyalath",
    "Tea Seiha",
    "Lloyd Austin",
    "Dong Jun",
    "Sebastien Lecornu",
    "Richard Marles",
    "Rajnath Singh",
    "Minoru Kihara",
    "Andrei Belousov",
    "Shin Won-sik",
];
const OUTLETS: &[&str] = &[
    "fr.example-news.vn",
    "lecourrier.example.vn",
    "fr.qdnd.example.vn",
    "en.example-news.vn",
    "vietnamnews.example.vn",
    "en.qdnd.example.vn",
    "fr.vov.example.vn",
];
const CITIES: &[&str] = &[
    "Hanoï",
    "Vientiane",
    "Phnom Penh",
    "Tokyo",
    "Paris",
    "Canberra",
    "New Delhi",
    "Moscou",
];
const PHRASES: &[&str] = &[
    "s'est entretenu avec son homologue, le général",
    "a reçu une délégation conduite par le général",
    "a effectué une visite officielle et rencontré le général",
    "a coprésidé le dialogue sur la politique de défense avec le général",
    "a signé un mémorandum de coopération avec le général",
    "a salué le soutien apporté par le général",
    "a souhaité renforcer la coopération dans la formation avec le général",
    "held talks on maritime security and peacekeeping training with General",
    "welcomed a delegation led by General",
    "praised the cooperation in search and rescue with General",
];
const FILLER: &str = "Les deux parties ont passé en revue la coopération bilatérale dans les domaines de la formation, de la médecine militaire, du maintien de la paix et du règlement des conséquences de la guerre.";

/// One canonical event's fields, from its number alone.
struct Drawn {
    cameo: &'static str,
    tier: Tier,
    source: Actor,
    target: Actor,
    date: String,
    city: &'static str,
}

fn party(r: u64) -> Actor {
    // Zipf-like: the first partners are far more frequent.
    let rank = ((r % 10_000) as f64 / 10_000.0).powi(3) * PARTNERS.len() as f64;
    Actor::of_country(PARTNERS[(rank as usize).min(PARTNERS.len() - 1)])
}

fn draw(event: u64) -> Drawn {
    let r = |k: u64| mix(event.wrapping_mul(31).wrapping_add(k));
    let (cameo, tier) = pick(CODES, r(1));
    let vnm = Actor::of_country("VNM");
    let other = match r(2) % 20 {
        0 => Actor {
            igo: Some(pick(IGOS, r(3)).to_string()),
            ..Actor::default()
        },
        _ => party(r(4)),
    };
    let (mut source, mut target) = match r(5) % 10 {
        0..=4 => (vnm, other),
        5..=7 => (other, vnm),
        _ => (party(r(6)), party(r(7) / 3)),
    };
    if source.party() == target.party() {
        target = Actor::of_country("KHM");
        if source.party() == Some("KHM") {
            source = Actor::of_country("VNM");
        }
    }
    source.sector = Some("MIL".into());
    target.sector = Some("MIL".into());
    source.name = Some(pick(PERSONS, r(8)).to_string());
    target.name = Some(pick(PERSONS, r(9)).to_string());
    let day = r(10) % (12 * 365);
    let (year, rest) = (2014 + day / 365, day % 365);
    let date = format!("{year}-{:02}-{:02}", rest / 31 % 12 + 1, rest % 28 + 1);
    Drawn {
        cameo,
        tier,
        source,
        target,
        date,
        city: pick(CITIES, r(11)),
    }
}

fn evidence(d: &Drawn, mention: u64) -> String {
    format!(
        "{} {} {}",
        d.source.name.as_deref().unwrap_or(""),
        pick(PHRASES, mix(mention ^ 0x55)),
        d.target.name.as_deref().unwrap_or("")
    )
}

struct Plan {
    /// The canonical event of each mention.
    event_of: Vec<u32>,
    /// The first mention and the number of mentions of each event.
    events: Vec<(u32, u8)>,
    documents: u64,
}

/// Mention `m` lies in document `m % documents`, so that the mentions of
/// one event (consecutive numbers) lie in different documents.
fn plan(mentions: u64) -> Plan {
    let mut event_of = Vec::with_capacity(mentions as usize);
    let mut events = Vec::new();
    while (event_of.len() as u64) < mentions {
        let n =
            (1 + mix(events.len() as u64 ^ 0xABCD) % 4).min(mentions - event_of.len() as u64) as u8;
        events.push((event_of.len() as u32, n));
        event_of.extend(std::iter::repeat_n(events.len() as u32 - 1, n as usize));
    }
    Plan {
        event_of,
        events,
        documents: mentions.div_ceil(5),
    }
}

fn doc_id(doc: u64) -> String {
    format!("synth-{doc:07}")
}

/// Document `doc`: a title, a teaser line the cleaner removed, then one
/// paragraph per mention; its mentions with their offsets.
fn document(plan: &Plan, doc: u64) -> (Document, CleanResult, Vec<Event>) {
    let outlet = pick(OUTLETS, mix(doc ^ 0x77));
    let lang = if outlet.starts_with("fr") || outlet.starts_with("lecourrier") {
        Lang::Fr
    } else {
        Lang::En
    };
    let mut text = format!(
        "Coopération de défense, dépêche {doc}\n>>Lire aussi : autres nouvelles de la défense\n"
    );
    let teaser = Span::new(text.find(">>").unwrap(), text.chars().count() - 1);
    let mut events = Vec::new();
    let mentions = (0..5)
        .map(|slot| doc + slot * plan.documents)
        .filter(|m| *m < plan.event_of.len() as u64);
    for (i, m) in mentions.enumerate() {
        let event = plan.event_of[m as usize] as u64;
        let d = draw(event);
        let said = evidence(&d, m);
        let start = text.chars().count() + d.city.chars().count() + 3;
        text.push_str(&format!("\n{} – {said}, le {}. {FILLER}\n", d.city, d.date));
        let end = start + said.chars().count();
        let (first, _) = plan.events[event as usize];
        events.push(Event {
            doc: doc_id(doc),
            tier: d.tier,
            cameo: d.cameo.into(),
            source: d.source,
            target: d.target,
            date: Some(d.date),
            place: Some(Place {
                name: d.city.into(),
                country: None,
            }),
            evidence: said,
            cluster: None,
            optional: false,
            joint: false,
            id: Some(format!("{}#{}", doc_id(doc), i + 1)),
            event_id: Some(format!("ev-{event:016x}")),
            start: Some(start),
            end: Some(end),
            confidence: Some(0.8),
            date_method: Some("explicit".into()),
            trigger: None,
            derived: false,
            merge: (m as u32 != first).then(|| "synthetic: same parties, code and date".into()),
            names_inferred: [false, false],
        });
    }
    let length = text.chars().count();
    let clean = CleanResult {
        kept: vec![Span::new(0, teaser.start), Span::new(teaser.end, length)],
        removed: vec![Removal {
            start: teaser.start,
            end: teaser.end,
            reason: RemovalReason::Teaser,
        }],
        repairs: vec![],
        text: String::new(),
    };
    let document = Document {
        id: doc_id(doc),
        url: Some(format!("https://{outlet}/defense/{doc}.html")),
        source: Some(outlet.into()),
        lang,
        title: Some(format!("Coopération de défense, dépêche {doc}")),
        published: Some(
            events
                .first()
                .and_then(|e| e.date.clone())
                .unwrap_or_default(),
        ),
        text,
    };
    (document, clean, events)
}

fn canonical(plan: &Plan, event: u64) -> CanonicalEvent {
    let (first, n) = plan.events[event as usize];
    let d = draw(event);
    let mentions: Vec<u64> = (first as u64..first as u64 + n as u64).collect();
    let mut docs: Vec<String> = mentions
        .iter()
        .map(|m| doc_id(m % plan.documents))
        .collect();
    docs.sort();
    let mut outlets: Vec<&str> = mentions
        .iter()
        .map(|m| pick(OUTLETS, mix((m % plan.documents) ^ 0x77)))
        .collect();
    outlets.sort();
    outlets.dedup();
    CanonicalEvent {
        event_id: format!("ev-{event:016x}"),
        tier: d.tier,
        cameo: d.cameo.into(),
        evidence: evidence(&d, first as u64),
        source: d.source,
        target: d.target,
        date: Some(d.date),
        place: Some(Place {
            name: d.city.into(),
            country: None,
        }),
        doc: docs[0].clone(),
        mentions: n as usize,
        sources: outlets.len(),
        docs,
        confidence: 1.0 - 0.5f32.powi(outlets.len() as i32 + 1),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: synth_store OUT.db [MENTIONS]")?);
    let mentions: u64 = args.next().map_or(Ok(1_000_000), |n| n.parse())?;
    let started = Instant::now();
    let plan = plan(mentions);
    let store = Store::open(&out)?;
    const BATCH: u64 = 2_000;
    for first in (0..plan.documents).step_by(BATCH as usize) {
        let mut batch = store.batch()?;
        for doc in first..(first + BATCH).min(plan.documents) {
            let (document, clean, events) = document(&plan, doc);
            batch.put_coded_document(&document, &clean)?;
            batch.put_events(&document.id, &events, &[])?;
        }
        batch.commit()?;
    }
    for first in (0..plan.events.len() as u64).step_by(BATCH as usize * 5) {
        let mut batch = store.batch()?;
        for event in first..(first + BATCH * 5).min(plan.events.len() as u64) {
            batch.put_canonical(&canonical(&plan, event))?;
        }
        batch.commit()?;
    }
    println!(
        "{}: {} documents, {} mentions, {} events in {:.0} s",
        out.display(),
        plan.documents,
        mentions,
        plan.events.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
