//! A country's page (its partners ranked, the network, the timelines by
//! year and by month) and a pair's page (the pair's timelines and its
//! latest events).

use maud::{html, Markup};

use super::charts::{legend, network, stacked_bars};
use super::i18n::Lang;
use super::layout::{date, event_summary};
use super::links;
use crate::queries::dyads::Dyads;
use crate::queries::events::EventPage;
use crate::queries::timeline::Timeline;

/// Partners drawn in the network, at most (all are listed in the table).
const NETWORK_PARTNERS: usize = 24;

fn roots_of(timelines: [&Timeline; 2]) -> Vec<String> {
    let mut roots: Vec<String> = timelines.iter().flat_map(|t| t.roots.clone()).collect();
    roots.sort();
    roots.dedup();
    roots
}

fn timelines(by_year: &Timeline, by_month: &Timeline, lang: Lang) -> Markup {
    let l = lang.labels();
    html! {
        (legend(&roots_of([by_year, by_month]), lang))
        (stacked_bars(&by_year.periods, l.by_year, "by-year"))
        (stacked_bars(&by_month.periods, l.by_month, "by-month"))
        @if by_year.undated > 0 {
            p.undated { (by_year.undated) " " (l.undated) }
        }
    }
}

/// The last year with events (the review a reader most likely wants).
fn latest_year(by_year: &Timeline) -> Option<&str> {
    by_year
        .periods
        .iter()
        .rev()
        .find(|p| p.total > 0)
        .map(|p| p.period.as_str())
}

/// A form that opens the country's annual review for a year.
fn review_form(code: &str, year: Option<&str>, lang: Lang) -> Markup {
    let (label, button) = match lang {
        Lang::Fr => ("Bilan annuel de l'année", "Afficher le bilan"),
        Lang::En => ("Annual review of the year", "Show the review"),
    };
    html! {
        form.review method="get" action=(format!("/countries/{code}/report")) {
            @if lang == Lang::Fr { input type="hidden" name="lang" value="fr"; }
            label { (label) " " input type="number" name="year" min="1900" max="2100" required value=[year]; }
            " " button type="submit" { (button) }
        }
    }
}

pub fn country(dyads: &Dyads, by_year: &Timeline, by_month: &Timeline, lang: Lang) -> Markup {
    let l = lang.labels();
    let code = &dyads.country;
    let total: u64 = by_year.periods.iter().map(|p| p.total).sum::<u64>() + by_year.undated;
    html! {
        h1 { (lang.party_name(code)) " " small { (code) } }
        p.lead {
            a href=(links::with_query("/events", &[("country", code)], lang)) { (total) " " (l.events.to_lowercase()) }
            " · " (dyads.partners.len()) " " (l.partners.to_lowercase())
        }
        (review_form(code, latest_year(by_year), lang))
        div.columns {
            section.partners {
                h2 { (l.partners) }
                table.ranking {
                    thead { tr { th { (l.partner) } th.num { (l.total) } th { "CAMEO" } } }
                    tbody {
                        @for p in &dyads.partners {
                            tr data-partner=(p.partner) {
                                td { a href=(links::pair(code, &p.partner, lang)) { (lang.party_name(&p.partner)) } }
                                td.num { (p.total) }
                                td.roots {
                                    @for (root, n) in &p.counts { span.root title=(lang.root_name(root)) { (root) ":" (n) } " " }
                                }
                            }
                        }
                    }
                }
            }
            section.graph {
                (network(code, &dyads.partners, lang, l.network, NETWORK_PARTNERS))
            }
        }
        section.timeline {
            (timelines(by_year, by_month, lang))
        }
    }
}

pub fn pair(by_year: &Timeline, by_month: &Timeline, latest: &EventPage, lang: Lang) -> Markup {
    let l = lang.labels();
    let a = &by_year.country;
    let b = by_year.partner.as_deref().unwrap_or("");
    let dyad = format!("{a},{b}");
    html! {
        h1 {
            a href=(links::country(a, lang)) { (lang.party_name(a)) }
            " – "
            a href=(links::country(b, lang)) { (lang.party_name(b)) }
        }
        section.timeline { (timelines(by_year, by_month, lang)) }
        h2 { (l.events_of_pair) }
        ul.latest {
            @for e in &latest.events {
                li { (date(e.date.as_deref())) " " (event_summary(e, lang)) }
            }
        }
        p { a href=(links::with_query("/events", &[("dyad", &dyad)], lang)) { (l.events) " →" } }
    }
}
