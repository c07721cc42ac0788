//! Time budgets and hostile input (issue 14): a document over its budget
//! is rejected at `path:line` and the run goes on; long or deeply nested
//! input is processed, not hung on.

use assert_cmd::Command;
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

const SENTENCE: &str = "Le ministre de la Défense Phan Van Giang a reçu mardi à Hanoï son homologue cambodgien Tea Banh. ";

fn jsonl_line(id: &str, text: &str) -> String {
    serde_json::json!({"id": id, "lang": "fr", "published": "2024-03-05", "text": text}).to_string()
}

#[test]
fn a_document_over_its_time_budget_is_rejected_by_file_and_line_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs.jsonl");
    let lines = [
        jsonl_line("a", SENTENCE),
        jsonl_line("b", &SENTENCE.repeat(50)),
    ];
    std::fs::write(&docs, lines.join("\n") + "\n").unwrap();
    let docs_name = docs.display().to_string();
    for threads in ["1", "2"] {
        attache()
            .args([
                "extract",
                "--threads",
                threads,
                "--max-doc-seconds",
                "0.000000001",
            ])
            .arg(&docs)
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains(format!("{docs_name}:1: took longer than 0.000000001 s"))
                    .and(predicate::str::contains(format!(
                        "{docs_name}:2: took longer than"
                    )))
                    .and(predicate::str::contains("attache: 0 events")),
            );
    }
    // Without a budget (0) both are coded.
    attache()
        .args(["extract", "--max-doc-seconds", "0"])
        .arg(&docs)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"doc\":\"b\""));
}

/// One paragraph of 2,000 sentences (250 KB) took seconds and grew with
/// the square of its length; with the default budget it is coded.
#[test]
fn a_long_single_paragraph_is_coded_within_the_default_budget() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("long.txt");
    std::fs::write(&doc, format!("Titre\n\n{}", SENTENCE.repeat(2_000))).unwrap();
    attache()
        .arg("extract")
        .arg(&doc)
        .assert()
        .success()
        .stderr(predicate::str::contains("took longer").not());
}

/// A text without full stops is one sentence: each predicate read all of
/// it, and 250 KB went over the 60 s budget.
#[test]
fn a_long_text_without_full_stops_is_coded_within_the_default_budget() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("one-sentence.txt");
    let clause = SENTENCE.trim_end().trim_end_matches('.');
    std::fs::write(
        &doc,
        format!("Titre\n\n{}", format!("{clause} ").repeat(2_000)),
    )
    .unwrap();
    attache()
        .arg("extract")
        .arg(&doc)
        .assert()
        .success()
        .stdout(predicate::str::contains("Phan Van Giang"));
}

/// 100,000 nested `<div>`s took half a minute in html5ever.
#[test]
fn a_page_of_deeply_nested_elements_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("deep.html");
    let html = format!(
        "<html><body>{}<article><p>{}</p></article>{}</body></html>",
        "<div>".repeat(100_000),
        SENTENCE,
        "</div>".repeat(100_000)
    );
    std::fs::write(&page, html).unwrap();
    attache()
        .arg("clean")
        .arg(&page)
        .assert()
        .success()
        .stdout(predicate::str::contains("Phan Van Giang a reçu"));
}
