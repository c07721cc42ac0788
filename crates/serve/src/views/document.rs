//! A document as captured, with what the cleaner set aside greyed and
//! labelled with its reason, and the evidence of each event highlighted
//! and linked to the event.

use maud::{html, Markup};

use super::i18n::Lang;
use super::links;
use crate::queries::document::{DocumentView, Segment};

pub fn document(view: &DocumentView, lang: Lang) -> Markup {
    let l = lang.labels();
    let d = &view.document;
    html! {
        h1 { (d.title.as_deref().unwrap_or(&d.id)) }
        dl.fields {
            dt { (l.outlet) } dd.outlet { (d.outlet.as_deref().unwrap_or("—")) }
            dt { (l.published) } dd { (d.published.as_deref().unwrap_or("—")) }
            dt { "lang" } dd { (d.lang) }
            dt { "id" } dd { code { (d.id) } }
            @if let Some(url) = &d.url {
                dt { "URL" }
                dd {
                    @match links::safe_href(url) {
                        Some(href) => a.original href=(href) rel="noopener noreferrer nofollow" { (url) },
                        None => span.unsafe-url title=(l.unsafe_link) { (url) },
                    }
                }
            }
        }
        p.legend { span.removed-sample { (l.removed_legend) } " " mark.evidence { (l.evidence_legend) } }
        div.doc-text {
            @for (i, s) in view.segments.iter().enumerate() {
                (segment(s, i.checked_sub(1).and_then(|p| view.segments.get(p)), lang))
            }
        }
    }
}

/// One segment; a removed region is labelled where it begins.
fn segment(s: &Segment, previous: Option<&Segment>, lang: Lang) -> Markup {
    let text = html! {
        @match &s.event_id {
            Some(id) => a.evidence-link href=(links::event(id, lang)) { mark.evidence { (s.text) } },
            None => (s.text),
        }
    };
    match s.reason {
        Some(reason) => {
            let starts = previous.is_none_or(|p| p.reason != Some(reason) || p.end != s.start);
            let name = lang.reason_name(reason);
            html! {
                @if starts { span.reason-label { (name) } }
                span.removed data-reason=(name) title=(name) { (text) }
            }
        }
        None => text,
    }
}
