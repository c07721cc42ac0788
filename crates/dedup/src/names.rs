//! Person names as the dedup stage compares them: folded (case, diacritics)
//! and tokenised, so that `Phan Văn Giang`, `Phan Van Giang` and `Giang`
//! are one person and `Giang` and `Lecornu` are two; a middle initial and
//! one letter off in a long word (`Konstantin V. Vnukov`, `Konstatin
//! Vnukov`) are the variants outlets write of one name.

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
    /// `Phan Van Giang`), allowing what outlets vary on: a middle initial
    /// (`Konstantin V. Vnukov`) and one letter in a long word (`Konstatin`).
    /// One word of three letters or more must be the same exactly.
    pub fn same_person(&self, other: &Name) -> bool {
        let (short, long) = if self.0.len() <= other.0.len() {
            (&self.0, &other.0)
        } else {
            (&other.0, &self.0)
        };
        if short.iter().all(|w| long.contains(w)) {
            return true;
        }
        let anchored = short
            .iter()
            .any(|w| w.chars().count() >= 3 && long.contains(w));
        anchored
            && short
                .iter()
                .all(|w| long.iter().any(|l| l == w || one_letter_apart(w, l)))
    }
}

/// Whether two words of five letters or more differ by one letter added,
/// dropped or changed.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 5 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix >= a.len().max(b.len()) - 1
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
        // Outlets' variants: a middle initial, one letter off in a long word.
        assert!(name("Konstantin V. Vnukov").same_person(&name("Konstatin Vnukov")));
        assert!(name("Sergei Shoigu").same_person(&name("Sergey Shoigu")));
        // Short words must match exactly; so must one word at least.
        assert!(!name("Tran Van Nam").same_person(&name("Tran Van Lam")));
        assert!(!name("Konstatin Vnukova").same_person(&name("Konstantin Vnukov")));
        assert_eq!(Name::new(" - "), None);
    }
}
