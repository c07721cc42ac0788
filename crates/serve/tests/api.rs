//! The JSON API in-process (tower's `oneshot`), against a store built from
//! the project's sample pages and hostile documents.

mod common;

use attache_store::{EventFilter, Store};
use axum::body::Body;
use axum::http::Request;
use common::{app, get, get_json, ids, sample_db, send};

/// The ids `attache events` lists for `filter` (the store's own query).
fn store_ids(filter: EventFilter) -> Vec<String> {
    let store = Store::open(sample_db()).unwrap();
    let mut ids: Vec<String> = store
        .events(&filter)
        .unwrap()
        .into_iter()
        .map(|e| e.event_id)
        .collect();
    ids.sort();
    ids
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn the_list_filters_as_attache_events_does() {
    let app = app();
    let cases: Vec<(&str, EventFilter)> = vec![
        ("", EventFilter::default()),
        (
            "country=khm",
            EventFilter {
                country: Some("KHM".into()),
                ..Default::default()
            },
        ),
        (
            "dyad=KHM,VNM",
            EventFilter {
                dyad: Some(("KHM".into(), "VNM".into())),
                ..Default::default()
            },
        ),
        (
            "cameo=04",
            EventFilter {
                cameo: Some("04".into()),
                ..Default::default()
            },
        ),
        (
            "tier=verbal",
            EventFilter {
                tier: Some("verbal".into()),
                ..Default::default()
            },
        ),
        (
            "person=giang",
            EventFilter {
                person: Some("giang".into()),
                ..Default::default()
            },
        ),
        (
            "from=2024-08-19&to=2024-08-19",
            EventFilter {
                from: Some("2024-08-19".into()),
                to: Some("2024-08-19".into()),
                ..Default::default()
            },
        ),
    ];
    for (query, filter) in cases {
        let expected = store_ids(filter);
        let found = ids(&get_json(&app, &format!("/api/events?limit=1000&{query}")));
        assert_eq!(sorted(found), expected, "{query}");
    }
    assert!(!store_ids(EventFilter {
        cameo: Some("041".into()),
        ..Default::default()
    })
    .is_empty());
}

#[test]
fn pages_follow_one_another_newest_first_without_repeats() {
    let app = app();
    let all = ids(&get_json(&app, "/api/events?limit=1000"));
    assert!(all.len() > 5);
    let mut walked: Vec<String> = Vec::new();
    let mut uri = "/api/events?limit=2".to_string();
    loop {
        let page = get_json(&app, &uri);
        walked.extend(ids(&page));
        match page["next"].as_str() {
            Some(after) => uri = format!("/api/events?limit=2&after={after}"),
            None => break,
        }
    }
    assert_eq!(walked, all);
    let list = get_json(&app, "/api/events?limit=1000");
    let firsts: Vec<String> = list["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["date"].as_str().map(|d| d[..10.min(d.len())].to_string()))
        .collect();
    let mut newest_first = firsts.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(firsts, newest_first);
}

#[test]
fn words_find_evidence_with_accents_and_case_ignored() {
    let app = app();
    let found = get_json(&app, "/api/events?q=TELEPHONIQUE+entretien");
    let events = found["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for e in events {
        assert_eq!(e["cameo"], "041", "{e}");
    }
    let none = get_json(&app, "/api/events?q=submarine+telephonique");
    assert!(none["events"].as_array().unwrap().is_empty());
    // FTS5 syntax typed by a user is only words: no error.
    for q in ["%22", "NEAR(a+b)", "a*+OR+b", "evidence:x", "(((", "-x"] {
        let answer = get(&app, &format!("/api/events?q={q}"));
        assert_eq!(answer.status, 200, "{q}: {}", answer.body);
    }
}

#[test]
fn a_bad_filter_is_a_400_naming_it_never_a_500() {
    let app = app();
    for (query, parameter) in [
        ("from=2024-02-30", "from"),
        ("to=2024-13", "to"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=ten", "limit"),
        ("after=ev-none", "after"),
        ("tier=loud", "tier"),
        ("cameo=0%27;DROP", "cameo"),
        ("dyad=VNM", "dyad"),
        ("country=VN%20M", "country"),
        ("colour=red", "colour"),
        ("q=", ""),
    ] {
        let answer = get(&app, &format!("/api/events?{query}"));
        if parameter.is_empty() {
            assert_eq!(answer.status, 200, "{query}");
            continue;
        }
        assert_eq!(answer.status, 400, "{query}: {}", answer.body);
        assert_eq!(answer.headers["content-type"], "application/json");
        assert_eq!(answer.json()["error"]["parameter"], parameter, "{query}");
    }
    for uri in [
        "/api/timeline",
        "/api/timeline?country=VNM&by=week",
        "/api/dyads?country=VNM&year=x",
    ] {
        let answer = get(&app, uri);
        assert_eq!(answer.status, 400, "{uri}: {}", answer.body);
    }
    let long = "a".repeat(201);
    assert_eq!(get(&app, &format!("/api/events?q={long}")).status, 400);
}

#[test]
fn what_does_not_exist_is_a_json_404() {
    let app = app();
    for uri in ["/api/events/ev-none", "/api/documents/none", "/api/nothing"] {
        let answer = get(&app, uri);
        assert_eq!(answer.status, 404, "{uri}");
        assert_eq!(answer.json()["error"]["status"], 404);
    }
}

/// The phone call reported in French and in English (the samples).
fn phone_call(app: &axum::Router) -> String {
    let list = get_json(app, "/api/events?dyad=VNM,KHM&cameo=041");
    let found = ids(&list);
    assert_eq!(found.len(), 1, "{list}");
    found[0].clone()
}

#[test]
fn an_event_lists_every_report_with_its_sentence_and_why_it_joined() {
    let app = app();
    let id = phone_call(&app);
    let detail = get_json(&app, &format!("/api/events/{id}"));
    assert_eq!(detail["event"]["event_id"], id.as_str());
    let mentions = detail["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), 2);
    assert_eq!(detail["mentions_total"], 2);
    for (i, m) in mentions.iter().enumerate() {
        let doc = m["document"]["id"].as_str().unwrap();
        let text = get_json(&app, &format!("/api/documents/{doc}"))["text"]
            .as_str()
            .unwrap()
            .to_string();
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let evidence: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(evidence, m["evidence"].as_str().unwrap());
        let context = &m["context"];
        assert!(context["sentence"].as_str().unwrap().contains(&evidence));
        assert!(context["paragraph"]
            .as_str()
            .unwrap()
            .contains(context["sentence"].as_str().unwrap()));
        let (s, e) = (
            context["sentence_start"].as_u64().unwrap() as usize,
            context["sentence_end"].as_u64().unwrap() as usize,
        );
        assert!(s <= start && end <= e);
        assert!(m["document"]["outlet"].is_string() && m["document"]["url"].is_string());
        assert!(m["document"]["title"].is_string());
        assert_eq!(
            m["joined"].is_null(),
            i == 0,
            "the first report joins nothing: {m}"
        );
    }
    let outlets: Vec<&str> = mentions
        .iter()
        .map(|m| m["document"]["outlet"].as_str().unwrap())
        .collect();
    assert_eq!(outlets, ["fr.example-news.vn", "en.other-outlet.example"]);
}

#[test]
fn a_document_comes_with_what_the_cleaner_removed_and_why() {
    let app = app();
    let doc = get_json(&app, "/api/documents/sample-fr-appel");
    let text = doc["text"].as_str().unwrap();
    let segments = doc["segments"].as_array().unwrap();
    let rebuilt: String = segments
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(rebuilt, text);
    let teasers: Vec<&str> = segments
        .iter()
        .filter(|s| s["reason"] == "teaser")
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        teasers
            .iter()
            .any(|t| t.contains(">>Le Vietnam et le Cambodge")),
        "{teasers:?}"
    );
    assert!(segments
        .iter()
        .any(|s| s["event_id"].is_string() && s["kind"] == "kept"));
    assert!(!doc["clean"]["removed"].as_array().unwrap().is_empty());
}

#[test]
fn timelines_and_partners_count_the_listed_events() {
    let app = app();
    let listed =
        |query: &str| ids(&get_json(&app, &format!("/api/events?limit=1000&{query}"))).len() as u64;
    for (timeline, list) in [
        ("country=VNM", "country=VNM"),
        ("country=VNM&partner=KHM", "dyad=VNM,KHM"),
        ("country=VNM&tier=verbal", "country=VNM&tier=verbal"),
    ] {
        for by in ["year", "month"] {
            let t = get_json(&app, &format!("/api/timeline?{timeline}&by={by}"));
            let periods = t["periods"].as_array().unwrap();
            let total: u64 = periods.iter().map(|p| p["total"].as_u64().unwrap()).sum();
            assert_eq!(
                total + t["undated"].as_u64().unwrap(),
                listed(list),
                "{timeline} by {by}"
            );
            for p in periods {
                let by_root: u64 = p["counts"]
                    .as_object()
                    .unwrap()
                    .values()
                    .map(|v| v.as_u64().unwrap())
                    .sum();
                assert_eq!(by_root, p["total"].as_u64().unwrap());
            }
        }
    }
    let dyads = get_json(&app, "/api/dyads?country=VNM");
    let partners = dyads["partners"].as_array().unwrap();
    assert!(partners.len() >= 3);
    for p in partners {
        let partner = p["partner"].as_str().unwrap();
        assert_eq!(
            p["total"].as_u64().unwrap(),
            listed(&format!("dyad=VNM,{partner}")),
            "{partner}"
        );
    }
    let totals: Vec<u64> = partners
        .iter()
        .map(|p| p["total"].as_u64().unwrap())
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    let in_2024 = get_json(&app, "/api/dyads?country=VNM&year=2024");
    let total_2024: u64 = in_2024["partners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["total"].as_u64().unwrap())
        .sum();
    let t = get_json(&app, "/api/timeline?country=VNM");
    let year = t["periods"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["period"] == "2024")
        .unwrap();
    assert_eq!(total_2024, year["total"].as_u64().unwrap());
}

#[test]
fn only_get_is_answered() {
    let app = app();
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let request = Request::builder()
            .method(method)
            .uri("/api/events")
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(&app, request).status, 405, "{method}");
    }
    let head = Request::head("/api/events").body(Body::empty()).unwrap();
    assert_eq!(send(&app, head).status, 200);
}

#[test]
fn every_answer_carries_the_security_headers() {
    let app = app();
    for uri in [
        "/api/events",
        "/api/events?limit=0",
        "/api/nothing",
        "/events",
        "/nothing",
        "/static/style.css",
    ] {
        let answer = get(&app, uri);
        let csp = answer.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{uri}: {csp}"
        );
        assert!(csp.contains("default-src 'none'"));
        assert_eq!(answer.headers["x-content-type-options"], "nosniff", "{uri}");
    }
}

#[test]
fn the_openapi_description_names_every_endpoint() {
    let app = app();
    let spec = get_json(&app, "/api/openapi.json");
    let mut paths: Vec<&str> = spec["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/api/documents/{id}",
            "/api/dyads",
            "/api/events",
            "/api/events/{event_id}",
            "/api/openapi.json",
            "/api/timeline"
        ]
    );
    for path in paths.iter().filter(|p| !p.contains('{')) {
        let example = match *path {
            "/api/timeline" | "/api/dyads" => format!("{path}?country=VNM"),
            _ => path.to_string(),
        };
        assert_eq!(get(&app, &example).status, 200, "{example}");
    }
}
