//! `attache events` (canonical events that pass filters, as a table, JSON
//! lines or CSV) and `attache event ID` (one event with the evidence of each
//! mention highlighted in its sentence, and why each mention joined).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use attache_model::{Actor, CanonicalEvent};
use attache_store::{EventFilter, Store};

use crate::printable::printable;
use crate::Outcome;

/// The database the query commands read.
#[derive(clap::Args, Debug)]
pub struct DbArg {
    /// The SQLite database written by `attache extract --db`.
    #[arg(long, default_value = "attache.db")]
    pub db: PathBuf,
}

impl DbArg {
    /// Opens an existing database (a query never creates one).
    pub fn open(&self) -> anyhow::Result<Store> {
        anyhow::ensure!(
            self.db.exists(),
            "no database at {} (write one with `attache extract --db {} PATH...`)",
            self.db.display(),
            self.db.display()
        );
        Store::open(&self.db).with_context(|| format!("cannot open database {}", self.db.display()))
    }
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Table,
    Jsonl,
    Csv,
}

/// The filters of `attache events` and `attache export`.
#[derive(clap::Args, Debug)]
pub struct FilterArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// Either party is this country (ISO 3166 alpha-3) or organisation (`ASEAN`).
    #[arg(long)]
    country: Option<String>,
    /// Both parties, in either order: `VNM,LAO`.
    #[arg(long, value_parser = parse_dyad)]
    dyad: Option<(String, String)>,
    /// Events on or after this day (`YYYY-MM-DD`).
    #[arg(long, value_parser = parse_day)]
    from: Option<String>,
    /// Events on or before this day (`YYYY-MM-DD`).
    #[arg(long, value_parser = parse_day)]
    to: Option<String>,
    /// CAMEO code or prefix (`04`, `043`).
    #[arg(long)]
    cameo: Option<String>,
    /// `activity` or `verbal`.
    #[arg(long, value_parser = ["activity", "verbal"])]
    tier: Option<String>,
    /// A person on either side, by name or part of it (accents and case ignored).
    #[arg(long)]
    person: Option<String>,
    /// Words the evidence of one of the event's reports holds, all of them
    /// (accents and case ignored).
    #[arg(long)]
    text: Option<String>,
}

impl FilterArgs {
    /// Opens the database and returns the events that pass.
    pub fn events(self) -> anyhow::Result<Vec<CanonicalEvent>> {
        Ok(self.query()?.1)
    }

    /// Opens the database and returns it with the events that pass.
    pub fn query(self) -> anyhow::Result<(Store, Vec<CanonicalEvent>)> {
        let store = self.db.open()?;
        let filter = EventFilter {
            country: self.country.map(|c| c.to_uppercase()),
            dyad: self.dyad,
            from: self.from,
            to: self.to,
            cameo: self.cameo,
            tier: self.tier,
            person: self.person,
            text: self.text,
        };
        let events = store.events(&filter)?;
        Ok((store, events))
    }
}

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
}

fn parse_dyad(s: &str) -> Result<(String, String), String> {
    match s.split_once(',') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
            Ok((a.trim().to_uppercase(), b.trim().to_uppercase()))
        }
        _ => Err("expected two parties separated by a comma, e.g. VNM,LAO".into()),
    }
}

pub(crate) fn parse_day(s: &str) -> Result<String, String> {
    match attache_model::DateSpan::parse(s) {
        Some(span) if span.is_day() && !span.year_unknown() && s.len() == 10 => Ok(s.to_string()),
        _ => Err("expected a day as YYYY-MM-DD".into()),
    }
}

pub fn run_list(args: ListArgs) -> anyhow::Result<Outcome> {
    let events = args.filter.events()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        ListFormat::Table => write_table(&mut out, &events)?,
        ListFormat::Jsonl | ListFormat::Csv => {
            let format = if args.format == ListFormat::Jsonl {
                attache_export::Format::Jsonl
            } else {
                attache_export::Format::Csv
            };
            super::export::write_events(format, Box::new(std::io::stdout()), &events)?;
        }
    }
    out.flush()?;
    Ok(Outcome::AllAccepted)
}

/// An actor in a few words: `VNM MIL Phan Van Giang`, safe to print.
fn actor_brief(actor: &Actor) -> String {
    let brief = [
        actor.party(),
        actor.sector.as_deref(),
        actor.name.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    printable(&brief).into_owned()
}

/// `text` made printable, cut to `chars` characters.
fn clip(text: &str, chars: usize) -> String {
    let text = printable(text);
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        let cut: String = text.chars().take(chars.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn write_table(out: &mut dyn Write, events: &[CanonicalEvent]) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:<19} {:<21} {:<5} {:<28} {:<28} {:>3}  evidence",
        "event_id", "date", "cameo", "source", "target", "src"
    )?;
    for e in events {
        writeln!(
            out,
            "{:<19} {:<21} {:<5} {:<28} {:<28} {:>3}  {}",
            printable(&e.event_id),
            printable(e.date.as_deref().unwrap_or("-")),
            printable(&e.cameo),
            clip(&actor_brief(&e.source), 28),
            clip(&actor_brief(&e.target), 28),
            e.sources,
            clip(&e.evidence, 70)
        )?;
    }
    writeln!(out, "{} events", events.len())?;
    Ok(())
}

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The event id (`ev-…`), as `attache events` lists it.
    id: String,
    #[command(flatten)]
    db: DbArg,
}

/// The sentence around `start..end` (code points), with the evidence marked
/// and the page's text made printable (the marks are left as given).
pub fn highlight_in_sentence(text: &str, start: usize, end: usize, marks: (&str, &str)) -> String {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let b_start = byte(start);
    let b_end = byte(end).max(b_start);
    let sentence = attache_model::sentence_around(text, b_start, b_end);
    let (sentence_start, sentence_end) = (sentence.start, sentence.end);
    format!(
        "{}{}{}{}{}",
        printable(text[sentence_start..b_start].trim_start()),
        marks.0,
        printable(&text[b_start..b_end]),
        marks.1,
        printable(text[b_end..sentence_end].trim_end())
    )
}

pub fn run_show(args: ShowArgs) -> anyhow::Result<Outcome> {
    let store = args.db.open()?;
    let Some(event) = store.event(&args.id)? else {
        anyhow::bail!("no event {} in {}", args.id, args.db.db.display());
    };
    let marks = if std::io::stdout().is_terminal() {
        ("\x1b[1;4m", "\x1b[0m")
    } else {
        ("«", "»")
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    writeln!(
        out,
        "{}  {} {}  {}",
        printable(&event.event_id),
        serde_json::to_value(event.tier)?.as_str().unwrap_or(""),
        printable(&event.cameo),
        printable(event.date.as_deref().unwrap_or("date unknown"))
    )?;
    writeln!(
        out,
        "  {}  →  {}",
        actor_brief(&event.source),
        actor_brief(&event.target)
    )?;
    for (side, actor) in [("source", &event.source), ("target", &event.target)] {
        if let Some(title) = &actor.title {
            writeln!(out, "  {side} title: {}", printable(title))?;
        }
    }
    if let Some(place) = &event.place {
        writeln!(
            out,
            "  place: {}{}",
            printable(&place.name),
            place
                .country
                .as_deref()
                .map(|c| format!(" ({})", printable(c)))
                .unwrap_or_default()
        )?;
    }
    writeln!(
        out,
        "  {} mentions from {} sources; confidence {:.2}",
        event.mentions, event.sources, event.confidence
    )?;
    for (i, mention) in store.mentions(&event.event_id)?.iter().enumerate() {
        let doc = store.document(&mention.doc)?;
        let outlet = doc
            .as_ref()
            .and_then(|(d, _)| d.source.clone())
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "\n[{}] {} ({})  {} {}{}",
            i + 1,
            printable(&mention.doc),
            printable(&outlet),
            printable(&mention.cameo),
            printable(mention.date.as_deref().unwrap_or("-")),
            mention
                .date_method
                .as_deref()
                .map(|m| format!(" ({})", printable(m)))
                .unwrap_or_default()
        )?;
        let shown = match (&doc, mention.start, mention.end) {
            (Some((d, _)), Some(start), Some(end)) => {
                highlight_in_sentence(&d.text, start, end, marks)
            }
            _ => format!("{}{}{}", marks.0, printable(&mention.evidence), marks.1),
        };
        writeln!(out, "    {shown}")?;
        match &mention.merge {
            Some(reason) => writeln!(out, "    joined: {}", printable(reason))?,
            None => writeln!(out, "    first report of this event")?,
        }
    }
    out.flush()?;
    Ok(Outcome::AllAccepted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_evidence_is_marked_inside_its_sentence() {
        let text = "Premier point. Le ministre a reçu l'ambassadeur à Hanoï. Autre chose.";
        let start = text[..text.find("a reçu").unwrap()].chars().count();
        let end = start + "a reçu l'ambassadeur".chars().count();
        assert_eq!(
            highlight_in_sentence(text, start, end, ("«", "»")),
            "Le ministre «a reçu l'ambassadeur» à Hanoï."
        );
    }

    #[test]
    fn dyads_and_days_are_checked() {
        assert_eq!(parse_dyad("vnm, lao"), Ok(("VNM".into(), "LAO".into())));
        assert!(parse_dyad("VNM").is_err());
        assert!(parse_day("2024-02-30").is_err());
        assert!(parse_day("2024-02").is_err());
        assert_eq!(parse_day("2024-02-29"), Ok("2024-02-29".into()));
    }
}
