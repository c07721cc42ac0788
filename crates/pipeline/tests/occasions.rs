//! Two reports of one numbered occasion, one of them undated, are one
//! event, whether linked in one run or the second resumed from the store.

use attache_model::{Document, Event, Lang};
use attache_pipeline::{clean_document, extract_document, Linker, MemoryLinker, StoreLinker};
use attache_recognize::Recognizer;
use attache_store::Store;

/// My own sentences: a dated French report and an undated English one.
fn documents() -> [Document; 2] {
    [
        Document {
            id: "fr-a".into(),
            url: None,
            source: Some("fr.example.vn".into()),
            lang: Lang::Fr,
            title: None,
            published: Some("2024-10-24".into()),
            text: "Le 3e Échange d'amitié de la défense frontalière Vietnam-Laos s'est achevé. Le 23 octobre, le ministre laotien de la Défense, le général Chansamone Chanyalath, a accueilli la délégation vietnamienne dans la province de Houaphanh.".into(),
        },
        Document {
            id: "en-b".into(),
            url: None,
            source: Some("en.example.vn".into()),
            lang: Lang::En,
            title: None,
            published: None,
            text: "The third Viet Nam-Laos border defence friendship exchange concluded with success. Lao Defence Minister General Chansamone Chanyalath received the Vietnamese delegation in Houaphanh province.".into(),
        },
    ]
}

fn receptions(events: &[Event]) -> Vec<&Event> {
    events
        .iter()
        .filter(|e| e.cameo == "043" && !e.derived)
        .collect()
}

#[test]
fn an_undated_report_of_the_same_numbered_occasion_joins_it() {
    let recognizer = Recognizer::bundled();
    let [a, b] = documents();
    let (a, b) = (clean_document(a), clean_document(b));
    let (events_a, events_b) = (
        extract_document(&a, &recognizer),
        extract_document(&b, &recognizer),
    );
    assert_eq!(receptions(&events_a).len(), 1, "{events_a:?}");
    assert_eq!(receptions(&events_b).len(), 1, "{events_b:?}");
    assert_eq!(receptions(&events_b)[0].date, None);

    // In one run.
    let mut memory = MemoryLinker::default();
    let linked_a = memory.link(&a, events_a.clone()).unwrap();
    let linked_b = memory.link(&b, events_b.clone()).unwrap();
    let id = receptions(&linked_a)[0].event_id.clone();
    assert_eq!(receptions(&linked_b)[0].event_id, id);
    assert!(receptions(&linked_b)[0]
        .merge
        .as_deref()
        .unwrap()
        .contains("tells the same story"));

    // In two runs: the second resumes the first from the store.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("a.db")).unwrap();
    let mut linker = StoreLinker::new(&store).unwrap();
    let stored_a = linker.link(&a, events_a).unwrap();
    linker.finish().unwrap();
    let mut linker = StoreLinker::new(&store).unwrap();
    let stored_b = linker.link(&b, events_b).unwrap();
    linker.finish().unwrap();
    assert_eq!(
        receptions(&stored_b)[0].event_id,
        receptions(&stored_a)[0].event_id
    );
}
