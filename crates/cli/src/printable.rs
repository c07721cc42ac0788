//! Page text made safe for a terminal: escape sequences (`ESC [ … m`,
//! `ESC ] … BEL`) are dropped whole, line breaks and tabs become spaces, and
//! every other control or bidirectional-override character is dropped, so
//! that a page cannot move the cursor, recolour, retitle or clear the
//! terminal of whoever lists its events.

use std::borrow::Cow;

/// `text` without control characters or escape sequences.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Control characters (C0, DEL, C1) and the bidirectional overrides and
/// isolates that reorder what follows them on screen.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Skips the rest of an escape sequence whose `ESC` was just read: a CSI
/// (`[` parameters, then a final byte `@`..`~`), a string command (`]`, `P`,
/// `^`, `_`: up to `BEL` or `ESC \`), or a single character.
fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => {
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
        Some(']' | 'P' | '^' | '_') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || (c == '\u{1b}' && chars.next_if_eq(&'\\').is_some()) {
                    break;
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_dropped_whole() {
        assert_eq!(printable("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(printable("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(printable("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
        assert_eq!(printable("clear\u{1b}[2J\u{1b}c!"), "clear!");
    }

    #[test]
    fn other_controls_are_dropped_and_breaks_become_spaces() {
        assert_eq!(printable("a\nb\tc\rd"), "a b c d");
        assert_eq!(
            printable("bell\u{7}\u{8}\u{9b}31m\u{202e}txt"),
            "bell31mtxt"
        );
        assert_eq!(printable("Hà Nội — «ok»"), "Hà Nội — «ok»");
    }
}
