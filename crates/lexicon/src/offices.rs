//! Who held the posts that matter, and when (`data/office_holders.tsv`):
//! fills country and sector for a known person, and names the holder of a
//! bare title on a known date.

use std::sync::OnceLock;

use crate::fold::{fold, fold_char};
use crate::tsv::{cell, records, values};

const OFFICE_HOLDERS: &str = include_str!("../data/office_holders.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeHolder {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
    pub sector: String,
    pub title_en: String,
    pub title_fr: String,
    /// `YYYY-MM-DD` (or a prefix of it).
    pub from: String,
    /// `None` while in office.
    pub to: Option<String>,
}

impl OfficeHolder {
    /// Whether the post was held on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`):
    /// compared on the common prefix, so a month or year overlapping the term counts.
    pub fn held_on(&self, date: &str) -> bool {
        held_within(Some(&self.from), self.to.as_deref(), date)
    }
}

/// Whether `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) falls from `from` to
/// `to` (`YYYY-MM-DD` or a prefix; `None` is open), limits included,
/// compared at the precision of `date`: a year or month overlapping the
/// span counts. (A date that is not one is cut on a character boundary,
/// never inside a character.)
pub(crate) fn held_within(from: Option<&str>, to: Option<&str>, date: &str) -> bool {
    // The first `len` characters (no allocation: this runs for every
    // holder of a title looked up).
    fn cut(s: &str, len: usize) -> &str {
        s.char_indices().nth(len).map_or(s, |(at, _)| &s[..at])
    }
    let len = date.chars().count().min(10);
    let date = cut(date, len);
    from.is_none_or(|f| cut(f, len) <= date) && to.is_none_or(|t| date <= cut(t, len))
}

pub fn office_holders() -> &'static [OfficeHolder] {
    static HOLDERS: OnceLock<Vec<OfficeHolder>> = OnceLock::new();
    HOLDERS.get_or_init(|| {
        records(OFFICE_HOLDERS)
            .filter(|r| r.len() >= 8)
            .map(|r| OfficeHolder {
                name: r[0].to_string(),
                aliases: values(&r, 7).into_iter().map(str::to_string).collect(),
                country: r[1].to_string(),
                sector: r[2].to_string(),
                title_en: r[3].to_string(),
                title_fr: r[4].to_string(),
                from: r[5].to_string(),
                to: cell(&r, 6).map(str::to_string),
            })
            .collect()
    })
}

/// The holder of the post `title` (French or English, compared folded) in
/// `country` on `date`, when exactly one is known.
pub fn holder_of(title: &str, country: &str, date: &str) -> Option<&'static OfficeHolder> {
    let wanted = fold(title);
    // Each holder's titles are folded as they are compared, not copied.
    let is_wanted = |title: &str| title.chars().map(fold_char).eq(wanted.chars());
    let mut found = office_holders().iter().filter(|h| {
        h.country == country
            && (is_wanted(&h.title_fr) || is_wanted(&h.title_en))
            && h.held_on(date)
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_compared_at_the_precision_of_the_date() {
        let holder = OfficeHolder {
            name: "A".into(),
            aliases: vec![],
            country: "VNM".into(),
            sector: "MIL".into(),
            title_en: "Minister of National Defence".into(),
            title_fr: "ministre de la Défense".into(),
            from: "2016-04-09".into(),
            to: Some("2021-04-08".into()),
        };
        assert!(holder.held_on("2019-07-01"));
        assert!(holder.held_on("2021"));
        assert!(holder.held_on("2016-04"));
        assert!(!holder.held_on("2021-05-01"));
        assert!(!holder.held_on("2015"));
        // Not a date: compared as text, no panic.
        assert!(!holder.held_on("été 2019 é"));
    }

    #[test]
    fn the_defence_minister_of_vietnam_in_2019() {
        let holder = holder_of("ministre de la Défense", "VNM", "2019-07-02").unwrap();
        assert_eq!(holder.name, "Ngo Xuan Lich");
        assert_eq!(
            holder_of("Minister of National Defence", "VNM", "2023")
                .unwrap()
                .name,
            "Phan Van Giang"
        );
    }
}
