//! `attache serve`: a read-only HTTP API and web views of the event store.
//!
//! [`router`] answers JSON under `/api/` (events with the filters of
//! `attache events` and keyset pagination, one event with every report
//! in context, a document with what the cleaner removed, timelines and a
//! country's partners; described at `/api/openapi.json`) and HTML pages
//! rendered on the server (`/events`, `/events/{id}`, `/documents/{id}`,
//! `/countries/{code}`, `/countries/{code}/{partner}`). Queries run on a
//! [`ReadPool`] of read-only connections, so the store can be written by
//! `attache extract --db` meanwhile.
//!
//! Every response carries a Content-Security-Policy that allows no inline
//! script, and `X-Content-Type-Options: nosniff`; only `GET` (and `HEAD`)
//! are answered; a request has [`Limits::request_timeout`] to finish and a
//! query [`Limits::query_deadline`]; at most [`Limits::connections`]
//! queries run at once.
//!
//! ```
//! use attache_serve::{router, Limits, ReadPool};
//! use axum::body::Body;
//! use axum::http::Request;
//! use tower::ServiceExt;
//!
//! let dir = tempfile::tempdir().unwrap();
//! let db = dir.path().join("attache.db");
//! attache_store::Store::open(&db).unwrap(); // an empty store, at the latest schema
//! let limits = Limits::default();
//! let pool = ReadPool::open(&db, limits.connections, limits.query_deadline).unwrap();
//! let app = router(pool, &limits);
//! let runtime = tokio::runtime::Runtime::new().unwrap();
//! let response = runtime.block_on(async {
//!     let request = Request::get("/api/events?country=VNM&from=2024-01-01").body(Body::empty()).unwrap();
//!     app.oneshot(request).await.unwrap()
//! });
//! assert_eq!(response.status(), 200);
//! assert!(response.headers()["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
//! ```

mod aggregates;
mod api;
pub mod error;
pub mod params;
mod pool;
pub mod queries;
mod views;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use tower::limit::ConcurrencyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use aggregates::warm;
pub use error::ApiError;
pub use pool::{OpenError, ReadPool, SCHEMA_NEEDED};

/// How much the server takes on.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Read-only connections, hence queries running at once.
    pub connections: usize,
    /// How long a query may run before it is interrupted (503).
    pub query_deadline: Duration,
    /// How long a whole request may take (503 after).
    pub request_timeout: Duration,
    /// Requests handled at once; more wait for a slot.
    pub requests: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connections: 4,
            query_deadline: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            requests: 256,
        }
    }
}

#[derive(Clone)]
pub(crate) struct AppState {
    pool: Arc<ReadPool>,
}

/// Scripts only from this server (there are none), no inline script or
/// style, no plugins, no framing, forms posting only here.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const STYLE: &str = include_str!("../assets/style.css");
const FAVICON: &str = include_str!("../assets/favicon.svg");

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLE,
    )
}

async fn report_style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        attache_report::STYLESHEET,
    )
}

async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "max-age=86400"),
        ],
        FAVICON,
    )
}

/// The API and the pages, over `pool`, within `limits`.
pub fn router(pool: Arc<ReadPool>, limits: &Limits) -> Router {
    let api = Router::new()
        .route("/events", get(api::events))
        .route("/events/{event_id}", get(api::event))
        .route("/documents/{id}", get(api::document))
        .route("/timeline", get(api::timeline))
        .route("/dyads", get(api::dyads))
        .route("/openapi.json", get(api::openapi))
        .fallback(api::not_found);
    let header = |name, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Router::new()
        .route("/", get(views::events_page))
        .route("/events", get(views::events_page))
        .route("/events/{event_id}", get(views::event_page))
        .route("/documents/{id}", get(views::document_page))
        .route("/countries/{code}", get(views::country_page))
        .route("/countries/{code}/report", get(views::report_page))
        .route("/countries/{code}/{partner}", get(views::pair_page))
        .route("/static/report.css", get(report_style))
        .route("/static/style.css", get(style))
        .route("/static/favicon.svg", get(favicon))
        .route("/favicon.ico", get(favicon))
        .nest("/api", api)
        .fallback(views::not_found)
        .with_state(AppState { pool })
        .layer(header(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            limits.request_timeout,
        ))
        .layer(ConcurrencyLimitLayer::new(limits.requests))
}
