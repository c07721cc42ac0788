//! Stores built from the project's sample pages and the hostile fixtures
//! (through the same pipeline as `attache extract --db`), and requests
//! sent to the router in-process.

#![allow(dead_code)] // each test file uses its own part of this module

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use attache_pipeline::{extract_stream, StoreLinker};
use attache_recognize::Recognizer;
use attache_serve::{router, Limits, ReadPool};
use attache_store::Store;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

pub fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.jsonl")
}

/// Extracts the events of `inputs` into the store at `db` (created if needed).
pub fn extract_into(db: &Path, inputs: &[PathBuf]) {
    let store = Store::open(db).unwrap();
    let recognizer = Recognizer::with_gazetteer(attache_lexicon::actor_gazetteer());
    let mut linker = StoreLinker::new(&store).unwrap();
    let paths: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    extract_stream(
        &paths,
        &Default::default(),
        attache_pipeline::Engine::with_recognizer(&recognizer),
        Some(1),
        None,
        &mut linker,
        &mut |r| assert!(r.kept, "rejected: {r}"),
        &mut |_, _| Ok(()),
    )
    .unwrap();
    linker.finish().unwrap();
}

/// A fresh directory under cargo's temporary directory for tests.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The samples and the hostile documents, stored once per test binary.
pub fn sample_db() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let db = scratch("serve-samples").join("attache.db");
        extract_into(&db, &[samples(), hostile()]);
        db
    })
}

pub fn app_over(db: &Path) -> Router {
    let limits = Limits::default();
    let pool: Arc<ReadPool> = ReadPool::open(db, 2, limits.query_deadline).unwrap();
    router(pool, &limits)
}

pub fn app() -> Router {
    app_over(sample_db())
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

pub fn send(app: &Router, request: Request<Body>) -> Answer {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let response = app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).unwrap(),
        }
    })
}

pub fn get(app: &Router, uri: &str) -> Answer {
    send(app, Request::get(uri).body(Body::empty()).unwrap())
}

/// `GET uri`, which must answer 200 with JSON.
pub fn get_json(app: &Router, uri: &str) -> serde_json::Value {
    let answer = get(app, uri);
    assert_eq!(answer.status, 200, "{uri}: {}", answer.body);
    answer.json()
}

/// The event ids of a list answer, in order.
pub fn ids(list: &serde_json::Value) -> Vec<String> {
    list["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event_id"].as_str().unwrap().to_string())
        .collect()
}
