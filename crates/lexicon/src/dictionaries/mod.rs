//! User dictionaries, read at run time: attache's own TSV (`tsv`) and the
//! dictionaries event-data teams already have, in PETRARCH's native formats
//! — actors with synonyms and dated roles (`actors`), agents (`agents`),
//! verb synsets and patterns (`verbs`) and discard lists (`discards`).
//!
//! Every entry is checked (`codes`: country codes against ISO 3166 and the
//! documented extensions, roles against the CAMEO codebook, dates, patterns
//! well formed); a bad one is reported as `file:line: reason` and skipped,
//! the rest is loaded. The format is detected from the content or named.
//!
//! ```
//! use attache_lexicon::dictionaries::{load, CodeScheme, Format};
//! let text = "ARNOR_ [ARN]\n+ARNORIAN\n\nFRODO\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n";
//! let loaded = load(text, "fantasy.actors", None, CodeScheme::Own);
//! assert_eq!(loaded.format, Format::Actors);
//! assert_eq!(loaded.entries.len(), 3);
//! assert!(loaded.problems.is_empty());
//! assert_eq!(loaded.entries[2].role_on(Some("1997-01-01")).sector.as_deref(), Some("GOV"));
//! ```

mod actors;
mod agents;
pub mod codes;
mod discards;
mod syntax;
mod tsv;
mod verbs;

pub use codes::CodeScheme;
pub use discards::Discard;
pub use tsv::parse_user_dictionary;
pub use verbs::{PatternWord, VerbPattern};

use crate::actors::Entry;

/// A problem with one line of a dictionary: the line is skipped.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("{source_name}:{line}: {reason}")]
pub struct DictionaryError {
    pub source_name: String,
    pub line: usize,
    pub reason: String,
}

/// The formats `--dict` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// attache's TSV: surface, kind, country, igo, sector, name, title.
    Tsv,
    /// PETRARCH actors: `NAME [CODE]`, `+SYNONYM`, tab-indented dated codes.
    Actors,
    /// PETRARCH agents: `NAME {PLURAL} [~CODE]`, `!MARKER! = …` substitutions.
    Agents,
    /// PETRARCH verbs: `&SYNSET` sets, `--- BLOCK [CODE] ---` verb blocks, `- … * … [CODE]` patterns.
    Verbs,
    /// PETRARCH discards: one phrase a line, `+` for the whole story.
    Discards,
}

impl Format {
    /// The name `--dict-format` takes.
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "tsv" => Format::Tsv,
            "actors" => Format::Actors,
            "agents" => Format::Agents,
            "verbs" => Format::Verbs,
            "discards" => Format::Discards,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Tsv => "tsv",
            Format::Actors => "actors",
            Format::Agents => "agents",
            Format::Verbs => "verbs",
            Format::Discards => "discards",
        }
    }

    /// The format of a dictionary, from what its lines look like: verb
    /// blocks (`--- NAME [CODE] ---`) make a verb dictionary, codes with
    /// `~` an agent one, TAB-separated cells attache's TSV, bracketed codes
    /// an actor one; phrases alone are a discard list.
    pub fn detect(text: &str) -> Format {
        let (mut verb_blocks, mut agents, mut tsv, mut codes, mut lines) = (0, 0, 0, 0, 0);
        for (_, line) in syntax::content_lines(text) {
            lines += 1;
            // Cells separated by TABs (a PETRARCH file indents with one).
            if line.trim_start().contains('\t') && !line.contains('[') {
                tsv += 1;
            }
            let trimmed = line.trim();
            if trimmed.starts_with("---") && trimmed.len() > 6 && trimmed.ends_with("---") {
                verb_blocks += 1;
            }
            if let Some(code) = syntax::bracketed(line) {
                codes += 1;
                if code.contains('~') {
                    agents += 1;
                }
            }
        }
        if tsv * 2 > lines {
            Format::Tsv
        } else if verb_blocks > 0 {
            Format::Verbs
        } else if agents * 2 > codes && agents > 0 {
            Format::Agents
        } else if codes > 0 {
            Format::Actors
        } else {
            Format::Discards
        }
    }
}

/// The code of each actor line of a PETRARCH actor dictionary (`NAME
/// [CODE …]`, the first word in the brackets), for [`CodeScheme::detect`].
pub fn actor_codes(text: &str) -> impl Iterator<Item = &str> {
    syntax::content_lines(text)
        .filter_map(|(_, line)| syntax::bracketed(line))
        .filter_map(|inside| inside.split_whitespace().next())
        .filter(|code| !code.contains('~'))
}

/// What a dictionary gave: actor entries (names, agents), verb patterns,
/// discards, and the lines skipped.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub format: Format,
    pub entries: Vec<Entry>,
    pub verbs: Vec<VerbPattern>,
    pub discards: Vec<Discard>,
    pub problems: Vec<DictionaryError>,
}

impl Loaded {
    /// `412 actor names, 3 skipped` — what was loaded, for the summary line.
    pub fn summary(&self) -> String {
        let what = match self.format {
            Format::Tsv => format!("{} entries", self.entries.len()),
            Format::Actors => format!("{} actor names", self.entries.len()),
            Format::Agents => format!("{} agent forms", self.entries.len()),
            Format::Verbs => format!("{} verb patterns", self.verbs.len()),
            Format::Discards => format!("{} discards", self.discards.len()),
        };
        format!(
            "{} ({}): {what}, {} lines skipped",
            self.format.name(),
            if self.problems.is_empty() {
                "ok"
            } else {
                "with problems"
            },
            self.problems.len()
        )
    }
}

/// Reads one dictionary; `source_name` names it in problems. `format`
/// `None` detects it; `scheme` says how actor codes are checked.
pub fn load(text: &str, source_name: &str, format: Option<Format>, scheme: CodeScheme) -> Loaded {
    let format = format.unwrap_or_else(|| Format::detect(text));
    let mut loaded = Loaded {
        format,
        entries: Vec::new(),
        verbs: Vec::new(),
        discards: Vec::new(),
        problems: Vec::new(),
    };
    let mut problem = |line: usize, reason: String| {
        loaded.problems.push(DictionaryError {
            source_name: source_name.to_string(),
            line,
            reason,
        })
    };
    match format {
        Format::Tsv => loaded.entries = tsv::parse(text, &mut problem),
        Format::Actors => loaded.entries = actors::parse(text, scheme, &mut problem),
        Format::Agents => loaded.entries = agents::parse(text, scheme, &mut problem),
        Format::Verbs => loaded.verbs = verbs::parse(text, &mut problem),
        Format::Discards => loaded.discards = discards::parse(text, &mut problem),
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Any text, in any format and scheme, is read line by line
        /// without a panic: a bad line is a problem, never a crash.
        #[test]
        fn any_text_loads_without_panic(
            text in r"((\t|\+|-|&|!)?[A-Za-zÄÖÜé_ *$%^{}()]{0,12}( ?\[[~A-ZÄÖÜé0-9<>/:. -]{0,12}\])?( #[^\n]{0,6})?\n){0,10}"
        ) {
            let formats = [Format::Tsv, Format::Actors, Format::Agents, Format::Verbs, Format::Discards];
            for format in formats {
                for scheme in [CodeScheme::Cameo, CodeScheme::Own] {
                    let loaded = load(&text, "t", Some(format), scheme);
                    for problem in &loaded.problems {
                        prop_assert!(problem.line >= 1);
                    }
                }
            }
            let _ = CodeScheme::detect(actor_codes(&text));
            let _ = Format::detect(&text);
        }
    }

    #[test]
    fn formats_are_told_apart_by_their_lines() {
        let cases = [
            ("x\tperson\tVNM\t-\tMIL\tX\t-\n", Format::Tsv),
            ("x\tsomething\n", Format::Tsv),
            ("FRODO\n\t[HOB]\n", Format::Actors),
            ("ARNOR_ [ARN]\n+ARNORIAN\n", Format::Actors),
            ("PRESIDENT [~GOV]\nSOLDIER {} [~MIL]\n", Format::Agents),
            (
                "&SET\n+A\n--- MEET [040] ---\nMEET\n- * WITH + [040]\n",
                Format::Verbs,
            ),
            ("WORLD CUP\n+TYPHOON # storms\n", Format::Discards),
        ];
        for (text, format) in cases {
            assert_eq!(Format::detect(text), format, "{text}");
        }
    }
}
