//! Code tables compiled in from `data/`: CAMEO → Goldstein score and
//! QuadClass, CAMEO → PLOVER event type, organisation → CAMEO known group,
//! ISO3 → FIPS 10-4. Each data file names its source in its header.

use std::collections::HashMap;
use std::sync::OnceLock;

const GOLDSTEIN_TSV: &str = include_str!("../data/goldstein.tsv");
const PLOVER_TSV: &str = include_str!("../data/plover.tsv");
const KNOWN_GROUPS_TSV: &str = include_str!("../data/known_groups.tsv");
const FIPS_TSV: &str = include_str!("../data/iso3_fips.tsv");

/// The PLOVER event class of a CAMEO code (`data/plover.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverClass {
    /// `CONSULT`, `AGREE`, `AID`...
    pub event_type: &'static str,
    /// `visit`, `host`, `phone`... when the crosswalk gives one.
    pub mode: Option<&'static str>,
    /// `military`, `diplomatic`..., possibly several, possibly none.
    pub context: Vec<&'static str>,
}

impl PloverClass {
    /// PLOVER's quad category of the event type: 1 verbal cooperation,
    /// 2 material cooperation, 3 verbal conflict, 4 material conflict
    /// (the manual's heading of each category; `REQUEST`, from CAMEO's
    /// appeals, is verbal cooperation as CAMEO 02 is).
    pub fn quad_code(&self) -> Option<u8> {
        Some(match self.event_type {
            "AGREE" | "CONSULT" | "SUPPORT" | "CONCEDE" | "REQUEST" => 1,
            "COOPERATE" | "AID" | "RETREAT" => 2,
            "DEMAND" | "ACCUSE" | "REJECT" | "THREATEN" => 3,
            "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" => 4,
            _ => return None,
        })
    }
}

/// The Goldstein score of a CAMEO code, from GDELT's table: the code's own
/// value, else its 3-digit base's, else its 2-digit root's. `None` for a
/// code whose root is not one of CAMEO's 01–20.
pub fn goldstein(cameo: &str) -> Option<f32> {
    static TABLE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        rows(GOLDSTEIN_TSV)
            .filter_map(|cells| Some((cells[0], cells.get(1)?.parse().ok()?)))
            .collect()
    });
    lookup(table, cameo).copied()
}

/// GDELT's QuadClass of a CAMEO code, from its root: 01–05 → 1 verbal
/// cooperation, 06–08 → 2 material cooperation, 09–13 → 3 verbal conflict,
/// 14–20 → 4 material conflict.
pub fn quad_class(cameo: &str) -> Option<u8> {
    let root: u8 = cameo.get(..2)?.parse().ok()?;
    Some(match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => return None,
    })
}

/// The PLOVER class of a CAMEO code (exact code, else 3-digit base, else
/// 2-digit root); `None` for 01x statements, which PLOVER does not code,
/// and for codes outside CAMEO.
pub fn plover_class(cameo: &str) -> Option<PloverClass> {
    type Row = (&'static str, Option<&'static str>, Option<&'static str>);
    static TABLE: OnceLock<HashMap<&'static str, Row>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        rows(PLOVER_TSV)
            .filter(|cells| cells.len() == 4)
            .map(|c| (c[0], (c[1], cell(c[2]), cell(c[3]))))
            .collect()
    });
    let &(event_type, mode, context) = lookup(table, cameo)?;
    Some(PloverClass {
        event_type,
        mode,
        context: context.map_or_else(Vec::new, |c| c.split(';').collect()),
    })
}

/// The CAMEO known-group code of an attache organisation code (`UN` →
/// `UNO`, `UNMISS` → `UNO`, `ASEAN` → `ASN`).
pub(crate) fn known_group(igo: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    pairs(&TABLE, KNOWN_GROUPS_TSV).get(igo).copied()
}

/// The FIPS 10-4 code of an ISO 3166-1 alpha-3 code (`VNM` → `VM`).
pub(crate) fn fips(iso3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    pairs(&TABLE, FIPS_TSV).get(iso3).copied()
}

fn pairs<'t>(
    table: &'t OnceLock<HashMap<&'static str, &'static str>>,
    tsv: &'static str,
) -> &'t HashMap<&'static str, &'static str> {
    table.get_or_init(|| {
        rows(tsv)
            .filter_map(|cells| Some((cells[0], *cells.get(1)?)))
            .collect()
    })
}

/// The code itself, else its first three digits, else its first two.
fn lookup<'t, V>(table: &'t HashMap<&'static str, V>, cameo: &str) -> Option<&'t V> {
    [cameo.len(), 3, 2]
        .into_iter()
        .filter(|&n| n <= cameo.len())
        .find_map(|n| table.get(cameo.get(..n)?))
}

/// The cells of the data lines of a TSV file (`#` starts a comment line).
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

fn cell(s: &'static str) -> Option<&'static str> {
    (s != "-" && !s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goldstein_of_codes_and_fallbacks() {
        let cases = [
            ("010", 0.0),
            ("020", 3.0),
            ("036", 4.0),
            ("042", 1.9),
            ("043", 2.8),
            ("046", 7.0),
            ("057", 8.0),
            ("0312", 5.2),
            ("074", 8.5),
            ("111", -2.0),
            ("130", -4.4),
            ("0874", 10.0),
            // Not in the table: the base's value, then the root's.
            ("0439", 2.8),
            ("099", -2.0),
        ];
        for (code, score) in cases {
            assert_eq!(goldstein(code), Some(score), "{code}");
        }
        assert_eq!(goldstein("21"), None);
        assert_eq!(goldstein(""), None);
    }

    #[test]
    fn every_goldstein_row_is_a_number_in_range() {
        let lines = rows(GOLDSTEIN_TSV).collect::<Vec<_>>();
        assert!(lines.len() > 300);
        for cells in lines {
            let score: f32 = cells[1].parse().unwrap();
            assert!((-10.0..=10.0).contains(&score), "{cells:?}");
        }
    }

    #[test]
    fn quad_class_from_the_root() {
        for (code, quad) in [
            ("043", 1),
            ("0312", 1),
            ("051", 1),
            ("062", 2),
            ("074", 2),
            ("111", 3),
            ("130", 3),
            ("145", 4),
            ("190", 4),
        ] {
            assert_eq!(quad_class(code), Some(quad), "{code}");
        }
        assert_eq!(quad_class("21"), None);
        assert_eq!(quad_class("7"), None);
    }

    #[test]
    fn plover_crosswalk() {
        let host = plover_class("043").unwrap();
        assert_eq!((host.event_type, host.mode), ("CONSULT", Some("host")));
        assert_eq!(plover_class("042").unwrap().mode, Some("visit"));
        assert_eq!(plover_class("041").unwrap().mode, Some("phone"));
        assert_eq!(plover_class("057").unwrap().event_type, "SUPPORT");
        let aid = plover_class("074").unwrap();
        assert_eq!((aid.event_type, aid.context), ("AID", vec!["peacekeeping"]));
        assert_eq!(plover_class("0312").unwrap().context, vec!["military"]);
        assert_eq!(
            plover_class("091").unwrap().context,
            vec!["crime", "corruption"]
        );
        assert_eq!(plover_class("021").unwrap().event_type, "REQUEST");
        assert_eq!(plover_class("010"), None);
        // An unknown 4-digit code falls back on its base.
        assert_eq!(plover_class("0629").unwrap().context, vec!["military"]);
    }

    #[test]
    fn every_cameo_root_but_statements_has_a_plover_type_with_a_quad() {
        for root in 2..=20 {
            let class = plover_class(&format!("{root:02}")).unwrap();
            assert!(class.quad_code().is_some(), "{root}: {class:?}");
        }
    }

    #[test]
    fn known_groups_and_fips() {
        assert_eq!(known_group("UN"), Some("UNO"));
        assert_eq!(known_group("UNMISS"), Some("UNO"));
        assert_eq!(known_group("ASEAN"), Some("ASN"));
        assert_eq!(known_group("XYZ"), None);
        assert_eq!(fips("VNM"), Some("VM"));
        assert_eq!(fips("SSD"), Some("OD"));
        assert_eq!(fips("USA"), Some("US"));
    }
}
