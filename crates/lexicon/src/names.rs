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
