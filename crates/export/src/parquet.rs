//! Parquet (cargo feature `parquet`): the CSV columns with their types —
//! `mentions` and `sources` 64-bit integers, `confidence` a 32-bit float,
//! strings otherwise, nullable where the event may lack the value.
//!
//! Rows are gathered in Arrow builders and handed to the Arrow writer in
//! record batches of [`BATCH_ROWS`]; the writer closes a row group at
//! 128 Ki rows or 64 MiB, whichever comes first, so memory stays bounded
//! however many events stream through. Pages are Snappy-compressed, the
//! codec every Parquet reader has.

use std::io::Write;
use std::sync::Arc;

use ::parquet::arrow::ArrowWriter;
use ::parquet::basic::Compression;
use ::parquet::file::properties::WriterProperties;
use arrow_array::builder::{Float32Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use attache_model::CanonicalEvent;

use crate::flat::{cells, Cell, CSV_COLUMNS};
use crate::{EventWriter, ExportError};

/// Rows per record batch.
pub(crate) const BATCH_ROWS: usize = 4096;

/// The Arrow schema of the Parquet file: [`CSV_COLUMNS`] with their types.
pub(crate) fn schema() -> Schema {
    Schema::new(
        CSV_COLUMNS
            .iter()
            .map(|&name| {
                let (data_type, nullable) = column_type(name);
                Field::new(name, data_type, nullable)
            })
            .collect::<Vec<_>>(),
    )
}

fn column_type(name: &str) -> (DataType, bool) {
    match name {
        "mentions" | "sources" => (DataType::Int64, false),
        "confidence" => (DataType::Float32, false),
        "event_id" | "tier" | "cameo" | "doc" | "evidence" => (DataType::Utf8, false),
        _ => (DataType::Utf8, true),
    }
}

enum Column {
    Str(StringBuilder),
    Int(Int64Builder),
    Float(Float32Builder),
}

impl Column {
    fn of(data_type: &DataType) -> Column {
        match data_type {
            DataType::Int64 => Column::Int(Int64Builder::with_capacity(BATCH_ROWS)),
            DataType::Float32 => Column::Float(Float32Builder::with_capacity(BATCH_ROWS)),
            _ => Column::Str(StringBuilder::with_capacity(BATCH_ROWS, BATCH_ROWS * 16)),
        }
    }

    fn append(&mut self, cell: Cell<'_>) {
        match (self, cell) {
            (Column::Str(b), Cell::Str(v)) => b.append_option(v),
            (Column::Int(b), Cell::Int(n)) => b.append_value(n),
            (Column::Float(b), Cell::Float(x)) => b.append_value(x),
            _ => unreachable!("a flat cell does not match its Parquet column type"),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Column::Str(b) => Arc::new(b.finish()),
            Column::Int(b) => Arc::new(b.finish()),
            Column::Float(b) => Arc::new(b.finish()),
        }
    }
}

pub(crate) struct ParquetWriter {
    writer: ArrowWriter<Box<dyn Write + Send>>,
    schema: SchemaRef,
    columns: Vec<Column>,
    rows: usize,
}

impl ParquetWriter {
    pub fn new(out: Box<dyn Write + Send>) -> Result<ParquetWriter, ExportError> {
        let schema = Arc::new(schema());
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(128 * 1024))
            .set_max_row_group_bytes(Some(64 << 20))
            .build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props))?;
        let columns = schema
            .fields()
            .iter()
            .map(|f| Column::of(f.data_type()))
            .collect();
        Ok(ParquetWriter {
            writer,
            schema,
            columns,
            rows: 0,
        })
    }

    fn write_batch(&mut self) -> Result<(), ExportError> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays = self.columns.iter_mut().map(Column::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.writer.write(&batch)?;
        self.rows = 0;
        Ok(())
    }
}

impl EventWriter for ParquetWriter {
    fn write(&mut self, e: &CanonicalEvent) -> Result<(), ExportError> {
        for (column, cell) in self.columns.iter_mut().zip(cells(e)) {
            column.append(cell);
        }
        self.rows += 1;
        if self.rows == BATCH_ROWS {
            self.write_batch()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), ExportError> {
        self.write_batch()?;
        let mut out = self.writer.into_inner()?;
        out.flush()?;
        Ok(())
    }
}
