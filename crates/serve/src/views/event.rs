//! An event's page: the agreed fields, then every report with its
//! evidence highlighted inside its sentence, inside its paragraph, the
//! outlet, the document and the original page, and why it joined.

use maud::{html, Markup};

use super::i18n::Lang;
use super::layout::{code, date, party, person};
use super::links;
use crate::queries::event::{EventDetail, MentionInContext};

pub fn event(detail: &EventDetail, lang: Lang) -> Markup {
    let l = lang.labels();
    let e = &detail.event;
    let tier = serde_json::to_value(e.tier).ok();
    let tier = tier.as_ref().and_then(|v| v.as_str()).unwrap_or("");
    html! {
        h1 { (code(&e.cameo, lang)) }
        p.parties.lead { (party(&e.source, lang)) " → " (party(&e.target, lang)) }
        dl.fields {
            dt { (l.date) } dd { (date(e.date.as_deref())) }
            dt { (l.tier) } dd { (if tier == "verbal" { l.verbal } else { l.activity }) }
            dt { (l.source) } dd { (party(&e.source, lang)) " " (e.source.sector.as_deref().unwrap_or("")) " " (person(&e.source)) }
            dt { (l.target) } dd { (party(&e.target, lang)) " " (e.target.sector.as_deref().unwrap_or("")) " " (person(&e.target)) }
            @if let Some(place) = &e.place {
                dt { (l.place) } dd { (place.name) @if let Some(c) = &place.country { " (" (c) ")" } }
            }
            dt { (l.sources) } dd { (e.sources) " · " (e.mentions) " " (l.reports.to_lowercase()) }
            dt { (l.confidence) } dd { (format!("{:.2}", e.confidence)) }
            dt { "id" } dd { code { (e.event_id) } }
        }
        @if let (Some(a), Some(b)) = (e.source.party(), e.target.party()) {
            p { a href=(links::pair(a, b, lang)) { (l.events_of_pair) " " (a) "–" (b) } }
        }
        h2 { (l.reports) " (" (detail.mentions_total) ")" }
        @for (i, m) in detail.mentions.iter().enumerate() {
            (mention(i + 1, m, lang))
        }
        @if detail.mentions_total > detail.mentions.len() {
            p.more { (detail.mentions_total - detail.mentions.len()) " " (l.more_reports) }
        }
    }
}

/// The paragraph with the sentence marked and the evidence highlighted in it.
fn in_context(m: &MentionInContext) -> Markup {
    let (Some(context), Some(start), Some(end)) = (&m.context, m.start, m.end) else {
        return html! { p.context { mark.evidence { (m.evidence) } } };
    };
    let chars: Vec<char> = context.paragraph.chars().collect();
    let cut = |from: usize, to: usize| -> String {
        let at = |c: usize| c.saturating_sub(context.paragraph_start).min(chars.len());
        chars[at(from)..at(to).max(at(from))].iter().collect()
    };
    let paragraph_end = context.paragraph_start + chars.len();
    html! {
        p.context {
            (cut(context.paragraph_start, context.sentence_start))
            span.sentence {
                (cut(context.sentence_start, start))
                mark.evidence { (cut(start, end)) }
                (cut(end, context.sentence_end))
            }
            (cut(context.sentence_end, paragraph_end))
        }
    }
}

fn mention(n: usize, m: &MentionInContext, lang: Lang) -> Markup {
    let l = lang.labels();
    html! {
        article.mention id=(format!("report-{n}")) {
            header {
                span.n { "[" (n) "] " }
                @if let Some(d) = &m.document {
                    span.outlet { (d.outlet.as_deref().unwrap_or("—")) }
                    " · "
                    a.document href=(links::document(&d.id, lang)) {
                        (d.title.as_deref().unwrap_or(&d.id))
                    }
                    @if let Some(p) = &d.published { " · " span.published { (p) } }
                    " · "
                    @match d.url.as_deref().map(|u| (u, links::safe_href(u))) {
                        Some((_, Some(href))) => a.original href=(href) rel="noopener noreferrer nofollow" { (l.read_original) " ↗" },
                        Some((url, None)) => span.unsafe-url title=(l.unsafe_link) { (url) },
                        None => {},
                    }
                }
            }
            (in_context(m))
            p.meta {
                (code(&m.cameo, lang)) " · " (l.date_in_report) " " (date(m.date.as_deref()))
                @if let Some(how) = &m.date_method { " (" (how) ")" }
            }
            p.joined {
                @match &m.joined {
                    Some(reason) => { (l.joined_because) ": " (reason) },
                    None => { (l.first_report) },
                }
            }
        }
    }
}
