//! The person who acts for a party when the sentence names only the party
//! or a role (`the two ministers held talks`, `la partie laotienne a
//! remercié`): the document's principal person of that party.

use std::collections::HashMap;

use attache_model::{Actor, Event, Mention, MentionKind};

/// Each party's principal person in a document: the one named most often
/// (the first named among equals), with the title the text gives them.
pub struct Principals {
    by_party: HashMap<String, Actor>,
}

impl Principals {
    pub fn of(mentions: &[Mention]) -> Principals {
        // party → name → (count, first position, actor)
        let mut counts: HashMap<String, HashMap<String, (usize, usize, Actor)>> = HashMap::new();
        for m in mentions.iter().filter(|m| m.kind == MentionKind::Person) {
            let Some(actor) = m.actors.first() else {
                continue;
            };
            let (Some(party), Some(name)) = (actor.party(), actor.name.as_deref()) else {
                continue;
            };
            let entry = counts
                .entry(party.to_string())
                .or_default()
                .entry(name.to_string())
                .or_insert((0, m.clean_start, actor.clone()));
            entry.0 += 1;
            if entry.2.title.is_none() {
                entry.2.title = actor.title.clone();
            }
        }
        let by_party = counts
            .into_iter()
            .filter_map(|(party, names)| {
                let best = names
                    .into_values()
                    .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))?;
                Some((party, best.2))
            })
            .collect();
        Principals { by_party }
    }

    /// Names the person of each side that has a party but no name. Units
    /// carry out exercises, port calls and deployments (06x, 07x): those are
    /// not the act of the party's principal person.
    pub fn fill(&self, event: &mut Event) {
        if matches!(event.root(), "06" | "07") {
            return;
        }
        for (side, actor) in [&mut event.source, &mut event.target]
            .into_iter()
            .enumerate()
        {
            if actor.name.is_some() || actor.igo.is_some() {
                continue;
            }
            let Some(person) = actor.party().and_then(|p| self.by_party.get(p)) else {
                continue;
            };
            actor.name = person.name.clone();
            event.names_inferred[side] = true;
            if actor.title.is_none() {
                actor.title = person.title.clone();
            }
            if actor.sector.is_none() {
                actor.sector = person.sector.clone();
            }
        }
    }
}
