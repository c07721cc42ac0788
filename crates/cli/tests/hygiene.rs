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
    let wal = db.with_file_name("events.db-wal");
    export(&db, "csv", &wal)
        .failure()
        .stderr(predicate::str::contains("over the database in use"));
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

/// Runs `attache ARGS` and returns the assertion, whatever the exit code.
fn run(args: &[&str]) -> assert_cmd::assert::Assert {
    attache().args(args).assert()
}

fn stderr_of(done: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(done.get_output().stderr.clone()).unwrap()
}

#[test]
fn usage_errors_exit_64_apart_from_rejected_input() {
    run(&["extract"]).code(64);
    run(&["events", "--dyad", "VNM"]).code(64);
    run(&["export", "--format", "xml"]).code(64);
    run(&["no-such-command"]).code(64);
    run(&["--help"]).code(0);
    run(&["--version"]).code(0);
    run(&["clean", "/no/such/attache/input.txt"]).code(2);
}

#[test]
fn inputs_that_used_to_be_skipped_in_silence_are_reported_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("notes.md"), "Le ministre a reçu l'ambassadeur.").unwrap();
    std::fs::create_dir(d.join("empty")).unwrap();
    let docs = [
        r#"{"id": "de-1", "lang": "de", "text": "Der Verteidigungsminister empfing den Botschafter."}"#,
        r#"{"id": "fr-1", "lang": "fr", "published": "le 5 mars", "text": "Le ministre a reçu l'ambassadeur."}"#,
        r#"{"id": "fr-2", "lang": "fr", "published": "2024-03-05", "text": "Le ministre a reçu l'ambassadeur."}"#,
    ];
    std::fs::write(d.join("docs.jsonl"), docs.join("\n")).unwrap();
    let paths = ["notes.md", "empty", "docs.jsonl"].map(|p| d.join(p).display().to_string());
    let mut args = vec!["clean"];
    args.extend(paths.iter().map(String::as_str));
    let done = run(&args).code(2);
    let stderr = stderr_of(&done);
    for expected in [
        format!("{}:0: unsupported extension `.md`", paths[0]),
        format!("{}:0: nothing to read", paths[1]),
        format!(
            "{}:1: document de-1: language `de` is not supported",
            paths[2]
        ),
        format!(
            "{}:2: document fr-1: `published` \"le 5 mars\" is not a date",
            paths[2]
        ),
    ] {
        assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    }
    assert!(
        stderr.contains("attache: 2 rejected, 2 kept with a notice"),
        "{stderr}"
    );
    let stdout = String::from_utf8(done.get_output().stdout.clone()).unwrap();
    assert_eq!(
        stdout.lines().count(),
        3,
        "the documents are kept: {stdout}"
    );
}

#[test]
fn notices_alone_leave_the_exit_code_at_0() {
    let (_dir, db) = sample_db();
    let done = run(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        samples().to_str().unwrap(),
    ])
    .success();
    let stderr = stderr_of(&done);
    assert!(stderr.contains("news.jsonl:4: document sample-bad-lang: language detected as `vie`, not supported (fr, en): stored, no events coded"), "{stderr}");
    assert!(
        stderr.contains("rejected 0, 1 kept with a notice"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn links_in_a_walked_directory_are_read_or_reported() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    let page = samples().join("fr-visite-vientiane.txt");
    symlink(&page, inputs.join("a.txt")).unwrap();
    symlink(dir.path().join("gone.txt"), inputs.join("b.txt")).unwrap();
    let done = run(&["clean", inputs.to_str().unwrap()]).code(2);
    let stderr = stderr_of(&done);
    assert!(
        stderr.contains("b.txt:0: dangling symbolic link"),
        "{stderr}"
    );
    let stdout = String::from_utf8(done.get_output().stdout.clone()).unwrap();
    assert_eq!(stdout.lines().count(), 1, "the linked page is read");
}

#[test]
fn a_huge_thread_count_is_clamped() {
    let done = run(&[
        "extract",
        "--threads",
        "100000",
        samples().to_str().unwrap(),
    ])
    .success();
    assert!(stderr_of(&done).contains("--threads 100000 is more than"));
}

#[test]
fn like_wildcards_in_filters_match_themselves() {
    let (_dir, db) = sample_db();
    let count = |args: &[&str]| {
        let mut all = vec!["events", "--format", "jsonl"];
        all.extend_from_slice(args);
        stdout_of(&all, &db).lines().count()
    };
    assert!(count(&["--cameo", "0"]) > 0);
    assert_eq!(count(&["--cameo", "%"]), 0);
    assert_eq!(count(&["--cameo", "0_"]), 0);
    assert!(count(&["--person", "Giang"]) > 0);
    assert_eq!(count(&["--person", "%"]), 0);
    assert_eq!(count(&["--person", "G_ang"]), 0);
}

/// The `event_id`s `attache extract ARGS` gives the samples' phone call
/// (event 041), in French and in English.
fn phone_call_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    let path = samples().join("news.jsonl");
    all.push(path.to_str().unwrap());
    let done = run(&all).success();
    String::from_utf8(done.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["cameo"] == "041" && e["tier"] == "activity")
        .map(|e| e["event_id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_small_dedup_window_is_honoured() {
    let linked = phone_call_ids(&[]);
    assert!(
        linked.len() >= 2 && linked.iter().all(|id| *id == linked[0]),
        "{linked:?}"
    );
    let apart = phone_call_ids(&["--dedup-window", "0"]);
    assert_eq!(apart.len(), linked.len());
    assert!(apart[1..].iter().all(|id| *id != apart[0]), "{apart:?}");
}

#[test]
fn a_nul_byte_in_a_page_does_not_reject_it() {
    let dir = tempfile::tempdir().unwrap();
    let html = std::fs::read_to_string(samples().join("en-port-call.html")).unwrap();
    let at = html.find("</title>").unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(&page, format!("{}\0{}", &html[..at], &html[at..])).unwrap();
    let done = run(&["clean", page.to_str().unwrap()]).success();
    assert_eq!(
        done.get_output()
            .stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
        1
    );
}

/// The events of `docs` written as JSON lines, as `attache extract` prints them.
fn extracted(dir: &Path, name: &str, text: &str) -> Vec<serde_json::Value> {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let done = run(&["extract", path.to_str().unwrap()]).success();
    String::from_utf8(done.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Every event's evidence is the document's text at its span, in code points.
fn assert_evidence_at_spans(
    events: &[serde_json::Value],
    texts: &std::collections::HashMap<String, String>,
) {
    for e in events {
        let text = &texts[e["doc"].as_str().unwrap()];
        let (start, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let at: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(e["evidence"].as_str().unwrap(), at);
    }
}

#[test]
fn nfd_text_and_a_byte_order_mark_give_the_same_events_with_offsets_into_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let lines = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    let reference = extracted(dir.path(), "nfc.jsonl", &lines);
    assert!(!reference.is_empty());
    let mut texts = std::collections::HashMap::new();
    let nfd: Vec<String> = lines
        .lines()
        .map(|l| {
            let mut doc: serde_json::Value = serde_json::from_str(l).unwrap();
            let text: String =
                unicode_normalization::UnicodeNormalization::nfd(doc["text"].as_str().unwrap())
                    .collect();
            let text = format!("\u{feff}{text}");
            texts.insert(doc["id"].as_str().unwrap().to_string(), text.clone());
            doc["text"] = text.into();
            doc.to_string()
        })
        .collect();
    let events = extracted(
        dir.path(),
        "nfd.jsonl",
        &format!("\u{feff}{}\n", nfd.join("\n")),
    );
    assert_evidence_at_spans(&events, &texts);
    let brief = |events: &[serde_json::Value]| -> Vec<(String, String, String)> {
        events
            .iter()
            .map(|e| {
                let evidence: String = unicode_normalization::UnicodeNormalization::nfc(
                    e["evidence"].as_str().unwrap(),
                )
                .collect();
                (e["cameo"].to_string(), e["date"].to_string(), evidence)
            })
            .collect()
    };
    assert_eq!(brief(&events), brief(&reference));
}

#[test]
fn eval_does_not_count_notices_as_rejected_input() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, "").unwrap();
    let docs = samples().join("news.jsonl");
    let done = run(&[
        "eval",
        "--stage",
        "clean",
        "--gold",
        gold.to_str().unwrap(),
        "--docs",
        docs.to_str().unwrap(),
    ])
    .success();
    assert!(stderr_of(&done).contains("sample-bad-lang: language detected as `vie`"));
}
