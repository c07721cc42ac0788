//! Spans in code points, and the conversion from byte offsets.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of code points in a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text` (code-point offsets); empty when out of bounds.
    pub fn slice_chars<'t>(&self, text: &'t str) -> &'t str {
        let mut indices = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let start = indices.nth(self.start);
        let end = if self.end == self.start {
            start
        } else {
            indices.nth(self.end - self.start - 1)
        };
        match (start, end) {
            (Some(s), Some(e)) => &text[s..e],
            _ => "",
        }
    }
}

/// Converts byte offsets of one text into code-point offsets.
///
/// Calls with non-decreasing byte offsets cost only the distance walked, so a
/// sorted batch of conversions over a large text is linear; going backwards
/// restarts from the beginning.
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary,
    /// else it is rounded down to one).
    pub fn char_of(&mut self, byte: usize) -> usize {
        let byte = floor_char_boundary(self.text, byte);
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

/// The largest char boundary of `text` at or below `byte`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points_not_bytes() {
        let text = "Việt Nam et la Chine";
        let mut offsets = CharOffsets::new(text);
        let nam = text.find("Nam").unwrap();
        assert_eq!(offsets.char_of(nam), 5);
        assert_eq!(offsets.char_of(text.len()), text.chars().count());
        // Going backwards restarts correctly.
        assert_eq!(offsets.char_of(0), 0);
    }

    #[test]
    fn slice_chars_handles_bounds() {
        let text = "àb";
        assert_eq!(Span::new(0, 1).slice_chars(text), "à");
        assert_eq!(Span::new(1, 2).slice_chars(text), "b");
        assert_eq!(Span::new(2, 2).slice_chars(text), "");
        assert_eq!(Span::new(1, 5).slice_chars(text), "");
    }
}
