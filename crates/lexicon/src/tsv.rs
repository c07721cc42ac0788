//! Reading the lexicon's TSV files (format in `data/README.md`): `#` lines
//! are comments, cells are TAB-separated, `-` is an empty cell, `|`
//! separates the values of a multi-valued cell.

/// The records of a data file, each a vector of cells.
pub fn records(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// A single-valued cell: `None` for `-`.
pub fn cell(record: &[&'static str], i: usize) -> Option<&'static str> {
    record
        .get(i)
        .copied()
        .filter(|c| *c != "-" && !c.is_empty())
}

/// A multi-valued cell: empty for `-`.
pub fn values(record: &[&'static str], i: usize) -> Vec<&'static str> {
    cell(record, i)
        .map(|c| c.split('|').collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_values() {
        let rows: Vec<_> = records("# header\n#a\tb\nx\ty|z\n-\t-\n").collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(values(&rows[0], 1), ["y", "z"]);
        assert_eq!(cell(&rows[1], 0), None);
        assert!(values(&rows[1], 1).is_empty());
    }
}
