//! attache's own dictionary format: aliases, persons and organisations a
//! user adds without rebuilding attache. A TSV file, one entry per line,
//! `#` lines ignored, `-` for an empty cell:
//!
//! Columns, separated by one TAB (shown here as `→`):
//!
//! ```text
//! #surface → kind → country → igo → sector → name → title
//! Lê Văn Thành → person → VNM → - → MIL → Le Van Thanh → commandant de la région militaire 7
//! Bộ Quốc phòng → institution → VNM → - → MIL → - → -
//! MINUAD → organisation → - → UNAMID → IGO → - → -
//! ```
//!
//! `kind` is one of `country_name`, `country_adjective`, `capital`,
//! `organisation`, `institution`, `title`, `rank`, `person`, `place`,
//! `occasion`.

use crate::actors::{Entry, EntryKind};

const COLUMNS: usize = 7;

/// The entries of a TSV dictionary; a bad line goes to `problem`.
pub fn parse(text: &str, problem: &mut dyn FnMut(usize, String)) -> Vec<Entry> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() != COLUMNS {
            problem(
                i + 1,
                format!(
                    "expected {COLUMNS} tab-separated cells, found {}",
                    cells.len()
                ),
            );
            continue;
        }
        let Some(kind) = EntryKind::from_name(cells[1]) else {
            problem(i + 1, format!("unknown kind `{}`", cells[1]));
            continue;
        };
        if cells[0].is_empty() || cells[0] == "-" {
            problem(i + 1, "empty surface form".into());
            continue;
        }
        let value =
            |i: usize| (cells[i] != "-" && !cells[i].is_empty()).then(|| cells[i].to_string());
        entries.push(Entry {
            country: value(2),
            igo: value(3),
            sector: value(4),
            name: value(5).or_else(|| (kind == EntryKind::Person).then(|| cells[0].to_string())),
            title: value(6),
            ..Entry::new(cells[0], kind)
        });
    }
    entries
}

/// Parses a TSV dictionary, failing on its first bad line.
pub fn parse_user_dictionary(
    text: &str,
    source_name: &str,
) -> Result<Vec<Entry>, super::DictionaryError> {
    let mut first = None;
    let entries = parse(text, &mut |line, reason| {
        first.get_or_insert(super::DictionaryError {
            source_name: source_name.to_string(),
            line,
            reason,
        });
    });
    first.map_or(Ok(entries), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_errors() {
        let text = "#surface\tkind\tcountry\tigo\tsector\tname\ttitle\nLê Văn Thành\tperson\tVNM\t-\tMIL\tLe Van Thanh\t-\n";
        let entries = parse_user_dictionary(text, "my.tsv").unwrap();
        assert_eq!(entries[0].name.as_deref(), Some("Le Van Thanh"));
        assert_eq!(entries[0].kind, EntryKind::Person);
        let err = parse_user_dictionary("x\tthing\t-\t-\t-\t-\t-", "my.tsv").unwrap_err();
        assert_eq!(err.to_string(), "my.tsv:1: unknown kind `thing`");
        assert!(parse_user_dictionary("x\tperson", "d")
            .unwrap_err()
            .reason
            .contains("expected 7"));
    }

    #[test]
    fn a_bad_line_does_not_lose_the_others() {
        let mut problems = Vec::new();
        let entries = parse(
            "a\tthing\t-\t-\t-\t-\t-\nb\tcountry_name\tLAO\t-\t-\t-\t-\n",
            &mut |n, r| problems.push((n, r)),
        );
        assert_eq!(entries.len(), 1);
        assert_eq!(problems[0].0, 1);
    }
}
