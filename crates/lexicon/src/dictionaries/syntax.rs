//! What PETRARCH's dictionary files share: `#` comments to the end of the
//! line, `<!-- … -->` header blocks, blank lines, `[CODE …]` brackets,
//! `_` joining the words of a phrase, six- or eight-digit dates, and
//! regular English plurals.

/// The lines that carry content, numbered from 1, comments removed (the
/// leading whitespace kept: an indented `[CODE date]` line belongs to the
/// record above it).
pub fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut in_block = false;
    text.lines().enumerate().filter_map(move |(i, line)| {
        let trimmed = line.trim_start();
        if in_block {
            in_block = !line.contains("-->");
            return None;
        }
        if trimmed.starts_with("<!--") {
            in_block = !line.contains("-->");
            return None;
        }
        let content = match line.find('#') {
            Some(at) => &line[..at],
            None => line,
        };
        let content = content.trim_end();
        (!content.trim().is_empty()).then_some((i + 1, content))
    })
}

/// The text inside the first `[…]` of a line.
pub fn bracketed(line: &str) -> Option<&str> {
    let open = line.find('[')?;
    let close = open + line[open..].find(']')?;
    Some(line[open + 1..close].trim())
}

/// A phrase as written (`MINAS_TIRITH`, `CARAS GALADHON`) in text form:
/// underscores and runs of blanks become one space; a trailing `_` (no
/// stemming) is dropped.
pub fn phrase(written: &str) -> String {
    written
        .split(['_', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A date as PETRARCH writes it, `YYMMDD` or `YYYYMMDD`, as `YYYY-MM-DD`.
/// Two-digit years below 30 are 20YY, others 19YY, as PETRARCH reads them.
pub fn date(written: &str) -> Result<String, String> {
    let digits = written.trim();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{digits}` is not a date (YYMMDD or YYYYMMDD)"));
    }
    let (year, rest) = match digits.len() {
        6 => {
            let yy: u32 = digits[..2].parse().map_err(|_| "bad year".to_string())?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &digits[2..])
        }
        8 => (
            digits[..4].parse().map_err(|_| "bad year".to_string())?,
            &digits[4..],
        ),
        _ => return Err(format!("`{digits}` is not a date (YYMMDD or YYYYMMDD)")),
    };
    let month: u32 = rest[..2].parse().unwrap_or(0);
    let day: u32 = rest[2..].parse().unwrap_or(0);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(format!(
            "`{digits}` is not a date: month {month}, day {day}"
        ));
    }
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

/// Regular plurals as PETRARCH makes them: `+S`, `Y` → `IES`, `SS` → `ES`
/// (and `S`, `X`, `CH`, `SH` → `ES`, which English needs too).
pub fn plural(word: &str) -> String {
    let upper = word.to_uppercase();
    let lower = word.chars().last().is_some_and(char::is_lowercase);
    let ending = if upper.ends_with('Y')
        && !upper.ends_with("AY")
        && !upper.ends_with("EY")
        && !upper.ends_with("OY")
    {
        return format!(
            "{}{}",
            &word[..word.len() - 1],
            if lower { "ies" } else { "IES" }
        );
    } else if ["S", "X", "CH", "SH"].iter().any(|e| upper.ends_with(e)) {
        "ES"
    } else {
        "S"
    };
    format!(
        "{word}{}",
        if lower {
            ending.to_lowercase()
        } else {
            ending.to_string()
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_header_blocks_are_skipped() {
        let text = "<!-- HEAD -->\n<!--\n# note\n-->\nA [X] # why\n\n# only\n\t[Y 950101]\n";
        let lines: Vec<_> = content_lines(text).collect();
        assert_eq!(lines, [(5, "A [X]"), (8, "\t[Y 950101]")]);
    }

    #[test]
    fn dates_phrases_and_plurals() {
        assert_eq!(date("060627").unwrap(), "2006-06-27");
        assert_eq!(date("950601").unwrap(), "1995-06-01");
        assert_eq!(date("19950601").unwrap(), "1995-06-01");
        assert!(date("951301").is_err());
        assert!(date("95-06").is_err());
        assert_eq!(phrase("MINAS_TIRITH_"), "MINAS TIRITH");
        assert_eq!(phrase("CARAS  GALADHON"), "CARAS GALADHON");
        assert_eq!(plural("POLICY"), "POLICIES");
        assert_eq!(plural("BOSS"), "BOSSES");
        assert_eq!(plural("ENVOY"), "ENVOYS");
        assert_eq!(plural("MINISTER"), "MINISTERS");
    }
}
