//! A mention of an actor in a document, as recognition finds it.

use serde::{Deserialize, Serialize};

use crate::Actor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A country by name, adjective, compound prefix or capital.
    Country,
    Organisation,
    Institution,
    /// A title or role without a name (`le vice-ministre`, `son homologue`).
    Title,
    Person,
    /// `Il`, `Elle`, `He`, `She`, `Ils`, `They`.
    Pronoun,
    /// `les deux parties`, `both sides`: both main parties of the document.
    Collective,
    /// A city or province.
    Place,
}

/// One mention, with its span in the original text and the actors it names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: MentionKind,
    /// Usually one; two for a collective mention.
    pub actors: Vec<Actor>,
    /// How the actor was decided: `lexicon`, `apposition`, `outlet`,
    /// `office_holder`, `name`, `role`, `pronoun`, `collective`.
    pub how: String,
    /// Code points in the cleaned text.
    #[serde(skip)]
    pub clean_start: usize,
    #[serde(skip)]
    pub clean_end: usize,
}
