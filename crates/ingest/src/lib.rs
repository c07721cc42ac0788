//! Reading documents into attache.
//!
//! [`Reader::read`] takes one [`Input`] (a file or standard input) and calls
//! back with a [`Record`] per document or per rejected piece of input, so that
//! one bad line never stops a run. [`expand_paths`] turns command-line paths
//! (files, directories walked recursively in name order, `-` for stdin) into
//! inputs. Memory stays bounded by the largest accepted document: files are
//! read line by line, and anything above [`ReadOptions::max_doc_bytes`] is
//! rejected without being held.
//!
//! ```
//! use attache_ingest::{Reader, ReadOptions, Record};
//! let jsonl = br#"{"id": "d1", "lang": "fr", "text": "Le ministre a recu l'ambassadeur."}
//! not json
//! "#;
//! let mut ids = vec![];
//! let mut rejected = vec![];
//! Reader::new(ReadOptions::default()).read_jsonl("mem.jsonl", &jsonl[..], &mut |r| match r {
//!     Record::Document(d) => ids.push(d.id),
//!     Record::Rejected(r) => rejected.push(r.to_string()),
//! });
//! assert_eq!(ids, ["d1"]);
//! assert!(rejected[0].starts_with("mem.jsonl:2: malformed JSON"));
//! ```

mod detect;
mod html;
mod html_bounds;
mod inputs;
mod jsonl;
mod lines;
mod published;
mod reader;
mod rejection;

pub use detect::detect_lang;
pub use html::{extract_article, HtmlArticle};
pub use inputs::{expand_paths, Input, InputKind};
pub use lines::{read_line_bounded, LineRead};
pub use published::normalize_published;
pub use reader::{ReadOptions, Reader, Record};
pub use rejection::Rejection;
