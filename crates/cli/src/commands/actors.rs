//! `attache actors`: the actor mentions of each document, as JSON lines (a debug view).

use std::io::Write;

use attache_pipeline::{read_and_clean, recognize_document, Item};
use attache_recognize::Mention;
use serde::Serialize;

use super::InputArgs;
use crate::Outcome;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    mentions: &'a [Mention],
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut rejected = 0u64;
    let mut write_error = None;
    read_and_clean(
        &args.input.paths,
        &args.input.read_options(),
        &mut |item| match item {
            Item::Cleaned(c) if write_error.is_none() => {
                let mentions = recognize_document(&c);
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
