//! `attache report`: the review of a country's defence relations for a
//! year (or `--from`/`--to`), from the store, as one HTML page, Markdown or
//! JSON, in French or English. `--out` is written as exports are: through a
//! temporary file renamed at the end, never over a database.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use attache_report::{gather, Period, ReportLang, Request, DEFAULT_MIN_CONFIDENCE};

use super::events::{parse_day, DbArg};
use super::export::{check_target, write_atomically};
use crate::Outcome;

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Md,
    Json,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    db: DbArg,
    /// The country reported on (ISO 3166 alpha-3: VNM).
    #[arg(long)]
    country: String,
    /// The calendar year reviewed (or give --from and --to).
    #[arg(long, conflicts_with_all = ["from", "to"], required_unless_present_all = ["from", "to"])]
    year: Option<i32>,
    /// First day of the period reviewed (`YYYY-MM-DD`).
    #[arg(long, value_parser = parse_day, requires = "to")]
    from: Option<String>,
    /// Last day of the period reviewed (`YYYY-MM-DD`).
    #[arg(long, value_parser = parse_day, requires = "from")]
    to: Option<String>,
    /// Only the relations with this partner (a country's alpha-3 or an organisation: ASEAN).
    #[arg(long)]
    partner: Option<String>,
    /// The language of headings and labels (evidence stays as written).
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    format: ReportFormat,
    /// Write here instead of standard output (through a temporary file renamed at the end; never over a database).
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// A table of partner groups (`party<TAB>group` lines) that wins over the shipped one.
    #[arg(long)]
    groups: Option<PathBuf>,
    /// Leave out events below this confidence (counted under coverage).
    #[arg(long, default_value_t = DEFAULT_MIN_CONFIDENCE)]
    min_confidence: f32,
}

impl Args {
    fn request(&self) -> anyhow::Result<Request> {
        let period = match (self.year, &self.from, &self.to) {
            (Some(year), _, _) => {
                anyhow::ensure!((1..=9999).contains(&year), "--year {year} is not a year");
                Period::year(year)
            }
            (None, Some(from), Some(to)) => Period::new(from, to)
                .with_context(|| format!("--from {from} comes after --to {to}"))?,
            _ => anyhow::bail!("give --year, or --from and --to"),
        };
        let lang = match self.lang {
            LangArg::Fr => ReportLang::Fr,
            LangArg::En => ReportLang::En,
        };
        let groups = self
            .groups
            .as_ref()
            .map(|path| {
                std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read --groups {}", path.display()))
            })
            .transpose()?;
        Ok(Request {
            partner: self.partner.as_ref().map(|p| p.trim().to_uppercase()),
            groups,
            min_confidence: self.min_confidence,
            ..Request::new(self.country.trim(), period, lang)
        })
    }
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let request = args.request()?;
    if let Some(path) = &args.out {
        check_target(path, &args.db.db)?;
    }
    let store = args.db.open()?;
    // The review reads many pages of a large store once.
    store.map_for_reading(256 << 20)?;
    let review = gather(&store, &request).context("cannot gather the review")?;
    let text = match args.format {
        ReportFormat::Html => attache_report::render_html(&review),
        ReportFormat::Md => attache_report::render_markdown(&review),
        ReportFormat::Json => attache_report::render_json(&review),
    };
    match &args.out {
        Some(path) => {
            write_atomically(path, |mut out| {
                out.write_all(text.as_bytes())?;
                Ok(out.flush()?)
            })?;
            eprintln!(
                "attache: review of {} ({} – {}, {} events) written to {}",
                request.country,
                request.period.from,
                request.period.to,
                review.coverage.events,
                path.display()
            );
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(Outcome::AllAccepted)
}
