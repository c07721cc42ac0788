//! Text matched literally inside a SQL `LIKE` pattern.

/// `text` with the `LIKE` wildcards `%` and `_` (and the escape `\` itself)
/// escaped, for a pattern written with `ESCAPE '\'`.
pub(crate) fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::literal;

    #[test]
    fn wildcards_are_escaped() {
        assert_eq!(literal("04"), "04");
        assert_eq!(literal("0%_\\"), "0\\%\\_\\\\");
    }
}
