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
///
/// Every expression holds an anchor (a number, a month, a weekday, a word
/// such as `hier`, `dernier` or `yesterday`) within its first
/// twelve tokens (`ANCHOR_WINDOW`), so positions farther from any anchor are
/// skipped without trying the matchers: most of a news text is. The result
/// is the same as trying every position ([`find_dates_exhaustive`]; tested).
pub fn find_dates(text: &str, lang: &Lang) -> Vec<DateMention> {
    find_in_tokens(&tokenize(text), lang)
}

/// The date expressions of `text` and the years it names (see
/// [`crate::years_in`]), tokenizing it once.
pub fn dates_and_years(text: &str, lang: &Lang) -> (Vec<DateMention>, crate::ArticleYears) {
    let tokens = tokenize(text);
    (
        find_in_tokens(&tokens, lang),
        crate::years::years_in_tokens(text, &tokens),
    )
}

fn find_in_tokens(tokens: &[Token], lang: &Lang) -> Vec<DateMention> {
    let matchers = grammar::matchers(lang);
    let anchors: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| grammar::is_anchor(lang, &t.kind))
        .map(|(i, _)| i)
        .collect();
    let mut next_anchor = anchors.iter().copied().peekable();
    let mut mentions = Vec::new();
    let mut pos = 0;
    while pos < tokens.len() {
        while next_anchor.peek().is_some_and(|&a| a < pos) {
            next_anchor.next();
        }
        let Some(&anchor) = next_anchor.peek() else {
            break;
        };
        if anchor > pos + ANCHOR_WINDOW {
            pos = anchor - ANCHOR_WINDOW;
            continue;
        }
        match longest_match(matchers, tokens, pos) {
            Some((end, mention)) => {
                mentions.push(mention);
                pos = end;
            }
            None => pos += 1,
        }
    }
    mentions
}

/// Tokens an expression may run before its first anchor (`dans l'après-midi
/// du 27`, `au début du mois d'août`).
pub const ANCHOR_WINDOW: usize = 12;

/// [`find_dates`] trying the matchers at every token: the reference the
/// anchored scan is tested against.
pub fn find_dates_exhaustive(text: &str, lang: &Lang) -> Vec<DateMention> {
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
