//! Where an event happened (EVENTS.md §2 `place`): the place its sentence
//! names (`à Hanoï`, `in Vientiane`, `dans la province de Lao Cai`), else
//! the place its kind implies (the country a visit goes to, the host's
//! country for a reception), else, for talks held during a visit, the
//! visit's place.

use attache_model::{Event, Mention, MentionKind, Place, Tier};
use attache_segment::CleanText;

use crate::regex;

/// Words that put what follows as where something happens: `à`, `in`,
/// `at`, `au`, and the administrative unit it is named as (`dans la
/// province vietnamienne de Lao Cai`, `in the northern border province of
/// Lang Son`, `dans la ville de Da Nang`, `le district de`).
fn place_preposition() -> &'static regex::Regex {
    regex!(
        r"(?i)(?:(?:^|\s)(?:à|au|in|at)|(?:^|[^\p{L}\p{N}])(?:province|ville|city|district|commune|région|region|town|capitale|capital|port|harbou?r)(?:\s+[\p{L}-]+){0,3}?\s+(?:de|d'|d’|du|of))\s+$"
    )
}

/// `basée à`, `based in`, `stationed at`: where a ship or a unit is at home,
/// not where the event is (`la frégate basée à Nouméa a accosté à Da Nang`).
fn home_base() -> &'static regex::Regex {
    regex!(
        r"(?i)(?:^|\s)(?:basée?s?|based|stationnée?s?|stationed|headquartered|implantée?s?)\s+(?:à|au|in|at)\s+$"
    )
}

/// The place named in the sentence after `à`, `in`, `at` or its unit, but
/// not a home base.
pub fn place_in<'m>(
    sentence: impl Iterator<Item = &'m Mention>,
    text: &CleanText,
) -> Option<Place> {
    sentence
        .filter(|m| {
            m.kind == MentionKind::Place
                || (m.kind == MentionKind::Country && m.actors[0].sector.as_deref() == Some("GOV"))
        })
        .find(|m| {
            let before = text.slice(m.clean_start.saturating_sub(48)..m.clean_start);
            place_preposition().is_match(&before) && !home_base().is_match(&before)
        })
        .map(|m| Place {
            name: m.text.clone(),
            country: m.actors[0].country.clone(),
        })
}

/// Where a visit or a reception took place when its sentence names no
/// place: a visit (`042`) in the country visited, a reception (`043`) in
/// the host's country, at the dateline's city when the report was filed
/// there (EVENTS.md §2: the dateline only for a plainly local event). The
/// name is as the text writes it: the country's name in the sentence, else
/// in the document, else the dateline.
pub fn implied_place(
    cameo: &str,
    source: &attache_model::Actor,
    target: &attache_model::Actor,
    mentions: &[Mention],
    range: std::ops::Range<usize>,
) -> Option<Place> {
    let country = match cameo {
        "042" => target.country.as_deref()?,
        "043" => source.country.as_deref()?,
        _ => return None,
    };
    let of_country =
        |m: &&Mention| m.actors.len() == 1 && m.actors[0].country.as_deref() == Some(country);
    let dateline = mentions
        .iter()
        .filter(|m| m.how == "dateline" && m.kind == MentionKind::Place)
        .find(of_country);
    // The country's name as the text writes it (`Laos`, not the adjective
    // `lao`): in the sentence, else anywhere in the document.
    let names: Vec<&Mention> = mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Country
                && m.how != "dateline"
                && attache_lexicon::is_country_name(&m.text)
        })
        .filter(of_country)
        .collect();
    let named = names
        .iter()
        .find(|m| range.start <= m.clean_start && m.clean_end <= range.end)
        .or(names.first());
    let name = match (cameo, dateline, named) {
        ("043", Some(d), _) => d.text.clone(),
        (_, _, Some(n)) => n.text.clone(),
        (_, Some(d), None) => d.text.clone(),
        _ => return None,
    };
    Some(Place {
        name,
        country: Some(country.to_string()),
    })
}

/// Talks, dialogue sessions, signings and cooperation between the two
/// parties of a visit or a reception, on its days and with no place of
/// their own, took place where it did.
pub fn place_meetings_at_their_visit(events: &mut [Event]) {
    let pair = |e: &Event| {
        let mut p = [
            e.source.party().map(str::to_string),
            e.target.party().map(str::to_string),
        ];
        p.sort();
        p
    };
    let stays: Vec<(attache_model::DateSpan, [Option<String>; 2], Place)> = events
        .iter()
        .filter(|e| e.tier == Tier::Activity && matches!(e.cameo.as_str(), "042" | "043"))
        .filter_map(|e| {
            let span = attache_model::DateSpan::parse(e.date.as_deref()?)?;
            Some((span, pair(e), e.place.clone()?))
        })
        .collect();
    for e in events.iter_mut().filter(|e| {
        e.tier == Tier::Activity
            && e.place.is_none()
            && (matches!(e.cameo.as_str(), "040" | "046" | "057") || e.cameo.starts_with("06"))
    }) {
        let Some(span) = e.date.as_deref().and_then(attache_model::DateSpan::parse) else {
            continue;
        };
        let within = |outer: &attache_model::DateSpan| {
            let ignore = outer.year_unknown() || span.year_unknown();
            outer.first.ordinal(ignore) <= span.first.ordinal(ignore)
                && span.last.ordinal(ignore) <= outer.last.ordinal(ignore)
        };
        let key = pair(e);
        if let Some((_, _, place)) = stays.iter().find(|(s, p, _)| *p == key && within(s)) {
            e.place = Some(place.clone());
        }
    }
}

/// A meeting of two countries held in a third (`met in Kuala Lumpur`, a
/// Philippine and a US minister): a meeting at a third location, 044
/// (EVENTS.md §3: neither party is host), whatever words named it. So is
/// a meeting without a place of its own in a story whose lead sets it on
/// the sidelines of a gathering (`sideline_story`: `back-to-back talks on
/// the sidelines of the ADMM`). A meeting with an organisation stays 040:
/// its venue is some member's.
pub fn meetings_at_a_third_place(events: &mut [Event], sideline_story: bool) {
    for e in events
        .iter_mut()
        .filter(|e| e.tier == Tier::Activity && e.cameo == "040")
    {
        let (Some(source), Some(target)) =
            (e.source.country.as_deref(), e.target.country.as_deref())
        else {
            continue;
        };
        let third = e
            .place
            .as_ref()
            .and_then(|p| p.country.as_deref())
            .map_or(sideline_story, |c| c != source && c != target);
        if third && e.source.igo.is_none() && e.target.igo.is_none() {
            e.cameo = "044".to_string();
        }
    }
}
