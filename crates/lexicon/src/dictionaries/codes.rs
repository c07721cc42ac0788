//! Checking and reading PETRARCH actor codes: a code is a chain of
//! three-letter blocks, a primary (a country, or `IGO`, `NGO`, a region, a
//! religion …) and roles after it (`USAGOV`, `IGOUNOPKO`). The known codes
//! are ISO 3166-1 alpha-3 (`countries.tsv`) and the CAMEO codebook's
//! (`cameo_codes.tsv`, with the extensions it documents such as `XKX`).
//!
//! A dictionary set that writes its own codes (the PETRARCH validation
//! suite's `ARN`, `GON`, `GGS` …) is read with [`CodeScheme::Own`]: codes
//! are then checked for their form only.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::actors::COUNTRIES;
use crate::tsv::records;

const CAMEO_CODES: &str = include_str!("../../data/cameo_codes.tsv");

/// How actor codes are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeScheme {
    /// ISO 3166 countries and the CAMEO codebook's codes.
    Cameo,
    /// The dictionary's own codes: any letters, in three-letter blocks.
    Own,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Country,
    /// `IGO`, `NGO`, `MNC` …: the code names an organisation or group.
    NonState,
    Region,
    Role,
    Religion,
    Group,
}

fn known() -> &'static HashMap<&'static str, Kind> {
    static KNOWN: OnceLock<HashMap<&'static str, Kind>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut known: HashMap<&'static str, Kind> =
            records(COUNTRIES).map(|r| (r[0], Kind::Country)).collect();
        for r in records(CAMEO_CODES) {
            let kind = match r[1] {
                "primary" if r[0] == "XKX" => Kind::Country,
                "primary" => Kind::NonState,
                "historical" => Kind::Country,
                "region" => Kind::Region,
                "role" => Kind::Role,
                "religion" => Kind::Religion,
                _ => Kind::Group,
            };
            known.insert(r[0], kind);
        }
        known
    })
}

/// Whether `code` is a country code attache knows (ISO 3166 or a
/// documented extension).
pub fn is_country(code: &str) -> bool {
    known().get(code) == Some(&Kind::Country)
}

/// Whether `block` is a CAMEO role (`GOV`, `MIL`), the sector of attache.
pub fn is_role(block: &str) -> bool {
    known().get(block) == Some(&Kind::Role)
}

/// What an actor code says, in attache's terms.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ActorCode {
    pub country: Option<String>,
    /// For an organisation or group: `IGOUNO` (an IGO keeps its
    /// organisation block), `NGO`, `MNCUSA`.
    pub igo: Option<String>,
    /// The first role after the primary (`GOV` of `USAGOVFRM`).
    pub sector: Option<String>,
}

impl ActorCode {
    /// Whether the code names anything (`---` alone names no one).
    pub fn is_empty(&self) -> bool {
        self.country.is_none() && self.igo.is_none() && self.sector.is_none()
    }
}

fn blocks(code: &str) -> Vec<&str> {
    (0..code.len())
        .step_by(3)
        .map(|i| &code[i..(i + 3).min(code.len())])
        .collect()
}

/// Reads an actor code (`USAGOV`, `IGOUNO`, `---GOV`), checked under `scheme`.
pub fn actor_code(code: &str, scheme: CodeScheme) -> Result<ActorCode, String> {
    if code.is_empty() {
        return Err("empty code".into());
    }
    let letter = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    let well_formed =
        code.bytes().all(letter) || (code.starts_with("---") && code[3..].bytes().all(letter));
    if !well_formed {
        return Err(format!(
            "code `{code}` is not made of capital letters and digits"
        ));
    }
    let blocks = blocks(code);
    if scheme == CodeScheme::Cameo {
        if !code.len().is_multiple_of(3) {
            return Err(format!("code `{code}` is not made of three-letter blocks"));
        }
        if blocks[0] != "---" && !known().contains_key(blocks[0]) {
            return Err(format!(
                "`{}` is neither an ISO 3166 country nor a CAMEO code (give --dict-scheme own for a dictionary with its own codes)",
                blocks[0]
            ));
        }
        if let Some(unknown) = blocks[1..].iter().find(|b| !known().contains_key(*b)) {
            return Err(format!("`{unknown}` in `{code}` is not a CAMEO code"));
        }
    }
    let primary_kind = known().get(blocks[0]).copied();
    let sector_at = |i: usize| blocks.get(i).map(|s| s.to_string());
    Ok(match blocks[0] {
        "---" => ActorCode {
            sector: sector_at(1),
            ..ActorCode::default()
        },
        "IGO" => ActorCode {
            igo: Some(code[..code.len().min(6)].to_string()),
            sector: sector_at(2),
            ..ActorCode::default()
        },
        primary
            if primary_kind == Some(Kind::Country)
                || (scheme == CodeScheme::Own && primary_kind != Some(Kind::NonState)) =>
        {
            ActorCode {
                country: Some(primary.to_string()),
                sector: sector_at(1),
                ..ActorCode::default()
            }
        }
        _ => ActorCode {
            igo: Some(code.to_string()),
            ..ActorCode::default()
        },
    })
}

/// Checks a role code (an agent's `GOV`, `GOVFRM`, `NGO`).
pub fn role_code(code: &str, scheme: CodeScheme) -> Result<(), String> {
    if code.is_empty() || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("role `{code}` is not made of capital letters"));
    }
    if scheme == CodeScheme::Cameo {
        if !code.len().is_multiple_of(3) {
            return Err(format!("role `{code}` is not made of three-letter blocks"));
        }
        if let Some(unknown) = blocks(code).iter().find(|b| !known().contains_key(*b)) {
            return Err(format!("`{unknown}` in `{code}` is not a CAMEO code"));
        }
    }
    Ok(())
}

impl CodeScheme {
    /// The scheme of a set of actor codes: its own when most of their
    /// primaries are unknown to ISO 3166 and CAMEO.
    pub fn detect<'a>(codes: impl Iterator<Item = &'a str>) -> CodeScheme {
        let (mut unknown, mut all) = (0usize, 0usize);
        for code in codes {
            all += 1;
            // Any text may stand in a user's brackets (`[ÄÖÜ]`): cut on a
            // character boundary, or take it whole.
            let primary = code.get(..3).unwrap_or(code);
            if primary != "---" && !known().contains_key(primary) {
                unknown += 1;
            }
        }
        if all > 0 && unknown * 2 > all {
            CodeScheme::Own
        } else {
            CodeScheme::Cameo
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_as_country_organisation_and_sector() {
        let usa = actor_code("USAGOVMED", CodeScheme::Cameo).unwrap();
        assert_eq!(usa.country.as_deref(), Some("USA"));
        assert_eq!(usa.sector.as_deref(), Some("GOV"));
        let un = actor_code("IGOUNOPKO", CodeScheme::Cameo).unwrap();
        assert_eq!(
            (un.igo.as_deref(), un.sector.as_deref()),
            (Some("IGOUNO"), Some("PKO"))
        );
        let gov = actor_code("---GOV", CodeScheme::Cameo).unwrap();
        assert_eq!((gov.country, gov.sector.as_deref()), (None, Some("GOV")));
        assert_eq!(
            actor_code("NGO", CodeScheme::Cameo).unwrap().igo.as_deref(),
            Some("NGO")
        );
        assert!(actor_code("XKX", CodeScheme::Cameo)
            .unwrap()
            .country
            .is_some());
    }

    #[test]
    fn unknown_codes_are_errors_unless_the_scheme_is_the_dictionarys_own() {
        assert!(actor_code("ARN", CodeScheme::Cameo)
            .unwrap_err()
            .contains("ISO 3166"));
        assert!(actor_code("USAXYZ", CodeScheme::Cameo).is_err());
        assert!(actor_code("VNM214", CodeScheme::Cameo).is_err());
        assert!(actor_code("USAGO", CodeScheme::Cameo).is_err());
        assert_eq!(
            actor_code("ARNGGS", CodeScheme::Own)
                .unwrap()
                .country
                .as_deref(),
            Some("ARN")
        );
        assert!(actor_code("ELR/GAL", CodeScheme::Own).is_err());
        assert!(role_code("GOVFRM", CodeScheme::Cameo).is_err());
        assert!(role_code("GOVMED", CodeScheme::Cameo).is_ok());
        assert_eq!(
            CodeScheme::detect(["ARN", "GON", "USA"].into_iter()),
            CodeScheme::Own
        );
        assert_eq!(
            CodeScheme::detect(["VNMGOV", "USA", "IGOUNO", "XYZ"].into_iter()),
            CodeScheme::Cameo
        );
        // Not letters of a code: counted as unknown, no panic.
        assert_eq!(
            CodeScheme::detect(["ÄÖÜ", "É", "USA"].into_iter()),
            CodeScheme::Own
        );
    }
}
