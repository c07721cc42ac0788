//! Date compatibility (EVENTS.md §4): a gold date of null matches anything;
//! otherwise both dates are day intervals that must overlap, and where
//! either side has an unknown year (`XXXX`) only month and day are compared.

use attache_model::DateSpan;

/// Whether a system date is compatible with a gold date.
pub fn compatible(gold: Option<&str>, system: Option<&str>) -> bool {
    let Some(gold) = gold else { return true };
    match (DateSpan::parse(gold), system.and_then(DateSpan::parse)) {
        (Some(g), Some(s)) => g.overlaps(&s, 0),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compatibility_cases() {
        let cases = [
            (None, None, true),
            (Some("2019-07-02"), None, false),
            (Some("2019-07-02"), Some("2019-07-02"), true),
            (Some("2019-07-02"), Some("2019-07-03"), false),
            (Some("2019-07"), Some("2019-07-31"), true),
            (Some("2019"), Some("2019-12"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-03"), true),
            (Some("2019-07-01/2019-07-04"), Some("2019-07-05"), false),
            (Some("XXXX-05-05"), Some("2024-05-05"), true),
            (Some("2024-05-05"), Some("XXXX-05-06"), false),
            (Some("2020-02"), Some("XXXX-02-29"), true),
            (Some("2019-07-02"), Some("garbage"), false),
        ];
        for (gold, system, expected) in cases {
            assert_eq!(compatible(gold, system), expected, "{gold:?} vs {system:?}");
        }
    }
}
