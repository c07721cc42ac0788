//! A document as read from a corpus (`EVENTS.md` §1).

use serde::{Deserialize, Serialize};

/// Languages attache codes natively. Anything else is kept as `Other` with
/// its ISO 639-3 code so it can be stored and reported, but not coded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
    #[serde(untagged)]
    Other(String),
}

impl Lang {
    pub fn code(&self) -> &str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Other(code) => code,
        }
    }

    pub fn from_code(code: &str) -> Lang {
        match code.to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" => Lang::Fr,
            "en" | "eng" | "english" => Lang::En,
            other => Lang::Other(other.to_string()),
        }
    }
}

/// One news page: metadata and the text as captured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub lang: Lang,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when known.
    pub published: Option<String>,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_serializes_as_its_code() {
        assert_eq!(serde_json::to_string(&Lang::Fr).unwrap(), "\"fr\"");
        assert_eq!(
            serde_json::to_string(&Lang::Other("deu".into())).unwrap(),
            "\"deu\""
        );
        assert_eq!(Lang::from_code("EN"), Lang::En);
    }
}
