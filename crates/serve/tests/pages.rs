//! The HTML pages in-process: hostile text comes out as text, links from
//! the store are only ever web addresses, filters and language are kept in
//! links, and the store is read while a writer adds to it.

mod common;

use std::time::{Duration, Instant};

use attache_serve::ReadPool;
use common::{app, app_over, extract_into, get, get_json, hostile, ids, samples, scratch};

/// Every `href` and `src` value of `html`, unescaped enough to judge.
fn link_targets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attribute in ["href=\"", "src=\"", "action=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            let end = rest.find('"').unwrap();
            out.push(rest[..end].replace("&amp;", "&"));
            rest = &rest[end..];
        }
    }
    out
}

/// No markup from the store made it into `html` as markup: parsed as a
/// browser would, the page has no script, frame or image element, no
/// event-handler attribute, and links only to itself or to web addresses.
fn assert_inert(html: &str, page: &str) {
    let document = scraper::Html::parse_document(html);
    let all = scraper::Selector::parse("*").unwrap();
    for element in document.select(&all) {
        let name = element.value().name();
        assert!(
            !matches!(name, "script" | "iframe" | "img" | "object" | "embed"),
            "{page}: <{name}>"
        );
        for (attribute, value) in element.value().attrs() {
            assert!(
                !attribute.starts_with("on"),
                "{page}: <{name} {attribute}={value}>"
            );
            if matches!(attribute, "href" | "src" | "action") {
                assert!(
                    value.starts_with('/')
                        || value.starts_with("https://")
                        || value.starts_with("http://"),
                    "{page}: {attribute}={value}"
                );
            }
        }
    }
}

#[test]
fn hostile_documents_show_as_text_in_every_page() {
    let app = app();
    let list = get_json(
        &app,
        "/api/events?q=Chansamone+telephonique&from=2022-01-01&to=2022-12-31",
    );
    let found = ids(&list);
    assert_eq!(found.len(), 1, "{list}");
    let event = &found[0];
    let mut pages = vec![
        format!("/events/{event}"),
        "/documents/hostile-%3Cscript%3E-1".to_string(),
        "/documents/hostile-2".to_string(),
        "/events?country=LAO".to_string(),
        "/events?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E".to_string(),
    ];
    pages.push(format!("/events/{event}?lang=fr"));
    for page in &pages {
        let answer = get(&app, page);
        assert_eq!(answer.status, 200, "{page}");
        assert_inert(&answer.body, page);
        if !page.contains("country=") {
            assert!(
                answer.body.contains("&lt;script&gt;"),
                "{page}: the hostile text is shown as text"
            );
        }
    }
    // The hostile URL is shown, as text, not as a link.
    let event_page = get(&app, &format!("/events/{event}")).body;
    assert!(event_page.contains("javascript:alert(document.cookie)"));
    assert!(event_page.contains("evil.example&quot;&gt;&lt;script&gt;"));
}

#[test]
fn links_keep_the_filters_and_the_language() {
    let app = app();
    let page = get(&app, "/events?country=VNM&tier=verbal&limit=2&lang=fr").body;
    assert!(page.contains("<html lang=\"fr\">"));
    assert!(page.contains("Page suivante"));
    let next = link_targets(&page)
        .into_iter()
        .find(|t| t.contains("after="))
        .expect("a next page");
    for kept in ["country=VNM", "tier=verbal", "limit=2", "lang=fr"] {
        assert!(next.contains(kept), "{next} keeps {kept}");
    }
    // The form shows the filters given.
    assert!(page.contains("name=\"country\" value=\"VNM\""));
    assert!(page.contains("<option value=\"verbal\" selected>"));
    let english = get(&app, "/events?country=VNM").body;
    assert!(english.contains("Next page") || !english.contains("after="));
    assert!(english.contains("Intent to cooperate") || english.contains("Consult"));
}

#[test]
fn a_bad_page_request_is_an_error_page_with_its_status() {
    let app = app();
    let bad = get(&app, "/events?from=never&lang=fr");
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("Requête invalide") && bad.body.contains("from"));
    assert_eq!(get(&app, "/events/ev-none").status, 404);
    assert_eq!(get(&app, "/countries/%3Cx%3E").status, 400);
    assert_eq!(get(&app, "/nothing/here").status, 404);
}

#[test]
fn country_and_pair_pages_draw_the_counts() {
    let app = app();
    let page = get(&app, "/countries/VNM").body;
    let dyads = get_json(&app, "/api/dyads?country=VNM");
    for p in dyads["partners"].as_array().unwrap() {
        let node = format!(
            "data-partner=\"{}\" data-count=\"{}\"",
            p["partner"].as_str().unwrap(),
            p["total"]
        );
        assert!(page.contains(&node), "{node}");
    }
    let timeline = get_json(&app, "/api/timeline?country=VNM&by=year");
    for p in timeline["periods"].as_array().unwrap() {
        let bar = format!(
            "data-period=\"{}\" data-total=\"{}\"",
            p["period"].as_str().unwrap(),
            p["total"]
        );
        assert!(page.contains(&bar), "{bar}");
    }
    let pair = get(&app, "/countries/VNM/KHM");
    assert_eq!(pair.status, 200);
    assert!(pair.body.contains("Cambodia"));
}

#[test]
fn the_server_reads_what_a_writer_commits_meanwhile() {
    let db = scratch("serve-writer").join("attache.db");
    extract_into(&db, &[samples()]);
    let app = app_over(&db);
    let lao_2022 = "/api/events?country=LAO&from=2022-01-01&to=2022-12-31";
    let in_2022 = |app: &axum::Router| {
        let t = get_json(app, "/api/timeline?country=LAO");
        let periods = t["periods"].as_array().unwrap().clone();
        let year = periods.into_iter().find(|p| p["period"] == "2022");
        year.map_or(0, |p| p["total"].as_u64().unwrap())
    };
    assert!(ids(&get_json(&app, lao_2022)).is_empty());
    assert_eq!(in_2022(&app), 0);
    let page_before = get(&app, "/countries/LAO").body;
    extract_into(&db, &[hostile()]);
    assert_eq!(ids(&get_json(&app, lao_2022)).len(), 2);
    // Cached aggregates are not served once a writer has committed.
    assert_eq!(in_2022(&app), 2);
    assert_ne!(get(&app, "/countries/LAO").body, page_before);
}

#[test]
fn a_query_past_its_deadline_is_interrupted() {
    let pool = ReadPool::open(common::sample_db(), 1, Duration::from_millis(200)).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let started = Instant::now();
    let result = runtime.block_on(pool.run(|c| {
        let n: i64 = c.query_row(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n",
            [],
            |r| r.get(0),
        )?;
        Ok(n)
    }));
    assert_eq!(result.unwrap_err().status, 503);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    // The connection went back to the pool and still answers.
    let one =
        runtime.block_on(pool.run(|c| Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0))?)));
    assert_eq!(one.unwrap(), 1);
}

#[test]
fn the_pool_never_writes() {
    let pool = ReadPool::open(common::sample_db(), 1, Duration::from_secs(1)).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let result = runtime.block_on(pool.run(|c| Ok(c.execute("DELETE FROM documents", [])?)));
    assert_eq!(result.unwrap_err().status, 500);
}

#[test]
fn warming_reads_the_busiest_parties() {
    let pool = ReadPool::open(common::sample_db(), 1, Duration::from_secs(5)).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(attache_serve::warm(&pool, 2)).unwrap();
}

#[test]
fn the_annual_review_is_a_page_styled_from_the_server() {
    let app = app();
    let page = get(&app, "/countries/VNM/report?year=2024&lang=fr");
    assert_eq!(page.status, 200);
    assert_inert(&page.body, "review");
    assert!(page.body.contains("Bilan"), "{}", page.body);
    // No inline style: the policy forbids it; the sheet is linked.
    assert!(!page.body.contains("<style"));
    assert!(page.body.contains(r#"href="/static/report.css""#));
    let sheet = get(&app, "/static/report.css");
    assert_eq!(sheet.status, 200);
    assert!(sheet.body.contains("table.partners"));
    // The country page offers it.
    let country = get(&app, "/countries/VNM");
    assert!(link_targets(&country.body).contains(&"/countries/VNM/report".to_string()));
    // A period is a year, or from and to.
    for bad in [
        "/countries/VNM/report",
        "/countries/VNM/report?year=20",
        "/countries/VNM/report?year=2024&from=2024-01-01&to=2024-06-30",
        "/countries/VNM/report?from=2024-06-30&to=2024-01-01",
    ] {
        assert_eq!(get(&app, bad).status, 400, "{bad}");
    }
    let half = get(
        &app,
        "/countries/VNM/report?from=2024-01-01&to=2024-06-30&partner=LAO",
    );
    assert_eq!(half.status, 200);
}
