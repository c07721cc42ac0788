//! `attache eval`: measure a stage against gold annotations.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use anyhow::Context;
use attache_eval::{ActorCoverage, CleanCoverage, GoldActors, GoldEvidence, MentionRef};
use attache_pipeline::{read_and_clean, recognize_document, Item};

use crate::Outcome;

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Stage {
    /// Extracted events scored as EVENTS.md §4 says.
    Events,
    /// Gold evidence kept by cleaning, kept text after teaser markers, glued-word repairs.
    Clean,
    /// Gold sources and targets found among the actor mentions of the evidence sentence.
    Actors,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Gold events (JSONL, EVENTS.md §2).
    #[arg(long)]
    gold: PathBuf,
    /// The documents the gold events annotate (JSONL, EVENTS.md §1).
    #[arg(long)]
    docs: String,
    /// The stage to measure.
    #[arg(long, value_enum, default_value = "events")]
    stage: Stage,
    /// System events (JSONL) to score; without it, `extract` runs on `--docs`.
    #[arg(long)]
    system: Option<PathBuf>,
    /// Print the figures as one JSON object instead of a report.
    #[arg(long)]
    json: bool,
    /// With `--stage events`: also list the wrong and the missed same-event links.
    #[arg(long)]
    show_links: bool,
    /// With `--stage events`: also list the false positives and the missed gold events, grouped by
    /// cause (no trigger, not in gold, wrong code, wrong party, date, merged, repeat-like).
    #[arg(long)]
    show_errors: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    if let Stage::Events = args.stage {
        return eval_events(&args);
    }
    let gold = read_gold(&args.gold)?;
    match args.stage {
        Stage::Events => unreachable!("handled above"),
        Stage::Clean => eval_clean(&args, &gold),
        Stage::Actors => eval_actors(&args, &gold),
    }
}

/// The records of a JSONL file, each line parsed as `T`.
fn read_jsonl<T: serde::de::DeserializeOwned>(
    path: &PathBuf,
    what: &str,
) -> anyhow::Result<Vec<T>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut records = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: read error", path.display(), i + 1))?;
        if !line.trim().is_empty() {
            records.push(
                serde_json::from_str(&line)
                    .with_context(|| format!("{}:{}: not {what}", path.display(), i + 1))?,
            );
        }
    }
    Ok(records)
}

fn read_gold(path: &PathBuf) -> anyhow::Result<HashMap<String, Vec<GoldActors>>> {
    let mut by_doc: HashMap<String, Vec<GoldActors>> = HashMap::new();
    for g in read_jsonl::<GoldActors>(path, "a gold event")? {
        by_doc.entry(g.doc.clone()).or_default().push(g);
    }
    Ok(by_doc)
}

fn eval_clean(args: &Args, gold: &HashMap<String, Vec<GoldActors>>) -> anyhow::Result<Outcome> {
    let mut coverage = CleanCoverage::default();
    let mut rejected = 0;
    read_and_clean(
        std::slice::from_ref(&args.docs),
        &Default::default(),
        &mut |item| match item {
            Item::Cleaned(c) => {
                let doc_gold: Vec<GoldEvidence> = gold
                    .get(&c.doc.id)
                    .into_iter()
                    .flatten()
                    .map(|g| GoldEvidence {
                        doc: g.doc.clone(),
                        evidence: g.evidence.clone(),
                    })
                    .collect();
                coverage.add_document(&c.doc.id, &c.doc.text, &c.clean, &doc_gold);
            }
            Item::Rejected(r) => {
                rejected += u64::from(!r.kept);
                eprintln!("{r}");
            }
        },
    );
    if args.json {
        println!("{}", serde_json::to_string_pretty(&coverage)?);
    } else {
        print_clean_report(&coverage);
    }
    Ok(Outcome::from_rejections(rejected))
}

fn read_events(path: &PathBuf) -> anyhow::Result<Vec<attache_model::Event>> {
    read_jsonl(path, "an event")
}

fn eval_events(args: &Args) -> anyhow::Result<Outcome> {
    let gold = read_events(&args.gold)?;
    let mut langs: HashMap<String, String> = HashMap::new();
    // The kept spans of each document, to check that no evidence lies in
    // removed text.
    let mut kept: HashMap<String, attache_model::CleanResult> = HashMap::new();
    // The texts of the documents with gold events, where the errors'
    // classes find gold evidence.
    let gold_docs: std::collections::HashSet<&str> = gold.iter().map(|e| e.doc.as_str()).collect();
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut keep_text = |doc: &attache_model::Document| {
        if gold_docs.contains(doc.id.as_str()) {
            texts.insert(doc.id.clone(), doc.text.clone());
        }
    };
    let mut rejected = 0;
    let system = match &args.system {
        Some(path) => {
            read_and_clean(
                std::slice::from_ref(&args.docs),
                &Default::default(),
                &mut |item| match item {
                    Item::Cleaned(c) => {
                        langs.insert(c.doc.id.clone(), c.doc.lang.code().to_string());
                        kept.insert(c.doc.id.clone(), kept_only(&c.clean));
                        keep_text(&c.doc);
                    }
                    Item::Rejected(r) => rejected += u64::from(!r.kept),
                },
            );
            read_events(path)?
        }
        None => {
            let input = super::InputArgs {
                paths: vec![args.docs.clone()],
                max_doc_bytes: attache_ingest::ReadOptions::default().max_doc_bytes,
            };
            let recognizer = attache_recognize::Recognizer::bundled();
            let mut events = Vec::new();
            super::extract::extract_all(
                &input,
                attache_pipeline::Engine::with_recognizer(&recognizer),
                None,
                None, // no time budget: scores do not depend on the machine
                &mut attache_pipeline::MemoryLinker::default(),
                &mut |r| rejected += u64::from(!r.kept),
                &mut |c, doc_events| {
                    langs.insert(c.doc.id.clone(), c.doc.lang.code().to_string());
                    kept.insert(c.doc.id.clone(), kept_only(&c.clean));
                    keep_text(&c.doc);
                    events.extend_from_slice(doc_events);
                    Ok(())
                },
            )?;
            events
        }
    };
    let mut scores = attache_eval::score::score_with_texts(
        &gold,
        &system,
        &|doc| langs.get(doc).cloned().unwrap_or_else(|| "?".into()),
        &|doc| texts.get(doc).map(String::as_str),
    );
    scores.evidence_outside_kept_text = Some(
        system
            .iter()
            .filter(|e| {
                let span = e
                    .start
                    .zip(e.end)
                    .map(|(s, t)| attache_model::Span::new(s, t));
                match (kept.get(&e.doc), span) {
                    (Some(clean), Some(span)) => !clean.keeps(&span),
                    // An event of no document scored, or without offsets,
                    // cannot be placed.
                    _ => false,
                }
            })
            .map(|e| {
                e.id.clone()
                    .unwrap_or_else(|| format!("{}: {}", e.doc, e.cameo))
            })
            .collect(),
    );
    if !args.show_errors {
        scores.false_positives.clear();
        scores.missed.clear();
        scores.false_positive_classes.clear();
        scores.missed_classes.clear();
        scores.other_dates.clear();
        scores.other_codes.clear();
    }
    if !args.show_links {
        scores.links.false_links.clear();
        scores.links.missed_links.clear();
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        print_event_scores(&scores);
        print_link_errors(&scores.links);
        print_errors("false positive", &scores.false_positives);
        print_errors("missed", &scores.missed);
        for pair in &scores.other_dates {
            println!("other date\t{pair}");
        }
        for pair in &scores.other_codes {
            println!("other code\t{pair}");
        }
        if let Some(outside) = &scores.evidence_outside_kept_text {
            println!(
                "events with evidence outside the kept text: {} of {}",
                outside.len(),
                system.len()
            );
            for id in outside {
                println!("evidence outside kept text\t{id}");
            }
        }
    }
    Ok(Outcome::from_rejections(rejected))
}

/// Errors grouped by class: the count of each class first, then a line per
/// error, class by class (`what`, the class, the system id, the event).
fn print_errors(what: &str, errors: &[attache_eval::score::EventError]) {
    if errors.is_empty() {
        return;
    }
    let counts = attache_eval::score::class_counts(errors);
    let counts: Vec<String> = counts
        .iter()
        .map(|(class, n)| format!("{} {n}", class.label()))
        .collect();
    println!("{what}: {} ({})", errors.len(), counts.join(", "));
    let mut sorted: Vec<_> = errors.iter().collect();
    sorted.sort_by_key(|e| e.class);
    for e in sorted {
        let id =
            e.id.as_deref()
                .map(|id| format!("{id}\t"))
                .unwrap_or_default();
        println!("{what}\t{}\t{id}{}", e.class.label(), e.event);
    }
}

/// The kept spans of a cleaning, without its text (all the check needs).
fn kept_only(clean: &attache_model::CleanResult) -> attache_model::CleanResult {
    attache_model::CleanResult {
        kept: clean.kept.clone(),
        removed: Vec::new(),
        repairs: Vec::new(),
        text: String::new(),
    }
}

fn print_link_errors(links: &attache_eval::score::LinkScore) {
    let show = |what: &str, errors: &[attache_eval::score::LinkError]| {
        for e in errors {
            let cluster = |c: &Option<String>| c.clone().unwrap_or_else(|| "-".into());
            let id = |c: &Option<String>| c.clone().unwrap_or_else(|| "-".into());
            println!(
                "{what}\t{} [{} {}]\t{} [{} {}]",
                e.reports[0],
                id(&e.event_ids[0]),
                cluster(&e.clusters[0]),
                e.reports[1],
                id(&e.event_ids[1]),
                cluster(&e.clusters[1])
            );
        }
    };
    show("false link", &links.false_links);
    show("missed link", &links.missed_links);
}

fn print_event_scores(scores: &attache_eval::score::Scores) {
    println!(
        "{:<16} {:>5} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7} {:>8}",
        "tier/lang",
        "gold",
        "system",
        "matched",
        "P",
        "R",
        "F1",
        "code",
        "date",
        "place",
        "persons"
    );
    for (key, t) in &scores.tiers {
        let share = |n: usize| {
            if t.matched == 0 {
                0.0
            } else {
                n as f64 / t.matched as f64
            }
        };
        println!(
            "{:<16} {:>5} {:>6} {:>7} {:>6.3} {:>6.3} {:>6.3} {:>6.2} {:>6.2} {:>7.2} {:>8.2}",
            key,
            t.gold,
            t.system,
            t.matched,
            t.precision(),
            t.recall(),
            t.f1(),
            share(t.same_code),
            share(t.same_date),
            share(t.same_place_country),
            share(t.same_persons)
        );
    }
    let l = &scores.links;
    println!(
        "same-event links across documents: precision {:.3} ({} of {}), recall {:.3} ({} of {})",
        l.precision(),
        l.correct,
        l.predicted,
        l.recall(),
        l.correct,
        l.gold
    );
}

fn eval_actors(args: &Args, gold: &HashMap<String, Vec<GoldActors>>) -> anyhow::Result<Outcome> {
    let mut coverage = ActorCoverage::default();
    let mut rejected = 0;
    read_and_clean(
        std::slice::from_ref(&args.docs),
        &Default::default(),
        &mut |item| match item {
            Item::Cleaned(c) => {
                let mentions = recognize_document(&c);
                let refs: Vec<MentionRef> = mentions
                    .iter()
                    .flat_map(|m| {
                        m.actors.iter().map(|a| MentionRef {
                            start: m.start,
                            end: m.end,
                            country: a.country.as_deref(),
                            igo: a.igo.as_deref(),
                            name: a.name.as_deref(),
                        })
                    })
                    .collect();
                let doc_gold = gold.get(&c.doc.id).map(Vec::as_slice).unwrap_or(&[]);
                coverage.add_document(&c.doc.text, &refs, doc_gold);
            }
            Item::Rejected(r) => {
                rejected += u64::from(!r.kept);
                eprintln!("{r}");
            }
        },
    );
    if args.json {
        println!("{}", serde_json::to_string_pretty(&coverage)?);
    } else {
        println!(
            "gold sources and targets among the mentions of the evidence sentence: {} / {} = {:.1} %",
            coverage.actors_found,
            coverage.actors_total,
            100.0 * coverage.share()
        );
        println!(
            "gold persons recognized by name with the right country: {} / {} = {:.1} %",
            coverage.persons_found,
            coverage.persons_total,
            100.0 * coverage.person_share()
        );
        println!("actor misses:");
        for (doc, role, who, evidence) in &coverage.misses {
            println!("  {doc:<10} {role:<6} {who:<6} {evidence}");
        }
        println!("person misses:");
        for (doc, name, country) in &coverage.person_misses {
            println!("  {doc:<10} {name:<28} {country}");
        }
    }
    Ok(Outcome::from_rejections(rejected))
}

fn print_clean_report(c: &CleanCoverage) {
    println!("documents                      {}", c.documents);
    println!(
        "gold evidence inside kept text {} / {} = {:.1} %",
        c.evidence_kept,
        c.evidence_total,
        100.0 * c.evidence_share()
    );
    println!(
        "documents with a teaser marker {} (kept text after the marker in {})",
        c.docs_with_marker, c.docs_with_text_after_marker
    );
    println!(
        "lines linking to other stories {} (kept: {})",
        c.link_lines, c.link_lines_kept
    );
    println!("glued-word repairs             {}", c.glue_repairs);
    for s in &c.repair_samples {
        println!("  {:<10} {} → {}", s.doc, s.before, s.after);
    }
    if !c.evidence_lost.is_empty() {
        println!("evidence lost:");
        for (doc, evidence) in &c.evidence_lost {
            println!("  {doc:<10} {evidence}");
        }
    }
}
