//! User dictionaries: aliases, persons and organisations a user adds without
//! rebuilding attache. A TSV file, one entry per line, `#` lines ignored,
//! `-` for an empty cell:
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
//! `organisation`, `institution`, `title`, `rank`, `person`.

use crate::actors::{Entry, EntryKind};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{source_name}:{line}: {reason}")]
pub struct DictionaryError {
    pub source_name: String,
    pub line: usize,
    pub reason: String,
}

const COLUMNS: usize = 7;

/// Parses a user dictionary; `source_name` names it in errors.
pub fn parse_user_dictionary(text: &str, source_name: &str) -> Result<Vec<Entry>, DictionaryError> {
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let error = |reason: String| DictionaryError {
            source_name: source_name.to_string(),
            line: i + 1,
            reason,
        };
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.len() != COLUMNS {
            return Err(error(format!(
                "expected {COLUMNS} tab-separated cells, found {}",
                cells.len()
            )));
        }
        let kind = EntryKind::from_name(cells[1])
            .ok_or_else(|| error(format!("unknown kind `{}`", cells[1])))?;
        let value =
            |i: usize| (cells[i] != "-" && !cells[i].is_empty()).then(|| cells[i].to_string());
        if cells[0].is_empty() || cells[0] == "-" {
            return Err(error("empty surface form".into()));
        }
        entries.push(Entry {
            country: value(2),
            igo: value(3),
            sector: value(4),
            name: value(5).or_else(|| (kind == EntryKind::Person).then(|| cells[0].to_string())),
            title: value(6),
            ..Entry::new(cells[0], kind)
        });
    }
    Ok(entries)
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
}
