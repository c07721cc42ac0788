//! Query parameters, read and checked before any query runs: each value
//! that does not parse is a 400 naming its parameter. Empty values count
//! as absent (an HTML form sends every field), unknown parameters are
//! refused (a typo would otherwise silently widen the answer).

use attache_store::EventFilter;

use crate::error::ApiError;

/// The parameters of one request, as given.
pub struct Params(Vec<(String, String)>);

/// The largest page of events one request may ask for.
pub const MAX_LIMIT: usize = 1000;
/// The page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 50;
/// Longest text accepted for a free-text parameter (`q`, `person`).
const MAX_TEXT: usize = 200;

impl Params {
    /// Reads a raw query string; a parameter given twice is a 400.
    pub fn parse(query: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            if !allowed.contains(&name.as_ref()) {
                return Err(ApiError::bad_parameter(
                    &name,
                    format!("unknown parameter (known here: {})", allowed.join(", ")),
                ));
            }
            if pairs.iter().any(|(n, _)| *n == name) {
                return Err(ApiError::bad_parameter(&name, "given more than once"));
            }
            let value = value.trim();
            if !value.is_empty() {
                pairs.push((name.into_owned(), value.to_string()));
            }
        }
        Ok(Params(pairs))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A party: an ISO 3166 alpha-3 country or an organisation's code
    /// (`ASEAN`, `UNMISS`), upper-cased.
    pub fn party(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.get(name).map(|v| party(name, v)).transpose()
    }

    /// Like [`Params::party`], but the parameter must be given.
    pub fn required_party(&self, name: &str) -> Result<String, ApiError> {
        self.party(name)?
            .ok_or_else(|| ApiError::bad_parameter(name, "required"))
    }

    /// A day, `YYYY-MM-DD`.
    pub fn day(&self, name: &str) -> Result<Option<String>, ApiError> {
        self.get(name).map(|v| day(name, v)).transpose()
    }

    /// Free text, at most 200 characters.
    pub fn text(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.get(name) {
            Some(v) if v.chars().count() > MAX_TEXT => Err(ApiError::bad_parameter(
                name,
                format!("longer than {MAX_TEXT} characters"),
            )),
            other => Ok(other.map(str::to_string)),
        }
    }

    /// One of `choices`.
    pub fn choice(
        &self,
        name: &str,
        choices: &[&'static str],
    ) -> Result<Option<&'static str>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => choices
                .iter()
                .find(|c| **c == v)
                .map(|c| Some(*c))
                .ok_or_else(|| {
                    ApiError::bad_parameter(name, format!("expected one of {}", choices.join(", ")))
                }),
        }
    }

    /// A number in `range`.
    pub fn number(
        &self,
        name: &str,
        range: std::ops::RangeInclusive<usize>,
    ) -> Result<Option<usize>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if range.contains(&n) => Ok(Some(n)),
                _ => Err(ApiError::bad_parameter(
                    name,
                    format!(
                        "expected a number from {} to {}",
                        range.start(),
                        range.end()
                    ),
                )),
            },
        }
    }

    /// The filters of `attache events` (`country`, `dyad`, `from`, `to`,
    /// `cameo`, `tier`, `person`) and `q`, the words of the evidence.
    pub fn event_filter(&self) -> Result<EventFilter, ApiError> {
        let dyad = match self.get("dyad") {
            None => None,
            Some(v) => match v.split_once(',') {
                Some((a, b)) => Some((party("dyad", a.trim())?, party("dyad", b.trim())?)),
                None => {
                    return Err(ApiError::bad_parameter(
                        "dyad",
                        "expected two parties separated by a comma, e.g. VNM,LAO",
                    ))
                }
            },
        };
        let cameo = match self.get("cameo") {
            Some(v) if v.len() > 4 || !v.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(ApiError::bad_parameter(
                    "cameo",
                    "expected a CAMEO code or prefix: 1 to 4 digits",
                ))
            }
            other => other.map(str::to_string),
        };
        let filter = EventFilter {
            country: self.party("country")?,
            dyad,
            from: self.day("from")?,
            to: self.day("to")?,
            cameo,
            tier: self
                .choice("tier", &["activity", "verbal"])?
                .map(str::to_string),
            person: self.text("person")?,
            text: self.text("q")?,
        };
        if let (Some(from), Some(to)) = (&filter.from, &filter.to) {
            if from > to {
                return Err(ApiError::bad_parameter("to", "before `from`"));
            }
        }
        Ok(filter)
    }
}

/// The parameters of the event list (API and page).
pub const EVENT_LIST_PARAMS: &[&str] = &[
    "country", "dyad", "from", "to", "cameo", "tier", "person", "q", "limit", "after", "lang",
];

fn party(name: &str, value: &str) -> Result<String, ApiError> {
    let upper = value.to_ascii_uppercase();
    let ok = (2..=10).contains(&upper.len())
        && upper
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    match ok {
        true => Ok(upper),
        false => Err(ApiError::bad_parameter(
            name,
            "expected a country (ISO 3166 alpha-3, e.g. VNM) or an organisation's code (ASEAN)",
        )),
    }
}

fn day(name: &str, value: &str) -> Result<String, ApiError> {
    match attache_model::DateSpan::parse(value) {
        Some(span) if span.is_day() && !span.year_unknown() && value.len() == 10 => {
            Ok(value.to_string())
        }
        _ => Err(ApiError::bad_parameter(
            name,
            "expected a day as YYYY-MM-DD",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(query: &str) -> Result<EventFilter, ApiError> {
        Params::parse(Some(query), EVENT_LIST_PARAMS)?.event_filter()
    }

    #[test]
    fn each_bad_value_names_its_parameter() {
        for (query, parameter) in [
            ("from=2024-02-30", "from"),
            ("to=yesterday", "to"),
            ("dyad=VNM", "dyad"),
            ("dyad=VNM,L%27AO", "dyad"),
            ("country=%3Cscript%3E", "country"),
            ("cameo=04%25", "cameo"),
            ("tier=both", "tier"),
            ("colour=red", "colour"),
            ("country=VNM&country=LAO", "country"),
            ("from=2024-02-01&to=2024-01-01", "to"),
        ] {
            let err = filter(query).unwrap_err();
            assert_eq!(err.parameter.as_deref(), Some(parameter), "{query}");
            assert_eq!(err.status.as_u16(), 400);
        }
    }

    #[test]
    fn good_values_fill_the_filter_and_empty_ones_are_absent() {
        let f = filter(
            "country=vnm&dyad=khm,+vnm&from=2024-01-01&cameo=04&tier=activity&person=&q=Hano%C3%AF",
        )
        .unwrap();
        assert_eq!(f.country.as_deref(), Some("VNM"));
        assert_eq!(f.dyad, Some(("KHM".into(), "VNM".into())));
        assert_eq!(f.person, None);
        assert_eq!(f.text.as_deref(), Some("Hanoï"));
    }
}
