//! Person names as the dedup stage compares them: folded (case, diacritics)
//! and tokenised, so that `Phan Văn Giang`, `Phan Van Giang` and `Giang`
//! are one person and `Giang` and `Lecornu` are two.

use attache_lexicon::fold;

/// A folded name as its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(Vec<String>);

impl Name {
    pub fn new(name: &str) -> Option<Name> {
        let words: Vec<String> = fold(name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        (!words.is_empty()).then_some(Name(words))
    }

    /// Whether one name is the other or a part of it (`Giang` of
    /// `Phan Van Giang`).
    pub fn same_person(&self, other: &Name) -> bool {
        let (short, long) = if self.0.len() <= other.0.len() {
            (&self.0, &other.0)
        } else {
            (&other.0, &self.0)
        };
        short.iter().all(|w| long.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_folded_and_by_parts() {
        let name = |s| Name::new(s).unwrap();
        assert!(name("Phan Văn Giang").same_person(&name("phan van giang")));
        assert!(name("Giang").same_person(&name("Phan Van Giang")));
        assert!(name("Sébastien Lecornu").same_person(&name("Lecornu")));
        assert!(!name("Giang").same_person(&name("Lecornu")));
        assert!(!name("Nguyen Chi Vinh").same_person(&name("Nguyen Tan Cuong")));
        assert_eq!(Name::new(" - "), None);
    }
}
