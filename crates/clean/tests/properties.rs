//! Properties of cleaning that must hold for any input.

use attache_clean::clean;
use attache_model::{CleanResult, Lang, RemovalReason, Span};
use proptest::prelude::*;

/// Rebuilds the cleaned text from the original, the kept spans and the repairs.
fn rebuild(original: &str, result: &CleanResult) -> String {
    let chars: Vec<char> = original.chars().collect();
    let mut out = String::new();
    for span in &result.kept {
        for (i, c) in chars[span.start..span.end].iter().enumerate() {
            for repair in result.repairs.iter().filter(|r| r.at == span.start + i) {
                out.push_str(&repair.insert);
            }
            out.push(*c);
        }
    }
    out
}

fn check_invariants(text: &str, result: &CleanResult) -> Result<(), TestCaseError> {
    let len = text.chars().count();
    for pair in result.kept.windows(2) {
        prop_assert!(
            pair[0].end <= pair[1].start,
            "kept spans overlap or are unsorted: {:?}",
            result.kept
        );
    }
    for span in &result.kept {
        prop_assert!(span.start < span.end && span.end <= len);
    }
    for pair in result.removed.windows(2) {
        prop_assert!(pair[0].end <= pair[1].start);
    }
    for removal in &result.removed {
        prop_assert!(removal.start < removal.end && removal.end <= len);
        prop_assert!(!result
            .kept
            .iter()
            .any(|k| k.start < removal.end && removal.start < k.end));
    }
    for repair in &result.repairs {
        prop_assert!(result
            .kept
            .iter()
            .any(|k| k.start <= repair.at && repair.at < k.end));
    }
    prop_assert_eq!(rebuild(text, result), result.text.clone());
    Ok(())
}

/// Text made of the pieces that trigger the rules, in random order.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Le ministre a reçu l'ambassadeur.",
        "Photo : VNA",
        ">>Une autre histoire",
        "Lire aussi",
        "lasouveraineté",
        "relationsextérieures",
        "Laos.Le",
        "àWashington",
        "\n",
        "\n\n",
        " ",
        "Vietnam",
        "(Image: X)",
        " -VNA",
        "date 2024-05 ",
        "ảnh 1",
        "Accueil/Monde/Asie/Sport",
        "Le général (droite) et son homologue",
        "é",
        "😀",
        "\r\n",
        "|",
        "Read more:",
        "Commentaires",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_gives_consistent_spans(text in "\\PC{0,400}") {
        for lang in [Lang::Fr, Lang::En, Lang::Other("und".into())] {
            check_invariants(&text, &clean(&text, &lang))?;
        }
    }

    #[test]
    fn news_like_text_gives_consistent_spans(text in newsy_text()) {
        check_invariants(&text, &clean(&text, &Lang::Fr))?;
    }

    #[test]
    fn a_duplicated_paragraph_is_kept_once(words in prop::collection::vec("[a-zé]{3,9}", 10..30)) {
        let paragraph = format!("Le {}.", words.join(" "));
        let text = format!("{paragraph}\n\n{paragraph}\n");
        let result = clean(&text, &Lang::Fr);
        let first = Span::new(0, paragraph.chars().count());
        let second_start = first.end + 2;
        let second = Span::new(second_start, second_start + first.len());
        prop_assert!(result.keeps(&first));
        prop_assert!(!result.kept.iter().any(|k| k.start < second.end && second.start < k.end));
        prop_assert!(result.removed.iter().any(|r| r.reason == RemovalReason::Duplicate));
    }
}
