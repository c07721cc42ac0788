//! Text in NFD, or opening with a byte-order mark, is read in NFC and every
//! span the pipeline gives out points into the text as given: for any such
//! input, evidence == original[span], and the events are those of the NFC text.

use attache_model::{Document, Lang};
use attache_pipeline::{clean_document, extract_document, recognize_document};
use attache_recognize::Recognizer;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const SENTENCES: &[&str] = &[
    "Le 12 mars, le ministre vietnamien de la Défense, le général Phan Văn Giang, a reçu à Hà Nội l'ambassadeur du Japon.",
    "Les deux parties ont signé un mémorandum d'entente sur la coopération en matière de défense.",
    "Le général Phan Văn Giang a effectué une visite officielle au Laos du 15 au 17 mars.",
    "Photo : VNA",
    "Il a souhaité que les deux pays renforcent leur coopération.",
];

fn document(text: String) -> Document {
    Document {
        id: "d".into(),
        url: None,
        source: Some("fr.example-news.vn".into()),
        lang: Lang::Fr,
        title: None,
        published: Some("2024-03-13".into()),
        text,
    }
}

/// The sentences chosen, with each chosen accented letter written in NFD.
fn text_of(picks: &[(usize, bool)], bom: bool) -> (String, String) {
    let nfc: String = picks
        .iter()
        .map(|&(i, _)| SENTENCES[i % SENTENCES.len()])
        .collect::<Vec<_>>()
        .join("\n");
    let mut as_given = String::new();
    if bom {
        as_given.push('\u{feff}');
    }
    for (i, c) in nfc.chars().enumerate() {
        if picks.get(i % picks.len()).is_some_and(|p| p.1) || i % 3 == 0 {
            as_given.extend(std::iter::once(c).nfd());
        } else {
            as_given.push(c);
        }
    }
    (nfc, as_given)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn evidence_is_the_original_text_at_its_span(
        picks in prop::collection::vec((0usize..5, any::<bool>()), 1..6),
        bom in any::<bool>(),
    ) {
        let (nfc, original) = text_of(&picks, bom);
        let recognizer = Recognizer::bundled();
        let cleaned = clean_document(document(original.clone()));
        let events = extract_document(&cleaned, &recognizer);
        let chars = original.chars().count();
        for e in &events {
            let (start, end) = (e.start.unwrap(), e.end.unwrap());
            prop_assert!(start <= end && end <= chars);
            let at: String = original.chars().skip(start).take(end - start).collect();
            prop_assert_eq!(&e.evidence, &at);
        }
        for m in recognize_document(&cleaned) {
            let at: String = original.chars().skip(m.start).take(m.end - m.start).collect();
            prop_assert_eq!(&m.text, &at);
        }
        for k in &cleaned.clean.kept {
            prop_assert!(k.start < k.end && k.end <= chars);
        }
        // The same events as the NFC text, evidence aside.
        let reference = extract_document(&clean_document(document(nfc)), &recognizer);
        let brief = |events: &[attache_model::Event]| -> Vec<(String, String, String)> {
            events
                .iter()
                .map(|e| (e.cameo.clone(), e.evidence.nfc().collect(), format!("{:?}", e.date)))
                .collect()
        };
        prop_assert_eq!(brief(&events), brief(&reference));
    }
}

#[test]
fn nfd_sentences_give_events() {
    let (nfc, original) = text_of(&[(0, true), (2, true)], true);
    let cleaned = clean_document(document(original));
    let events = extract_document(&cleaned, &Recognizer::bundled());
    let reference = extract_document(&clean_document(document(nfc)), &Recognizer::bundled());
    assert!(!reference.is_empty());
    assert_eq!(events.len(), reference.len());
}
