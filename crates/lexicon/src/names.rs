//! Display names of countries and organisations, in French or English: the
//! first (preferred) name of their row in `countries.tsv` or `orgs.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use attache_model::Lang;

use crate::actors::{COUNTRIES, ORGS};
use crate::tsv::{cell, records};

/// Code → (English name, French name).
fn display_names() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static NAMES: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let first = |r: &[&'static str], i| cell(r, i).and_then(|c| c.split('|').next());
        let countries =
            records(COUNTRIES).filter_map(|r| Some((r[0], (first(&r, 2)?, first(&r, 3)?))));
        let orgs = records(ORGS).filter_map(|r| Some((r[0], (first(&r, 3)?, first(&r, 4)?))));
        countries.chain(orgs).collect()
    })
}

/// The name of a country (ISO 3166-1 alpha-3) or organisation (`ASEAN`,
/// `UNMISS`) in `lang` (French for French, English otherwise), if the
/// lexicon knows the code.
///
/// ```
/// use attache_lexicon::party_name;
/// use attache_model::Lang;
/// assert_eq!(party_name("KHM", &Lang::Fr), Some("Cambodge"));
/// assert_eq!(party_name("KHM", &Lang::En), Some("Cambodia"));
/// assert_eq!(party_name("UNMISS", &Lang::Fr), Some("MINUSS"));
/// assert_eq!(party_name("XYZ", &Lang::En), None);
/// ```
pub fn party_name(code: &str, lang: &Lang) -> Option<&'static str> {
    let (en, fr) = display_names().get(code)?;
    Some(if *lang == Lang::Fr { fr } else { en })
}

/// The ISO 3166-1 alpha-3 code of a country's alpha-2 code (`VN` → `VNM`),
/// any case, from `countries.tsv`.
///
/// ```
/// assert_eq!(attache_lexicon::alpha3_of("ma"), Some("MAR"));
/// assert_eq!(attache_lexicon::alpha3_of("VN"), Some("VNM"));
/// assert_eq!(attache_lexicon::alpha3_of("zz"), None);
/// ```
pub fn alpha3_of(alpha2: &str) -> Option<&'static str> {
    static CODES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let codes = CODES.get_or_init(|| {
        records(COUNTRIES)
            .filter_map(|r| Some((cell(&r, 1)?, cell(&r, 0)?)))
            .collect()
    });
    codes.get(alpha2.to_ascii_uppercase().as_str()).copied()
}
