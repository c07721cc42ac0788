//! PETRARCH agent dictionaries: words for what an actor is (`PRESIDENT
//! [~GOV]`, `TROOPS {} [~MIL]`), read as titles whose country the text
//! gives. `{…}` lists irregular plurals (`{}`: none); otherwise the
//! regular plural is made. `!MARKER! = A, B` defines a substitution used
//! as `CONGRESS!PERSON!`. A code written `NGO~` (before the actor's)
//! names an organisation of that kind.
//!
//! PETRARCH lets a blank between two words stand for any words between
//! them; here a phrase's words are consecutive.

use std::collections::HashMap;

use super::codes::{role_code, CodeScheme};
use super::syntax::{bracketed, content_lines, phrase, plural};
use crate::actors::{Entry, EntryKind};

pub fn parse(text: &str, scheme: CodeScheme, problem: &mut dyn FnMut(usize, String)) -> Vec<Entry> {
    let mut markers: HashMap<String, Vec<String>> = HashMap::new();
    let mut entries = Vec::new();
    for (n, line) in content_lines(text) {
        let line = line.trim();
        // `!PERSON! = MAN, MEN`: a substitution marker's words.
        if line.starts_with('!') && !line.contains('[') {
            match line.split_once('=') {
                Some((marker, list)) => {
                    markers.insert(
                        marker.trim().to_string(),
                        list.split(',').map(|w| w.trim().to_string()).collect(),
                    );
                }
                None => problem(n, "a substitution marker needs `= word, word`".into()),
            }
            continue;
        }
        let Some(code) = bracketed(line) else {
            problem(n, "an agent needs a code in brackets (`[~GOV]`)".into());
            continue;
        };
        let code = code.replace(' ', "");
        let (role, prefix) = if let Some(role) = code.strip_prefix('~') {
            (role.to_string(), false)
        } else if let Some(role) = code.strip_suffix('~') {
            (role.to_string(), true)
        } else {
            problem(n, format!("agent code `{code}` has no `~`"));
            continue;
        };
        if let Err(reason) = role_code(&role, scheme) {
            problem(n, reason);
            continue;
        }
        let head = line[..line.find(['{', '[']).unwrap_or(line.len())].trim();
        let plurals: Option<Vec<String>> = line
            .find('{')
            .and_then(|open| {
                line[open + 1..]
                    .find('}')
                    .map(|close| (open, open + 1 + close))
            })
            .map(|(open, close)| {
                line[open + 1..close]
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            });
        let forms = match expand_markers(head, &markers) {
            Ok(expanded) if expanded.len() > 1 || head.contains('!') => expanded,
            Ok(single) => {
                let mut forms = single;
                match plurals {
                    Some(list) => forms.extend(list),
                    None => {
                        let last_word_plural = {
                            let words: Vec<&str> = forms[0].split(['_', ' ']).collect();
                            let (last, rest) = words.split_last().expect("a non-empty phrase");
                            let mut w: Vec<String> = rest.iter().map(|s| s.to_string()).collect();
                            w.push(plural(last));
                            w.join("_")
                        };
                        forms.push(last_word_plural);
                    }
                }
                forms
            }
            Err(reason) => {
                problem(n, reason);
                continue;
            }
        };
        for form in forms {
            let surface = phrase(&form).to_lowercase();
            if surface.is_empty() {
                continue;
            }
            entries.push(if prefix {
                Entry {
                    igo: Some(role.clone()),
                    ..Entry::new(&surface, EntryKind::Organisation)
                }
            } else {
                Entry {
                    sector: Some(role[..role.len().min(3)].to_string()),
                    ..Entry::new(&surface, EntryKind::Title)
                }
            });
        }
    }
    entries
}

/// `!MINST!_OF_SILLY_WALKS` → one phrase per word of `!MINST!`.
fn expand_markers(
    head: &str,
    markers: &HashMap<String, Vec<String>>,
) -> Result<Vec<String>, String> {
    let Some(open) = head.find('!') else {
        return Ok(vec![head.to_string()]);
    };
    let close = open
        + 1
        + head[open + 1..]
            .find('!')
            .ok_or_else(|| "an unclosed `!` marker".to_string())?;
    let marker = &head[open..=close];
    let words = markers
        .get(marker)
        .ok_or_else(|| format!("marker `{marker}` is used before it is defined"))?;
    let mut out = Vec::new();
    for word in words {
        let replaced = format!("{}{}{}", &head[..open], word, &head[close + 1..]);
        out.extend(expand_markers(&replaced, markers)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agents_with_plurals_and_markers() {
        let text = "!PERSON! = MAN, MEN\n!MINST! = MINISTER, MINISTRY\nPRESIDENT [~GOV]\nTROOPS {}  [~MIL]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_DEFENSE [~MIL]\nHUMAN_RIGHTS_BODY  [NGO~]\nPOLICY [~GOV]\n";
        let mut problems = Vec::new();
        let entries = parse(text, CodeScheme::Cameo, &mut |n, r| problems.push((n, r)));
        assert!(problems.is_empty(), "{problems:?}");
        let forms: Vec<&str> = entries.iter().map(|e| e.surface.as_str()).collect();
        assert_eq!(
            forms,
            [
                "president",
                "presidents",
                "troops",
                "attorney general",
                "attorneys general",
                "congressman",
                "congressmen",
                "minister of defense",
                "ministry of defense",
                "human rights body",
                "human rights bodies",
                "policy",
                "policies"
            ]
        );
        assert_eq!(entries[0].sector.as_deref(), Some("GOV"));
        assert_eq!(entries[9].kind, EntryKind::Organisation);
    }

    #[test]
    fn unknown_roles_and_missing_codes_are_reported() {
        let mut problems = Vec::new();
        let entries = parse(
            "GOLDEN_GOOSE [~GGS]\nNOCODE\nSAILOR [~MIL]\n",
            CodeScheme::Cameo,
            &mut |n, r| problems.push((n, r)),
        );
        assert_eq!(entries.len(), 2);
        assert_eq!(problems.iter().map(|p| p.0).collect::<Vec<_>>(), [1, 2]);
        let entries = parse(
            "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n",
            CodeScheme::Own,
            &mut |_, _| {},
        );
        assert_eq!(entries[1].surface, "golden geese");
    }
}
