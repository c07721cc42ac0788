//! Mentions the lexicon names directly: countries, organisations,
//! institutions, titles (and ranks, kept for the persons pass), places and
//! known persons.
//!
//! Titles and institutions are also looked for with a country adjective
//! taken out (`ministère cambodgien de la Défense` → `ministère de la
//! Défense`, Cambodia's), since French puts the adjective inside the phrase.

use attache_lexicon::{Entry, EntryKind, Gazetteer};
use attache_model::Actor;

use attache_segment::CleanText;

use crate::near::ByStart;

/// A lexicon hit on the cleaned text, with what it names.
#[derive(Debug, Clone)]
pub struct Lexical<'g> {
    pub start: usize,
    pub end: usize,
    pub entry: &'g Entry,
    /// The country, and how it was decided (`lexicon`, `apposition`, `outlet`).
    pub country: Option<String>,
    pub how: &'static str,
    /// The organisation it names or belongs to: its own, or, for a title of
    /// an organisation's officer, the one named inside it (`NATO Secretary
    /// General`).
    pub igo: Option<String>,
    /// The sector the entry gives on the report's date.
    pub sector: Option<String>,
}

impl Lexical<'_> {
    pub fn kind(&self) -> EntryKind {
        self.entry.kind
    }

    pub fn actor(&self) -> Actor {
        Actor {
            country: self.country.clone(),
            igo: self.igo.clone(),
            sector: self
                .sector
                .clone()
                .or_else(|| (self.kind() == EntryKind::Capital).then(|| "GOV".into())),
            name: self.entry.name.clone(),
            title: None,
        }
    }
}

/// The lexical mentions of `text`; an entry with dated roles (a user
/// dictionary's office holder) takes the role held on `date`, the report's.
pub fn mentions<'g>(
    gazetteer: &'g Gazetteer,
    text: &CleanText,
    home: Option<&str>,
    date: Option<&str>,
) -> Vec<Lexical<'g>> {
    let mut hits: Vec<Lexical<'g>> = gazetteer
        .find_folded(text.folded(), &text.chars)
        .into_iter()
        .map(|h| {
            let entry = h.entries[0];
            let code = if entry.roles.is_empty() {
                attache_lexicon::dictionaries::codes::ActorCode {
                    country: entry.country.clone(),
                    igo: entry.igo.clone(),
                    sector: entry.sector.clone(),
                }
            } else {
                entry.role_on(date)
            };
            Lexical {
                start: h.start,
                end: h.end,
                entry,
                country: code.country,
                how: "lexicon",
                igo: code.igo.or_else(|| organisation_inside(gazetteer, entry)),
                sector: code.sector,
            }
        })
        .collect();
    drop_prefixes_of_regions(&mut hits);
    merge_adjective_phrases(gazetteer, text, &mut hits);
    let countries: Vec<(Option<String>, &'static str)> = (0..hits.len())
        .map(|i| country_of(&hits, i, text, home))
        .collect();
    for (hit, (country, how)) in hits.iter_mut().zip(countries) {
        hit.country = country;
        hit.how = how;
    }
    share_country_of_coordinated_titles(text, &mut hits);
    absorb_trailing_adjectives(text, &mut hits);
    hits
}

/// The organisation named inside an organisation officer's title (`NATO
/// Secretary General`, `ASEAN Secretary-General`).
fn organisation_inside(gazetteer: &Gazetteer, entry: &Entry) -> Option<String> {
    if !is_title_like(entry.kind) || entry.sector.as_deref() != Some("IGO") {
        return None;
    }
    // Word by word: the title itself is the longest match of its surface.
    entry
        .surface
        .split_whitespace()
        .flat_map(|word| gazetteer.find(word))
        .flat_map(|h| h.entries)
        .find(|e| e.kind == EntryKind::Organisation)
        .and_then(|e| e.igo.clone())
}

/// A country prefix names one side of a pair only when the other side
/// follows it (`Indo-French`, `sino-vietnamien`); before anything else it
/// forms a region or a people (`Indo-Pacific`, `Indo-European`), no party.
fn drop_prefixes_of_regions(hits: &mut Vec<Lexical>) {
    let mut keep = vec![true; hits.len()];
    for (i, hit) in hits.iter().enumerate() {
        if hit.kind() != EntryKind::CountryPrefix {
            continue;
        }
        keep[i] = hits.get(i + 1).is_some_and(|next| {
            next.start <= hit.end + 1
                && matches!(
                    next.kind(),
                    EntryKind::CountryName | EntryKind::CountryAdjective | EntryKind::CountryPrefix
                )
        });
    }
    let mut keep = keep.into_iter();
    hits.retain(|_| keep.next().unwrap_or(true));
}

/// `le ministre vietnamien`: the adjective right after a title belongs to it.
/// (The absorbed adjectives are marked, then dropped in one pass: removing
/// each on its own made a long text quadratic.)
fn absorb_trailing_adjectives(text: &CleanText, hits: &mut Vec<Lexical>) {
    let mut absorbed = vec![false; hits.len()];
    let mut i = 0;
    while i + 1 < hits.len() {
        let next = &hits[i + 1];
        let adjacent = next.start > hits[i].end
            && text.chars[hits[i].end..next.start]
                .iter()
                .all(|&c| c == ' ');
        if is_title_like(hits[i].kind()) && next.kind() == EntryKind::CountryAdjective && adjacent {
            let (end, country) = (next.end, next.country.clone());
            hits[i].end = end;
            // The adjective says whose it is, over the country the title
            // has in the lexicon (`chef d'état-major des armées
            // sénégalaises` is Senegal's, not France's).
            if country.is_some() && hits[i].country != country {
                hits[i].country = country;
                hits[i].how = "apposition";
            }
            absorbed[i + 1] = true;
            i += 1; // the adjective is gone: the next hit is the one after it
        }
        i += 1;
    }
    let mut index = 0..;
    hits.retain(|_| !absorbed[index.next().unwrap_or_default()]);
}

fn is_title_like(kind: EntryKind) -> bool {
    matches!(kind, EntryKind::Institution | EntryKind::Title)
}

/// Finds titles and institutions with a country adjective inside and puts
/// them in place of the pieces they were split into.
fn merge_adjective_phrases<'g>(
    gazetteer: &'g Gazetteer,
    text: &CleanText,
    hits: &mut Vec<Lexical<'g>>,
) {
    let adjectives: Vec<&Lexical> = hits
        .iter()
        .filter(|h| {
            h.kind() == EntryKind::CountryAdjective && h.start > 0 && text.chars[h.start - 1] == ' '
        })
        .collect();
    if adjectives.is_empty() {
        return;
    }
    // The text without those adjectives (and the space before each), with a map back.
    let mut stripped = String::new();
    let mut map = Vec::new();
    let mut skip = adjectives.iter().map(|a| (a.start - 1)..a.end).peekable();
    for (i, &c) in text.chars.iter().enumerate() {
        while skip.peek().is_some_and(|r| r.end <= i) {
            skip.next();
        }
        if skip.peek().is_some_and(|r| r.contains(&i)) {
            continue;
        }
        stripped.push(c);
        map.push(i);
    }
    let mut merged = Vec::new();
    for hit in gazetteer.find(&stripped) {
        let entry = hit.entries[0];
        if !is_title_like(entry.kind) {
            continue;
        }
        let (start, end) = (map[hit.start], map[hit.end - 1] + 1);
        let first = adjectives.partition_point(|a| a.start <= start);
        let inside = adjectives[first..]
            .iter()
            .take_while(|a| a.start < end)
            .find(|a| a.end < end);
        if let Some(adjective) = inside.filter(|_| end - start > hit.end - hit.start) {
            // The adjective names whose it is: `Royal Malaysian Navy` is
            // Malaysia's, though `Royal Navy` alone is Britain's.
            let country = adjective.country.clone().or(entry.country.clone());
            merged.push(Lexical {
                start,
                end,
                entry,
                country,
                how: "lexicon",
                igo: entry.igo.clone(),
                sector: entry.sector.clone(),
            });
        }
    }
    if merged.is_empty() {
        return;
    }
    let by_start = ByStart::new(&merged, |m: &Lexical| m.start..m.end);
    hits.retain(|h| by_start.overlapping(h.start..h.end).next().is_none());
    hits.extend(merged);
    hits.sort_by_key(|h| h.start);
}

/// `Australian Deputy Prime Minister and Defence Minister X`: a title
/// joined by `and` / `et` to a title whose country the text gives is of the
/// same country, when the text gives none of its own.
fn share_country_of_coordinated_titles(text: &CleanText, hits: &mut [Lexical]) {
    for i in 1..hits.len() {
        let (before, rest) = hits.split_at_mut(i);
        let (prev, hit) = (&before[i - 1], &mut rest[0]);
        let from_text = |how: &str| how == "apposition" || how == "lexicon";
        if hit.kind() != EntryKind::Title
            || prev.kind() != EntryKind::Title
            || (hit.country.is_some() && hit.how != "outlet")
            || prev.country.is_none()
            || !from_text(prev.how)
        {
            continue;
        }
        let between = text.slice(prev.end..hit.start).to_lowercase();
        if matches!(between.trim(), "and" | "et") {
            hit.country = prev.country.clone();
            hit.how = "apposition";
        }
    }
    // Backwards, the country of the complement that ends a coordination
    // (`au Gouvernement et au Ministère de la Défense de l'Indonésie`, `the
    // Government and the Ministry of Defence of Japan`) is the first's too.
    for i in (0..hits.len().saturating_sub(2)).rev() {
        let (head, rest) = hits.split_at_mut(i + 1);
        let (hit, next, complement) = (&mut head[i], &rest[0], &rest[1]);
        if !is_title_like(hit.kind())
            || hit.how != "outlet"
            || !is_title_like(next.kind())
            || next.how != "apposition"
            || !matches!(
                complement.kind(),
                EntryKind::CountryName | EntryKind::CountryAdjective
            )
            || complement.country != next.country
            // (Hits may overlap: only those apart are read between.)
            || hit.end > next.start
            || next.end > complement.start
        {
            continue;
        }
        let joined = text.slice(hit.end..next.start).to_lowercase();
        let joined = joined.trim();
        let coordinated = COORDINATORS.iter().any(|c| {
            joined.strip_prefix(c).is_some_and(|rest| {
                ARTICLES_AFTER_COORDINATOR.contains(&rest.trim()) || rest.trim().ends_with('\'')
            })
        });
        let of = text.slice(next.end..complement.start).to_lowercase();
        let after = matches!(
            of.trim(),
            "" | "du" | "de" | "de la" | "des" | "of" | "of the"
        ) || of.trim().ends_with('\'')
            || of.trim().ends_with('’');
        if coordinated && after && !joined.contains('\n') {
            hit.country = next.country.clone();
            hit.how = "apposition";
        }
    }
}

const COORDINATORS: &[&str] = &["and", "et"];
/// What may follow a coordinator before the second title (`et au`, `and the`).
const ARTICLES_AFTER_COORDINATOR: &[&str] = &[
    "", "the", "le", "la", "les", "au", "aux", "à la", "du", "de la", "des", "to the",
];

/// The country of hit `i`: its own, else — for a title or institution — a
/// country named right after it (`ambassadeur du Japon`, `ministre lao`,
/// `Minister of Vietnam`) or an adjective right before it (`French Defence
/// Minister`), else the outlet's home country.
fn country_of(
    hits: &[Lexical],
    i: usize,
    text: &CleanText,
    home: Option<&str>,
) -> (Option<String>, &'static str) {
    let hit = &hits[i];
    if hit.country.is_some() {
        return (hit.country.clone(), hit.how);
    }
    if !is_title_like(hit.kind()) {
        return (None, "lexicon");
    }
    let names_country = |h: &Lexical| {
        matches!(
            h.kind(),
            EntryKind::CountryName | EntryKind::CountryAdjective
        )
    };
    // `French Defence Minister`, and in English a country's name used as
    // one (`the Timor-Leste Minister of Defence`, `Vietnam's Defence
    // Minister`).
    let adjective_before = i.checked_sub(1).map(|p| &hits[p]).filter(|prev| {
        let between = text.slice(prev.end..hit.start);
        match prev.kind() {
            EntryKind::CountryAdjective => between.trim().is_empty(),
            EntryKind::CountryName => {
                matches!(between.trim(), "" | "'s" | "’s") && between.ends_with(' ')
            }
            _ => false,
        }
    });
    if let Some(next) = hits.get(i + 1).filter(|h| names_country(h)) {
        let between = text.slice(hit.end..next.start).to_lowercase();
        const LINKS: &[&str] = &[
            "", "du", "de", "de la", "de l'", "de l’", "d'", "d’", "des", "of", "of the",
        ];
        // The country one is posted to (`French Ambassador to Vietnam`,
        // `l'attaché militaire japonais au Laos`) yields to the adjective
        // that says whose official it is.
        const POSTED_TO: &[&str] = &["to", "in", "au", "aux", "en", "à", "at"];
        let link = between.trim();
        let posted = POSTED_TO.contains(&link) && adjective_before.is_none();
        if (LINKS.contains(&link) || posted) && !between.contains('\n') {
            return (next.country.clone(), "apposition");
        }
    }
    if let Some(prev) = adjective_before {
        return (prev.country.clone(), "apposition");
    }
    match home {
        Some(h) => (Some(h.to_string()), "outlet"),
        None => (None, "lexicon"),
    }
}
