//! Persons: known office holders (from the lexicon) and capitalised names in
//! apposition with a title or rank, on either side:
//! `le ministre de la Défense, le général Phung Quang Thanh`,
//! `Tea Banh, vice-Premier ministre et ministre cambodgien de la Défense`,
//! `le secrétaire américain à la Défense, Mark Esper`,
//! `Defence Minister Rajnath Singh`. The person takes the country and
//! sector of the title, else of the lexicon, else of an adjective before the
//! name (`le général lao X`).

use std::ops::Range;

use attache_lexicon::{fold, office_holders, EntryKind, OfficeHolder, WordFrequencies};
use attache_model::{Actor, Lang};

use crate::lexical::Lexical;
use crate::near::{ByStart, MAX_GAP};
use crate::{Mention, MentionKind};
use attache_segment::{words, CleanText};

/// Lowercase particles inside names (`Hervé Denys de Bonnaventure`, `Van der Berg`).
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "da", "van", "von", "der", "del", "di", "bin", "ibn", "al", "el",
];
/// Vietnamese family names that are also frequent French or English words.
const FAMILY_NAMES_THAT_ARE_WORDS: &[&str] = &[
    "le", "ha", "mai", "do", "to", "ta", "ho", "la", "van", "chu", "cao",
];
/// Given names that are also frequent words (`Bill Blair`, `Mark Rutte`):
/// opening a sentence, they still open a name.
const GIVEN_NAMES_THAT_ARE_WORDS: &[&str] = &[
    "bill", "mark", "will", "frank", "grant", "jack", "ray", "dean", "gene", "rob", "pat", "rose",
    "hope", "joy", "faith", "victor", "jean", "claude", "guy", "marine", "rich",
];
/// Words between a title and a name: articles and honorifics. (`et`/`and`
/// join titles of one person, after the name: see `titles_after`.)
const LINK_WORDS: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "the",
    "m.",
    "m",
    "mme",
    "mr",
    "mr.",
    "mrs",
    "ms",
    "son",
    "sa",
    "his",
    "her",
    "a",
    "an",
    // Malaysian, Bruneian and Indian styles (`General Tan Sri X`, `Defence
    // Minister Datuk Seri Y`, `Raksha Mantri Shri Z`).
    "tan",
    "sri",
    "seri",
    "puan",
    "datuk",
    "dato",
    "dato'",
    "tun",
    "datin",
    "shri",
    // Parliamentary honorifics (`le ministre, l'honorable X`; `the Hon. Y`).
    "l'honorable",
    "honorable",
    "honourable",
    "hon",
    "hon.",
    // Styles of heads of state (`President His Highness Sheikh X`).
    "highness",
    "majesty",
    "excellency",
];
/// Malaysian and Bruneian styles of two words, written before a name
/// (`Tan Sri Muhammad X`, `Datuk Seri Y`), folded.
const TWO_WORD_HONORIFICS: &[(&str, &str)] = &[
    ("tan", "sri"),
    ("puan", "sri"),
    ("datuk", "seri"),
    ("datuk", "sri"),
    ("dato", "seri"),
    ("dato", "sri"),
];

/// Honorifics that are written before a name but are not part of it.
const HONORIFICS: &[&str] = &[
    "tun",
    "datin",
    "shri",
    "m",
    "mme",
    "mlle",
    "mr",
    "mrs",
    "ms",
    "dr",
    "me",
    "mgr",
    "sir",
    "samdech",
    "techo",
    "dato",
    "datuk",
    "haji",
    "pehin",
    "hon",
    "his",
    "her",
    "highness",
    "majesty",
    "excellency",
];

/// Whether a capitalised run is the name of a place that the words around
/// it say is one: `le district de Sop Bao`, `au poste-frontière de Long
/// Sap`, `the Moc Chau district`, `Lang Son province`. Place names missing
/// from the gazetteer otherwise pass for persons. (Word edges are written
/// as non-letters: `\b` would send the regex engine to its slow path.)
fn names_a_place(text: &CleanText, run: &Range<usize>) -> bool {
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let before = BEFORE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:^|[^\p{L}\p{N}])(?:district|province|commune|ville|village|bourg|hameau|poste[- ]frontière|poste frontalier|port|base navale|région|zone|quartier|arrondissement|île|baie|col|porte|city|town|county|border gate|port of|island)\s+(?:de\s+|d['’]|du\s+|des\s+|of\s+)?$",
        )
        .expect("a valid pattern")
    });
    let after = AFTER.get_or_init(|| {
        regex::Regex::new(
            r"(?i)^\s+(?:district|province|commune|border gate|town|city|county|village|port|island)(?:[^\p{L}\p{N}]|$)",
        )
        .expect("a valid pattern")
    });
    let from = run.start.saturating_sub(32);
    let to = (run.end + 16).min(text.chars.len());
    before.is_match(&text.slice(from..run.start)) || after.is_match(&text.slice(run.end..to))
}

/// Words that end the name of a body, not of a person (`International
/// Affairs`, `Integrated News`, `Ocean Region`, `Shangri-La Dialogue`,
/// `International Criminal Court`). Folded (`ministere` for `Ministère`).
/// A capitalised name of an institution missing from the gazetteer
/// otherwise passes for a person's: its head noun tells what it is.
const BODY_HEADS: &[&str] = &[
    "affairs",
    "news",
    "region",
    "dialogue",
    "department",
    "ministry",
    "command",
    "office",
    "agency",
    "council",
    "committee",
    "commission",
    "forces",
    // Places named by their kind last (`Second Thomas Shoal`, `Scarborough
    // Reef`, `Subic Bay`, `Clark Air Base`).
    "shoal",
    "reef",
    "island",
    "islands",
    "atoll",
    "strait",
    "gulf",
    "peninsula",
    "harbour",
    "harbor",
    "base",
    "province",
    "district",
    "county",
    "airport",
    "force",
    "navy",
    "army",
    "fleet",
    "guard",
    "academy",
    "university",
    "institute",
    "college",
    "school",
    "centre",
    "center",
    "corps",
    "division",
    "brigade",
    "regiment",
    "bureau",
    "service",
    "services",
    "group",
    "association",
    "union",
    "party",
    "summit",
    "forum",
    "conference",
    "press",
    "agence",
    "presse",
    "times",
    "post",
    "daily",
    "herald",
    "tribune",
    "journal",
    "television",
    "radio",
    // Names of agreements, plans and partnerships (`Comprehensive Strategic
    // Partnership`, `Joint Vision Statement`).
    "partnership",
    "partenariat",
    // States and provinces (`Rakhine State`), and a country's name cut short
    // (`his United State counterpart`).
    "state",
    "states",
    "strategy",
    "agreement",
    "accord",
    "declaration",
    "treaty",
    "program",
    "programme",
    "initiative",
    "plan",
    "vision",
    "memorandum",
    "framework",
    "mechanism",
    "statement",
    "exercise",
    "exercice",
    "operation",
    "operations",
    // Companies (`China Shipbuilding and Offshore International`, `Hanwha
    // Aerospace`, `General Dynamics`).
    "international",
    "corporation",
    "corp",
    "company",
    "industries",
    "industry",
    "limited",
    "ltd",
    "inc",
    "holdings",
    "systems",
    "aerospace",
    "dynamics",
    "shipbuilding",
    "technologies",
    // Courts, councils, banks and other institutions (`International
    // Criminal Court`, `Asian Development Bank`, `World Health Organization`).
    "court",
    "tribunal",
    "bank",
    "fund",
    "organization",
    "organisation",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "secretariat",
    "authority",
    "administration",
    "foundation",
    "federation",
    "alliance",
    "institution",
    "directorate",
    "headquarters",
    // Buildings and venues where people are received (`Merdeka Palace`,
    // `Government House`, `Convention Hall`).
    "palace",
    "house",
    "hall",
    "building",
    "hotel",
    "stadium",
    "airport",
    "port",
    "harbour",
    "harbor",
    "shipyard",
    "dockyard",
    "camp",
    "base",
    "museum",
    "pagoda",
    "temple",
    "cathedral",
    "mausoleum",
    "memorial",
    "monument",
    "cemetery",
    "square",
    // The French heads, when written last (`Haute Cour`); see `BODY_HEADS_FIRST`.
    "cour",
    "conseil",
    "comite",
    "ministere",
    "banque",
    "fonds",
    "universite",
];

/// Words that start the name of a body: a French name puts its head noun
/// first (`Cour Pénale Internationale`, `Banque Mondiale`, `Conseil
/// Constitutionnel`), so its last word tells nothing. Folded. Not a word
/// that is also a first name (`Marine`).
const BODY_HEADS_FIRST: &[&str] = &[
    // Ships named with their class (`Indian Naval Ships Shivalik and
    // Kamorta`), and officers by their post (`the Commanding Officers`).
    "naval",
    "ship",
    "ships",
    "vessel",
    "vessels",
    "commanding",
    // Names of exercises and operations (`Exercise Cyclone`, `Operation
    // Unifier`).
    "exercise",
    "exercice",
    "operation",
    "cour",
    "conseil",
    "comite",
    "commission",
    "ministere",
    "agence",
    "organisation",
    "tribunal",
    "banque",
    "fonds",
    "universite",
    "assemblee",
    "academie",
    "institut",
    "armee",
    // Buildings and venues (`Palais de l'Élysée`, `Hôtel Metropole`).
    "palais",
    "hotel",
    "aeroport",
    "musee",
    "pagode",
    "temple",
    "mausolee",
    "cimetiere",
    "stade",
];

/// Whether a capitalised run names a body: it ends on a word such as
/// `Affairs`, `Command`, `Court` (or starts with a French head noun such as
/// `Cour`, `Banque`). Such runs pass for persons otherwise.
fn names_a_body(text: &CleanText, run: &Range<usize>) -> bool {
    let run_words = words(&text.chars[run.clone()]);
    let folded = |w: &Range<usize>| {
        fold(
            &text.chars[run.start + w.start..run.start + w.end]
                .iter()
                .collect::<String>(),
        )
    };
    // A sentence-initial article may stay in the run (`Le Conseil
    // Constitutionnel`: `Le` is also a family name).
    let first = run_words
        .iter()
        .map(folded)
        .find(|w| !matches!(w.as_str(), "le" | "la" | "les" | "l'" | "l" | "the"));
    // The name of what a common noun right before it names (`l'exercice
    // Spring Storm`, `the operation Neon`, `la mission Lynx`).
    let before: String = text.chars[run.start.saturating_sub(12)..run.start]
        .iter()
        .collect();
    let named = before
        .split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| NAMED_BY_THE_NOUN_BEFORE.contains(&fold(w).as_str()));
    named
        || run_words.last().is_some_and(|w| {
            // A numbered body keeps its head before the hyphen (`Fleet
            // Command-I`, `Task Force-61`).
            let last = folded(w);
            let head = last.split('-').next().unwrap_or(&last);
            BODY_HEADS.contains(&last.as_str()) || BODY_HEADS.contains(&head)
        })
        || first.is_some_and(|w| {
            let w = w.strip_prefix("l'").unwrap_or(&w);
            BODY_HEADS_FIRST.contains(&w)
        })
}

/// Nouns whose name follows them (folded): what comes after is no person.
const NAMED_BY_THE_NOUN_BEFORE: &[&str] = &[
    "exercice",
    "exercise",
    "operation",
    "mission",
    "manoeuvres",
    "drill",
    "drills",
    // Places named after a person (`le camp Thomas d'Aquin Ouattara`,
    // `l'avenue Nelson Mandela`, `the Jomo Kenyatta airport`).
    "camp",
    "caserne",
    "base",
    "rue",
    "avenue",
    "boulevard",
    "stade",
    "lycee",
    "hopital",
    "aeroport",
    "pont",
    "barracks",
    "street",
    "stadium",
    "hospital",
    "airport",
    "bridge",
];

/// What the persons pass hands on: every mention so far, and single
/// capitalised words that may be part of a name met earlier.
pub struct Found {
    pub mentions: Vec<Mention>,
    pub fragments: Vec<Range<usize>>,
    /// For each mention, the folded titles and ranks it carries (persons) or is (roles).
    pub roles: Vec<Vec<String>>,
}

fn is_name_word(chars: &[char], word: &Range<usize>) -> bool {
    let first = chars[word.start];
    first.is_uppercase() && chars[word.clone()].iter().any(|c| c.is_lowercase())
}

/// Abbreviated given names written inside a name with a full stop
/// (`Jose Ma. Ambrosio Ezpeleta`: Maria).
const ABBREVIATED_NAMES: &[&str] = &["Ma", "Mª", "Wm", "Th", "Md"];

/// A single capital (or an abbreviated given name) followed by a full stop:
/// an initial inside a name.
fn is_initial(chars: &[char], word: &Range<usize>) -> bool {
    let abbreviated = || {
        let written: String = chars[word.clone()].iter().collect();
        ABBREVIATED_NAMES.contains(&written.as_str())
    };
    chars.get(word.end) == Some(&'.')
        && ((word.len() == 1 && chars[word.start].is_uppercase()) || abbreviated())
}

fn is_frequent_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    [Lang::Fr, Lang::En]
        .iter()
        .filter_map(WordFrequencies::for_lang)
        .any(|w| w.zipf(&lower).is_some_and(|z| z >= 4.5))
}

/// Whether the words right before code point `at` are `de la`, `du`,
/// `des` or `of the`, which open the complement of a noun.
fn follows_article_of_complement(chars: &[char], at: usize) -> bool {
    let before: String = chars[at.saturating_sub(8)..at].iter().collect();
    let before = before.to_lowercase();
    [" de la ", " du ", " des ", " of the "]
        .iter()
        .any(|p| before.ends_with(p) || before.ends_with(&p[1..]) && before.len() == p.len() - 1)
}

/// Runs of name words (with particles inside) not covered by a lexicon hit.
fn name_runs(text: &CleanText, blocked: &[bool]) -> Vec<Range<usize>> {
    let chars = &text.chars;
    let words = words(chars);
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    let flush = |current: &mut Vec<Range<usize>>, runs: &mut Vec<Vec<Range<usize>>>| {
        while current
            .last()
            .is_some_and(|w| chars[w.start].is_lowercase())
        {
            current.pop(); // a run never ends on a particle
        }
        if !current.is_empty() {
            runs.push(std::mem::take(current));
        }
        current.clear();
    };
    for w in words {
        let blocked_word = blocked[w.clone()].iter().any(|&b| b);
        // Words of a name are separated by a space (or the line break of a
        // hard-wrapped text); an initial by a full stop and a space (`Lloyd J. Austin`).
        let adjacent = current.last().is_some_and(|last| {
            let gap: String = chars[last.end..w.start].iter().collect();
            matches!(gap.as_str(), " " | "\n") || (gap == ". " && is_initial(chars, last))
        });
        let word: String = chars[w.clone()].iter().collect();
        let particle = !current.is_empty() && adjacent && NAME_PARTICLES.contains(&word.as_str());
        let initial = !current.is_empty() && adjacent && is_initial(chars, &w);
        if !blocked_word
            && (is_name_word(chars, &w) || particle || initial)
            && (current.is_empty() || adjacent)
        {
            current.push(w);
        } else {
            flush(&mut current, &mut runs);
            if !blocked_word && is_name_word(chars, &w) {
                current.push(w);
            }
        }
    }
    flush(&mut current, &mut runs);
    runs.into_iter()
        .filter_map(|mut run| {
            // A sentence-initial common word (`Selon`, `Le`) is not part of a name,
            // unless it is a family name followed by two more names (`Le Hoai Trung`).
            while run.len() > 1 && text.starts_sentence(run[0].start) {
                let first: String = chars[run[0].clone()].iter().collect();
                let lower = first.to_lowercase();
                let family =
                    FAMILY_NAMES_THAT_ARE_WORDS.contains(&lower.as_str()) && run.len() >= 3;
                let given = GIVEN_NAMES_THAT_ARE_WORDS.contains(&lower.as_str());
                if family || given || !is_frequent_word(&first) {
                    break;
                }
                run.remove(0);
            }
            let folded_word = |w: &Range<usize>| fold(&chars[w.clone()].iter().collect::<String>());
            loop {
                // Two-word styles (`Tan Sri`, `Datuk Seri`) go as one: `Tan`
                // alone is a family name (`Tan Chuan-Jin`).
                let pair_style = run.len() > 2
                    && TWO_WORD_HONORIFICS
                        .contains(&(folded_word(&run[0]).as_str(), folded_word(&run[1]).as_str()));
                if pair_style {
                    run.drain(..2);
                } else if run.len() > 1 && HONORIFICS.contains(&folded_word(&run[0]).as_str()) {
                    run.remove(0);
                } else {
                    break;
                }
            }
            let first = run.first()?.start;
            // A capitalised complement of a noun (`commandant de la Zone
            // Sud`, `chief of the Joint Staff`) names a thing: nobody is
            // `de la X` or `of the X`.
            if follows_article_of_complement(chars, first) {
                return None;
            }
            let mut last = run.last()?.end;
            // A generational suffix keeps its full stop (`Gilberto Teodoro Jr.`).
            let last_word: String = chars[run.last()?.clone()].iter().collect();
            if matches!(last_word.as_str(), "Jr" | "Sr") && chars.get(last) == Some(&'.') {
                last += 1;
            }
            Some(first..last)
        })
        .collect()
}

/// Words that open the complement of a title (`de France`, `of the Army`).
const COMPLEMENT_OPENERS: &[&str] = &[
    "de", "du", "des", "d'", "à", "au", "aux", "of", "for", "to", "in", "at", "auprès", "chargé",
    "chargée", "en", "par",
];
/// Words that show a clause, not a complement: auxiliaries, relatives, and
/// the verbs news puts right after a subject (`the commanding officer of
/// the frigate called on Rear Admiral X`: the title is not X's).
const CLAUSE_WORDS: &[&str] = &[
    "a", "ont", "est", "sont", "était", "has", "have", "is", "was", "were", "qui", "que", "who",
    "which", "said", "a-t-il", "called", "met", "visited", "received", "hosted", "welcomed",
    "held", "paid", "signed", "thanked", "praised",
];
const MAX_COMPLEMENT_WORDS: usize = 14;

fn is_title_hit(hit: &Lexical) -> bool {
    matches!(hit.kind(), EntryKind::Title | EntryKind::Rank)
}

/// `de l'armée indienne, le` between a title and a name: a complement
/// (a prepositional phrase, no clause) then link words.
fn is_complement(gap: &str) -> bool {
    let (complement, link) = gap.rsplit_once(',').unwrap_or((gap, ""));
    if complement.contains(['\n', '.', ';', ':', '(', ')']) {
        return false;
    }
    // Lowercased, not folded: `à` (a preposition) must not become `a` (a verb).
    let words: Vec<String> = complement.split_whitespace().map(lowercase_word).collect();
    let opens = words
        .first()
        .is_some_and(|w| COMPLEMENT_OPENERS.contains(&w.as_str()) || w.starts_with("d'"));
    opens && is_short_phrase(&words) && is_link(link)
}

fn lowercase_word(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// Whether `gap` holds only punctuation, spaces and link words (at most
/// three words); an honorific keeps its full stop (`M.`, `Mr.`).
fn is_link(gap: &str) -> bool {
    if gap.contains('\n') || gap.contains([';', ':', '(']) {
        return false;
    }
    let words: Vec<String> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    let stray_stop = words
        .iter()
        .any(|w| w.contains('.') && !HONORIFICS.contains(&w.trim_end_matches('.')));
    !stray_stop
        && words.len() <= 3
        && words
            .iter()
            .all(|w| LINK_WORDS.contains(&w.as_str()) || w.ends_with('\''))
}

/// Titles and ranks before a name, walking left over link words and title complements.
fn titles_before(text: &CleanText, hits: &[Lexical], at: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut pos = at;
    let mut limit = hits.partition_point(|h| h.end <= at);
    while found.len() < 4 {
        let Some(k) = (0..limit)
            .rev()
            .take_while(|&k| hits[k].start + 2 * MAX_GAP >= pos)
            .find(|&k| is_title_hit(&hits[k]))
        else {
            break;
        };
        if hits[k].end + MAX_GAP < pos {
            break;
        }
        let gap = text.slice(hits[k].end..pos);
        // Two titles joined (`vice-Premier ministre et ministre de la
        // Défense X`) are both the name's.
        let joined = !found.is_empty() && matches!(fold(gap.trim()).as_str(), "et" | "and");
        if !(joined || is_link(&gap) || is_complement(&gap)) {
            break;
        }
        found.push(k);
        pos = hits[k].start;
        limit = k;
    }
    found
}

/// Titles after a name: `X, vice-Premier ministre et ministre de la Défense`,
/// `X, commandant de la Marine royale australienne`.
fn titles_after(text: &CleanText, hits: &[Lexical], at: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut pos = at;
    let mut next = hits.partition_point(|h| h.start < at);
    while found.len() < 4 {
        let Some(k) = (next..hits.len())
            .take_while(|&k| hits[k].start <= pos + MAX_GAP)
            .find(|&k| is_title_hit(&hits[k]))
        else {
            break;
        };
        // A country's adjective right before the title is part of it (`X,
        // the Canadian Minister of Defense,`).
        let title_start = hits[next..k]
            .iter()
            .rfind(|h| {
                h.kind() == EntryKind::CountryAdjective
                    && h.start >= pos
                    && h.end <= hits[k].start
                    && text.slice(h.end..hits[k].start).trim().is_empty()
            })
            .map_or(hits[k].start, |h| h.start);
        let gap = text.slice(pos..title_start);
        let first = found.is_empty();
        let joined = |g: &str| {
            is_link(g) || matches!(fold(g.trim()).as_str(), "et" | "and" | ", et" | ", and")
        };
        let ok = if first {
            gap.trim_start().starts_with(',') && is_link(&gap)
        } else {
            joined(&gap) || is_complement(&gap)
        };
        if !ok {
            break;
        }
        found.push(k);
        pos = hits[k].end;
        next = k + 1;
    }
    found
}

/// The first country named in the complement that follows title `k`
/// (`chef d'état-major de l'armée indienne`, `commandant de la Marine royale australienne`).
/// For a title before the name, the complement stops at the name (`limit`).
fn complement_country(
    text: &CleanText,
    hits: &[Lexical],
    k: usize,
    limit: usize,
) -> Option<String> {
    let title = &hits[k];
    let clause_end =
        clause_end(text, title.end, &[',', '.', ';', ':', '(', '\n']).min(limit.max(title.end));
    let clause: Vec<String> = text
        .slice(title.end..clause_end)
        .split_whitespace()
        .map(lowercase_word)
        .collect();
    if !is_short_phrase(&clause) {
        return None;
    }
    hits[k + 1..]
        .iter()
        .take_while(|h| h.start < clause_end)
        .filter(|h| h.how != "outlet")
        .find_map(country_named)
}

/// Where the clause from `from` ends: the first of `stops`, else the end
/// of the text, looked for over `MAX_GAP` code points at most (a longer
/// clause is no short phrase, and the caller refuses it).
fn clause_end(text: &CleanText, from: usize, stops: &[char]) -> usize {
    let window = &text.chars[from..(from + MAX_GAP).min(text.chars.len())];
    window
        .iter()
        .position(|c| stops.contains(c))
        .map_or(from + window.len(), |p| from + p)
}

/// The country a name, adjective, institution or capital names.
fn country_named(hit: &Lexical) -> Option<String> {
    match hit.kind() {
        EntryKind::CountryName
        | EntryKind::CountryAdjective
        | EntryKind::Institution
        | EntryKind::Capital => hit.country.clone(),
        _ => None,
    }
}

/// A short phrase with no verb of a clause: a complement or apposition.
fn is_short_phrase(words: &[String]) -> bool {
    words.len() <= MAX_COMPLEMENT_WORDS && !words.iter().any(|w| CLAUSE_WORDS.contains(&w.as_str()))
}

/// `X, membre du Politburo du Parti communiste de Cuba,`: a short apposition
/// after the name that names a country, even without a known title.
fn apposition_country_after(
    text: &CleanText,
    hits: &ByStart<Lexical>,
    at: usize,
) -> Option<String> {
    if text.chars.get(at) != Some(&',') {
        return None;
    }
    let end = clause_end(text, at + 1, &[',', '.', ';', ':', '(', ')', '\n']);
    let clause: Vec<String> = text
        .slice(at + 1..end)
        .split_whitespace()
        .map(lowercase_word)
        .collect();
    // (Where a person is visiting or goes is not their country: `X, en
    // visite au Vietnam`, `X, effectue une visite en Hongrie`.)
    let visiting = clause
        .iter()
        .any(|w| VISIT_WORDS.iter().any(|v| w.starts_with(v)));
    if clause.is_empty() || !is_short_phrase(&clause) || visiting {
        return None;
    }
    hits.starting_in(at + 1, end)
        .iter()
        .filter(|h| h.end <= end && h.how != "outlet")
        .find_map(country_named)
}

/// Words that tell where a person goes, not where they are from.
const VISIT_WORDS: &[&str] = &[
    "visit", "effectu", "rend", "arriv", "séjour", "tournée", "tour", "voyage", "travel",
];

/// A name as the text writes it, without honorifics and on one line.
fn written_name(raw: &str) -> String {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let first_name_word = words
        .iter()
        .position(|w| !HONORIFICS.contains(&fold(w.trim_end_matches('.')).as_str()))
        .unwrap_or(0)
        .min(words.len().saturating_sub(1));
    words[first_name_word..].join(" ")
}

/// Countries whose people's names [`looks_vietnamese`] recognises: a named
/// person of such an outlet's home who does not look it is a foreigner.
const NAMES_TELL_COUNTRY: &[&str] = &["VNM"];

/// Vietnamese family names: a name that starts with one and has three parts
/// is taken as Vietnamese when nothing else tells its country.
const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "luong", "lam", "doan", "mai", "cao",
    "ha", "ta", "tong", "quach", "chu", "luu", "kieu", "to", "phung", "vuong", "thai", "khuat",
    "nghiem", "giap", "chau", "trieu", "lai", "ong", "thach", "ton",
];

pub(crate) fn looks_vietnamese(name: &str) -> bool {
    let parts: Vec<String> = name.split_whitespace().map(fold).collect();
    parts.len() >= 3 && VIETNAMESE_FAMILY_NAMES.contains(&parts[0].as_str())
}

/// The country adjective right before a name, with only spaces between
/// (`le général lao X`): the last adjective hit that ends before `at`,
/// looked for among the hits that could end within the spaces before it.
fn adjective_right_before<'h, 'g>(
    text: &CleanText,
    hits: &ByStart<'h, Lexical<'g>>,
    at: usize,
) -> Option<&'h Lexical<'g>> {
    let spaces = text.chars[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_whitespace())
        .count();
    let from = (at - spaces).saturating_sub(2 * MAX_GAP);
    hits.starting_in(from, at)
        .iter()
        .rfind(|h| h.end <= at && h.kind() == EntryKind::CountryAdjective)
        .filter(|h| h.end >= at - spaces)
}

/// The words of a name that identify a person: folded, without initials
/// (`C.`) and suffixes (`Jr.`, `III`).
pub(crate) fn identifying_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| fold(w.trim_end_matches('.')))
        .filter(|w| {
            w.chars().count() > 1 && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv")
        })
        .collect()
}

/// The office holder whose name (or an alias) ends the name `written`, the
/// initials and suffixes of both aside: `Secretary Gilberto C. Teodoro Jr.`
/// is Gilberto Teodoro. Two words at least must agree, and only one person.
fn holder_named(written: &str) -> Option<&'static OfficeHolder> {
    type Index = std::collections::HashMap<String, Vec<(Vec<String>, usize)>>;
    static BY_SURNAME: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    let index = BY_SURNAME.get_or_init(|| {
        let mut index = Index::new();
        for (i, holder) in office_holders().iter().enumerate() {
            for name in std::iter::once(&holder.name).chain(&holder.aliases) {
                let words = identifying_words(name);
                if words.len() >= 2 {
                    let last = words[words.len() - 1].clone();
                    index.entry(last).or_default().push((words, i));
                }
            }
        }
        index
    });
    let words = identifying_words(written);
    let candidates = index.get(words.last()?)?;
    let mut found = candidates
        .iter()
        .filter(|(name, _)| words.ends_with(name))
        .map(|&(_, i)| &office_holders()[i]);
    let first = found.next()?;
    found.all(|h| h.name == first.name).then_some(first)
}

/// The country of the party whose leader is named at `anchor`: a
/// participle of leading (`led by`, `conduite par`) right before it, and
/// before that, in the same clause, a country, an adjective of one or an
/// institution of one, with at most three words between (`army delegation`).
fn delegation_led_by(text: &CleanText, hits: &[Lexical], anchor: usize) -> Option<String> {
    // Words before the anchor, nearest first, articles skipped (`led by
    // the`, `conduite par le`, `par l'`).
    let window = anchor.saturating_sub(LEAD_WINDOW);
    let words: Vec<Range<usize>> = words(&text.chars[window..anchor])
        .into_iter()
        .rev()
        .map(|r| r.start + window..r.end + window)
        .collect();
    let word = |r: &Range<usize>| lowercase_word(&text.slice(r.clone()));
    let mut near = words
        .iter()
        .skip_while(|r| matches!(word(r).as_str(), "the" | "le" | "la" | "les" | "l"));
    let by = near.next()?;
    let participle = near.next()?;
    if !matches!(word(by).as_str(), "by" | "par")
        || !LEADING_PARTICIPLES.contains(&word(participle).as_str())
        || text
            .slice(participle.start..anchor)
            .contains([',', '.', ';', ':', '(', '\n'])
    {
        return None;
    }
    let party = hits.iter().rfind(|h| {
        h.end <= participle.start
            && h.country.is_some()
            && matches!(
                h.kind(),
                EntryKind::Institution | EntryKind::CountryAdjective | EntryKind::CountryName
            )
    })?;
    let between = text.slice(party.end..participle.start);
    let ok = !between.contains([',', '.', ';', ':', '(', '\n'])
        && between.split_whitespace().count() <= 3;
    ok.then(|| party.country.clone()).flatten()
}

/// How far before a name (or its titles) `led by the` / `conduite par l'`
/// is looked for (code points).
const LEAD_WINDOW: usize = 32;

/// Participles that name who leads a delegation or a group.
const LEADING_PARTICIPLES: &[&str] = &[
    "led",
    "headed",
    "conduite",
    "conduit",
    "conduites",
    "conduits",
    "dirigée",
    "dirigé",
    "dirigées",
    "dirigés",
    "menée",
    "mené",
    "emmenée",
    "emmené",
];

/// Titles written in lowercase between an institution and a name (`Royal
/// Thai Navy commander X`, `Pentagon spokesman Y`).
const LOWERCASE_TITLES: &[&str] = &[
    "commander",
    "chief",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "deputy",
    "commandant",
    "porte-parole",
];

/// How far after a title the name it introduces may start (`Deputy
/// Australian Ambassador to the Philippines Dr. Moya Collett`).
const TITLE_TO_NAME: usize = 40;

pub fn mentions(text: &CleanText, hits: &[Lexical], home: Option<&str>) -> Found {
    let mut blocked = vec![false; text.chars.len()];
    // Places do not block names: `Van` is a town, and a word of many Vietnamese names.
    for hit in hits
        .iter()
        .filter(|h| !matches!(h.kind(), EntryKind::Person | EntryKind::Place))
    {
        blocked[hit.start..hit.end]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    let by_hit = ByStart::new(hits, |h: &Lexical| h.start..h.end);
    let mut consumed = vec![false; hits.len()];
    let mut mentions = Vec::new();
    let mut roles = Vec::new();
    let mut fragments = Vec::new();

    // Known persons first, then unknown names.
    let mut people: Vec<(Range<usize>, Option<&Lexical>)> = hits
        .iter()
        .filter(|h| h.kind() == EntryKind::Person)
        .map(|h| (h.start..h.end, Some(h)))
        .collect();
    let known_spans: Vec<Range<usize>> = people.iter().map(|(r, _)| r.clone()).collect();
    let known_persons = ByStart::new(&known_spans, Range::clone);
    for run in name_runs(text, &blocked) {
        let known_person = known_persons.overlapping(run.clone()).next().is_some();
        // A run that is all a place name (`Cam Ranh`) is the place; one that
        // only holds a place name (`Nguyen Van Binh`, `Van` a town) is a name.
        let place = by_hit
            .overlapping(run.clone())
            .any(|h| h.kind() == EntryKind::Place && h.start <= run.start && run.end <= h.end);
        if known_person || place || names_a_place(text, &run) || names_a_body(text, &run) {
            continue;
        }
        if words(&text.chars[run.clone()]).len() < 2 {
            fragments.push(run);
        } else {
            people.push((run, None));
        }
    }
    people.sort_by_key(|(r, _)| r.start);
    let person_starts: Vec<usize> = people.iter().map(|(r, _)| r.start).collect();

    for (range, known) in people {
        let before = titles_before(text, hits, range.start);
        let mut after = titles_after(text, hits, range.end);
        // A title followed by another name is that name's (`X, Deputy
        // Australian Ambassador Dr. Y and …`): the list moves on to Y.
        if let Some(cut) = after.iter().position(|&k| {
            let end = hits[k].end;
            let next = person_starts.partition_point(|&p| p < end);
            person_starts.get(next).is_some_and(|&p| {
                p <= end + TITLE_TO_NAME && !text.slice(end..p).contains([',', ';', '('])
            })
        }) {
            after.truncate(cut);
        }
        // A title after the name that names another country than the one
        // before it is the next clause's subject, not an apposition
        // (`Reçu par son homologue marocain X, le ministre espagnol …`).
        let country_of = |ids: &[usize]| ids.iter().find_map(|&k| hits[k].country.clone());
        let before_country = country_of(&before).or_else(|| {
            adjective_right_before(text, &by_hit, range.start).and_then(|a| a.country.clone())
        });
        if let (Some(b), Some(a)) = (before_country, country_of(&after)) {
            if a != b {
                after.clear();
            }
        }
        let attached_ids: Vec<usize> = before.iter().chain(after.iter()).copied().collect();
        attached_ids.iter().for_each(|&k| consumed[k] = true);
        let attached: Vec<&Lexical> = attached_ids.iter().map(|&k| &hits[k]).collect();
        let title = attached
            .iter()
            .find(|h| h.kind() == EntryKind::Title)
            .or(attached.first());
        // Right before the name, or before its titles and ranks (`Pakistani
        // Rear Admiral X`).
        let adjective_before = adjective_right_before(text, &by_hit, range.start).or_else(|| {
            before
                .last()
                .and_then(|&k| adjective_right_before(text, &by_hit, hits[k].start))
        });
        // Any attached title that names its country decides (`X, vice-Premier
        // ministre et ministre cambodgien de la Défense`).
        let titled_country = attached
            .iter()
            .filter(|t| t.how != "outlet")
            .find_map(|t| t.country.clone())
            .or_else(|| {
                attached_ids.iter().find_map(|&k| {
                    let limit = if hits[k].end <= range.start {
                        range.start
                    } else {
                        text.chars.len()
                    };
                    complement_country(text, hits, k, limit)
                })
            })
            .or_else(|| {
                // (Not when the apposition runs on into another name: it
                // is that person's, a list going on.)
                let delimiter = |from: usize| {
                    (from..text.chars.len())
                        .find(|&i| matches!(text.chars[i], ',' | ';'))
                        .unwrap_or(text.chars.len())
                };
                let apposition_end = delimiter(delimiter(range.end) + 1);
                let next = person_starts.partition_point(|&p| p <= range.start);
                let names_another = person_starts.get(next).is_some_and(|&p| p < apposition_end);
                (!names_another)
                    .then(|| apposition_country_after(text, &by_hit, range.end))
                    .flatten()
            })
            .or_else(|| adjective_before.and_then(|a| a.country.clone()))
            // The leader of a delegation named before is of its country
            // (`a Cambodian army delegation led by General X`, `une
            // délégation militaire russe conduite par le vice-ministre …, Y`).
            .or_else(|| {
                let anchor = before.last().map_or(range.start, |&k| hits[k].start);
                delegation_led_by(text, hits, anchor)
            })
            // An institution right before the title is the person's (`AFP
            // chief of staff X`, `PLA Navy commander Y`).
            // (`Royal Thai Navy commander X`: a few words of function
            // between, in lowercase.)
            .or_else(|| {
                // (Titles before the name come nearest first: the chain
                // starts at the last, `Chief of Staff` in `U.S. Army Chief
                // of Staff Gen. X`.)
                let anchor = before.last().map_or(range.start, |&k| hits[k].start);
                hits.iter()
                    .rfind(|h| h.end <= anchor && h.kind() == EntryKind::Institution)
                    .filter(|h| {
                        // (Some word between, or a title: a name right after
                        // an institution may be a place of it.)
                        let between = text.slice(h.end..anchor);
                        let words: Vec<&str> = between.split_whitespace().collect();
                        (words.is_empty() && !before.is_empty())
                            || (!words.is_empty()
                                && words.len() <= 2
                                && words.iter().all(|w| LOWERCASE_TITLES.contains(w)))
                    })
                    .and_then(|h| h.country.clone())
            });
        // A country or institution named within the titles before the name
        // is the person's (`le vice-Premier ministre et ministre de la
        // Défense du Cambodge, X`, `the Chief of Staff of the Egyptian Armed
        // Forces, Lieutenant General Y`): not a party of its own, which would stand before the
        // person as the one a predicate meets.
        let has_country = titled_country.is_some() || known.is_some_and(|k| k.country.is_some());
        if let (Some(&first), true) = (before.last(), has_country) {
            let titles = hits[first].start..range.start;
            for (k, hit) in hits.iter().enumerate() {
                let country = matches!(
                    hit.kind(),
                    EntryKind::CountryName
                        | EntryKind::CountryAdjective
                        | EntryKind::CountryPrefix
                        | EntryKind::Institution
                );
                if country && titles.start <= hit.start && hit.end <= titles.end {
                    consumed[k] = true;
                }
            }
        }
        let name_text = written_name(&text.slice(range.clone()));
        // A known person written with a middle initial or a suffix
        // (`Gilberto C. Teodoro Jr.`), or after a title word the lexicon
        // lacks (`Secretary Gilberto Teodoro`).
        let holder = known.is_none().then(|| holder_named(&name_text)).flatten();
        let (country, how) = match (known, titled_country) {
            (Some(k), _) => (k.country.clone(), "lexicon"),
            (None, _) if holder.is_some() => (holder.map(|h| h.country.clone()), "lexicon"),
            (None, Some(c)) => (Some(c), "apposition"),
            (None, None) if looks_vietnamese(&name_text) => (Some("VNM".to_string()), "name"),
            // A title or rank with nothing else: the outlet's own official,
            // unless the outlet's officials are known by their names (a
            // Vietnamese outlet's would look Vietnamese: `le lieutenant-colonel
            // Alain Gaborit` is a guest's officer).
            (None, None) if title.is_some() => {
                let own = title
                    .filter(|t| t.how != "outlet")
                    .and_then(|t| t.country.clone());
                let home = home.filter(|h| !NAMES_TELL_COUNTRY.contains(h));
                match own.or(home.map(str::to_string)) {
                    Some(country) => (Some(country), "outlet"),
                    None => (None, "name"),
                }
            }
            (None, None) => (None, "name"),
        };
        let sector = title
            .and_then(|t| t.entry.sector.clone())
            .or_else(|| known.and_then(|k| k.entry.sector.clone()))
            .or_else(|| holder.map(|h| h.sector.clone()))
            .or_else(|| {
                attached
                    .iter()
                    .any(|h| h.kind() == EntryKind::Rank)
                    .then(|| "MIL".into())
            });
        // The name as written (the scorer compares names as the text gives them).
        let name = name_text.clone();
        // An organisation named right before the title is the person's
        // (`NATO Secretary General X`, `ASEAN Secretary-General Y`).
        let igo = title.filter(|_| country.is_none()).and_then(|t| {
            t.igo.clone().or_else(|| {
                hits.iter()
                    .rfind(|h| h.end <= t.start && h.kind() == EntryKind::Organisation)
                    .filter(|h| text.slice(h.end..t.start).trim().is_empty())
                    .and_then(|h| h.igo.clone())
            })
        });
        let sector = if igo.is_some() {
            Some("IGO".into())
        } else {
            sector
        };
        mentions.push(Mention {
            start: 0,
            end: 0,
            text: text.slice(range.clone()),
            kind: MentionKind::Person,
            actors: vec![Actor {
                country,
                igo,
                sector,
                name: Some(name),
                title: title
                    .map(|t| text.slice(t.start..t.end))
                    .or_else(|| known.and_then(|k| k.entry.title.clone())),
            }],
            how: how.into(),
            clean_start: range.start,
            clean_end: range.end,
        });
        roles.push(attached.iter().map(|h| fold(&h.entry.surface)).collect());
    }

    let persons = ByStart::new(&mentions, |m: &Mention| m.clean_start..m.clean_end);
    let inside: Vec<bool> = hits
        .iter()
        .map(|hit| persons.overlapping(hit.start..hit.end).next().is_some())
        .collect();
    for (i, hit) in hits.iter().enumerate() {
        let inside_person = inside[i];
        if consumed[i] || hit.kind() == EntryKind::Person || inside_person {
            continue;
        }
        let kind = match hit.kind() {
            EntryKind::CountryName
            | EntryKind::CountryAdjective
            | EntryKind::CountryPrefix
            | EntryKind::Capital => MentionKind::Country,
            EntryKind::Organisation => MentionKind::Organisation,
            EntryKind::Institution => MentionKind::Institution,
            EntryKind::Title | EntryKind::Rank => MentionKind::Title,
            EntryKind::Place => MentionKind::Place,
            EntryKind::Person | EntryKind::Occasion => continue,
        };
        let mut actor = hit.actor();
        if kind == MentionKind::Title {
            actor.title = Some(text.slice(hit.start..hit.end));
        }
        mentions.push(Mention {
            start: 0,
            end: 0,
            text: text.slice(hit.start..hit.end),
            kind,
            actors: vec![actor],
            how: hit.how.into(),
            clean_start: hit.start,
            clean_end: hit.end,
        });
        roles.push(if kind == MentionKind::Title {
            vec![fold(&hit.entry.surface)]
        } else {
            vec![]
        });
    }
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].clean_start);
    let mentions = order.iter().map(|&i| mentions[i].clone()).collect();
    let roles = order.iter().map(|&i| roles[i].clone()).collect();
    Found {
        mentions,
        fragments,
        roles,
    }
}
