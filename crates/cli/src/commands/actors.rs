//! `attache actors`: the actor mentions of each document, as JSON lines (a debug view).

use std::io::Write;

use std::path::PathBuf;

use anyhow::Context;
use attache_lexicon::{gazetteer_with, parse_user_dictionary};
use attache_pipeline::{read_and_clean, Item};
use attache_recognize::Mention;
use attache_recognize::Recognizer;
use serde::Serialize;

use super::InputArgs;
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
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut rejected = 0u64;
    let mut write_error = None;
    read_and_clean(
        &args.input.paths,
        &args.input.read_options(),
        &mut |item| match item {
            Item::Cleaned(c) if write_error.is_none() => {
                let mentions = recognizer.recognize(&c.doc, &c.clean);
                let line = Line {
                    id: &c.doc.id,
                    mentions: &mentions,
                };
                write_error = serde_json::to_writer(&mut out, &line)
                    .map_err(anyhow::Error::from)
                    .and_then(|()| out.write_all(b"\n").map_err(anyhow::Error::from))
                    .err();
            }
            Item::Cleaned(_) => {}
            Item::Rejected(r) => {
                rejected += 1;
                eprintln!("{r}");
            }
        },
    );
    if let Some(err) = write_error {
        return Err(err.context("writing to stdout"));
    }
    out.flush()?;
    Ok(if rejected > 0 {
        Outcome::SomeRejected
    } else {
        Outcome::AllAccepted
    })
}
