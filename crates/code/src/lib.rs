//! Coding: events of `EVENTS.md` from a cleaned document and its actor
//! mentions.
//!
//! A predicate (`triggers`, written by lemma in `data/predicates.tsv` and
//! matched over the document's token stream, every form and every
//! predicate of a clause) names the event and its CAMEO code; the light
//! words around it (`modality`) say whether it is negated, hypothetical,
//! announced or passive; its frame says where the parties are (`parties`): the
//! subject, the party named after the trigger, the country visited, the
//! agent of a passive, both parties together, or the party an accusation
//! is made by; each party listed after the target is a party of its own,
//! and a side named without its person takes the document's principal
//! person of its party (`persons`). The date is the nearest
//! date expression of the sentence, else the first of the article (`when`)
//! — or, when that is a stay, the last day of it named before (the day of
//! the talks, for what the parties said after); an occasion named in a phrase framing the
//! verb the sentence dates (`discussed on Wednesday … during his visit`)
//! takes that day's month; a stay or a meeting dated by its first
//! day takes its whole span when the article says elsewhere how it ends
//! (`stay`); the place (`place`) is a city or capital after
//! `à` / `in` or its unit (`dans la province de`), else the country a visit
//! goes to, the host's country for a reception (at the dateline's city when
//! filed there), and the place of the visit for the talks held during it.
//! An activity that ended two months or more before the news (the
//! publication, else the lead's day) is history the article recalls, not
//! its news, and is not coded. One interaction stated several times in a
//! document is one
//! event; a reception `A a reçu B` (043) also gives the visit of B to A
//! (042) marked `derived`.
//!
//! ```
//! use attache_model::{CleanResult, Document, Lang, Span};
//! let text = "Hanoï (VNA) – Le ministre de la Défense, le général Phan Van Giang, a reçu le 5 mai à Hanoï l'ambassadeur du Japon.";
//! let doc = Document { id: "d".into(), url: None, source: Some("fr.example.vn".into()), lang: Lang::Fr,
//!     title: None, published: Some("2024-05-06".into()), text: text.into() };
//! let clean = CleanResult { kept: vec![Span::new(0, text.chars().count())], removed: vec![], repairs: vec![], text: text.into() };
//! let mentions = attache_recognize_free::mentions(&doc, &clean);
//! let events = attache_code::code(&doc, &clean, &mentions);
//! let reception = events.iter().find(|e| e.cameo == "043").unwrap();
//! assert_eq!(reception.source.country.as_deref(), Some("VNM"));
//! assert_eq!(reception.target.country.as_deref(), Some("JPN"));
//! assert_eq!(reception.date.as_deref(), Some("2024-05-05"));
//! # mod attache_recognize_free {
//! #   use attache_model::*;
//! #   pub fn mentions(_d: &Document, c: &CleanResult) -> Vec<Mention> {
//! #     let at = |s: &str| c.text.chars().collect::<String>().find(s).map(|b| c.text[..b].chars().count()).unwrap();
//! #     let m = |s: &str, kind, country: &str, name: Option<&str>| { let start = at(s); Mention { start, end: start + s.chars().count(),
//! #       text: s.into(), kind, actors: vec![Actor { country: Some(country.into()), name: name.map(Into::into), ..Actor::default() }],
//! #       how: "test".into(), clean_start: start, clean_end: start + s.chars().count() } };
//! #     vec![m("Phan Van Giang", MentionKind::Person, "VNM", Some("Phan Van Giang")), m("ambassadeur", MentionKind::Title, "JPN", None)]
//! #   }
//! # }
//! ```

/// A regex compiled once, on first use, from a pattern (a literal, or one
/// built from fixed parts; checked by the tests that exercise each rule).
macro_rules! regex {
    ($pattern:expr) => {{
        static RE: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect("a valid pattern"));
        &*RE
    }};
}
pub(crate) use regex;

mod discards;
mod kind;
mod modality;
mod occasion;
mod parties;
mod persons;
mod place;
mod stay;
mod triggers;
mod when;

use attache_model::{cameo, Actor, CleanResult, Document, Event, Mention, MentionKind, Tier};
use attache_segment::{CleanText, Tokens};

use crate::triggers::TriggerHit;

pub use occasion::{first_occasion, Occasion};
pub use triggers::Predicates;

use attache_lexicon::dictionaries::{Discard, VerbPattern};

/// What the coder reads: the predicate lexicon and the discards.
pub struct Coder {
    predicates: PredicatesRef,
    discards: discards::Discards,
}

enum PredicatesRef {
    Bundled(&'static Predicates),
    Own(Box<Predicates>),
}

impl Coder {
    /// With the bundled lexicon.
    pub fn bundled() -> &'static Coder {
        static BUNDLED: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
        BUNDLED.get_or_init(|| Coder {
            predicates: PredicatesRef::Bundled(Predicates::bundled()),
            discards: discards::Discards::default(),
        })
    }

    /// With a user's verb patterns (which win over the bundled entries of
    /// their verbs) and discards.
    pub fn with_user(verbs: &[VerbPattern], discards: &[Discard]) -> Coder {
        let predicates = if verbs.is_empty() {
            PredicatesRef::Bundled(Predicates::bundled())
        } else {
            PredicatesRef::Own(Box::new(Predicates::with_user(verbs).0))
        };
        Coder {
            predicates,
            discards: discards::Discards::new(discards),
        }
    }

    fn predicates(&self) -> &Predicates {
        match &self.predicates {
            PredicatesRef::Bundled(p) => p,
            PredicatesRef::Own(p) => p,
        }
    }

    /// The events of `doc`, each with its evidence span in the original text.
    pub fn code(&self, doc: &Document, clean: &CleanResult, mentions: &[Mention]) -> Vec<Event> {
        self.code_until(doc, clean, mentions, None)
            .unwrap_or_default()
    }

    /// [`Coder::code`], giving up (`None`) once `deadline` has passed.
    pub fn code_until(
        &self,
        doc: &Document,
        clean: &CleanResult,
        mentions: &[Mention],
        deadline: Option<std::time::Instant>,
    ) -> Option<Vec<Event>> {
        let text = CleanText::new(&clean.text);
        code_with(self, &text, doc, clean, mentions, deadline)
    }

    /// [`Coder::code_until`] over `text`, the segmented `clean.text`
    /// (segmented once for recognition and coding).
    pub fn code_segmented_until(
        &self,
        doc: &Document,
        clean: &CleanResult,
        text: &CleanText,
        mentions: &[Mention],
        deadline: Option<std::time::Instant>,
    ) -> Option<Vec<Event>> {
        debug_assert_eq!(text.string, clean.text);
        code_with(self, text, doc, clean, mentions, deadline)
    }
}

/// The events of `doc`, each with its evidence span in the original text.
pub fn code(doc: &Document, clean: &CleanResult, mentions: &[Mention]) -> Vec<Event> {
    code_until(doc, clean, mentions, None).unwrap_or_default()
}

/// How many predicates are read between two looks at the clock.
const CLOCK_EVERY: usize = 64;

/// [`code`], giving up (`None`) once `deadline` has passed: the clock is
/// read every few predicates, so a hostile document costs its budget, not
/// hours.
pub fn code_until(
    doc: &Document,
    clean: &CleanResult,
    mentions: &[Mention],
    deadline: Option<std::time::Instant>,
) -> Option<Vec<Event>> {
    Coder::bundled().code_until(doc, clean, mentions, deadline)
}

/// The events of `doc` read through `text`, its segmented `clean.text`.
fn code_with(
    coder: &Coder,
    text: &CleanText,
    doc: &Document,
    clean: &CleanResult,
    mentions: &[Mention],
    deadline: Option<std::time::Instant>,
) -> Option<Vec<Event>> {
    debug_assert!(mentions
        .windows(2)
        .all(|w| w[0].clean_start <= w[1].clean_start));
    let offsets = clean.original_offsets();
    let original: Vec<char> = doc.text.chars().collect();
    let dates = when::Dates::new(doc, &clean.text).with_captions(doc, clean);
    let stays = stay::StayBounds::find(text, &dates);
    let news = dates.news_time(doc.published.as_deref());
    // Actors, and the places a visit may go to (not the datelines).
    let actors: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.how != "dateline" && m.actors.iter().any(|a| a.party().is_some()))
        .collect();
    let parties_only: Vec<&Mention> = actors
        .iter()
        .copied()
        .filter(|m| m.kind != MentionKind::Place)
        .collect();
    let pair = parties::main_pair(&parties_only);
    let mut events: Vec<Event> = Vec::new();
    // The sentence of each event.
    let mut sentences: Vec<usize> = Vec::new();
    let tokens = Tokens::new(&text.chars, &doc.lang);
    // Sentences a discard voids (sports, history …), or the whole story.
    let mut voided = std::collections::HashSet::new();
    if !coder.discards.is_empty() {
        let found = coder.discards.find(&clean.text);
        if found.story {
            return Some(Vec::new());
        }
        voided.extend(found.at.iter().map(|&at| text.sentence_of(at)));
    }
    for (n, hit) in triggers::find(coder.predicates(), &tokens, &text.chars, &doc.lang)
        .into_iter()
        .enumerate()
    {
        let late = |d: std::time::Instant| std::time::Instant::now() > d;
        if n % CLOCK_EVERY == CLOCK_EVERY - 1 && deadline.is_some_and(late) {
            return None;
        }
        let sentence = text.sentence_of(hit.start);
        if voided.contains(&sentence) {
            continue;
        }
        let range = around(text.sentence_range(sentence), hit.start, hit.end);
        // Whose words the predicate is: the writer's, a speaker's report,
        // or a wish (read once per predicate).
        let first_token = tokens.index_at(range.start);
        let (clause, reported_start) = modality::clause_of(&tokens, hit.head, first_token);
        // In reported speech the conditional is the future of the past
        // (`a annoncé que le Japon fournirait des radars`, `said Japan would
        // provide`): told as to come.
        let told_future = hit.modality.conditional
            && (clause == modality::Clause::Said
                || modality::is_announced_by(&tokens, hit.head, first_token));
        let future = hit.modality.future || told_future;
        // An activity in the conditional (`pourrait organiser`) is not yet
        // done; a statement in it still says what the speaker wants.
        let hypothetical =
            hit.trigger.tier == Tier::Activity && hit.modality.conditional && !told_future;
        if is_headline(text, sentence)
            || hit.modality.negated
            || hypothetical
            || is_negated(text, &hit)
            || is_attributive(text, &hit)
            || is_manner_of_attending(text, &hit)
            || is_end_of_an_occasion_told(text, &hit)
            || (hit.trigger.tier == Tier::Activity && modality::is_opposed(&tokens, hit.head))
        {
            continue;
        }
        let in_sentence: Vec<&Mention> = within(&actors, range.clone()).copied().collect();
        let in_sentence = own_clause(&tokens, &hit, first_token, reported_start, in_sentence);
        let carried = carried_subject(text, &actors, sentence);
        let Some(mut found) = parties::find(text, &hit, &in_sentence, carried, pair.as_ref())
        else {
            continue;
        };
        let mut coded = kind::of_hit(text, &tokens, &hit, range.clone());
        // Peacekeepers deployed go to the UN mission the sentence names
        // (`au Liban dans le cadre de la FINUL`: UNIFIL, not Lebanon).
        // Taking part in an exercise of peacekeeping (`participe à
        // l'exercice multinational de maintien de la paix`) is an exercise.
        if coded == "074" && names_an_exercise(&text.slice(hit.start..hit.end)) {
            coded = "062".to_string();
        }
        if coded == "074" {
            if let Some(mission) = mission_named_after(&in_sentence, hit.start) {
                found.target = mission;
            } else if let Some(un) = igo_named_after(&in_sentence, hit.start, |igo| igo == "UN") {
                // `under the UN peacekeeping mission`: the UN, not the
                // country the mission serves in.
                found.target = un;
            } else if !is_peacekeeping(&text.slice(range.clone())) {
                // Forces deployed with another country's, for no mission
                // of peace (`deployed 1,500 personnel` to an exercise, `a
                // déployé des instructeurs`), are military cooperation.
                coded = "062".to_string();
            }
        }
        let announced = if hit.trigger.tier != Tier::Activity {
            Announced::No
        } else if future
            || (hit.modality.infinitive && modality::is_planned(&tokens, hit.governed_at()))
        {
            Announced::Future
        } else if hit.trigger.starts_with_verb() {
            // A verb has its own tense; a future later in the sentence is
            // another clause's (`arrived … for a visit, during which he will
            // hold talks`). Words before it still announce it (`is
            // scheduled to`, `prévu`), but not those of a relative clause
            // set off by commas before it (`X, qui rendra visite à…, a été
            // reçu`).
            announcement_outside_relatives(text, range.start..hit.end)
        } else {
            announcement(text, range.clone())
        };
        // What someone said happened (`a souligné que les deux pays ont
        // signé…`) is the content of a statement, not news; what is
        // announced in it still is, and so are the intents and praise it
        // states (`a affirmé que le Vietnam apprécie hautement…`).
        let stated_position = hit.trigger.tier == Tier::Verbal
            && matches!(cameo::root(&hit.trigger.cameo), "03" | "05")
            && clause != modality::Clause::Wished;
        if clause != modality::Clause::Own
            && !stated_position
            && !future
            && hit.trigger.cameo != "036"
            && hit.frame != triggers::Frame::Accused
        {
            continue;
        }
        // Aid in the infinitive is given only as the purpose of a motion
        // (`est venu pour remettre`); governed by a verb of planning it is
        // announced; otherwise (`ont convenu de déployer`, `continueront
        // de fournir`) it is what someone intends, not news.
        if hit.trigger.tier == Tier::Activity
            && hit.modality.infinitive
            && announced != Announced::Future
            && !modality::is_purpose(&tokens, hit.governed_at())
            && hit.trigger.cameo.starts_with("07")
        {
            continue;
        }
        // A kind of activity named as what the parties will foster (`ont
        // convenu de multiplier les exercices conjoints`) is a topic.
        if matches!(cameo::root(&coded), "06" | "07")
            && !hit.trigger.starts_with_verb()
            && modality::is_topic(&tokens, hit.head)
        {
            continue;
        }
        // So is a signing or an activity the parties agree on (`se sont
        // mises d'accord sur … la signature d'un plan`, `ont convenu
        // d'organiser de nouvelles patrouilles conjointes`): to come, not
        // done.
        if (coded == "057" || matches!(cameo::root(&coded), "06" | "07"))
            && !hit.trigger.starts_with_verb()
            && modality::is_agreed_on(&tokens, hit.head)
        {
            continue;
        }
        // An activity asked for or offered (`rejected a proposal by Seoul
        // to resume talks`) is not done.
        if hit.trigger.tier == Tier::Activity
            && hit.modality.infinitive
            && modality::is_proposed(&tokens, hit.governed_at())
        {
            continue;
        }
        // A meeting or visit named as what someone recalls (`recalled his
        // earlier meeting with`) is history, not news.
        if !hit.trigger.starts_with_verb() && modality::is_recalled(&tokens, hit.head) {
            continue;
        }
        // A dialogue named as the means of another act (`resolve the
        // dispute through dialogue`) is no meeting (a call `via video
        // link` still is one).
        if hit.trigger.cameo == "046"
            && !hit.trigger.starts_with_verb()
            && modality::is_means(&tokens, hit.head)
        {
            continue;
        }
        // `a reçu 20 camions offerts par le Vietnam`, `la réception du
        // bâtiment`: what was received is aid (coded from the giving), not
        // a guest.
        if coded == "043" && modality::object_is_goods(&tokens, tokens.index_at(hit.end)) {
            continue;
        }
        // The meeting a sentence names as its occasion (`en marge du
        // Dialogue Shangri-La, X a rencontré Y`) frames the event the verb
        // states; its own parties are not in that sentence.
        if !hit.trigger.starts_with_verb()
            && matches!(coded.as_str(), "040" | "044" | "046")
            && modality::is_occasion(&tokens, hit.head)
        {
            continue;
        }
        // Only meetings and visits are announced (036). An exercise or aid
        // to come is not yet an event, but telling it is a commitment
        // (`will provide security assistance`: 0332, `organiseront un
        // exercice`: 0312); a signing to come is neither.
        // Only a verb says who commits: a noun in a future clause (`the port
        // call will mark…`) names no one's intent.
        let intent = (announced == Announced::Future && hit.trigger.starts_with_verb())
            .then(|| cameo::intent_of(&coded))
            .flatten();
        if announced == Announced::Future
            && intent.is_none()
            && !matches!(cameo::root(&coded), "03" | "04")
        {
            continue;
        }
        let intent_told = intent.is_some();
        let tier = if intent_told {
            Tier::Verbal
        } else {
            hit.trigger.tier
        };
        let mut cameo = if let Some(intent) = intent {
            intent
        } else if announced != Announced::No {
            "036".to_string()
        } else if is_wish_for_the_other(text, &hit, &in_sentence, &found.target) {
            "020".to_string()
        } else if found.joint && cameo::root(&coded) == "02" {
            // What both sides together stress is needed (`les deux parties
            // ont insisté sur la nécessité de`) asks nobody: their intent.
            "030".to_string()
        } else {
            coded.clone()
        };
        // The evidence is the trigger's own sentence: a subject carried from
        // the one before (`… Il a aussi exprimé sa satisfaction`) is not
        // quoted with it.
        let own_sentence = text.sentence_range(sentence);
        let (span_start, span_end) = (
            found.span.0.min(hit.start).max(own_sentence.start),
            found.span.1.max(hit.end),
        );
        let Some(evidence) = clean.original_span(&offsets, span_start, span_end) else {
            continue;
        };
        let (mut date, mut date_method) = dates.for_position(text, hit.start, news);
        if tier == Tier::Activity {
            date = when::with_duration(&text.slice(range.clone()), date);
            // A ceremony is held on one day, whatever the stay it opens.
            let ceremony = ["cérémonie", "ceremony"]
                .iter()
                .any(|w| hit.trigger.pattern.contains(w));
            if let Some(span) = date
                .as_deref()
                .filter(|_| !ceremony)
                .and_then(|d| stays.span_from(&cameo, d))
            {
                date = Some(span);
            }
        }
        // What was scheduled for the day the article reports (`les activités
        // programmées pour le 16 avril`, in the news of 16 April) is being
        // done, not announced.
        if announced == Announced::Scheduled && dates.not_after_lead(date.as_deref(), range.clone())
        {
            cameo = coded;
        } else if announced == Announced::Scheduled && !matches!(cameo::root(&coded), "03" | "04") {
            // Only meetings and visits are announced (036): a handover or
            // an exercise scheduled for a day to come is no event yet.
            continue;
        }
        // An occasion named in passing, in a phrase framing the main verb
        // (`they discussed on Wednesday … during his visit`): the sentence's
        // day is the verb's, one day of the occasion.
        // Only a single day is turned into its month: look for the frame
        // then, not for every trigger.
        let month = (tier == Tier::Activity)
            .then(|| date.as_deref().and_then(when::month_of_day))
            .flatten();
        if let Some(month) = month {
            let sentence_text = text.slice(range.clone());
            if let Some(frame) = when::frame_start(&sentence_text, range.start, hit.start) {
                // Only the day the sentence gives its verb: a day from
                // elsewhere (the lead) dates what the frame refers back to.
                let mut days = dates.fine_in(range.clone()).peekable();
                if days.peek().is_some() && days.all(|(p, _)| p < frame) {
                    date = Some(month);
                    date_method =
                        date_method.map(|m| format!("{m}, month of an occasion named in passing"));
                }
            }
        }
        if cameo == "036" || intent_told {
            if let Some(ahead) =
                dates.weekday_ahead(range.clone(), date.as_deref(), doc.published.as_deref())
            {
                date = Some(ahead);
                date_method = date_method.map(|m| format!("{m}, weekday to come"));
            }
        }
        if cameo == "036" {
            (date, date_method) = when::announced(doc.published.as_deref(), date, date_method);
        } else if intent_told {
            (date, date_method) = when::told(doc.published.as_deref(), date, date_method);
        } else if tier == Tier::Activity
            && (when::is_recalled(date.as_deref(), news)
                || when::year_of_predicate(text, hit.end)
                    .or_else(|| when::since_year_before(text, range.start, hit.start))
                    .is_some_and(|year| when::is_recalled(Some(&year), news)))
        {
            continue;
        } else if tier == Tier::Activity && when::is_to_come(date.as_deref(), news) {
            // Dated after the publication, it has not happened (`ont convenu
            // … d'organiser un exercice commun en 2027`): talks are announced
            // (036), anything else is not yet an event.
            if cameo::root(&cameo) != "04" {
                continue;
            }
            cameo = "036".to_string();
            (date, date_method) = when::announced(doc.published.as_deref(), date, date_method);
        } else if when::is_recalled(date.as_deref(), news) {
            // A statement is made in the news's days; a day long before is
            // what it is about (`on the anniversary of 9 November 1953`).
            (date, date_method) = dates.news_lead(news);
            if date.is_none() {
                (date, date_method) = when::publication_month(doc.published.as_deref());
            }
        } else if date.is_none() {
            (date, date_method) = when::publication_month(doc.published.as_deref());
        }
        // Equipment sold is material cooperation (062), not aid (072): `Dans
        // le cadre d'un contrat, la Russie a envoyé au Mali quatre
        // hélicoptères`, `received jets ordered from Turkey`.
        if cameo == "072" && is_sale(&text.slice(range.clone())) {
            cameo = "062".to_string();
        }
        let place = place::place_in(within(mentions, range.clone()), text).or_else(|| {
            place::implied_place(
                &cameo,
                &found.source,
                &found.target,
                mentions,
                range.clone(),
            )
        });
        let event = Event {
            doc: doc.id.clone(),
            tier,
            cameo,
            source: found.source,
            target: found.target,
            date,
            place,
            evidence: original[evidence.start..evidence.end].iter().collect(),
            cluster: None,
            optional: false,
            joint: found.joint,
            id: None,
            event_id: None,
            start: Some(evidence.start),
            end: Some(evidence.end),
            confidence: Some(found.confidence),
            date_method,
            trigger: Some(hit.trigger.pattern.clone()),
            derived: false,
            merge: None,
            names_inferred: [false, false],
        };
        // A user's PETRARCH patterns follow PETRARCH's conventions: each
        // member of a compound actor acts, and a joint act goes both ways.
        let (event, mut extras, extra_sources) = if hit.trigger.is_users() {
            match compound_events(text, &in_sentence, &hit, found.joint, event) {
                Some(compound) => compound,
                None => continue,
            }
        } else {
            // Both members of a collective subject acting on a third party.
            (
                event,
                Vec::new(),
                found.co_source.clone().into_iter().collect(),
            )
        };
        // `a rencontré séparément le Premier ministre X et le président de
        // l'Assemblée Y`: one meeting with each person named.
        let also = if event.tier == Tier::Activity && !found.joint {
            let all_in_sentence: Vec<&Mention> = within(mentions, range.clone()).collect();
            coordinated_target(text, &all_in_sentence, found.span.1, &event.target)
        } else {
            None
        };
        let second = also.and_then(|(target, end)| {
            let span = clean.original_span(&offsets, span_start, end)?;
            Some(Event {
                target,
                evidence: original[span.start..span.end].iter().collect(),
                start: Some(span.start),
                end: Some(span.end),
                ..event.clone()
            })
        });
        // `Le Premier ministre X et le ministre de la Défense Y ont reçu Z`:
        // each host receives (a reception or a visit hosted; talks held
        // together stay one).
        let co_host = if matches!(event.cameo.as_str(), "043") && !found.joint {
            let all_in_sentence: Vec<&Mention> = within(mentions, range.clone()).collect();
            coordinated_source(text, &all_in_sentence, hit.start, &event.source)
        } else {
            None
        };
        let second = second.or_else(|| {
            co_host.map(|source| Event {
                source,
                ..event.clone()
            })
        });
        // `with his counterparts from Laos, Cambodia and China`: one event
        // with each country listed after the target.
        let mut listed = Vec::new();
        if !found.joint {
            for (target, end) in listed_countries(text, &in_sentence, found.span.1, &event) {
                let Some(span) = clean.original_span(&offsets, span_start, end) else {
                    continue;
                };
                listed.push(Event {
                    target,
                    evidence: original[span.start..span.end].iter().collect(),
                    start: Some(span.start),
                    end: Some(span.end),
                    ..event.clone()
                });
            }
        }
        for source in &extra_sources {
            for e in std::iter::once(&event).chain(&listed) {
                extras.push(Event {
                    source: source.clone(),
                    ..e.clone()
                });
            }
        }
        // `[032:033]`: the target's act in return (a user's pattern), for
        // every pair.
        if let Some(code) = &hit.trigger.reverse {
            let reversed: Vec<Event> = std::iter::once(&event)
                .chain(&listed)
                .chain(&extras)
                .map(|e| Event {
                    cameo: code.clone(),
                    source: e.target.clone(),
                    target: e.source.clone(),
                    ..e.clone()
                })
                .collect();
            extras.extend(reversed);
        }
        // Only the events of the last sentences are compared (a long text
        // codes thousands: comparing each with all made it quadratic).
        let recent = events.len().saturating_sub(RECENT_EVENTS);
        if let Some(i) = (recent..events.len())
            .find(|&i| sentences[i] == sentence && is_speakers_content(&events[i], &event))
        {
            if events[i].source.name.is_none() {
                events[i] = event;
            }
        } else if let Some(i) =
            (recent..events.len()).find(|&i| same_interaction(&events[i], &event))
        {
            // Talks named by their mechanism within their own words (`held
            // the Joint Defence Committee meeting`) are a session of it.
            let within = |inner: &Event, outer: &Event| {
                matches!((inner.start, inner.end, outer.start, outer.end),
                    (Some(a), Some(b), Some(c), Some(d)) if c <= a && b <= d)
            };
            if sentences[i] == sentence
                && events[i].cameo == "040"
                && event.cameo == "046"
                && within(&event, &events[i])
            {
                events[i].cameo = event.cameo;
            } else if events[i].cameo == "040" && event.cameo == "041" {
                // Talks held by call are the call.
                events[i].cameo = event.cameo;
            } else if event.tier == Tier::Verbal
                && cameo::more_specific(&event.cameo, &events[i].cameo)
            {
                // Of one statement read twice, the finer code (032 over 030).
                events[i].cameo = event.cameo;
            }
        } else {
            events.push(event);
            sentences.push(sentence);
        }
        // (An act of a party on itself is no event.)
        for extra in extras
            .into_iter()
            .filter(|e| e.source.party() != e.target.party())
        {
            events.push(extra);
            sentences.push(sentence);
        }
        for listed in listed {
            // A statement to each party listed shares its words with the
            // first: only the same parties make it the same.
            let recent = events.len().saturating_sub(RECENT_EVENTS);
            let known = events[recent..].iter().any(|e| {
                same_interaction(e, &listed)
                    && e.source.party() == listed.source.party()
                    && e.target.party() == listed.target.party()
            });
            if !known {
                events.push(listed);
                sentences.push(sentence);
            }
        }
        // The second person is another meeting, unless already coded.
        if let Some(second) = second {
            let known = events[events.len().saturating_sub(RECENT_EVENTS)..]
                .iter()
                .any(|e| {
                    e.cameo == second.cameo
                        && e.source == second.source
                        && e.target == second.target
                        && e.date == second.date
                });
            if !known {
                events.push(second);
                sentences.push(sentence);
            }
        }
    }
    let principals = persons::Principals::of(mentions);
    for event in &mut events {
        principals.fill(event);
    }
    place::place_meetings_at_their_visit(&mut events);
    place::meetings_at_a_third_place(&mut events, lead_is_sideline(text));
    add_derived_visits(&mut events);
    for (i, e) in events.iter_mut().enumerate() {
        e.id = Some(format!("{}#{}", doc.id, i + 1));
    }
    Some(events)
}

/// How far (code points) on either side of its predicate a sentence is
/// read: a sentence is a few hundred, but a text without full stops is one
/// sentence, and reading all of it for each predicate made it quadratic.
const SENTENCE_REACH: usize = 1_000;

/// The mentions a predicate in a clause of its own takes its parties from
/// — a reported clause (`X, who welcomed him and said Vietnam wanted to
/// expand cooperation`) or one joined by `, while` / `, tandis que` / `;`
/// (`Ahn thanked Poland, while the Polish minister praised…`): when the
/// clause names a party before the predicate, those from the clause on, so
/// that a party named earlier is not taken for its subject; else all of
/// the sentence's. `sentence_start` is the sentence's first token,
/// `reported` where its reported clause starts (see [`modality::clause_of`]).
fn own_clause<'m>(
    tokens: &Tokens,
    hit: &TriggerHit,
    sentence_start: usize,
    reported: Option<usize>,
    mentions: Vec<&'m Mention>,
) -> Vec<&'m Mention> {
    let coordinate = modality::coordinate_clause_start(tokens, hit.head, sentence_start);
    let Some(first) = reported.max(coordinate) else {
        return mentions;
    };
    let clause_start = tokens.get(first).map_or(hit.start, |t| t.start);
    let names_its_subject = mentions.iter().any(|m| {
        m.clean_start >= clause_start
            && m.clean_end <= hit.start
            && m.kind != MentionKind::Place
            && m.actors.iter().any(|a| a.party().is_some())
    });
    if !names_its_subject {
        return mentions;
    }
    mentions
        .into_iter()
        .filter(|m| m.clean_start >= clause_start)
        .collect()
}

/// The part of `sentence` within [`SENTENCE_REACH`] of the predicate at `start..end`.
pub(crate) fn around(
    sentence: std::ops::Range<usize>,
    start: usize,
    end: usize,
) -> std::ops::Range<usize> {
    sentence.start.max(start.saturating_sub(SENTENCE_REACH))..sentence.end.min(end + SENTENCE_REACH)
}

/// How many of the events coded last a new one is compared with, to find
/// the same interaction told twice (a long article codes a few dozen).
const RECENT_EVENTS: usize = 1_000;

/// The mentions (sorted by start) that lie within `range`, found by
/// binary search: a walk over all of them per trigger made long texts
/// quadratic.
fn within<M: std::borrow::Borrow<Mention>>(
    mentions: &[M],
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = &M> {
    let from = mentions.partition_point(|m| m.borrow().clean_start < range.start);
    let to = mentions.partition_point(|m| m.borrow().clean_start < range.end);
    mentions[from..to.max(from)]
        .iter()
        .filter(move |m| m.borrow().clean_end <= range.end)
}

/// The acting subject of the previous sentence (a person, institution,
/// title, organisation or pronoun), for a sentence that has none.
fn carried_subject<'m>(
    text: &CleanText,
    actors: &[&'m Mention],
    sentence: usize,
) -> Option<&'m Mention> {
    // A sentence opened by a pronoun that names nobody (`Il s'est dit
    // satisfait … de l'armée sénégalaise.`) goes on with the subject of
    // the one before it, not with what it names after its verb.
    let mut previous = sentence.checked_sub(1)?;
    for _ in 0..CARRY_PAST_PRONOUNS {
        let range = text.sentence_range(previous);
        let opens_with_pronoun = opening_pronoun(text, range.clone())
            && !within(actors, range.clone())
                .any(|m| m.kind == MentionKind::Pronoun && text.starts_sentence(m.clean_start));
        if !opens_with_pronoun || previous == 0 {
            break;
        }
        previous -= 1;
    }
    let previous = text.sentence_range(previous);
    within(actors, previous).copied().find(|m| {
        matches!(
            m.kind,
            MentionKind::Person
                | MentionKind::Institution
                | MentionKind::Title
                | MentionKind::Organisation
                | MentionKind::Pronoun
        )
    })
}

/// How many sentences opened by a pronoun of no mention a carried subject
/// is looked for past.
const CARRY_PAST_PRONOUNS: usize = 2;

/// Whether the sentence at `range` opens with a subject pronoun.
fn opening_pronoun(text: &CleanText, range: std::ops::Range<usize>) -> bool {
    let opening = text.slice(range.start..range.end.min(range.start + 12));
    let first = opening
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    matches!(first.as_str(), "il" | "elle" | "he" | "she")
}

/// How far before its verb a coordinated host may stand.
const CO_HOST_REACH: usize = 80;

/// A second person of the source's side coordinated with the subject right
/// before the verb at `verb` (`X et le ministre de la Défense Y ont reçu`,
/// `X and Defense Secretary Y welcomed`).
fn coordinated_source(
    text: &CleanText,
    sentence: &[&Mention],
    verb: usize,
    source: &attache_model::Actor,
) -> Option<attache_model::Actor> {
    source.name.as_ref()?;
    // The person right before the verb, titles aside.
    let last = sentence.iter().copied().rev().find(|m| {
        m.kind == MentionKind::Person && m.clean_end <= verb && m.clean_end + CO_HOST_REACH >= verb
    })?;
    let actor = last.actors.first()?;
    let between_verb = text.slice(last.clean_end..verb);
    if actor.name.is_none()
        || actor.name == source.name
        || between_verb.split_whitespace().count() > 2
        || between_verb.contains([',', ';'])
    {
        return None;
    }
    // Joined to the subject by `et` / `and`, the subject's person before it.
    let before = text.slice(last.clean_start.saturating_sub(CO_HOST_REACH)..last.clean_start);
    let lower = before.to_lowercase();
    let conjunction = lower.rfind(" et ").or_else(|| lower.rfind(" and "))?;
    let head = &lower[..conjunction];
    let subject_named = source
        .name
        .as_ref()
        .is_some_and(|n| head.contains(&n.to_lowercase()));
    if !subject_named || lower[conjunction..].contains([',', ';']) {
        return None;
    }
    let mut actor = actor.clone();
    if actor.party().is_none() {
        actor.country = source.country.clone();
        actor.igo = source.igo.clone();
    }
    (actor.party() == source.party()).then_some(actor)
}

/// How long a title before a coordinated person's name may be.
const TITLE_BEFORE_NAME: usize = 50;

/// A second person of the target's side coordinated with the object
/// (`… le Premier ministre X et le président Y`, `… the president X and
/// prime minister Y`), named within a few words after it.
fn coordinated_target(
    text: &CleanText,
    sentence: &[&Mention],
    object_end: usize,
    target: &attache_model::Actor,
) -> Option<(attache_model::Actor, usize)> {
    let window_end = (object_end + 80).min(text.chars.len());
    let after = text.slice(object_end..window_end).to_lowercase();
    let conjunction = [" et ", " and "]
        .iter()
        .filter_map(|c| after.find(c).map(|i| (i, c.len())))
        .min()?;
    // Only names and titles between the object and the conjunction (the
    // period of an abbreviation, `Marcos Jr.`, aside: not a sentence's end).
    let between = &after[..conjunction.0];
    let sentence_end = between.char_indices().any(|(i, c)| {
        c == '.' && {
            let rest = between[i + 1..].trim_start();
            rest.is_empty() || rest.starts_with(char::is_uppercase)
        }
    }) && !between.trim_end().ends_with("jr.")
        && !between.trim_end().ends_with("sr.");
    if between.contains([';', '(']) || sentence_end {
        return None;
    }
    let from = object_end + after[..conjunction.0 + conjunction.1].chars().count();
    // A title may stand first (`and Secretary of National Defense X`,
    // taken into the person's mention).
    let next = sentence.iter().copied().find(|m| {
        m.clean_start >= from
            && (m.clean_start <= from + 20
                || (m.kind == MentionKind::Person
                    && m.clean_start <= from + TITLE_BEFORE_NAME
                    && !text.slice(from..m.clean_start).contains([',', ';', '.'])))
    })?;
    if !matches!(next.kind, MentionKind::Person | MentionKind::Title) {
        return None;
    }
    // A title and the name right after it are one person.
    // (an honorific may stand between: `le président Samdech Heng Samrin`).
    let name = sentence.iter().copied().find(|m| {
        m.kind == MentionKind::Person
            && m.clean_start > next.clean_start
            && m.clean_start <= next.clean_end + 10
            && !text
                .slice(next.clean_end..m.clean_start.max(next.clean_end))
                .contains([',', ';'])
    });
    let mut actor = next.actors.first()?.clone();
    // A country guessed from the outlet's home says nothing here.
    if next.how == "outlet" {
        actor.country = None;
    }
    if let Some(person) = name.and_then(|m| m.actors.first()) {
        actor.name = person.name.clone().or(actor.name);
        actor.country = actor.country.or(person.country.clone());
    }
    // Of the target's side, unless it names another (`et le président
    // de l'Assemblée` is the same country's).
    if actor.party().is_some_and(|p| Some(p) != target.party()) {
        return None;
    }
    if actor.party().is_none() {
        actor.country = target.country.clone();
        actor.igo = target.igo.clone();
    }
    // Another person: another name, or a title where the object had a name.
    let other_person = match (&actor.name, &target.name) {
        (Some(a), Some(b)) => a != b,
        (None, Some(_)) => actor.title.is_some(),
        _ => false,
    };
    let end = name.map_or(next.clean_end, |m| m.clean_end);
    other_person.then_some((actor, end))
}

/// What may stand between two countries of a list: a comma, a
/// conjunction, a preposition or article (`, du Cambodge et de Chine`,
/// `, Canada, and New Zealand`).
static LIST_GAP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)^[\s,]*(?:(?:and|et|as well as|ainsi que)\s+)?(?:(?:du|des|de|d'|d’|the|from|of)\s*)?(?:(?:l'|l’|la|le|les)\s*)?$",
    )
    .expect("list gap pattern")
});

/// A party a list may name: a country, an organisation or a country's
/// institution (`l'ONU, le gouvernement australien et…`).
fn is_listable(m: &Mention) -> bool {
    matches!(
        m.kind,
        MentionKind::Country | MentionKind::Organisation | MentionKind::Institution
    )
}

/// The countries listed after an event's target (`les ambassadeurs du Laos,
/// du Cambodge et de Chine`): each is the target of the same act. The list
/// must follow the target's own mention closely, one country after another.
fn listed_countries(
    text: &CleanText,
    sentence: &[&Mention],
    target_end: usize,
    event: &Event,
) -> Vec<(attache_model::Actor, usize)> {
    let mut listed = Vec::new();
    let mut seen: Vec<String> = [event.source.party(), event.target.party()]
        .into_iter()
        .flatten()
        .map(str::to_string)
        .collect();
    // The target itself must be a country mention ending the evidence, or
    // a title its nationality follows (`ses homologues japonais, australien
    // et indien`).
    let Some(at) = sentence.iter().position(|m| m.clean_end == target_end) else {
        return listed;
    };
    // (A person named as the target opens a list of persons and parties:
    // `thanked Malaysian Prime Minister X and U.S. President Y`.)
    let named_target = sentence[at].kind == MentionKind::Person
        && sentence[at].actors.first().and_then(|a| a.party()) == event.target.party();
    let first = if is_listable(sentence[at]) || named_target {
        sentence[at]
    } else {
        match sentence.get(at + 1) {
            Some(next)
                if sentence[at].kind == MentionKind::Title
                    && is_listable(next)
                    && text.slice(target_end..next.clean_start).trim().is_empty()
                    && next.actors.first().and_then(|a| a.party()) == event.target.party() =>
            {
                next
            }
            _ => return listed,
        }
    };
    let mut end = first.clean_end;
    let from = end;
    for m in sentence.iter().filter(|m| m.clean_start >= from) {
        if !is_listable(m) || !LIST_GAP.is_match(&text.slice(end..m.clean_start)) {
            break;
        }
        let Some(party) = m.actors.first().and_then(|a| a.party()) else {
            break;
        };
        end = m.clean_end;
        if seen.iter().any(|p| p == party) {
            continue;
        }
        seen.push(party.to_string());
        let actor = m.actors[0].clone();
        listed.push((
            attache_model::Actor {
                sector: None,
                name: None,
                title: None,
                ..actor
            },
            end,
        ));
    }
    listed
}

/// The members of the list a mention belongs to (`Mordor, Rohan and
/// Bree`), within `limit`: the parties' actors, in text order.
fn list_members(
    text: &CleanText,
    sentence: &[&Mention],
    member: &Mention,
    limit: std::ops::Range<usize>,
) -> (Vec<attache_model::Actor>, usize) {
    let at = sentence
        .iter()
        .position(|m| std::ptr::eq(*m, member))
        .unwrap_or(0);
    let joined = |a: &Mention, b: &Mention| {
        is_listable(a)
            && is_listable(b)
            && a.clean_end <= b.clean_start
            && LIST_GAP.is_match(&text.slice(a.clean_end..b.clean_start))
    };
    let mut first = at;
    while first > 0
        && sentence[first - 1].clean_start >= limit.start
        && joined(sentence[first - 1], sentence[first])
    {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < sentence.len()
        && sentence[last + 1].clean_end <= limit.end
        && joined(sentence[last], sentence[last + 1])
    {
        last += 1;
    }
    let mut members: Vec<attache_model::Actor> = Vec::new();
    for m in &sentence[first..=last] {
        if let Some(actor) = m.actors.first().filter(|a| a.party().is_some()) {
            if !members.iter().any(|a| a.party() == actor.party()) {
                members.push(actor.clone());
            }
        }
    }
    (members, sentence[last].clean_end)
}

/// Words that open another clause after a verb (`have delayed their
/// meeting after a hafling was seen`): a party past them is not the verb's.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "although", "though", "if", "until",
    "as", "whereas", "but",
];

/// Whether `between` (text after a verb) leaves its clause.
fn leaves_clause(between: &str) -> bool {
    between.contains([',', ';', ':'])
        || between
            .split_whitespace()
            .any(|w| CLAUSE_OPENERS.contains(&w.to_lowercase().as_str()))
}

/// The extra events, and extra sources, of PETRARCH's compound actors.
type Compound = (Event, Vec<Event>, Vec<attache_model::Actor>);

/// PETRARCH's compound actors for an event of a user's pattern: `Mordor,
/// Rohan and Bree welcomed … Osgiliath` gives each member as a source
/// (returned as extra sources, each to act on every target); `Gondor and
/// Osgiliath renewed ties` (a joint act) is one event each way, and with a
/// party after the verb in its clause (`… ties with Osgiliath`) one of
/// each member towards it. `None`: the source stands in another clause
/// than the verb (`X welcomed Y, the agency said`: the agency said it, not
/// X), an odd number of commas between them.
fn compound_events(
    text: &CleanText,
    sentence: &[&Mention],
    hit: &TriggerHit,
    joint: bool,
    event: Event,
) -> Option<Compound> {
    let sentence_start = text.sentence_range(text.sentence_of(hit.start)).start;
    let with = |source: &attache_model::Actor, target: &attache_model::Actor| Event {
        source: source.clone(),
        target: target.clone(),
        joint: false,
        ..event.clone()
    };
    if joint {
        let members = [event.source.clone(), event.target.clone()];
        let after = sentence.iter().find(|m| {
            m.clean_start >= hit.end
                && is_listable(m)
                && !leaves_clause(&text.slice(hit.end..m.clean_start))
                && m.actors
                    .first()
                    .and_then(|a| a.party())
                    .is_some_and(|p| members.iter().all(|s| s.party() != Some(p)))
        });
        return Some(match after {
            Some(target) => {
                let (targets, _) = list_members(text, sentence, target, hit.end..usize::MAX);
                let mut all = members
                    .iter()
                    .flat_map(|s| targets.iter().map(move |t| (s, t)))
                    .map(|(s, t)| with(s, t));
                let first = all.next().unwrap_or(event.clone());
                (first, all.collect(), Vec::new())
            }
            None => {
                let back = with(&members[1], &members[0]);
                (with(&members[0], &members[1]), vec![back], Vec::new())
            }
        });
    }
    let Some(source) = sentence.iter().copied().rfind(|m| {
        m.clean_end <= hit.start && m.actors.first().and_then(|a| a.party()) == event.source.party()
    }) else {
        return Some((event, Vec::new(), Vec::new()));
    };
    let (sources, list_end) = list_members(text, sentence, source, sentence_start..hit.start);
    // `X agree that disputes should be resolved`: `should` has its own
    // subject, in a clause of its own.
    let between = text.slice(list_end..hit.start);
    let subordinate = between.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "that" | "which" | "whose" | "whom"
        )
    });
    if between.matches(',').count() % 2 == 1 || subordinate {
        return None;
    }
    // The target is the verb's object, in its clause (`ties with X almost
    // five years after Y's crowds …`: not Y).
    let target = sentence.iter().find(|m| {
        m.clean_start >= hit.end && m.actors.first().and_then(|a| a.party()) == event.target.party()
    });
    if target.is_some_and(|t| leaves_clause(&text.slice(hit.end..t.clean_start))) {
        return None;
    }
    // `Valdoria and Kessel met`: the target is one of the subjects, and the
    // act is mutual — every member towards every other.
    if sources.len() > 1 && sources.iter().any(|s| s.party() == event.target.party()) {
        let mut pairs = Vec::new();
        for s in &sources {
            for t in &sources {
                let main = s.party() == event.source.party() && t.party() == event.target.party();
                if s.party() != t.party() && !main {
                    pairs.push(with(s, t));
                }
            }
        }
        return Some((event, pairs, Vec::new()));
    }
    let sources = sources
        .into_iter()
        .filter(|s| s.party() != event.source.party() && s.party() != event.target.party())
        .collect();
    Some((event, Vec::new(), sources))
}

/// A headline (the first line, without a closing full stop) restates the body.
fn is_headline(text: &CleanText, sentence: usize) -> bool {
    if sentence != 0 || text.sentence_count() < 2 {
        return false;
    }
    let first = &text.chars[text.sentence_range(0)];
    let last = first.iter().rev().find(|c| !c.is_whitespace());
    !last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '»' | '"'))
}

/// `n'a pas reçu`, `did not sign`: no event.
fn is_negated(text: &CleanText, hit: &TriggerHit) -> bool {
    let before = text
        .slice(hit.start.saturating_sub(12)..hit.start)
        .to_lowercase();
    let after = text
        .slice(hit.end..(hit.end + 6).min(text.chars.len()))
        .to_lowercase();
    before.contains(" ne ")
        || before.contains("n'")
        || before.contains("n’")
        || before.contains(" not ")
        || before.contains("n't")
        || before.contains("never")
        || after.starts_with(" pas")
        || after.starts_with(" jamais")
        // A noun denied (`il n'y a pas de demande`, `no request`).
        || ["pas de ", "pas d'", "pas d’", "aucun", "aucune", " no "]
            .iter()
            .any(|n| before.ends_with(n) || before.trim_end().ends_with(n.trim_end()))
}

/// `ont participé en visioconférence à la patrouille`, `attended online`:
/// the video link is how someone attends another event, not a call between
/// the parties.
fn is_manner_of_attending(text: &CleanText, hit: &TriggerHit) -> bool {
    const ATTENDING: &[&str] = &["particip", "assist", "attend", "join"];
    if hit.trigger.cameo != "041" {
        return false;
    }
    word_before(text, hit, 24).is_some_and(|w| ATTENDING.iter().any(|a| w.starts_with(a)))
}

/// `À l'issue de la rencontre, aucun accord n'a été signé`, `at the end
/// of the talks`: a meeting named as the time of what follows, with its
/// definite article, is one the story told already.
fn is_end_of_an_occasion_told(text: &CleanText, hit: &TriggerHit) -> bool {
    const ENDS: &[&str] = &[
        "à l'issue de la",
        "à l'issue de l'",
        "à l'issue des",
        "à l'issue du",
        "au terme de la",
        "au terme de l'",
        "au terme des",
        "au terme du",
        "à la fin de la",
        "à la fin de l'",
        "à la fin des",
        "at the end of the",
        "at the conclusion of the",
    ];
    if hit.frame != triggers::Frame::Nominal || !hit.trigger.cameo.starts_with("04") {
        return false;
    }
    let before = text
        .slice(hit.start.saturating_sub(24)..hit.start)
        .to_lowercase()
        .replace('’', "'");
    let before = before.trim_end();
    // (The hit may start at its article: `la rencontre`.)
    let own = text
        .slice(hit.start..hit.end)
        .to_lowercase()
        .replace('’', "'");
    let article = own
        .split_inclusive(['\'', ' '])
        .next()
        .map(str::trim_end)
        .filter(|w| matches!(*w, "la" | "le" | "les" | "l'" | "des" | "du" | "the"));
    let with_article = article.map(|a| format!("{before} {a}"));
    ENDS.iter().any(|end| {
        before.ends_with(end) || with_article.as_deref().is_some_and(|b| b.ends_with(end))
    })
}

/// Whether a sentence tells of a sale: a contract, an order, a purchase.
fn is_sale(sentence: &str) -> bool {
    let sale = regex!(
        r"(?i)\b(?:contrat|contrats|contract|contracts|commandée?s?|commande|ordered|achat|achetée?s?|acquisition|purchased?|purchases|bought|vente|vendue?s?|sale|sold|procured|procurement)\b"
    );
    sale.is_match(sentence)
}

/// The last word (lowercased) of the `window` code points before the
/// trigger.
fn word_before(text: &CleanText, hit: &TriggerHit, window: usize) -> Option<String> {
    let before = text
        .slice(hit.start.saturating_sub(window)..hit.start)
        .to_lowercase();
    before.split_whitespace().last().map(str::to_string)
}

/// An English participle used as an adjective (`in line with signed
/// agreements`, `the signed documents`) states no event.
fn is_attributive(text: &CleanText, hit: &TriggerHit) -> bool {
    const DETERMINERS: &[&str] = &["with", "the", "of", "previously", "already", "newly", "all"];
    let word = text.slice(hit.start..hit.end);
    if word.contains(' ') || !word.ends_with("ed") {
        return false;
    }
    word_before(text, hit, 12).is_some_and(|w| DETERMINERS.contains(&w.as_str()))
}

/// Whether a sentence's activities are announced (036).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Announced {
    No,
    /// In the future tense (`aura lieu`, `will`).
    Future,
    /// Scheduled (`programmées pour le 16 avril`, `prévue le 5 mai`): for a
    /// day to come, unless it is the day the article reports.
    Scheduled,
}

/// Whether a sentence is about what will happen.
/// [`announcement`] of `range` without its relative clauses between commas.
fn announcement_outside_relatives(text: &CleanText, range: std::ops::Range<usize>) -> Announced {
    const RELATIVES: &[&str] = &[
        "qui ", "que ", "qu'", "qu’", "où ", "dont ", "which ", "who ", "whom ", "where ",
    ];
    let mut kept = Vec::new();
    let mut from = range.start;
    for i in range.clone() {
        if text.chars[i] == ',' || i + 1 == range.end {
            let end = if text.chars[i] == ',' { i } else { i + 1 };
            let segment = text.slice(from..end).trim_start().to_lowercase();
            if !RELATIVES.iter().any(|r| segment.starts_with(r)) {
                kept.push(from..end);
            }
            from = i + 1;
        }
    }
    let worst = kept
        .into_iter()
        .map(|r| announcement(text, r))
        .max_by_key(|a| match a {
            Announced::Future => 2,
            Announced::Scheduled => 1,
            Announced::No => 0,
        });
    worst.unwrap_or(Announced::No)
}

fn announcement(text: &CleanText, range: std::ops::Range<usize>) -> Announced {
    const FUTURE: &[&str] = &[
        "sera",
        "seront",
        "aura lieu",
        "auront lieu",
        "accueillera",
        "accueilleront",
        "effectuera",
        "effectueront",
        "rendra",
        "rendront",
        "comprendra",
        "comprendront",
        "participera",
        "participeront",
        "se tiendra",
        "will",
        "is scheduled",
        "are scheduled",
        "is expected to",
        "are expected to",
        "is set to",
        "are set to",
    ];
    const SCHEDULED: &[&str] = &[
        "programmé",
        "programmée",
        "programmées",
        "programmés",
        "prévu",
        "prévue",
        "prévues",
        "prévus",
    ];
    // Each list as one automaton of its words padded with spaces, built
    // once: a clause is searched once per list, not once per word.
    type Padded = std::sync::LazyLock<aho_corasick::AhoCorasick>;
    fn padded(words: &[&str]) -> aho_corasick::AhoCorasick {
        aho_corasick::AhoCorasick::new(words.iter().map(|w| format!(" {w} ")))
            .expect("plain words make an automaton")
    }
    static FUTURE_PADDED: Padded = Padded::new(|| padded(FUTURE));
    static SCHEDULED_PADDED: Padded = Padded::new(|| padded(SCHEDULED));
    let sentence = format!(" {} ", text.slice(range).to_lowercase());
    if FUTURE_PADDED.is_match(&sentence) {
        Announced::Future
    } else if SCHEDULED_PADDED.is_match(&sentence) {
        Announced::Scheduled
    } else {
        Announced::No
    }
}

/// Whether words name an exercise or a drill.
fn names_an_exercise(words: &str) -> bool {
    let lower = words.to_lowercase();
    ["exercice", "exercise", "drill", "manœuvre", "manoeuvre"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether a sentence speaks of keeping the peace (a deployment there is
/// protection, 074): peacekeeping, UN forces, blue helmets.
fn is_peacekeeping(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "maintien de la paix",
        "casques bleus",
        "casque bleu",
        "nations unies",
        "l'onu",
        "l’onu",
        " onu ",
        "peacekeep",
        "peace-keep",
        "blue helmet",
        "united nations",
        "un mission",
        "u.n.",
        "un peace",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The first organisation named after code point `after` among a
/// sentence's mentions whose code passes `wanted`.
fn igo_named_after(
    mentions: &[&Mention],
    after: usize,
    wanted: impl Fn(&str) -> bool,
) -> Option<Actor> {
    mentions
        .iter()
        .filter(|m| m.clean_start >= after)
        .flat_map(|m| &m.actors)
        .find(|a| a.igo.as_deref().is_some_and(&wanted))
        .cloned()
}

/// The UN mission (`orgs.tsv` kind `un_mission`) named after code point
/// `after` among a sentence's mentions.
fn mission_named_after(mentions: &[&Mention], after: usize) -> Option<Actor> {
    igo_named_after(mentions, after, |igo| {
        attache_lexicon::un_missions().contains(igo)
    })
}

/// How many sentences open a story: its title and lead.
const LEAD_SENTENCES: usize = 4;

/// Whether the story's title or lead sets its meetings on the sidelines
/// of a gathering.
fn lead_is_sideline(text: &CleanText) -> bool {
    let count = text.sentence_count().min(LEAD_SENTENCES);
    count > 0 && kind::is_sideline(text, 0..text.sentence_range(count - 1).end)
}

/// Whether the longer of two nested statements goes on past the shorter
/// with a coordinated predicate of its own (`soutenait la participation du
/// Vietnam … et souhaitait continuer à former…`): two statements.
fn coordinated_after(a: &Event, b: &Event) -> bool {
    let (outer, inner) = if a.evidence.len() >= b.evidence.len() {
        (a, b)
    } else {
        (b, a)
    };
    outer
        .evidence
        .find(&inner.evidence)
        .map(|at| &outer.evidence[at + inner.evidence.len()..])
        .is_some_and(|tail| tail.contains(" et ") || tail.contains(" and "))
}

/// One interaction stated twice (the lead, then the body) is one activity
/// event; statements are distinct unless they share their words.
fn same_interaction(a: &Event, b: &Event) -> bool {
    // Statements, and the activities an announcement lists, are distinct
    // unless they share their words.
    if a.tier == Tier::Verbal || (a.cameo == "036" && b.cameo == "036") {
        let overlap = a.start < b.end && b.start < a.end;
        // One statement read twice (`a réaffirmé l'engagement des
        // États-Unis à soutenir`: an intent 030 and a support 032) is one,
        // of the same parties.
        // (One's words within the other's: statements that only touch are two.)
        let within =
            (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
        let one_statement = within
            && !coordinated_after(a, b)
            && a.tier == Tier::Verbal
            && b.tier == Tier::Verbal
            && cameo::compatible(&a.cameo, &b.cameo)
            && a.source.party() == b.source.party()
            && a.target.party() == b.target.party();
        // Words that overlap but are said by two parties (`le ministre a
        // affirmé que l'Irlande … souhaitait`) are two statements.
        let same_speaker = a.tier != Tier::Verbal || a.source.party() == b.source.party();
        return ((a.cameo == b.cameo && same_speaker) || one_statement) && overlap;
    }
    let parties = |e: &Event| {
        let mut p = [
            e.source.party().map(str::to_string),
            e.target.party().map(str::to_string),
        ];
        if e.joint || cameo::symmetric(&e.cameo) {
            p.sort();
        }
        p
    };
    // Two named persons on one side are two meetings (the Prime Minister, then the President).
    let different_people =
        |x: &Option<String>, y: &Option<String>| matches!((x, y), (Some(x), Some(y)) if x != y);
    // A call on a person named is another visit than the stay it is
    // part of (`on a two-day visit to India, he also called on Prime
    // Minister X`).
    let is_call = |e: &Event| {
        e.trigger.as_deref().is_some_and(|t| {
            t.starts_with("call on") || t.contains("courtesy") || t.contains("courtoisie")
        })
    };
    let call_on_someone = a.cameo == "042"
        && b.cameo == "042"
        && (is_call(a) || is_call(b))
        && a.target.name.is_some() != b.target.name.is_some();
    // (Sides of symmetric events are compared party to party: `X received
    // a call from Y, during which they discussed` is one call.)
    let swapped = a.source.party() != b.source.party() && a.source.party() == b.target.party();
    let (b_source, b_target) = if swapped && parties(a) == parties(b) {
        (&b.target.name, &b.source.name)
    } else {
        (&b.source.name, &b.target.name)
    };
    let distinct_people = different_people(&a.target.name, b_target)
        || different_people(&a.source.name, b_source)
        || call_on_someone;
    // A meeting on the sidelines of a dialogue's session (044) is held
    // apart from that session (046).
    let sideline_of_session = matches!(
        (a.cameo.as_str(), b.cameo.as_str()),
        ("044", "046") | ("046", "044")
    );
    // Talks told with their means in the same words (`s'est entretenu
    // par visioconférence`, `held talks via video link`) are the call.
    let talks_by_call = is_talks_by_call(a, b);
    // A ship's port call and the exercise or training held during it are
    // two interactions of one family (06).
    let call_and_drill = cameo::root(&a.cameo) == "06"
        && cameo::root(&b.cameo) == "06"
        && is_port_call(a) != is_port_call(b);
    // Codes that may name one event (`040` and `046` for one round of
    // talks); a visit, the reception within it and the talks held are three.
    !sideline_of_session
        && !call_and_drill
        && a.tier == b.tier
        && (cameo::compatible(&a.cameo, &b.cameo) || talks_by_call)
        && parties(a) == parties(b)
        && (a.date == b.date || b.date.is_none())
        && !distinct_people
}

/// Words of the predicates that tell a ship's stay in port (`escale`,
/// `port call`, `docked`, `accosté`), or its visit (a ship's visit is coded
/// a port call).
const PORT_CALL_WORDS: &[&str] = &[
    "escale", "port", "accost", "ancre", "dock", "berth", "visit", "arriv",
];

/// Whether a material cooperation (06) is a ship's port call.
fn is_port_call(e: &Event) -> bool {
    e.trigger
        .as_deref()
        .is_some_and(|t| PORT_CALL_WORDS.iter().any(|w| t.contains(w)))
}

/// Whether one of `a` and `b` is talks (040) and the other a call (041)
/// whose words overlap: one call.
fn is_talks_by_call(a: &Event, b: &Event) -> bool {
    let codes = [a.cameo.as_str(), b.cameo.as_str()];
    let overlap = matches!((a.start, a.end, b.start, b.end),
        (Some(a0), Some(a1), Some(b0), Some(b1)) if a0 < b1 && b0 < a1);
    (codes == ["040", "041"] || codes == ["041", "040"]) && overlap
}

/// Words that express a wish (`a souhaité`, `hoped`): a wish that the other
/// party act (`a souhaité que le Vietnam soutienne`) asks it to: an appeal
/// (020), not an intent of the speaker's own (030).
const WISHES: [&str; 4] = ["souhait", "esper", "hope", "wish"];

fn is_wish_for_the_other(
    text: &CleanText,
    hit: &TriggerHit,
    sentence: &[&Mention],
    target: &attache_model::Actor,
) -> bool {
    if hit.trigger.cameo != "030" {
        return false;
    }
    let said = attache_lexicon::fold(&text.slice(hit.start..hit.end));
    if !WISHES.iter().any(|w| said.contains(w)) {
        return false;
    }
    // The clause after the wish, its subject first: `que le Vietnam`,
    // `that Vietnam`.
    let Some(next) = sentence
        .iter()
        .copied()
        .filter(|m| m.clean_start >= hit.end)
        .min_by_key(|m| m.clean_start)
    else {
        return false;
    };
    let between = attache_lexicon::fold(&text.slice(hit.end..next.clean_start));
    // English may leave out `that` (`hoped Japan would continue`): the
    // party is then followed by the clause's modal.
    let modal_after = || {
        let after = text.slice(next.clean_end..(next.clean_end + 12).min(text.chars.len()));
        regex!(r"^\s+(?:would|will|could|should|can|might)\b").is_match(&after)
    };
    // (`que la partie australienne`, `that the Australian side`.)
    let opens_clause =
        regex!(r"^\s*(?:que|qu'|that)\s+(?:(?:le|la|les|l'|the)\s*)?(?:partie\s+|cote\s+)?$")
            .is_match(&between)
            || (regex!(r"^\s*(?:the\s*)?$").is_match(&between) && modal_after());
    // The other party alone: `que les deux pays` is a wish of both (030).
    opens_clause
        && next.actors.len() == 1
        && next.actors[0].party().is_some()
        && next.actors[0].party() == target.party()
}

/// Whether two statements of one sentence are one: the same code between
/// the same parties, one made by a named person and the other by nobody
/// named (`Vietnam attaches importance to its partnership with France,
/// Minister Phan Van Giang affirmed`: what the minister said is the
/// content of his statement, not another one by his country).
fn is_speakers_content(a: &Event, b: &Event) -> bool {
    a.tier == Tier::Verbal
        && b.tier == Tier::Verbal
        && a.cameo == b.cameo
        && a.source.party() == b.source.party()
        && a.target.party() == b.target.party()
        && (a.source.name.is_none() != b.source.name.is_none())
}

/// `A a reçu B` (043 A→B) also says B visited A (042 B→A), marked derived.
fn add_derived_visits(events: &mut Vec<Event>) {
    // A visit the same words already state (a user's `[042:043]`) is not
    // derived again.
    let stated = |e: &Event| {
        events.iter().any(|v| {
            v.cameo == "042"
                && v.start == e.start
                && v.source.party() == e.target.party()
                && v.target.party() == e.source.party()
        })
    };
    let derived: Vec<Event> = events
        .iter()
        .filter(|e| e.cameo == "043" && e.tier == Tier::Activity && !stated(e))
        .map(|e| Event {
            cameo: "042".into(),
            source: e.target.clone(),
            target: e.source.clone(),
            derived: true,
            ..e.clone()
        })
        .collect();
    events.extend(derived);
}

#[cfg(test)]
mod within_tests {
    use super::*;

    fn at(start: usize, end: usize) -> Mention {
        Mention {
            start,
            end,
            text: String::new(),
            kind: MentionKind::Country,
            actors: Vec::new(),
            how: String::new(),
            clean_start: start,
            clean_end: end,
        }
    }

    /// Issue 14: the mentions of a trigger's sentence were found by a walk
    /// over the whole document's, once per trigger.
    #[test]
    fn the_mentions_within_a_sentence_are_those_that_start_and_end_in_it() {
        let mentions = [at(0, 3), at(5, 9), at(8, 15), at(12, 14), at(15, 20)];
        let found: Vec<usize> = within(&mentions, 5..14).map(|m| m.clean_start).collect();
        assert_eq!(found, [5, 12]); // 8..15 ends past the sentence
        let refs: Vec<&Mention> = mentions.iter().collect();
        assert_eq!(within(&refs, 14..15).count(), 0);
        assert_eq!(within(&refs, 0..100).count(), 5);
    }
}
