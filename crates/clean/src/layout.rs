//! The page seen as lines and paragraphs, in byte offsets.
//!
//! A paragraph is one line, or several lines of a hard-wrapped text: a line
//! continues into the next when it ends without closing punctuation and
//! either the next line starts in lowercase or the line ends on a word that
//! cannot end a sentence (`le`, `de`, `général`, `the`, …).

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Line {
    /// The line without its line break.
    pub range: Range<usize>,
    /// Up to the start of the next line (line break included).
    pub full: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Text of the paragraph (from its first line's start to its last line's end).
    pub range: Range<usize>,
    /// As `range`, plus the final line break.
    pub full: Range<usize>,
}

pub struct Layout {
    pub lines: Vec<Line>,
    /// Non-blank paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

impl Layout {
    pub fn new(text: &str) -> Layout {
        let lines = split_lines(text);
        let paragraphs = group_paragraphs(text, &lines);
        Layout { lines, paragraphs }
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        let next = (end + 1).min(text.len());
        let content_end = if text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        lines.push(Line {
            range: start..content_end,
            full: start..next.max(end),
        });
        start = next.max(end);
        if end == text.len() {
            break;
        }
    }
    lines
}

fn is_blank(text: &str, line: &Line) -> bool {
    text[line.range.clone()].trim().is_empty()
}

fn group_paragraphs(text: &str, lines: &[Line]) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if is_blank(text, &lines[i]) {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < lines.len()
            && attache_lexicon::wraps_into_next(
                &text[lines[i].range.clone()],
                &text[lines[i + 1].range.clone()],
            )
        {
            i += 1;
        }
        paragraphs.push(Paragraph {
            range: lines[first].range.start..lines[i].range.end,
            full: lines[first].full.start..lines[i].full.end,
        });
        i += 1;
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph_texts(text: &str) -> Vec<&str> {
        Layout::new(text)
            .paragraphs
            .iter()
            .map(|p| &text[p.range.clone()])
            .collect()
    }

    #[test]
    fn hard_wrapped_lines_form_one_paragraph() {
        let text = "Le 3 mars, le général\nNguyen Van A a reçu\nla délégation.\nUne autre phrase.\n\nTitre";
        assert_eq!(
            paragraph_texts(text),
            [
                "Le 3 mars, le général\nNguyen Van A a reçu\nla délégation.",
                "Une autre phrase.",
                "Titre"
            ]
        );
    }

    #[test]
    fn headlines_stay_separate() {
        let text = "La Chine lance un satellite\nUne fillette aide ses grands-parents\r\nLe port reçoit un navire";
        assert_eq!(paragraph_texts(text).len(), 3);
        let layout = Layout::new(text);
        assert_eq!(
            &text[layout.lines[1].range.clone()],
            "Une fillette aide ses grands-parents"
        );
    }
}
