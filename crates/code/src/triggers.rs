//! The trigger lexicon (`data/triggers.tsv`): words and phrases that state
//! an event, with their CAMEO code, tier and frame, matched folded (case,
//! accents, apostrophes) at word boundaries.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use attache_lexicon::{fold, Folded};
use attache_model::{Lang, Tier};

const TRIGGERS: &str = include_str!("../data/triggers.tsv");

/// Who the parties of a trigger are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Source = the subject; target = the party named after, else the other party.
    Subject,
    /// Target = the country visited.
    Visit,
    /// Source = the agent after `par` / `by`; target = the subject.
    Passive,
    /// Both parties together.
    Joint,
    /// A noun (`visite officielle`, `talks`): the parties the sentence names.
    Nominal,
}

#[derive(Debug, Clone)]
pub struct Trigger {
    /// The words matched first (for `a effectué … visite`: `a effectué`).
    pub pattern: String,
    /// Words that must follow within a few words (`visite`), if any.
    pub tail: Option<String>,
    pub lang: Lang,
    pub cameo: String,
    pub tier: Tier,
    pub frame: Frame,
}

/// A trigger found at code points `[start, end)` of the cleaned text.
#[derive(Debug, Clone)]
pub struct TriggerHit {
    pub start: usize,
    pub end: usize,
    pub trigger: &'static Trigger,
}

/// Adverbs that sit between an auxiliary and its participle (`a également
/// suggéré`, `has also signed`): each verb trigger also matches with one.
const ADVERBS: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "également",
            "aussi",
            "en outre",
            "hautement",
            "chaleureusement",
            "favorablement",
            "notamment",
            "par ailleurs",
            "de nouveau",
            "officiellement",
            "déjà",
            "séparément",
            "successivement",
            "brièvement",
            "longuement",
            "respectivement",
        ],
    ),
    (
        "en",
        &[
            "also",
            "further",
            "warmly",
            "highly",
            "officially",
            "already",
            "again",
            "separately",
            "briefly",
            "jointly",
        ],
    ),
];

fn with_adverbs(trigger: Trigger) -> Vec<Trigger> {
    let auxiliaries = ["a ", "ont ", "has ", "have ", "had "];
    let mut variants = vec![trigger.clone()];
    if let Some(aux) = auxiliaries
        .iter()
        .find(|a| trigger.pattern.starts_with(**a))
    {
        let adverbs = ADVERBS
            .iter()
            .find(|(l, _)| Lang::from_code(l) == trigger.lang)
            .map_or(&[][..], |(_, a)| *a);
        for adverb in adverbs {
            let pattern = format!("{aux}{adverb} {}", &trigger.pattern[aux.len()..]);
            variants.push(Trigger {
                pattern,
                ..trigger.clone()
            });
        }
    }
    variants
}

/// Up to this many characters may separate a trigger's head from its tail.
const MAX_TAIL_GAP: usize = 60;

struct Lexicon {
    triggers: Vec<Trigger>,
    /// For each distinct folded head: the triggers that start with it.
    heads: Vec<Vec<usize>>,
    automaton: AhoCorasick,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let triggers: Vec<Trigger> = TRIGGERS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('\t').collect();
                let tier = match *cells.get(3)? {
                    "activity" => Tier::Activity,
                    _ => Tier::Verbal,
                };
                let frame = match *cells.get(4)? {
                    "visit" => Frame::Visit,
                    "passive" => Frame::Passive,
                    "joint" => Frame::Joint,
                    "nominal" => Frame::Nominal,
                    _ => Frame::Subject,
                };
                let (pattern, tail) = match cells[0].split_once(" … ") {
                    Some((head, tail)) => (head.to_string(), Some(fold(tail))),
                    None => (cells[0].to_string(), None),
                };
                Some(Trigger {
                    pattern,
                    tail,
                    lang: Lang::from_code(cells[1]),
                    cameo: cells[2].to_string(),
                    tier,
                    frame,
                })
            })
            .flat_map(with_adverbs)
            .collect();
        let mut patterns: Vec<String> = Vec::new();
        let mut heads: Vec<Vec<usize>> = Vec::new();
        for (i, trigger) in triggers.iter().enumerate() {
            let head = fold(&trigger.pattern);
            match patterns.iter().position(|p| *p == head) {
                Some(h) => heads[h].push(i),
                None => {
                    patterns.push(head);
                    heads.push(vec![i]);
                }
            }
        }
        // Overlapping matches, bounded at word edges afterwards: a
        // leftmost-longest search would let `a rencontré` found inside
        // `La rencontre` hide the noun `rencontre`.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("trigger patterns build an automaton");
        Lexicon {
            triggers,
            heads,
            automaton,
        }
    })
}

/// Where `tail` ends when it follows `from` within a few words of the same sentence.
fn tail_end(folded: &str, from: usize, tail: &str) -> Option<usize> {
    let window_end = folded[from..]
        .char_indices()
        .nth(MAX_TAIL_GAP)
        .map_or(folded.len(), |(i, _)| from + i);
    let window = &folded[from..window_end];
    let window = &window[..window.find(['.', ';', '\n']).unwrap_or(window.len())];
    window.find(tail).map(|at| from + at + tail.len())
}

/// The triggers of language `lang` in `text`, left to right.
pub fn find(text: &str, lang: &Lang) -> Vec<TriggerHit> {
    let lexicon = lexicon();
    let folded = Folded::new(text);
    let chars: Vec<char> = text.chars().collect();
    // Heads bounded at word edges, then the leftmost, longest of those
    // that overlap.
    let mut heads: Vec<aho_corasick::Match> = lexicon
        .automaton
        .find_overlapping_iter(&folded.text)
        .filter(|m| {
            let start = folded.char_index(m.start());
            let end = folded.char_index(m.end());
            (start == 0 || !chars[start - 1].is_alphanumeric())
                && chars.get(end).is_none_or(|c| !c.is_alphanumeric())
        })
        .collect();
    heads.sort_by_key(|m| (m.start(), std::cmp::Reverse(m.end())));
    let mut taken_until = 0;
    heads.retain(|m| {
        let free = m.start() >= taken_until;
        if free {
            taken_until = m.end();
        }
        free
    });
    heads
        .into_iter()
        .filter_map(|m| {
            let start = folded.char_index(m.start());
            let head_end = folded.char_index(m.end());
            // Of the triggers sharing this head, the one whose tail is found
            // and longest (a trigger without a tail always applies).
            lexicon.heads[m.pattern().as_usize()]
                .iter()
                .map(|&i| &lexicon.triggers[i])
                .filter(|t| t.lang == *lang)
                .filter_map(|trigger| {
                    let end = match &trigger.tail {
                        None => head_end,
                        Some(tail) => folded.char_index(tail_end(&folded.text, m.end(), tail)?),
                    };
                    Some(TriggerHit {
                        start,
                        end,
                        trigger,
                    })
                })
                .max_by_key(|hit| hit.trigger.tail.as_ref().map_or(0, String::len))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_triggers_folded_and_bounded() {
        let hits = find(
            "Le ministre A REÇU l’ambassadeur; ils ont signé.",
            &Lang::Fr,
        );
        let codes: Vec<&str> = hits.iter().map(|h| h.trigger.cameo.as_str()).collect();
        assert_eq!(codes, ["043", "057"]);
        assert!(find("The minister received a delegation", &Lang::Fr).is_empty());
        assert!(find("unsigned", &Lang::En).is_empty());
    }

    #[test]
    fn nouns_name_meetings() {
        let hits = find(
            "La rencontre entre le ministre A et le ministre B a eu lieu à Pékin.",
            &Lang::Fr,
        );
        let found: Vec<(&str, Frame)> = hits
            .iter()
            .map(|h| (h.trigger.cameo.as_str(), h.trigger.frame))
            .collect();
        assert_eq!(found, [("040", Frame::Nominal)]);
    }
}
