//! `attache report` against `attache events`: on a store built from the
//! project's sample pages, synthetic pages written here and synthetic
//! events stored directly, every figure of the review counts exactly the
//! events `attache events` lists for the same filters, less the ones the
//! review says it left out (and why).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use attache_model::{Actor, CanonicalEvent, Tier};
use serde_json::Value;

fn attache() -> Command {
    Command::cargo_bin("attache").unwrap()
}

/// Pages written for this test (no corpus text): a visit with talks, a
/// signing and praise; a call from an outlet whose URL is hostile; a
/// reception with the guest's visit stated beside it; a dialogue.
const PAGES: &str = r#"{"id": "syn-fr-1", "url": "https://example.org/syn-fr-1", "source": "example.org", "lang": "fr", "title": "Visite au Laos", "published": "2024-05-20", "text": "Hanoï, 20 mai – Le général Phan Van Giang, ministre vietnamien de la Défense, a effectué du 18 au 20 mai une visite officielle au Laos. Il s'est entretenu avec son homologue laotien, le général Chansamone Chanyalath. Les deux parties ont signé un mémorandum sur la formation. Le ministre lao a hautement apprécié l'aide du Vietnam."}
{"id": "syn-en-2", "url": "javascript:alert(1)", "source": "evil.example", "lang": "en", "title": "Call <script>", "published": "2024-09-10", "text": "Hanoi, September 10 – Vietnamese Defence Minister Phan Van Giang held a phone call with Cambodian Defence Minister Tea Seiha on September 9. The two ministers agreed to strengthen cooperation. <script>alert('x')</script>"}
{"id": "syn-fr-3", "url": "https://example.org/syn-fr-3", "source": "example.org", "lang": "fr", "title": "Accueil", "published": "2023-10-05", "text": "Hanoï, 5 octobre – Le général Phan Van Giang, ministre de la Défense, a reçu le 4 octobre à Hanoï le ministre cambodgien de la Défense, Tea Banh, en visite officielle au Vietnam. Les deux parties ont signé un plan de coopération pour 2024."}
{"id": "syn-en-4", "url": "https://example.org/syn-en-4", "source": "example.org", "lang": "en", "title": "Dialogue", "published": "2024-11-12", "text": "Hanoi, November 12 – Deputy Minister of National Defence Hoang Xuan Chien and Japanese Vice Minister of Defence Oka Masami co-chaired the 10th Vietnam–Japan Defence Policy Dialogue in Hanoi on November 11."}
"#;

/// Events stored without a page of their own: a deployment the coder's
/// guess put below the confidence asked for, and one with no known year.
fn synthetic_events() -> Vec<CanonicalEvent> {
    let event =
        |id: &str, cameo: &str, target: Actor, date: &str, confidence: f32| CanonicalEvent {
            event_id: id.into(),
            tier: Tier::Activity,
            cameo: cameo.into(),
            source: Actor::of_country("VNM"),
            target,
            date: Some(date.into()),
            place: None,
            evidence: "sent 63 officers of its Level-2 Field Hospital".into(),
            doc: "syn-en-4".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["syn-en-4".into()],
            confidence,
        };
    let unmiss = Actor {
        igo: Some("UNMISS".into()),
        ..Actor::default()
    };
    vec![
        event("ev-syn-pko", "074", unmiss.clone(), "2024-11-08", 0.8),
        event("ev-syn-guess", "074", unmiss, "2024-12-01", 0.4),
        event(
            "ev-syn-undated",
            "062",
            Actor::of_country("LAO"),
            "XXXX-11-08",
            0.8,
        ),
    ]
}

fn store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("report.db");
    let pages = dir.path().join("pages.jsonl");
    std::fs::write(&pages, PAGES).unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    attache()
        .args(["extract", "--db"])
        .arg(&db)
        .arg(samples)
        .arg(&pages)
        .assert()
        .success();
    let store = attache_store::Store::open(&db).unwrap();
    let mut batch = store.batch().unwrap();
    for event in synthetic_events() {
        batch.put_canonical(&event).unwrap();
    }
    batch.commit().unwrap();
    (dir, db)
}

fn json_lines(args: &[&str], db: &Path) -> Vec<Value> {
    let out = attache().args(args).arg("--db").arg(db).assert().success();
    String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn review(args: &[&str], db: &Path) -> Value {
    let out = attache()
        .args(["report", "--format", "json", "--min-confidence", "0.5"])
        .args(args)
        .arg("--db")
        .arg(db)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn party(actor: &Value) -> &str {
    actor["country"]
        .as_str()
        .or(actor["igo"].as_str())
        .unwrap_or("")
}

/// The kind of an event seen from `country`, written again here from the
/// issue's list so that the review's own mapping is checked, not reused.
fn kind(event: &Value, country: &str) -> &'static str {
    let from_country = party(&event["source"]) == country;
    let code = event["cameo"].as_str().unwrap();
    let activity = event["tier"] == "activity";
    match (activity, code, from_country) {
        (true, "042", true) | (true, "043", false) => "delegations_sent",
        (true, "042", false) | (true, "043", true) => "delegations_received",
        (true, "040" | "044", _) => "talks",
        (true, "041", _) => "calls",
        (true, "046", _) => "dialogues",
        (true, "036", _) => "announced",
        (true, c, _) if c.starts_with("057") => "agreements",
        (true, c, _) if c.starts_with("06") => "cooperation",
        (true, c, _) if c.starts_with("074") => "peacekeeping",
        (true, c, true) if c.starts_with("07") => "aid_given",
        (true, c, false) if c.starts_with("07") => "aid_received",
        (false, c, _) if c.starts_with("03") => "commitments",
        (false, c, _) if c.starts_with("05") => "praise",
        (false, c, _) if c.starts_with("02") => "appeals",
        (false, c, _) if ["10", "11", "12", "13"].contains(&&c[..2]) => "protests",
        _ => "other",
    }
}

fn ids(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// The events `attache events` lists for `filter` over `from..=to`, less
/// the review's left-out ones, by kind.
fn expected(
    db: &Path,
    filter: &[&str],
    from: &str,
    to: &str,
    left_out: &BTreeSet<String>,
    country: &str,
) -> BTreeMap<&'static str, BTreeSet<String>> {
    let mut args = vec!["events", "--from", from, "--to", to, "--format", "jsonl"];
    args.extend_from_slice(filter);
    let mut by_kind: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
    for event in json_lines(&args, db) {
        let id = event["event_id"].as_str().unwrap().to_string();
        if !left_out.contains(&id) {
            by_kind.entry(kind(&event, country)).or_default().insert(id);
        }
    }
    by_kind
}

fn left_out(review: &Value) -> BTreeSet<String> {
    let coverage = &review["coverage"];
    ids(&coverage["derived_ids"])
        .union(&ids(&coverage["low_confidence_ids"]))
        .cloned()
        .collect()
}

fn check_figures(db: &Path, review: &Value, filter: &[&str], country: &str) {
    let left_out = left_out(review);
    let (period, previous) = (&review["period"], &review["previous"]);
    let now = expected(
        db,
        filter,
        period["from"].as_str().unwrap(),
        period["to"].as_str().unwrap(),
        &left_out,
        country,
    );
    let before_left_out: BTreeSet<String> = BTreeSet::new();
    let before = expected(
        db,
        filter,
        previous["from"].as_str().unwrap(),
        previous["to"].as_str().unwrap(),
        &before_left_out,
        country,
    );
    for figure in review["glance"].as_array().unwrap() {
        let key = figure["kind"].as_str().unwrap();
        let listed = ids(&figure["event_ids"]);
        assert_eq!(listed, now.get(key).cloned().unwrap_or_default(), "{key}");
        assert_eq!(
            figure["count"].as_u64().unwrap() as usize,
            listed.len(),
            "{key}"
        );
        // Before the period the left-out events are not listed: at most
        // that many fewer than `attache events` lists.
        let listed_before = before.get(key).map_or(0, BTreeSet::len);
        assert!(
            figure["previous"].as_u64().unwrap() as usize <= listed_before,
            "{key}"
        );
    }
    let total: usize = now.values().map(BTreeSet::len).sum();
    assert_eq!(
        review["coverage"]["events"].as_u64().unwrap() as usize,
        total
    );
    let dialogues = now.get("dialogues").map_or(0, BTreeSet::len);
    assert_eq!(review["mechanisms"].as_array().unwrap().len(), dialogues);
    let deployments = now.get("peacekeeping").map_or(0, BTreeSet::len);
    assert_eq!(review["deployments"].as_array().unwrap().len(), deployments);
}

/// Every visit left out is a 042 that only derived reports state, or
/// whose reception (043 the other way round, a day in common) is counted.
fn check_left_out_visits(db: &Path, review: &Value) {
    let extracted = json_lines(&["events", "--cameo", "04", "--format", "jsonl"], db);
    for id in ids(&review["coverage"]["derived_ids"]) {
        let visit = extracted
            .iter()
            .find(|e| e["event_id"] == id.as_str())
            .unwrap();
        assert_eq!(visit["cameo"], "042");
        let received = extracted.iter().any(|e| {
            e["cameo"] == "043"
                && party(&e["source"]) == party(&visit["target"])
                && party(&e["target"]) == party(&visit["source"])
                && e["date"].as_str().unwrap_or("").get(..10)
                    == visit["date"].as_str().unwrap_or("").get(..10)
        });
        assert!(received, "{id} has its reception");
    }
}

#[test]
fn every_figure_counts_what_attache_events_lists() {
    let (_dir, db) = store();
    for year in ["2023", "2024"] {
        let review = review(&["--country", "VNM", "--year", year], &db);
        check_figures(&db, &review, &["--country", "VNM"], "VNM");
        check_left_out_visits(&db, &review);
    }
    let review_2024 = review(&["--country", "VNM", "--year", "2024"], &db);
    assert_eq!(
        ids(&review_2024["coverage"]["low_confidence_ids"]),
        BTreeSet::from(["ev-syn-guess".to_string()])
    );
    assert_eq!(review_2024["coverage"]["unknown_year_unpublished"], 0);
    let partners: BTreeMap<String, u64> = review_2024["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["party"]["code"].as_str().unwrap().to_string(),
                p["events"].as_u64().unwrap(),
            )
        })
        .collect();
    for (partner, events) in &partners {
        let dyad = format!("VNM,{partner}");
        let by_kind = expected(
            &db,
            &["--dyad", &dyad],
            "2024-01-01",
            "2024-12-31",
            &left_out(&review_2024),
            "VNM",
        );
        assert_eq!(
            *events as usize,
            by_kind.values().map(BTreeSet::len).sum::<usize>(),
            "{partner}"
        );
    }
    assert_eq!(review_2024["mechanisms"][0]["session"], 10);
    assert_eq!(review_2024["deployments"][0]["personnel"][0], "63 officers");
}

#[test]
fn a_partner_and_a_period_other_than_a_year() {
    let (_dir, db) = store();
    let review = review(
        &[
            "--country",
            "vnm",
            "--partner",
            "khm",
            "--from",
            "2023-10-01",
            "--to",
            "2024-09-30",
        ],
        &db,
    );
    assert_eq!(review["partner"]["code"], "KHM");
    assert_eq!(review["previous"]["to"], "2023-09-30");
    check_figures(&db, &review, &["--dyad", "VNM,KHM"], "VNM");
    check_left_out_visits(&db, &review);
    assert_eq!(
        ids(&review["coverage"]["derived_ids"]).len(),
        1,
        "Tea Banh's visit, counted by his reception"
    );
}

#[test]
fn html_and_markdown_go_to_a_file_atomically_and_never_over_the_database() {
    let (dir, db) = store();
    let page = dir.path().join("review.html");
    for (lang, format) in [("fr", "html"), ("en", "md")] {
        attache()
            .args([
                "report",
                "--country",
                "VNM",
                "--year",
                "2024",
                "--lang",
                lang,
                "--format",
                format,
                "--out",
            ])
            .arg(&page)
            .arg("--db")
            .arg(&db)
            .assert()
            .success();
        let text = std::fs::read_to_string(&page).unwrap();
        assert!(!text.contains("href=\"javascript"));
        assert!(!text.contains("<script>"));
    }
    attache()
        .args(["report", "--country", "VNM", "--year", "2024", "--out"])
        .arg(&db)
        .arg("--db")
        .arg(&db)
        .assert()
        .code(1);
    attache()
        .args(["report", "--country", "VNM"])
        .arg("--db")
        .arg(&db)
        .assert()
        .code(64);
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".attache")
        })
        .count();
    assert_eq!(leftovers, 0, "no temporary file left");
}
