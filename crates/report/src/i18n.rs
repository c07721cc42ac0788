//! The review's words in French and English: headings, labels of kinds,
//! groups and levels, chart titles and axes. Evidence is never translated.

use serde::Serialize;

use crate::groups::Group;
use crate::kinds::{Family, Kind};
use crate::levels::Level;

/// The language a review is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportLang {
    Fr,
    En,
}

impl ReportLang {
    pub fn code(self) -> &'static str {
        match self {
            ReportLang::Fr => "fr",
            ReportLang::En => "en",
        }
    }

    /// The lexicon's language, for country names.
    pub fn lang(self) -> attache_model::Lang {
        match self {
            ReportLang::Fr => attache_model::Lang::Fr,
            ReportLang::En => attache_model::Lang::En,
        }
    }

    /// `fr` or `en` in `self`'s words: the first is French.
    pub fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self {
            ReportLang::Fr => fr,
            ReportLang::En => en,
        }
    }

    pub fn kind(self, kind: Kind) -> &'static str {
        let (fr, en) = match kind {
            Kind::DelegationsSent => ("Délégations envoyées", "Delegations sent"),
            Kind::DelegationsReceived => ("Délégations reçues", "Delegations received"),
            Kind::Talks => ("Entretiens et réunions", "Talks and meetings"),
            Kind::Calls => (
                "Entretiens téléphoniques et en ligne",
                "Telephone and video calls",
            ),
            Kind::Dialogues => (
                "Mécanismes de dialogue et de consultation",
                "Dialogue and consultation mechanisms",
            ),
            Kind::Announced => (
                "Visites et rencontres annoncées",
                "Visits and meetings announced",
            ),
            Kind::Agreements => (
                "Accords et mémorandums signés",
                "Agreements and memoranda signed",
            ),
            Kind::Cooperation => (
                "Exercices, patrouilles, escales et formation",
                "Exercises, patrols, port calls and training",
            ),
            Kind::AidGiven => ("Aide fournie", "Aid given"),
            Kind::AidReceived => ("Aide reçue", "Aid received"),
            Kind::Peacekeeping => ("Maintien de la paix de l'ONU", "UN peacekeeping"),
            Kind::Commitments => ("Déclarations d'engagement", "Statements of commitment"),
            Kind::Praise => (
                "Éloges, remerciements, félicitations",
                "Praise, thanks, congratulations",
            ),
            Kind::Appeals => ("Appels et demandes", "Appeals and requests"),
            Kind::Protests => (
                "Protestations, exigences, rejets",
                "Protests, demands, rejections",
            ),
            Kind::Other => ("Autres", "Other"),
        };
        self.pick(fr, en)
    }

    pub fn family(self, family: Family) -> &'static str {
        let (fr, en) = match family {
            Family::Visits => ("Visites", "Visits"),
            Family::Talks => ("Entretiens, appels, dialogues", "Talks, calls, dialogues"),
            Family::Agreements => ("Accords", "Agreements"),
            Family::Cooperation => ("Coopération militaire", "Military cooperation"),
            Family::Aid => ("Aide, maintien de la paix", "Aid, peacekeeping"),
            Family::Statements => ("Déclarations", "Statements"),
        };
        self.pick(fr, en)
    }

    pub fn group(self, group: Group) -> &'static str {
        let (fr, en) = match group {
            Group::Neighbours => ("Pays voisins", "Neighbours"),
            Group::Asean => ("ASEAN", "ASEAN"),
            Group::MajorPowers => ("Grandes puissances", "Major powers"),
            Group::AsiaPacific => ("Autres pays d'Asie-Pacifique", "Other Asia-Pacific"),
            Group::Europe => ("Europe", "Europe"),
            Group::Americas => ("Amériques", "Americas"),
            Group::AfricaMiddleEast => ("Afrique et Moyen-Orient", "Africa and Middle East"),
            Group::Organisations => (
                "Organisations internationales",
                "International organisations",
            ),
            Group::Other => ("Autres", "Other"),
        };
        self.pick(fr, en)
    }

    pub fn level(self, level: Level) -> &'static str {
        let (fr, en) = match level {
            Level::Head => (
                "Chef d'État, de gouvernement ou d'organisation",
                "Head of state, government or organisation",
            ),
            Level::Minister => ("Ministre", "Minister"),
            Level::DeputyMinister => ("Vice-ministre", "Deputy minister"),
            Level::ChiefOfGeneralStaff => {
                ("Chef d'état-major général", "Chief of the general staff")
            }
            Level::Commander => ("Commandant", "Commander"),
            Level::Director => ("Directeur", "Director"),
            Level::Ambassador => ("Ambassadeur, attaché", "Ambassador, attaché"),
            Level::Official => ("Autre responsable", "Other official"),
        };
        self.pick(fr, en)
    }

    /// What stands between a label and its value: French puts a space
    /// before the colon.
    pub fn colon(self) -> &'static str {
        self.pick(" : ", ": ")
    }

    /// A month's short name (`month` 1–12).
    pub fn month(self, month: u32) -> &'static str {
        const FR: [&str; 12] = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.",
        ];
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let i = (month.clamp(1, 12) - 1) as usize;
        self.pick(FR[i], EN[i])
    }

    /// Section headings, table columns and chart words.
    pub fn text(self, word: Word) -> &'static str {
        let (fr, en) = word.pair();
        self.pick(fr, en)
    }
}

/// Every fixed word of the review that is not a kind, group or level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Title,
    Period,
    Partner,
    AtAGlance,
    Kind,
    Events,
    PreviousPeriod,
    Change,
    Mechanisms,
    Session,
    Peacekeeping,
    Mission,
    Units,
    Personnel,
    Partners,
    Group,
    Kinds,
    HighestLevel,
    Charts,
    ByMonth,
    Month,
    NumberOfEvents,
    ChartOfPartners,
    Trend,
    Year,
    Notable,
    Date,
    Parties,
    Persons,
    Evidence,
    Sources,
    Coverage,
    Documents,
    Outlets,
    UnknownYear,
    Unpublished,
    LowConfidence,
    Derived,
    Caveats,
    None,
    New,
}

impl Word {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Word::Title => ("Bilan des relations extérieures de défense", "Review of defence relations"),
            Word::Period => ("Période", "Period"),
            Word::Partner => ("Partenaire", "Partner"),
            Word::AtAGlance => ("L'année en bref", "The year at a glance"),
            Word::Kind => ("Activité", "Activity"),
            Word::Events => ("Événements", "Events"),
            Word::PreviousPeriod => ("Période précédente", "Previous period"),
            Word::Change => ("Évolution", "Change"),
            Word::Mechanisms => ("Mécanismes de dialogue tenus", "Dialogue mechanisms held"),
            Word::Session => ("Session", "Session"),
            Word::Peacekeeping => ("Déploiements de maintien de la paix", "Peacekeeping deployments"),
            Word::Mission => ("Mission", "Mission"),
            Word::Units => ("Unités", "Units"),
            Word::Personnel => ("Effectifs cités", "Personnel stated"),
            Word::Partners => ("Partenaires", "Partners"),
            Word::Group => ("Groupe", "Group"),
            Word::Kinds => ("Activités", "Activities"),
            Word::HighestLevel => ("Plus haut niveau de contact", "Highest level of contact"),
            Word::Charts => ("Graphiques", "Charts"),
            Word::ByMonth => ("Activité mois par mois", "Activity month by month"),
            Word::Month => ("Mois", "Month"),
            Word::NumberOfEvents => ("Nombre d'événements", "Number of events"),
            Word::ChartOfPartners => ("Principaux partenaires", "Main partners"),
            Word::Trend => ("Principaux partenaires sur cinq ans", "Main partners over five years"),
            Word::Year => ("Année", "Year"),
            Word::Notable => ("Événements marquants", "Notable events"),
            Word::Date => ("Date", "Date"),
            Word::Parties => ("Parties", "Parties"),
            Word::Persons => ("Personnes", "Persons"),
            Word::Evidence => ("Extrait", "Evidence"),
            Word::Sources => ("Sources", "Sources"),
            Word::Coverage => ("Couverture et réserves", "Coverage and caveats"),
            Word::Documents => ("Documents sur lesquels reposent les chiffres", "Documents the figures rest on"),
            Word::Outlets => ("Médias", "Outlets"),
            Word::UnknownYear => ("Événements sans année connue, publiés dans la période (comptés à part)", "Events without a known year, published in the period (counted apart)"),
            Word::Unpublished => ("Événements sans année connue ni date de publication (hors de toute période)", "Events with neither a known year nor a publication date (in no period)"),
            Word::LowConfidence => ("Événements de faible confiance (écartés)", "Low-confidence events (left out)"),
            Word::Derived => ("Visites déduites d'un accueil ou rapportées avec lui (la délégation est comptée une fois, par l'accueil)", "Visits derived from a reception or reported with it (the delegation counted once, by the reception)"),
            Word::Caveats => ("Les chiffres comptent les événements extraits automatiquement des articles, chacun une fois quel que soit le nombre d'articles qui le rapportent ; ils héritent des erreurs du codeur.", "Figures count the events extracted automatically from the articles, each once however many articles report it; they inherit the coder's errors."),
            Word::None => ("aucun", "none"),
            Word::New => ("nouveau", "new"),
        }
    }
}
