//! `attache actors`: the actor mentions of each document, as JSON lines (a debug view).

use std::path::PathBuf;

use anyhow::Context;
use attache_lexicon::{gazetteer_with, parse_user_dictionary};
use attache_recognize::Mention;
use attache_recognize::Recognizer;
use serde::Serialize;

use super::{write_json_lines, InputArgs};
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// A user dictionary (TSV: surface, kind, country, igo, sector, name, title); repeatable.
    #[arg(long = "dict")]
    dictionaries: Vec<PathBuf>,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    mentions: &'a [Mention],
}

/// The bundled gazetteer plus the user's dictionaries.
pub fn gazetteer(dictionaries: &[PathBuf]) -> anyhow::Result<attache_lexicon::Gazetteer> {
    let mut extra = Vec::new();
    for path in dictionaries {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read dictionary {}", path.display()))?;
        extra.extend(parse_user_dictionary(&text, &path.display().to_string())?);
    }
    Ok(gazetteer_with(extra))
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let gazetteer = gazetteer(&args.dictionaries)?;
    let recognizer = Recognizer::with_gazetteer(&gazetteer);
    write_json_lines(&args.input, |c| {
        let mentions = attache_pipeline::recognize_with(c, &recognizer);
        serde_json::to_string(&Line {
            id: &c.doc.id,
            mentions: &mentions,
        })
    })
}
