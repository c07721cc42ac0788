//! The frame of every page: head (the stylesheet and icon, both served
//! by this server: nothing is fetched from elsewhere), the navigation with
//! the language switch, and the shared pieces (parties, codes, dates).

use attache_model::{Actor, CanonicalEvent};
use maud::{html, Markup, DOCTYPE};

use super::i18n::Lang;
use super::links;

/// Where a page is, to link to it in the other language.
pub struct Here<'a> {
    pub path: &'a str,
    /// The page's query parameters other than `lang`.
    pub query: Vec<(&'a str, &'a str)>,
}

pub fn page(lang: Lang, title: &str, here: &Here<'_>, body: Markup) -> Markup {
    let l = lang.labels();
    let other = match lang {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    };
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · attache" }
                link rel="stylesheet" href="/static/style.css";
                link rel="icon" href="/static/favicon.svg" type="image/svg+xml";
            }
            body {
                header.site {
                    nav {
                        a.brand href=(links::with_query("/events", &[], lang)) { "attache" }
                        a href=(links::with_query("/events", &[], lang)) { (l.events) }
                        a.lang-switch href=(links::with_query(here.path, &here.query, other)) hreflang=(other.code()) {
                            (other.code().to_uppercase())
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// A party as a link to its country page, by name (code in the tooltip).
pub fn party(actor: &Actor, lang: Lang) -> Markup {
    match actor.party() {
        Some(code) => html! {
            a.party href=(links::country(code, lang)) title=(code) { (lang.party_name(code)) }
        },
        None => html! { span.party { "?" } },
    }
}

/// A person with the title as written, when the event names one.
pub fn person(actor: &Actor) -> Markup {
    html! {
        @if let Some(name) = &actor.name {
            span.person {
                (name)
                @if let Some(title) = &actor.title { span.title { ", " (title) } }
            }
        }
    }
}

/// `040 · Consult`.
pub fn code(cameo: &str, lang: Lang) -> Markup {
    let root = cameo.get(..2).unwrap_or(cameo);
    html! { span.code { span.cameo { (cameo) } " · " (lang.root_name(root)) } }
}

pub fn date(date: Option<&str>) -> Markup {
    html! { span.date { (date.unwrap_or("—")) } }
}

/// One event in a line: code, parties, date, linked to its page.
pub fn event_summary(e: &CanonicalEvent, lang: Lang) -> Markup {
    html! {
        a.event-link href=(links::event(&e.event_id, lang)) { (code(&e.cameo, lang)) }
        " "
        (party(&e.source, lang)) " → " (party(&e.target, lang))
    }
}

/// `text` cut to `chars` characters, with an ellipsis when cut.
pub fn clip(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        None => text.to_string(),
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

/// The page of a failed request, in the reader's language.
pub fn error_page(lang: Lang, status: u16, message: &str) -> Markup {
    let l = lang.labels();
    let title = match status {
        404 => l.not_found,
        400 => l.bad_request,
        _ => "Error",
    };
    let here = Here {
        path: "/events",
        query: vec![],
    };
    page(
        lang,
        title,
        &here,
        html! {
            h1 { (title) }
            p.error { (message) }
            p { a href=(links::with_query("/events", &[], lang)) { (l.events) } }
        },
    )
}
