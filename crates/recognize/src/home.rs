//! The home country of an outlet, from the country-code domain of its address
//! (`fr.vietnamplus.vn` → Vietnam): a national institution named without a
//! country in its own press (`le ministre de la Défense`) is that country's.

use attache_model::Document;

/// Country-code top-level domains of the outlets' countries attache knows.
const CCTLD: &[(&str, &str)] = &[
    ("vn", "VNM"),
    ("la", "LAO"),
    ("kh", "KHM"),
    ("cn", "CHN"),
    ("fr", "FRA"),
    ("ru", "RUS"),
    ("jp", "JPN"),
    ("in", "IND"),
    ("th", "THA"),
    ("id", "IDN"),
    ("my", "MYS"),
    ("sg", "SGP"),
    ("ph", "PHL"),
    ("mm", "MMR"),
    ("kr", "KOR"),
    ("au", "AUS"),
    ("uk", "GBR"),
    ("de", "DEU"),
    ("dz", "DZA"),
    ("sn", "SEN"),
    ("cu", "CUB"),
    ("be", "BEL"),
    ("ch", "CHE"),
    ("ca", "CAN"),
];

/// The outlet's country, from `source` or else `url`, when its domain says it.
pub fn home_country(doc: &Document) -> Option<&'static str> {
    let host = doc.source.as_deref().or(doc.url.as_deref())?;
    let host = host.split("://").last()?.split('/').next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    if host.ends_with(".gouv.fr") || host.ends_with(".gov") || host.ends_with(".mil") {
        return Some(if tld == "fr" { "FRA" } else { "USA" });
    }
    CCTLD.iter().find(|(t, _)| *t == tld).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Lang;

    fn doc(source: Option<&str>, url: Option<&str>) -> Document {
        Document {
            id: "d".into(),
            url: url.map(str::to_string),
            source: source.map(str::to_string),
            lang: Lang::Fr,
            title: None,
            published: None,
            text: String::new(),
        }
    }

    #[test]
    fn domains_give_the_home_country() {
        assert_eq!(home_country(&doc(Some("fr.example.vn"), None)), Some("VNM"));
        assert_eq!(
            home_country(&doc(None, Some("https://www.defense.gouv.fr/a"))),
            Some("FRA")
        );
        assert_eq!(home_country(&doc(Some("www.example.com"), None)), None);
        assert_eq!(home_country(&doc(None, None)), None);
    }
}
