//! Gathering a [`Review`] from the store: one query for the country's
//! events over the five years the trend chart needs (the period and the one
//! before fall inside), read once and sorted into every section.

use std::collections::{BTreeMap, HashMap, HashSet};

use attache_model::{Actor, CanonicalEvent, DateSpan, Tier};
use attache_store::{DocumentBrief, EventFilter, Store};

use crate::details;
use crate::groups::{Group, Groups};
use crate::i18n::ReportLang;
use crate::kinds::{kind_of, Family, Kind};
use crate::levels::{level_of, Level};
use crate::period::Period;
use crate::review::*;
use crate::{ReportError, Request};

/// How many partners the trend chart draws, and notable events the review names.
const TREND_PARTNERS: usize = 6;
const NOTABLE_EVENTS: usize = 10;
/// Mechanisms and deployments listed with their details at most (the
/// figures count them all): a table of thousands helps nobody, and each
/// row reads its page's text.
const DETAILED_ROWS: usize = 100;
/// Evidence longer than this is shortened in notable events.
const QUOTE_CHARS: usize = 240;
/// Links listed under a notable event at most.
const LINKS_PER_EVENT: usize = 5;

/// An event read from the store, with what the review sorts it by.
struct Counted {
    event: CanonicalEvent,
    kind: Kind,
    span: DateSpan,
    partner: Option<String>,
    /// The level each side's title shows (source, target).
    levels: [Option<Level>; 2],
}

impl Counted {
    /// The highest level of the event's persons.
    fn level(&self) -> Option<Level> {
        self.levels.iter().flatten().min().copied()
    }
}

/// Titles repeat across events: each is ranked once.
#[derive(Default)]
struct TitleLevels(HashMap<String, Option<Level>>);

impl TitleLevels {
    fn of(&mut self, actor: &Actor) -> Option<Level> {
        let title = actor.title.as_deref()?;
        if let Some(level) = self.0.get(title) {
            return *level;
        }
        let level = level_of(title);
        self.0.insert(title.to_string(), level);
        level
    }
}

/// Writes the review `request` asks for from the events in `store`.
pub fn gather(store: &Store, request: &Request) -> Result<Review, ReportError> {
    let lang = request.lang;
    let country = request.country.as_str();
    let period = &request.period;
    let previous = period.previous();
    let years = period.trend_years();
    let groups = Groups::for_country(country, request.groups.as_deref())?;
    let earliest = format!("{:04}-01-01", years[0]).min(previous.from.clone());
    let filter = EventFilter {
        country: request.partner.is_none().then(|| country.to_string()),
        dyad: request.partner.clone().map(|p| (country.to_string(), p)),
        from: Some(earliest),
        to: Some(period.to.clone()),
        ..EventFilter::default()
    };
    let events = store.events(&filter)?;
    let visits = events
        .iter()
        .filter(|e| e.cameo == "042")
        .map(|e| e.event_id.as_str());
    let mut derived = store.derived_only(visits)?;
    derived.extend(visits_with_their_reception(&events));

    let mut coverage_ids = LeftOut::default();
    let mut counted = Vec::new();
    let mut title_levels = TitleLevels::default();
    for event in events {
        let (Some(kind), Some(span)) = (
            kind_of(&event, country),
            event.date.as_deref().and_then(DateSpan::parse),
        ) else {
            continue;
        };
        let in_period = period.overlaps(&span);
        if derived.contains(&event.event_id) {
            coverage_ids
                .derived
                .extend(in_period.then(|| event.event_id.clone()));
            continue;
        }
        if event.confidence < request.min_confidence {
            coverage_ids
                .low_confidence
                .extend(in_period.then(|| event.event_id.clone()));
            continue;
        }
        let partner = other_side(&event, country).party().map(str::to_string);
        let levels = [
            title_levels.of(&event.source),
            title_levels.of(&event.target),
        ];
        counted.push(Counted {
            event,
            kind,
            span,
            partner,
            levels,
        });
    }
    let current: Vec<&Counted> = counted
        .iter()
        .filter(|c| period.overlaps(&c.span))
        .collect();
    let before: Vec<&Counted> = counted
        .iter()
        .filter(|c| previous.overlaps(&c.span))
        .collect();
    let name = |code: &str| party(code, lang);
    let partners = partner_rows(&current, &before, &groups, lang);
    let briefs = store.document_briefs(
        current
            .iter()
            .flat_map(|c| c.event.docs.iter().map(String::as_str)),
    )?;
    Ok(Review {
        lang,
        country: name(country),
        partner: request.partner.as_deref().map(name),
        period: period.clone(),
        previous: previous.clone(),
        min_confidence: request.min_confidence,
        glance: glance(&current, &before, lang),
        mechanisms: mechanisms(store, &current, lang)?,
        deployments: deployments(store, &current, lang)?,
        groups: group_totals(&partners, lang),
        partners,
        months: months(&current, period, lang),
        trend: trend(&counted, &years, lang),
        notable: notable(&current, &briefs, lang),
        coverage: coverage(store, request, &current, &briefs, coverage_ids)?,
    })
}

/// The visits (042) whose reception (043, the parties the other way round,
/// on a day in common) is also an event: one delegation, counted once, as
/// the reception (the gold annotations mark such a visit optional).
fn visits_with_their_reception(events: &[CanonicalEvent]) -> Vec<String> {
    let mut receptions: HashMap<(Option<&str>, Option<&str>), Vec<DateSpan>> = HashMap::new();
    for e in events.iter().filter(|e| e.cameo == "043") {
        if let Some(span) = e.date.as_deref().and_then(DateSpan::parse) {
            let pair = (e.source.party(), e.target.party());
            receptions.entry(pair).or_default().push(span);
        }
    }
    events
        .iter()
        .filter(|e| e.cameo == "042")
        .filter(|visit| {
            let Some(span) = visit.date.as_deref().and_then(DateSpan::parse) else {
                return false;
            };
            // The reception's host is the visit's target.
            let pair = (visit.target.party(), visit.source.party());
            receptions
                .get(&pair)
                .is_some_and(|days| days.iter().any(|day| day.overlaps(&span, 0)))
        })
        .map(|e| e.event_id.clone())
        .collect()
}

/// Events in the period the figures leave out, by why.
#[derive(Default)]
struct LeftOut {
    derived: Vec<String>,
    low_confidence: Vec<String>,
}

fn other_side<'e>(event: &'e CanonicalEvent, country: &str) -> &'e Actor {
    if event.source.party() == Some(country) {
        &event.target
    } else {
        &event.source
    }
}

/// A party with its name in `lang` (its code when the lexicon has no name).
pub fn party(code: &str, lang: ReportLang) -> Party {
    Party {
        code: code.to_string(),
        name: attache_lexicon::party_name(code, &lang.lang())
            .unwrap_or(code)
            .to_string(),
    }
}

fn count_by_kind<'c>(
    events: impl IntoIterator<Item = &'c &'c Counted>,
) -> HashMap<Kind, Vec<&'c Counted>> {
    let mut by_kind: HashMap<Kind, Vec<&Counted>> = HashMap::new();
    for c in events {
        by_kind.entry(c.kind).or_default().push(c);
    }
    by_kind
}

fn glance(current: &[&Counted], before: &[&Counted], lang: ReportLang) -> Vec<Figure> {
    let now = count_by_kind(current);
    let then = count_by_kind(before);
    Kind::ALL
        .into_iter()
        .map(|kind| {
            let ids: Vec<String> = now
                .get(&kind)
                .into_iter()
                .flatten()
                .map(|c| c.event.event_id.clone())
                .collect();
            let previous = then.get(&kind).map_or(0, Vec::len);
            Figure {
                kind,
                label: lang.kind(kind).to_string(),
                count: ids.len(),
                previous,
                change: ids.len() as i64 - previous as i64,
                event_ids: ids,
            }
        })
        .collect()
}

/// The text the details of an event are read from: the sentence of its
/// representative report, else its evidence.
fn sentence_of(store: &Store, event: &CanonicalEvent) -> Result<String, ReportError> {
    let text = store.document_text(&event.doc)?.unwrap_or_default();
    Ok(details::sentence_around(&text, &event.evidence).to_string())
}

fn mechanisms(
    store: &Store,
    current: &[&Counted],
    lang: ReportLang,
) -> Result<Vec<Mechanism>, ReportError> {
    let mut out = Vec::new();
    for c in current
        .iter()
        .filter(|c| c.kind == Kind::Dialogues)
        .take(DETAILED_ROWS)
    {
        let found = details::mechanism(&c.event.evidence)
            .or_else(|| details::mechanism(&sentence_of(store, &c.event).ok()?));
        let (session, name) = match found {
            Some((session, name)) => (session, Some(name)),
            None => (None, None),
        };
        out.push(Mechanism {
            event_id: c.event.event_id.clone(),
            date: c.event.date.clone(),
            partner: party(c.partner.as_deref().unwrap_or("?"), lang),
            name,
            session,
        });
    }
    Ok(out)
}

fn deployments(
    store: &Store,
    current: &[&Counted],
    lang: ReportLang,
) -> Result<Vec<Deployment>, ReportError> {
    let mut out = Vec::new();
    for c in current
        .iter()
        .filter(|c| c.kind == Kind::Peacekeeping)
        .take(DETAILED_ROWS)
    {
        let sentence = sentence_of(store, &c.event)?;
        let (units, personnel) = details::deployment(&sentence);
        out.push(Deployment {
            event_id: c.event.event_id.clone(),
            date: c.event.date.clone(),
            mission: party(c.partner.as_deref().unwrap_or("?"), lang),
            units,
            personnel,
        });
    }
    Ok(out)
}

/// The highest-ranking person on either side of `events`.
fn highest_contact(events: &[&Counted], lang: ReportLang) -> Option<Contact> {
    let (c, actor, level) = events
        .iter()
        .flat_map(|c| {
            [&c.event.source, &c.event.target]
                .into_iter()
                .zip(c.levels)
                .filter_map(move |(actor, level)| Some((c, actor, level?)))
        })
        .min_by_key(|(_, _, level)| *level)?;
    Some(Contact {
        level,
        label: lang.level(level).to_string(),
        person: actor.name.clone().unwrap_or_default(),
        title: actor.title.clone().unwrap_or_default(),
        party: actor.party().unwrap_or_default().to_string(),
        event_id: c.event.event_id.clone(),
    })
}

fn partner_rows(
    current: &[&Counted],
    before: &[&Counted],
    groups: &Groups,
    lang: ReportLang,
) -> Vec<PartnerRow> {
    let mut by_partner: BTreeMap<&str, Vec<&Counted>> = BTreeMap::new();
    for c in current {
        if let Some(p) = c.partner.as_deref() {
            by_partner.entry(p).or_default().push(c);
        }
    }
    let mut previous: HashMap<&str, usize> = HashMap::new();
    for c in before {
        if let Some(p) = c.partner.as_deref() {
            *previous.entry(p).or_default() += 1;
        }
    }
    let mut rows: Vec<PartnerRow> = by_partner
        .into_iter()
        .map(|(code, events)| {
            let by_kind = count_by_kind(&events);
            let group = groups.group_of(code);
            PartnerRow {
                party: party(code, lang),
                group,
                group_label: lang.group(group).to_string(),
                events: events.len(),
                previous: previous.get(code).copied().unwrap_or(0),
                kinds: Kind::ALL
                    .into_iter()
                    .filter_map(|kind| {
                        let count = by_kind.get(&kind)?.len();
                        Some(KindCount {
                            kind,
                            label: lang.kind(kind).to_string(),
                            count,
                        })
                    })
                    .collect(),
                highest_level: highest_contact(&events, lang),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then_with(|| a.party.code.cmp(&b.party.code))
    });
    rows
}

fn group_totals(partners: &[PartnerRow], lang: ReportLang) -> Vec<GroupTotal> {
    Group::ALL
        .into_iter()
        .filter_map(|group| {
            let members: Vec<&PartnerRow> = partners.iter().filter(|p| p.group == group).collect();
            (!members.is_empty()).then(|| GroupTotal {
                group,
                label: lang.group(group).to_string(),
                partners: members.len(),
                events: members.iter().map(|p| p.events).sum(),
            })
        })
        .collect()
}

fn months(current: &[&Counted], period: &Period, lang: ReportLang) -> Vec<MonthRow> {
    let mut counts: HashMap<(String, Family), usize> = HashMap::new();
    for c in current {
        *counts
            .entry((period.month_of(&c.span), c.kind.family()))
            .or_default() += 1;
    }
    period
        .months()
        .into_iter()
        .map(|month| {
            let counts: Vec<FamilyCount> = Family::ALL
                .into_iter()
                .map(|family| FamilyCount {
                    family,
                    label: lang.family(family).to_string(),
                    count: counts.get(&(month.clone(), family)).copied().unwrap_or(0),
                })
                .collect();
            let number: u32 = month[5..].parse().unwrap_or(1);
            MonthRow {
                label: format!("{} {}", lang.month(number), &month[2..4]),
                total: counts.iter().map(|c| c.count).sum(),
                counts,
                month,
            }
        })
        .collect()
}

fn trend(counted: &[Counted], years: &[i32], lang: ReportLang) -> Trend {
    let mut per_partner: HashMap<&str, Vec<usize>> = HashMap::new();
    for c in counted {
        let (Some(p), Some(year)) = (c.partner.as_deref(), c.span.first.year) else {
            continue;
        };
        if let Some(i) = years.iter().position(|y| *y == year) {
            per_partner.entry(p).or_insert_with(|| vec![0; years.len()])[i] += 1;
        }
    }
    let mut main: Vec<(&str, Vec<usize>)> = per_partner.into_iter().collect();
    main.sort_by(|a, b| {
        let total = |v: &Vec<usize>| v.iter().sum::<usize>();
        total(&b.1).cmp(&total(&a.1)).then_with(|| a.0.cmp(b.0))
    });
    Trend {
        years: years.to_vec(),
        partners: main
            .into_iter()
            .take(TREND_PARTNERS)
            .map(|(code, counts)| TrendRow {
                party: party(code, lang),
                counts,
            })
            .collect(),
    }
}

fn side(actor: &Actor, lang: ReportLang) -> Side {
    Side {
        party: actor.party().map(|p| party(p, lang)),
        person: actor.name.clone(),
        title: actor.title.clone(),
    }
}

/// `text` cut to `chars` characters at a word's end, with `…`.
fn quote(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(chars).collect();
    let at_word = cut
        .rfind(char::is_whitespace)
        .filter(|&i| i > chars / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// Only web addresses become links: a page's URL is the page's to write.
pub fn web_url(url: &str) -> Option<String> {
    let url = url.trim();
    let scheme = url.split_once(':')?.0.to_ascii_lowercase();
    (matches!(scheme.as_str(), "http" | "https") && url.len() > scheme.len() + 3)
        .then(|| url.to_string())
}

fn notable(
    current: &[&Counted],
    briefs: &HashMap<String, DocumentBrief>,
    lang: ReportLang,
) -> Vec<Notable> {
    let mut activities: Vec<&&Counted> = current
        .iter()
        .filter(|c| c.event.tier == Tier::Activity && c.kind != Kind::Other)
        .collect();
    // Most outlets first, then the highest level, then most reports.
    activities.sort_by(|a, b| {
        b.event
            .sources
            .cmp(&a.event.sources)
            .then_with(|| {
                let rank = |c: &Counted| c.level().unwrap_or(Level::Official);
                rank(a).cmp(&rank(b))
            })
            .then_with(|| b.event.mentions.cmp(&a.event.mentions))
            .then_with(|| a.event.date.cmp(&b.event.date))
            .then_with(|| a.event.event_id.cmp(&b.event.event_id))
    });
    activities
        .into_iter()
        .take(NOTABLE_EVENTS)
        .map(|c| {
            let e = &c.event;
            Notable {
                event_id: e.event_id.clone(),
                date: e.date.clone(),
                kind: c.kind,
                kind_label: lang.kind(c.kind).to_string(),
                cameo: e.cameo.clone(),
                source: side(&e.source, lang),
                target: side(&e.target, lang),
                evidence: quote(&e.evidence, QUOTE_CHARS),
                sources: e.sources,
                level: c.level(),
                links: e
                    .docs
                    .iter()
                    .take(LINKS_PER_EVENT)
                    .map(|doc| {
                        let brief = briefs.get(doc);
                        SourceLink {
                            doc: doc.clone(),
                            outlet: brief.and_then(|b| b.outlet.clone()),
                            url: brief.and_then(|b| b.url.as_deref()).and_then(web_url),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn coverage(
    store: &Store,
    request: &Request,
    current: &[&Counted],
    briefs: &HashMap<String, DocumentBrief>,
    left_out: LeftOut,
) -> Result<Coverage, ReportError> {
    let docs: HashSet<&str> = current
        .iter()
        .flat_map(|c| c.event.docs.iter().map(String::as_str))
        .collect();
    let mut outlets: BTreeMap<&str, usize> = BTreeMap::new();
    for doc in &docs {
        let outlet = briefs
            .get(*doc)
            .and_then(|b| b.outlet.as_deref())
            .unwrap_or("—");
        *outlets.entry(outlet).or_default() += 1;
    }
    let mut outlets: Vec<OutletCount> = outlets
        .into_iter()
        .map(|(outlet, documents)| OutletCount {
            outlet: outlet.to_string(),
            documents,
        })
        .collect();
    outlets.sort_by(|a, b| {
        b.documents
            .cmp(&a.documents)
            .then_with(|| a.outlet.cmp(&b.outlet))
    });
    let country = request.country.as_str();
    let undated: Vec<CanonicalEvent> = store
        .undated_events_published(country, &request.period.from, &request.period.to)?
        .into_iter()
        .filter(|e| {
            request
                .partner
                .as_deref()
                .is_none_or(|p| other_side(e, country).party() == Some(p))
        })
        .collect();
    let mut by_kind: BTreeMap<Kind, usize> = BTreeMap::new();
    for e in &undated {
        if let Some(kind) = kind_of(e, country) {
            *by_kind.entry(kind).or_default() += 1;
        }
    }
    Ok(Coverage {
        events: current.len(),
        documents: docs.len(),
        outlets,
        unknown_year: by_kind
            .into_iter()
            .map(|(kind, count)| KindCount {
                kind,
                label: request.lang.kind(kind).to_string(),
                count,
            })
            .collect(),
        unknown_year_ids: undated.into_iter().map(|e| e.event_id).collect(),
        unknown_year_unpublished: store.undated_unpublished_count(country)?,
        low_confidence_ids: left_out.low_confidence,
        derived_ids: left_out.derived,
    })
}
