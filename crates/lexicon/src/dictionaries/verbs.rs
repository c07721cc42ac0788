//! PETRARCH verb dictionaries: synonym sets (`&LABEL` then `+WORD` lines),
//! then verb blocks. A block opens with `--- NAME [CODE] ---` (the code of
//! its verbs alone; `---` for none, `A:B` for an event and its reverse),
//! lists its verbs (`HURRY {HURRIES HURRIED …} [CODE]`, multi-word verbs
//! with `+` on the verb: `+CORDON_OFF`, `WIRE_+TAP`), then its patterns,
//! which every verb of the block shares:
//!
//! ```text
//! - [words before] * [words after] [CODE]
//! ```
//!
//! `*` is the verb; `$` the source, `+` the target, `%` a compound actor
//! (both sides), `^` a skipped phrase; `&LABEL` any word of a synset;
//! `_` joins consecutive words, a blank allows words between;
//! `{A B}` is a phrase of consecutive words and `(FOR {A B})` a
//! prepositional phrase (PETRARCH-2's syntax). Transformation lines
//! (`~ …`) are not read: they are reported and skipped.

use std::collections::HashMap;
use std::sync::Arc;

use super::syntax::{bracketed, content_lines, phrase, plural};

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternWord {
    /// A word or any of a synset's (lowercase; a phrase of a synset is
    /// given by its last word, its head). `adjacent`: joined to the
    /// element before by `_`.
    /// The options are shared by every pattern naming the synset.
    Word {
        options: Arc<[String]>,
        adjacent: bool,
    },
    /// The verb: its base form and the irregular forms the dictionary gives.
    Verb {
        lemma: String,
        forms: Arc<[String]>,
        adjacent: bool,
    },
    /// `$`
    Source,
    /// `+`
    Target,
    /// `%`
    Compound,
    /// `^`
    Skip,
}

/// A verb with a pattern, or alone, and its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbPattern {
    pub line: usize,
    pub words: Vec<PatternWord>,
    /// `---` (no event: the phrase takes its words and codes nothing), or
    /// the code as written (codes outside EVENTS.md pass through).
    pub code: String,
    /// The code of the reverse event (`[032:033]`: the target's 033).
    pub reverse: Option<String>,
}

impl VerbPattern {
    /// The verb's base form.
    pub fn verb(&self) -> &str {
        self.words
            .iter()
            .find_map(|w| match w {
                PatternWord::Verb { lemma, .. } => Some(lemma.as_str()),
                _ => None,
            })
            .unwrap_or("")
    }
}

/// A verb of a block.
#[derive(Debug, Clone)]
struct Verb {
    line: usize,
    /// The verb's words (the verb among them) as pattern elements.
    words: Vec<PatternWord>,
    code: Option<(String, Option<String>)>,
}

fn is_code(code: &str) -> bool {
    code == "---" || (matches!(code.len(), 3 | 4) && code.bytes().all(|b| b.is_ascii_digit()))
}

/// `032:033` → (`032`, `033`).
fn codes(written: &str) -> Result<(String, Option<String>), String> {
    let written = written.trim();
    // `[:190]`: no event of the source, the target's in return.
    let (code, reverse) = match written.split_once(':') {
        Some(("", b)) => ("---", Some(b.trim())),
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (written, None),
    };
    if !is_code(code) || reverse.is_some_and(|r| !is_code(r)) {
        return Err(format!(
            "`{written}` is not an event code (three or four digits, or ---)"
        ));
    }
    Ok((
        code.to_string(),
        reverse.filter(|r| *r != "---").map(str::to_string),
    ))
}

/// The verb of `WIRE_+TAP` / `+CORDON_OFF` / `HOST`: its words, the verb
/// marked by `+` (or the only word).
fn verb_words(written: &str, forms: &[&str]) -> Result<Vec<PatternWord>, String> {
    let parts: Vec<&str> = written.split('_').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return Err("a verb line with no verb".into());
    }
    let at = parts.iter().position(|p| p.starts_with('+')).unwrap_or(0);
    let verb_forms: Arc<[String]> = forms
        .iter()
        .filter_map(|f| {
            let ps: Vec<&str> = f.split('_').filter(|p| !p.is_empty()).collect();
            let form = ps.iter().find(|p| p.starts_with('+')).or(ps.first())?;
            Some(form.trim_start_matches('+').to_lowercase())
        })
        .collect();
    Ok(parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let word = p.trim_start_matches('+').to_lowercase();
            if i == at {
                PatternWord::Verb {
                    lemma: word,
                    forms: verb_forms.clone(),
                    adjacent: i > 0,
                }
            } else {
                PatternWord::Word {
                    options: Arc::from([word]),
                    adjacent: i > 0,
                }
            }
        })
        .collect())
}

/// The elements of a pattern's body (between `-` and the code), `*` left
/// as [`PatternWord::Verb`] with an empty lemma for the verb to fill.
fn pattern_words(
    body: &str,
    synsets: &HashMap<String, Arc<[String]>>,
) -> Result<Vec<PatternWord>, String> {
    // `{A B}` is consecutive words; `(P X)` only groups.
    let mut flat = String::with_capacity(body.len());
    let mut in_braces = false;
    for c in body.chars() {
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            '(' | ')' => flat.push(' '),
            ' ' | '\t' if in_braces => flat.push('_'),
            c => flat.push(c),
        }
    }
    let mut words = Vec::new();
    for token in flat.split_whitespace() {
        for (i, part) in token.split('_').filter(|p| !p.is_empty()).enumerate() {
            let adjacent = i > 0;
            words.push(match part {
                "*" => PatternWord::Verb {
                    lemma: String::new(),
                    forms: Arc::from([]),
                    adjacent,
                },
                "$" => PatternWord::Source,
                "+" => PatternWord::Target,
                "%" => PatternWord::Compound,
                "^" => PatternWord::Skip,
                label if label.starts_with('&') => {
                    let members = synsets
                        .get(label.trim_end_matches('_'))
                        .ok_or_else(|| format!("synset `{label}` is not defined before its use"))?;
                    PatternWord::Word {
                        options: Arc::clone(members),
                        adjacent,
                    }
                }
                word if word
                    .chars()
                    .all(|c| c.is_alphanumeric() || "'-.,".contains(c)) =>
                {
                    PatternWord::Word {
                        options: Arc::from([word.to_lowercase()]),
                        adjacent,
                    }
                }
                other => return Err(format!("`{other}` is not a word of a pattern")),
            });
        }
    }
    let verbs = words
        .iter()
        .filter(|w| matches!(w, PatternWord::Verb { .. }))
        .count();
    if verbs != 1 {
        return Err(format!("a pattern needs one `*` (the verb), found {verbs}"));
    }
    Ok(words)
}

/// The members of a synset line (`+WORD`, `+TWO_WORDS`, `+&OTHER`), with
/// regular plurals unless `no_plurals` or the member ends with `_`.
fn synset_members(
    written: &str,
    no_plurals: bool,
    synsets: &HashMap<String, Arc<[String]>>,
) -> Result<Vec<String>, String> {
    if written.starts_with('&') {
        return synsets
            .get(written.trim_end_matches('_'))
            .map(|m| m.to_vec())
            .ok_or_else(|| format!("synset `{written}` is not defined before its use"));
    }
    let head = phrase(written).to_lowercase();
    let head = head.rsplit(' ').next().unwrap_or("").to_string();
    if head.is_empty() {
        return Err("an empty synset member".into());
    }
    let mut members = vec![head.clone()];
    if !no_plurals && !written.ends_with('_') {
        members.push(plural(&head));
    }
    Ok(members)
}

/// A code and its reverse (`032:033`).
type Codes = (String, Option<String>);

/// A pattern of a block: its line, its words (`*` to fill) and codes.
type BlockPattern = (usize, Vec<PatternWord>, Codes);

struct Block {
    code: Codes,
    verbs: Vec<Verb>,
    patterns: Vec<BlockPattern>,
}

pub fn parse(text: &str, problem: &mut dyn FnMut(usize, String)) -> Vec<VerbPattern> {
    // Synsets as they are filled, each shared once read.
    let mut filling: HashMap<String, Vec<String>> = HashMap::new();
    let mut synsets: HashMap<String, Arc<[String]>> = HashMap::new();
    // The synset being filled: its label and whether it makes plurals.
    let mut synset: Option<(String, bool)> = None;
    let mut block: Option<Block> = None;
    let mut out = Vec::new();
    for (n, line) in content_lines(text) {
        let trimmed = line.trim();
        if trimmed.starts_with("---") {
            synset = None;
            if let Some(b) = block.take() {
                emit(b, &mut out);
            }
            let code = match bracketed(trimmed).map(codes) {
                Some(Ok(code)) => code,
                Some(Err(reason)) => {
                    problem(n, reason);
                    ("---".to_string(), None)
                }
                None => ("---".to_string(), None),
            };
            block = Some(Block {
                code,
                verbs: Vec::new(),
                patterns: Vec::new(),
            });
            continue;
        }
        if let Some(label) = trimmed.strip_prefix('&') {
            let label = label.split_whitespace().next().unwrap_or("");
            let no_plurals = label.ends_with('_');
            let label = format!("&{}", label.trim_end_matches('_'));
            filling.entry(label.clone()).or_default();
            synsets.insert(label.clone(), Arc::from([]));
            synset = Some((label, !no_plurals));
            continue;
        }
        if trimmed.starts_with('~') {
            problem(
                n,
                "transformations (`~`) are not supported; line skipped".into(),
            );
            continue;
        }
        if let (Some((label, plurals)), Some(member)) = (&synset, trimmed.strip_prefix('+')) {
            match synset_members(member.trim(), !plurals, &synsets) {
                Ok(members) => {
                    let all = filling.entry(label.clone()).or_default();
                    all.extend(members);
                    synsets.insert(label.clone(), Arc::from(all.as_slice()));
                }
                Err(reason) => problem(n, reason),
            }
            continue;
        }
        synset = None;
        let Some(b) = block.as_mut() else {
            problem(
                n,
                "a line outside any verb block (`--- NAME [CODE] ---`)".into(),
            );
            continue;
        };
        let code_part = trimmed.rfind('[').map(|at| &trimmed[at..]);
        let code = match code_part.and_then(bracketed).map(codes) {
            Some(Ok(code)) => Some(code),
            Some(Err(reason)) => {
                problem(n, reason);
                continue;
            }
            None => None,
        };
        let body = trimmed[..trimmed.rfind('[').unwrap_or(trimmed.len())].trim();
        if let Some(pattern) = body.strip_prefix('-') {
            let Some(code) = code else {
                problem(n, "a pattern needs a code (`[040]`)".into());
                continue;
            };
            match pattern_words(pattern, &synsets) {
                Ok(words) => b.patterns.push((n, words, code)),
                Err(reason) => problem(n, reason),
            }
            continue;
        }
        // A verb: `HURRY {HURRIES HURRYING HURRIED}`.
        let (written, forms) = match body.find('{') {
            Some(open) => {
                let close = body[open..].find('}').map_or(body.len(), |c| open + c);
                (
                    body[..open].trim(),
                    body[open + 1..close].split_whitespace().collect::<Vec<_>>(),
                )
            }
            None => (body, Vec::new()),
        };
        // `LASH OUT` is written for `LASH_OUT` too.
        let written = written.split_whitespace().collect::<Vec<_>>().join("_");
        match verb_words(&written, &forms) {
            Ok(words) => b.verbs.push(Verb {
                line: n,
                words,
                code,
            }),
            Err(reason) => problem(n, reason),
        }
    }
    if let Some(b) = block.take() {
        emit(b, &mut out);
    }
    out
}

/// The patterns of a block, for each of its verbs: the verb alone (unless
/// its code is `---`), then each pattern with `*` replaced by the verb.
fn emit(block: Block, out: &mut Vec<VerbPattern>) {
    for verb in &block.verbs {
        let (code, reverse) = verb.code.clone().unwrap_or_else(|| block.code.clone());
        if code != "---" {
            out.push(VerbPattern {
                line: verb.line,
                words: verb.words.clone(),
                code,
                reverse,
            });
        }
        for (line, words, (code, reverse)) in &block.patterns {
            let mut filled = Vec::with_capacity(words.len() + verb.words.len());
            for word in words {
                match word {
                    PatternWord::Verb { adjacent, .. } => {
                        for (i, w) in verb.words.iter().enumerate() {
                            filled.push(match (i, w) {
                                (0, PatternWord::Verb { lemma, forms, .. }) => PatternWord::Verb {
                                    lemma: lemma.clone(),
                                    forms: forms.clone(),
                                    adjacent: *adjacent,
                                },
                                (0, PatternWord::Word { options, .. }) => PatternWord::Word {
                                    options: options.clone(),
                                    adjacent: *adjacent,
                                },
                                (_, w) => w.clone(),
                            });
                        }
                    }
                    w => filled.push(w.clone()),
                }
            }
            out.push(VerbPattern {
                line: *line,
                words: filled,
                code: code.clone(),
                reverse: reverse.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str, adjacent: bool) -> PatternWord {
        PatternWord::Word {
            options: Arc::from([w.to_string()]),
            adjacent,
        }
    }

    fn verb(lemma: &str, adjacent: bool) -> PatternWord {
        PatternWord::Verb {
            lemma: lemma.into(),
            forms: Arc::from([]),
            adjacent,
        }
    }

    #[test]
    fn blocks_verbs_and_patterns() {
        let text = "&TIES_\n+DIPLOMATIC_TIES\n+RELATIONS\n\n--- RESTORE [---] ---\nRESTORE\nRENEW\n- * &TIES [064]\n- % * TALKS [031:031]\n\n--- ARRIVE [032:033] ---\nARRIVE\n+CORDON_OFF {+CORDONED_OFF}  [1721]\n";
        let mut problems = Vec::new();
        let patterns = parse(text, &mut |n, r| problems.push((n, r)));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(patterns.len(), 6);
        assert_eq!(patterns[0].verb(), "restore");
        assert_eq!(
            patterns[0].words,
            [
                verb("restore", false),
                PatternWord::Word {
                    options: Arc::from(["ties".to_string(), "relations".to_string()]),
                    adjacent: false
                }
            ]
        );
        assert_eq!(patterns[0].code, "064");
        assert_eq!(
            patterns[1].words,
            [
                PatternWord::Compound,
                verb("restore", false),
                word("talks", false)
            ]
        );
        assert_eq!(patterns[1].reverse.as_deref(), Some("031"));
        assert_eq!(patterns[2].verb(), "renew");
        assert_eq!(
            (patterns[4].code.as_str(), patterns[4].reverse.as_deref()),
            ("032", Some("033"))
        );
        assert_eq!(
            patterns[5].words,
            [
                PatternWord::Verb {
                    lemma: "cordon".into(),
                    forms: Arc::from(["cordoned".to_string()]),
                    adjacent: false
                },
                word("off", true)
            ]
        );
    }

    #[test]
    fn petrarch2_phrases_and_joined_words() {
        let text =
            "--- ASK [020] ---\nASK\n- * (FOR {FINANCIAL AID}) [0231]\n- SAID * TO_ATTEND [082]\n";
        let patterns = parse(text, &mut |n, r| panic!("{n}: {r}"));
        assert_eq!(
            patterns[1].words,
            [
                verb("ask", false),
                word("for", false),
                word("financial", false),
                word("aid", true)
            ]
        );
        assert_eq!(
            patterns[2].words,
            [
                word("said", false),
                verb("ask", false),
                word("to", false),
                word("attend", true)
            ]
        );
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let text = "--- ACCORD [---] ---\nACCORD\n- IN_ * [075A]\n- * &NOPE [040]\n- * WITH + [040]\n~ a (a b X) SAY = a b 138\n- WITH + [040]\n";
        let mut problems = Vec::new();
        let patterns = parse(text, &mut |n, r| problems.push((n, r)));
        assert_eq!(patterns.len(), 1);
        let lines: Vec<usize> = problems.iter().map(|p| p.0).collect();
        assert_eq!(lines, [3, 4, 6, 7], "{problems:?}");
    }
}
