//! The event store end to end: `extract --db` (incremental, idempotent),
//! `events` with filters, `event ID` with its mentions, and `export`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// A database holding the samples' events.
fn sample_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("events.db");
    attache()
        .args(["extract", "--db"])
        .arg(&db)
        .arg(samples())
        .assert()
        .success();
    (dir, db)
}

fn stdout_of(args: &[&str], db: &Path) -> String {
    let output = attache()
        .args(args)
        .arg("--db")
        .arg(db)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).unwrap()
}

#[test]
fn extracting_the_same_documents_again_changes_nothing() {
    let (_dir, db) = sample_db();
    let before = stdout_of(&["export", "--format", "jsonl"], &db);
    let again = attache()
        .args(["extract", "--db"])
        .arg(&db)
        .arg(samples())
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "documents: 0 new, 0 replaced, 6 unchanged",
        ));
    let first = attache().arg("extract").arg(samples()).assert().success();
    assert_eq!(
        again.get_output().stdout,
        first.get_output().stdout,
        "stored events come back as they were extracted"
    );
    assert_eq!(stdout_of(&["export", "--format", "jsonl"], &db), before);
}

#[test]
fn one_phone_call_reported_in_two_languages_is_one_event() {
    let (_dir, db) = sample_db();
    let lines = stdout_of(
        &[
            "events", "--dyad", "khm,vnm", "--cameo", "041", "--format", "jsonl",
        ],
        &db,
    );
    let events: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(events.len(), 1, "{lines}");
    assert_eq!(events[0]["sources"], 2);
    assert_eq!(
        events[0]["docs"],
        serde_json::json!(["sample-en-phone", "sample-fr-appel"])
    );
    let id = events[0]["event_id"].as_str().unwrap();
    let shown = stdout_of(&["event", id], &db);
    assert!(shown.contains("2 mentions from 2 sources"), "{shown}");
    assert!(
        shown.contains("[1] sample-fr-appel") && shown.contains("[2] sample-en-phone"),
        "{shown}"
    );
    assert!(
        shown.contains("joined: VNM and KHM; same code 041"),
        "{shown}"
    );
    assert!(
        shown.contains("«Phan Van Giang held phone talks on August 19 with"),
        "{shown}"
    );
}

#[test]
fn filters_narrow_the_list() {
    let (_dir, db) = sample_db();
    let count = |args: &[&str]| stdout_of(args, &db).lines().count();
    let all = count(&["events", "--format", "jsonl"]);
    assert!(all > 5);
    assert_eq!(
        count(&["events", "--format", "jsonl", "--country", "JPN"]),
        4
    );
    assert_eq!(
        count(&[
            "events",
            "--format",
            "jsonl",
            "--tier",
            "activity",
            "--country",
            "JPN"
        ]),
        2
    );
    assert_eq!(
        count(&[
            "events",
            "--format",
            "jsonl",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "--country",
            "JPN"
        ]),
        0
    );
    assert_eq!(
        count(&["events", "--format", "jsonl", "--person", "tea seiha"]),
        5
    );
    assert_eq!(
        count(&[
            "events",
            "--format",
            "jsonl",
            "--cameo",
            "05",
            "--country",
            "LAO"
        ]),
        2
    );
}

#[test]
fn query_output_snapshots() {
    let (_dir, db) = sample_db();
    insta::assert_snapshot!("events_table", stdout_of(&["events"], &db));
    insta::assert_snapshot!("events_csv", stdout_of(&["events", "--format", "csv"], &db));
    for format in ["jsonl", "gdelt", "plover"] {
        insta::assert_snapshot!(
            format!("export_{format}"),
            stdout_of(&["export", "--format", format], &db)
        );
    }
}

#[test]
fn export_writes_a_file() {
    let (dir, db) = sample_db();
    let out = dir.path().join("events.csv");
    attache()
        .args(["export", "--format", "csv", "--out"])
        .arg(&out)
        .arg("--db")
        .arg(&db)
        .assert()
        .success()
        .stderr(predicate::str::contains("events written to"));
    let text = std::fs::read_to_string(out).unwrap();
    assert!(text.starts_with("event_id,tier,cameo,date,"));
}

#[test]
fn queries_explain_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    attache()
        .args(["events", "--db"])
        .arg(dir.path().join("none.db"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no database at"));
    attache()
        .args(["events", "--dyad", "VNM"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("two parties separated by a comma"));
    attache()
        .args(["events", "--from", "2024-13-01"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    let (_dir, db) = sample_db();
    attache()
        .args(["event", "ev-0000", "--db"])
        .arg(&db)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no event ev-0000"));
}

#[test]
fn one_thread_and_several_give_the_same_output() {
    let run = |threads: &str| {
        attache()
            .args(["extract", "--threads", threads])
            .arg(samples())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("3"));
}
