//! The web views: HTML rendered on the server from compile-time checked
//! templates (maud escapes every value it writes), readable without
//! JavaScript, in English or French (`?lang=fr`).

mod charts;
mod country;
mod document;
mod event;
pub mod i18n;
mod layout;
pub mod links;
mod list;

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use crate::aggregates;
use crate::error::ApiError;
use crate::params::{Params, DEFAULT_LIMIT, EVENT_LIST_PARAMS, MAX_LIMIT};
use crate::queries::{event as event_query, events, timeline};
use crate::AppState;
use i18n::Lang;
use layout::{page, Here};

/// The language asked for, read apart from the other parameters so that
/// even an error page comes in it.
fn lang_of(query: Option<&str>) -> Lang {
    let lang = form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .find(|(name, _)| name == "lang")
        .map(|(_, value)| value.into_owned());
    Lang::from_param(lang.as_deref())
}

/// A page, or the error page with the error's status.
fn respond(result: Result<Markup, ApiError>, lang: Lang) -> Response {
    match result {
        Ok(markup) => markup.into_response(),
        Err(e) => {
            let markup = layout::error_page(lang, e.status.as_u16(), &e.message);
            (e.status, markup).into_response()
        }
    }
}

/// A path segment that did not decode is a 400, as a bad parameter is.
pub(crate) fn path_or_400<T>(path: Result<Path<T>, PathRejection>) -> Result<T, ApiError> {
    path.map(|Path(p)| p)
        .map_err(|e| ApiError::bad_parameter("path", e.body_text()))
}

pub async fn events_page(State(app): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let lang = lang_of(query.as_deref());
    respond(list_markup(app, query.as_deref(), lang).await, lang)
}

async fn list_markup(app: AppState, query: Option<&str>, lang: Lang) -> Result<Markup, ApiError> {
    let params = Params::parse(query, EVENT_LIST_PARAMS)?;
    let filter = params.event_filter()?;
    let limit = params.number("limit", 1..=MAX_LIMIT)?;
    let after = params.get("after").map(str::to_string);
    let asked = filter.clone();
    let found = app
        .pool
        .run(move |c| {
            events::event_page(c, &asked, after.as_deref(), limit.unwrap_or(DEFAULT_LIMIT))
        })
        .await?;
    let pairs = list::filter_pairs(&filter);
    let here = Here {
        path: "/events",
        query: pairs.iter().map(|(n, v)| (*n, v.as_str())).collect(),
    };
    let title = lang.labels().events;
    Ok(page(
        lang,
        title,
        &here,
        list::list(&found, &filter, limit, lang),
    ))
}

pub async fn event_page(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(query.as_deref());
    let result = async {
        Params::parse(query.as_deref(), &["lang"])?;
        let id = path_or_400(path)?;
        let asked = id.clone();
        let detail = app
            .pool
            .run(move |c| event_query::event_detail(c, &asked))
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no event {id}")))?;
        let path = format!("/events/{}", links::segment(&id));
        let here = Here {
            path: &path,
            query: vec![],
        };
        let title = format!(
            "{} {}",
            detail.event.cameo,
            lang.root_name(detail.event.cameo.get(..2).unwrap_or(""))
        );
        Ok(page(lang, &title, &here, event::event(&detail, lang)))
    }
    .await;
    respond(result, lang)
}

pub async fn document_page(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(query.as_deref());
    let result = async {
        Params::parse(query.as_deref(), &["lang"])?;
        let id = path_or_400(path)?;
        let asked = id.clone();
        let view = app
            .pool
            .run(move |c| crate::queries::document::document_view(c, &asked))
            .await?
            .ok_or_else(|| ApiError::not_found(format!("no document {id}")))?;
        let path = format!("/documents/{}", links::segment(&id));
        let here = Here {
            path: &path,
            query: vec![],
        };
        let title = view.document.title.clone().unwrap_or_else(|| id.clone());
        Ok(page(lang, &title, &here, document::document(&view, lang)))
    }
    .await;
    respond(result, lang)
}

/// A party given in the path, checked as a parameter is.
fn party_in_path(value: &str) -> Result<String, ApiError> {
    let query = format!("country={}", links::segment(value));
    Params::parse(Some(&query), &["country"])?.required_party("country")
}

pub async fn country_page(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(query.as_deref());
    let result = async {
        let params = Params::parse(query.as_deref(), &["lang", "tier"])?;
        let tier = params.choice("tier", &["activity", "verbal"])?;
        let code = party_in_path(&path_or_400(path)?)?;
        let pool = &app.pool;
        let partners = aggregates::dyads_of(pool, &code, None).await?;
        let by_year =
            aggregates::timeline_of(pool, &code, None, timeline::Period::Year, tier).await?;
        let by_month =
            aggregates::timeline_of(pool, &code, None, timeline::Period::Month, tier).await?;
        let path = format!("/countries/{code}");
        let here = Here {
            path: &path,
            query: vec![("tier", tier.unwrap_or(""))],
        };
        let title = lang.party_name(&code);
        Ok(page(
            lang,
            &title,
            &here,
            country::country(&partners, &by_year, &by_month, lang),
        ))
    }
    .await;
    respond(result, lang)
}

/// The annual review of a country (`attache report`) as a page:
/// `/countries/VNM/report?year=2024`, or `from` and `to` for another
/// period, `partner` to narrow it, `lang=fr`. Its style sheet is served
/// apart (`/static/report.css`): the pages allow no inline style.
pub async fn report_page(
    State(app): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(query.as_deref());
    let result = async {
        let params = Params::parse(query.as_deref(), &["lang", "year", "from", "to", "partner"])?;
        let code = party_in_path(&path_or_400(path)?)?;
        let period = match (
            params.number("year", 1900..=2100)?,
            params.day("from")?,
            params.day("to")?,
        ) {
            (Some(year), None, None) => {
                attache_report::Period::year(i32::try_from(year).unwrap_or_default())
            }
            (None, Some(from), Some(to)) => attache_report::Period::new(&from, &to)
                .ok_or_else(|| ApiError::bad_parameter("to", "the period ends before it starts"))?,
            _ => {
                return Err(ApiError::bad_parameter(
                    "year",
                    "give a year, or from and to (not both)",
                ))
            }
        };
        let report_lang = match lang {
            Lang::Fr => attache_report::ReportLang::Fr,
            Lang::En => attache_report::ReportLang::En,
        };
        let mut request = attache_report::Request::new(&code, period, report_lang);
        request.partner = params.party("partner")?;
        let db = app.pool.path().to_path_buf();
        app.pool
            .run(move |_| {
                let store = attache_store::Store::open_read_only(&db)
                    .map_err(|e| ApiError::internal(e.to_string()))?;
                let review = attache_report::gather(&store, &request)
                    .map_err(|e| ApiError::internal(e.to_string()))?;
                Ok(attache_report::render_html_linked(
                    &review,
                    "/static/report.css",
                ))
            })
            .await
    }
    .await;
    // The review escapes every value itself: its page is markup as it is.
    respond(result.map(maud::PreEscaped), lang)
}

pub async fn pair_page(
    State(app): State<AppState>,
    path: Result<Path<(String, String)>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let lang = lang_of(query.as_deref());
    let result = async {
        Params::parse(query.as_deref(), &["lang"])?;
        let (a, b) = path_or_400(path)?;
        let (a, b) = (party_in_path(&a)?, party_in_path(&b)?);
        let (pa, pb) = (a.clone(), b.clone());
        let key = format!("pair page {a} {b}");
        let answer = app
            .pool
            .cached(key, move |c| {
                let filter = attache_store::EventFilter {
                    dyad: Some((pa.clone(), pb.clone())),
                    ..Default::default()
                };
                Ok((
                    timeline::timeline(c, &pa, Some(&pb), timeline::Period::Year, None)?,
                    timeline::timeline(c, &pa, Some(&pb), timeline::Period::Month, None)?,
                    events::event_page(c, &filter, None, 20)?,
                ))
            })
            .await?;
        let (by_year, by_month, latest) = &*answer;
        let path = format!("/countries/{a}/{b}");
        let here = Here {
            path: &path,
            query: vec![],
        };
        let title = format!("{} – {}", lang.party_name(&a), lang.party_name(&b));
        Ok(page(
            lang,
            &title,
            &here,
            country::pair(by_year, by_month, latest, lang),
        ))
    }
    .await;
    respond(result, lang)
}

/// A page that does not exist.
pub async fn not_found(RawQuery(query): RawQuery) -> Response {
    let lang = lang_of(query.as_deref());
    respond(Err(ApiError::not_found("no such page")), lang)
}
