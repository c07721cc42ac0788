//! `attache actors`: the actor mentions of each document, as JSON lines (a debug view).

use attache_recognize::Mention;
use attache_recognize::Recognizer;
use serde::Serialize;

use super::{write_json_lines, InputArgs};
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    dictionaries: super::dictionaries::DictArgs,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    mentions: &'a [Mention],
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let lexicons = super::dictionaries::load(&args.dictionaries)?;
    let recognizer = Recognizer::with_gazetteer(lexicons.gazetteer());
    let outcome = write_json_lines(&args.input, |c| {
        let mentions = attache_pipeline::recognize_with(c, &recognizer);
        serde_json::to_string(&Line {
            id: &c.doc.id,
            mentions: &mentions,
        })
    })?;
    Ok(if lexicons.strict && lexicons.skipped > 0 {
        Outcome::SomeRejected
    } else {
        outcome
    })
}
