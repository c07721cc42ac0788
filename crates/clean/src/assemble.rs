//! From cuts (byte ranges, possibly overlapping) to the [`CleanResult`]:
//! disjoint removed spans, the kept spans between them, the repairs, and the
//! cleaned text, with every offset converted to code points.

use std::ops::Range;

use attache_model::{CharOffsets, CleanResult, Removal, Repair, Span};

use crate::rules::Cut;

/// Cuts sorted and merged: overlapping cuts become one, with the reason of the first.
fn merged(cuts: &[Cut]) -> Vec<Cut> {
    let mut sorted: Vec<Cut> = cuts
        .iter()
        .filter(|c| !c.range.is_empty())
        .cloned()
        .collect();
    sorted.sort_by_key(|c| (c.range.start, std::cmp::Reverse(c.range.end)));
    let mut out: Vec<Cut> = Vec::with_capacity(sorted.len());
    for cut in sorted {
        match out.last_mut() {
            Some(last) if cut.range.start < last.range.end => {
                last.range.end = last.range.end.max(cut.range.end);
            }
            _ => out.push(cut),
        }
    }
    out
}

/// The byte ranges between cuts that hold more than whitespace.
pub fn kept_ranges(text: &str, cuts: &[Cut]) -> Vec<Range<usize>> {
    let mut kept = Vec::new();
    let mut at = 0;
    for cut in merged(cuts)
        .iter()
        .map(|c| c.range.clone())
        .chain(std::iter::once(text.len()..text.len()))
    {
        if cut.start > at && !text[at..cut.start].trim().is_empty() {
            kept.push(at..cut.start);
        }
        at = at.max(cut.end);
    }
    kept
}

/// A separator where two kept ranges would otherwise glue words together:
/// a line break if one stood between them, else a space.
fn join_repairs(text: &str, kept: &[Range<usize>]) -> Vec<(usize, &'static str)> {
    kept.windows(2)
        .filter_map(|pair| {
            let (left, right) = (&pair[0], &pair[1]);
            let glued = !text[..left.end].ends_with(char::is_whitespace)
                && !text[right.start..].starts_with(char::is_whitespace);
            let separator = if text[left.end..right.start].contains('\n') {
                "\n"
            } else {
                " "
            };
            glued.then_some((right.start, separator))
        })
        .collect()
}

pub fn result(text: &str, cuts: &[Cut], kept: &[Range<usize>], glue: Vec<usize>) -> CleanResult {
    let mut repairs: Vec<(usize, &str)> = join_repairs(text, kept);
    repairs.extend(glue.into_iter().map(|at| (at, " ")));
    repairs.sort_unstable();
    repairs.dedup_by_key(|r| r.0);

    let mut cleaned = String::with_capacity(text.len());
    let mut next_repair = repairs.iter().peekable();
    for range in kept {
        let mut at = range.start;
        while let Some(&&(pos, insert)) = next_repair.peek() {
            if pos >= range.end {
                break;
            }
            cleaned.push_str(&text[at..pos]);
            cleaned.push_str(insert);
            at = pos;
            next_repair.next();
        }
        cleaned.push_str(&text[at..range.end]);
    }

    // Every offset converted in one forward pass over the text.
    let mut offsets = CharOffsets::new(text);
    let mut events: Vec<usize> = kept.iter().flat_map(|r| [r.start, r.end]).collect();
    let removed = merged(cuts);
    events.extend(removed.iter().flat_map(|c| [c.range.start, c.range.end]));
    events.extend(repairs.iter().map(|r| r.0));
    events.sort_unstable();
    events.dedup();
    let table: Vec<(usize, usize)> = events.iter().map(|&b| (b, offsets.char_of(b))).collect();
    let char_of = |byte: usize| table[table.partition_point(|&(b, _)| b < byte)].1;

    CleanResult {
        kept: kept
            .iter()
            .map(|r| Span::new(char_of(r.start), char_of(r.end)))
            .collect(),
        removed: removed
            .iter()
            .map(|c| Removal {
                start: char_of(c.range.start),
                end: char_of(c.range.end),
                reason: c.reason,
            })
            .collect(),
        repairs: repairs
            .iter()
            .map(|&(at, insert)| Repair {
                at: char_of(at),
                insert: insert.to_string(),
            })
            .collect(),
        text: cleaned,
    }
}
