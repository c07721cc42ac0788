//! PETRARCH discard lists: a phrase that voids the sentence it occurs in
//! (sports, history, fiction), or with a leading `+` the whole story. A
//! phrase matches case-insensitively at the start of a word, as a stem,
//! unless it ends with `_`: then it must end at a word's end.

use super::syntax::{content_lines, phrase};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// The phrase, lowercase, words separated by one space.
    pub phrase: String,
    /// Voids the whole story, not only the sentence.
    pub story: bool,
    /// Must end at a word's end (written with a trailing `_`).
    pub whole_word: bool,
}

pub fn parse(text: &str, problem: &mut dyn FnMut(usize, String)) -> Vec<Discard> {
    let mut discards = Vec::new();
    for (n, line) in content_lines(text) {
        let line = line.trim();
        let (story, written) = match line.strip_prefix('+') {
            Some(rest) => (true, rest.trim()),
            None => (false, line),
        };
        if written.contains(['[', ']']) {
            problem(n, "a discard is a phrase, without a code".into());
            continue;
        }
        let whole_word = written.ends_with('_');
        let phrase = phrase(written).to_lowercase();
        if phrase.is_empty() {
            problem(n, "an empty discard".into());
            continue;
        }
        discards.push(Discard {
            phrase,
            story,
            whole_word,
        });
    }
    discards
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_and_story_discards() {
        let mut problems = Vec::new();
        let found = parse(
            "# sports\nMONTHS LATER\n+World Golf Championships   # pas\nCUP_\nX [123]\n",
            &mut |n, r| problems.push((n, r)),
        );
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].phrase, "months later");
        assert!(found[1].story && !found[0].story);
        assert!(found[2].whole_word);
        assert_eq!(problems[0].0, 5);
    }
}
