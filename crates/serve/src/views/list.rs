//! The event list: the filters as a form (sent with GET, so a filtered
//! list is a link to keep or share), one row per event, and the next page.

use attache_store::EventFilter;
use maud::{html, Markup};

use super::i18n::Lang;
use super::layout::{clip, date, event_summary, person};
use super::links;
use crate::queries::events::EventPage;

/// The filters as given, in the order of the form, for links that keep them.
pub fn filter_pairs(filter: &EventFilter) -> Vec<(&'static str, String)> {
    vec![
        ("country", filter.country.clone().unwrap_or_default()),
        (
            "dyad",
            filter
                .dyad
                .as_ref()
                .map(|(a, b)| format!("{a},{b}"))
                .unwrap_or_default(),
        ),
        ("from", filter.from.clone().unwrap_or_default()),
        ("to", filter.to.clone().unwrap_or_default()),
        ("cameo", filter.cameo.clone().unwrap_or_default()),
        ("tier", filter.tier.clone().unwrap_or_default()),
        ("person", filter.person.clone().unwrap_or_default()),
        ("q", filter.text.clone().unwrap_or_default()),
    ]
}

fn form(filter: &EventFilter, limit: Option<usize>, lang: Lang) -> Markup {
    let l = lang.labels();
    let pairs = filter_pairs(filter);
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let field = |name: &str, label: &str, kind: &str, hint: &str| {
        html! {
            label {
                span { (label) }
                input type=(kind) name=(name) value=(value(name)) placeholder=(hint);
            }
        }
    };
    html! {
        form.filters method="get" action="/events" {
            (field("country", l.country, "text", "VNM"))
            (field("dyad", l.dyad, "text", "VNM,LAO"))
            (field("from", l.from, "date", ""))
            (field("to", l.to, "date", ""))
            (field("cameo", l.cameo, "text", "04"))
            label {
                span { (l.tier) }
                select name="tier" {
                    @for (v, shown) in [("", l.any), ("activity", l.activity), ("verbal", l.verbal)] {
                        option value=(v) selected[value("tier") == v] { (shown) }
                    }
                }
            }
            (field("person", l.person, "text", "Phan Van Giang"))
            (field("q", l.words, "search", ""))
            @if let Some(limit) = limit { input type="hidden" name="limit" value=(limit); }
            @if lang != Lang::En { input type="hidden" name="lang" value=(lang.code()); }
            div.actions {
                button type="submit" { (l.filter) }
                a href=(links::with_query("/events", &[], lang)) { (l.reset) }
            }
        }
    }
}

pub fn list(page: &EventPage, filter: &EventFilter, limit: Option<usize>, lang: Lang) -> Markup {
    let l = lang.labels();
    let pairs = filter_pairs(filter);
    let mut kept: Vec<(&str, &str)> = pairs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let limit_text = limit.map(|n| n.to_string()).unwrap_or_default();
    kept.push(("limit", &limit_text));
    let next_href = page.next.as_deref().map(|after| {
        let mut next = kept.clone();
        next.push(("after", after));
        links::with_query("/events", &next, lang)
    });
    html! {
        h1 { (l.events) }
        (form(filter, limit, lang))
        @if page.events.is_empty() {
            p.empty { (l.no_events) }
        } @else {
            table.events {
                thead { tr { th { (l.date) } th { (l.event) } th { (l.evidence) } th.num { (l.sources) } } }
                tbody {
                    @for e in &page.events {
                        tr data-event=(e.event_id) {
                            td.date { (date(e.date.as_deref())) }
                            td.what {
                                (event_summary(e, lang))
                                div.people { (person(&e.source)) " " (person(&e.target)) }
                            }
                            td.evidence { "« " (clip(&e.evidence, 180)) " »" }
                            td.num { (e.sources) }
                        }
                    }
                }
            }
        }
        nav.pager {
            @if let Some(href) = &next_href {
                a.next rel="next" href=(href) { (l.next_page) " →" }
            }
            a.json href=(links::with_query("/api/events", &kept, Lang::En)) { (l.as_json) }
        }
    }
}
