//! The review in Markdown, to paste into a document: the same sections as
//! the HTML page, tables instead of charts (the month-by-month table and
//! the five-year table carry the charts' figures).

use std::fmt::Write;

use crate::escape::{markdown as md, markdown_url};
use crate::html::{
    change, contact_text, coverage_lines, date_text, heading, or_dash, period_line, side_text,
};
use crate::i18n::Word;
use crate::review::Review;

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// A table's header and rule; the columns at `numeric` hold numbers.
fn head(out: &mut String, columns: &[&str], numeric: &[usize]) {
    row(out, &columns.iter().map(|c| md(c)).collect::<Vec<_>>());
    let rules: Vec<String> = (0..columns.len())
        .map(|i| {
            if numeric.contains(&i) {
                "---:".into()
            } else {
                "---".into()
            }
        })
        .collect();
    row(out, &rules);
}

fn glance(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = writeln!(out, "## {}\n", md(lang.text(Word::AtAGlance)));
    head(
        out,
        &[Word::Kind, Word::Events, Word::PreviousPeriod, Word::Change].map(|w| lang.text(w)),
        &[1, 2, 3],
    );
    for f in review.glance.iter().filter(|f| f.count + f.previous > 0) {
        row(
            out,
            &[
                md(&f.label),
                f.count.to_string(),
                f.previous.to_string(),
                change(f.change).0,
            ],
        );
    }
    if !review.mechanisms.is_empty() {
        let _ = writeln!(out, "\n### {}\n", md(lang.text(Word::Mechanisms)));
        head(
            out,
            &[Word::Date, Word::Partner, Word::Mechanisms, Word::Session].map(|w| lang.text(w)),
            &[3],
        );
        for m in &review.mechanisms {
            let session = m.session.map_or("—".into(), |s| s.to_string());
            row(
                out,
                &[
                    md(&date_text(m.date.as_deref())),
                    md(&m.partner.name),
                    md(m.name.as_deref().unwrap_or("—")),
                    session,
                ],
            );
        }
    }
    if !review.deployments.is_empty() {
        let _ = writeln!(out, "\n### {}\n", md(lang.text(Word::Peacekeeping)));
        head(
            out,
            &[Word::Date, Word::Mission, Word::Units, Word::Personnel].map(|w| lang.text(w)),
            &[],
        );
        for d in &review.deployments {
            row(
                out,
                &[
                    md(&date_text(d.date.as_deref())),
                    md(&d.mission.name),
                    md(&or_dash(&d.units.join(", "))),
                    md(&or_dash(&d.personnel.join(", "))),
                ],
            );
        }
    }
}

fn partners(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = writeln!(out, "\n## {}", md(lang.text(Word::Partners)));
    for group in &review.groups {
        let _ = writeln!(
            out,
            "\n### {} ({} · {} {})\n",
            md(&group.label),
            group.partners,
            group.events,
            md(&lang.text(Word::Events).to_lowercase())
        );
        head(
            out,
            &[
                Word::Partner,
                Word::Events,
                Word::PreviousPeriod,
                Word::Kinds,
                Word::HighestLevel,
            ]
            .map(|w| lang.text(w)),
            &[1, 2],
        );
        for p in review.partners.iter().filter(|p| p.group == group.group) {
            let kinds: Vec<String> = p
                .kinds
                .iter()
                .map(|k| format!("{} {}", k.label, k.count))
                .collect();
            row(
                out,
                &[
                    md(&p.party.name),
                    p.events.to_string(),
                    p.previous.to_string(),
                    md(&kinds.join(", ")),
                    md(&contact_text(p.highest_level.as_ref())),
                ],
            );
        }
    }
}

fn months_and_trend(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = writeln!(out, "\n## {}\n", md(lang.text(Word::ByMonth)));
    let mut columns = vec![lang.text(Word::Month).to_string()];
    columns.extend(
        review
            .months
            .first()
            .into_iter()
            .flat_map(|m| m.counts.iter().map(|c| c.label.clone())),
    );
    columns.push("Total".into());
    let numbers: Vec<usize> = (1..columns.len()).collect();
    head(
        out,
        &columns.iter().map(String::as_str).collect::<Vec<_>>(),
        &numbers,
    );
    for m in &review.months {
        let mut cells = vec![md(&m.label)];
        cells.extend(m.counts.iter().map(|c| c.count.to_string()));
        cells.push(m.total.to_string());
        row(out, &cells);
    }
    let _ = writeln!(out, "\n## {}\n", md(lang.text(Word::Trend)));
    let mut columns = vec![lang.text(Word::Partner).to_string()];
    columns.extend(review.trend.years.iter().map(|y| y.to_string()));
    let numbers: Vec<usize> = (1..columns.len()).collect();
    head(
        out,
        &columns.iter().map(String::as_str).collect::<Vec<_>>(),
        &numbers,
    );
    for t in &review.trend.partners {
        let mut cells = vec![md(&t.party.name)];
        cells.extend(t.counts.iter().map(|c| c.to_string()));
        row(out, &cells);
    }
}

fn notable(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = writeln!(out, "\n## {}\n", md(lang.text(Word::Notable)));
    for (i, n) in review.notable.iter().enumerate() {
        let links: Vec<String> = n
            .links
            .iter()
            .map(|l| {
                let name = md(l.outlet.as_deref().unwrap_or(&l.doc));
                match &l.url {
                    Some(url) => format!("[{name}](<{}>)", markdown_url(url)),
                    None => name,
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{}. **{} · {}** · {} → {}\n   > {}\n\n   {} ({}){}{}\n",
            i + 1,
            md(&date_text(n.date.as_deref())),
            md(&n.kind_label),
            md(&side_text(&n.source)),
            md(&side_text(&n.target)),
            md(&n.evidence),
            md(lang.text(Word::Sources)),
            n.sources,
            lang.colon(),
            links.join(" · ")
        );
    }
}

fn coverage(out: &mut String, review: &Review) {
    let lang = review.lang;
    let colon = lang.colon();
    let _ = writeln!(out, "## {}\n", md(lang.text(Word::Coverage)));
    for (word, value) in coverage_lines(review) {
        let _ = writeln!(out, "- {}{colon}{}", md(lang.text(word)), md(&value));
    }
    let _ = writeln!(out, "\n{}", md(lang.text(Word::Caveats)));
}

/// The review as Markdown.
pub fn render(review: &Review) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        md(&heading(review)),
        md(&period_line(review))
    );
    glance(&mut out, review);
    partners(&mut out, review);
    months_and_trend(&mut out, review);
    notable(&mut out, review);
    coverage(&mut out, review);
    out
}
