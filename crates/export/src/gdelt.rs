//! GDELT 2.0 event table rows: the 61 columns of [`GDELT_COLUMNS`],
//! tab-separated, no header, one event per line (the layout of GDELT's
//! `*.export.CSV` files), so that tools written for GDELT load attache's
//! events.
//!
//! What is filled, and how:
//!
//! | columns | value |
//! |---|---|
//! | `GLOBALEVENTID` | [`global_event_id`]: the first 15 hex digits of the SHA-256 of `event_id`, a stable positive integer below 2^60 |
//! | `SQLDATE` | the start of the date (a range's first part) as `YYYYMMDD`; an unknown day or month is `00` (`2024-05` → `20240500`, `2020` → `20200000`), so the column stays an integer that sorts before the period's days |
//! | `MonthYear`, `Year` | `YYYYMM` (`YYYY00` for a year alone) and `YYYY` |
//! | `FractionDate` | year + (day of year − 1) / days in the year, 4 decimals, of the first day the date covers (`2024-03-12` → `2024.1940`); the −1 keeps 31 December inside its year |
//! | (dates) | all four empty for an unknown year (`XXXX-MM-DD`) or no date |
//! | `Actor1Code` | CAMEO actor code: ISO3 country + sector when the sector is `GOV`, `MIL`, `LEG` or `PTY` (`VNMMIL`), the country alone otherwise; an organisation is `IGO` + its CAMEO known-group code (`IGOUNO` for the UN and its missions, `IGOASN` for ASEAN bodies; `data/known_groups.tsv`), or `IGO` alone when it has none |
//! | `Actor1Name` | the person's name, else their title, else the organisation code, else the country code |
//! | `Actor1CountryCode` | the ISO3 country (CAMEO country codes are ISO3 for the countries attache codes) |
//! | `Actor1KnownGroupCode` | the organisation's known-group code (`UNO`) |
//! | `Actor1Type1Code` | the sector as is (`GOV`, `MIL`, `LEG`, `PTY` and `IGO` are all CAMEO type codes) |
//! | (Actor2) | the same from the target |
//! | `IsRootEvent` | 1: every attache event is stated in the body of its article |
//! | `EventCode`, `EventBaseCode`, `EventRootCode` | the CAMEO code, its first 3 digits, its first 2, as strings with their leading zero |
//! | `QuadClass` | [`quad_class`](crate::quad_class) of the root |
//! | `GoldsteinScale` | [`goldstein`](crate::goldstein) of the code, one decimal |
//! | `NumMentions`, `NumSources`, `NumArticles` | `mentions`, `sources`, and the number of `docs` |
//! | `ActionGeo_Type` | 1 (country) for a place that is a country (no name, or a country's name: `Laos`), else 4 (world city): attache does not tell a region from a city |
//! | `ActionGeo_FullName` | the place name as written |
//! | `ActionGeo_CountryCode` | the FIPS 10-4 code GDELT uses (`VM` for Viet Nam), mapped from the place's ISO3 country (`data/iso3_fips.tsv`, from GeoNames) |
//! | `SOURCEURL` | the URL of the representative document (`doc`) when the store knows it, else its id |
//!
//! Left empty, since attache does not know them: the ethnic and religion
//! codes, `Type2Code`/`Type3Code`, `AvgTone`, all of `Actor1Geo_*` and
//! `Actor2Geo_*`, the ADM1/ADM2 codes, latitude, longitude and feature id
//! of `ActionGeo`, and `DATEADDED` (GDELT's time of ingestion).
//! Tabs and line breaks inside values become spaces.

use std::io::{BufWriter, Write};

use attache_model::{Actor, CanonicalEvent};
use sha2::{Digest, Sha256};

use crate::codes::{fips, goldstein, known_group, quad_class};
use crate::date::{days_in_year, split_range, Civil};
use crate::{DocUrls, EventWriter, ExportError};

/// The columns of the GDELT 2.0 event table, in order, as the GDELT Event
/// Codebook V2.0 lists them (BigQuery `gdeltv2.events` names; the codebook
/// calls `SQLDATE` "Day"): event id and dates (5), the 10 attributes of
/// Actor1 and of Actor2, the event action (10), the geography of Actor1,
/// Actor2 and the action (8 each), and the data management fields (2).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// GDELT's `GLOBALEVENTID` for an attache `event_id`: the first 15 hex
/// digits of its SHA-256, so the same event always gets the same positive
/// integer, below 2^60 (it fits a signed 64-bit column).
pub fn global_event_id(event_id: &str) -> u64 {
    let digest = Sha256::digest(event_id.as_bytes());
    let mut top = [0u8; 8];
    top.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(top) >> 4).max(1)
}

pub(crate) struct GdeltWriter {
    out: BufWriter<Box<dyn Write + Send>>,
    /// `SOURCEURL` of each document that has one.
    urls: DocUrls,
}

impl GdeltWriter {
    pub fn new(out: Box<dyn Write + Send>, urls: DocUrls) -> GdeltWriter {
        GdeltWriter {
            out: BufWriter::new(out),
            urls,
        }
    }
}

impl EventWriter for GdeltWriter {
    fn write(&mut self, e: &CanonicalEvent) -> Result<(), ExportError> {
        let mut row = row(e);
        if let Some(url) = self.urls.get(&e.doc) {
            row[GDELT_COLUMNS.len() - 1] = url.replace(['\t', '\n', '\r'], " ");
        }
        self.out.write_all(row.join("\t").as_bytes())?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), ExportError> {
        self.out.flush()?;
        Ok(())
    }
}

/// The 61 cells of the GDELT row of `e`.
pub(crate) fn row(e: &CanonicalEvent) -> Vec<String> {
    let mut row = Row(vec![String::new(); GDELT_COLUMNS.len()]);
    row.set("GLOBALEVENTID", global_event_id(&e.event_id).to_string());
    row.dates(e.date.as_deref());
    row.actor("Actor1", &e.source);
    row.actor("Actor2", &e.target);
    row.action(e);
    row.place(e);
    row.set("SOURCEURL", &e.doc);
    row.0
}

struct Row(Vec<String>);

impl Row {
    fn set(&mut self, column: &str, value: impl AsRef<str>) {
        let at = GDELT_COLUMNS
            .iter()
            .position(|c| *c == column)
            .unwrap_or_else(|| unreachable!("{column} is not a GDELT column"));
        self.0[at] = value.as_ref().replace(['\t', '\n', '\r'], " ");
    }

    fn dates(&mut self, date: Option<&str>) {
        let Some(civil) = date.and_then(|d| Civil::parse(split_range(d).0)) else {
            return;
        };
        let (y, m, d) = (civil.year, civil.month.unwrap_or(0), civil.day.unwrap_or(0));
        let fraction = f64::from(civil.first_day_of_year() - 1) / f64::from(days_in_year(y));
        self.set("SQLDATE", format!("{y:04}{m:02}{d:02}"));
        self.set("MonthYear", format!("{y:04}{m:02}"));
        self.set("Year", format!("{y:04}"));
        self.set("FractionDate", format!("{:.4}", f64::from(y) + fraction));
    }

    fn actor(&mut self, prefix: &str, a: &Actor) {
        let group = a.igo.as_deref().and_then(known_group);
        let code = match (&a.country, &a.igo) {
            (Some(country), _) => format!("{country}{}", cameo_type(a.sector.as_deref())),
            (None, Some(_)) => format!("IGO{}", group.unwrap_or_default()),
            (None, None) => String::new(),
        };
        let name = [&a.name, &a.title, &a.igo, &a.country]
            .into_iter()
            .find_map(|v| v.as_deref());
        self.set(&format!("{prefix}Code"), code);
        self.set(&format!("{prefix}Name"), name.unwrap_or_default());
        self.set(
            &format!("{prefix}CountryCode"),
            a.country.as_deref().unwrap_or_default(),
        );
        self.set(
            &format!("{prefix}KnownGroupCode"),
            group.unwrap_or_default(),
        );
        let type1 = a.sector.as_deref().or(a.igo.as_ref().map(|_| "IGO"));
        self.set(&format!("{prefix}Type1Code"), type1.unwrap_or_default());
    }

    fn action(&mut self, e: &CanonicalEvent) {
        let code = e.cameo.as_str();
        self.set("IsRootEvent", "1");
        self.set("EventCode", code);
        self.set("EventBaseCode", code.get(..3).unwrap_or(code));
        self.set("EventRootCode", code.get(..2).unwrap_or(code));
        if let Some(quad) = quad_class(code) {
            self.set("QuadClass", quad.to_string());
        }
        if let Some(score) = goldstein(code) {
            self.set("GoldsteinScale", format!("{score:.1}"));
        }
        self.set("NumMentions", e.mentions.to_string());
        self.set("NumSources", e.sources.to_string());
        self.set("NumArticles", e.docs.len().to_string());
    }

    fn place(&mut self, e: &CanonicalEvent) {
        let Some(place) = &e.place else { return };
        let only_country = place.country.is_some()
            && (place.name.trim().is_empty() || attache_lexicon::is_country_name(&place.name));
        self.set("ActionGeo_Type", if only_country { "1" } else { "4" });
        self.set("ActionGeo_FullName", place.name.trim());
        let country = place.country.as_deref().and_then(fips);
        self.set("ActionGeo_CountryCode", country.unwrap_or_default());
    }
}

/// The CAMEO type suffix of a country actor's code for an attache sector.
fn cameo_type(sector: Option<&str>) -> &str {
    sector
        .filter(|s| matches!(*s, "GOV" | "MIL" | "LEG" | "PTY"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::{Place, Tier};

    fn event(cameo: &str, date: Option<&str>) -> CanonicalEvent {
        CanonicalEvent {
            event_id: "ev-1".into(),
            tier: Tier::Activity,
            cameo: cameo.into(),
            source: Actor {
                sector: Some("MIL".into()),
                name: Some("Phan Văn Giang".into()),
                ..Actor::of_country("VNM")
            },
            target: Actor {
                igo: Some("UNMISS".into()),
                sector: Some("IGO".into()),
                ..Actor::default()
            },
            date: date.map(str::to_string),
            place: Some(Place {
                name: "Bentiu".into(),
                country: Some("SSD".into()),
            }),
            evidence: "e".into(),
            doc: "fr-1".into(),
            mentions: 3,
            sources: 2,
            docs: vec!["fr-1".into(), "fr-2".into()],
            confidence: 0.5,
        }
    }

    fn cell<'r>(row: &'r [String], column: &str) -> &'r str {
        &row[GDELT_COLUMNS.iter().position(|c| *c == column).unwrap()]
    }

    #[test]
    fn the_column_list_has_61_distinct_names() {
        let mut names = GDELT_COLUMNS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 61);
        assert_eq!(GDELT_COLUMNS[0], "GLOBALEVENTID");
        assert_eq!(GDELT_COLUMNS[26], "EventCode");
        assert_eq!(GDELT_COLUMNS[53], "ActionGeo_CountryCode");
        assert_eq!(GDELT_COLUMNS[60], "SOURCEURL");
    }

    #[test]
    fn a_row_has_exactly_61_tab_separated_fields() {
        let mut e = event("074", Some("2024-05"));
        e.evidence = "tab\there".into();
        e.source.title = Some("a\ttitle\nwith breaks".into());
        let line = row(&e).join("\t");
        assert_eq!(line.split('\t').count(), 61);
        assert!(!line.contains('\n'));
    }

    #[test]
    fn fills_dates_actors_action_and_place() {
        let row = row(&event("074", Some("2024-03-12/2024-03-14")));
        assert_eq!(cell(&row, "SQLDATE"), "20240312");
        assert_eq!(cell(&row, "MonthYear"), "202403");
        assert_eq!(cell(&row, "Year"), "2024");
        assert_eq!(cell(&row, "FractionDate"), "2024.1940");
        assert_eq!(cell(&row, "Actor1Code"), "VNMMIL");
        assert_eq!(cell(&row, "Actor1Name"), "Phan Văn Giang");
        assert_eq!(cell(&row, "Actor1Type1Code"), "MIL");
        assert_eq!(cell(&row, "Actor2Code"), "IGOUNO");
        assert_eq!(cell(&row, "Actor2Name"), "UNMISS");
        assert_eq!(cell(&row, "Actor2CountryCode"), "");
        assert_eq!(cell(&row, "Actor2KnownGroupCode"), "UNO");
        assert_eq!(cell(&row, "Actor2Type1Code"), "IGO");
        assert_eq!(cell(&row, "EventBaseCode"), "074");
        assert_eq!(cell(&row, "EventRootCode"), "07");
        assert_eq!(cell(&row, "QuadClass"), "2");
        assert_eq!(cell(&row, "GoldsteinScale"), "8.5");
        assert_eq!(cell(&row, "NumArticles"), "2");
        assert_eq!(cell(&row, "ActionGeo_Type"), "4");
        assert_eq!(cell(&row, "ActionGeo_CountryCode"), "OD");
        assert_eq!(cell(&row, "SOURCEURL"), "fr-1");
    }

    #[test]
    fn sourceurl_is_the_documents_url_when_known() {
        let line = |urls: DocUrls| {
            let file = tempfile::NamedTempFile::new().unwrap();
            let out = Box::new(file.reopen().unwrap());
            let mut w: Box<dyn EventWriter> = Box::new(GdeltWriter::new(out, urls));
            w.write(&event("043", None)).unwrap();
            w.finish().unwrap();
            std::fs::read_to_string(file.path()).unwrap()
        };
        let known = DocUrls::from([("fr-1".to_string(), "https://example.org/a".to_string())]);
        assert!(line(known).trim_end().ends_with("\thttps://example.org/a"));
        assert!(line(DocUrls::new()).trim_end().ends_with("\tfr-1"));
    }

    #[test]
    fn partial_unknown_and_missing_dates() {
        let month = row(&event("043", Some("2024-05")));
        assert_eq!(cell(&month, "SQLDATE"), "20240500");
        assert_eq!(cell(&month, "MonthYear"), "202405");
        let year = row(&event("043", Some("2020")));
        assert_eq!(cell(&year, "SQLDATE"), "20200000");
        assert_eq!(cell(&year, "MonthYear"), "202000");
        assert_eq!(cell(&year, "FractionDate"), "2020.0000");
        let last = row(&event("043", Some("2023-12-31")));
        assert_eq!(cell(&last, "FractionDate"), "2023.9973");
        for date in [Some("XXXX-09-02"), None] {
            let row = row(&event("043", date));
            for column in ["SQLDATE", "MonthYear", "Year", "FractionDate"] {
                assert_eq!(cell(&row, column), "", "{date:?} {column}");
            }
        }
    }

    #[test]
    fn a_place_with_only_a_country_is_a_country() {
        let mut e = event("043", None);
        e.place = Some(Place {
            name: String::new(),
            country: Some("VNM".into()),
        });
        let row = row(&e);
        assert_eq!(cell(&row, "ActionGeo_Type"), "1");
        assert_eq!(cell(&row, "ActionGeo_CountryCode"), "VM");
        e.place = None;
        assert_eq!(cell(&super::row(&e), "ActionGeo_Type"), "");
    }

    #[test]
    fn a_place_named_as_a_country_is_a_country_and_a_city_a_city() {
        let mut e = event("042", None);
        for (name, country, kind) in [
            ("Laos", "LAO", "1"),
            ("la France", "FRA", "1"),
            ("Vientiane", "LAO", "4"),
            ("Hanoï", "VNM", "4"),
        ] {
            e.place = Some(Place {
                name: name.into(),
                country: Some(country.into()),
            });
            assert_eq!(cell(&row(&e), "ActionGeo_Type"), kind, "{name}");
        }
    }

    #[test]
    fn global_event_ids_are_stable_positive_and_distinct() {
        let id = global_event_id("esper-hanoi-2019-11-20");
        assert_eq!(id, global_event_id("esper-hanoi-2019-11-20"));
        assert!(id > 0 && id < 1 << 60);
        assert_ne!(id, global_event_id("esper-hanoi-2019-11-21"));
        assert_eq!(
            format!("{:015x}", global_event_id("ev-1")),
            format!("{:x}", Sha256::digest(b"ev-1"))[..15]
        );
    }
}
