//! The load generator of `bench/serve_load.sh`: bounded bursts of
//! concurrent requests to a running `attache serve`, one burst per kind of
//! request, reporting requests/s, p50/p99 latency, errors, and the
//! server's memory (from `/proc/PID/status`) after each burst.
//!
//!     cargo run --release -p attache-serve --example load -- BASE_URL SERVER_PID [REQUESTS] [CLIENTS]
//!
//! Requests are drawn deterministically (event ids from the store's own
//! lists, partners, years, words), so two runs send the same requests.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

type Http = Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>;

fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

async fn fetch(client: &Http, url: &str) -> Result<(u16, Bytes), String> {
    let response = client
        .get(url.parse().map_err(|e| format!("{e}"))?)
        .await
        .map_err(|e| e.to_string())?;
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, body))
}

/// Event ids and documents to ask for, from a few lists of the store.
async fn sample_ids(client: &Http, base: &str) -> (Vec<String>, Vec<String>) {
    let (mut events, mut docs) = (Vec::new(), Vec::new());
    for query in [
        "",
        "country=LAO",
        "country=USA&tier=verbal",
        "cameo=06",
        "from=2016-01-01&to=2016-12-31",
    ] {
        let (_, body) = fetch(client, &format!("{base}/api/events?limit=400&{query}"))
            .await
            .expect("a list");
        let list: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        for e in list["events"].as_array().into_iter().flatten() {
            events.push(e["event_id"].as_str().unwrap_or_default().to_string());
            docs.push(e["doc"].as_str().unwrap_or_default().to_string());
        }
    }
    (events, docs)
}

const PARTNERS: &[&str] = &[
    "LAO", "KHM", "CHN", "USA", "RUS", "JPN", "KOR", "IND", "FRA", "AUS",
];
const WORDS: &[&str] = &[
    "formation",
    "delegation General",
    "mémorandum",
    "dialogue défense",
    "homologue",
    "soutien",
    "maritime security",
];

/// The URL of the `i`-th request of kind `kind`.
fn url(kind: &str, i: u64, base: &str, events: &[String], docs: &[String]) -> String {
    let r = mix(i ^ (kind.len() as u64 * 0x1234_5678));
    let partner = PARTNERS[(r % PARTNERS.len() as u64) as usize];
    let year = 2014 + (r >> 8) % 12;
    let event = &events[((r >> 16) % events.len() as u64) as usize];
    let doc = &docs[((r >> 16) % docs.len() as u64) as usize];
    match kind {
        "event page" => format!("{base}/events/{event}"),
        "event API" => format!("{base}/api/events/{event}"),
        "filtered list page" => {
            format!("{base}/events?country={partner}&from={year}-01-01&to={year}-12-31")
        }
        "filtered list API" => format!("{base}/api/events?dyad=VNM,{partner}&cameo=04&limit=50"),
        "text search API" => format!(
            "{base}/api/events?q={}",
            WORDS[((r >> 24) % WORDS.len() as u64) as usize].replace(' ', "+")
        ),
        "document page" => format!("{base}/documents/{doc}"),
        "timeline API (VNM, by month)" => format!("{base}/api/timeline?country=VNM&by=month"),
        "timeline API (partner, by year)" => {
            format!("{base}/api/timeline?country={partner}&by=year")
        }
        "country page" => format!(
            "{base}/countries/{}",
            if r & 1 == 0 { "VNM" } else { partner }
        ),
        other => panic!("no request kind {other}"),
    }
}

fn memory_mb(pid: &str) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (base, pid) = (args[0].trim_end_matches('/').to_string(), args[1].clone());
    let requests: usize = args.get(2).map_or(2000, |n| n.parse().unwrap());
    let clients: usize = args.get(3).map_or(64, |n| n.parse().unwrap());
    let client: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(clients)
        .build_http();
    let (events, docs) = sample_ids(&client, &base).await;
    let events = Arc::new(events);
    let docs = Arc::new(docs);
    println!(
        "{requests} requests per kind, {clients} concurrent clients, {} event ids drawn from",
        events.len()
    );
    println!("| request | requests/s | p50 ms | p99 ms | max ms | errors | server RSS MB (peak) |");
    println!("|---|---|---|---|---|---|---|");
    for kind in [
        "event page",
        "event API",
        "filtered list page",
        "filtered list API",
        "text search API",
        "document page",
        "timeline API (VNM, by month)",
        "timeline API (partner, by year)",
        "country page",
    ] {
        let next = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let workers: Vec<_> = (0..clients)
            .map(|_| {
                let (client, next, base, events, docs) = (
                    client.clone(),
                    next.clone(),
                    base.clone(),
                    events.clone(),
                    docs.clone(),
                );
                tokio::spawn(async move {
                    let (mut times, mut errors) = (Vec::new(), 0usize);
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= requests {
                            break (times, errors);
                        }
                        let target = url(kind, i as u64, &base, &events, &docs);
                        let sent = Instant::now();
                        match fetch(&client, &target).await {
                            Ok((200, _)) => {}
                            Ok((status, body)) => {
                                errors += 1;
                                if errors == 1 {
                                    eprintln!(
                                        "{target}: {status} {}",
                                        String::from_utf8_lossy(&body)
                                    );
                                }
                            }
                            Err(e) => {
                                errors += 1;
                                eprintln!("{target}: {e}");
                            }
                        }
                        times.push(sent.elapsed());
                    }
                })
            })
            .collect();
        let (mut times, mut errors) = (Vec::new(), 0);
        for worker in workers {
            let (t, e) = worker.await.expect("a worker");
            times.extend(t);
            errors += e;
        }
        let elapsed = started.elapsed().as_secs_f64();
        times.sort();
        let (rss, peak) = memory_mb(&pid);
        println!(
            "| {kind} | {:.0} | {:.1} | {:.1} | {:.1} | {errors} | {rss:.0} ({peak:.0}) |",
            times.len() as f64 / elapsed,
            percentile(&times, 0.50),
            percentile(&times, 0.99),
            percentile(&times, 1.0),
        );
    }
}
