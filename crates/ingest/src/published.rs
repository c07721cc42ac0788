//! Publication dates as EVENTS.md wants them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.

use std::sync::OnceLock;

use regex::Regex;

/// The leading calendar date of `raw` (an ISO timestamp is cut to its day),
/// or `None` when `raw` does not start with one.
pub fn normalize_published(raw: &str) -> Option<String> {
    static ISO_PREFIX: OnceLock<Regex> = OnceLock::new();
    let re = ISO_PREFIX.get_or_init(|| {
        Regex::new(r"^\s*(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?:$|[T\s])")
            .expect("valid regex")
    });
    let caps = re.captures(raw)?;
    let mut out = caps[1].to_string();
    for part in [caps.get(2), caps.get(3)].into_iter().flatten() {
        out.push('-');
        out.push_str(part.as_str());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_given() {
        assert_eq!(normalize_published("2019-07").as_deref(), Some("2019-07"));
        assert_eq!(normalize_published("2019").as_deref(), Some("2019"));
        assert_eq!(
            normalize_published("2022-06-05T10:00:00+07:00").as_deref(),
            Some("2022-06-05")
        );
        assert_eq!(normalize_published("05/06/2024"), None);
        assert_eq!(normalize_published("2019-13-01"), None);
    }
}
