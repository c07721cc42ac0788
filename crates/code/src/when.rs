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

    /// The date of an event whose trigger is at `at`, and how it was found:
    /// a day or month named in its sentence (the nearest), else the first
    /// day the article names (the lead dates the main event), else a year
    /// of the sentence. Spans of years (`2018-2028`, a plan's period) are
    /// never an event's date.
    pub fn for_position(&self, text: &CleanText, at: usize) -> (Option<String>, Option<String>) {
        let range = text.sentence_range(text.sentence_of(at));
        let in_sentence = |fine: bool| {
            self.resolved
                .iter()
                .filter(|(p, v, _)| {
                    range.contains(p)
                        && precision(v)
                            == if fine {
                                Precision::Fine
                            } else {
                                Precision::Year
                            }
                })
                .min_by_key(|(p, _, _)| p.abs_diff(at))
        };
        if let Some((_, value, method)) = in_sentence(true) {
            return (Some(value.clone()), Some(method.clone()));
        }
        let lead = self.resolved.iter().find(|(_, v, _)| {
            precision(v) == Precision::Fine && v.split('/').next().is_some_and(|d| d.len() == 10)
        });
        if let Some((_, value, method)) = lead {
            return (Some(value.clone()), Some(format!("{method}, lead")));
        }
        match in_sentence(false) {
            Some((_, value, method)) => (Some(value.clone()), Some(method.clone())),
            None => (None, None),
        }
    }
}

#[derive(PartialEq, Eq)]
enum Precision {
    /// A day, a month, or a range of them.
    Fine,
    /// A year.
    Year,
    /// A span of years: a period, not a date.
    Years,
}

fn precision(value: &str) -> Precision {
    let first = value.split('/').next().unwrap_or(value);
    match (first.len(), value.contains('/')) {
        (4, true) => Precision::Years,
        (4, false) => Precision::Year,
        _ => Precision::Fine,
    }
}
