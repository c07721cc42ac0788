//! The `attache` command end to end: exit codes, messages, the store.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

fn ingest(db: &Path, paths: &[&Path]) -> assert_cmd::assert::Assert {
    attache()
        .arg("ingest")
        .arg("--db")
        .arg(db)
        .args(paths)
        .assert()
}

#[test]
fn ingesting_the_samples_then_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    ingest(&db, &[&samples()]).success().stderr(
        predicate::str::contains("read 6 documents")
            .and(predicate::str::contains("6 new, 0 replaced, 0 unchanged")),
    );
    ingest(&db, &[&samples()])
        .success()
        .stderr(predicate::str::contains("0 new, 0 replaced, 6 unchanged"));
}

#[test]
fn new_content_under_an_existing_id_is_reported_as_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let doc = dir.path().join("visite.txt");
    std::fs::write(&doc, "Le ministre a reçu l'ambassadeur.").unwrap();
    ingest(&db, &[&doc])
        .success()
        .stderr(predicate::str::contains("1 new"));
    std::fs::write(&doc, "Le ministre a reçu l'ambassadeur du Japon.").unwrap();
    ingest(&db, &[&doc])
        .success()
        .stderr(predicate::str::contains("0 new, 1 replaced"));
}

#[test]
fn bad_input_is_reported_by_file_and_line_and_the_rest_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("good.txt"),
        "Le ministre a reçu l'ambassadeur du Japon.",
    )
    .unwrap();
    std::fs::write(input.join("latin1.txt"), b"Le ministre\nde la D\xe9fense").unwrap();
    std::fs::write(input.join("binary.txt"), b"\x7fELF\0\0\x01").unwrap();
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    std::fs::write(
        input.join("cut.html"),
        b"<html><body><nav>Accueil</nav><div",
    )
    .unwrap();
    let jsonl = format!(
        "{}\n{{\"id\": \"broken\"\n{}\n",
        r#"{"id": "j1", "lang": "en", "text": "The minister received the ambassador."}"#,
        format_args!(r#"{{"id": "huge", "text": "{}"}}"#, "a".repeat(5000))
    );
    std::fs::write(input.join("docs.jsonl"), jsonl).unwrap();
    let db = dir.path().join("a.db");
    let name = |f: &str| input.join(f).display().to_string();
    attache()
        .args(["ingest", "--max-doc-bytes", "4096", "--db"])
        .arg(&db)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(format!(
                "{}:2: invalid UTF-8 (byte 0xE9)",
                name("latin1.txt")
            ))
            .and(predicate::str::contains(format!(
                "{}:1: binary file (NUL byte)",
                name("binary.txt")
            )))
            .and(predicate::str::contains(format!(
                "{}:1: empty document",
                name("empty.txt")
            )))
            .and(predicate::str::contains(format!(
                "{}:1: no article text found",
                name("cut.html")
            )))
            .and(predicate::str::contains(format!(
                "{}:2: malformed JSON",
                name("docs.jsonl")
            )))
            .and(predicate::str::contains(format!(
                "{}:3: document of 5026 bytes exceeds the limit of 4096 bytes",
                name("docs.jsonl")
            )))
            .and(predicate::str::contains("read 2 documents"))
            .and(predicate::str::contains("rejected 6")),
        );
}

#[test]
fn a_missing_path_is_a_rejection_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Le ministre a reçu l'ambassadeur.").unwrap();
    ingest(
        &dir.path().join("a.db"),
        &[Path::new("/no/such/attache-input"), &good],
    )
    .code(2)
    .stderr(
        predicate::str::contains("/no/such/attache-input:0: no such file or directory")
            .and(predicate::str::contains("1 new")),
    );
}

#[test]
fn an_unusable_database_is_fatal() {
    let dir = tempfile::tempdir().unwrap();
    ingest(dir.path(), &[&samples()])
        .code(1)
        .stderr(predicate::str::contains(
            "attache: error: cannot open database",
        ));
}

#[test]
fn clean_reads_stdin_and_prints_one_line_per_document() {
    let input = concat!(
        r#"{"id": "s1", "lang": "fr", "text": "Le ministre a reçu l'ambassadeur.\nPhoto : VNA"}"#,
        "\n",
        r#"{"id": "s2", "lang": "en", "text": "The minister met his counterpart.Both sides signed a plan."}"#,
        "\n"
    );
    let output = attache()
        .args(["clean", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "Le ministre a reçu l'ambassadeur.\n");
    assert_eq!(lines[0]["removed"][0]["reason"], "caption");
    assert_eq!(lines[1]["repairs"][0]["at"], 33);
}

#[test]
fn clean_output_on_the_samples() {
    let output = attache()
        .arg("clean")
        .arg(samples())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!(String::from_utf8(output).unwrap());
}

#[test]
fn actors_prints_mentions_with_spans_into_the_original() {
    let text =
        "Le ministre de la Défense a reçu l'ambassadeur du Japon.Il a salué la Chine.\nPhoto : VNA";
    let input =
        serde_json::json!({"id": "a1", "lang": "fr", "source": "fr.example.vn", "text": text});
    let output = attache()
        .args(["actors", "-"])
        .write_stdin(format!("{input}\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let line: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let mentions = line["mentions"].as_array().unwrap();
    let chars: Vec<char> = text.chars().collect();
    for m in mentions {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            m["text"].as_str().unwrap()
        );
    }
    let countries: Vec<&str> = mentions
        .iter()
        .filter_map(|m| m["actors"][0]["country"].as_str())
        .collect();
    // The unqualified minister is the outlet's (a .vn outlet); the ambassador is Japan's.
    assert_eq!(countries, ["VNM", "JPN", "JPN", "CHN"], "{mentions:?}");
}

#[test]
fn a_user_dictionary_adds_persons_without_rebuilding() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("people.tsv");
    std::fs::write(&dict, "#surface\tkind\tcountry\tigo\tsector\tname\ttitle\nZorba Quixwell\tperson\tGRC\t-\tMIL\t-\tchef d'état-major\n").unwrap();
    let input = serde_json::json!({"id": "u1", "lang": "fr", "text": "Zorba Quixwell a reçu la délégation."});
    let output = attache()
        .args(["actors", "--dict"])
        .arg(&dict)
        .arg("-")
        .write_stdin(format!("{input}\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let line: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let person = &line["mentions"][0];
    assert_eq!(person["kind"], "person");
    assert_eq!(person["actors"][0]["country"], "GRC");
    assert_eq!(person["actors"][0]["sector"], "MIL");
    // A bad line is said and skipped; the good ones are loaded. It is a
    // warning unless `--dict-strict` makes it rejected input (status 2).
    std::fs::write(
        &dict,
        "Zorba Quixwell\tsomething\nAlma Quixwell\tperson\tGRC\t-\t-\t-\t-\n",
    )
    .unwrap();
    for (strict, code) in [(false, 0), (true, 2)] {
        let mut command = attache();
        command.args(["actors", "--dict"]).arg(&dict);
        if strict {
            command.arg("--dict-strict");
        }
        command
            .arg("-")
            .write_stdin(format!("{input}\n"))
            .assert()
            .code(code)
            .stderr(predicate::str::contains(
                "people.tsv:1: expected 7 tab-separated cells",
            ))
            .stderr(predicate::str::contains("1 entries, 1 lines skipped"));
    }
}

#[test]
fn extract_prints_events_whose_evidence_is_the_original_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.db");
    let output = attache()
        .arg("extract")
        .arg("--db")
        .arg(&db)
        .arg(samples())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let events: Vec<serde_json::Value> = String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(events.len() >= 4, "{events:?}");
    // The original texts of the sample documents, by id.
    let mut texts = std::collections::HashMap::new();
    let page = std::fs::read_to_string(samples().join("fr-visite-vientiane.txt")).unwrap();
    texts.insert("fr-visite-vientiane".to_string(), page);
    for line in std::fs::read_to_string(samples().join("news.jsonl"))
        .unwrap()
        .lines()
    {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        texts.insert(
            doc["id"].as_str().unwrap().to_string(),
            doc["text"].as_str().unwrap().to_string(),
        );
    }
    for e in &events {
        assert!(
            e["event_id"].is_string() && e["id"].is_string() && e["date_method"].is_string()
                || e["date"].is_null()
        );
        if let Some(text) = texts.get(e["doc"].as_str().unwrap()) {
            let chars: Vec<char> = text.chars().collect();
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars[s..t].iter().collect::<String>(),
                e["evidence"].as_str().unwrap()
            );
        }
    }
    // Extracting again replaces the stored events: the count does not grow.
    attache()
        .arg("extract")
        .arg("--db")
        .arg(&db)
        .arg(samples())
        .assert()
        .success();
    let store = attache_store_count(&db);
    assert_eq!(store, events.len() as u64);
}

fn attache_store_count(db: &Path) -> u64 {
    attache_store::Store::open(db)
        .unwrap()
        .event_count()
        .unwrap()
}

/// `attache eval --json` on files of gold and system events, its figures.
fn eval_json(gold: &Path, docs: &Path, system: &Path) -> serde_json::Value {
    let output = attache()
        .args(["eval", "--json", "--gold"])
        .arg(gold)
        .arg("--docs")
        .arg(docs)
        .arg("--system")
        .arg(system)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&output).unwrap()
}

#[test]
fn eval_scores_a_system_file_against_gold() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs.jsonl");
    std::fs::write(
        &docs,
        "{\"id\": \"d1\", \"lang\": \"fr\", \"text\": \"Le ministre a reçu l'ambassadeur.\"}\n",
    )
    .unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, concat!(
        r#"{"doc": "d1", "tier": "activity", "cameo": "043", "source": {"country": "VNM"}, "target": {"country": "JPN"}, "date": "2024-05-05", "evidence": "a reçu"}"#, "\n",
        r#"{"doc": "d1", "tier": "verbal", "cameo": "051", "source": {"country": "JPN"}, "target": {"country": "VNM"}, "date": null, "evidence": "a reçu"}"#, "\n",
    )).unwrap();
    let system = dir.path().join("system.jsonl");
    std::fs::write(&system, concat!(
        r#"{"doc": "d1", "tier": "activity", "cameo": "043", "source": {"country": "VNM"}, "target": {"country": "JPN"}, "date": "2024-05-05", "evidence": "a reçu"}"#, "\n",
        r#"{"doc": "d1", "tier": "activity", "cameo": "043", "source": {"country": "VNM"}, "target": {"country": "JPN"}, "date": "2024-05-05", "evidence": "a reçu"}"#, "\n",
        r#"{"doc": "d1", "tier": "verbal", "cameo": "030", "source": {"country": "JPN"}, "target": {"country": "VNM"}, "date": null, "evidence": "a reçu"}"#, "\n",
    )).unwrap();
    let scores = eval_json(&gold, &docs, &system);
    let activity = &scores["tiers"]["activity/fr"];
    assert_eq!(
        (
            activity["matched"].as_u64(),
            activity["repeats"].as_u64(),
            activity["false_positives"].as_u64()
        ),
        (Some(1), Some(1), Some(0))
    );
    let verbal = &scores["tiers"]["verbal/fr"];
    assert_eq!(
        (
            verbal["matched"].as_u64(),
            verbal["false_positives"].as_u64()
        ),
        (Some(0), Some(1))
    );
}

#[test]
fn extract_output_on_the_samples() {
    let output = attache()
        .arg("extract")
        .arg(samples())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!(String::from_utf8(output).unwrap());
}

#[test]
fn eval_reports_evidence_that_lies_in_removed_text() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs.jsonl");
    // "Photo : VNA" (code points 34..45) is a caption the cleaner removes.
    std::fs::write(
        &docs,
        r#"{"id": "d1", "lang": "fr", "text": "Le ministre a reçu l'ambassadeur.\nPhoto : VNA"}"#,
    )
    .unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, "").unwrap();
    let system = dir.path().join("system.jsonl");
    std::fs::write(&system, concat!(
        r#"{"id": "d1#1", "doc": "d1", "tier": "activity", "cameo": "043", "source": {"country": "VNM"}, "target": {"country": "JPN"}, "date": null, "evidence": "a reçu", "start": 12, "end": 18}"#, "\n",
        r#"{"id": "d1#2", "doc": "d1", "tier": "activity", "cameo": "043", "source": {"country": "VNM"}, "target": {"country": "JPN"}, "date": null, "evidence": "Photo", "start": 34, "end": 39}"#, "\n",
    )).unwrap();
    let scores = eval_json(&gold, &docs, &system);
    assert_eq!(
        scores["evidence_outside_kept_text"],
        serde_json::json!(["d1#2"])
    );
}
