//! The kinds of activity a review counts, from an event's CAMEO code and
//! which side the country reported on is.

use attache_model::{CanonicalEvent, Tier};
use serde::Serialize;

/// A line of the year at a glance, in the order the review lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 042 with the country as source; 043 with it as target (its
    /// delegation was received abroad).
    DelegationsSent,
    /// 043 with the country as host; 042 with it as target.
    DelegationsReceived,
    /// 040 and 044: talks, conferences, meetings at a third place.
    Talks,
    /// 041.
    Calls,
    /// 046: sessions of a dialogue or consultation mechanism.
    Dialogues,
    /// 036: a visit or meeting announced or accepted.
    Announced,
    /// 057.
    Agreements,
    /// 06x: exercises, patrols, port calls, training, information sharing.
    Cooperation,
    /// 070–073 given by the country.
    AidGiven,
    /// 070–073 received by the country.
    AidReceived,
    /// 074: peacekeeping deployments.
    Peacekeeping,
    /// Verbal 03x: intents and commitments.
    Commitments,
    /// Verbal 05x: praise, thanks, congratulations.
    Praise,
    /// Verbal 02x: appeals and requests.
    Appeals,
    /// Verbal 10–13: demands, protests, rejections, threats.
    Protests,
    /// Any other code.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 16] = [
        Kind::DelegationsSent,
        Kind::DelegationsReceived,
        Kind::Talks,
        Kind::Calls,
        Kind::Dialogues,
        Kind::Announced,
        Kind::Agreements,
        Kind::Cooperation,
        Kind::AidGiven,
        Kind::AidReceived,
        Kind::Peacekeeping,
        Kind::Commitments,
        Kind::Praise,
        Kind::Appeals,
        Kind::Protests,
        Kind::Other,
    ];

    /// The name JSON and the `--groups` file use.
    pub fn key(self) -> &'static str {
        match self {
            Kind::DelegationsSent => "delegations_sent",
            Kind::DelegationsReceived => "delegations_received",
            Kind::Talks => "talks",
            Kind::Calls => "calls",
            Kind::Dialogues => "dialogues",
            Kind::Announced => "announced",
            Kind::Agreements => "agreements",
            Kind::Cooperation => "cooperation",
            Kind::AidGiven => "aid_given",
            Kind::AidReceived => "aid_received",
            Kind::Peacekeeping => "peacekeeping",
            Kind::Commitments => "commitments",
            Kind::Praise => "praise",
            Kind::Appeals => "appeals",
            Kind::Protests => "protests",
            Kind::Other => "other",
        }
    }

    /// The colour family of the month-by-month chart.
    pub fn family(self) -> Family {
        match self {
            Kind::DelegationsSent | Kind::DelegationsReceived | Kind::Announced => Family::Visits,
            Kind::Talks | Kind::Calls | Kind::Dialogues => Family::Talks,
            Kind::Agreements => Family::Agreements,
            Kind::Cooperation => Family::Cooperation,
            Kind::AidGiven | Kind::AidReceived | Kind::Peacekeeping => Family::Aid,
            _ => Family::Statements,
        }
    }
}

/// Kinds gathered for the month-by-month chart's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Visits,
    Talks,
    Agreements,
    Cooperation,
    Aid,
    Statements,
}

impl Family {
    pub const ALL: [Family; 6] = [
        Family::Visits,
        Family::Talks,
        Family::Agreements,
        Family::Cooperation,
        Family::Aid,
        Family::Statements,
    ];
}

/// The kind of `event` seen from `country`'s side, or `None` when the
/// country is on neither side.
pub fn kind_of(event: &CanonicalEvent, country: &str) -> Option<Kind> {
    let is_source = event.source.party() == Some(country);
    if !is_source && event.target.party() != Some(country) {
        return None;
    }
    let code = event.cameo.as_str();
    let root = code.get(..2).unwrap_or(code);
    Some(match (event.tier, root, code) {
        (Tier::Activity, _, "042") if is_source => Kind::DelegationsSent,
        (Tier::Activity, _, "042") => Kind::DelegationsReceived,
        (Tier::Activity, _, "043") if is_source => Kind::DelegationsReceived,
        (Tier::Activity, _, "043") => Kind::DelegationsSent,
        (Tier::Activity, _, "040" | "044") => Kind::Talks,
        (Tier::Activity, _, "041") => Kind::Calls,
        (Tier::Activity, _, "046") => Kind::Dialogues,
        (Tier::Activity, _, "036") => Kind::Announced,
        (Tier::Activity, "05", _) if code.starts_with("057") => Kind::Agreements,
        (Tier::Activity, "06", _) => Kind::Cooperation,
        (Tier::Activity, "07", _) if code.starts_with("074") => Kind::Peacekeeping,
        (Tier::Activity, "07", _) if is_source => Kind::AidGiven,
        (Tier::Activity, "07", _) => Kind::AidReceived,
        (Tier::Verbal, "03", _) => Kind::Commitments,
        (Tier::Verbal, "05", _) => Kind::Praise,
        (Tier::Verbal, "02", _) => Kind::Appeals,
        (Tier::Verbal, "10" | "11" | "12" | "13", _) => Kind::Protests,
        _ => Kind::Other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use attache_model::Actor;

    fn event(tier: Tier, cameo: &str, source: &str, target: &str) -> CanonicalEvent {
        CanonicalEvent {
            event_id: "ev".into(),
            tier,
            cameo: cameo.into(),
            source: Actor::of_country(source),
            target: Actor::of_country(target),
            date: None,
            place: None,
            evidence: String::new(),
            doc: "d".into(),
            mentions: 1,
            sources: 1,
            docs: vec!["d".into()],
            confidence: 0.6,
        }
    }

    #[test]
    fn visits_and_receptions_count_from_the_country_side() {
        let kind = |cameo, s, t| kind_of(&event(Tier::Activity, cameo, s, t), "VNM");
        assert_eq!(kind("042", "VNM", "LAO"), Some(Kind::DelegationsSent));
        assert_eq!(kind("042", "LAO", "VNM"), Some(Kind::DelegationsReceived));
        assert_eq!(kind("043", "VNM", "LAO"), Some(Kind::DelegationsReceived));
        assert_eq!(kind("043", "LAO", "VNM"), Some(Kind::DelegationsSent));
        assert_eq!(kind("0741", "VNM", "UNMISS"), Some(Kind::Peacekeeping));
        assert_eq!(kind("073", "VNM", "LAO"), Some(Kind::AidGiven));
        assert_eq!(kind("072", "USA", "VNM"), Some(Kind::AidReceived));
        assert_eq!(kind("062", "USA", "VNM"), Some(Kind::Cooperation));
        assert_eq!(kind("042", "USA", "LAO"), None);
    }

    #[test]
    fn statements_by_root() {
        let kind = |cameo, s, t| kind_of(&event(Tier::Verbal, cameo, s, t), "VNM");
        assert_eq!(kind("0312", "VNM", "LAO"), Some(Kind::Commitments));
        assert_eq!(kind("051", "LAO", "VNM"), Some(Kind::Praise));
        assert_eq!(kind("111", "VNM", "CHN"), Some(Kind::Protests));
        assert_eq!(kind("021", "VNM", "CHN"), Some(Kind::Appeals));
        assert_eq!(kind("010", "VNM", "CHN"), Some(Kind::Other));
    }
}
