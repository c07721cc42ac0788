//! A model-based test of the event store: random sequences of runs, each
//! ingesting some documents (new ones, the same text again, or a new text
//! under a known id), checked after every run against a simple in-memory
//! model of what the store must hold.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use attache_model::{Document, Event, Lang};
use attache_pipeline::{clean_document, extract_document, Linker, StoreLinker};
use attache_recognize::Recognizer;
use attache_store::{EventFilter, Store};
use proptest::prelude::*;

/// Two texts for each of four document ids (my own sentences).
const TEXTS: [[&str; 2]; 4] = [
    [
        "Le ministre vietnamien de la Défense, le général Phan Van Giang, a reçu le 11 mars à Hanoï l'ambassadeur du Japon au Vietnam, Ito Naoki.",
        "Le ministre vietnamien de la Défense, le général Phan Van Giang, a reçu le 14 mars à Hanoï l'ambassadeur de l'Inde au Vietnam, Sandeep Arya.",
    ],
    [
        "On March 11, Vietnamese Defence Minister General Phan Van Giang received Japanese Ambassador Ito Naoki in Hanoi.",
        "On March 11, Vietnamese Defence Minister General Phan Van Giang held talks with Lao Defence Minister Chansamone Chanyalath in Vientiane.",
    ],
    [
        "Le 12 mars, le Vietnam et le Laos ont signé un protocole de coopération en matière de défense à Vientiane.",
        "Le 13 mars, le Vietnam et le Cambodge ont organisé un exercice conjoint de recherche et de sauvetage.",
    ],
    [
        "Le vice-ministre vietnamien de la Défense a eu un entretien téléphonique le 12 mars avec son homologue laotien.",
        "Le vice-ministre vietnamien de la Défense a eu un entretien téléphonique le 12 mars avec son homologue laotien. Les deux parties ont convenu de renforcer la coopération.",
    ],
];

fn document(id: usize, version: usize) -> Document {
    Document {
        id: format!("d{id}"),
        url: None,
        source: Some(format!("outlet{id}.vn")),
        lang: if id == 1 { Lang::En } else { Lang::Fr },
        title: None,
        published: Some("2024-03-12".into()),
        text: TEXTS[id][version].into(),
    }
}

fn recognizer() -> &'static Recognizer<'static> {
    static RECOGNIZER: OnceLock<Recognizer<'static>> = OnceLock::new();
    RECOGNIZER.get_or_init(Recognizer::bundled)
}

/// One run: documents ingested together, in order; returns the number of
/// stored mentions it read.
fn run(store: &mut Store, docs: &[(usize, usize)]) -> u64 {
    run_documents(
        store,
        docs.iter().map(|&(id, version)| document(id, version)),
    )
}

fn run_documents(store: &Store, docs: impl Iterator<Item = Document>) -> u64 {
    run_with(StoreLinker::new(store).unwrap(), docs)
}

fn run_with(mut linker: StoreLinker<'_>, docs: impl Iterator<Item = Document>) -> u64 {
    for doc in docs {
        let cleaned = clean_document(doc);
        let events = extract_document(&cleaned, recognizer());
        linker.link(&cleaned, events).unwrap();
    }
    let read = linker.mentions_read;
    linker.finish().unwrap();
    read
}

/// What the store holds, as comparable values.
fn dump(store: &Store) -> (Vec<String>, Vec<String>) {
    let mut mentions = Vec::new();
    store
        .for_each_mention(&mut |m| mentions.push(serde_json::to_string(&m.event).unwrap()))
        .unwrap();
    let canonical = store
        .events(&EventFilter::default())
        .unwrap()
        .iter()
        .map(|e| serde_json::to_string(e).unwrap())
        .collect();
    (mentions, canonical)
}

/// The fields extraction alone decides (not the linking).
fn coded(e: &Event) -> (String, String, Option<usize>, Option<usize>) {
    (e.doc.clone(), e.cameo.clone(), e.start, e.end)
}

fn check(store: &Store, model: &BTreeMap<usize, usize>) {
    assert_eq!(store.document_count().unwrap(), model.len() as u64);
    let mut stored: Vec<Event> = Vec::new();
    store
        .for_each_mention(&mut |m| stored.push(m.event))
        .unwrap();
    // Every document's mentions are the extraction of its current text.
    for (&id, &version) in model {
        let expected: Vec<_> =
            extract_document(&clean_document(document(id, version)), recognizer())
                .iter()
                .map(coded)
                .collect();
        let found: Vec<_> = stored
            .iter()
            .filter(|e| e.doc == format!("d{id}"))
            .map(coded)
            .collect();
        assert_eq!(found, expected, "mentions of d{id} v{version}");
    }
    // Canonical events are exactly the events the mentions name, with
    // their mention counts.
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for e in &stored {
        *counts
            .entry(e.event_id.clone().expect("every mention is linked"))
            .or_default() += 1;
    }
    let canonical = store.events(&EventFilter::default()).unwrap();
    let ids: BTreeSet<&str> = canonical.iter().map(|e| e.event_id.as_str()).collect();
    assert_eq!(
        ids,
        counts.keys().map(String::as_str).collect::<BTreeSet<_>>()
    );
    for event in &canonical {
        assert_eq!(
            event.mentions, counts[&event.event_id],
            "{}",
            event.event_id
        );
        for mention in store.mentions(&event.event_id).unwrap() {
            assert!(event.docs.contains(&mention.doc));
        }
    }
}

fn runs() -> impl Strategy<Value = Vec<Vec<(usize, usize)>>> {
    prop::collection::vec(prop::collection::vec((0..4usize, 0..2usize), 1..5), 1..5)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Committing every document and forgetting everything read after each
    /// links as one batch holding everything does.
    #[test]
    fn batches_and_forgetting_change_nothing(runs in runs()) {
        let (one, many) = (Store::open_in_memory().unwrap(), Store::open_in_memory().unwrap());
        for docs in &runs {
            let docs = || docs.iter().map(|&(id, version)| document(id, version));
            run_documents(&one, docs());
            let linker = StoreLinker::new(&many).unwrap().with_batch_size(1).with_max_held_events(0);
            run_with(linker, docs());
            prop_assert_eq!(dump(&one), dump(&many));
        }
    }

    #[test]
    fn the_store_follows_the_model(runs in runs()) {
        let mut store = Store::open_in_memory().unwrap();
        let mut model: BTreeMap<usize, usize> = BTreeMap::new();
        for docs in &runs {
            run(&mut store, docs);
            for &(id, version) in docs {
                model.insert(id, version);
            }
            check(&store, &model);
            // The same run again changes nothing.
            let before = dump(&store);
            let current: Vec<(usize, usize)> = docs.iter().map(|&(id, _)| (id, model[&id])).collect();
            run(&mut store, &current);
            prop_assert_eq!(dump(&store), before);
        }
    }
}

#[test]
fn reports_of_one_meeting_in_two_languages_are_one_event() {
    let mut store = Store::open_in_memory().unwrap();
    run(&mut store, &[(0, 0), (1, 0)]);
    let receptions = store
        .events(&EventFilter {
            cameo: Some("043".into()),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(receptions.len(), 1, "{receptions:#?}");
    assert_eq!(receptions[0].sources, 2);
    assert_eq!(receptions[0].docs, ["d0", "d1"]);
    // Replacing the English text with another story leaves one report.
    run(&mut store, &[(1, 1)]);
    let receptions = store
        .events(&EventFilter {
            cameo: Some("043".into()),
            ..EventFilter::default()
        })
        .unwrap();
    assert_eq!(receptions.len(), 1);
    assert_eq!(receptions[0].docs, ["d0"]);
}

#[test]
fn every_fixture_text_is_coded() {
    for id in 0..TEXTS.len() {
        for version in 0..2 {
            let events = extract_document(&clean_document(document(id, version)), recognizer());
            assert!(!events.is_empty(), "d{id} v{version} gives no event");
        }
    }
}

#[test]
fn a_run_reads_only_the_stored_events_its_reports_may_join() {
    let mut store = Store::open_in_memory().unwrap();
    // Fifty reports of exercises with Cambodia, one a year.
    let exercises = (0..50).map(|i| Document {
        id: format!("x{i}"),
        published: Some(format!("{}-03-14", 1970 + i)),
        ..document(2, 1)
    });
    run_documents(&store, exercises);
    let stored = store.event_count().unwrap();
    assert!(stored >= 50);
    // A reception of Japan's ambassador: nothing stored may be the same.
    assert_eq!(run(&mut store, &[(0, 0)]), 0);
    // Its report in English reads the French one, not the exercises.
    let read = run(&mut store, &[(1, 0)]);
    assert!((1..10).contains(&read), "{read} of {stored} mentions read");
    // An exercise of 2019 reads the reports near its date only.
    let read = run_documents(
        &store,
        std::iter::once(Document {
            id: "x2019".into(),
            published: Some("2019-03-14".into()),
            ..document(2, 1)
        }),
    );
    assert!((1..10).contains(&read), "{read} of {stored} mentions read");
}

#[test]
fn mentions_stored_before_lookup_keys_are_keyed_and_linked_alike() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.db"), dir.path().join("new.db"));
    for path in [&old, &new] {
        let mut store = Store::open(path).unwrap();
        run(&mut store, &[(0, 0), (2, 0), (3, 1)]);
    }
    // As a store written before schema 6 holds them: no keys.
    let conn = rusqlite::Connection::open(&old).unwrap();
    conn.execute_batch("UPDATE events SET block = NULL, key_day = NULL; DELETE FROM story_keys;")
        .unwrap();
    drop(conn);
    let mut stores = [Store::open(&old).unwrap(), Store::open(&new).unwrap()];
    for store in &mut stores {
        run(store, &[(1, 0), (3, 0)]);
    }
    assert_eq!(dump(&stores[0]), dump(&stores[1]));
}

/// Links `docs` into `store` in batches of one, and stops without
/// finishing: as a run killed after its last commit leaves the store.
fn run_killed(store: &Store, docs: impl Iterator<Item = Document>) {
    let mut linker = StoreLinker::new(store).unwrap().with_batch_size(1);
    for doc in docs {
        let cleaned = clean_document(doc);
        let events = extract_document(&cleaned, recognizer());
        linker.link(&cleaned, events).unwrap();
    }
    drop(linker);
}

#[test]
fn a_load_into_an_empty_store_builds_the_readers_indexes_at_its_end_or_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let docs = || (0..4).map(|id| document(id, 0));
    let whole = Store::open(&dir.path().join("whole.db")).unwrap();
    run_documents(&whole, docs());
    assert!(whole.serving_indexes_ready().unwrap());

    let path = dir.path().join("killed.db");
    let killed = Store::open(&path).unwrap();
    run_killed(&killed, docs().take(2));
    // Readers see what was committed, without the indexes only they use.
    assert!(!killed.serving_indexes_ready().unwrap());
    assert!(!killed.events(&EventFilter::default()).unwrap().is_empty());
    drop(killed);
    let reopened = Store::open(&path).unwrap();
    assert!(reopened.serving_indexes_ready().unwrap());
    // A store holding documents keeps them while it is written.
    run_killed(&reopened, docs().skip(2));
    assert!(reopened.serving_indexes_ready().unwrap());
    assert_eq!(dump(&reopened), dump(&whole));
}

#[test]
fn a_run_stopped_at_a_batch_end_builds_the_readers_indexes_as_it_stops() {
    static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    let lines: Vec<String> = (0..4)
        .map(|id| serde_json::to_string(&document(id, 0)).unwrap())
        .collect();
    std::fs::write(&input, lines.join("\n")).unwrap();
    for threads in [1, 2] {
        let store = Store::open(&dir.path().join(format!("t{threads}.db"))).unwrap();
        let mut linker = StoreLinker::new(&store)
            .unwrap()
            .with_batch_size(1)
            .with_stop(&STOP);
        let stopped = attache_pipeline::extract_stream(
            &[input.display().to_string()],
            &Default::default(),
            attache_pipeline::Engine::with_recognizer(recognizer()),
            Some(threads),
            None,
            &mut linker,
            &mut |_| {},
            &mut |_, _| Ok(()),
        );
        assert!(matches!(
            stopped,
            Err(attache_pipeline::ExtractError::Interrupted)
        ));
        assert_eq!(store.document_count().unwrap(), 1, "{threads} threads");
        assert!(store.serving_indexes_ready().unwrap(), "{threads} threads");
    }
}

#[test]
fn a_long_run_holds_the_events_near_its_latest_reports_not_all_it_made() {
    // A protocol signed with Laos each March, and talks by phone each
    // March too, reported over forty years.
    let yearly = |year: usize| {
        [2, 3].map(|id| Document {
            id: format!("y{year}-{id}"),
            published: Some(format!("{}-03-14", 1980 + year)),
            ..document(id, 0)
        })
    };
    let store = Store::open_in_memory().unwrap();
    let mut linker = StoreLinker::new(&store).unwrap().with_batch_size(4);
    let mut most = 0;
    for doc in (0..40).flat_map(yearly) {
        let cleaned = clean_document(doc);
        let events = extract_document(&cleaned, recognizer());
        linker.link(&cleaned, events).unwrap();
        most = most.max(linker.held_events());
    }
    linker.finish().unwrap();
    let made = store.canonical_count().unwrap() as usize;
    assert!(made >= 80, "{made} events");
    assert!(most <= 12, "{most} of {made} events held at most");
    // As a run that holds everything links them: one batch, no sweep.
    let whole = Store::open_in_memory().unwrap();
    let mut linker = StoreLinker::new(&whole)
        .unwrap()
        .with_batch_size(usize::MAX);
    for doc in (0..40).flat_map(yearly) {
        let cleaned = clean_document(doc);
        let events = extract_document(&cleaned, recognizer());
        linker.link(&cleaned, events).unwrap();
    }
    assert_eq!(linker.held_events(), made);
    linker.finish().unwrap();
    assert_eq!(dump(&store), dump(&whole));
}
