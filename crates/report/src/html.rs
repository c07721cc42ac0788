//! The review as one self-contained HTML page: inline CSS and SVG, no
//! script, no external resource (links to the sources aside), laid out to
//! print on A4.

use std::fmt::Write;

use crate::charts;
use crate::escape::html as esc;
use crate::i18n::{ReportLang, Word};
use crate::review::*;

const STYLE: &str = include_str!("style.css");

/// `count` against `previous` as `+3`, `−2` or `=`, with its class.
pub fn change(figure_change: i64) -> (String, &'static str) {
    match figure_change {
        0 => ("=".into(), "zero"),
        c if c > 0 => (format!("+{c}"), "up"),
        c => (format!("−{}", -c), "down"),
    }
}

/// A date as stored, a range written with a dash.
pub fn date_text(date: Option<&str>) -> String {
    date.map_or_else(|| "—".to_string(), |d| d.replace('/', " – "))
}

pub fn heading(review: &Review) -> String {
    let lang = review.lang;
    let mut subject = review.country.name.clone();
    if let Some(p) = &review.partner {
        subject = format!("{subject} — {}", p.name);
    }
    format!("{}{}{subject}", lang.text(Word::Title), lang.colon())
}

pub fn period_line(review: &Review) -> String {
    let lang = review.lang;
    let colon = lang.colon();
    format!(
        "{}{colon}{} – {} · {}{colon}{} – {}",
        lang.text(Word::Period),
        review.period.from,
        review.period.to,
        lang.text(Word::PreviousPeriod),
        review.previous.from,
        review.previous.to
    )
}

fn glance(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = write!(
        out,
        r#"<section id="glance"><h2>{}</h2><table><thead><tr><th>{}</th><th class="num">{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>"#,
        esc(lang.text(Word::AtAGlance)),
        esc(lang.text(Word::Kind)),
        esc(lang.text(Word::Events)),
        esc(lang.text(Word::PreviousPeriod)),
        esc(lang.text(Word::Change))
    );
    for f in review.glance.iter().filter(|f| f.count + f.previous > 0) {
        let (text, class) = change(f.change);
        let _ = write!(
            out,
            r#"<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td><td class="num {class}">{text}</td></tr>"#,
            esc(&f.label),
            f.count,
            f.previous
        );
    }
    out.push_str("</tbody></table>");
    mechanisms(out, review);
    deployments(out, review);
    out.push_str("</section>");
}

fn table_head(out: &mut String, title: &str, columns: &[&str]) {
    let _ = write!(out, "<h3>{}</h3><table><thead><tr>", esc(title));
    for c in columns {
        let _ = write!(out, "<th>{}</th>", esc(c));
    }
    out.push_str("</tr></thead><tbody>");
}

fn mechanisms(out: &mut String, review: &Review) {
    if review.mechanisms.is_empty() {
        return;
    }
    let lang = review.lang;
    let words = [Word::Date, Word::Partner, Word::Mechanisms, Word::Session].map(|w| lang.text(w));
    table_head(out, lang.text(Word::Mechanisms), &words);
    for m in &review.mechanisms {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&date_text(m.date.as_deref())),
            esc(&m.partner.name),
            esc(m.name.as_deref().unwrap_or("—")),
            m.session.map_or("—".into(), |s| s.to_string())
        );
    }
    out.push_str("</tbody></table>");
}

fn deployments(out: &mut String, review: &Review) {
    if review.deployments.is_empty() {
        return;
    }
    let lang = review.lang;
    let words = [Word::Date, Word::Mission, Word::Units, Word::Personnel].map(|w| lang.text(w));
    table_head(out, lang.text(Word::Peacekeeping), &words);
    for d in &review.deployments {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&date_text(d.date.as_deref())),
            esc(&d.mission.name),
            esc(&or_dash(&d.units.join(", "))),
            esc(&or_dash(&d.personnel.join(", ")))
        );
    }
    out.push_str("</tbody></table>");
}

pub fn or_dash(text: &str) -> String {
    if text.is_empty() {
        "—".into()
    } else {
        text.to_string()
    }
}

/// `Minister (Phan Van Giang, VNM)` for a contact.
pub fn contact_text(contact: Option<&Contact>) -> String {
    match contact {
        None => "—".into(),
        Some(c) if c.person.is_empty() => format!("{} ({})", c.label, c.party),
        Some(c) => format!("{} ({}, {})", c.label, c.person, c.party),
    }
}

fn partners(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = write!(
        out,
        r#"<section id="partners"><h2>{}</h2>"#,
        esc(lang.text(Word::Partners))
    );
    for group in &review.groups {
        let _ = write!(
            out,
            r#"<h3>{} <span class="muted">({} · {} {})</span></h3><table class="partners"><thead><tr><th>{}</th><th class="num">{}</th><th class="num">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>"#,
            esc(&group.label),
            group.partners,
            group.events,
            esc(&lang.text(Word::Events).to_lowercase()),
            esc(lang.text(Word::Partner)),
            esc(lang.text(Word::Events)),
            esc(lang.text(Word::PreviousPeriod)),
            esc(lang.text(Word::Kinds)),
            esc(lang.text(Word::HighestLevel))
        );
        for p in review.partners.iter().filter(|p| p.group == group.group) {
            let kinds: String = p
                .kinds
                .iter()
                .map(|k| format!("<li>{} {}</li>", esc(&k.label), k.count))
                .collect();
            let _ = write!(
                out,
                r#"<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td><td><ul class="kinds">{kinds}</ul></td><td>{}</td></tr>"#,
                esc(&p.party.name),
                p.events,
                p.previous,
                esc(&contact_text(p.highest_level.as_ref()))
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>");
}

fn charts(out: &mut String, review: &Review) {
    let _ = write!(
        out,
        r#"<section id="charts"><h2>{}</h2>"#,
        esc(review.lang.text(Word::Charts))
    );
    for svg in [
        charts::monthly(review),
        charts::partners(review),
        charts::trend(review),
    ] {
        let _ = write!(out, "<figure>{svg}</figure>");
    }
    out.push_str("</section>");
}

/// `VNM MIL Phan Van Giang (ministre)`-like text for a side.
pub fn side_text(side: &Side) -> String {
    let mut text = side
        .party
        .as_ref()
        .map_or("?".to_string(), |p| p.name.clone());
    if let Some(person) = &side.person {
        let _ = write!(text, ", {person}");
        if let Some(title) = &side.title {
            let _ = write!(text, " ({title})");
        }
    }
    text
}

fn notable(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = write!(
        out,
        r#"<section id="notable"><h2>{}</h2><ol class="notable">"#,
        esc(lang.text(Word::Notable))
    );
    for n in &review.notable {
        let links: Vec<String> = n
            .links
            .iter()
            .map(|l| {
                let name = esc(l.outlet.as_deref().unwrap_or(&l.doc));
                match &l.url {
                    Some(url) => format!(
                        r#"<a href="{}" rel="noopener noreferrer nofollow">{name}</a>"#,
                        esc(url)
                    ),
                    None => format!("<span>{name}</span>"),
                }
            })
            .collect();
        let _ = write!(
            out,
            r#"<li><p class="meta">{} · {} · {} → {}</p><blockquote>{}</blockquote><p class="links">{} ({}){}{}</p></li>"#,
            esc(&date_text(n.date.as_deref())),
            esc(&n.kind_label),
            esc(&side_text(&n.source)),
            esc(&side_text(&n.target)),
            esc(&n.evidence),
            esc(lang.text(Word::Sources)),
            n.sources,
            lang.colon(),
            links.join(" · ")
        );
    }
    out.push_str("</ol></section>");
}

/// The coverage section's lines: what each says and its value.
pub fn coverage_lines(review: &Review) -> Vec<(Word, String)> {
    let c = &review.coverage;
    let outlets: Vec<String> = c
        .outlets
        .iter()
        .map(|o| format!("{} ({})", o.outlet, o.documents))
        .collect();
    let unknown: Vec<String> = c
        .unknown_year
        .iter()
        .map(|k| format!("{} {}", k.label, k.count))
        .collect();
    vec![
        (Word::Events, c.events.to_string()),
        (Word::Documents, c.documents.to_string()),
        (
            Word::Outlets,
            format!("{} — {}", c.outlets.len(), outlets.join(", ")),
        ),
        (
            Word::UnknownYear,
            format!("{}{}", c.unknown_year_ids.len(), paren(&unknown.join(", "))),
        ),
        (Word::Unpublished, c.unknown_year_unpublished.to_string()),
        (
            Word::LowConfidence,
            format!(
                "{} (< {:.2})",
                c.low_confidence_ids.len(),
                review.min_confidence
            ),
        ),
        (Word::Derived, c.derived_ids.len().to_string()),
    ]
}

fn coverage(out: &mut String, review: &Review) {
    let lang = review.lang;
    let _ = write!(
        out,
        r#"<section id="coverage"><h2>{}</h2><ul>"#,
        esc(lang.text(Word::Coverage))
    );
    for (word, value) in coverage_lines(review) {
        let _ = write!(
            out,
            "<li>{}{}{}</li>",
            esc(lang.text(word)),
            lang.colon(),
            esc(&value)
        );
    }
    let _ = write!(
        out,
        "</ul><p class=\"muted\">{}</p></section>",
        esc(lang.text(Word::Caveats))
    );
}

fn paren(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!(" ({text})")
    }
}

/// The report's style sheet, for a server that links it rather than
/// inlining it (a Content-Security-Policy without inline styles).
pub const STYLESHEET: &str = STYLE;

/// Where the page's style comes from.
pub enum Styling<'a> {
    /// Inside the page: one self-contained file.
    Inline,
    /// A style sheet at this address (`/static/report.css`).
    Linked(&'a str),
}

/// The review as one HTML document.
pub fn render(review: &Review, styling: &Styling) -> String {
    let lang = review.lang;
    let title = heading(review);
    let mut out = String::with_capacity(64 * 1024);
    let style = match styling {
        Styling::Inline => format!("<style>{STYLE}</style>"),
        Styling::Linked(href) => format!(r#"<link rel="stylesheet" href="{}">"#, esc(href)),
    };
    let _ = write!(
        out,
        r#"<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title>{style}</head><body><header><h1>{}</h1><p class="period">{}</p></header>"#,
        lang.code(),
        esc(&title),
        esc(&title),
        esc(&period_line(review))
    );
    glance(&mut out, review);
    partners(&mut out, review);
    charts(&mut out, review);
    notable(&mut out, review);
    coverage(&mut out, review);
    let _ = writeln!(
        out,
        "<footer>attache report · {}</footer></body></html>",
        footer(lang)
    );
    out
}

fn footer(lang: ReportLang) -> &'static str {
    lang.pick(
        "chaque chiffre est traçable : attache events et attache event ID donnent les événements et leurs phrases",
        "every figure is traceable: attache events and attache event ID give the events and their sentences",
    )
}
