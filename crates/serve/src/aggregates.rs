//! Timelines and partner counts, which read all of a country's events:
//! computed once per question and kept until a writer commits (see
//! [`ReadPool::cached`]), shared by the API and the pages, and computed
//! ahead for the parties with most events ([`warm`]).

use std::sync::Arc;

use crate::error::ApiError;
use crate::queries::dyads::{dyads, Dyads};
use crate::queries::timeline::{timeline, Period, Timeline};
use crate::ReadPool;

pub async fn timeline_of(
    pool: &ReadPool,
    country: &str,
    partner: Option<&str>,
    by: Period,
    tier: Option<&'static str>,
) -> Result<Arc<Timeline>, ApiError> {
    let key = format!("timeline {country} {partner:?} {by:?} {tier:?}");
    let (country, partner) = (country.to_string(), partner.map(str::to_string));
    pool.cached(key, move |c| {
        timeline(c, &country, partner.as_deref(), by, tier)
    })
    .await
}

pub async fn dyads_of(
    pool: &ReadPool,
    country: &str,
    year: Option<u16>,
) -> Result<Arc<Dyads>, ApiError> {
    let key = format!("dyads {country} {year:?}");
    let country = country.to_string();
    pool.cached(key, move |c| dyads(c, &country, year)).await
}

/// Computes ahead what the pages of the `parties` parties with most
/// events show (their partners, their timelines by year and by month), so
/// that the first readers of the busiest pages do not wait for them.
pub async fn warm(pool: &ReadPool, parties: usize) -> Result<(), ApiError> {
    let busiest: Vec<String> = pool
        .run(move |c| {
            let mut stmt = c.prepare(
                "SELECT party FROM (SELECT source_party AS party FROM canonical_events
                   UNION ALL SELECT target_party FROM canonical_events)
                 WHERE party IS NOT NULL GROUP BY party ORDER BY count(*) DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([parties as i64], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .await?;
    for party in &busiest {
        dyads_of(pool, party, None).await?;
        for by in [Period::Year, Period::Month] {
            timeline_of(pool, party, None, by, None).await?;
        }
    }
    Ok(())
}
