//! PETRARCH actor dictionaries: a record is a primary phrase with an
//! optional `[CODE]`, `+` synonym lines, and TAB-indented code lines,
//! each with an optional date restriction — `[CODE <YYMMDD]` (before),
//! `[CODE >YYMMDD]` (after), `[CODE YYMMDD-YYMMDD]` (between, limits
//! included); an unrestricted code is the default. `[A/B]` gives several
//! codes; `[---]` names an actor that is not coded.

use super::codes::{actor_code, ActorCode, CodeScheme};
use super::syntax::{bracketed, content_lines, date, phrase};
use crate::actors::{DatedRole, Entry, EntryKind};

/// One record while it is read.
#[derive(Default)]
struct Record {
    line: usize,
    names: Vec<String>,
    defaults: Vec<ActorCode>,
    roles: Vec<DatedRole>,
    bad: bool,
}

/// The display form of a PETRARCH name: `MINAS TIRITH` → `Minas Tirith`;
/// a short all-capital word stays an acronym (`IMF`, `USA`).
pub fn display_name(written: &str) -> String {
    let phrase = phrase(written);
    if !phrase.contains(' ') && phrase.chars().count() <= 3 {
        return phrase;
    }
    let mut out = String::with_capacity(phrase.len());
    let mut start = true;
    for c in phrase.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

/// A code and the span it is held in (`None`: open).
type Held = (ActorCode, Option<String>, Option<String>);

/// A code restriction as written inside the brackets: `USAGOV`, `HOB <950601`,
/// `HOBGOV 19950601 - 19990815`, `VNMGOV >060627`.
fn code_and_dates(inside: &str, scheme: CodeScheme) -> Result<Vec<Held>, String> {
    let inside = inside.trim();
    let (code, restriction) = match inside.find(char::is_whitespace) {
        Some(at) => (&inside[..at], inside[at..].replace([' ', '\t'], "")),
        None => (inside, String::new()),
    };
    let (from, to) = if restriction.is_empty() {
        (None, None)
    } else if let Some(d) = restriction.strip_prefix('<') {
        (None, Some(date(d)?))
    } else if let Some(d) = restriction.strip_prefix('>') {
        (Some(date(d)?), None)
    } else if let Some((a, b)) = restriction.split_once('-') {
        (Some(date(a)?), Some(date(b)?))
    } else {
        // A lone date: from then on (`[USAGOV 19820101]`).
        (Some(date(&restriction)?), None)
    };
    if let (Some(a), Some(b)) = (&from, &to) {
        if a > b {
            return Err(format!("the range {a} – {b} ends before it starts"));
        }
    }
    code.split('/')
        .map(|c| {
            Ok((
                actor_code(&c.to_uppercase(), scheme)?,
                from.clone(),
                to.clone(),
            ))
        })
        .collect()
}

pub fn parse(text: &str, scheme: CodeScheme, problem: &mut dyn FnMut(usize, String)) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut record: Option<Record> = None;
    let finish = |record: Option<Record>, entries: &mut Vec<Entry>| {
        if let Some(r) = record {
            entries.extend(entries_of(r));
        }
    };
    for (n, line) in content_lines(text) {
        let indented = line.starts_with([' ', '\t']);
        let trimmed = line.trim();
        if indented && trimmed.starts_with('[') {
            let Some(r) = record.as_mut() else {
                problem(n, "a code line with no actor above it".into());
                continue;
            };
            match code_and_dates(bracketed(trimmed).unwrap_or(""), scheme) {
                Ok(codes) => {
                    for (code, from, to) in codes {
                        if from.is_none() && to.is_none() {
                            r.defaults.push(code);
                        } else {
                            r.roles.push(DatedRole { code, from, to });
                        }
                    }
                }
                Err(reason) => {
                    problem(n, reason);
                    r.bad = true;
                }
            }
            continue;
        }
        let synonym = trimmed.strip_prefix('+');
        if synonym.is_none() {
            finish(record.take(), &mut entries);
            record = Some(Record {
                line: n,
                ..Record::default()
            });
        }
        let Some(r) = record.as_mut() else {
            problem(n, "a synonym with no actor above it".into());
            continue;
        };
        let written = synonym.unwrap_or(trimmed);
        let name_part = written.split(['[', ';']).next().unwrap_or("").trim();
        if name_part.is_empty() {
            problem(n, "a line with no name".into());
            continue;
        }
        r.names.push(display_name(name_part));
        if let Some(inside) = bracketed(written) {
            match code_and_dates(inside, scheme) {
                Ok(codes) => r.defaults.extend(codes.into_iter().map(|(c, _, _)| c)),
                Err(reason) => {
                    problem(n, reason);
                    r.bad = true;
                }
            }
        }
    }
    finish(record.take(), &mut entries);
    entries
}

/// The entries of a record: one per name, all with its codes.
fn entries_of(record: Record) -> Vec<Entry> {
    if record.bad {
        return Vec::new();
    }
    let default = record.defaults.iter().find(|c| !c.is_empty()).cloned();
    if default.is_none() && record.roles.is_empty() {
        // `[---]`: known, and not coded.
        return Vec::new();
    }
    let code = default.clone().unwrap_or_default();
    let shape = default
        .as_ref()
        .or_else(|| record.roles.first().map(|r| &r.code))
        .cloned()
        .unwrap_or_default();
    let kind = if shape.igo.is_some() {
        EntryKind::Organisation
    } else if shape.country.is_some() && shape.sector.is_none() && record.roles.is_empty() {
        EntryKind::CountryName
    } else {
        // An office holder, a unit, a party: a named actor of a country.
        EntryKind::Institution
    };
    let _ = record.line;
    record
        .names
        .iter()
        .map(|name| Entry {
            country: code.country.clone(),
            igo: code.igo.clone(),
            sector: code.sector.clone(),
            roles: record.roles.clone(),
            also: record.defaults.iter().skip(1).cloned().collect(),
            ..Entry::new(name, kind)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str, scheme: CodeScheme) -> Vec<Entry> {
        let mut problems = Vec::new();
        let entries = parse(text, scheme, &mut |n, r| problems.push((n, r)));
        assert!(problems.is_empty(), "{problems:?}");
        entries
    }

    #[test]
    fn names_synonyms_and_codes() {
        let entries = parse_ok(
            "GONDOR [GON]\n+MINAS_TIRITH\n+ANORIEN\n\nENT\n\t[ENT]\nIMF [IGOIMF]\n",
            CodeScheme::Own,
        );
        let names: Vec<&str> = entries.iter().map(|e| e.surface.as_str()).collect();
        assert_eq!(names, ["Gondor", "Minas Tirith", "Anorien", "ENT", "IMF"]);
        assert_eq!(entries[1].country.as_deref(), Some("GON"));
        assert_eq!(entries[1].kind, EntryKind::CountryName);
        assert_eq!(entries[4].kind, EntryKind::Organisation);
    }

    #[test]
    fn dated_roles_apply_by_date() {
        let text = "NGUYEN_TAN_DUNG_  # CountryInfo.txt\n\t[VNMELI 670101-000101]\n\t[VNMGOV >060627]\n\t[VNMELI]\n";
        let entries = parse_ok(text, CodeScheme::Cameo);
        let dung = &entries[0];
        assert_eq!(dung.roles.len(), 2, "{dung:?}");
        assert_eq!(dung.surface, "Nguyen Tan Dung");
        assert_eq!(
            dung.role_on(Some("2010-03-01")).sector.as_deref(),
            Some("GOV")
        );
        assert_eq!(
            dung.role_on(Some("2003-03-01")).sector.as_deref(),
            Some("ELI")
        );
        assert_eq!(dung.role_on(None).sector.as_deref(), Some("ELI"));
        let gollum = "GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n";
        let entries = parse_ok(gollum, CodeScheme::Own);
        assert_eq!(
            entries[1].role_on(Some("1995-06-02")).sector.as_deref(),
            Some("GOV")
        );
        assert_eq!(
            entries[1].role_on(Some("2001-01-01")).sector.as_deref(),
            Some("REB")
        );
        assert_eq!(
            entries[1].role_on(Some("1990-01-01")).country.as_deref(),
            Some("HOB")
        );
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_loaded() {
        let mut problems = Vec::new();
        let text =
            "ARNOR [XXQ]\nLAOS [LAO]\nX\n\t[LAOGOV 951301]\nTHAILAND [THA]\n+SIAM\nBOROMIR [---]\n";
        let entries = parse(text, CodeScheme::Cameo, &mut |n, r| problems.push((n, r)));
        let names: Vec<&str> = entries.iter().map(|e| e.surface.as_str()).collect();
        assert_eq!(names, ["Laos", "Thailand", "Siam"]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].0, 1);
        assert_eq!(problems[1].0, 4);
    }
}
