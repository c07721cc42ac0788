//! An actor of an event (`EVENTS.md` §2): a country's side, an organisation,
//! and when a person acts, the person.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// ISO 3166-1 alpha-3; `None` for an international organisation.
    pub country: Option<String>,
    /// Short code of an international organisation or mission (`UN`, `UNMISS`).
    pub igo: Option<String>,
    /// `MIL`, `GOV`, `PTY`, `LEG`, `IGO`.
    pub sector: Option<String>,
    /// The person's name without rank or title.
    pub name: Option<String>,
    /// The person's function as written.
    pub title: Option<String>,
}

impl Actor {
    pub fn of_country(iso3: &str) -> Actor {
        Actor {
            country: Some(iso3.to_string()),
            ..Actor::default()
        }
    }

    /// The country, or else the organisation: what the scorer compares.
    pub fn party(&self) -> Option<&str> {
        self.country.as_deref().or(self.igo.as_deref())
    }
}
