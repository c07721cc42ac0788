//! A small signature of a document's text, to tell copies of one story
//! (a wire text republished by several outlets, with its own header, a
//! sentence more or less) from other texts without comparing them whole:
//! the smallest hashes of its five-word shingles (a bottom-k sketch). Two
//! texts that share most of their sketch share most of their shingles.

use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

/// Hashes kept per text.
pub const SKETCH_SIZE: usize = 16;
/// Hashes two texts must share to be copies of one story.
pub const MIN_SHARED: usize = 10;
/// Words per shingle.
const SHINGLE: usize = 5;

/// The sketch of `text`: empty for a text too short to tell a copy by
/// (fewer shingles than the sketch holds).
pub fn text_sketch(text: &str) -> Vec<u64> {
    // Each word hashed once, lowercased into one reused buffer; a
    // shingle's hash is the hash of its words' hashes.
    let mut bytes = Vec::new();
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| word_hash(w, &mut bytes))
        .collect();
    let mut smallest = BTreeSet::new();
    for shingle in words.windows(SHINGLE) {
        let mut hasher = std::hash::DefaultHasher::new();
        shingle.hash(&mut hasher);
        let hash = hasher.finish();
        if smallest.len() == SKETCH_SIZE && smallest.last().is_some_and(|&l| hash >= l) {
            continue;
        }
        smallest.insert(hash);
        if smallest.len() > SKETCH_SIZE {
            smallest.pop_last();
        }
    }
    if smallest.len() < SKETCH_SIZE {
        return Vec::new();
    }
    smallest.into_iter().collect()
}

/// The hash of `word` lowercased: SipHash with fixed keys (the same text
/// gives the same sketch in every run) over the bytes hashing each char in
/// turn feeds it (`char::hash` writes its code point's four bytes), written
/// at once from `bytes`, a buffer reused from word to word: one write per
/// word instead of one per char.
fn word_hash(word: &str, bytes: &mut Vec<u8>) -> u64 {
    bytes.clear();
    let mut feed = |c: char| bytes.extend_from_slice(&u32::from(c).to_ne_bytes());
    for c in word.chars() {
        // ASCII directly: `to_lowercase`'s iterator costs more than the test.
        if c.is_ascii() {
            feed(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut feed);
        }
    }
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The sketches stored by earlier runs stay valid: the hash is the
        /// one of hashing each lowercased char in turn.
        #[test]
        fn a_word_hashes_as_its_chars_one_by_one(word in "\\PC{0,12}") {
            let mut hasher = std::hash::DefaultHasher::new();
            for c in word.chars().flat_map(char::to_lowercase) {
                c.hash(&mut hasher);
            }
            proptest::prop_assert_eq!(word_hash(&word, &mut Vec::new()), hasher.finish());
        }
    }

    const STORY: &str = "Le ministre de la Défense a reçu mardi son homologue lao. Les deux parties ont \
        passé en revue la coopération dans la formation des officiers, la recherche et la gestion des \
        frontières, et ont convenu de renforcer les échanges de délégations à tous les niveaux dans \
        les années à venir.";

    fn shared(a: &[u64], b: &[u64]) -> usize {
        a.iter().filter(|h| b.contains(h)).count()
    }

    #[test]
    fn a_copy_with_its_own_header_shares_most_of_the_sketch() {
        let copy = format!("HANOI (VNA) – {STORY} Photo : VNA");
        let (a, b) = (text_sketch(STORY), text_sketch(&copy));
        assert_eq!(a.len(), SKETCH_SIZE);
        assert!(shared(&a, &b) >= MIN_SHARED, "{}", shared(&a, &b));
        let other = "Le vice-ministre a reçu l'ambassadeur du Japon. Les deux parties ont \
            évoqué la coopération dans le domaine de l'industrie de défense et du sauvetage en mer \
            ainsi que les préparatifs de la prochaine visite du ministre japonais à Hanoï.";
        assert!(shared(&a, &text_sketch(other)) < MIN_SHARED);
    }

    #[test]
    fn a_short_text_has_no_sketch() {
        assert!(text_sketch("Le ministre a reçu l'ambassadeur.").is_empty());
    }
}
