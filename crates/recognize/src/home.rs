//! The home country of an outlet, from the country-code domain of its address
//! (`fr.vietnamplus.vn` → Vietnam): a national institution named without a
//! country in its own press (`le ministre de la Défense`) is that country's.

use std::sync::LazyLock;

use attache_lexicon::{EntryKind, Gazetteer};
use attache_model::Document;
use attache_segment::CleanText;
use regex::Regex;

/// Country-code domains that sites anywhere use for their letters (`.tv`,
/// `.io`, `.ai`): they say nothing of an outlet's country.
const GENERIC_CCTLD: &[&str] = &[
    "ai", "cc", "co", "fm", "io", "me", "ms", "nu", "tk", "to", "tv", "ws", "ly", "gg", "vc", "sh",
    "ac", "am", "st", "la",
];

/// The outlet's country, from `source` or else `url`, when its domain says
/// it: a country-code domain (`.vn`, `.ma`, `.uk`), or a French or US
/// government one.
pub fn home_country(doc: &Document) -> Option<&'static str> {
    let host = doc.source.as_deref().or(doc.url.as_deref())?;
    let host = host.split("://").last()?.split('/').next()?;
    let tld = host.rsplit('.').next()?.to_ascii_lowercase();
    if host.ends_with(".gouv.fr") || host.ends_with(".gov") || host.ends_with(".mil") {
        return Some(if tld == "fr" { "FRA" } else { "USA" });
    }
    // Laos's `.la` is also Los Angeles's; its own press sits under `.gov.la`.
    if host.ends_with(".gov.la") {
        return Some("LAO");
    }
    match tld.as_str() {
        "uk" => Some("GBR"),
        t if GENERIC_CCTLD.contains(&t) => None,
        t => attache_lexicon::alpha3_of(t),
    }
}

/// The country of the place a report was filed from, by its dateline
/// (`SEOUL, June 2 (Yonhap) --`, `Rabat -`, `Dakar, 17 avr (APS) -`) on
/// one of the text's first lines. A wire report names its own country's
/// officials without the country (`SEOUL (Yonhap) -- Defense Minister Ahn
/// …`), as an outlet does in its own press: this stands for the outlet's
/// country when its address does not say it.
pub fn dateline_country<'g>(gazetteer: &'g Gazetteer, text: &CleanText) -> Option<&'g str> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[ \t]*(\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3})(?:[ ]*\[[^\]\n]{2,25}\])?(?:,[^\n(]{1,25}?)?(?:[ ]*\(([^)\n]{2,25})\))?[ ]*(?:--|[-–—:])[ ]",
        )
        .expect("valid pattern")
    });
    let head: String = text.chars[..text.chars.len().min(DATELINE_SEARCH_CHARS)]
        .iter()
        .collect();
    let dateline = head
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(DATELINE_SEARCH_LINES)
        .find_map(|line| DATELINE.captures(line))?;
    // A national agency writes its own country's officials without their
    // country wherever it files from (`Manille, 15 juillet (Xinhua) -- Le
    // porte-parole Lin Jian`): its country first, then the place's.
    if let Some(country) = dateline.get(2).and_then(|a| agency_country(a.as_str())) {
        return Some(country);
    }
    let place = dateline.get(1)?.as_str();
    let hits = gazetteer.find(place);
    let hit = hits
        .first()
        .filter(|h| h.start == 0 && h.end == place.chars().count())?;
    hit.entries
        .iter()
        .find(|e| {
            matches!(
                e.kind,
                EntryKind::Capital | EntryKind::Place | EntryKind::CountryName
            )
        })?
        .country
        .as_deref()
}

/// National news agencies and their countries (international ones, such
/// as Reuters, AFP or AP, say nothing of whose officials they name; an
/// acronym two agencies share, such as APS, is left out).
const NATIONAL_AGENCIES: &[(&str, &str)] = &[
    ("VNA", "VNM"),
    ("TTXVN", "VNM"),
    ("KPL", "LAO"),
    ("AKP", "KHM"),
    ("Xinhua", "CHN"),
    ("Chine nouvelle", "CHN"),
    ("Yonhap", "KOR"),
    ("KCNA", "PRK"),
    ("Kyodo", "JPN"),
    ("Jiji", "JPN"),
    ("ANI", "IND"),
    ("PTI", "IND"),
    ("IANS", "IND"),
    ("Bernama", "MYS"),
    ("Antara", "IDN"),
    ("PNA", "PHL"),
    ("MNA", "MMR"),
    ("TASS", "RUS"),
    ("RIA Novosti", "RUS"),
    ("Ukrinform", "UKR"),
    ("Anadolu", "TUR"),
    ("AA", "TUR"),
    ("IRNA", "IRN"),
    ("KUNA", "KWT"),
    ("WAM", "ARE"),
    ("SPA", "SAU"),
    ("QNA", "QAT"),
    ("MAP", "MAR"),
    ("TAP", "TUN"),
    ("MENA", "EGY"),
    ("AIP", "CIV"),
    ("ATOP", "TGO"),
    ("GNA", "GHA"),
    ("NAN", "NGA"),
    ("KNA", "KEN"),
    ("ENA", "ETH"),
    ("AMAP", "MLI"),
    ("ACAP", "CAF"),
    ("Lusa", "PRT"),
    ("EFE", "ESP"),
    ("ANSA", "ITA"),
    ("dpa", "DEU"),
    ("PAP", "POL"),
    ("CTK", "CZE"),
    ("BTA", "BGR"),
    ("Belga", "BEL"),
    ("AAP", "AUS"),
];

/// The country of a national agency named in a dateline (`VNA/VNS`: its
/// first known part).
fn agency_country(agency: &str) -> Option<&'static str> {
    agency.split('/').find_map(|part| {
        let part = part.trim();
        NATIONAL_AGENCIES
            .iter()
            .find(|(name, _)| *name == part)
            .map(|(_, country)| *country)
    })
}

/// How far into the text, and over how many lines, a dateline is looked for.
const DATELINE_SEARCH_CHARS: usize = 600;
const DATELINE_SEARCH_LINES: usize = 3;

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

    fn dateline(text: &str) -> Option<&'static str> {
        dateline_country(attache_lexicon::actor_gazetteer(), &CleanText::new(text))
    }

    #[test]
    fn a_datelines_place_gives_its_country() {
        assert_eq!(
            dateline("SEOUL, June 2 (Yonhap) -- Defense Minister Kim met"),
            Some("KOR")
        );
        assert_eq!(dateline("Rabat - Le ministre a reçu"), Some("MAR"));
        assert_eq!(
            dateline("Dakar, 17 avr (APS) - Le patrouilleur"),
            Some("SEN")
        );
        assert_eq!(dateline("NEW DELHI — The Indian Navy"), Some("IND"));
        assert_eq!(
            dateline("Phnom Penh, 15 septembre (AKP) – Le ministre"),
            Some("KHM")
        );
        // On one of the first lines, after a kicker line.
        assert_eq!(dateline("Defence\nCANBERRA — Australia will"), Some("AUS"));
        // A national agency's country before the place's.
        assert_eq!(
            dateline("Manille, 15 juillet (Xinhua) -- Le porte-parole"),
            Some("CHN")
        );
        assert_eq!(dateline("Vientiane (VNA/VNS) - The Minister"), Some("VNM"));
        assert_eq!(
            dateline("New Delhi [India], March 5 (ANI): The Indian Navy"),
            Some("IND")
        );
        // An international agency says nothing: the place does.
        assert_eq!(dateline("MANILA, May 8 (Reuters) - Japan and"), Some("PHL"));
    }

    #[test]
    fn text_without_a_dateline_gives_none() {
        assert_eq!(
            dateline("The minister met his counterpart - a first."),
            None
        );
        assert_eq!(
            dateline("Le ministre - qui arrivait de Paris - a reçu"),
            None
        );
        assert_eq!(dateline("Monday - the talks began"), None);
        assert_eq!(dateline(""), None);
    }

    #[test]
    fn domains_give_the_home_country() {
        assert_eq!(home_country(&doc(Some("fr.example.vn"), None)), Some("VNM"));
        assert_eq!(
            home_country(&doc(None, Some("https://www.defense.gouv.fr/a"))),
            Some("FRA")
        );
        assert_eq!(home_country(&doc(Some("www.example.com"), None)), None);
        assert_eq!(home_country(&doc(Some("www.le360.ma"), None)), Some("MAR"));
        assert_eq!(
            home_country(&doc(Some("news.bbc.co.uk"), None)),
            Some("GBR")
        );
        assert_eq!(home_country(&doc(Some("kpl.gov.la"), None)), Some("LAO"));
        // Domains that sites of any country use for their letters.
        assert_eq!(home_country(&doc(Some("defense.tv"), None)), None);
        assert_eq!(home_country(&doc(Some("breakingnews.io"), None)), None);
        assert_eq!(home_country(&doc(None, None)), None);
    }
}
