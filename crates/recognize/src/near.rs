//! Lookups among spans sorted by start, so that each costs a binary search
//! and the few spans nearby, not a walk over the whole document: what keeps
//! recognition linear in the length of a long text (issue 14).

use std::ops::Range;

/// How far (in code points) a title, its complement or an apposition may
/// lie from the name it belongs to. A gap longer than this holds more than
/// the few link words or the short phrase the persons pass accepts.
pub const MAX_GAP: usize = 1_000;

/// Spans sorted by start, with the length of the longest, so that those
/// overlapping a range are found from a binary search.
pub struct ByStart<'a, T> {
    items: &'a [T],
    span: fn(&T) -> Range<usize>,
    longest: usize,
}

impl<'a, T> ByStart<'a, T> {
    /// `items` must be sorted by the start of `span`.
    pub fn new(items: &'a [T], span: fn(&T) -> Range<usize>) -> Self {
        let longest = items.iter().map(|x| span(x).len()).max().unwrap_or(0);
        debug_assert!(items
            .windows(2)
            .all(|w| span(&w[0]).start <= span(&w[1]).start));
        ByStart {
            items,
            span,
            longest,
        }
    }

    /// The index of the first item starting at or after `at`.
    pub fn first_from(&self, at: usize) -> usize {
        self.items.partition_point(|x| (self.span)(x).start < at)
    }

    /// The items that start at `from` or later and before `to`, in order.
    pub fn starting_in(&self, from: usize, to: usize) -> &'a [T] {
        let (i, j) = (self.first_from(from), self.first_from(to));
        &self.items[i..j.max(i)]
    }

    /// The items that overlap `range` (share a code point with it).
    pub fn overlapping(&self, range: Range<usize>) -> impl Iterator<Item = &'a T> + '_ {
        let from = range.start.saturating_sub(self.longest);
        self.starting_in(from, range.end).iter().filter(move |x| {
            let s = (self.span)(x);
            s.start < range.end && range.start < s.end
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_spans_are_found_by_binary_search() {
        let spans = [0..2, 1..10, 4..5, 6..8, 12..13];
        let by = ByStart::new(&spans, Range::clone);
        let found: Vec<_> = by.overlapping(7..12).cloned().collect();
        assert_eq!(found, [1..10, 6..8]);
        assert_eq!(by.starting_in(1, 6), &spans[1..3]);
        assert_eq!(by.first_from(13), 5);
    }
}
