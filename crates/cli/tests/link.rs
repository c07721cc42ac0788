//! `extract --no-link` then `link` (what a distributed backfill does) gives
//! the events of one `extract` run over the documents in date order.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::cargo::CommandCargoExt;
use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// Runs attache with `args`, expecting success; returns stdout.
fn run(args: &[&str]) -> String {
    let out = attache().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The order `link` puts a document in: `published`, then `id`.
fn date_order(doc: &Value) -> (String, String) {
    let text = |f: &str| doc[f].as_str().unwrap_or("").to_string();
    (text("published"), text("id"))
}

/// `n` documents made from the sample JSONL documents, each with its own
/// id, outlet and year, in an order that is not the date order; copies of
/// one story in the same year, so that reports link across documents.
/// After some, documents of the same day with no event (0, 3 or 6), so
/// that copies lie 1, 4 or 7 documents apart in date order.
fn generated(n: usize) -> Vec<Value> {
    let text = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    let docs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut out = Vec::new();
    for i in 0..n {
        let mut doc = docs[i % docs.len()].clone();
        let year = (2020 + (i * 7) % 3).to_string();
        let id = format!("g{i:03}-{}", doc["id"].as_str().unwrap());
        doc["id"] = id.clone().into();
        doc["source"] = format!("outlet{}.vn", i % 5).into();
        for field in ["text", "published"] {
            if let Some(value) = doc[field].as_str() {
                doc[field] = value.replace("2024", &year).into();
            }
        }
        for k in 0..(i % 3) * 3 {
            out.push(serde_json::json!({
                "id": format!("{id}-{k}"), "lang": "fr", "published": doc["published"],
                "text": "Le temps sera beau demain sur tout le pays.",
            }));
        }
        out.push(doc);
    }
    out
}

fn write_jsonl(path: &Path, docs: &[Value]) {
    let lines: String = docs.iter().map(|d| format!("{d}\n")).collect();
    std::fs::write(path, lines).unwrap();
}

/// Events whose `event_id` is shared by reports of two documents or more,
/// and events in all.
fn linked_across_documents(events: &str) -> (usize, usize) {
    let mut docs: std::collections::HashMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for line in events.lines() {
        let e: Value = serde_json::from_str(line).unwrap();
        docs.entry(e["event_id"].as_str().unwrap().to_string())
            .or_default()
            .insert(e["doc"].as_str().unwrap().to_string());
    }
    (docs.values().filter(|d| d.len() > 1).count(), docs.len())
}

#[test]
fn no_link_then_link_equals_one_extract_over_the_samples_in_date_order() {
    let dir = tempfile::tempdir().unwrap();
    // One file per document, so that one run can read them in any order.
    let text = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    for line in text.lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        let name = format!("{}.jsonl", doc["id"].as_str().unwrap());
        std::fs::write(dir.path().join(name), format!("{line}\n")).unwrap();
    }
    for name in ["en-port-call.html", "fr-visite-vientiane.txt"] {
        std::fs::copy(samples().join(name), dir.path().join(name)).unwrap();
    }
    let unlinked = run(&["extract", "--no-link", path(dir.path())]);
    let records: Vec<Value> = unlinked
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 6, "one line per document, events or not");
    // The files in the order `link` links their documents in.
    let mut order: Vec<((String, String), PathBuf)> = records
        .iter()
        .map(|r| {
            let id = r["document"]["id"].as_str().unwrap();
            let file = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.file_stem().unwrap() == id)
                .unwrap();
            (date_order(&r["document"]), file)
        })
        .collect();
    order.sort();
    let files: Vec<&str> = order.iter().map(|(_, f)| path(f)).collect();
    let one_run = run(&[&["extract"], &files[..]].concat());

    let lines = dir.path().join("unlinked.txt");
    let mut reversed: Vec<&str> = unlinked.lines().collect();
    reversed.reverse();
    std::fs::write(&lines, reversed.join("\n")).unwrap();
    let linked = run(&["link", path(&lines)]);
    assert_eq!(linked, one_run);
    assert!(linked_across_documents(&linked).0 > 0, "{linked}");
}

#[test]
fn partitions_coded_apart_then_linked_equal_one_run_whatever_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let docs = generated(60);
    let mut sorted = docs.clone();
    sorted.sort_by_key(date_order);
    assert_ne!(sorted, docs, "the input is not in date order");
    let one_file = dir.path().join("sorted.jsonl");
    write_jsonl(&one_file, &sorted);
    // Three partitions of the input as it came, coded apart.
    let parts = dir.path().join("unlinked");
    std::fs::create_dir(&parts).unwrap();
    for (i, part) in docs.chunks(25).enumerate() {
        let input = dir.path().join(format!("docs-{i}.jsonl"));
        write_jsonl(&input, part);
        let unlinked = run(&["extract", "--no-link", "--threads", "2", path(&input)]);
        std::fs::write(parts.join(format!("part-{i:05}")), unlinked).unwrap();
    }
    std::fs::write(parts.join("_SUCCESS"), "").unwrap();
    let mut windows = Vec::new();
    for window in ["2000", "5"] {
        let one_run = run(&["extract", "--dedup-window", window, path(&one_file)]);
        let linked = run(&["link", "--dedup-window", window, path(&parts)]);
        assert_eq!(linked, one_run, "--dedup-window {window}");
        // Sorted runs spilled to disk, one line each, merge the same.
        let tmp = dir.path().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        let spilled = attache()
            .args(["link", "--sort-memory", "0", "--tmp-dir", path(&tmp)])
            .args(["--dedup-window", window, path(&parts)])
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(spilled.stdout).unwrap(), one_run);
        let said = String::from_utf8(spilled.stderr).unwrap();
        let documents = sorted.len();
        let expected = format!("{documents} documents linked (sorted in {documents} runs on disk)");
        assert!(said.contains(&expected), "{said}");
        assert_eq!(
            std::fs::read_dir(&tmp).unwrap().count(),
            0,
            "runs are deleted"
        );
        let (across, events) = linked_across_documents(&one_run);
        windows.push([across, events]);
    }
    // Links across documents are made, and the window (in documents of
    // date order) bounds them: more events, fewer reports each.
    let ([across, events], [across_5, events_5]) = (windows[0], windows[1]);
    assert!(across > 0 && across_5 > 0, "{windows:?}");
    assert!(events_5 > events, "{windows:?}");
}

#[test]
fn no_link_on_stdin_answers_each_document_before_the_next_is_written() {
    let text = std::fs::read_to_string(samples().join("news.jsonl")).unwrap();
    let docs: Vec<&str> = text.lines().collect();
    let mut child = std::process::Command::cargo_bin("attache")
        .unwrap()
        .args(["extract", "--no-link", "--threads", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Output held back would hang the test: past a minute, the process
    // is ended, and the test fails on the missing line instead.
    let pid = child.id().to_string();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = std::process::Command::new("kill").arg(&pid).status();
    });
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut answer = |stdin: &mut std::process::ChildStdin, doc: &str| -> Value {
        writeln!(stdin, "{doc}").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        serde_json::from_str(&line).expect("one line per document, before the next is written")
    };
    let first = answer(&mut stdin, docs[0]);
    assert_eq!(first["document"]["id"], "sample-fr-appel");
    assert!(!first["events"].as_array().unwrap().is_empty());
    writeln!(stdin, "{{not json").unwrap();
    let second = answer(&mut stdin, docs[1]);
    assert_eq!(second["document"]["id"], docs_id(docs[1]));
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a rejected line exits 2");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("-:2: malformed JSON"), "{said}");
}

fn docs_id(line: &str) -> String {
    let doc: Value = serde_json::from_str(line).unwrap();
    doc["id"].as_str().unwrap().to_string()
}

#[test]
fn link_rejects_a_bad_line_by_path_and_line_and_links_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let unlinked = run(&["extract", "--no-link", path(&samples().join("news.jsonl"))]);
    let lines = dir.path().join("unlinked.jsonl");
    let first = unlinked.lines().next().unwrap();
    std::fs::write(&lines, format!("{first}\n{{\"events\": []}}\n\n")).unwrap();
    attache()
        .args(["link", path(&lines), path(&dir.path().join("missing"))])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("\"event_id\""))
        .stderr(
            predicate::str::contains("unlinked.jsonl:2: not a line of `attache extract --no-link`")
                .and(predicate::str::contains("missing:0: no such file"))
                .and(predicate::str::contains("1 documents linked")),
        );
}

#[test]
fn no_link_is_refused_with_a_store() {
    attache()
        .args(["extract", "--no-link", "--db", "x.db", "-"])
        .assert()
        .code(64);
}
