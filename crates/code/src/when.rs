//! When an event happened: the date expression of its sentence nearest the
//! trigger, else the last one before it, else the first of the article;
//! resolved against the publication date and the years the article names.

use attache_dates::{find_dates, resolve, years_in, DateContext, Resolution};
use attache_model::Document;
use attache_segment::CleanText;

pub struct Dates {
    /// (code point where the expression starts, value, how it was resolved)
    resolved: Vec<(usize, String, String)>,
}

fn method_name(method: Resolution) -> &'static str {
    match method {
        Resolution::Explicit => "explicit",
        Resolution::Published => "published",
        Resolution::Weekday => "weekday",
        Resolution::ArticleYear => "article_year",
        Resolution::UnknownYear => "unknown_year",
    }
}

impl Dates {
    pub fn new(doc: &Document, text: &str) -> Dates {
        let years = years_in(text);
        let ctx = DateContext {
            published: doc.published.as_deref(),
            article_years: &years,
        };
        let resolved = find_dates(text, &doc.lang)
            .into_iter()
            .filter_map(|m| {
                let date = resolve(&m.expr, &ctx)?;
                Some((
                    text[..m.start].chars().count(),
                    date.value,
                    method_name(date.method).to_string(),
                ))
            })
            .collect();
        Dates { resolved }
    }

    /// The date of an event whose trigger is at `at`, and how it was found.
    pub fn for_position(&self, text: &CleanText, at: usize) -> (Option<String>, Option<String>) {
        let range = text.sentence_range(text.sentence_of(at));
        let in_sentence = self
            .resolved
            .iter()
            .filter(|(p, _, _)| range.contains(p))
            .min_by_key(|(p, _, _)| p.abs_diff(at));
        if let Some((_, value, method)) = in_sentence {
            return (Some(value.clone()), Some(method.clone()));
        }
        let before = self
            .resolved
            .iter()
            .rev()
            .find(|(p, _, _)| *p < range.start);
        match before.or(self.resolved.first()) {
            Some((_, value, method)) => (Some(value.clone()), Some(format!("{method}, context"))),
            None => (None, None),
        }
    }
}
