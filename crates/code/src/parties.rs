//! The parties of an event, from the trigger's frame and the mentions of
//! its sentence.

use std::collections::HashMap;

use attache_model::{Actor, Mention, MentionKind};
use attache_segment::CleanText;

use crate::triggers::{Frame, TriggerHit};

pub struct Parties {
    pub source: Actor,
    pub target: Actor,
    pub joint: bool,
    /// The code points the evidence must cover (subject to object).
    pub span: (usize, usize),
    pub confidence: f32,
    /// Another party that acts with the source on the same target (`les
    /// deux parties ont remercié la Malaisie`: each thanks it).
    pub co_source: Option<Actor>,
}

/// The two parties the document is about: the most mentioned, persons double.
pub fn main_pair(actors: &[&Mention]) -> Option<(Actor, Actor)> {
    let mut counts: HashMap<String, (usize, usize, Actor)> = HashMap::new();
    for (i, m) in actors.iter().enumerate() {
        let weight = if m.kind == MentionKind::Person { 2 } else { 1 };
        for actor in &m.actors {
            if let Some(party) = actor.party() {
                let entry = counts
                    .entry(party.to_string())
                    .or_insert((0, i, party_actor(actor)));
                entry.0 += weight;
            }
        }
    }
    let mut ranked: Vec<(usize, usize, Actor)> = counts.into_values().collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut ranked = ranked.into_iter().map(|r| r.2);
    Some((ranked.next()?, ranked.next()?))
}

/// Only the party (country or organisation): what a document-level fallback knows.
fn party_actor(actor: &Actor) -> Actor {
    Actor {
        country: actor.country.clone(),
        igo: actor.igo.clone(),
        sector: if actor.igo.is_some() {
            Some("IGO".into())
        } else {
            None
        },
        ..Actor::default()
    }
}

fn party(m: &Mention) -> Option<&str> {
    m.actors.first().and_then(Actor::party)
}

/// The other party of the document than `actor`'s.
fn other_party(actor: &Actor, pair: Option<&(Actor, Actor)>) -> Option<Actor> {
    let (a, b) = pair?;
    match actor.party() {
        p if p == a.party() => Some(b.clone()),
        p if p == b.party() => Some(a.clone()),
        _ => None,
    }
}

/// Whether a mention can be the one who acts (not a country or place named).
fn can_act(m: &Mention) -> bool {
    matches!(
        m.kind,
        MentionKind::Person
            | MentionKind::Pronoun
            | MentionKind::Collective
            | MentionKind::Institution
            | MentionKind::Title
            | MentionKind::Organisation
    )
}

/// The acting mention nearest before the verb.
fn last_actor<'m>(before: &[&'m Mention]) -> Option<&'m Mention> {
    before.iter().copied().rev().find(|m| can_act(m))
}

/// In a relative clause (`…, X, qui rendra visite aux autorités`, `X, who
/// will call on…`) the subject is the party just before the relative pronoun.
fn relative_antecedent<'m>(
    text: &CleanText,
    at: usize,
    before: &[&'m Mention],
) -> Option<&'m Mention> {
    let last = before.iter().copied().max_by_key(|m| m.clean_end)?;
    let between = text.slice(last.clean_end..at);
    let between = between.trim_start_matches([',', ' ']).to_lowercase();
    let relative = ["qui ", "who ", "which "]
        .iter()
        .any(|r| between.starts_with(r));
    (relative && between.chars().count() < 40 && party(last).is_some()).then_some(last)
}

/// Phrases that open a sentence before its subject, up to a comma.
const OPENERS: &[&str] = &[
    "à l'invitation d",
    "a l'invitation d",
    "à l’invitation d",
    "sur l'invitation d",
    "sur invitation d",
    "at the invitation of",
    "on the invitation of",
    "lors d",
    "au cours d",
    "à l'issue d",
    "a l'issue d",
    "à l’issue d",
    "pendant ",
    "durant ",
    "en marge d",
    "dans le cadre d",
    "après ",
    "avant ",
    "en visite",
    "on a visit",
    "during ",
    "at the ",
    "at a ",
    "at an ",
    "in a ",
    "in an ",
    "à une ",
    "à l'occasion d",
    "à l’occasion d",
    "on the occasion of",
    "on the sidelines",
    "after ",
    "before ",
    "following ",
    "in response to",
    "responding to",
    "en réponse à",
    "en réponse au",
    "in the framework",
];

/// Where the opening phrase of the trigger's sentence ends (its comma),
/// or the sentence start when it has none.
fn opening_phrase_end(text: &CleanText, at: usize) -> usize {
    let range = crate::around(text.sentence_range(text.sentence_of(at)), at, at);
    let head: Vec<char> = text.slice(range.start..at).chars().collect();
    // A dateline (`Pékin (VNA) - `) comes before the opening phrase.
    let dateline_end = (0..head.len().min(60))
        .find(|&i| head[i] == ')' && matches!(head.get(i + 2), Some('-' | '–' | '—')))
        .map_or(0, |i| i + 3);
    let rest: String = head[dateline_end..].iter().collect();
    let lower = rest.trim_start().to_lowercase();
    if !OPENERS.iter().any(|o| lower.starts_with(o))
        && !opens_with_participle(&lower, rest.trim_start())
        && !opens_with_passive_participle(&lower)
    {
        return range.start;
    }
    // A name in apposition may close the phrase before the subject, a
    // pronoun (`Accueilli par son homologue, X, il s'est entretenu`).
    comma_closing_opener(text, range.start + dateline_end, at).unwrap_or(range.start)
}

/// Pronouns that stand as a clause's subject.
const SUBJECT_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "he", "she", "they"];

/// Whether a sentence opens with a passive participle and its agent
/// (`Accueilli chaleureusement par son homologue, il …`, `Welcomed by his
/// counterpart, he …`): the agent is not the subject.
fn opens_with_passive_participle(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let agent = words
        .find(|w| !w.ends_with("ment") && !w.ends_with("ly"))
        .unwrap_or("");
    let participle = [
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "ed",
    ]
    .iter()
    .any(|e| first.ends_with(e));
    first.chars().count() > 3 && participle && is_agent_word(agent)
}

/// `par` / `by`, which name a passive's agent.
fn is_agent_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("par") || word.eq_ignore_ascii_case("by")
}

/// Whether a sentence opens with a participial phrase (`S'adressant à X,
/// Y a…`, `En recevant X, Y…`, `Speaking to X, Y…`): its actors are not the
/// subject.
fn opens_with_participle(lower: &str, written: &str) -> bool {
    let rest = ["en ", "s'", "s’", "se ", "upon ", "while ", "when "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(lower);
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    // A participle takes an object or a complement (`Beijing has` is none).
    let then = words.next().unwrap_or("");
    let object = [
        "à", "a", "au", "aux", "avec", "le", "la", "les", "l'", "l’", "son", "sa", "ses", "un",
        "une", "des", "lors", "devant", "sur", "pendant", "durant", "après", "auprès", "to",
        "with", "the", "his", "her", "an", "at", "on", "during", "after", "before", "in", "about",
        "of", "de", "du", "des",
    ];
    // Or a name (`Congratulating Tea Seiha on…`), when the first word is
    // a verb's form (`Beijing Daily` is none).
    let named_object = || {
        first.ends_with("ing")
            && attache_lexicon::lemma_of(&attache_model::Lang::En, first).is_some()
            && written
                .split_whitespace()
                .nth(1)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    };
    first.chars().count() > 4
        && (first.ends_with("ant") || first.ends_with("ing"))
        && (object.contains(&then)
            || then.starts_with("l'")
            || then.starts_with("l’")
            || named_object())
}

/// The subject of a predicate that opens its sentence up to a comma (`En
/// visite officielle à Rabat, le ministre espagnol …`, `On a visit to
/// Manila, the minister …`): the first actor after that comma.
fn opening_subject<'m>(
    text: &CleanText,
    hit: &TriggerHit,
    sentence_start: usize,
    sentence: &[&'m Mention],
    after: &[&'m Mention],
) -> Option<&'m Mention> {
    // Nothing before the predicate's words but a gerund's marker (`En
    // recevant X, le ministre…`, `Upon receiving`), and no actor among
    // them (a pronoun the predicate's span starts with is its subject
    // already).
    const GERUND_MARKERS: &[&str] = &["", "en", "tout en", "upon", "on", "when", "while", "after"];
    let before = text.slice(sentence_start..hit.start).trim().to_lowercase();
    let first_word_end = first_word_end(text, hit);
    if !GERUND_MARKERS.contains(&before.as_str())
        || sentence
            .iter()
            .any(|m| m.clean_start >= sentence_start && m.clean_start < first_word_end)
    {
        return None;
    }
    let sentence_end = text.sentence_range(text.sentence_of(hit.start)).end;
    let main = comma_closing_opener(text, hit.end, sentence_end)?;
    after
        .iter()
        .copied()
        .find(|m| m.clean_start >= main && can_act(m))
}

/// Where the main clause starts after a phrase opening the sentence at
/// `from`: past its first comma, and past a name in apposition when a
/// subject pronoun follows it (`Accueilli par son homologue, X, il …`).
fn comma_closing_opener(text: &CleanText, from: usize, end: usize) -> Option<usize> {
    let comma = (from..end).find(|&i| text.chars[i] == ',')?;
    let apposition_end = (comma + 1..end).find(|&i| text.chars[i] == ',');
    let after_apposition = apposition_end.filter(|&next| {
        let words = text.slice(comma + 1..next);
        let following = text.slice(next + 1..end);
        let pronoun = following
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        words.split_whitespace().count() <= 8 && SUBJECT_PRONOUNS.contains(&pronoun.as_str())
    });
    Some(after_apposition.unwrap_or(comma) + 1)
}

/// What a speaker expresses in a party's name (`Thailand's gratitude`):
/// the party then speaks. (`Japan's sanctions`, praised, are Japan's acts,
/// not its words.)
const SPOKEN_FOR: &[&str] = &[
    "gratitude",
    "thanks",
    "appreciation",
    "condolences",
    "sympathy",
    "commitment",
    "support",
    "position",
    "wish",
    "desire",
    "willingness",
    "readiness",
    "determination",
    "hope",
];

/// A country named with `'s` inside the predicate's words before what it
/// expresses (`expressed Thailand's gratitude`): whose words they are.
fn possessive_in_predicate<'m>(
    text: &CleanText,
    hit: &TriggerHit,
    after: &[&'m Mention],
) -> Option<&'m Mention> {
    after
        .iter()
        .copied()
        .filter(|m| m.clean_end < hit.end && m.kind == MentionKind::Country)
        .find(|m| {
            let rest = text.slice(m.clean_end..(m.clean_end + 30).min(text.chars.len()));
            let Some(owned) = rest
                .strip_prefix("'s ")
                .or_else(|| rest.strip_prefix("’s "))
            else {
                return false;
            };
            let noun = owned.split_whitespace().next().unwrap_or("").to_lowercase();
            SPOKEN_FOR.contains(&noun.as_str())
        })
}

/// Where the predicate's first word ends: a gapped predicate holds its
/// object or destination (`Receiving the Japanese ambassador`, `arrived
/// at Cam Ranh port … for a visit`).
fn first_word_end(text: &CleanText, hit: &TriggerHit) -> usize {
    (hit.start..hit.end)
        .find(|&i| !text.chars[i].is_alphanumeric() && !matches!(text.chars[i], '\'' | '’'))
        .unwrap_or(hit.end)
}

/// How far after a nationality the person whose title it opens may be
/// named (`Indian Prime Minister Narendra Modi`).
const NATIONALITY_TO_PERSON: usize = 40;

/// Words a visit's destination may lie after its trigger.
const DESTINATION_WORDS: usize = 12;

/// Whether `to` follows `from` within a few words, with no dash, bracket or
/// semicolon between (an aside or another clause).
fn closely_after(text: &CleanText, from: usize, to: usize) -> bool {
    if to < from {
        return false;
    }
    let between = text.slice(from..to);
    between.split_whitespace().count() <= DESTINATION_WORDS
        && !between.contains(['–', '—', ';', '(', ')'])
        && !between.contains(" - ")
}

/// The subject: the first mention before the trigger that can act (a
/// person, pronoun, both parties, an institution, title or organisation),
/// else the first country named.
fn subject<'m>(text: &CleanText, before: &[&'m Mention]) -> Option<&'m Mention> {
    // One who acts named inside another's phrase (`la Nouvelle-Zélande
    // soutenait les opérations de l'ONU et souhaitait…`) is no subject
    // while a party stands before it on its own.
    let first_acting = before.iter().copied().find(|m| can_act(m));
    let own = before
        .iter()
        .copied()
        .take_while(|m| first_acting.is_none_or(|a| m.clean_start <= a.clean_start))
        .find(|m| m.kind != MentionKind::Place);
    match (first_acting, own) {
        (Some(acting), Some(own))
            if own.clean_start < acting.clean_start && is_noun_complement(text, acting) =>
        {
            Some(own)
        }
        (Some(acting), _) => Some(acting),
        (None, own) => own,
    }
}

/// Whether what stands at `at` is named as an example after the predicate
/// ending at `from` (`coordinate at forums such as the ADMM`, `dans des
/// domaines tels que …`): what the words are about, not a party.
fn is_example(text: &CleanText, from: usize, at: usize) -> bool {
    if at <= from {
        return false;
    }
    let between = text.slice(from..at).to_lowercase();
    [
        "such as ",
        " tels que ",
        " telles que ",
        " tel que ",
        " telle que ",
    ]
    .iter()
    .any(|w| between.contains(w))
}

/// Where the sentence holding code point `at` starts.
fn sentence_start_of(text: &CleanText, at: usize) -> usize {
    text.sentence_range(text.sentence_of(at)).start
}

/// Whether mention `m` completes a noun before it (`de l'ONU`, `du
/// ministère`, `of the UN`).
fn is_noun_complement(text: &CleanText, m: &Mention) -> bool {
    let before = text
        .slice(m.clean_start.saturating_sub(8)..m.clean_start)
        .to_lowercase();
    let before = before.trim_end();
    [
        " de", " du", " des", " d'", " d’", " de la", " de l'", " de l’", " of", " of the",
    ]
    .iter()
    .any(|p| before.ends_with(p) || format!(" {before}").ends_with(p))
}

/// Words that open an infinitive of purpose.
const PURPOSE: &[&str] = &[
    "pour",
    "afin de",
    "afin d'",
    "afin d’",
    "in order to",
    "so as to",
];

/// Whether the predicate at `at` is an infinitive of purpose (`pour
/// protester`, `in order to protest`).
fn is_purpose(text: &CleanText, at: usize) -> bool {
    let before = text.slice(at.saturating_sub(16)..at).to_lowercase();
    let before = before.trim_end();
    PURPOSE.iter().any(|p| {
        before.ends_with(p)
            && before[..before.len() - p.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Verbs that make their object the subject of the infinitive after it
/// (`prompting Taipei to condemn`, `poussant Manille à protester`).
const CAUSATIVES: &[&str] = &[
    "prompting",
    "prompted",
    "prompt",
    "forcing",
    "forced",
    "force",
    "causing",
    "caused",
    "leading",
    "led",
    "pushing",
    "pushed",
    "poussant",
    "poussé",
    "incitant",
    "incité",
    "amenant",
    "amené",
    "conduisant",
    "conduit",
];

/// `prompting Taipei to condemn`: the party right before `to` / `à`, the
/// object of a causative verb, is the subject of the infinitive at `at`.
fn caused_subject<'m>(text: &CleanText, at: usize, before: &[&'m Mention]) -> Option<&'m Mention> {
    let object = before.last().copied()?;
    let link = text.slice(object.clean_end..at).to_lowercase();
    if !matches!(link.trim(), "to" | "à" | "a") {
        return None;
    }
    let lead = text
        .slice(object.clean_start.saturating_sub(30)..object.clean_start)
        .to_lowercase();
    let mut words = lead
        .split(|c: char| !c.is_alphanumeric() && c != 'é')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3);
    words.any(|w| CAUSATIVES.contains(&w)).then_some(object)
}

/// The source and target of a trigger hit in its sentence.
pub fn find(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&Mention],
    carried: Option<&Mention>,
    pair: Option<&(Actor, Actor)>,
) -> Option<Parties> {
    match hit.frame {
        Frame::Accused => accusation(hit, sentence, pair),
        // The giver is found where a subject frame finds its target.
        Frame::Recipient => {
            let as_subject = TriggerHit {
                frame: Frame::Subject,
                ..hit.clone()
            };
            in_frame(text, &as_subject, sentence, carried, pair).map(Parties::reversed)
        }
        _ => in_frame(text, hit, sentence, carried, pair),
    }
}

impl Parties {
    /// The same parties, source and target exchanged.
    fn reversed(self) -> Parties {
        Parties {
            source: self.target,
            target: self.source,
            // (Who acted with the former source does not give with the new.)
            co_source: None,
            ..self
        }
    }
}

/// `(the spokeswoman said that) China's drills violated Vietnam's
/// sovereignty`: the accused is the party named last before the verb (the
/// agent of the wrong, not the speaker reporting it); the accuser is the
/// party wronged, named after it, else the other party of the document.
fn accusation(
    hit: &TriggerHit,
    sentence: &[&Mention],
    pair: Option<&(Actor, Actor)>,
) -> Option<Parties> {
    let accused = sentence
        .iter()
        .copied()
        .rfind(|m| m.clean_end <= hit.start && party(m).is_some())?;
    let wronged = sentence
        .iter()
        .copied()
        .find(|m| m.clean_start > hit.start && party(m).is_some() && party(m) != party(accused));
    let target = accused.actors[0].clone();
    match wronged {
        Some(w) => checked(
            w.actors[0].clone(),
            target,
            false,
            (accused.clean_start, w.clean_end.max(hit.end)),
            0.6,
        ),
        None => {
            let source = other_party(&target, pair)?;
            checked(source, target, false, (accused.clean_start, hit.end), 0.4)
        }
    }
}

/// The parties as the trigger's frame places them.
fn in_frame(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&Mention],
    carried: Option<&Mention>,
    pair: Option<&(Actor, Actor)>,
) -> Option<Parties> {
    // A verb continuing a list has its governing verb's subject.
    let before: Vec<&Mention> = sentence
        .iter()
        .copied()
        .filter(|m| m.clean_end <= hit.subject_before)
        .collect();
    // Mentions inside a gapped trigger (`est arrivé au Cambodge … pour une
    // visite`, `a été reçu lundi par`) come after its head.
    let after: Vec<&Mention> = sentence
        .iter()
        .copied()
        .filter(|m| m.clean_start > hit.start)
        .collect();
    let frame = hit.frame;
    // `les exercices conjoints des États-Unis et des Philippines`, `joint
    // drills of Japan and Australia`: the two parties the noun takes, not
    // the sentence's subject (`La Chine a dénoncé …`).
    if matches!(frame, Frame::Joint | Frame::Nominal) && !hit.trigger.starts_with_verb() {
        if let Some((a, b)) = pair_after_noun(text, hit, sentence) {
            return checked(
                a.actors[0].clone(),
                b.actors[0].clone(),
                true,
                (hit.start, b.clean_end),
                0.5,
            );
        }
    }
    if frame == Frame::Passive {
        // The subject is the main clause's first actor, not one of an
        // opening phrase (`En visite à Rabat, le ministre espagnol a été
        // reçu par …`).
        let intro_end = opening_phrase_end(text, hit.start);
        // A participle opening its sentence (`Accueilli par son homologue,
        // il …`): the subject follows the phrase, the agent within it.
        let sentence_end = text.sentence_range(text.sentence_of(hit.start)).end;
        let opened_by_participle = before
            .is_empty()
            .then(|| comma_closing_opener(text, hit.end, sentence_end))
            .flatten()
            .filter(|&main| {
                text.slice(hit.start..main)
                    .split_whitespace()
                    .any(is_agent_word)
            });
        if let Some(main) = opened_by_participle {
            let target = after
                .iter()
                .copied()
                .find(|m| m.clean_start > main && can_act(m))?;
            let source = after.iter().find(|m| {
                m.clean_start < main && party(m).is_some() && party(m) != party(target)
            })?;
            return checked(
                source.actors[0].clone(),
                target.actors[0].clone(),
                false,
                (hit.start, target.clean_end),
                0.6,
            );
        }
        let Some(target) = before
            .iter()
            .copied()
            .find(|m| m.clean_start >= intro_end && can_act(m))
            .or(before.first().copied())
        else {
            // A thing as the subject (`Les armes sont offertes par la
            // Russie`): the agent gives to the story's other party.
            // (The agent follows the predicate: a party inside its words,
            // `les armes russes sont offertes`, is not it.)
            let source = after
                .iter()
                .find(|m| m.clean_start >= hit.end && party(m).is_some())?;
            if !text
                .slice(hit.end..source.clean_start)
                .split_whitespace()
                .any(is_agent_word)
            {
                return None;
            }
            let target = other_party(&source.actors[0], pair)?;
            return checked(
                source.actors[0].clone(),
                target,
                false,
                (hit.start, source.clean_end),
                0.5,
            );
        };
        let Some(source) = after
            .iter()
            .find(|m| party(m).is_some() && party(m) != party(target))
        else {
            // An agent named without a country (`reçu en audience par le
            // président X`): the story's other party.
            let rest = text.slice(hit.end..(hit.end + 40).min(text.chars.len()));
            if !rest.split_whitespace().take(3).any(is_agent_word) {
                return None;
            }
            let party = other_party(&target.actors[0], pair)?;
            // The agent's name and title stay his (`par le président Faure
            // Gnassingbé`): only his country comes from the story.
            let agent = after
                .iter()
                .find(|m| {
                    m.clean_start >= hit.end
                        && m.kind == MentionKind::Person
                        && m.actors[0].country.is_none()
                        && closely_after(text, hit.end, m.clean_start)
                })
                .map(|m| Actor {
                    country: party.country.clone(),
                    igo: party.igo.clone(),
                    ..m.actors[0].clone()
                });
            return checked(
                agent.unwrap_or(party),
                target.actors[0].clone(),
                false,
                (target.clean_start, hit.end),
                0.5,
            );
        };
        return checked(
            source.actors[0].clone(),
            target.actors[0].clone(),
            false,
            (target.clean_start, source.clean_end),
            0.7,
        );
    }
    if frame == Frame::Nominal {
        return nominal(text, hit, sentence, pair);
    }
    // Actors inside an opening phrase (`Lors de la rencontre avec X, Y a
    // salué…`) are not the subject.
    let intro_end = opening_phrase_end(text, hit.start);
    // The opening phrase may run on in apposition (`S'adressant à X, chef
    // de l'équipe vietnamienne, Y a remercié`): the main clause starts
    // after its last comma when an actor stands there.
    let sentence_start = text.sentence_range(text.sentence_of(hit.start)).start;
    let last_comma = (intro_end..hit.start).rev().find(|&i| text.chars[i] == ',');
    let intro_end = match last_comma {
        Some(comma) if intro_end > sentence_start => {
            let after = comma + 1;
            if before.iter().any(|m| m.clean_start >= after && can_act(m)) {
                after
            } else {
                intro_end
            }
        }
        _ => intro_end,
    };
    let main_clause: Vec<&Mention> = before
        .iter()
        .copied()
        .filter(|m| m.clean_start >= intro_end)
        .collect();
    // The party right before the trigger, only a comma between.
    let apposed_to_trigger =
        last_actor(&main_clause).filter(|m| text.slice(m.clean_end..hit.start).trim() == ",");
    // After an opening phrase, a subject in apposition right before the verb
    // (`À l'invitation de X, titre, le général Y, ministre…, participe`).
    let opened = intro_end > text.sentence_range(text.sentence_of(hit.start)).start;
    let apposed = apposed_to_trigger.filter(|_| opened);
    // `… a reçu X, en visite au Vietnam, …`: a visit in apposition is
    // the visit of the party just before it, not of the sentence's subject.
    let apposed_visitor =
        apposed_to_trigger.filter(|_| hit.trigger.pattern.starts_with("en visite"));
    // An apposition that runs on (`a reçu le général X, chef du Bureau de
    // la Garde nationale des États-Unis, en visite au Royaume`) tells the
    // visit of the guest just received: the reception's other side, not
    // an event of its own (nor one of the host's).
    if apposed_visitor.is_none()
        && hit.trigger.pattern.starts_with("en visite")
        && text
            .slice(sentence_start_of(text, hit.start)..hit.start)
            .trim_end()
            .ends_with(',')
        && main_clause.iter().filter(|m| can_act(m)).count() >= 2
    {
        return None;
    }
    // An infinitive of purpose (`a convoqué l'ambassadeur du Japon pour
    // protester`) is the main subject's act, not its object's.
    let purpose = is_purpose(text, hit.start)
        .then(|| {
            main_clause
                .iter()
                .copied()
                .find(|m| m.kind != MentionKind::Place)
        })
        .flatten();
    let subject = apposed_visitor
        .or(purpose)
        .or_else(|| caused_subject(text, hit.start, &before))
        .or_else(|| relative_antecedent(text, hit.start, &main_clause))
        .or(apposed)
        .or(subject(text, &without_companions(text, &main_clause)));
    // Both parties as the subject: `les deux parties`, `X et Y ont signé`.
    if let Some(collective) = subject.filter(|m| m.actors.len() == 2) {
        // A third party named right after the verb is what both act on,
        // each (`les deux parties ont exprimé leurs remerciements à la
        // Malaisie`, `both sides thanked Malaysia`).
        let members = [party(collective), collective.actors[1].party()];
        let third = (frame == Frame::Subject)
            .then(|| {
                after.iter().copied().find(|m| {
                    m.kind != MentionKind::Place
                        && !(m.kind == MentionKind::Country && text.follows_locative(m.clean_start))
                        && m.actors.len() == 1
                        && party(m).is_some()
                        && !members.contains(&party(m))
                        && closely_after(text, hit.end, m.clean_start)
                })
            })
            .flatten();
        if let Some(third) = third {
            return checked(
                collective.actors[0].clone(),
                third.actors[0].clone(),
                false,
                (collective.clean_start, third.clean_end.max(hit.end)),
                0.6,
            )
            .map(|p| Parties {
                co_source: Some(collective.actors[1].clone()),
                ..p
            });
        }
        // Both sides visiting a place together (`les deux chefs
        // d'état-major ont visité l'école de guerre`) visit neither.
        if frame == Frame::Visit {
            return None;
        }
        return checked(
            collective.actors[0].clone(),
            collective.actors[1].clone(),
            true,
            (collective.clean_start, hit.end),
            0.6,
        );
    }
    // A pronoun as the subject that stands for no party named (`elle`, a
    // frigate of no known country) is the last sentence's subject, or
    // nobody to code — not the party after.
    let pronoun = subject.is_none() && pronoun_subject(text, hit.subject_before, sentence_start);
    let subject = subject
        .or_else(|| {
            (frame == Frame::Joint && !pronoun)
                .then(|| after.first().copied())
                .flatten()
        })
        // A predicate opening its sentence up to a comma is the main
        // subject's (`En visite officielle à Rabat, le ministre …`).
        .or_else(|| opening_subject(text, hit, sentence_start, sentence, &after))
        // A subject of no party that speaks for one named inside its
        // predicate (`The minister expressed Thailand's gratitude to
        // Japan`): that party.
        .or_else(|| possessive_in_predicate(text, hit, &after))
        // A sentence without its own subject continues the last one's
        // (`… a quitté Hanoï. Déployé le 26 septembre à la MINUSS, …`).
        .or(carried)?;
    let source = subject.actors[0].clone();
    let coordinated = before.iter().find(|m| {
        m.kind != MentionKind::Place
            && party(m).is_some()
            && party(m) != party(subject)
            && m.clean_start > subject.clean_start
    });
    // An object is an actor; a place only says where a visit went. What a
    // party discusses is a topic: its counterpart comes with `with`.
    let topical = is_topic_verb(hit);
    let named_after = after.iter().find(|m| {
        m.kind != MentionKind::Place
            && !(m.kind == MentionKind::Country && text.follows_locative(m.clean_start))
            && party(m).is_some()
            && party(m) != party(subject)
            && (!topical || follows_with(text, m.clean_start))
            && !is_example(text, hit.end, m.clean_start)
    });
    // A nationality before a person's title is the person's (`called on
    // Indian Prime Minister X`): the person is the one met.
    let named_after = named_after.map(|m| {
        after
            .iter()
            .find(|p| {
                m.kind == MentionKind::Country
                    && p.kind == MentionKind::Person
                    && p.clean_start > m.clean_end
                    && p.clean_start <= m.clean_end + NATIONALITY_TO_PERSON
                    && party(p) == party(m)
                    && !text
                        .slice(m.clean_end..p.clean_start)
                        .contains([',', ';', '('])
            })
            .unwrap_or(m)
    });
    // The place visited follows the trigger closely (`une visite officielle
    // au Laos`, `visited the Philippines`), not past an aside or a clause
    // (`the port call – with its events – has been deemed routine…, amid
    // tension between China and the US`).
    // An organisation named first is what the visit went to (`led a
    // delegation to attend the ADMM in Vientiane`: the ADMM, not Laos).
    let first_word_end = first_word_end(text, hit);
    let visited = after.iter().find(|m| {
        matches!(
            m.kind,
            MentionKind::Country | MentionKind::Place | MentionKind::Organisation
        ) && party(m) != party(subject)
            && closely_after(text, first_word_end, m.clean_start)
    });
    let object = match frame {
        Frame::Visit => {
            visited.or(named_after.filter(|m| closely_after(text, first_word_end, m.clean_start)))
        }
        Frame::Joint => coordinated.or(named_after),
        _ => named_after,
    };
    let confidence = if subject.kind == MentionKind::Person {
        0.8
    } else {
        0.6
    };
    match object {
        Some(o) => checked(
            source,
            o.actors[0].clone(),
            frame == Frame::Joint,
            (
                subject.clean_start.min(o.clean_start),
                o.clean_end.max(hit.end),
            ),
            confidence,
        ),
        None => {
            let target = other_party(&source, pair)?;
            // A party the sentence names only as what is discussed is no
            // counterpart, even as the story's other party.
            if topical && after.iter().any(|m| party(m) == target.party()) {
                return None;
            }
            checked(
                source,
                target,
                frame == Frame::Joint,
                (subject.clean_start, hit.end),
                confidence - 0.2,
            )
        }
    }
    .filter(|_| !text.chars.is_empty())
}

/// The mentions that may be a subject: not one named with `avec` / `with`
/// (`elle participera à l'exercice avec la marine indienne et fera escale`:
/// the Indian navy is the company, not who calls at port).
fn without_companions<'m>(text: &CleanText, mentions: &[&'m Mention]) -> Vec<&'m Mention> {
    mentions
        .iter()
        .copied()
        .filter(|m| {
            let before = text
                .slice(m.clean_start.saturating_sub(16)..m.clean_start)
                .to_lowercase()
                .replace('’', "'");
            let mut words = before.split_whitespace().rev().skip_while(|w| {
                matches!(
                    *w,
                    "la" | "le"
                        | "les"
                        | "l'"
                        | "the"
                        | "son"
                        | "sa"
                        | "ses"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                )
            });
            let last = words.next().unwrap_or("");
            // (`l'` may be glued: `avec l'armée`.)
            let glued = before.ends_with("avec l'");
            !(matches!(last, "avec" | "with") || glued)
        })
        .collect()
}

/// Whether the clause of the predicate at `at` opens on a subject pronoun
/// right before it (`, elle participera`, `It will then sail`), clitics and
/// auxiliaries aside.
fn pronoun_subject(text: &CleanText, at: usize, sentence_start: usize) -> bool {
    const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "he", "she", "it", "they"];
    let clause_start = (sentence_start..at)
        .rev()
        .find(|&i| matches!(text.chars[i], ',' | ';' | ':'))
        .map_or(sentence_start, |i| i + 1);
    let clause = text.slice(clause_start..at).to_lowercase();
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.len() <= 3 && words.first().is_some_and(|w| PRONOUNS.contains(w))
}

/// A noun names the event; the parties are those of its sentence: for a
/// visit, the country (or city) after the noun is the one visited.
fn nominal(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&Mention],
    pair: Option<&(Actor, Actor)>,
) -> Option<Parties> {
    if hit.trigger.cameo == "043" {
        if let Some(found) = reception_of_guest(text, hit, sentence, pair) {
            return Some(found);
        }
    }
    // `leur rencontre`, `their talks`, `talks between the two`: the story's
    // two parties, whatever
    // else the sentence names (`Lors de leur rencontre, X a réitéré que …
    // la Russie …`).
    // (The hit may start at its determiner, or right after it.)
    let is_possessive = |w: &str| matches!(w, "leur" | "leurs" | "their");
    let own = text.slice(hit.start..hit.end).to_lowercase();
    let lead = text
        .slice(hit.start.saturating_sub(7)..hit.start)
        .to_lowercase();
    let follows = text
        .slice(hit.end..(hit.end + 16).min(text.chars.len()))
        .to_lowercase();
    let between_the_two = ["between the two", "entre les deux", "between both"]
        .iter()
        .any(|b| follows.trim_start().starts_with(b));
    let theirs = own.split_whitespace().next().is_some_and(is_possessive)
        || lead.split_whitespace().last().is_some_and(is_possessive)
        || between_the_two;
    if let Some((a, b)) = pair.filter(|_| theirs && hit.trigger.cameo.starts_with("04")) {
        // The evidence starts at the possessive (`leurs entretiens`).
        let word_end = text.chars[..hit.start]
            .iter()
            .rposition(|c| !c.is_whitespace())
            .map_or(hit.start, |i| i + 1);
        let word_start = text.chars[..word_end]
            .iter()
            .rposition(|c| c.is_whitespace())
            .map_or(0, |i| i + 1);
        let start = if own.split_whitespace().next().is_some_and(is_possessive) {
            hit.start
        } else {
            word_start
        };
        return checked(a.clone(), b.clone(), true, (start, hit.end), 0.5);
    }
    let is_visit = matches!(hit.trigger.cameo.as_str(), "042" | "036");
    let destination = sentence.iter().copied().find(|m| {
        is_visit
            && matches!(m.kind, MentionKind::Country | MentionKind::Place)
            && m.clean_start >= hit.end
    });
    // A city stands for its country's side here (`la cérémonie d'accueil à Hanoï`).
    let acts = |m: &&Mention| party(m).is_some();
    let people: Vec<&Mention> = sentence
        .iter()
        .copied()
        .filter(|m| acts(m) && Some(party(m)) != destination.map(party))
        .collect();
    // `la visite en Russie du ministre X`: the party the noun takes with
    // `de` / `of` is the visitor, before any other person of the sentence.
    let visitor = is_visit
        .then(|| visitor_after(text, hit, destination, &people))
        .flatten();
    let first = visitor
        .or_else(|| {
            people
                .iter()
                .copied()
                .find(|m| m.kind == MentionKind::Person)
        })
        .or(people.first().copied());
    // A sentence that names no party goes on with the story's two (`The
    // visit also saw the launch of a joint vision statement`), for what
    // both do together; a visit or a reception needs to say who went.
    let Some(first) = first else {
        let (a, b) = pair.filter(|_| !is_visit && hit.trigger.cameo != "043")?;
        return checked(a.clone(), b.clone(), true, (hit.start, hit.end), 0.3);
    };
    let second = destination.or_else(|| {
        sentence
            .iter()
            .copied()
            .find(|m| acts(m) && party(m) != party(first))
    });
    let span_start = first.clean_start.min(hit.start);
    match second {
        Some(s) => checked(
            first.actors[0].clone(),
            s.actors[0].clone(),
            false,
            (span_start, s.clean_end.max(first.clean_end)),
            0.5,
        ),
        None => {
            let target = other_party(&first.actors[0], pair)?;
            checked(
                first.actors[0].clone(),
                target,
                false,
                (span_start, first.clean_end.max(hit.end)),
                0.4,
            )
        }
    }
}

/// Two parties a noun takes, joined (`des États-Unis et des Philippines`,
/// `between India and Japan`, `of Japan and Australia`).
fn pair_after_noun<'m>(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&'m Mention],
) -> Option<(&'m Mention, &'m Mention)> {
    const OF: &[&str] = &[
        "des",
        "du",
        "de la",
        "de l'",
        "d'",
        "of",
        "of the",
        "between",
        "between the",
        "entre",
        "entre les",
        "entre la",
        "entre le",
        "entre l'",
    ];
    const AND: &[&str] = &[
        "et", "et des", "et du", "et de la", "et de l'", "et d'", "et la", "et le", "et l'",
        "et les", "and", "and the",
    ];
    let mut after = sentence
        .iter()
        .copied()
        .filter(|m| m.clean_start >= hit.end && m.actors.len() == 1 && party(m).is_some());
    let first = after.next()?;
    // (Mentions may nest: the second starts after the first ends.)
    let second = after.find(|m| m.clean_start >= first.clean_end)?;
    let gap = |from: usize, to: usize| {
        text.slice(from..to)
            .to_lowercase()
            .replace('’', "'")
            .trim()
            .to_string()
    };
    let of = gap(hit.end, first.clean_start);
    let and = gap(first.clean_end, second.clean_start);
    // (An adjective or two may stand between: `conjoints des`.)
    let takes = OF.iter().any(|o| {
        of == *o
            || of
                .strip_suffix(o)
                .is_some_and(|lead| lead.ends_with(' ') && lead.split_whitespace().count() <= 2)
    });
    (takes && AND.contains(&and.as_str()) && party(first) != party(second))
        .then_some((first, second))
}

/// The party a visit noun takes with `de` / `du` / `of` / `by`, after the
/// noun or after its destination: `la prochaine visite en Russie du
/// ministre X`, `la visite de X au Laos`, `a visit by X`.
fn visitor_after<'m>(
    text: &CleanText,
    hit: &TriggerHit,
    destination: Option<&Mention>,
    people: &[&'m Mention],
) -> Option<&'m Mention> {
    let from = destination.map_or(hit.end, |d| d.clean_end);
    let candidate = |start: usize| {
        people
            .iter()
            .copied()
            .find(|m| m.clean_start >= start)
            .filter(|m| {
                let between = text.slice(start..m.clean_start).to_lowercase();
                let between = between.trim_start();
                ["de ", "du ", "des ", "d'", "d’", "of ", "by "]
                    .iter()
                    .any(|w| between.starts_with(w))
                    // Room for the visitor's title: `du ministre de la
                    // Défense, le général X`.
                    && between.split_whitespace().count() <= 10
                    && between.matches(',').count() <= 1
            })
    };
    candidate(from).or_else(|| candidate(hit.end))
}

/// `la réception du général X`, `welcome ceremony for the Chinese delegation`:
/// the party right after the noun is the guest; the host is the other.
fn reception_of_guest(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&Mention],
    pair: Option<&(Actor, Actor)>,
) -> Option<Parties> {
    // The guest is named after the noun; a city it was held in is not one
    // (`a reception for the ambassador in Hanoi`).
    let guest = sentence.iter().copied().find(|m| {
        m.clean_start >= hit.end && party(m).is_some() && !text.follows_locative(m.clean_start)
    })?;
    let between = text.slice(hit.end..guest.clean_start).to_lowercase();
    const LINKS: [&str; 13] = [
        "de",
        "du",
        "des",
        "d'",
        "d’",
        "of",
        "for",
        "to",
        "en l'honneur d",
        "en l’honneur d",
        "in honour of",
        "in honor of",
        "honouring",
    ];
    // The link is the trigger's own last word (`reception for`), or follows it.
    let trigger_links = hit
        .trigger
        .pattern
        .rsplit(' ')
        .next()
        .is_some_and(|w| LINKS.contains(&w));
    let linked = (trigger_links || LINKS.iter().any(|w| between.trim_start().starts_with(w)))
        && between.split_whitespace().count() <= 8;
    if !linked {
        return None;
    }
    let host = sentence
        .iter()
        .copied()
        .find(|m| party(m).is_some() && party(m) != party(guest) && m.kind != MentionKind::Place)
        .map(|m| m.actors[0].clone())
        .or_else(|| other_party(&guest.actors[0], pair))?;
    checked(
        host,
        guest.actors[0].clone(),
        false,
        (hit.start, guest.clean_end),
        0.5,
    )
}

/// Dependent territories with their own ISO code act as their sovereign's
/// side: a French frigate calling at Nouméa is not an event between two
/// countries.
const TERRITORIES: &[(&str, &str)] = &[
    ("NCL", "FRA"),
    ("PYF", "FRA"),
    ("REU", "FRA"),
    ("GUF", "FRA"),
    ("GLP", "FRA"),
    ("MTQ", "FRA"),
    ("MYT", "FRA"),
    ("SPM", "FRA"),
    ("WLF", "FRA"),
    ("GUM", "USA"),
    ("PRI", "USA"),
    ("VIR", "USA"),
    ("ASM", "USA"),
    ("MNP", "USA"),
    ("HKG", "CHN"),
    ("MAC", "CHN"),
];

fn sovereign(party: Option<&str>) -> Option<&str> {
    party.map(|p| {
        TERRITORIES
            .iter()
            .find(|(t, _)| *t == p)
            .map_or(p, |(_, s)| *s)
    })
}

fn checked(
    source: Actor,
    target: Actor,
    joint: bool,
    span: (usize, usize),
    confidence: f32,
) -> Option<Parties> {
    (source.party().is_some()
        && target.party().is_some()
        && sovereign(source.party()) != sovereign(target.party()))
    .then_some(Parties {
        source,
        target,
        joint,
        span,
        confidence,
        co_source: None,
    })
}

/// Verbs whose object is what is talked about (`discussed growing
/// challenges, ranging from China`), not who is talked with.
const TOPIC_VERBS: &[&str] = &[
    "discuss", "discuter", "évoquer", "aborder", "review", "examine", "examiner",
];

/// Whether the predicate is one of [`TOPIC_VERBS`].
fn is_topic_verb(hit: &TriggerHit) -> bool {
    hit.trigger.starts_with_verb()
        && hit
            .trigger
            .pattern
            .split_whitespace()
            .next()
            .is_some_and(|verb| TOPIC_VERBS.contains(&verb))
}

/// Whether the mention at `at` follows `with` or `avec`, an article or a
/// possessive between (`with his Thai counterpart`, `avec l'Inde`).
fn follows_with(text: &CleanText, at: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "his", "her", "their", "its", "le", "la", "les", "l", "son", "sa", "ses", "leur",
        "leurs",
    ];
    let before = text.slice(at.saturating_sub(24)..at).to_lowercase();
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let last = words.next();
    let last = match last {
        Some(w) if DETERMINERS.contains(&w) => words.next(),
        other => other,
    };
    matches!(last, Some("with" | "avec"))
}
