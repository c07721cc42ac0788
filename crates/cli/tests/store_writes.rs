//! The store under real use: documents stored by `ingest` and coded later,
//! runs committed in batches, killed (SIGKILL) or stopped (Ctrl-C) mid-run
//! and resumed, and two writers at once.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;
use assert_cmd::Command;
use attache_store::{EventFilter, Store};
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// `n` documents made from the sample JSONL documents: each copy with its
/// own id and outlet, and its years moved (so that copies of one story
/// make many events, not one).
fn generated_input(dir: &Path, n: usize) -> PathBuf {
    let text = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut out = String::new();
    for i in 0..n {
        let mut doc = docs[i % docs.len()].clone();
        let year = (2000 + (i / docs.len()) % 25).to_string();
        let id = format!("g{i}-{}", doc["id"].as_str().unwrap());
        doc["id"] = id.into();
        doc["source"] = format!("outlet{}.vn", i % 7).into();
        for field in ["text", "published"] {
            if let Some(value) = doc[field].as_str() {
                doc[field] = value.replace("2024", &year).into();
            }
        }
        out.push_str(&serde_json::to_string(&doc).unwrap());
        out.push('\n');
    }
    let path = dir.join(format!("generated-{n}.jsonl"));
    std::fs::write(&path, out).unwrap();
    path
}

fn extract_cmd(db: &Path, input: &Path, batch: usize) -> std::process::Command {
    let mut cmd = std::process::Command::cargo_bin("attache").unwrap();
    cmd.arg("extract")
        .arg("--db")
        .arg(db)
        .arg("--batch")
        .arg(batch.to_string())
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `attache extract --db` to the end.
fn extract(db: &Path, input: &Path) -> String {
    let out = extract_cmd(db, input, 40).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "extract failed: {stderr}");
    stderr
}

fn export(db: &Path) -> String {
    let out = attache()
        .args(["export", "--format", "jsonl", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn documents(db: &Path) -> u64 {
    if !db.exists() {
        return 0;
    }
    Store::open(db).unwrap().document_count().unwrap()
}

/// Waits until the run has committed at least `n` documents.
fn wait_for_documents(child: &mut Child, db: &Path, n: u64) {
    let started = Instant::now();
    while documents(db) < n {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it was stopped: make the input larger"
        );
        assert!(started.elapsed() < Duration::from_secs(120));
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every stored mention names a stored canonical event, whose `mentions`
/// is its number of mentions.
fn assert_consistent(db: &Path) {
    let store = Store::open(db).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    let mut total = 0;
    for event in &events {
        let mentions = store.mentions(&event.event_id).unwrap();
        assert_eq!(mentions.len(), event.mentions, "{}", event.event_id);
        total += mentions.len() as u64;
    }
    assert_eq!(total, store.event_count().unwrap());
}

/// `attache COMMAND [ARGS] --db DB samples/`.
fn on_samples(command: &[&str], db: &Path) -> assert_cmd::assert::Assert {
    attache()
        .args(command)
        .arg("--db")
        .arg(db)
        .arg(samples())
        .timeout(Duration::from_secs(60))
        .assert()
}

#[test]
fn documents_stored_by_ingest_are_coded_by_the_next_extract() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    on_samples(&["ingest"], &db).success();
    on_samples(&["extract"], &db)
        .success()
        .stderr(predicate::str::contains("6 stored earlier and coded now"));
    let coded = export(&db);
    assert!(!coded.is_empty());
    // The same as extracting into a fresh store, and a rerun changes nothing.
    let fresh = dir.path().join("fresh.db");
    on_samples(&["extract"], &fresh).success();
    assert_eq!(coded, export(&fresh));
    on_samples(&["extract"], &db)
        .success()
        .stderr(predicate::str::contains("0 new, 0 replaced, 6 unchanged\n"));
    assert_eq!(coded, export(&db));
}

#[test]
fn a_killed_extract_keeps_its_batches_and_the_rerun_ends_as_one_run_would() {
    let dir = tempfile::tempdir().unwrap();
    let input = generated_input(dir.path(), 4000);
    let whole = dir.path().join("whole.db");
    extract(&whole, &input);

    let killed = dir.path().join("killed.db");
    let mut child = extract_cmd(&killed, &input, 40).spawn().unwrap();
    wait_for_documents(&mut child, &killed, 80);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let kept = documents(&killed);
    assert!((80..4000).contains(&kept), "{kept} documents");
    assert_eq!(kept % 40, 0, "whole batches only: {kept} documents");
    assert_consistent(&killed);

    let stderr = extract(&killed, &input);
    assert!(stderr.contains(&format!("{} unchanged", kept)), "{stderr}");
    assert_eq!(export(&killed), export(&whole));
    assert_consistent(&killed);
}

#[test]
fn ctrl_c_finishes_the_batch_in_flight_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let input = generated_input(dir.path(), 4000);
    let db = dir.path().join("a.db");
    let mut child = extract_cmd(&db, &input, 40).spawn().unwrap();
    wait_for_documents(&mut child, &db, 80);
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    let kept = documents(&db);
    assert!(kept < 4000 && kept.is_multiple_of(40), "{kept} documents");
    assert!(
        stderr.contains(&format!(
            "interrupted: the first {kept} documents are committed"
        )),
        "{stderr}"
    );
    assert_consistent(&db);
    let stderr = extract(&db, &input);
    assert!(stderr.contains(&format!("{} new", 4000 - kept)), "{stderr}");
}

#[test]
fn two_writers_at_once_both_finish() {
    let dir = tempfile::tempdir().unwrap();
    let input = generated_input(dir.path(), 1500);
    let text = std::fs::read_to_string(&input).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let (first, second) = (
        dir.path().join("first.jsonl"),
        dir.path().join("second.jsonl"),
    );
    std::fs::write(&first, lines[..750].join("\n")).unwrap();
    std::fs::write(&second, lines[750..].join("\n")).unwrap();
    let db = dir.path().join("a.db");
    let a = extract_cmd(&db, &first, 20).spawn().unwrap();
    let b = extract_cmd(&db, &second, 20).spawn().unwrap();
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(documents(&db), 1500);
    assert_consistent(&db);
    let stderr = extract(&db, &input);
    assert!(
        stderr.contains("0 new, 0 replaced, 1500 unchanged"),
        "{stderr}"
    );
}

/// Holds the write lock of `db` from another thread for `time`.
fn hold_lock(db: &Path, time: Duration) -> std::thread::JoinHandle<()> {
    let db = db.to_path_buf();
    let (locked, is_locked) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        let store = Store::open(&db).unwrap();
        let batch = store.batch().unwrap();
        locked.send(()).unwrap();
        std::thread::sleep(time);
        batch.commit().unwrap();
    });
    is_locked.recv().unwrap();
    holder
}

#[test]
fn a_writer_waits_for_the_lock_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let holder = hold_lock(&db, Duration::from_millis(1500));
    on_samples(&["ingest", "--wait", "60"], &db)
        .success()
        .stderr(predicate::str::contains(
            "being written by another process; waiting",
        ));
    holder.join().unwrap();
    assert_eq!(documents(&db), 6);
}

#[test]
fn a_writer_gives_up_after_its_wait_and_readers_never_wait() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let holder = hold_lock(&db, Duration::from_secs(4));
    on_samples(&["ingest", "--wait", "1"], &db)
        .code(1)
        .stderr(predicate::str::contains("locked by another writer"));
    attache()
        .args(["events", "--db"])
        .arg(&db)
        .timeout(Duration::from_secs(3))
        .assert()
        .success();
    holder.join().unwrap();
}
