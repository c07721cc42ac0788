//! The Parquet format reads back with the Parquet reader: the schema, the
//! row count and the values (feature `parquet`).

#![cfg(feature = "parquet")]

mod common;

use std::fs::File;

use arrow_array::{Array, Float32Array, Int64Array, StringArray};
use arrow_schema::DataType;
use attache_export::{write_events, Format, CSV_COLUMNS};
use common::sample_events;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

fn read_back(events: &[attache_model::CanonicalEvent]) -> Vec<arrow_array::RecordBatch> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.parquet");
    write_events(
        Format::Parquet,
        Box::new(File::create(&path).unwrap()),
        events,
    )
    .unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(&path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    reader.map(Result::unwrap).collect()
}

#[test]
fn reads_back_with_the_columns_types_and_rows() {
    let events = sample_events();
    let batches = read_back(&events);
    let schema = batches[0].schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, CSV_COLUMNS);
    assert_eq!(
        schema.field_with_name("mentions").unwrap().data_type(),
        &DataType::Int64
    );
    assert_eq!(
        schema.field_with_name("confidence").unwrap().data_type(),
        &DataType::Float32
    );
    assert_eq!(
        schema.field_with_name("date").unwrap().data_type(),
        &DataType::Utf8
    );
    assert!(schema.field_with_name("date").unwrap().is_nullable());
    assert_eq!(
        batches.iter().map(|b| b.num_rows()).sum::<usize>(),
        events.len()
    );

    let batch = &batches[0];
    let strings = |name: &str| {
        batch
            .column_by_name(name)
            .unwrap()
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap()
            .clone()
    };
    let ids = strings("event_id");
    let dates = strings("date");
    let ends = strings("date_end");
    let mentions = batch
        .column_by_name("mentions")
        .unwrap()
        .as_any()
        .downcast_ref::<Int64Array>()
        .unwrap()
        .clone();
    let confidence = batch
        .column_by_name("confidence")
        .unwrap()
        .as_any()
        .downcast_ref::<Float32Array>()
        .unwrap()
        .clone();
    for (i, e) in events.iter().enumerate() {
        assert_eq!(ids.value(i), e.event_id);
        assert_eq!(mentions.value(i), e.mentions as i64);
        assert_eq!(confidence.value(i), e.confidence);
        assert_eq!(dates.is_null(i), e.date.is_none());
    }
    assert_eq!(ends.value(1), "2023-10-05");
    assert!(
        strings("target_country").is_null(3),
        "the IGO target has no country"
    );
}

#[test]
fn more_rows_than_a_batch_all_arrive() {
    let events: Vec<_> = (0..4096 * 2 + 7)
        .map(|i| {
            let mut e = sample_events()[i % 6].clone();
            e.event_id = format!("ev-{i}");
            e
        })
        .collect();
    let batches = read_back(&events);
    assert_eq!(
        batches.iter().map(|b| b.num_rows()).sum::<usize>(),
        events.len()
    );
}
