//! The types that cross stage boundaries in attache (see `ARCHITECTURE.md`).
//!
//! Nothing here does I/O. Offsets exposed to users count Unicode code points
//! into a document's original `text` (the contract of `EVENTS.md`), so that
//! Python and JavaScript clients can slice with them; [`CharOffsets`]
//! converts from the byte offsets Rust code works with.
//!
//! ```
//! use attache_model::{CharOffsets, Span};
//! let text = "Hanoï a reçu";
//! let mut offsets = CharOffsets::new(text);
//! let span = Span::new(offsets.char_of(0), offsets.char_of(text.find(" a").unwrap()));
//! assert_eq!(span, Span::new(0, 5));
//! assert_eq!(span.slice_chars(text), "Hanoï");
//! ```

mod actor;
mod around;
pub mod cameo;
mod canonical;
mod clean;
mod date_span;
mod document;
mod event;
mod mention;
mod normalize;
mod offsets;

pub use actor::Actor;
pub use around::{paragraph_around, sentence_around};
pub use canonical::CanonicalEvent;
pub use clean::{CleanResult, Removal, RemovalReason, Repair};
pub use date_span::{DateSpan, Day};
pub use document::{Document, Lang};
pub use event::{Event, Place, Tier};
pub use mention::{Mention, MentionKind};
pub use normalize::{normalize, Normalized};
pub use offsets::{floor_char_boundary, CharOffsets, Span};
