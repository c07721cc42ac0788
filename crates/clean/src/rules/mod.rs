//! The cleaning rules, one family per module. Each adds byte ranges to cut,
//! with a reason; later families see what earlier ones cut.

mod boilerplate;
mod caption;
mod duplicate;
mod teaser;

use std::ops::Range;

use attache_model::RemovalReason;

use crate::layout::Layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub range: Range<usize>,
    pub reason: RemovalReason,
}

impl Cut {
    pub fn new(range: Range<usize>, reason: RemovalReason) -> Cut {
        Cut { range, reason }
    }
}

/// Every cut the rules find in `text`, unsorted and possibly overlapping.
pub fn find_cuts(text: &str, layout: &Layout) -> Vec<Cut> {
    let mut cuts = Vec::new();
    teaser::cut_blocks_and_links(text, layout, &mut cuts);
    teaser::cut_story_after_signoff(text, layout, &mut cuts);
    boilerplate::cut(text, layout, &mut cuts);
    caption::cut(text, layout, &mut cuts);
    teaser::cut_headline_lists(text, layout, &mut cuts);
    duplicate::cut(text, layout, &mut cuts);
    cuts
}

/// Whether `range` lies wholly inside one of `cuts`.
pub fn already_cut(cuts: &[Cut], range: &Range<usize>) -> bool {
    cuts.iter()
        .any(|c| c.range.start <= range.start && range.end <= c.range.end)
}

/// The number of words of `s`, counted no further than `cap + 1`: rules only
/// ask whether a line is short, and lines can be whole paragraphs.
pub fn word_count(s: &str, cap: usize) -> usize {
    s.split_whitespace().take(cap + 1).count()
}

/// A regex compiled once, on first use; the patterns in this crate are
/// literals, checked by the tests that exercise each rule.
macro_rules! regex {
    ($pattern:literal) => {{
        static RE: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect("valid pattern"));
        &*RE
    }};
}
pub(crate) use regex;
