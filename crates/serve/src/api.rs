//! The JSON API (described at `/api/openapi.json`): the same queries as
//! the pages, as data.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;

use crate::aggregates::{dyads_of, timeline_of};
use crate::error::ApiError;
use crate::params::{Params, DEFAULT_LIMIT, EVENT_LIST_PARAMS, MAX_LIMIT};
use crate::queries::document::{document_view, DocumentView};
use crate::queries::dyads::Dyads;
use crate::queries::event::{event_detail, EventDetail};
use crate::queries::events::{event_page, EventPage};
use crate::queries::timeline::{Period, Timeline};
use crate::views::path_or_400;
use crate::AppState;

type Answer<T> = Result<Json<T>, ApiError>;

pub async fn events(State(app): State<AppState>, RawQuery(query): RawQuery) -> Answer<EventPage> {
    let params = Params::parse(query.as_deref(), EVENT_LIST_PARAMS)?;
    let filter = params.event_filter()?;
    let limit = params
        .number("limit", 1..=MAX_LIMIT)?
        .unwrap_or(DEFAULT_LIMIT);
    let after = params.get("after").map(str::to_string);
    let page = app
        .pool
        .run(move |c| event_page(c, &filter, after.as_deref(), limit))
        .await?;
    Ok(Json(page))
}

pub async fn event(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer<EventDetail> {
    Params::parse(query.as_deref(), &[])?;
    let id = path_or_400(path)?;
    let asked = id.clone();
    let detail = app.pool.run(move |c| event_detail(c, &asked)).await?;
    detail
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no event {id}")))
}

pub async fn document(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Answer<DocumentView> {
    Params::parse(query.as_deref(), &[])?;
    let id = path_or_400(path)?;
    let asked = id.clone();
    let view = app.pool.run(move |c| document_view(c, &asked)).await?;
    view.map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no document {id}")))
}

pub async fn timeline(State(app): State<AppState>, RawQuery(query): RawQuery) -> Answer<Timeline> {
    let params = Params::parse(query.as_deref(), &["country", "partner", "by", "tier"])?;
    let country = params.required_party("country")?;
    let partner = params.party("partner")?;
    let by = match params.choice("by", &["year", "month"])? {
        Some("month") => Period::Month,
        _ => Period::Year,
    };
    let tier = params.choice("tier", &["activity", "verbal"])?;
    let answer = timeline_of(&app.pool, &country, partner.as_deref(), by, tier).await?;
    Ok(Json(Timeline::clone(&answer)))
}

pub async fn dyads(State(app): State<AppState>, RawQuery(query): RawQuery) -> Answer<Dyads> {
    let params = Params::parse(query.as_deref(), &["country", "year"])?;
    let country = params.required_party("country")?;
    let year = params.number("year", 1..=9999)?.map(|y| y as u16);
    let answer = dyads_of(&app.pool, &country, year).await?;
    Ok(Json(Dyads::clone(&answer)))
}

/// The OpenAPI 3.1 description of this API.
pub const OPENAPI: &str = include_str!("openapi.json");

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

/// An API path that does not exist.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint (see /api/openapi.json)")
}
