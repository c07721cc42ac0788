//! Linking after the fact. `extract --no-link` codes each document apart
//! (in the partitions of a distributed job, say) and writes one line per
//! document: what linking needs to know of it and its events
//! ([`Unlinked`]). A [`Relinker`] then links those lines as one run of
//! `extract` links documents, once they are put in [`Unlinked::order`]
//! (publication date, then id): the events equal those of one `extract`
//! run over the documents in that order, with the same window.
//!
//! ```
//! use attache_pipeline::{Relinker, Unlinked};
//! let line = r#"{"document":{"id":"a","outlet":"a.vn","published":"2024-10-22"},"events":[]}"#;
//! let record: Unlinked = serde_json::from_str(line).unwrap();
//! assert_eq!(record.order(), ("2024-10-22", "a"));
//! assert!(Relinker::with_window(2000).link(record).is_empty());
//! ```

use attache_dedup::{Deduper, DocInfo};
use attache_model::Event;
use serde::{Deserialize, Serialize};

use crate::Cleaned;

/// What linking needs of a document: the dedup stage's [`DocInfo`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    pub id: String,
    /// The outlet (`source`), else the document id.
    pub outlet: String,
    #[serde(default)]
    pub published: Option<String>,
    /// The numbered occasion its kept text names first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasion: Option<String>,
    /// The sketch of its kept text (16 hex digits a hash: JSON numbers
    /// past 2^53 are not read exactly everywhere).
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "hex")]
    pub sketch: Vec<u64>,
}

impl From<DocInfo> for LinkInfo {
    fn from(info: DocInfo) -> LinkInfo {
        LinkInfo {
            id: info.id,
            outlet: info.outlet,
            published: info.published,
            occasion: info.occasion,
            sketch: info.sketch,
        }
    }
}

impl From<LinkInfo> for DocInfo {
    fn from(info: LinkInfo) -> DocInfo {
        DocInfo {
            id: info.id,
            outlet: info.outlet,
            published: info.published,
            occasion: info.occasion,
            sketch: info.sketch,
        }
    }
}

/// Hashes as 16 hex digits.
mod hex {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(hashes: &[u64], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(hashes.iter().map(|h| format!("{h:016x}")))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u64>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|h| u64::from_str_radix(h, 16).map_err(D::Error::custom))
            .collect()
    }
}

/// One line of `extract --no-link`: a document coded alone, its events
/// linked among themselves only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unlinked {
    pub document: LinkInfo,
    pub events: Vec<Event>,
}

/// [`Unlinked`], borrowing the events, to write them.
#[derive(Serialize)]
struct UnlinkedRef<'a> {
    document: LinkInfo,
    events: &'a [Event],
}

/// Writes the `extract --no-link` line of a document (without its newline).
pub fn write_unlinked<W: std::io::Write>(
    out: W,
    cleaned: &Cleaned,
    events: &[Event],
) -> serde_json::Result<()> {
    let line = UnlinkedRef {
        document: crate::doc_info(cleaned).into(),
        events,
    };
    serde_json::to_writer(out, &line)
}

impl Unlinked {
    /// Where the document stands in the order documents are linked in:
    /// by `published` as attache read it (documents without one first),
    /// then by id.
    pub fn order(&self) -> (&str, &str) {
        let published = self.document.published.as_deref().unwrap_or("");
        (published, &self.document.id)
    }
}

/// Links [`Unlinked`] documents, given in order, as a run of `extract`
/// without `--db` links the documents it reads: within a window of
/// documents ([`crate::MemoryLinker`]), so that memory stays flat.
#[derive(Debug)]
pub struct Relinker {
    dedup: Deduper,
}

impl Relinker {
    /// Merges reports up to `documents` documents apart, as `extract
    /// --dedup-window` does.
    pub fn with_window(documents: usize) -> Relinker {
        Relinker {
            dedup: Deduper::with_window(documents),
        }
    }

    /// The events of the next document, linked to those before it.
    pub fn link(&mut self, record: Unlinked) -> Vec<Event> {
        let Unlinked {
            document,
            mut events,
        } = record;
        // What the document's own linking gave is decided anew.
        for event in &mut events {
            event.event_id = None;
            event.merge = None;
        }
        self.dedup.add_document(&document.into(), &mut events);
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sketch_hashes_read_back_exactly() {
        let record = Unlinked {
            document: LinkInfo {
                id: "a".into(),
                outlet: "a.vn".into(),
                published: None,
                occasion: Some("15 dialogue".into()),
                sketch: vec![u64::MAX, 1, 0x8000_0000_0000_0001],
            },
            events: Vec::new(),
        };
        let line = serde_json::to_string(&record).unwrap();
        assert!(
            line.contains(r#""ffffffffffffffff","0000000000000001""#),
            "{line}"
        );
        assert_eq!(serde_json::from_str::<Unlinked>(&line).unwrap(), record);
        assert_eq!(record.order(), ("", "a"));
    }

    #[test]
    fn a_sketch_that_is_not_hex_is_an_error() {
        let line = r#"{"document":{"id":"a","outlet":"a","sketch":["xyz"]},"events":[]}"#;
        assert!(serde_json::from_str::<Unlinked>(line).is_err());
    }
}
