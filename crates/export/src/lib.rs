//! Writes attache's canonical events ([`CanonicalEvent`], one real event
//! however many reports state it) in the formats analysts load.
//!
//! Writers stream: [`writer`] wraps any [`std::io::Write`], each
//! [`EventWriter::write`] call writes one event, and nothing holds the
//! whole set (Parquet keeps one record batch of at most 4096 rows).
//! [`EventWriter::finish`] flushes, and must be called: a writer dropped
//! without it may leave a partial file.
//!
//! ```
//! use attache_export::{writer, Format};
//! use attache_model::{Actor, CanonicalEvent, Tier};
//!
//! let event = CanonicalEvent {
//!     event_id: "ev-1".into(),
//!     tier: Tier::Activity,
//!     cameo: "042".into(),
//!     source: Actor { sector: Some("MIL".into()), ..Actor::of_country("VNM") },
//!     target: Actor::of_country("LAO"),
//!     date: Some("2024-03-01/2024-03-03".into()),
//!     place: None,
//!     evidence: "a effectué une visite officielle au Laos".into(),
//!     doc: "fr-0001".into(),
//!     mentions: 2,
//!     sources: 2,
//!     docs: vec!["fr-0001".into(), "fr-0002".into()],
//!     confidence: 0.5,
//! };
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("events.csv");
//! let mut out = writer(Format::Csv, Box::new(std::fs::File::create(&path)?))?;
//! out.write(&event)?;
//! out.finish()?;
//!
//! let text = std::fs::read_to_string(&path)?;
//! let mut lines = text.lines();
//! assert!(lines.next().unwrap().starts_with("event_id,tier,cameo,date,date_start,date_end,"));
//! assert!(lines
//!     .next()
//!     .unwrap()
//!     .starts_with("ev-1,activity,042,2024-03-01/2024-03-03,2024-03-01,2024-03-03,VNM,,MIL,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Formats
//!
//! **`jsonl`** — one JSON object per line: the event object of `EVENTS.md`
//! §2 (`tier`, `cameo`, `source`, `target`, `date`, `place`, `evidence`,
//! `doc`) plus `event_id`, `mentions`, `sources`, `docs` and `confidence`.
//! It is the serde form of [`CanonicalEvent`], so it reads back into one.
//!
//! **`csv`** — a header row, then one flat row per event with the columns
//! of [`CSV_COLUMNS`]: the date as written and split on `/` into
//! `date_start` and `date_end` (both equal for a single date; `XXXX` dates
//! kept as written), each actor's five fields, the place, the counts, the
//! confidence, the representative document and its evidence. Absent values
//! are empty cells; quoting follows RFC 4180.
//!
//! **`gdelt`** — the 61 tab-separated columns of the GDELT 2.0 event table
//! ([`GDELT_COLUMNS`]), no header, one event per line, so that tools built
//! for GDELT exports load attache's events. GDELT's own event and geography
//! coding conventions are followed where the event has the information;
//! what is filled and how is documented in the `gdelt` module of the
//! source and summarised on [`Format::Gdelt`].
//!
//! **`plover`** — one JSON object per line in the PLOVER/POLECAT event
//! form (`event_id`, `event_date`, `event_type`, `mode`, `context`,
//! `actor`, `recipient`, `location`, `event_text`, `source`...), with the
//! CAMEO code mapped through the Open Event Data Alliance's CAMEO→PLOVER
//! crosswalk (`data/plover.tsv`); see [`Format::Plover`].
//!
//! **`parquet`** (cargo feature `parquet`, off by default because Arrow
//! takes minutes to build) — the CSV columns with their types: 64-bit
//! integers for `mentions` and `sources`, a 32-bit float for `confidence`,
//! nullable strings otherwise; rows go out in record batches of 4096,
//! Snappy-compressed. Without the feature, [`writer`] answers
//! [`ExportError::ParquetDisabled`].

mod codes;
mod csv;
mod date;
mod flat;
mod gdelt;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet;
mod plover;

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::str::FromStr;

pub use attache_model::CanonicalEvent;
pub use codes::{goldstein, plover_class, quad_class, PloverClass};
pub use flat::CSV_COLUMNS;
pub use gdelt::{global_event_id, GDELT_COLUMNS};

/// An output format. Names (for [`FromStr`], [`fmt::Display`] and the
/// command line through [`clap::ValueEnum`]): `jsonl`, `csv`, `gdelt`,
/// `plover`, `parquet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// JSON lines of the `EVENTS.md` event object with the canonical fields.
    Jsonl,
    /// A header and one flat row per event ([`CSV_COLUMNS`]).
    // The command line's help is plain text, without rustdoc's links.
    #[value(help = "A header and one flat row per event (the columns of the CSV_COLUMNS list)")]
    Csv,
    /// GDELT 2.0 event table rows: 61 tab-separated columns, no header.
    ///
    /// Filled: `GLOBALEVENTID` (a hash of `event_id`, [`global_event_id`]);
    /// `SQLDATE`, `MonthYear`, `Year`, `FractionDate` from the start of the
    /// date (`00` for an unknown day or month; empty for `XXXX` and no
    /// date); per actor `Code` (country + sector, `VNMMIL`, or `IGO` + the
    /// CAMEO known-group code, `IGOUNO`), `Name`, `CountryCode` (ISO3),
    /// `KnownGroupCode`, `Type1Code` (the sector); `IsRootEvent` = 1, the
    /// CAMEO code, base and root, `QuadClass`, `GoldsteinScale`
    /// ([`goldstein`]), `NumMentions`, `NumSources`, `NumArticles`;
    /// `ActionGeo_Type`, `_FullName` and `_CountryCode` (FIPS 10-4) from the
    /// place; `SOURCEURL` = the representative document. Empty: ethnic and
    /// religion codes, `Type2`/`Type3`, `AvgTone`, actor geography, ADM
    /// codes, coordinates, feature ids, `DATEADDED`.
    Gdelt,
    /// PLOVER/POLECAT JSON lines: event type, mode and context from the
    /// CAMEO code ([`plover_class`]), `actor`/`recipient`, `location`,
    /// `event_text`.
    #[value(
        help = "PLOVER/POLECAT JSON lines: event type, mode and context from the CAMEO code, `actor`/`recipient`, `location`, `event_text`"
    )]
    Plover,
    /// Parquet with the CSV columns, typed (cargo feature `parquet`).
    Parquet,
}

impl Format {
    /// Every format, in the order of the enum.
    pub const ALL: [Format; 5] = [
        Format::Jsonl,
        Format::Csv,
        Format::Gdelt,
        Format::Plover,
        Format::Parquet,
    ];

    /// Whether this build can write the format (Parquet needs the
    /// `parquet` cargo feature), so that a caller can refuse before it
    /// opens any output.
    pub fn is_built(self) -> bool {
        self != Format::Parquet || cfg!(feature = "parquet")
    }

    /// The name used on the command line and by [`FromStr`].
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Gdelt => "gdelt",
            Format::Plover => "plover",
            Format::Parquet => "parquet",
        }
    }

    /// A conventional file name ending: `events.` + this.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Gdelt => "gdelt.tsv",
            Format::Plover => "plover.jsonl",
            Format::Parquet => "parquet",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Format, ExportError> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ExportError::UnknownFormat(s.to_string()))
    }
}

/// What can go wrong while exporting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[cfg(feature = "parquet")]
    #[error("cannot write Parquet: {0}")]
    Parquet(#[from] ::parquet::errors::ParquetError),
    #[cfg(feature = "parquet")]
    #[error("cannot build an Arrow record batch: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    #[error("Parquet output: attache-export was built without the `parquet` feature")]
    ParquetDisabled,
    #[error("unknown export format {0:?} (expected jsonl, csv, gdelt, plover or parquet)")]
    UnknownFormat(String),
}

/// The URL of each document id that has one (GDELT's `SOURCEURL`).
pub type DocUrls = HashMap<String, String>;

/// Writes events one at a time in one format.
pub trait EventWriter: Send {
    /// Writes one event.
    fn write(&mut self, event: &CanonicalEvent) -> Result<(), ExportError>;
    /// Writes what is still buffered (and the Parquet footer) and flushes.
    fn finish(self: Box<Self>) -> Result<(), ExportError>;
}

/// A writer of `format` into `out`. The CSV header is written at once.
pub fn writer(
    format: Format,
    out: Box<dyn Write + Send>,
) -> Result<Box<dyn EventWriter>, ExportError> {
    writer_with_urls(format, out, DocUrls::new())
}

/// [`writer`], with the documents' URLs for the formats that name a source
/// URL (GDELT's `SOURCEURL`; the document id stands in where none is known).
pub fn writer_with_urls(
    format: Format,
    out: Box<dyn Write + Send>,
    urls: DocUrls,
) -> Result<Box<dyn EventWriter>, ExportError> {
    Ok(match format {
        Format::Jsonl => Box::new(jsonl::JsonlWriter::new(out)),
        Format::Csv => Box::new(csv::CsvWriter::new(out)?),
        Format::Gdelt => Box::new(gdelt::GdeltWriter::new(out, urls)),
        Format::Plover => Box::new(plover::PloverWriter::new(out)),
        Format::Parquet => parquet_writer(out)?,
    })
}

#[cfg(feature = "parquet")]
fn parquet_writer(out: Box<dyn Write + Send>) -> Result<Box<dyn EventWriter>, ExportError> {
    Ok(Box::new(parquet::ParquetWriter::new(out)?))
}

#[cfg(not(feature = "parquet"))]
fn parquet_writer(_out: Box<dyn Write + Send>) -> Result<Box<dyn EventWriter>, ExportError> {
    Err(ExportError::ParquetDisabled)
}

/// Writes every event of `events` in `format` into `out` and finishes;
/// returns how many were written.
pub fn write_events<'a>(
    format: Format,
    out: Box<dyn Write + Send>,
    events: impl IntoIterator<Item = &'a CanonicalEvent>,
) -> Result<usize, ExportError> {
    let mut w = writer(format, out)?;
    let mut count = 0;
    for event in events {
        w.write(event)?;
        count += 1;
    }
    w.finish()?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        }
        assert_eq!(" GDELT ".parse::<Format>().unwrap(), Format::Gdelt);
        assert!(matches!(
            "xml".parse::<Format>(),
            Err(ExportError::UnknownFormat(s)) if s == "xml"
        ));
    }

    #[test]
    fn the_command_line_help_has_no_rustdoc_links() {
        use clap::ValueEnum;
        for f in Format::ALL {
            let help = f
                .to_possible_value()
                .unwrap()
                .get_help()
                .unwrap()
                .to_string();
            assert!(!help.contains("[`"), "{f}: {help}");
        }
    }

    #[test]
    fn clap_value_names_are_the_format_names() {
        use clap::ValueEnum;
        for f in Format::ALL {
            let value = f.to_possible_value().unwrap();
            assert_eq!(value.get_name(), f.name());
        }
    }

    #[cfg(not(feature = "parquet"))]
    #[test]
    fn parquet_without_the_feature_is_an_error() {
        let err = writer(Format::Parquet, Box::new(std::io::sink()))
            .err()
            .unwrap();
        assert!(err
            .to_string()
            .contains("built without the `parquet` feature"));
    }
}
