//! CSV: a header row of [`CSV_COLUMNS`](crate::CSV_COLUMNS), then one flat
//! row per event; absent values are empty cells.

use std::io::Write;

use attache_model::CanonicalEvent;

use crate::flat::{cells, Cell, CSV_COLUMNS};
use crate::{EventWriter, ExportError};

pub(crate) struct CsvWriter {
    out: ::csv::Writer<Box<dyn Write + Send>>,
}

impl CsvWriter {
    /// Writes the header at once, so that an export of no events is still
    /// a valid CSV file with its columns.
    pub fn new(out: Box<dyn Write + Send>) -> Result<CsvWriter, ExportError> {
        let mut out = ::csv::Writer::from_writer(out);
        out.write_record(CSV_COLUMNS)?;
        Ok(CsvWriter { out })
    }
}

impl EventWriter for CsvWriter {
    fn write(&mut self, e: &CanonicalEvent) -> Result<(), ExportError> {
        let row = cells(e).map(|cell| text(&cell));
        self.out.write_record(&row)?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), ExportError> {
        self.out.flush()?;
        Ok(())
    }
}

fn text(cell: &Cell<'_>) -> String {
    match cell {
        Cell::Str(s) => s.unwrap_or_default().to_string(),
        Cell::Int(n) => n.to_string(),
        Cell::Float(x) => x.to_string(),
    }
}
