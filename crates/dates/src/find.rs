//! Scanning a text for date expressions with a language's grammar.

use crate::cursor::Cursor;
use crate::expr::{DateExpr, DateMention};
use crate::grammar::{self, Matcher};
use crate::token::{tokenize, Token};
use attache_model::Lang;

/// Every date expression in `text`, left to right, without overlaps.
///
/// At each token every matcher of the language is tried and the longest
/// match is kept (the earlier matcher on a tie), so that `du 1er au 4
/// juillet` is one range rather than a day and a stray number. Scanning
/// resumes after the match.
pub fn find_dates(text: &str, lang: &Lang) -> Vec<DateMention> {
    let tokens = tokenize(text);
    let matchers = grammar::matchers(lang);
    let mut mentions = Vec::new();
    let mut pos = 0;
    while pos < tokens.len() {
        match longest_match(matchers, &tokens, pos) {
            Some((end, mention)) => {
                mentions.push(mention);
                pos = end;
            }
            None => pos += 1,
        }
    }
    mentions
}

/// The longest match starting at token `pos`, and the token after it.
fn longest_match(
    matchers: &[Matcher],
    tokens: &[Token],
    pos: usize,
) -> Option<(usize, DateMention)> {
    let mut best: Option<(usize, DateExpr)> = None;
    for matcher in matchers {
        let mut cursor = Cursor::new(tokens, pos);
        let Some(expr) = matcher(&mut cursor) else {
            continue;
        };
        if cursor.pos > best.as_ref().map_or(pos, |(end, _)| *end) {
            best = Some((cursor.pos, expr));
        }
    }
    let (end, expr) = best?;
    let mention = DateMention {
        start: tokens.get(pos)?.start,
        end: tokens.get(end.checked_sub(1)?)?.end,
        expr,
    };
    Some((end, mention))
}
