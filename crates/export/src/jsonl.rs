//! JSON lines: the serde form of [`CanonicalEvent`], whose field names are
//! those of `EVENTS.md` §2 plus `event_id`, `mentions`, `sources`, `docs`
//! and `confidence`; absent values are `null`.

use std::io::{BufWriter, Write};

use attache_model::CanonicalEvent;

use crate::{EventWriter, ExportError};

pub(crate) struct JsonlWriter {
    out: BufWriter<Box<dyn Write + Send>>,
}

impl JsonlWriter {
    pub fn new(out: Box<dyn Write + Send>) -> JsonlWriter {
        JsonlWriter {
            out: BufWriter::new(out),
        }
    }
}

impl EventWriter for JsonlWriter {
    fn write(&mut self, e: &CanonicalEvent) -> Result<(), ExportError> {
        serde_json::to_writer(&mut self.out, e)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<(), ExportError> {
        self.out.flush()?;
        Ok(())
    }
}
