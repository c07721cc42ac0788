//! `attache clean`: the cleaning of each document, as JSON lines on stdout.

use attache_model::CleanResult;
use serde::Serialize;

use super::{write_json_lines, InputArgs};
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    #[serde(flatten)]
    clean: &'a CleanResult,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    write_json_lines(&args.input, |c| {
        serde_json::to_string(&Line {
            id: &c.doc.id,
            clean: &c.clean,
        })
    })
}
