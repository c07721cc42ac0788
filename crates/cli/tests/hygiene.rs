//! Data safety at the edges (issue 14): exports that never destroy a file,
//! outputs that a spreadsheet or a terminal cannot be made to run, input
//! that is never skipped in silence, and exit codes that tell usage errors
//! from rejected input. Every test runs the real binary on real files and a
//! real SQLite store, with the project's own samples or generated text.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// The first document of the samples' JSON lines, as JSON.
fn sample_document() -> serde_json::Value {
    let lines = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    serde_json::from_str(lines.lines().next().unwrap()).unwrap()
}

/// The database `attache extract --db` makes of `input`, in `dir`.
fn extracted_db(dir: &Path, input: &Path) -> PathBuf {
    let db = dir.join("events.db");
    attache()
        .args(["extract", "--db"])
        .arg(&db)
        .arg(input)
        .assert()
        .success();
    db
}

/// A database of the samples, in a fresh directory.
fn sample_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = extracted_db(dir.path(), &samples());
    (dir, db)
}

/// A database of one document written as `doc` says.
fn db_of(dir: &Path, doc: &serde_json::Value) -> PathBuf {
    let input = dir.join("doc.jsonl");
    std::fs::write(&input, format!("{doc}\n")).unwrap();
    extracted_db(dir, &input)
}

/// What `attache ARGS --db DB` prints, once it succeeded.
fn stdout_of(args: &[&str], db: &Path) -> String {
    let done = attache().args(args).arg("--db").arg(db).assert().success();
    String::from_utf8(done.get_output().stdout.clone()).unwrap()
}

fn export(db: &Path, format: &str, out: &Path) -> assert_cmd::assert::Assert {
    attache()
        .args(["export", "--format", format, "--db"])
        .arg(db)
        .arg("--out")
        .arg(out)
        .assert()
}

#[test]
fn export_refuses_to_write_over_the_database_in_use() {
    let (_dir, db) = sample_db();
    let before = std::fs::read(&db).unwrap();
    export(&db, "csv", &db)
        .failure()
        .code(1)
        .stderr(predicate::str::contains("over the database in use"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    stdout_of(&["events"], &db);
}

#[test]
fn export_refuses_to_write_over_any_sqlite_file() {
    let (dir, db) = sample_db();
    let other = dir.path().join("other.db");
    std::fs::copy(&db, &other).unwrap();
    let before = std::fs::read(&other).unwrap();
    export(&db, "jsonl", &other)
        .failure()
        .stderr(predicate::str::contains("a SQLite database"));
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn parquet_in_a_build_without_it_fails_before_touching_the_target() {
    if cfg!(feature = "parquet") {
        return;
    }
    let (dir, db) = sample_db();
    let target = dir.path().join("events.parquet");
    std::fs::write(&target, "precious").unwrap();
    export(&db, "parquet", &target)
        .failure()
        .stderr(predicate::str::contains("without the `parquet` feature"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    assert_no_temporary_file(dir.path());
}

#[test]
fn export_replaces_an_existing_file_whole() {
    let (dir, db) = sample_db();
    let target = dir.path().join("events.jsonl");
    std::fs::write(&target, "old line\n".repeat(1000)).unwrap();
    export(&db, "jsonl", &target).success();
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(!text.contains("old line"));
    assert!(text.lines().all(|l| l.starts_with('{')), "{text}");
    assert_no_temporary_file(dir.path());
}

fn assert_no_temporary_file(dir: &Path) {
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains(".attache-export")),
        "no temporary file left: {names:?}"
    );
}

#[test]
fn gdelt_sourceurl_is_the_url_when_the_document_has_one() {
    let (dir, db) = sample_db();
    let target = dir.path().join("events.tsv");
    export(&db, "gdelt", &target).success();
    let text = std::fs::read_to_string(&target).unwrap();
    let urls: Vec<&str> = text
        .lines()
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert!(!urls.is_empty());
    assert!(
        urls.iter().any(|u| u.starts_with("https://")),
        "the samples' JSON lines carry URLs: {urls:?}"
    );
    assert!(!urls.contains(&"sample-fr-appel"), "{urls:?}");
}

#[test]
fn export_help_shows_no_rustdoc_links() {
    attache()
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[`").not());
}

/// The sample's phone call under a hostile id and outlet, with terminal
/// escape sequences inside its evidence sentence.
fn hostile_document() -> serde_json::Value {
    let mut doc = sample_document();
    doc["id"] = "=HYPERLINK(\"http://x\")".into();
    doc["source"] = "@evil".into();
    let text = doc["text"].as_str().unwrap().to_string();
    let at = text.find("a eu le 19 août").unwrap();
    doc["text"] = format!("{}\u{1b}[2J\u{1b}]0;pwned\u{7}{}", &text[..at], &text[at..]).into();
    doc
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_of(dir.path(), &hostile_document());
    let target = dir.path().join("events.csv");
    export(&db, "csv", &target).success();
    let mut reader = csv::Reader::from_path(&target).unwrap();
    let headers = reader.headers().unwrap().clone();
    let doc_column = headers.iter().position(|h| h == "doc").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(&row[doc_column], "'=HYPERLINK(\"http://x\")");
        assert!(
            row.iter().all(|cell| !cell.starts_with(['=', '+', '@'])),
            "{row:?}"
        );
    }
    let text = stdout_of(&["events", "--format", "csv"], &db);
    assert!(text.contains("\"'=HYPERLINK("), "{text}");
}

#[test]
fn terminal_views_print_no_escape_sequences_from_pages() {
    let dir = tempfile::tempdir().unwrap();
    let db = db_of(dir.path(), &hostile_document());
    let table = stdout_of(&["events"], &db);
    assert!(table.contains("Phan Van Giang"), "{table}");
    assert!(
        !table.contains('\u{1b}') && !table.contains('\u{7}'),
        "{table:?}"
    );
    let id = table
        .lines()
        .find(|l| l.contains(" 041 "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    let view = stdout_of(&["event", &id], &db);
    assert!(view.contains("«"), "{view}");
    assert!(
        !view.contains('\u{1b}') && !view.contains('\u{7}'),
        "{view:?}"
    );
}
