//! `--dict`: user dictionaries, in attache's TSV or PETRARCH's formats
//! (detected from their content, or named with `--dict-format`), loaded
//! into the gazetteer (actors, agents) and the coder (verb patterns,
//! discards). Each problem is printed as `file:line: reason`; the summary
//! of each file says what was loaded and what was skipped.

use std::path::PathBuf;

use anyhow::Context;
use attache_lexicon::dictionaries::{self, CodeScheme, Format, Loaded};
use attache_lexicon::{actor_gazetteer, gazetteer_with, Gazetteer};
use attache_pipeline::Coder;

#[derive(clap::Args, Debug, Clone, Default)]
pub struct DictArgs {
    /// A dictionary: attache's TSV (surface, kind, country, igo, sector,
    /// name, title) or a PETRARCH actor, agent, verb or discard
    /// dictionary, detected from its content; repeatable. See the README.
    #[arg(long = "dict")]
    pub dictionaries: Vec<PathBuf>,
    /// Read every `--dict` in this format instead of detecting it.
    #[arg(long = "dict-format", value_parser = ["tsv", "actors", "agents", "verbs", "discards"])]
    pub format: Option<String>,
    /// How actor and agent codes are checked: `cameo` (ISO 3166 countries
    /// and the CAMEO codebook's codes), `own` (the dictionaries' own
    /// codes: form only), `auto` (own when most actor codes are unknown).
    #[arg(long = "dict-scheme", default_value = "auto", value_parser = ["auto", "cameo", "own"])]
    pub scheme: String,
    /// Exit with status 2 when a dictionary line was skipped (by default a
    /// skipped line is a warning: said, and the run's status is its input's).
    #[arg(long = "dict-strict")]
    pub strict: bool,
}

/// The lexicons with the user's dictionaries, and how many lines they skipped.
pub struct UserLexicons {
    /// The bundled entries plus the user's; `None` without user entries,
    /// where the bundled gazetteer serves (built once, shared with the
    /// lexicon's own lookups, instead of a second copy).
    gazetteer: Option<Gazetteer>,
    pub coder: Option<Coder>,
    pub skipped: u64,
    /// `--dict-strict`: skipped lines make the run's status 2.
    pub strict: bool,
}

impl UserLexicons {
    pub fn coder(&self) -> &Coder {
        self.coder.as_ref().unwrap_or_else(|| Coder::bundled())
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.as_ref().unwrap_or_else(|| actor_gazetteer())
    }
}

/// Reads the dictionaries of `args`, printing problems and a summary per
/// file on stderr.
pub fn load(args: &DictArgs) -> anyhow::Result<UserLexicons> {
    let started = std::time::Instant::now();
    let format = args.format.as_deref().and_then(Format::from_name);
    let mut texts = Vec::new();
    for path in &args.dictionaries {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read dictionary {}", path.display()))?;
        // Dictionaries handed down for years hold stray bytes: they are
        // replaced, the line is kept.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let detected = format.unwrap_or_else(|| Format::detect(&text));
        texts.push((path.display().to_string(), text, detected));
    }
    let scheme = match args.scheme.as_str() {
        "cameo" => CodeScheme::Cameo,
        "own" => CodeScheme::Own,
        _ => CodeScheme::detect(
            texts
                .iter()
                .filter(|(_, _, f)| *f == Format::Actors)
                .flat_map(|(_, text, _)| dictionaries::actor_codes(text)),
        ),
    };
    let (mut entries, mut verbs, mut discards, mut skipped) =
        (Vec::new(), Vec::new(), Vec::new(), 0);
    for (name, text, detected) in &texts {
        let loaded: Loaded = dictionaries::load(text, name, Some(*detected), scheme);
        for problem in &loaded.problems {
            eprintln!("{problem}");
        }
        eprintln!("attache: dictionary {name}: {}", loaded.summary());
        skipped += loaded.problems.len() as u64;
        entries.extend(loaded.entries);
        verbs.extend(loaded.verbs);
        discards.extend(loaded.discards);
    }
    let coder =
        (!verbs.is_empty() || !discards.is_empty()).then(|| Coder::with_user(&verbs, &discards));
    if !texts.is_empty() {
        eprintln!(
            "attache: dictionaries loaded in {:.2} s (codes checked as {})",
            started.elapsed().as_secs_f64(),
            match scheme {
                CodeScheme::Cameo => "ISO 3166 and CAMEO",
                CodeScheme::Own => "the dictionaries' own",
            }
        );
    }
    Ok(UserLexicons {
        gazetteer: (!entries.is_empty()).then(|| gazetteer_with(entries)),
        coder,
        skipped,
        strict: args.strict,
    })
}
