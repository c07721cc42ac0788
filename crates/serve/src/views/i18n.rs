//! The pages' words in English and French (`?lang=fr|en`): labels, the
//! names of CAMEO roots and of the cleaner's reasons, and country names.

use attache_model::RemovalReason;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    /// The language a page is asked in: `lang=fr`, else English.
    pub fn from_param(value: Option<&str>) -> Lang {
        match value {
            Some("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }

    /// The name of CAMEO root `root` (`"04"`).
    pub fn root_name(self, root: &str) -> &'static str {
        let names = match self {
            Lang::En => &ROOTS_EN,
            Lang::Fr => &ROOTS_FR,
        };
        root.parse::<usize>()
            .ok()
            .and_then(|n| names.get(n.wrapping_sub(1)))
            .copied()
            .unwrap_or(match self {
                Lang::En => "other",
                Lang::Fr => "autre",
            })
    }

    pub fn reason_name(self, reason: RemovalReason) -> &'static str {
        use RemovalReason::*;
        match (self, reason) {
            (Lang::En, Teaser) => "teaser of another story",
            (Lang::En, Caption) => "photo caption",
            (Lang::En, Duplicate) => "duplicate",
            (Lang::En, Boilerplate) => "boilerplate",
            (Lang::En, Comments) => "comments",
            (Lang::Fr, Teaser) => "annonce d'un autre article",
            (Lang::Fr, Caption) => "légende de photo",
            (Lang::Fr, Duplicate) => "doublon",
            (Lang::Fr, Boilerplate) => "habillage de page",
            (Lang::Fr, Comments) => "commentaires",
        }
    }

    /// A party's name for a reader (`VNM` → `Vietnam`, `UNMISS` →
    /// `MINUSS` in French); a code the lexicon does not know is shown as
    /// it is.
    pub fn party_name(self, code: &str) -> String {
        let lang = match self {
            Lang::Fr => attache_model::Lang::Fr,
            Lang::En => attache_model::Lang::En,
        };
        attache_lexicon::party_name(code, &lang).map_or_else(|| code.to_string(), str::to_string)
    }
}

/// Every label the pages show.
pub struct Labels {
    pub events: &'static str,
    pub event: &'static str,
    pub filter: &'static str,
    pub reset: &'static str,
    pub country: &'static str,
    pub dyad: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub cameo: &'static str,
    pub tier: &'static str,
    pub any: &'static str,
    pub activity: &'static str,
    pub verbal: &'static str,
    pub person: &'static str,
    pub words: &'static str,
    pub date: &'static str,
    pub evidence: &'static str,
    pub sources: &'static str,
    pub next_page: &'static str,
    pub no_events: &'static str,
    pub as_json: &'static str,
    pub source: &'static str,
    pub target: &'static str,
    pub place: &'static str,
    pub reports: &'static str,
    pub confidence: &'static str,
    pub first_report: &'static str,
    pub joined_because: &'static str,
    pub read_original: &'static str,
    pub outlet: &'static str,
    pub published: &'static str,
    pub date_in_report: &'static str,
    pub removed_legend: &'static str,
    pub evidence_legend: &'static str,
    pub partners: &'static str,
    pub partner: &'static str,
    pub network: &'static str,
    pub by_year: &'static str,
    pub by_month: &'static str,
    pub undated: &'static str,
    pub total: &'static str,
    pub events_of_pair: &'static str,
    pub not_found: &'static str,
    pub bad_request: &'static str,
    pub unsafe_link: &'static str,
    pub more_reports: &'static str,
}

const EN: Labels = Labels {
    events: "Events",
    event: "Event",
    filter: "Filter",
    reset: "Reset",
    country: "Country",
    dyad: "Pair (VNM,LAO)",
    from: "From",
    to: "To",
    cameo: "CAMEO code",
    tier: "Tier",
    any: "any",
    activity: "activity",
    verbal: "verbal",
    person: "Person",
    words: "Words in the evidence",
    date: "Date",
    evidence: "Evidence",
    sources: "Sources",
    next_page: "Next page",
    no_events: "No event passes these filters.",
    as_json: "as JSON",
    source: "Source",
    target: "Target",
    place: "Place",
    reports: "Reports",
    confidence: "Confidence",
    first_report: "First report of this event.",
    joined_because: "Joined because",
    read_original: "original page",
    outlet: "Outlet",
    published: "Published",
    date_in_report: "date in this report",
    removed_legend: "Greyed: set aside by the cleaner, with the reason.",
    evidence_legend: "Highlighted: the evidence of an event.",
    partners: "Partners",
    partner: "Partner",
    network: "Partners network",
    by_year: "Events per year, by kind",
    by_month: "Events per month, by kind",
    undated: "without a known year",
    total: "Total",
    events_of_pair: "Events of the pair",
    not_found: "Not found",
    bad_request: "Bad request",
    unsafe_link: "link not shown: not an http(s) address",
    more_reports: "more reports are not listed",
};

const FR: Labels = Labels {
    events: "Événements",
    event: "Événement",
    filter: "Filtrer",
    reset: "Effacer",
    country: "Pays",
    dyad: "Paire (VNM,LAO)",
    from: "Du",
    to: "Au",
    cameo: "Code CAMEO",
    tier: "Niveau",
    any: "tous",
    activity: "activité",
    verbal: "déclaration",
    person: "Personne",
    words: "Mots de l'extrait",
    date: "Date",
    evidence: "Extrait",
    sources: "Sources",
    next_page: "Page suivante",
    no_events: "Aucun événement ne passe ces filtres.",
    as_json: "en JSON",
    source: "Source",
    target: "Cible",
    place: "Lieu",
    reports: "Articles",
    confidence: "Confiance",
    first_report: "Premier article sur cet événement.",
    joined_because: "Rattaché parce que",
    read_original: "page d'origine",
    outlet: "Média",
    published: "Publié",
    date_in_report: "date dans cet article",
    removed_legend: "En gris : écarté par le nettoyage, avec la raison.",
    evidence_legend: "Surligné : l'extrait qui atteste un événement.",
    partners: "Partenaires",
    partner: "Partenaire",
    network: "Réseau des partenaires",
    by_year: "Événements par an, par type",
    by_month: "Événements par mois, par type",
    undated: "sans année connue",
    total: "Total",
    events_of_pair: "Événements de la paire",
    not_found: "Introuvable",
    bad_request: "Requête invalide",
    unsafe_link: "lien non affiché : pas une adresse http(s)",
    more_reports: "autres articles non listés",
};

const ROOTS_EN: [&str; 20] = [
    "Public statement",
    "Appeal",
    "Intent to cooperate",
    "Consult",
    "Diplomatic cooperation",
    "Material cooperation",
    "Provide aid",
    "Yield",
    "Investigate",
    "Demand",
    "Disapprove",
    "Reject",
    "Threaten",
    "Protest",
    "Force posture",
    "Reduce relations",
    "Coerce",
    "Assault",
    "Fight",
    "Mass violence",
];

const ROOTS_FR: [&str; 20] = [
    "Déclaration publique",
    "Appel",
    "Intention de coopérer",
    "Consultation",
    "Coopération diplomatique",
    "Coopération matérielle",
    "Aide",
    "Concession",
    "Enquête",
    "Exigence",
    "Désapprobation",
    "Rejet",
    "Menace",
    "Protestation",
    "Démonstration de force",
    "Réduction des relations",
    "Coercition",
    "Agression",
    "Combat",
    "Violence de masse",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_and_parties_are_named_in_both_languages() {
        assert_eq!(Lang::En.root_name("04"), "Consult");
        assert_eq!(Lang::Fr.root_name("04"), "Consultation");
        assert_eq!(Lang::Fr.root_name("99"), "autre");
        assert_eq!(Lang::Fr.root_name("00"), "autre");
        assert_eq!(Lang::En.party_name("KHM"), "Cambodia");
        assert_eq!(Lang::Fr.party_name("ASEAN"), "ASEAN");
    }
}
