//! What later mentions refer to, within one document: part of a name met
//! before (`Esper`, `Giang`), a name written again without its title, a
//! role (`le ministre cambodgien`, `le général`), a counterpart (`son homologue`), both parties (`les deux
//! parties`, `both sides`, a sentence-initial `Ils`), and a sentence-initial
//! pronoun (`Il`, `He`: the first person, named or itself a pronoun, of the
//! last sentence that had one).
//! A role that names no one met in the text names the holder of the post on
//! the publication date, when the office-holder table knows it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

use attache_lexicon::{fold, holder_of, Folded};

use crate::folded_search::word_matches;
use crate::near::ByStart;
use attache_model::Actor;
use regex::Regex;
use std::sync::LazyLock;

use crate::persons::Found;
use crate::{Mention, MentionKind};
use attache_segment::CleanText;

/// Phrases naming both parties: `les deux parties`, `des deux pays`, `both
/// sides`, `the two (deputy) ministers`, and the adjectives of a two-sided relation
/// (`bilatéral`, `mutual`, `respectives`).
static COLLECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:deux (?:vice-)?(?:parties|pays|ministres|armees|ministeres|delegations|cotes|nations|chefs|dirigeants|gouvernements|marines|officiers|camps|peuples|partis|etats|forces|hommes|responsables|generaux)|(?:both|two) (?:(?:deputy|vice|defence|defense|foreign|army|navy|naval|military|top|senior|neighbouring|neighboring|friendly) )?(?:sides|countries|ministers|armies|ministries|delegations|nations|navies|leaders|governments|officers|parties|peoples|militaries|defence ministries|defense ministries)|les delegations|the delegations|bilatera(?:l|le|les|ux)|bilateral(?:ly)?|mutuel(?:le)?s?|mutual(?:ly)?|respecti(?:f|fs|ve|ves))(?-u:\b)")
        .expect("valid pattern")
});
static COUNTERPART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:son|sa|ses|leur|leurs|l'|his|her|their|its) ?(?:homologues?|counterparts?)(?-u:\b)",
    )
    .expect("valid pattern")
});
/// `l'hôte vietnamien`, `the Lao hosts`, `l'invité japonais`: a role whose
/// country an adjective gives.
static HOST_OR_GUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:l'|les |the )(?:\p{L}+ )?(?:hotes?|hosts?|invites?|guests?)(?-u:\b)")
        .expect("valid pattern")
});

/// `the event`, `the meeting`, `la réunion`, `l'événement`: an occasion
/// named before, told again.
static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:the (?:event|meeting|conference|summit|retreat|forum)|(?:la |l')(?:reunion|evenement|conference)|le (?:sommet|forum))(?-u:\b)",
    )
    .expect("valid pattern")
});

/// `the visiting dignitary`, `the distinguished guest`, `l'hôte de marque`:
/// the visitor, named by no country — the party of the pair that is not the
/// outlet's own (the one that receives).
static VISITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:the visiting (?:dignitary|dignitaries|delegation|guest|guests|general|admiral|minister|chief|commander|delegates?)|the distinguished (?:guests?|visitors?)|l'hote de marque|les hotes de marque|l'invite de marque|la delegation visiteuse)(?-u:\b)",
    )
    .expect("valid pattern")
});

static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:il|elle|he|she|ils|elles|they)(?-u:\b)").expect("valid pattern")
});
/// Impersonal uses: `il y a`, `il faut`, `il s'agit`, `il est important de`.
static IMPERSONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:y(?-u:\b)|faut(?-u:\b)|s'agit|convient(?-u:\b)|reste(?-u:\b)|semble(?-u:\b)|est (?:\w+ )?(?:de|que|d')(?-u:\b)|etait (?:\w+ )?(?:de|que)(?-u:\b))")
        .expect("valid pattern")
});

/// How many earlier mentions a role, a name written again or a part of a
/// name looks back over for the person it refers to (a long article holds
/// a few hundred mentions; a hostile one, hundreds of thousands).
const LOOKBACK: usize = 1_000;
/// How many sentences back a pronoun looks for its person.
const PRONOUN_LOOKBACK: usize = 100;

pub fn resolve(
    text: &CleanText,
    found: Found,
    published: Option<&str>,
    home: Option<&str>,
) -> Vec<Mention> {
    let Found {
        mut mentions,
        fragments,
        roles,
    } = found;
    // Parties are counted on the mentions the text names directly, but
    // not on a place where something happens (`s'est tenue à Kuala
    // Lumpur`, `met in Singapore`): the host of a meeting of two others is
    // not one of `les deux parties`.
    let named: Vec<Mention> = mentions
        .iter()
        .filter(|m| !names_the_location(text, m))
        .cloned()
        .collect();
    let parties = Parties::new(&named);
    let pair_at = |at: usize| parties.at(text.sentence_end(text.sentence_of(at)));
    // `les deux parties` refers back to the parties named before it, not to
    // those its own sentence names after it (`Les deux parties ont exprimé
    // leurs remerciements au Gouvernement … de la Malaisie`: the host).
    let pair_before = |at: usize| parties.at(at);
    let mut roles = roles;
    resolve_roles(&mut mentions, &roles, published);
    inherit_from_earlier_names(&mut mentions);
    let mut added = Vec::new();
    added.extend(fragment_mentions(text, &mentions, &fragments));
    let folded = text.folded();
    added.extend(counterpart_mentions(text, folded, &mut mentions, &pair_at));
    added.extend(host_or_guest_mentions(text, folded, &mentions));
    added.extend(occasion_mentions(text, folded, &mentions));
    added.extend(collective_mentions(text, folded, &pair_before));
    added.extend(visitor_mentions(text, folded, &mentions, home, &pair_at));
    roles.extend(added.iter().map(|_| Vec::new()));
    // A word inside `les deux armées` is not a third party (`armées`, an
    // institution of the outlet's country).
    let collectives: Vec<Range<usize>> = added
        .iter()
        .filter(|m| m.kind == MentionKind::Collective)
        .map(|m| m.clean_start..m.clean_end)
        .collect();
    mentions.retain(|m| {
        !collectives
            .iter()
            .any(|c| c.start <= m.clean_start && m.clean_end <= c.end)
    });
    // A title right before a name written again is that person's (`General
    // Dwivedi`), not a role standing for someone else.
    let names_again: Vec<usize> = added
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .map(|m| m.clean_start)
        .collect();
    mentions.retain(|m| {
        m.kind != MentionKind::Title
            || !names_again.iter().any(|&start| {
                start > m.clean_end
                    && start - m.clean_end <= 2
                    && text.chars[m.clean_end..start]
                        .iter()
                        .all(|c| c.is_whitespace())
            })
    });
    mentions.extend(added);
    mentions.sort_by_key(|m| m.clean_start);
    let pronouns = pronoun_mentions(text, folded, &mentions, &pair_at);
    mentions.extend(pronouns);
    mentions.sort_by_key(|m| m.clean_start);
    mentions
}

fn new_mention(
    text: &CleanText,
    range: Range<usize>,
    kind: MentionKind,
    actors: Vec<Actor>,
    how: &'static str,
) -> Mention {
    Mention {
        start: 0,
        end: 0,
        text: text.slice(range.clone()),
        kind,
        actors,
        how: how.into(),
        clean_start: range.start,
        clean_end: range.end,
    }
}

fn is_named_person(m: &Mention) -> bool {
    m.kind == MentionKind::Person && m.actors.first().is_some_and(|a| a.name.is_some())
}

/// The two countries the document is about: most mentioned, persons counting double.
/// Counted over the mentions before a point (the parties so far), or over
/// the whole document when those name fewer than two countries.
///
/// The counts up to a point are kept and carried forward, since the
/// questions come in text order: each mention is counted once, not once
/// per question (which made long texts quadratic).
struct Parties<'m> {
    mentions: &'m [Mention],
    whole: Option<(Actor, Actor)>,
    so_far: RefCell<Tally>,
}

/// A party counted: its code, and whether it is an organisation's.
type PartyKey = (String, bool);

/// Weight and first index of each country among `mentions[..next]`.
#[derive(Default)]
struct Tally {
    next: usize,
    /// By party (a country, or an organisation: the flag), its weight and
    /// first index.
    counts: HashMap<PartyKey, (usize, usize)>,
    /// How many mentions were counted (the work done), for the tests.
    #[cfg(test)]
    counted: usize,
}

impl Tally {
    /// Counts the mentions (sorted by start) that start before `upto`.
    fn advance(&mut self, mentions: &[Mention], upto: usize) {
        while let Some(m) = mentions.get(self.next).filter(|m| m.clean_start < upto) {
            let weight = match m.kind {
                MentionKind::Person => 2,
                MentionKind::Country | MentionKind::Institution | MentionKind::Title => 1,
                _ => 0,
            };
            // A country, or the organisation of a person or an office
            // (`NATO Secretary General Stoltenberg`: the two leaders may be
            // NATO's and Japan's); an organisation only named is a topic.
            let counted = |a: &&Actor| a.country.is_some() || m.kind != MentionKind::Country;
            for actor in m.actors.iter().filter(counted) {
                let Some(party) = actor.party() else {
                    continue;
                };
                let key = (party.to_string(), actor.country.is_none());
                let entry = self.counts.entry(key).or_insert((0, self.next));
                entry.0 += weight;
            }
            self.next += 1;
            #[cfg(test)]
            {
                self.counted += 1;
            }
        }
    }

    fn pair(&self) -> Option<(Actor, Actor)> {
        let mut ranked: Vec<(&PartyKey, &(usize, usize))> =
            self.counts.iter().filter(|(_, (n, _))| *n > 0).collect();
        ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
        let actor = |(party, igo): &PartyKey| {
            if *igo {
                Actor {
                    igo: Some(party.clone()),
                    sector: Some("IGO".to_string()),
                    ..Actor::default()
                }
            } else {
                Actor::of_country(party)
            }
        };
        match ranked.as_slice() {
            [first, second, ..] => Some((actor(first.0), actor(second.0))),
            _ => None,
        }
    }
}

impl<'m> Parties<'m> {
    /// `mentions` sorted by start.
    fn new(mentions: &'m [Mention]) -> Self {
        let mut whole = Tally::default();
        whole.advance(mentions, usize::MAX);
        Parties {
            mentions,
            whole: whole.pair(),
            so_far: RefCell::new(Tally::default()),
        }
    }

    /// The pair counted over the mentions that start before `upto`.
    fn at(&self, upto: usize) -> Option<(Actor, Actor)> {
        let mut tally = self.so_far.borrow_mut();
        let behind = tally.next > 0 && self.mentions[tally.next - 1].clean_start >= upto;
        if behind {
            *tally = Tally::default();
        }
        tally.advance(self.mentions, upto);
        tally.pair().or_else(|| self.whole.clone())
    }
}

/// Whether a country or capital is named as where something happens
/// (see [`CleanText::follows_locative`]).
fn names_the_location(text: &CleanText, m: &Mention) -> bool {
    m.kind == MentionKind::Country
        && (text.follows_locative(m.clean_start) || completes_a_place(text, m.clean_start))
}

/// `à Kuala Lumpur, en Malaisie`, `in Darwin, in Australia`: a country in
/// apposition to the place where something happens names that place too.
static PLACE_THEN_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:à|a|in|at) (?:\p{Lu}[\p{L}'’.-]*\s?){1,4}, (?:en|au|aux|in) $")
        .expect("valid pattern")
});

fn completes_a_place(text: &CleanText, at: usize) -> bool {
    let before = text.slice(at.saturating_sub(48)..at);
    PLACE_THEN_COUNTRY.is_match(&before)
}

/// Roles (titles without a name) point to the last person met who holds
/// that title in that country; else, on a known date, to the post's holder.
fn resolve_roles(mentions: &mut [Mention], roles: &[Vec<String>], published: Option<&str>) {
    for i in 0..mentions.len() {
        if mentions[i].kind != MentionKind::Title {
            continue;
        }
        let Some(role) = roles[i].first() else {
            continue;
        };
        let role_country = mentions[i].actors[0]
            .country
            .clone()
            .filter(|_| mentions[i].how != "outlet");
        let antecedent = (i.saturating_sub(LOOKBACK)..i).rev().find(|&j| {
            is_named_person(&mentions[j])
                && roles[j].iter().any(|r| r.starts_with(role.as_str()))
                && role_country
                    .as_ref()
                    .is_none_or(|c| mentions[j].actors[0].country.as_ref() == Some(c))
        });
        if let Some(j) = antecedent {
            let mut actor = mentions[j].actors[0].clone();
            actor.title = mentions[i].actors[0].title.clone().or(actor.title);
            mentions[i].actors = vec![actor];
            mentions[i].how = "role".into();
        } else if let (Some(country), Some(date)) =
            (mentions[i].actors[0].country.clone(), published)
        {
            if let Some(holder) = holder_of(role, &country, date) {
                let actor = &mut mentions[i].actors[0];
                actor.name = Some(holder.name.clone());
                actor.sector = actor.sector.clone().or(Some(holder.sector.clone()));
                mentions[i].how = "office_holder".into();
            }
        }
    }
}

/// A name written again without its title (`Jean Dupont a manifesté…`
/// after `le secrétaire d'État français, Jean Dupont`) is the person met
/// before (or, in a headline or lead, the one introduced just after): it
/// takes that mention's country, sector and title where it has none of its
/// own.
fn inherit_from_earlier_names(mentions: &mut [Mention]) {
    let words = |name: &str| -> Vec<String> {
        fold(name)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    // The words of each named person's name, folded once.
    let names: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| match m.actors.first() {
            Some(a) if is_named_person(m) => words(a.name.as_deref().unwrap_or("")),
            _ => Vec::new(),
        })
        .collect();
    for i in 0..mentions.len() {
        // (A country guessed from the outlet is no better than none: `General
        // X` written again in a Pakistani report is still China's X.)
        let guessed = mentions[i].how == "outlet";
        let name = match mentions[i].actors.as_slice() {
            [actor]
                if mentions[i].kind == MentionKind::Person
                    && (actor.country.is_none() || guessed) =>
            {
                actor.name.clone()
            }
            _ => None,
        };
        let Some(name) = name else {
            continue;
        };
        let own = words(&name);
        let start = mentions[i].clean_start;
        let from = i.saturating_sub(LOOKBACK);
        let known = |j: &usize| {
            let m = &mentions[*j];
            is_named_person(m)
                && m.actors[0].country.is_some()
                && !(guessed && m.how == "outlet")
                && !own.is_empty()
                && own.iter().all(|w| names[*j].contains(w))
        };
        // The person met before, else (a headline, a lead) the one met next.
        let earlier = (from..i)
            .rev()
            .filter(|&j| mentions[j].clean_end <= start)
            .find(known)
            .or_else(|| (i + 1..mentions.len().min(i + LOOKBACK)).find(known))
            .map(|j| mentions[j].actors[0].clone());
        if let Some(known) = earlier {
            if guessed {
                mentions[i].how = "name".into();
            }
            let actor = &mut mentions[i].actors[0];
            actor.country = known.country;
            actor.sector = actor.sector.take().or(known.sector);
            actor.title = actor.title.take().or(known.title);
        }
    }
}

/// The shortest word of a long name that stands for the person (shorter
/// ones are particles: `bin`, `van`, `de`).
const MIN_INNER_NAME_PART: usize = 4;

/// A single capitalised word that is part of the name of a person met before.
fn fragment_mentions(
    text: &CleanText,
    mentions: &[Mention],
    fragments: &[Range<usize>],
) -> Vec<Mention> {
    // The folded parts of each named person's name, split once.
    let names: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| match m.actors.first() {
            // Initials and suffixes aside (`Gilberto C. Teodoro Jr.` is
            // `Teodoro`).
            Some(a) if is_named_person(m) => {
                crate::persons::identifying_words(a.name.as_deref().unwrap_or(""))
            }
            _ => Vec::new(),
        })
        .collect();
    fragments
        .iter()
        .filter_map(|range| {
            let word = fold(&text.slice(range.clone()));
            let word = word.strip_suffix("'s").unwrap_or(&word).to_string();
            let upto = mentions.partition_point(|m| m.clean_start < range.start);
            // The last word, or the first of two (`Teodoro`, `Ahn` of `Ahn
            // Gyu-back`); of a longer name, a word within it but a short
            // particle (`Khaled` of `Mohamed Khaled Nordin`) — not of a
            // Vietnamese name, whose last word alone stands for the person
            // (its first is a family name many share).
            let is_part = |j: &usize| {
                let parts = &names[*j];
                parts.last() == Some(&word)
                    || (parts.len() == 2 && parts[0] == word)
                    || (parts.len() > 2
                        && word.chars().count() >= MIN_INNER_NAME_PART
                        && parts[1..parts.len() - 1].contains(&word)
                        && !crate::persons::looks_vietnamese(&parts.join(" ")))
            };
            // The person met before; else, in a headline or a lead that
            // names the person in full only further on (`Teodoro pushes…`
            // over `Secretary Gilberto C. Teodoro Jr. pressed…`), the
            // person met next.
            let j = (upto.saturating_sub(LOOKBACK)..upto)
                .rev()
                .filter(|&j| mentions[j].clean_end <= range.start && is_named_person(&mentions[j]))
                .find(is_part)
                .or_else(|| {
                    (upto..mentions.len().min(upto + LOOKBACK))
                        .filter(|&j| is_named_person(&mentions[j]))
                        .find(is_part)
                })?;
            let person = &mentions[j];
            Some(new_mention(
                text,
                range.clone(),
                MentionKind::Person,
                person.actors.clone(),
                "name",
            ))
        })
        .collect()
}

/// `son homologue lao` (the adjective's country), else the last person met
/// of another country than the sentence's first person.
/// How far after `son homologue` a name in apposition may start
/// (`son homologue tchadien, le général de division X`).
const APPOSITION_REACH: usize = 48;

fn counterpart_mentions(
    text: &CleanText,
    folded: &Folded,
    mentions: &mut [Mention],
    pair_at: &dyn Fn(usize) -> Option<(Actor, Actor)>,
) -> Vec<Mention> {
    let mut added = Vec::new();
    // Names right after the word that take its country: (index, country).
    let mut named = Vec::new();
    let by_start = ByStart::new(mentions, |m: &Mention| m.clean_start..m.clean_end);
    for m in word_matches(&COUNTERPART, text, folded) {
        let (start, end) = (m.start, m.end);
        let next = by_start.starting_in(end, end + 3).first();
        if let Some(adjective) = next.filter(|x| x.kind == MentionKind::Country) {
            added.push(new_mention(
                text,
                start..end,
                MentionKind::Title,
                adjective.actors.clone(),
                "role",
            ));
            continue;
        }
        // A name that follows is the person (`son homologue Richard
        // Miles`), of the counterpart's country when it names none.
        let name = next.filter(|x| x.kind == MentionKind::Person);
        if name.is_some_and(|x| x.actors[0].country.is_some()) {
            continue;
        }
        // So is one in apposition after the counterpart's own words (`son
        // homologue tchadien, le général X`): the person, with the country
        // the text gives it, is the counterpart.
        let apposed = by_start
            .starting_in(end, end + APPOSITION_REACH)
            .iter()
            .find(|x| x.kind == MentionKind::Person)
            .filter(|x| {
                let between = text.slice(end..x.clean_start);
                between.contains(',') && !between.contains(['.', ';', '(', ')'])
            });
        if apposed.is_some_and(|x| x.actors[0].country.is_some()) {
            continue;
        }
        let (subject_country, other) = counterpart_of(text, &by_start, mentions, start, end);
        // Else the party of the story's two that is not the subject's,
        // unless the counterparts' countries follow (`his counterparts
        // from Lithuania, Canada and New Zealand`).
        let countries_follow = by_start
            .starting_in(end, end + 12)
            .iter()
            .any(|x| x.kind == MentionKind::Country);
        let actors = match other {
            Some(other) => other.actors.clone(),
            None if countries_follow => continue,
            None => match pair_at(start) {
                Some((a, b)) if subject_country.is_some() => {
                    let other = if a.country == subject_country { b } else { a };
                    if other.country.is_none() {
                        continue;
                    }
                    vec![other]
                }
                _ => continue,
            },
        };
        match name {
            Some(person) => {
                let index = by_start.first_from(person.clean_start);
                named.push((index, actors[0].country.clone()));
            }
            None => added.push(new_mention(
                text,
                start..end,
                MentionKind::Person,
                actors,
                "role",
            )),
        }
    }
    for (index, country) in named {
        if let Some(actor) = mentions[index].actors.first_mut() {
            actor.country = country;
        }
    }
    added
}

/// The country of the sentence's subject, and the person a counterpart
/// word at `start..end` stands for: the last named person, before it or in
/// its sentence, of another country than that subject's.
fn counterpart_of<'m>(
    text: &CleanText,
    by_start: &ByStart<'_, Mention>,
    mentions: &'m [Mention],
    start: usize,
    end: usize,
) -> (Option<String>, Option<&'m Mention>) {
    let sentence = text.sentence_range(text.sentence_of(start));
    let first_person = by_start
        .starting_in(sentence.start, sentence.end)
        .iter()
        .find(|x| is_named_person(x));
    // In an opening phrase whose clause goes on with a pronoun
    // (`Accueilli par son homologue, il …`), `son` is that pronoun's: the
    // person named last before the sentence.
    let before_sentence = || {
        let upto = by_start.first_from(sentence.start);
        mentions[upto.saturating_sub(LOOKBACK)..upto]
            .iter()
            .rev()
            .find(|x| is_named_person(x))
    };
    let subject = if first_person.is_none_or(|p| p.clean_start > start)
        && pronoun_after_comma(text, end, sentence.end)
    {
        before_sentence().or(first_person)
    } else {
        first_person
    };
    let subject_country = subject.and_then(|x| x.actors[0].country.clone());
    let upto = by_start.first_from(sentence.end);
    let other = mentions[upto.saturating_sub(LOOKBACK)..upto]
        .iter()
        .rev()
        .filter(|x| x.clean_end <= start || x.clean_start >= sentence.start)
        .find(|x| {
            is_named_person(x)
                && x.actors[0].country.is_some()
                && x.actors[0].country != subject_country
        });
    (subject_country, other)
}

/// Whether the clause after the first comma from `from` (before `end`)
/// opens with a subject pronoun (`…, il s'est entretenu`, `…, he met`).
fn pronoun_after_comma(text: &CleanText, from: usize, end: usize) -> bool {
    let Some(comma) = (from..end).find(|&i| text.chars[i] == ',') else {
        return false;
    };
    let word: String = text.chars[comma + 1..end]
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect();
    matches!(word.to_lowercase().as_str(), "il" | "elle" | "he" | "she")
}

/// How many sentences back an occasion told again may have been named.
const OCCASION_LOOKBACK: usize = 2;

/// Words that make an organisation's name a meeting of it.
const MEETING_WORDS: &[&str] = &[
    "meeting",
    "summit",
    "conference",
    "retreat",
    "forum",
    "reunion",
    "sommet",
    "conference",
];

/// `the event` after `the ASEAN Defence Ministers' Meeting Retreat (…) was
/// organized`: an organisation's meeting named in the last sentences is
/// what the words stand for (attending it is attending the organisation's
/// meeting, not visiting its host).
fn occasion_mentions(text: &CleanText, folded: &Folded, mentions: &[Mention]) -> Vec<Mention> {
    word_matches(&OCCASION, text, folded)
        .filter_map(|m| {
            let sentence = text.sentence_of(m.start);
            let from = text
                .sentence_range(sentence.saturating_sub(OCCASION_LOOKBACK))
                .start;
            // (Its short name may come after it: `… Meeting Retreat
            // (ADMM-Retreat)`, `the ADMM`.)
            let meeting = mentions
                .iter()
                .rev()
                .filter(|x| x.clean_end <= m.start && x.clean_start >= from)
                .filter(|x| x.kind == MentionKind::Organisation)
                .find(|x| {
                    let name = attache_lexicon::fold(&x.text);
                    MEETING_WORDS.iter().any(|w| name.contains(w))
                })?;
            Some(new_mention(
                text,
                m.start..m.end,
                MentionKind::Organisation,
                meeting.actors.clone(),
                "occasion",
            ))
        })
        .collect()
}

/// A host or guest takes the country of the adjective right next to it
/// (`l'hôte vietnamien`, `the Lao hosts`).
fn host_or_guest_mentions(text: &CleanText, folded: &Folded, mentions: &[Mention]) -> Vec<Mention> {
    let by_start = ByStart::new(mentions, |m: &Mention| m.clean_start..m.clean_end);
    word_matches(&HOST_OR_GUEST, text, folded)
        .filter_map(|m| {
            let (start, end) = (m.start, m.end);
            let adjective = by_start.starting_in(start, end + 2).iter().find(|x| {
                x.kind == MentionKind::Country
                    && ((x.clean_start >= end && x.clean_start <= end + 1)
                        || (x.clean_start >= start && x.clean_end <= end))
            })?;
            Some(new_mention(
                text,
                start..end,
                MentionKind::Title,
                adjective.actors.clone(),
                "role",
            ))
        })
        .collect()
}

fn visitor_mentions(
    text: &CleanText,
    folded: &Folded,
    mentions: &[Mention],
    home: Option<&str>,
    pair_at: &dyn Fn(usize) -> Option<(Actor, Actor)>,
) -> Vec<Mention> {
    let Some(home) = home else {
        return Vec::new();
    };
    word_matches(&VISITOR, text, folded)
        .filter_map(|m| {
            let (a, b) = pair_at(m.start)?;
            let visitor = match (a.country.as_deref(), b.country.as_deref()) {
                (Some(x), Some(_)) if x == home => b,
                (Some(_), Some(y)) if y == home => a,
                _ => return None,
            };
            // The visitor's person, when one of the visitor's country was
            // named before (`Major General X … the visiting dignitary`).
            let before = mentions.partition_point(|x| x.clean_start < m.start);
            let person = mentions[before.saturating_sub(LOOKBACK)..before]
                .iter()
                .rev()
                .filter(|x| is_named_person(x))
                .find(|x| x.actors[0].country == visitor.country)
                .map(|x| x.actors[0].clone());
            Some(new_mention(
                text,
                m.start..m.end,
                MentionKind::Title,
                vec![person.unwrap_or(visitor)],
                "role",
            ))
        })
        .collect()
}

fn collective_mentions(
    text: &CleanText,
    folded: &Folded,
    pair_at: &dyn Fn(usize) -> Option<(Actor, Actor)>,
) -> Vec<Mention> {
    word_matches(&COLLECTIVE, text, folded)
        .filter_map(|m| {
            let (start, end) = (m.start, m.end);
            let pair = pair_at(start)?;
            Some(new_mention(
                text,
                start..end,
                MentionKind::Collective,
                vec![pair.0, pair.1],
                "collective",
            ))
        })
        .collect()
}

/// Sentence-initial pronouns: singular → the first named person of the
/// last sentence that had one; plural → both parties.
fn pronoun_mentions(
    text: &CleanText,
    folded: &Folded,
    mentions: &[Mention],
    pair_at: &dyn Fn(usize) -> Option<(Actor, Actor)>,
) -> Vec<Mention> {
    // Pronouns already resolved are antecedents too: in `Il s'est déclaré
    // convaincu que la visite du ministre X …`, the `Il` that opens the
    // sentence, not X, is what the next sentence's `il` goes on with.
    let mut resolved: Vec<Mention> = Vec::new();
    for m in word_matches(&PRONOUN, text, folded) {
        let (start, end) = (m.start, m.end);
        if IMPERSONAL.is_match(&folded.text[m.folded_end..]) {
            continue;
        }
        if matches!(m.folded, "ils" | "elles" | "they") {
            if let Some((a, b)) = pair_at(start) {
                let both = new_mention(
                    text,
                    start..end,
                    MentionKind::Pronoun,
                    vec![a, b],
                    "pronoun",
                );
                resolved.push(both);
            }
            continue;
        }
        let sentence = text.sentence_of(start);
        // In the pronoun's own sentence only a person before it counts; in
        // an earlier one, the first person it names or refers to.
        let person_in = |s: usize| {
            let range = text.sentence_range(s);
            let in_sentence = |list: &'_ [Mention]| {
                let from = list.partition_point(|x| x.clean_start < range.start);
                let to = list.partition_point(|x| x.clean_start < range.end.min(start));
                from..to.max(from)
            };
            // (A role that names its person counts: `Le ministre hongrois a
            // indiqué … Il s'est ensuite entretenu` is the minister.)
            let named = mentions[in_sentence(mentions)].iter().find(|x| {
                is_named_person(x)
                    || (x.kind == MentionKind::Title
                        && x.how == "role"
                        && matches!(x.actors.as_slice(), [a] if a.name.is_some()))
            });
            let referred = resolved[in_sentence(&resolved)]
                .iter()
                .find(|x| x.actors.len() == 1);
            match (named, referred) {
                (Some(n), Some(r)) => Some(if r.clean_start < n.clean_start { r } else { n }),
                (n, r) => n.or(r),
            }
        };
        // A subject after the comma of an opening phrase is not a person
        // that phrase names (`Accueilli par son homologue X, il …`,
        // `S'adressant à X, il …`): its antecedent is further back.
        let after_opener = text.chars[text.sentence_range(sentence).start..start]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            == Some(&',');
        let last = if after_opener {
            sentence.saturating_sub(1)
        } else {
            sentence
        };
        let earliest = sentence.saturating_sub(PRONOUN_LOOKBACK);
        let Some(antecedent) = (earliest..=last).rev().find_map(person_in) else {
            continue;
        };
        let actors = antecedent.actors.clone();
        resolved.push(new_mention(
            text,
            start..end,
            MentionKind::Pronoun,
            actors,
            "pronoun",
        ));
    }
    resolved
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(at: usize, code: &str) -> Mention {
        Mention {
            start: 0,
            end: 0,
            text: code.into(),
            kind: MentionKind::Country,
            actors: vec![Actor::of_country(code)],
            how: "lexicon".into(),
            clean_start: at,
            clean_end: at + 1,
        }
    }

    /// Issue 14: each question about the parties so far used to count
    /// every mention before it again, quadratic in a long text's length.
    #[test]
    fn parties_so_far_count_each_mention_once_when_asked_in_text_order() {
        let codes = ["VNM", "LAO", "VNM", "KHM", "KHM", "KHM"];
        let mentions: Vec<Mention> = (0..3_000)
            .map(|i| country(i * 10, codes[i % codes.len()]))
            .collect();
        let parties = Parties::new(&mentions);
        for upto in (0..30_000).step_by(7) {
            parties.at(upto);
        }
        assert_eq!(parties.so_far.borrow().counted, mentions.len());
        let (a, b) = parties.at(30_000).expect("a pair");
        assert_eq!(
            (a.country.as_deref(), b.country.as_deref()),
            (Some("KHM"), Some("VNM"))
        );
        // Asked about an earlier point, it starts again: the answer is the same as fresh.
        let early = parties.at(25).expect("a pair");
        assert_eq!(early.0.country.as_deref(), Some("VNM"));
        assert_eq!(early.1.country.as_deref(), Some("LAO"));
    }
}
