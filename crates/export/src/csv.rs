//! CSV: a header row of [`CSV_COLUMNS`](crate::CSV_COLUMNS), then one flat
//! row per event; absent values are empty cells. A text cell that a
//! spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`,
//! a tab or a carriage return) is written with a leading `'`, unless it is
//! a number (`-3.5` stays as is).

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
        Cell::Str(s) => guard_formula(s.unwrap_or_default()),
        Cell::Int(n) => n.to_string(),
        Cell::Float(x) => x.to_string(),
    }
}

/// `text`, with a `'` in front when a spreadsheet would read it as a formula.
fn guard_formula(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_number(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A plain decimal number (`-3.5`, `+2`, `1e3`), not `-inf` or `NaN`.
fn is_number(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && text.bytes().any(|b| b.is_ascii_digit())
        && text.parse::<f64>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_quote() {
        for risky in [
            "=HYPERLINK(\"x\")",
            "+cmd",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "-inf",
        ] {
            assert_eq!(guard_formula(risky), format!("'{risky}"));
        }
    }

    #[test]
    fn numbers_and_plain_text_stay_as_they_are() {
        for plain in ["-3.5", "+2", "1e3", "-1E-2", "VNM", "a=b", ""] {
            assert_eq!(guard_formula(plain), plain);
        }
    }
}
