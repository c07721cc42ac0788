//! Events of a country (or of a pair) counted per year or month and per
//! CAMEO root: the stacked bars of a country's page. An event counts in
//! the period of its first day; events without a known year are counted
//! apart (`undated`). Periods between the first and the last are all
//! listed, with zero counts, so that a series can be drawn as it is.

use attache_store::EventFilter;
use rusqlite::{params_from_iter, Connection};
use serde::Serialize;

use super::{sides, RootCounts, Sides};
use crate::error::ApiError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Year,
    Month,
}

impl Period {
    /// Characters of `YYYY-MM-DD` that name the period.
    fn prefix_len(self) -> usize {
        match self {
            Period::Year => 4,
            Period::Month => 7,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub country: String,
    pub partner: Option<String>,
    pub by: Period,
    pub tier: Option<String>,
    /// Every root counted, in order.
    pub roots: Vec<String>,
    pub periods: Vec<PeriodCounts>,
    /// Events that pass but have no known year.
    pub undated: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodCounts {
    /// `YYYY` or `YYYY-MM`.
    pub period: String,
    pub total: u64,
    pub counts: RootCounts,
}

/// The timeline of `country`'s events (with `partner` only, when given).
pub fn timeline(
    conn: &Connection,
    country: &str,
    partner: Option<&str>,
    by: Period,
    tier: Option<&str>,
) -> Result<Timeline, ApiError> {
    let filter = EventFilter {
        country: partner.is_none().then(|| country.to_string()),
        dyad: partner.map(|p| (country.to_string(), p.to_string())),
        tier: tier.map(str::to_string),
        ..EventFilter::default()
    };
    let Sides { parts, values } = sides(&filter);
    let counted = |dated: &str, columns: &str, group: &str| {
        let each: Vec<String> = parts
            .iter()
            .map(|part| {
                format!("SELECT {columns} count(*) AS n FROM canonical_events c WHERE {part} AND c.date_first {dated} {group}")
            })
            .collect();
        each.join(" UNION ALL ")
    };
    let columns = format!(
        "substr(c.date_first, 1, {}) AS period, substr(c.cameo, 1, 2) AS root,",
        by.prefix_len()
    );
    let sql = format!(
        "SELECT period, root, sum(n) FROM ({}) GROUP BY period, root ORDER BY period, root",
        counted("IS NOT NULL", &columns, "GROUP BY period, root")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(&values), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)? as u64,
        ))
    })?;
    let mut periods: Vec<PeriodCounts> = Vec::new();
    let mut roots: Vec<String> = Vec::new();
    for row in rows {
        let (period, root, count) = row?;
        if periods.last().is_none_or(|p| p.period != period) {
            periods.push(PeriodCounts {
                period,
                total: 0,
                counts: RootCounts::new(),
            });
        }
        let last = periods.last_mut().expect("pushed above");
        last.total += count;
        *last.counts.entry(root.clone()).or_default() += count;
        if !roots.contains(&root) {
            roots.push(root);
        }
    }
    roots.sort();
    let undated: i64 = conn.query_row(
        &format!(
            "SELECT ifnull(sum(n), 0) FROM ({})",
            counted("IS NULL", "", "")
        ),
        params_from_iter(&values),
        |r| r.get(0),
    )?;
    Ok(Timeline {
        country: country.to_string(),
        partner: partner.map(str::to_string),
        by,
        tier: tier.map(str::to_string),
        roots,
        periods: with_gaps_filled(periods, by),
        undated: undated as u64,
    })
}

/// The period after `period` (`2024` → `2025`, `2024-12` → `2025-01`).
fn next_period(period: &str, by: Period) -> Option<String> {
    let year: i32 = period.get(..4)?.parse().ok()?;
    match by {
        Period::Year => Some(format!("{:04}", year + 1)),
        Period::Month => {
            let month: u32 = period.get(5..7)?.parse().ok()?;
            Some(match month {
                12 => format!("{:04}-01", year + 1),
                m => format!("{year:04}-{:02}", m + 1),
            })
        }
    }
}

/// Longest run of empty periods filled in (a stray date centuries off
/// would otherwise make thousands).
const MAX_GAP: usize = 600;

fn with_gaps_filled(periods: Vec<PeriodCounts>, by: Period) -> Vec<PeriodCounts> {
    let mut out: Vec<PeriodCounts> = Vec::with_capacity(periods.len());
    for p in periods {
        if let Some(last) = out.last() {
            let mut gap = Vec::new();
            let mut next = next_period(&last.period, by);
            while let Some(n) = next.filter(|n| *n < p.period && gap.len() < MAX_GAP) {
                next = next_period(&n, by);
                gap.push(PeriodCounts {
                    period: n,
                    total: 0,
                    counts: RootCounts::new(),
                });
            }
            out.extend(gap);
        }
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(name: &str) -> PeriodCounts {
        PeriodCounts {
            period: name.into(),
            total: 1,
            counts: RootCounts::new(),
        }
    }

    #[test]
    fn missing_periods_are_listed_empty() {
        let names = |ps: Vec<PeriodCounts>| ps.into_iter().map(|p| p.period).collect::<Vec<_>>();
        assert_eq!(
            names(with_gaps_filled(
                vec![period("2023-11"), period("2024-02")],
                Period::Month
            )),
            ["2023-11", "2023-12", "2024-01", "2024-02"]
        );
        assert_eq!(
            names(with_gaps_filled(
                vec![period("2019"), period("2021")],
                Period::Year
            )),
            ["2019", "2020", "2021"]
        );
    }
}
