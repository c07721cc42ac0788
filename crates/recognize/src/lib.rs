//! Recognition of actor mentions.
//!
//! [`Recognizer::recognize`] works on a document's cleaned text (so that
//! repaired glued words match and removed regions never do) and maps every
//! mention back to code points of the original text. It finds, in order:
//!
//! 1. lexical mentions (`lexical`): countries by name, adjective, compound
//!    prefix or capital; organisations; institutions and titles, also with a
//!    country adjective inside (`ministère cambodgien de la Défense`), their
//!    country taken from their own words, a country named next to them
//!    (`l'ambassadeur du Japon`), or the outlet's home country;
//! 2. persons (`persons`): known office holders, and capitalised names in
//!    apposition with a title or rank, in either order;
//! 3. references (`coref`): part of a name (`Esper`), roles (`le ministre
//!    cambodgien`), counterparts, `les deux parties` / `both sides`, and
//!    sentence-initial pronouns;
//! 4. acronyms the text defines (`the Royal Malaysian Navy (RMN)`), where
//!    written again (`acronyms`);
//! 5. office holders by date: a bare title (`le ministre vietnamien de la
//!    Défense`) on the publication date names its holder.
//!
//! ```
//! use attache_model::{CleanResult, Document, Lang, Span};
//! use attache_recognize::{MentionKind, Recognizer};
//! let text = "Le ministre de la Défense, le général Phan Van Giang, a reçu l'ambassadeur du Japon. Il a salué les deux parties.";
//! let doc = Document { id: "d".into(), url: None, source: Some("fr.example.vn".into()), lang: Lang::Fr,
//!     title: None, published: Some("2023-05".into()), text: text.into() };
//! let clean = CleanResult { kept: vec![Span::new(0, text.chars().count())], removed: vec![], repairs: vec![], text: text.into() };
//! let mentions = Recognizer::bundled().recognize(&doc, &clean);
//! let giang = mentions.iter().find(|m| m.kind == MentionKind::Person).unwrap();
//! assert_eq!(giang.actors[0].name.as_deref(), Some("Phan Van Giang"));
//! assert_eq!(giang.actors[0].country.as_deref(), Some("VNM"));
//! let il = mentions.iter().find(|m| m.text == "Il").unwrap();
//! assert_eq!(il.actors[0].name.as_deref(), Some("Phan Van Giang"));
//! ```

mod acronyms;
mod coref;
mod folded_search;
mod home;
mod lexical;
mod near;
mod persons;
mod vessels;

use attache_lexicon::{actor_gazetteer, Gazetteer};
use attache_model::{CleanResult, Document};
pub use attache_model::{Mention, MentionKind};

pub use home::home_country;

pub struct Recognizer<'g> {
    gazetteer: &'g Gazetteer,
}

impl Recognizer<'static> {
    /// With the bundled lexicon.
    pub fn bundled() -> Recognizer<'static> {
        Recognizer {
            gazetteer: actor_gazetteer(),
        }
    }
}

impl<'g> Recognizer<'g> {
    /// With a gazetteer of one's own (the bundled entries plus a user dictionary).
    pub fn with_gazetteer(gazetteer: &'g Gazetteer) -> Recognizer<'g> {
        Recognizer { gazetteer }
    }

    /// The mentions of `doc` within its kept text, in text order.
    pub fn recognize(&self, doc: &Document, clean: &CleanResult) -> Vec<Mention> {
        self.recognize_segmented(doc, clean, &attache_segment::CleanText::new(&clean.text))
    }

    /// [`Recognizer::recognize`] over `text`, the segmented `clean.text`
    /// (segmented once for recognition and coding).
    pub fn recognize_segmented(
        &self,
        doc: &Document,
        clean: &CleanResult,
        text: &attache_segment::CleanText,
    ) -> Vec<Mention> {
        debug_assert_eq!(text.string, clean.text);
        let home = home_country(doc).or_else(|| home::dateline_country(self.gazetteer, text));
        let lexical = lexical::mentions(self.gazetteer, text, home, doc.published.as_deref());
        let found = persons::mentions(text, &lexical, home);
        let mut mentions = coref::resolve(text, found, doc.published.as_deref(), home);
        let written_again = acronyms::mentions(text, &mentions);
        mentions.extend(written_again);
        let vessels = vessels::mentions(text, &mentions);
        // A ship's name is not a person's.
        mentions.retain(|m| {
            m.kind != MentionKind::Person
                || !vessels
                    .iter()
                    .any(|v| v.clean_start < m.clean_end && m.clean_start < v.clean_end)
        });
        mentions.extend(vessels);
        mentions.sort_by_key(|m| m.clean_start);
        mark_datelines(text, &mut mentions);
        let offsets = clean.original_offsets();
        mentions.retain_mut(
            |m| match clean.original_span(&offsets, m.clean_start, m.clean_end) {
                Some(span) => {
                    m.start = span.start;
                    m.end = span.end;
                    true
                }
                None => false,
            },
        );
        mentions
    }
}

/// How far into its line a dateline may start.
const DATELINE_PREFIX_CHARS: usize = 20;

/// `Vientiane (VNA) –`, `HANOI -`, `Hanoï, 15 avril (VNA) -`: where a report
/// was filed, not an actor. The dash stands apart: `UK-Thailand` joins two
/// parties.
fn mark_datelines(text: &attache_segment::CleanText, mentions: &mut [Mention]) {
    static DATELINE_TAIL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^\s*(?:,\s*[\p{L}\p{N}][\p{L}\p{N} .]{0,20})?(?:\s*\([\p{Lu}\p{N}/ .]{2,20}\))?\s*[-–—:](?:\s|$)",
        )
        .expect("valid pattern")
    });
    for m in mentions.iter_mut() {
        // At the start of its line, or after a short stray prefix that a
        // page left there (` date 2021-04 Hanoï, 15 avril (VNA) -`).
        let before_on_line = text.chars[..m.clean_start]
            .iter()
            .rev()
            .take_while(|c| **c != '\n')
            .take(DATELINE_PREFIX_CHARS + 1)
            .count();
        let at_line_start = before_on_line <= DATELINE_PREFIX_CHARS;
        if !at_line_start || !matches!(m.kind, MentionKind::Country | MentionKind::Place) {
            continue;
        }
        let rest: String = text.chars[m.clean_end..(m.clean_end + 40).min(text.chars.len())]
            .iter()
            .collect();
        if DATELINE_TAIL.is_match(&rest) {
            m.kind = MentionKind::Place;
            m.how = "dateline".into();
        }
    }
}

/// The mentions of `doc` with the bundled lexicon.
pub fn recognize(doc: &Document, clean: &CleanResult) -> Vec<Mention> {
    Recognizer::bundled().recognize(doc, clean)
}
