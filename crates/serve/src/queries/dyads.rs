//! A country's partners, each with its events counted per CAMEO root,
//! most events first: the ranking and the network of a country's page.

use rusqlite::Connection;
use serde::Serialize;

use super::RootCounts;
use crate::error::ApiError;

#[derive(Debug, Clone, Serialize)]
pub struct Dyads {
    pub country: String,
    /// Only events whose first day falls in this year.
    pub year: Option<u16>,
    pub partners: Vec<Partner>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    pub partner: String,
    pub total: u64,
    pub counts: RootCounts,
}

/// The partners of `country` (in `year`, when given).
pub fn dyads(conn: &Connection, country: &str, year: Option<u16>) -> Result<Dyads, ApiError> {
    let year_text = year.map(|y| format!("{y:04}"));
    // One side, then the other, each read from its covering index.
    let mut stmt = conn.prepare(
        "SELECT partner, root, sum(n) FROM (
           SELECT c.target_party AS partner, substr(c.cameo, 1, 2) AS root, count(*) AS n
           FROM canonical_events c
           WHERE c.source_party = ?1 AND (?2 IS NULL OR substr(c.date_first, 1, 4) = ?2)
           GROUP BY partner, root
           UNION ALL
           SELECT c.source_party, substr(c.cameo, 1, 2), count(*)
           FROM canonical_events c
           WHERE c.target_party = ?1 AND c.source_party IS NOT ?1
             AND (?2 IS NULL OR substr(c.date_first, 1, 4) = ?2)
           GROUP BY 1, 2)
         GROUP BY partner, root",
    )?;
    let rows = stmt.query_map(rusqlite::params![country, year_text], |r| {
        Ok((
            r.get::<_, Option<String>>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)? as u64,
        ))
    })?;
    let mut partners: Vec<Partner> = Vec::new();
    for row in rows {
        let (Some(partner), root, count) = row? else {
            continue;
        };
        if partner == country {
            continue;
        }
        let at = match partners.iter().position(|p| p.partner == partner) {
            Some(at) => at,
            None => {
                partners.push(Partner {
                    partner,
                    total: 0,
                    counts: RootCounts::new(),
                });
                partners.len() - 1
            }
        };
        partners[at].total += count;
        *partners[at].counts.entry(root).or_default() += count;
    }
    partners.sort_by(|a, b| {
        b.total
            .cmp(&a.total)
            .then_with(|| a.partner.cmp(&b.partner))
    });
    Ok(Dyads {
        country: country.to_string(),
        year,
        partners,
    })
}
