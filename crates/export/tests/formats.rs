//! Every text format on the sample events, as reviewed snapshots, plus the
//! properties the snapshots alone would not make plain.

mod common;

use attache_export::{Format, CSV_COLUMNS, GDELT_COLUMNS};
use attache_model::CanonicalEvent;
use common::{sample_events, written};

#[test]
fn jsonl_snapshot() {
    insta::assert_snapshot!(written(Format::Jsonl).text());
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!(written(Format::Csv).text());
}

#[test]
fn gdelt_snapshot() {
    insta::assert_snapshot!(written(Format::Gdelt).text());
}

#[test]
fn plover_snapshot() {
    insta::assert_snapshot!(written(Format::Plover).text());
}

#[test]
fn jsonl_reads_back_into_the_same_events() {
    let text = written(Format::Jsonl).text();
    let back: Vec<CanonicalEvent> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, sample_events());
}

#[test]
fn jsonl_has_the_events_md_field_names() {
    let text = written(Format::Jsonl).text();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for field in [
        "tier",
        "cameo",
        "source",
        "target",
        "date",
        "place",
        "evidence",
        "doc",
        "event_id",
        "mentions",
        "sources",
        "docs",
        "confidence",
    ] {
        assert!(first.get(field).is_some(), "{field}");
    }
    for field in ["country", "igo", "sector", "name", "title"] {
        assert!(first["source"].get(field).is_some(), "source.{field}");
    }
}

#[test]
fn every_gdelt_row_has_61_fields() {
    let text = written(Format::Gdelt).text();
    assert_eq!(text.lines().count(), sample_events().len());
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), GDELT_COLUMNS.len(), "{line}");
    }
}

#[test]
fn csv_round_trips_through_the_csv_reader() {
    let text = written(Format::Csv).text();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        CSV_COLUMNS
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let events = sample_events();
    assert_eq!(rows.len(), events.len());
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    for (row, e) in rows.iter().zip(&events) {
        assert_eq!(row.len(), CSV_COLUMNS.len());
        assert_eq!(&row[col("event_id")], e.event_id);
        assert_eq!(&row[col("cameo")], e.cameo);
        assert_eq!(
            &row[col("evidence")],
            e.evidence,
            "quotes, commas, tabs and line breaks survive"
        );
        assert_eq!(&row[col("date")], e.date.as_deref().unwrap_or(""));
        assert_eq!(row[col("mentions")].parse::<usize>().unwrap(), e.mentions);
        assert_eq!(row[col("confidence")].parse::<f32>().unwrap(), e.confidence);
        assert_eq!(
            &row[col("source_name")],
            e.source.name.as_deref().unwrap_or("")
        );
    }
    let range = &rows[1];
    assert_eq!(
        (&range[col("date_start")], &range[col("date_end")]),
        ("2023-10-02", "2023-10-05")
    );
    let unknown_year = &rows[2];
    assert_eq!(&unknown_year[col("date_start")], "XXXX-09-02");
    let igo = &rows[3];
    assert_eq!(
        (&igo[col("target_country")], &igo[col("target_igo")]),
        ("", "UNMISS")
    );
}

#[test]
fn no_events_still_make_a_csv_header_and_empty_files_elsewhere() {
    for format in [Format::Jsonl, Format::Csv, Format::Gdelt, Format::Plover] {
        let buf = common::SharedBuf::default();
        attache_export::write_events(format, Box::new(buf.clone()), []).unwrap();
        let expected = if format == Format::Csv {
            format!("{}\n", CSV_COLUMNS.join(","))
        } else {
            String::new()
        };
        assert_eq!(buf.text(), expected, "{format}");
    }
}
