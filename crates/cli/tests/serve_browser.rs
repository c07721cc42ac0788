//! `attache serve` in a real browser: headless Chromium driven through
//! WebDriver (Debian's `chromium` and `chromium-driver`, which `.ci/run`
//! installs). The server is the `attache` binary itself, over a store that
//! `attache extract --db` built from the sample pages and hostile
//! documents. Checked: the list's filters, the event page's highlighted
//! evidence, the charts' counts against the API, a hostile document shown
//! as text without running any script, and no console error on any page.
//! Screenshots of the main pages go to `target/screenshots/`.
//!
//! Without Chromium the test fails when `CI` is set or
//! `ATTACHE_BROWSER_TESTS=1`, and otherwise says it was skipped.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::cargo_bin;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A child process ended when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Whether to go on: Chromium is there, or it is missing where it must not be.
fn browser_present() -> bool {
    let present = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    let required = std::env::var_os("CI").is_some()
        || std::env::var("ATTACHE_BROWSER_TESTS").is_ok_and(|v| v == "1");
    match (present, required) {
        (true, _) => true,
        (false, true) => panic!(
            "{CHROMIUM} and {CHROMEDRIVER} are needed for the browser tests: apt-get install -y chromium chromium-driver"
        ),
        (false, false) => {
            eprintln!(
                "SKIPPED: the browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install -y chromium chromium-driver); they fail instead when CI or ATTACHE_BROWSER_TESTS=1 is set"
            );
            false
        }
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A store of the samples and the hostile fixtures, built by `attache extract --db`.
fn sample_store(dir: &Path) -> PathBuf {
    let db = dir.join("attache.db");
    let status = Command::new(cargo_bin("attache"))
        .args(["extract", "--db"])
        .arg(&db)
        .arg(repo().join("samples"))
        .arg(repo().join("crates/serve/tests/fixtures/hostile.jsonl"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(
        status.code() == Some(0) || status.code() == Some(2),
        "{status}"
    );
    db
}

/// `attache serve` on a free port, and the address it prints.
fn start_server(db: &Path) -> (Running, String) {
    let mut child = Command::new(cargo_bin("attache"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_string();
    (Running(child), base)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_chromedriver() -> (Running, String) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    (Running(child), format!("http://127.0.0.1:{port}"))
}

async fn open_browser(driver: &str, profile: &Path) -> Client {
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1280,1000",
    ];
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {"binary": CHROMIUM, "args": args},
        "goog:loggingPrefs": {"browser": "ALL"},
    });
    let serde_json::Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(driver)
        .await
        .expect("a WebDriver session with Chromium")
}

/// chromedriver's browser log (console messages, failed loads, CSP
/// violations) since it was last read.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

/// The console errors of the pages visited since the last call.
async fn console_errors(browser: &Client) -> Vec<String> {
    let log = browser
        .issue_cmd(BrowserLog)
        .await
        .expect("the browser log");
    log.as_array()
        .into_iter()
        .flatten()
        .filter(|entry| entry["level"] == "SEVERE" || entry["level"] == "WARNING")
        .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The JSON the API answers, read through the browser.
async fn api(browser: &Client, base: &str, path: &str) -> Value {
    browser.goto(&format!("{base}{path}")).await.unwrap();
    let text = browser
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))
}

async fn script(browser: &Client, js: &str) -> Value {
    browser.execute(js, vec![]).await.unwrap()
}

/// A screenshot of the whole page at `width`, into `target/screenshots/`.
async fn screenshot(browser: &Client, width: u32, name: &str) {
    let height = script(browser, "return document.documentElement.scrollHeight").await;
    let height = height.as_u64().unwrap_or(1000).clamp(600, 4000) as u32;
    browser.set_window_size(width, height + 140).await.unwrap();
    let png = browser.screenshot().await.unwrap();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    browser.set_window_size(1280, 1000).await.unwrap();
}

fn event_ids(list: &Value) -> Vec<String> {
    list["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event_id"].as_str().unwrap().to_string())
        .collect()
}

/// How long a click may take to load the next page.
const NAVIGATION: Duration = Duration::from_secs(10);

/// The page's address once it holds every one of `parts`, or as it is
/// when the navigation a click started has had its time: a click returns
/// before the next page loads, so reading the address at once races it
/// (seen on a loaded machine).
async fn url_once_it_holds(browser: &Client, parts: &[&str]) -> String {
    let deadline = Instant::now() + NAVIGATION;
    loop {
        let url = browser.current_url().await.unwrap().to_string();
        if parts.iter().all(|p| url.contains(p)) || Instant::now() > deadline {
            return url;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn list_filters_narrow_the_rows(browser: &Client, base: &str) {
    let all = event_ids(&api(browser, base, "/api/events?limit=1000").await);
    let khm = event_ids(&api(browser, base, "/api/events?limit=1000&country=KHM").await);
    assert!(!khm.is_empty() && khm.len() < all.len());
    browser.goto(&format!("{base}/events")).await.unwrap();
    let rows = browser
        .find_all(Locator::Css("table.events tbody tr"))
        .await
        .unwrap();
    assert_eq!(rows.len(), all.len().min(50), "list: every event");
    let country = browser
        .find(Locator::Css("input[name=country]"))
        .await
        .unwrap();
    country.send_keys("khm").await.unwrap();
    browser
        .find(Locator::Css("form.filters button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = url_once_it_holds(browser, &["country=khm"]).await;
    assert!(url.contains("country=khm"), "{url}");
    let shown: Vec<String> = script(
        browser,
        "return [...document.querySelectorAll('table.events tbody tr')].map(r => r.dataset.event)",
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|v| v.as_str().unwrap().to_string())
    .collect();
    assert_eq!(shown, khm, "list: the filter keeps the events of the API");
    // A short page links to the next one with the filter kept.
    browser
        .goto(&format!("{base}/events?country=KHM&limit=2"))
        .await
        .unwrap();
    browser
        .find(Locator::Css("a.next"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = url_once_it_holds(browser, &["country=KHM", "after="]).await;
    assert!(
        url.contains("country=KHM") && url.contains("after="),
        "{url}"
    );
    let next: Vec<Value> = script(
        browser,
        "return [...document.querySelectorAll('table.events tbody tr')].map(r => r.dataset.event)",
    )
    .await
    .as_array()
    .unwrap()
    .clone();
    assert_eq!(next.len(), 2.min(khm.len() - 2));
    assert_eq!(next[0], khm[2].as_str());
}

async fn event_page_highlights_the_exact_evidence(browser: &Client, base: &str) -> String {
    let list = api(browser, base, "/api/events?dyad=VNM,KHM&cameo=041").await;
    let id = event_ids(&list).remove(0);
    let detail = api(browser, base, &format!("/api/events/{id}")).await;
    let evidence: Vec<&str> = detail["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["evidence"].as_str().unwrap())
        .collect();
    assert_eq!(evidence.len(), 2);
    browser.goto(&format!("{base}/events/{id}")).await.unwrap();
    let marks = script(
        browser,
        "return [...document.querySelectorAll('article.mention p.context .sentence mark.evidence')].map(m => m.textContent)",
    )
    .await;
    assert_eq!(
        marks,
        json!(evidence),
        "event page: each report's evidence, exactly, inside its sentence"
    );
    // The highlight is visible: a background other than the page's.
    let background = script(
        browser,
        "return getComputedStyle(document.querySelector('mark.evidence')).backgroundColor",
    )
    .await;
    assert_ne!(background, json!("rgba(0, 0, 0, 0)"));
    id
}

async fn charts_draw_the_counts_of_the_api(browser: &Client, base: &str) {
    let timeline = api(browser, base, "/api/timeline?country=VNM&by=year").await;
    let dyads = api(browser, base, "/api/dyads?country=VNM").await;
    browser
        .goto(&format!("{base}/countries/VNM"))
        .await
        .unwrap();
    let bars = script(
        browser,
        "return [...document.querySelectorAll('#by-year g.bar')].map(g => [g.dataset.period, +g.dataset.total, g.getBBox().height])",
    )
    .await;
    let bars = bars.as_array().unwrap();
    let periods = timeline["periods"].as_array().unwrap();
    assert_eq!(bars.len(), periods.len(), "one bar per year");
    let scale: Vec<f64> = bars
        .iter()
        .zip(periods)
        .map(|(bar, p)| {
            assert_eq!(bar[0], p["period"], "timeline: periods in order");
            assert_eq!(bar[1], p["total"], "timeline: {} counts", p["period"]);
            bar[2].as_f64().unwrap() / p["total"].as_f64().unwrap().max(1.0)
        })
        .collect();
    let drawn: Vec<f64> = scale.into_iter().filter(|s| *s > 0.0).collect();
    assert!(
        drawn.windows(2).all(|w| (w[0] - w[1]).abs() < 0.5),
        "bar heights follow the counts: {drawn:?}"
    );
    let nodes = script(
        browser,
        "return [...document.querySelectorAll('#network g.node')].map(g => [g.dataset.partner, +g.dataset.count, +g.querySelector('circle').getAttribute('r')])",
    )
    .await;
    let nodes = nodes.as_array().unwrap();
    let partners = dyads["partners"].as_array().unwrap();
    assert_eq!(nodes.len(), partners.len(), "network: one node per partner");
    for (node, partner) in nodes.iter().zip(partners) {
        assert_eq!(node[0], partner["partner"]);
        assert_eq!(
            node[1], partner["total"],
            "network: {} counts",
            partner["partner"]
        );
    }
    let radii: Vec<f64> = nodes.iter().map(|n| n[2].as_f64().unwrap()).collect();
    assert!(
        radii.windows(2).all(|w| w[0] >= w[1]),
        "nodes sized by events: {radii:?}"
    );
}

async fn a_hostile_document_shows_as_text_and_runs_nothing(browser: &Client, base: &str) {
    let list = api(
        browser,
        base,
        "/api/events?q=Chansamone+telephonique&from=2022-01-01",
    )
    .await;
    let id = event_ids(&list).remove(0);
    for page in [
        format!("/events/{id}"),
        "/documents/hostile-%3Cscript%3E-1".to_string(),
        "/documents/hostile-2".to_string(),
    ] {
        browser.goto(&format!("{base}{page}")).await.unwrap();
        assert!(
            browser.get_alert_text().await.is_err(),
            "{page}: an alert opened"
        );
        let pwned = script(browser, "return typeof window.__pwned").await;
        assert_eq!(
            pwned,
            json!("undefined"),
            "{page}: a script from the store ran"
        );
        let text = script(browser, "return document.body.innerText").await;
        let text = text.as_str().unwrap();
        assert!(
            text.contains("<script>window.__pwned=1</script>"),
            "{page}: shown as text"
        );
        let bad = script(
            browser,
            "return [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => !/^https?:/.test(h))",
        )
        .await;
        assert_eq!(bad, json!([]), "{page}: links that are not web addresses");
        let injected = script(browser, "return document.querySelectorAll('script, img, iframe, [onerror], [onmouseover], [onclick], [onfocus]').length").await;
        assert_eq!(injected, json!(0), "{page}: markup from the store");
    }
}

async fn screenshots(browser: &Client, base: &str, event: &str) {
    for (name, path) in [
        ("events", "/events".to_string()),
        ("event", format!("/events/{event}")),
        ("document", "/documents/sample-fr-appel".to_string()),
        ("country", "/countries/VNM".to_string()),
        ("pair", "/countries/VNM/KHM?lang=fr".to_string()),
    ] {
        browser.goto(&format!("{base}{path}")).await.unwrap();
        screenshot(browser, 1280, name).await;
        if matches!(name, "events" | "event" | "country") {
            screenshot(browser, 390, &format!("{name}-phone")).await;
        }
    }
}

#[test]
fn pages_in_headless_chromium() {
    if !browser_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let (_server, base) = start_server(&db);
    let (_driver, driver_url) = start_chromedriver();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let browser = open_browser(&driver_url, &dir.path().join("profile")).await;
        list_filters_narrow_the_rows(&browser, &base).await;
        let event = event_page_highlights_the_exact_evidence(&browser, &base).await;
        charts_draw_the_counts_of_the_api(&browser, &base).await;
        a_hostile_document_shows_as_text_and_runs_nothing(&browser, &base).await;
        screenshots(&browser, &base, &event).await;
        let errors = console_errors(&browser).await;
        browser.close().await.unwrap();
        assert!(errors.is_empty(), "console errors: {errors:#?}");
    });
}
