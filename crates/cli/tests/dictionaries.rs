//! `--dict` with dictionaries in PETRARCH's formats (fixtures of a made-up
//! realm, and office holders written as the Phoenix dictionaries write
//! them): loaded as they are, checked line by line, and coding with them.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/petrarch")
        .join(name)
}

/// `doc cameo source>target date trigger`, one line per event.
fn events_table(stdout: &[u8]) -> String {
    let code = |a: &serde_json::Value| {
        format!(
            "{}{}",
            a["country"].as_str().or(a["igo"].as_str()).unwrap_or("---"),
            a["sector"]
                .as_str()
                .map(|s| format!("/{s}"))
                .unwrap_or_default()
        )
    };
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| {
            let e: serde_json::Value = serde_json::from_str(line).unwrap();
            format!(
                "{} {} {}>{} {} «{}»{}",
                e["doc"].as_str().unwrap(),
                e["cameo"].as_str().unwrap(),
                code(&e["source"]),
                code(&e["target"]),
                e["date"].as_str().unwrap_or("-"),
                e["trigger"].as_str().unwrap_or("-"),
                if e["derived"] == true { " derived" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn realm(command: &mut Command) -> &mut Command {
    for file in [
        "realm.actors",
        "realm.agents",
        "realm.verbs",
        "realm.discards",
    ] {
        command.arg("--dict").arg(fixture(file));
    }
    command
}

#[test]
fn petrarch_dictionaries_are_loaded_as_they_are_and_code() {
    let output = realm(attache().arg("extract"))
        .arg(fixture("reports.jsonl"))
        .assert()
        .success()
        // Each bad line is said where it is, and skipped.
        .stderr(predicate::str::contains(
            "realm.actors:21: code `V-1` is not made of capital letters and digits",
        ))
        .stderr(predicate::str::contains(
            "realm.agents:8: an agent needs a code in brackets",
        ))
        .stderr(predicate::str::contains(
            "realm.verbs:25: synset `&UNDEFINED` is not defined before its use",
        ))
        .stderr(predicate::str::contains(
            "realm.verbs:26: `abc` is not an event code",
        ))
        // What each file gave.
        .stderr(predicate::str::contains(
            "realm.actors: actors (with problems): 10 actor names, 1 lines skipped",
        ))
        .stderr(predicate::str::contains(
            "realm.agents: agents (with problems): 9 agent forms, 1 lines skipped",
        ))
        .stderr(predicate::str::contains(
            "realm.verbs: verbs (with problems): 10 verb patterns, 2 lines skipped",
        ))
        .stderr(predicate::str::contains(
            "realm.discards: discards (ok): 2 discards, 0 lines skipped",
        ))
        .stderr(predicate::str::contains(
            "codes checked as the dictionaries' own",
        ))
        .get_output()
        .stdout
        .clone();
    // r1/r2: the queen's code by the report's date; r3: `[042:043]` gives
    // the reception in return, once; r4: `parade` used as a noun is no
    // verb; r5: the football sentence is void, the next is not; r6: the
    // saga voids the story.
    insta::assert_snapshot!(events_table(&output));
}

#[test]
fn skipped_lines_make_the_status_2_only_when_asked() {
    realm(attache().arg("extract").arg("--dict-strict"))
        .arg(fixture("reports.jsonl"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("4 dictionary lines skipped"));
}

#[test]
fn a_named_format_overrides_detection() {
    // Read as a discard list, the actor dictionary's lines are phrases with
    // codes: every one is refused.
    attache()
        .args(["extract", "--dict-format", "discards", "--dict"])
        .arg(fixture("realm.actors"))
        .arg(fixture("reports.jsonl"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "realm.actors:3: a discard is a phrase, without a code",
        ));
}

#[test]
fn checked_as_cameo_codes_the_realm_is_refused_line_by_line() {
    let output = attache()
        .args(["extract", "--dict-scheme", "cameo", "--dict"])
        .arg(fixture("realm.actors"))
        .arg(fixture("reports.jsonl"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "realm.actors:3: `VLD` is neither an ISO 3166 country nor a CAMEO code",
        ))
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8_lossy(&output).contains("\"VLD\""));
}

#[test]
fn office_holders_take_the_role_held_on_the_reports_date() {
    let output = attache()
        .args(["extract", "--dict"])
        .arg(fixture("officeholders.actors"))
        .arg(fixture("meetings.jsonl"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "codes checked as ISO 3166 and CAMEO",
        ))
        .get_output()
        .stdout
        .clone();
    let table = events_table(&output);
    // 2010: both in office; 2015: Clinton no longer is (ELI, not GOV).
    assert!(table.contains("m2010 040 VNM/GOV>USA/GOV"), "{table}");
    assert!(table.contains("m2015 040 VNM/GOV>USA/ELI"), "{table}");
}

#[test]
fn a_code_that_is_no_code_is_said_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let dict = dir.path().join("odd.actors");
    std::fs::write(&dict, "FOO [ÄÖÜ]\nBAR [ARN]\n").unwrap();
    attache()
        .args(["extract", "--dict"])
        .arg(&dict)
        .arg(fixture("reports.jsonl"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "odd.actors:1: code `ÄÖÜ` is not made of capital letters and digits",
        ));
}
