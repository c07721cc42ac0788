//! The result of cleaning one document: which regions are the article, which
//! are not and why, and which spaces were inserted to repair glued words.

use serde::{Deserialize, Serialize};

use crate::Span;

/// Why a region of the page is not article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RemovalReason {
    /// Headlines or links of other stories (`Lire aussi`, `>>…`, `ALSO READ |`).
    Teaser,
    /// Photo captions and credits.
    Caption,
    /// A paragraph that the page already holds (often a copy without spaces).
    Duplicate,
    /// Menus, share buttons, bylines, timestamps, reading times, footers.
    Boilerplate,
    /// Comment boxes.
    Comments,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    pub start: usize,
    pub end: usize,
    pub reason: RemovalReason,
}

impl Removal {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A string inserted before code point `at` of the original text (a space
/// between glued words, or between paragraphs joined by a removal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repair {
    pub at: usize,
    pub insert: String,
}

/// Cleaning of one document. `text` is exactly the kept spans in order, with
/// every repair inserted at its offset; offsets are code points of the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanResult {
    pub kept: Vec<Span>,
    pub removed: Vec<Removal>,
    pub repairs: Vec<Repair>,
    pub text: String,
}

impl CleanResult {
    /// Whether the code-point span `span` of the original lies inside one kept span.
    pub fn keeps(&self, span: &Span) -> bool {
        let i = self.kept.partition_point(|k| k.end < span.end);
        self.kept.get(i).is_some_and(|k| k.contains(span))
    }
}

impl CleanResult {
    /// For each code point of `text`, the code point of the original it comes
    /// from; a character inserted by a repair maps to the original character
    /// it was inserted before.
    pub fn original_offsets(&self) -> Vec<usize> {
        let mut map = Vec::with_capacity(self.text.len());
        let mut repairs = self.repairs.iter().peekable();
        for span in &self.kept {
            for at in span.start..span.end {
                while let Some(r) = repairs.next_if(|r| r.at == at) {
                    map.extend(std::iter::repeat_n(at, r.insert.chars().count()));
                }
                map.push(at);
            }
        }
        map
    }

    /// The original span of the code points `[start, end)` of `text`.
    pub fn original_span(&self, offsets: &[usize], start: usize, end: usize) -> Option<Span> {
        let first = *offsets.get(start)?;
        let last = *offsets.get(end.checked_sub(1)?)?;
        Some(Span::new(first, last + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaned_positions_map_back_to_the_original() {
        // original: "ab|XX|cde" with "XX" removed and a space inserted before "d".
        let result = CleanResult {
            kept: vec![Span::new(0, 2), Span::new(4, 7)],
            removed: vec![],
            repairs: vec![Repair {
                at: 5,
                insert: " ".into(),
            }],
            text: "abc de".into(),
        };
        let offsets = result.original_offsets();
        assert_eq!(offsets, [0, 1, 4, 5, 5, 6]);
        assert_eq!(result.original_span(&offsets, 2, 6), Some(Span::new(4, 7)));
    }

    #[test]
    fn keeps_requires_one_enclosing_span() {
        let result = CleanResult {
            kept: vec![Span::new(0, 10), Span::new(20, 30)],
            removed: vec![],
            repairs: vec![],
            text: String::new(),
        };
        assert!(result.keeps(&Span::new(2, 10)));
        assert!(result.keeps(&Span::new(20, 25)));
        assert!(!result.keeps(&Span::new(5, 25)));
        assert!(!result.keeps(&Span::new(12, 15)));
    }
}
