//! The predicate lexicon (`data/predicates.tsv`, and the English entries
//! derived from PETRARCH's verb dictionary): predicates written by lemma
//! (`recevoir`, `effectuer … visite`, `hold … talk`) with their CAMEO
//! code, tier and frame, matched over the document's token stream.
//!
//! A word written as its lemma matches every form of it (`recevoir`:
//! `reçoit`, `a reçu`, `recevra`, `en recevant`); a word written in another
//! form matches that form and its plural (`officielle`, `talks`). Between
//! two words, auxiliaries, adverbs, clitics and negation may sit (`a
//! également reçu`, `s'est ensuite entretenu`); `…` allows a gap of a few
//! words in the same clause. Tense, voice, mood and number come from the
//! words around the predicate (`modality`), not from the entry.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use attache_lexicon::dictionaries::{PatternWord, VerbPattern};
use attache_model::{cameo, Lang, Tier};
use attache_segment::{TokenKind, Tokens};
use rustc_hash::FxHashMap;

use crate::modality::{self, Modality};

const PREDICATES: &str = include_str!("../data/predicates.tsv");
const PREDICATES_EN_CAMEO: &str = include_str!("../data/predicates_en_cameo.tsv");
const CLASSES: &str = include_str!("../data/classes.tsv");

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
    /// The subject is accused by the party named after it (`China's drills
    /// violated Vietnam's sovereignty`): source = that party, target = the
    /// subject. What a speaker reports is the accusation itself.
    Accused,
    /// The subject receives what the party named after gives (`Indonesia
    /// received jets from France`, `la Pologne a réceptionné des chars
    /// commandés à la Corée`): source = that party, target = the subject.
    Recipient,
}

/// When an entry applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    Always,
    /// Only announced (`aura lieu`, `will call on`).
    Future,
    /// Only in the passive (`was welcomed by`: `welcomed the proposal` is praise).
    Passive,
}

/// A word a pattern's element accepts.
#[derive(Debug, Clone)]
struct Word {
    form: String,
    lemma: String,
    /// Written as its lemma: any form matches.
    by_lemma: bool,
}

/// One element of a pattern: a word, or any of several (a user
/// dictionary's synset, a verb's irregular forms).
#[derive(Debug, Clone)]
struct Element {
    /// Shared by every pattern of a user's dictionary naming the same
    /// synset or verb (tens of thousands of patterns, a few hundred sets).
    options: Arc<[Word]>,
    /// A gap of up to `MAX_GAP` tokens may come before this element.
    gap_before: bool,
}

#[derive(Debug, Clone)]
pub struct Trigger {
    /// The pattern as written in the data.
    pub pattern: String,
    elements: Vec<Element>,
    pub lang: Lang,
    pub cameo: String,
    pub tier: Tier,
    pub frame: Frame,
    pub only: Only,
    /// A phrase that states no event (`conférence de presse`, `press
    /// meet`): it takes its words, so no shorter entry reads them.
    pub discard: bool,
    /// The code of the reverse event, the target's (a user pattern's
    /// `[032:033]`).
    pub reverse: Option<String>,
    /// For a user's pattern: which element is the verb (words may come
    /// before it: `SAID * TO ATTEND`).
    verb_at: Option<usize>,
    /// [`Trigger::starts_with_verb`], decided once when the entry is read
    /// (it is asked for every word a pattern may start at).
    verb_first: bool,
}

impl Trigger {
    /// Whether the entry comes from a user's verb dictionary.
    pub fn is_users(&self) -> bool {
        self.verb_at.is_some()
    }

    /// Whether the entry starts with a verb written as its lemma (`recevoir`),
    /// which a determiner before it makes a noun (`la visite`).
    pub fn starts_with_verb(&self) -> bool {
        self.verb_first
    }

    /// The entry with [`Trigger::starts_with_verb`] decided.
    fn with_verb_first(mut self) -> Trigger {
        self.verb_first = self.opens_with_verb();
        self
    }

    fn opens_with_verb(&self) -> bool {
        if let Some(at) = self.verb_at {
            return at == 0 && self.frame != Frame::Nominal;
        }
        // A class of things opens no verb (`&materiel … donate`: `the
        // vessels were donated`).
        if self.pattern.starts_with('&') {
            return false;
        }
        let first = &self.elements[0].options[0];
        let verb = match self.lang {
            Lang::Fr => {
                ["er", "ir", "re", "oir"]
                    .iter()
                    .any(|s| first.lemma.ends_with(s))
                    && !FR_NOUN_HEADS.contains(&first.form.as_str())
            }
            _ => !NOUN_HEADS.contains(&first.form.as_str()),
        };
        self.frame != Frame::Nominal
            && first.by_lemma
            && verb
            && !PARTICLES.contains(&first.form.as_str())
    }
}

/// Pattern words that open a phrase, not a verb (`en visite`, `on … visit`).
const PARTICLES: &[&str] = &["en", "on", "par", "sous", "de", "in", "by", "at", "under"];

/// French nouns that open entries and end like an infinitive: a
/// determiner before them does not make them nouns, they are nouns
/// (`la signature du protocole`, `la rencontre entre`).
const FR_NOUN_HEADS: &[&str] = &[
    "signature",
    "rencontre",
    "lettre",
    "procédure",
    "frontière",
    // Nouns a verb shares its forms with (`il patrouille`, `il voyage`).
    "patrouille",
    "manœuvres",
    "échange",
    "voyage",
    "tournée",
    "visite",
];

/// English words that open a noun phrase in an entry with a verb's frame
/// (`joint exercise`, `port call`): a determiner before them is expected.
const NOUN_HEADS: &[&str] = &[
    "joint",
    "combined",
    "passage",
    "port",
    "phone",
    "telephone",
    "video",
    "intelligence",
    "information",
    "political",
    "defence",
    "defense",
    "strategic",
    "online",
    "official",
    "state",
    "working",
    "welcome",
    "passex",
    "videoconference",
    "military",
    "naval",
    "maritime",
    "border",
    "boundary",
    "bilateral",
    "trilateral",
    "multilateral",
    "coordinated",
    "goodwill",
    "news",
    "media",
    "signing",
    "stopover",
    "trip",
    "visiting",
];

/// A trigger found over code points `[start, end)` of the cleaned text.
#[derive(Debug, Clone)]
pub struct TriggerHit<'p> {
    pub start: usize,
    pub end: usize,
    pub trigger: &'p Trigger,
    /// The frame in this sentence (a passive turns `subject` into `passive`,
    /// a plural subject of a symmetric code into `joint`).
    pub frame: Frame,
    pub modality: Modality,
    /// The token of the predicate's first word.
    pub head: usize,
    /// The verb whose list this bare verb continues (see
    /// [`modality::list_governor`]): its tense and government are this
    /// one's.
    pub governor: Option<usize>,
    /// Where the predicate's subject is sought before: its own start, or
    /// its list's governing verb's.
    pub subject_before: usize,
}

impl TriggerHit<'_> {
    /// The token whose surroundings govern the predicate (a plan, a
    /// purpose, a proposal): its list's governing verb, else its head.
    pub fn governed_at(&self) -> usize {
        self.governor.unwrap_or(self.head)
    }
}

/// Up to this many tokens in a `…` gap.
const MAX_GAP: usize = 8;
/// Up to this many light words (auxiliaries, adverbs, clitics) between two
/// adjacent words of a pattern.
const MAX_LIGHT: usize = 4;

/// The predicate lexicon: the bundled entries and a user's verb
/// patterns, indexed by the key of their first word.
pub struct Predicates {
    triggers: Vec<Trigger>,
    /// Per language, the triggers by their first word's keys (lemma, or
    /// form without plural). Fx hashing: looked up for each key of each
    /// token, and the keys are our own words.
    by_key: Vec<(Lang, FxHashMap<String, Vec<usize>>)>,
}

impl Predicates {
    fn keyed(&self, lang: &Lang) -> Option<&FxHashMap<String, Vec<usize>>> {
        self.by_key.iter().find(|(l, _)| l == lang).map(|(_, m)| m)
    }

    /// The bundled lexicon, built once.
    pub fn bundled() -> &'static Predicates {
        static BUNDLED: OnceLock<Predicates> = OnceLock::new();
        BUNDLED.get_or_init(|| Predicates::indexed(bundled_triggers()))
    }

    /// The bundled lexicon with a user's verb patterns (English, as
    /// PETRARCH's) in place of its English entries: a verb dictionary is a
    /// whole coding scheme, and two schemes would code one verb twice
    /// (`arrived … on a visit`: the user's 032 and attache's 042). The
    /// French entries stay. Returns the lexicon and the number of patterns
    /// taken.
    pub fn with_user(patterns: &[VerbPattern]) -> (Predicates, usize) {
        let mut shared = SharedWords::default();
        let mut triggers: Vec<Trigger> = patterns
            .iter()
            .filter_map(|p| from_user_pattern(p, &mut shared))
            .collect();
        let taken = triggers.len();
        triggers.extend(
            bundled_triggers()
                .into_iter()
                .filter(|t| t.lang != Lang::En),
        );
        (Predicates::indexed(triggers), taken)
    }

    fn indexed(triggers: Vec<Trigger>) -> Predicates {
        let mut by_key: Vec<(Lang, FxHashMap<String, Vec<usize>>)> = Vec::new();
        for (i, trigger) in triggers.iter().enumerate() {
            let at = match by_key.iter().position(|(l, _)| *l == trigger.lang) {
                Some(at) => at,
                None => {
                    by_key.push((trigger.lang.clone(), FxHashMap::default()));
                    by_key.len() - 1
                }
            };
            for key in keys_of(&trigger.elements[0]) {
                let list = by_key[at].1.entry(key).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Predicates { triggers, by_key }
    }
}

/// A user's verb pattern as a trigger: `$ * +` (the default) is the
/// subject's act on the party after; a target before the verb or a
/// source after it (`+ * FROM $`) turns it (`passive`); a compound (`%`)
/// makes both sides act together (`joint`); `^` allows words between.
fn from_user_pattern(pattern: &VerbPattern, shared: &mut SharedWords) -> Option<Trigger> {
    let mut elements: Vec<Element> = Vec::new();
    let (mut verb_at, mut gap, mut frame) = (None, false, Frame::Subject);
    for word in &pattern.words {
        let before_verb = verb_at.is_none();
        match word {
            PatternWord::Source if !before_verb => frame = Frame::Passive,
            PatternWord::Target if before_verb => frame = Frame::Passive,
            PatternWord::Compound => frame = Frame::Joint,
            PatternWord::Skip => gap = true,
            PatternWord::Source | PatternWord::Target => {}
            PatternWord::Word { options, adjacent } => {
                elements.push(Element {
                    options: shared.words(options, None),
                    gap_before: std::mem::take(&mut gap) || (!adjacent && !elements.is_empty()),
                });
            }
            PatternWord::Verb {
                lemma,
                forms,
                adjacent,
            } => {
                verb_at = Some(elements.len());
                elements.push(Element {
                    options: shared.words(forms, Some(lemma)),
                    gap_before: std::mem::take(&mut gap) || (!adjacent && !elements.is_empty()),
                });
            }
        }
    }
    if elements.is_empty() {
        return None;
    }
    // `[:190]`: only the target's act in return — the same words with the
    // parties turned.
    let (code, reverse, frame) = match (&pattern.code[..], &pattern.reverse) {
        ("---", Some(reverse)) => (
            reverse.clone(),
            None,
            match frame {
                Frame::Subject => Frame::Passive,
                Frame::Passive => Frame::Subject,
                other => other,
            },
        ),
        (code, reverse) => (code.to_string(), reverse.clone(), frame),
    };
    let discard = code == "---";
    let activity =
        matches!(cameo::root(&code), "04" | "06" | "07") || code == "036" || code == "057";
    Some(
        Trigger {
            pattern: pattern_text(pattern),
            elements,
            lang: Lang::En,
            cameo: if discard { "-".into() } else { code },
            tier: if activity {
                Tier::Activity
            } else {
                Tier::Verbal
            },
            frame,
            only: Only::Always,
            discard,
            reverse,
            verb_at,
            verb_first: false,
        }
        .with_verb_first(),
    )
}

/// The words of a user's patterns, converted once per synset or verb and
/// shared (keyed by the set's address, and the verb's lemma).
#[derive(Default)]
struct SharedWords {
    converted: HashMap<(usize, String), Arc<[Word]>>,
}

impl SharedWords {
    /// The words of `options`, after the verb `lemma` when there is one.
    fn words(&mut self, options: &Arc<[String]>, lemma: Option<&String>) -> Arc<[Word]> {
        let key = (
            Arc::as_ptr(options) as *const String as usize,
            lemma.cloned().unwrap_or_default(),
        );
        Arc::clone(self.converted.entry(key).or_insert_with(|| {
            lemma
                .map(|l| user_word(l, true))
                .into_iter()
                .chain(options.iter().map(|o| user_word(o, false)))
                .collect()
        }))
    }
}

/// A word of a user's pattern: a verb by its lemma (every form), any
/// other word as written (and its plural).
fn user_word(written: &str, verb: bool) -> Word {
    let form = attache_lexicon::fold(written);
    Word {
        lemma: if verb {
            form.clone()
        } else {
            attache_lexicon::lemma_or_self(&Lang::En, &form).to_string()
        },
        by_lemma: verb,
        form,
    }
}

/// How a user's pattern reads in an event's `trigger`: `restore … ties`.
fn pattern_text(pattern: &VerbPattern) -> String {
    let mut out = String::new();
    for word in &pattern.words {
        let text = match word {
            PatternWord::Word { options, .. } => options.first().map(String::as_str),
            PatternWord::Verb { lemma, .. } => Some(lemma.as_str()),
            _ => None,
        };
        if let Some(text) = text {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(text);
        }
    }
    out
}

fn parse_line(line: &str) -> Option<Trigger> {
    let cells: Vec<&str> = line.split('\t').collect();
    let lang = Lang::from_code(cells.get(1)?);
    let discard = *cells.get(3)? == "none";
    let tier = match *cells.get(3)? {
        "activity" => Tier::Activity,
        _ => Tier::Verbal,
    };
    let frame = match *cells.get(4)? {
        "visit" => Frame::Visit,
        "passive" => Frame::Passive,
        "joint" => Frame::Joint,
        "nominal" => Frame::Nominal,
        "accused" => Frame::Accused,
        "recipient" => Frame::Recipient,
        _ => Frame::Subject,
    };
    let only = match cells.get(5).copied() {
        Some("future") => Only::Future,
        Some("passive") => Only::Passive,
        _ => Only::Always,
    };
    let elements = elements(cells[0], &lang);
    (!elements.is_empty()).then(|| {
        Trigger {
            pattern: cells[0].to_string(),
            elements,
            lang,
            cameo: cells[2].to_string(),
            tier,
            frame,
            only,
            discard,
            reverse: None,
            verb_at: None,
            verb_first: false,
        }
        .with_verb_first()
    })
}

/// The words of a pattern, tokenized and lemmatized as text is; `&class`
/// is any word of a class of `data/classes.tsv` (`fournir … &materiel`).
fn elements(pattern: &str, lang: &Lang) -> Vec<Element> {
    let mut elements: Vec<Element> = Vec::new();
    let mut gap = false;
    let mut words = String::new();
    for part in pattern.split(' ') {
        match part.strip_prefix('&') {
            Some(class) => {
                push_words(&words, lang, &mut elements, &mut gap);
                words.clear();
                let options = class_words(class, lang);
                assert!(
                    !options.is_empty(),
                    "class `{class}` ({}) is defined",
                    lang.code()
                );
                elements.push(Element {
                    options,
                    gap_before: std::mem::take(&mut gap),
                });
            }
            None => {
                words.push_str(part);
                words.push(' ');
            }
        }
    }
    push_words(&words, lang, &mut elements, &mut gap);
    elements
}

/// The elements of plain words (`…` marks a gap before the next one).
fn push_words(words: &str, lang: &Lang, elements: &mut Vec<Element>, gap: &mut bool) {
    let chars: Vec<char> = words.chars().collect();
    let tokens = Tokens::new(&chars, lang);
    for (i, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punct {
            *gap |= chars[token.start] == '…';
            continue;
        }
        let form = tokens.folded(i).to_string();
        let lemma = tokens.lemma(i).to_string();
        elements.push(Element {
            options: Arc::from([Word {
                by_lemma: form == lemma || form.ends_with('\''),
                form,
                lemma,
            }]),
            gap_before: std::mem::take(gap),
        });
    }
}

/// The words of a class of `data/classes.tsv` in `lang`, built once.
fn class_words(class: &str, lang: &Lang) -> Arc<[Word]> {
    type Classes = HashMap<(String, String), Arc<[Word]>>;
    static CLASS_WORDS: OnceLock<Classes> = OnceLock::new();
    let classes = CLASS_WORDS.get_or_init(|| {
        let mut classes = Classes::new();
        for line in CLASSES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cells: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(code), Some(words)) = (cells.first(), cells.get(1), cells.get(2))
            else {
                continue;
            };
            let lang = Lang::from_code(code);
            let words: Vec<Word> = words
                .split('|')
                .flat_map(|w| {
                    let mut found = Vec::new();
                    let mut no_gap = false;
                    push_words(w, &lang, &mut found, &mut no_gap);
                    found.into_iter().flat_map(|e| e.options.to_vec())
                })
                .collect();
            classes.insert(
                (name.to_string(), lang.code().to_string()),
                Arc::from(words),
            );
        }
        classes
    });
    classes
        .get(&(class.to_string(), lang.code().to_string()))
        .cloned()
        .unwrap_or_else(|| Arc::from([]))
}

fn keys_of(element: &Element) -> impl Iterator<Item = String> + '_ {
    element.options.iter().map(|word| {
        if word.by_lemma {
            word.lemma.clone()
        } else {
            without_plural(&word.form).to_string()
        }
    })
}

/// The bundled entries; a curated one wins over a derived one of the same
/// pattern (the curated file comes first).
fn bundled_triggers() -> Vec<Trigger> {
    let triggers: Vec<Trigger> = [PREDICATES, PREDICATES_EN_CAMEO]
        .iter()
        .flat_map(|data| data.lines())
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(parse_line)
        .collect();
    let mut seen = std::collections::HashSet::new();
    triggers
        .into_iter()
        .filter(|t| seen.insert((t.lang.clone(), t.pattern.clone())))
        .collect()
}

fn without_plural(form: &str) -> &str {
    form.strip_suffix('s')
        .or_else(|| form.strip_suffix('x'))
        .unwrap_or(form)
}

/// A guessed lemma: a stem of the form and the ending that makes it an
/// infinitive (`coprésid` + `er`).
type Guess<'a> = (&'a str, &'static str);

/// Infinitives a participle or inflected form may come from when the
/// lemma tables miss it (`coprésidés` → `coprésider`, `entretenu` →
/// `entretenir`, `rendu` → `rendre`, `co-chaired` → `co-chair`), as
/// stems and endings (nothing allocated).
///
/// After an auxiliary (`se sont mises`, `ont été tenues`) a feminine form
/// is a participle; elsewhere it is most often a noun (`la remise des
/// cadeaux`) or an adjective (`soutenue par`), and gives no guess.
fn guessed_lemmas<'a>(
    folded: &'a str,
    lang: &Lang,
    after_auxiliary: bool,
) -> impl Iterator<Item = Guess<'a>> {
    let mut guesses: [Option<Guess<'a>>; 12] = [None; 12];
    let mut count = 0;
    let mut guess = |stem: &'a str, ending: &'static str| {
        debug_assert!(GUESS_ENDINGS.contains(&ending), "{ending} is listed");
        guesses[count] = Some((stem, ending));
        count += 1;
    };
    match lang {
        Lang::Fr => {
            let base = folded.strip_suffix('s').unwrap_or(folded);
            // `deployee` → `deploye`
            let base = base
                .strip_suffix('e')
                .filter(|b| b.ends_with('e'))
                .unwrap_or(base);
            if let Some(stem) = base.strip_suffix('e') {
                guess(stem, "er");
                guess(stem, "");
            }
            // A feminine participle the tables read as a noun (`tenues`,
            // `mises`, `conduite`): its masculine.
            let base = base
                .strip_suffix('e')
                .filter(|b| after_auxiliary && b.ends_with(['u', 'i', 's', 't']))
                .unwrap_or(base);
            if let Some(stem) = base.strip_suffix('u') {
                guess(stem, "ir");
                guess(stem, "re");
                // `reçu(e)` → `recevoir`, `prévu(e)` → `prévoir`, `voulu` → `vouloir`.
                match stem.strip_suffix('c') {
                    Some(root) => guess(root, "cevoir"),
                    None => guess(stem, "oir"),
                }
            }
            if base.ends_with('i') {
                guess(base, "r");
            }
            // `mis` → `mettre`, `pris` → `prendre`, `conduit` → `conduire`.
            if let Some(stem) = base.strip_suffix("is") {
                guess(stem, "ettre");
                guess(stem, "endre");
            } else if let Some(stem) = base.strip_suffix("it") {
                guess(stem, "ire");
            }
            // A present plural the tables miss (`coprésident`).
            if let Some(stem) = folded.strip_suffix("ent") {
                guess(stem, "er");
            }
            // The future and the conditional they miss (`fournirait`,
            // `organiseront`, `rendra`).
            const FUTURE_ENDINGS: [&str; 10] = [
                "raient", "rait", "rions", "riez", "ront", "rons", "rez", "rai", "ras", "ra",
            ];
            if let Some(stem) = FUTURE_ENDINGS.iter().find_map(|e| folded.strip_suffix(e)) {
                guess(stem, "r");
                guess(stem, "re");
            }
        }
        _ => {
            if let Some(stem) = folded.strip_suffix("ied") {
                guess(stem, "y");
            } else if let Some(stem) = folded.strip_suffix("ed") {
                guess(stem, "");
                guess(stem, "e");
            } else if let Some(stem) = folded.strip_suffix("ing") {
                guess(stem, "");
                guess(stem, "e");
            } else if let Some(stem) = folded.strip_suffix('s') {
                guess(stem, "");
            }
        }
    }
    guesses.into_iter().flatten()
}

/// The participle the form of `avoir` at `i` is the auxiliary of, past
/// adverbs (`a proposé`; none for its own `a eu`). An entry opened by
/// `avoir` then holds only if that participle is its next word (`ont
/// échangé` for `avoir … échange`).
fn auxiliary_of(tokens: &Tokens, i: usize) -> Option<usize> {
    (i + 1..(i + 4).min(tokens.len()))
        .find(|&j| !tokens.folded(j).ends_with("ment") && tokens.folded(j) != "deja")
        .filter(|&j| tokens.get(j).is_some_and(|t| t.participle) && tokens.lemma(j) != "avoir")
}

/// Whether token `i` follows a form of `être` or `avoir`, past at most two
/// adverbs (`se sont finalement mises`).
fn follows_auxiliary(tokens: &Tokens, i: usize) -> bool {
    (1..=3).map_while(|back| i.checked_sub(back)).any(|j| {
        matches!(tokens.lemma(j), "etre" | "avoir")
            && (j + 1..i).all(|k| tokens.folded(k).ends_with("ment"))
    })
}

/// Every ending a guess puts after its stem ([`guessed_lemmas`]).
const GUESS_ENDINGS: [&str; 12] = [
    "", "e", "er", "ir", "re", "r", "oir", "cevoir", "ettre", "endre", "ire", "y",
];

/// Whether a guess of `folded` may be `lemma`, without guessing: a guess
/// is a stem, which starts the form, and an ending; with an empty stem it
/// is its ending. Most words fail at the first byte.
fn may_be_guessed(folded: &str, lemma: &str) -> bool {
    folded.as_bytes().first() == lemma.as_bytes().first() || GUESS_ENDINGS.contains(&lemma)
}

fn is_guess((stem, ending): Guess, lemma: &str) -> bool {
    lemma.len() == stem.len() + ending.len() && lemma.starts_with(stem) && lemma.ends_with(ending)
}

fn matches(tokens: &Tokens, i: usize, element: &Element, lang: &Lang) -> bool {
    let token = &tokens.get(i).expect("an index in bounds");
    if token.kind == TokenKind::Punct {
        return false;
    }
    let (folded, lemma) = (tokens.folded(i), tokens.lemma(i));
    // Guessed once, when a word by lemma first needs them (a class holds
    // tens of words).
    let mut guesses = None;
    element.options.iter().any(|word| {
        if !word.by_lemma {
            return without_plural(folded) == without_plural(&word.form);
        }
        lemma == word.lemma
            || folded == word.lemma
            || may_be_guessed(folded, &word.lemma)
                && guesses
                    .get_or_insert_with(|| {
                        guessed_lemmas(folded, lang, follows_auxiliary(tokens, i))
                            .collect::<Vec<_>>()
                    })
                    .iter()
                    .any(|&g| is_guess(g, &word.lemma))
    })
}

/// Where a pattern matches from token `first` on: the token index of each
/// word, or None.
fn match_from(tokens: &Tokens, first: usize, trigger: &Trigger) -> Option<Vec<usize>> {
    // A verb's gap does not run into its `que` / `that` clause (a user's
    // PETRARCH pattern keeps PETRARCH's gaps); decided once per entry.
    let gap_stops_at_that = trigger.starts_with_verb() && !trigger.is_users();
    let mut at = vec![first];
    let mut next = first + 1;
    for element in &trigger.elements[1..] {
        let reach = if element.gap_before {
            MAX_GAP
        } else {
            MAX_LIGHT
        };
        let mut found = None;
        // A noun's words may run on to its verb past a long complement
        // (`a rescue delegation from the Ministry of X and the Ministry of
        // Y arrived`): there the function words of the gap ride free.
        let free_ride = element.gap_before && !trigger.starts_with_verb();
        let mut passed = 0;
        for j in next..tokens.len() {
            if passed > reach || tokens.get(j).is_some_and(|t| t.line_start) {
                break;
            }
            if !(free_ride && is_function_word(tokens, j, &trigger.lang)) {
                passed += 1;
            }
            // After a gap comes the phrase's noun (`hold … talks`, `on …
            // visit`); an English `-ing` form of a word written as its
            // lemma is a verb or an adjective there (`met with visiting
            // ministers`). A noun in `-ing` is written as such (`meeting`).
            let ing_form = element.gap_before
                && trigger.lang == Lang::En
                && tokens.folded(j).ends_with("ing")
                && tokens.lemma(j) != tokens.folded(j)
                && element.options.iter().all(|w| w.by_lemma);
            if !ing_form
                && !is_raised_infinitive(tokens, first, j, trigger)
                && matches(tokens, j, element, &trigger.lang)
            {
                found = Some(j);
                break;
            }
            // (Nor does a verb's gap run into its `que` / `that` clause:
            // `a souligné que cette édition illustrait la volonté` is no
            // `souligner … volonté`.)
            let passable = if element.gap_before {
                let opens_that_clause =
                    gap_stops_at_that && matches!(tokens.folded(j), "que" | "qu'" | "that");
                !(modality::ends_clause(tokens, j) || opens_that_clause)
            } else {
                modality::is_light(tokens, j, &trigger.lang)
            };
            if !passable {
                break;
            }
        }
        let j = found?;
        at.push(j);
        next = j + 1;
    }
    Some(at)
}

/// Whether the word at `j` is the infinitive after an English verb in the
/// passive that opens the pattern at `first` (`is expected to visit`, `was
/// set to sign`): the subject is who will act, so the pattern's noun
/// (`expect … visit`: a visit one expects) is not there.
fn is_raised_infinitive(tokens: &Tokens, first: usize, j: usize, trigger: &Trigger) -> bool {
    trigger.lang == Lang::En
        && trigger.starts_with_verb()
        && j > 0
        && tokens.folded(j - 1) == "to"
        && first > 0
        && matches!(
            tokens.folded(first - 1),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
        && tokens.get(first).is_some_and(|t| t.participle)
}

/// A French word the tables know no verb for, in `-e(s)` and followed by
/// `de`, with no subject clitic before it, is a noun (`signe de la qualité
/// des liens`), not a present guessed from its form (`il signe`).
fn is_noun_before_de(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    let folded = tokens.folded(i);
    *lang == Lang::Fr
        && tokens.lemma(i) == folded
        && (folded.ends_with('e') || folded.ends_with("es"))
        && i + 1 < tokens.len()
        && matches!(tokens.folded(i + 1), "de" | "d'" | "du")
        && !i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens.folded(p),
                "il" | "elle" | "on" | "ils" | "elles" | "se" | "s'" | "ne" | "n'" | "qui"
            )
        })
}

/// Words of place between a verb of receiving and the thing it names
/// (`a reçu à bord de la frégate son homologue`, `was received aboard the
/// ship`): the thing is where someone is received, not what is received.
fn received_aboard(tokens: &Tokens, at: &[usize]) -> bool {
    const PLACE: &[&str] = &[
        "à", "bord", "dans", "sur", "aboard", "board", "on", "at", "in",
    ];
    let (first, last) = (at[0], at[at.len() - 1]);
    (first + 1..last).any(|j| PLACE.contains(&tokens.folded(j)))
}

/// Articles, prepositions and conjunctions that a noun's gap does not count.
fn is_function_word(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    const FR: &[&str] = &[
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "et",
    ];
    const EN: &[&str] = &["the", "a", "an", "of", "and", "from"];
    let words = if *lang == Lang::Fr { FR } else { EN };
    tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && words.contains(&tokens.folded(i))
}

/// How far back a participle after `et` looks for the auxiliary it shares.
const SHARED_AUXILIARY_REACH: usize = 15;

/// `a condamné la vente et menacé de riposter`: a participle after `et`
/// whose clause has an auxiliary `avoir` before it shares that auxiliary;
/// it is a verb, not an adjective.
fn shares_an_auxiliary(tokens: &Tokens, i: usize) -> bool {
    i > 0
        && tokens.folded(i - 1) == "et"
        && (i.saturating_sub(SHARED_AUXILIARY_REACH)..i - 1)
            .rev()
            .take_while(|&j| !modality::ends_clause(tokens, j + 1))
            .any(|j| tokens.lemma(j) == "avoir")
}

/// Whether `par` / `by` opens the words at token `i`: the agent of a
/// passive follows.
fn agent_follows(tokens: &Tokens, i: usize) -> bool {
    i < tokens.len() && matches!(tokens.folded(i), "par" | "by")
}

/// The entries a token may open, by its form and whether it follows an
/// auxiliary (all that [`matches`] reads of a token's place): a word
/// repeated in a document is looked up once.
struct Openers {
    /// At `2 × form + after_auxiliary`, once worked out: the entries whose
    /// first word the token matches, in the order of their keys.
    found: Vec<Option<Vec<usize>>>,
    /// The keys a token may open an entry with; their strings are reused
    /// from token to token.
    keys: Vec<String>,
}

impl Openers {
    fn new(tokens: &Tokens) -> Openers {
        Openers {
            found: vec![None; 2 * tokens.form_count()],
            keys: Vec::new(),
        }
    }

    /// The entries token `i` may open.
    fn of(
        &mut self,
        tokens: &Tokens,
        i: usize,
        lexicon: &Predicates,
        keyed: &FxHashMap<String, Vec<usize>>,
        lang: &Lang,
    ) -> &[usize] {
        let after_auxiliary = follows_auxiliary(tokens, i);
        let slot = 2 * tokens.form(i) + usize::from(after_auxiliary);
        if self.found[slot].is_none() {
            let keys = self.keys_of(tokens, i, lang, after_auxiliary);
            let found = keys
                .iter()
                .enumerate()
                .filter(|&(k, key)| k == 0 || keys[k - 1] != *key)
                .filter_map(|(_, key)| keyed.get(key.as_str()))
                .flatten()
                .copied()
                .filter(|&t| matches(tokens, i, &lexicon.triggers[t].elements[0], lang))
                .collect();
            self.found[slot] = Some(found);
        }
        self.found[slot].as_deref().unwrap_or_default()
    }

    /// The keys of token `i` (lemma, form without plural, form, guessed
    /// lemmas), sorted.
    fn keys_of(
        &mut self,
        tokens: &Tokens,
        i: usize,
        lang: &Lang,
        after_auxiliary: bool,
    ) -> &[String] {
        let folded = tokens.folded(i);
        let mut count = 0;
        let candidates = [
            (tokens.lemma(i), ""),
            (without_plural(folded), ""),
            (folded, ""),
        ];
        let guesses = guessed_lemmas(folded, lang, after_auxiliary);
        for (stem, ending) in candidates.into_iter().chain(guesses) {
            if count == self.keys.len() {
                self.keys.push(String::new());
            }
            self.keys[count].clear();
            self.keys[count].push_str(stem);
            self.keys[count].push_str(ending);
            count += 1;
        }
        let keys = &mut self.keys[..count];
        keys.sort_unstable();
        keys
    }
}

/// The triggers of language `lang` in the token stream, left to right.
pub fn find<'p>(
    predicates: &'p Predicates,
    tokens: &Tokens,
    chars: &[char],
    lang: &Lang,
) -> Vec<TriggerHit<'p>> {
    let lexicon = predicates;
    let mut hits: Vec<TriggerHit> = Vec::new();
    // Tokens that a longer match has taken as one of its words.
    let mut taken = vec![false; tokens.len()];
    let Some(keyed) = lexicon.keyed(lang) else {
        return hits;
    };
    let mut openers = Openers::new(tokens);
    for i in 0..tokens.len() {
        if taken[i] || tokens.get(i).is_none_or(|t| t.kind == TokenKind::Punct) {
            continue;
        }
        // Whether the token reads as a noun depends on the token alone:
        // asked once, when an entry that starts with a verb first needs it
        // (the determiner test may look the word before up in the
        // gazetteer).
        let noun_use = std::cell::OnceCell::new();
        let is_noun = || {
            *noun_use.get_or_init(|| {
                modality::follows_determiner(tokens, i, lang) || is_noun_before_de(tokens, i, lang)
            })
        };
        let best = openers
            .of(tokens, i, lexicon, keyed, lang)
            .iter()
            .map(|&t| &lexicon.triggers[t])
            .filter(|t| !(t.starts_with_verb() && is_noun()))
            // `avoir … échange` is `ont eu un échange`, not the auxiliary of
            // another verb (`a proposé de renforcer les échanges`).
            .filter(|t| {
                t.elements[0].options[0].lemma != "avoir"
                    || auxiliary_of(tokens, i).is_none_or(|p| {
                        t.elements
                            .get(1)
                            .is_some_and(|next| matches(tokens, p, next, lang))
                    })
            })
            .filter_map(|t| Some((t, match_from(tokens, i, t)?)))
            .filter(|(t, at)| t.frame != Frame::Recipient || !received_aboard(tokens, at))
            // An entry that does not apply here leaves the place to the
            // next one (`called on X` in the past is no `call on` to come,
            // but may still be an appeal).
            .filter_map(|(t, at)| {
                let own = modality::of_predicate(tokens, &at, lang, t.frame);
                let governor = (own.chain_start == at[0])
                    .then(|| modality::list_governor(tokens, at[0], lang))
                    .flatten();
                let modality = match governor {
                    Some(g) => modality::governed(own, tokens, g, lang),
                    None => own,
                };
                let applies = match t.only {
                    Only::Always => true,
                    // `would deepen` told by a speaker is his future; the
                    // tier decides later what a conditional may state.
                    Only::Future => modality.future || modality.conditional,
                    Only::Passive => modality.passive,
                };
                applies.then_some((t, at, modality, governor))
            })
            .max_by_key(|(t, at, _, _)| (t.elements.len(), std::cmp::Reverse(at[at.len() - 1])));
        let Some((trigger, at, modality, governor)) = best else {
            continue;
        };
        // A user's verb used as a noun (`peace talks`) is no verb.
        if let Some(verb) = trigger.verb_at {
            let lemma = &trigger.elements[verb].options[0].lemma;
            // The verb's phrase starts at the words joined to it (`wire tap`).
            let first = (0..verb)
                .rev()
                .take_while(|&k| !trigger.elements[k + 1].gap_before)
                .last()
                .unwrap_or(verb);
            if *lang == Lang::En && modality::is_noun_use(tokens, chars, at[first], at[verb], lemma)
            {
                continue;
            }
        }
        // `le mémorandum signé en 2010`: a participle used as an adjective,
        // unless it opens a clause (`Déployé le 26 septembre, …`).
        let attributive = *lang == Lang::Fr
            && trigger.starts_with_verb()
            && modality.bare_participle
            && i.checked_sub(1).is_some_and(|p| {
                tokens.get(p).is_some_and(|t| {
                    t.kind != TokenKind::Punct && !tokens.get(i).is_some_and(|t| t.line_start)
                })
            })
            && !shares_an_auxiliary(tokens, i);
        // `a written statement received by the agency`: an English
        // participle right after a noun, with its agent or source after it,
        // is a reduced relative clause describing the noun.
        let reduced_relative = *lang == Lang::En
            && trigger.starts_with_verb()
            && at.len() == 1
            && tokens.get(i).is_some_and(|t| t.participle)
            && tokens.folded(i).ends_with("ed")
            && i.checked_sub(1).is_some_and(|p| {
                tokens.get(p).is_some_and(|t| t.kind == TokenKind::Word)
                    && tokens.folded(p).chars().all(char::is_lowercase)
                    && !modality::is_light(tokens, p, lang)
            })
            && matches!(
                (i + 1 < tokens.len()).then(|| tokens.folded(i + 1)),
                Some("by" | "from" | "here" | "there")
            );
        let attributive = attributive || reduced_relative;
        // Aid described with its giver (`20 camions remis par le Vietnam`)
        // is the giving itself.
        let after = at[at.len() - 1] + 1;
        let given_by_agent = trigger.cameo.starts_with("07") && agent_follows(tokens, after);
        if attributive && !given_by_agent {
            continue;
        }
        for &j in &at {
            taken[j] = true;
        }
        if trigger.discard {
            continue;
        }
        // A participle without its auxiliary, with its agent, is a passive
        // too (`Accueilli par son homologue, il …`, `Welcomed by …`).
        // (The agent follows the participle itself, past adverbs: `Welcomed
        // by his counterpart` for `welcome … counterpart`.)
        // (A day may come first: `Reçu mardi par le roi, …`.)
        let agent_at = (i + 1..tokens.len())
            .find(|&j| {
                !modality::is_light(tokens, j, lang) && !attache_dates::is_weekday(tokens.folded(j))
            })
            .unwrap_or(i + 1);
        let bare_passive = trigger.frame != Frame::Nominal
            && agent_follows(tokens, agent_at)
            && match lang {
                Lang::Fr => modality.bare_participle,
                _ => {
                    tokens.get(i).is_some_and(|t| t.participle)
                        && !i
                            .checked_sub(1)
                            .is_some_and(|p| matches!(tokens.lemma(p), "be" | "have"))
                }
            };
        let frame = match trigger.frame {
            // Aid is given to the party after `à`/`to` whatever the voice
            // (`the ship was handed over to Vietnam`), unless the giver
            // follows as the agent (`trucks donated by Vietnam`, a passive
            // with or without its auxiliary). A statement in the passive
            // without its agent is a state of the subject (`Australia is
            // committed to`, `le Vietnam est déterminé à`).
            Frame::Subject | Frame::Joint
                if ((modality.passive || bare_passive)
                    && !trigger.cameo.starts_with("07")
                    && (trigger.tier == Tier::Activity || agent_follows(tokens, after)))
                    || given_by_agent =>
            {
                Frame::Passive
            }
            Frame::Subject if modality.plural && cameo::symmetric(&trigger.cameo) => Frame::Joint,
            frame => frame,
        };
        let start_token = modality.chain_start.min(at[0]);
        hits.push(TriggerHit {
            start: tokens.get(start_token).map_or(0, |t| t.start),
            end: tokens.get(at[at.len() - 1]).map_or(0, |t| t.end),
            trigger,
            frame,
            modality,
            head: at[trigger.verb_at.unwrap_or(0)],
            governor,
            subject_before: governor
                .map(|g| modality::of_predicate(tokens, &[g], lang, Frame::Subject).chain_start)
                .and_then(|g| tokens.get(g))
                .map_or(tokens.get(start_token).map_or(0, |t| t.start), |t| t.start),
        });
    }
    // `a reçu X et a eu des entretiens`: the auxiliary `a` of the first verb
    // also opens `avoir … entretien`; of the matches that end on one word,
    // the one whose head is nearest to it is the predicate.
    let mut nearest: Vec<TriggerHit<'p>> = Vec::with_capacity(hits.len());
    for hit in hits {
        // A verb's match is not replaced by a noun's (`arrived … for a
        // visit` over `visit`).
        match nearest.iter_mut().find(|h| h.end == hit.end) {
            Some(h)
                if h.head < hit.head
                    && (hit.trigger.starts_with_verb() || !h.trigger.starts_with_verb()) =>
            {
                *h = hit
            }
            Some(_) => {}
            None => nearest.push(hit),
        }
    }
    nearest.sort_by_key(|h| (h.start, h.end));
    nearest
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The first-byte test refuses only lemmas that no guess gives.
        #[test]
        fn a_lemma_refused_without_guessing_is_no_guess(
            form in "(co|pre|r|s|d|t|u|i|e|c|en|ai|ra|ient|ont|is|it|ied|ing|ed|s){1,5}",
            lemma in "(co|pre|r|s|d|t|u|i|e|c|er|ir|re|oir|cevoir|ettre|endre|ire|y){1,4}",
            after_auxiliary: bool,
        ) {
            for lang in [Lang::Fr, Lang::En] {
                if !may_be_guessed(&form, &lemma) {
                    proptest::prop_assert!(
                        !guessed_lemmas(&form, &lang, after_auxiliary).any(|g| is_guess(g, &lemma))
                    );
                }
            }
        }
    }

    fn found(text: &str, lang: Lang) -> Vec<(String, Frame)> {
        let chars: Vec<char> = text.chars().collect();
        let tokens = Tokens::new(&chars, &lang);
        find(Predicates::bundled(), &tokens, &chars, &lang)
            .iter()
            .map(|h| (h.trigger.cameo.clone(), h.frame))
            .collect()
    }

    #[test]
    fn a_feminine_participle_is_its_verbs() {
        for text in [
            "Les deux parties se sont mises d'accord sur un plan.",
            "Les délégations se sont mis d'accord sur un plan.",
        ] {
            let codes: Vec<String> = found(text, Lang::Fr).into_iter().map(|(c, _)| c).collect();
            assert!(codes.contains(&"030".to_string()), "{text}: {codes:?}");
        }
        let guessed: Vec<String> = guessed_lemmas("tenues", &Lang::Fr, true)
            .chain(guessed_lemmas("conduites", &Lang::Fr, true))
            .map(|(stem, ending)| format!("{stem}{ending}"))
            .collect();
        assert!(guessed.contains(&"tenir".to_string()), "{guessed:?}");
        assert!(guessed.contains(&"conduire".to_string()), "{guessed:?}");
        // Elsewhere such a form is a noun: `la remise des cadeaux`.
        assert!(!guessed_lemmas("remise", &Lang::Fr, false).any(|g| is_guess(g, "remettre")));
        assert!(guessed_lemmas("remise", &Lang::Fr, true).any(|g| is_guess(g, "remettre")));
    }

    #[test]
    fn every_form_of_a_lemma() {
        for text in [
            "Le ministre a reçu l'ambassadeur.",
            "Le ministre reçoit l'ambassadeur.",
            "Le ministre avait reçu l'ambassadeur.",
            "Le ministre a notamment reçu l'ambassadeur.",
            "En recevant l'ambassadeur, le ministre a dit.",
        ] {
            let codes: Vec<String> = found(text, Lang::Fr).into_iter().map(|(c, _)| c).collect();
            assert_eq!(
                codes.first().map(String::as_str),
                Some("043"),
                "{text}: {codes:?}"
            );
        }
        assert_eq!(
            found("The minister received the envoy.", Lang::En)[0].0,
            "043"
        );
        assert_eq!(
            found("The minister has also received the envoy.", Lang::En)[0].0,
            "043"
        );
    }

    #[test]
    fn an_english_participle_after_a_noun_with_its_agent_describes_the_noun() {
        assert!(found("He said in a statement received by reporters.", Lang::En).is_empty());
        assert!(found("He noted in a written statement received here.", Lang::En).is_empty());
        assert_eq!(
            found("The minister received the envoy.", Lang::En)[0].0,
            "043"
        );
        assert_eq!(
            found("The envoy was received by the minister.", Lang::En)[0].0,
            "043"
        );
    }

    #[test]
    fn passive_turns_the_frame() {
        let hits = found("L'ambassadeur a été reçu par le ministre.", Lang::Fr);
        assert_eq!(hits[0], ("043".to_string(), Frame::Passive));
        let hits = found("The envoy was received by the minister.", Lang::En);
        assert_eq!(hits[0], ("043".to_string(), Frame::Passive));
    }

    #[test]
    fn gaps_and_nouns() {
        assert_eq!(
            found(
                "Il a effectué, du 3 au 5 mai, une visite officielle au Laos.",
                Lang::Fr
            )[0]
            .0,
            "042"
        );
        assert_eq!(found("They held talks in Hanoi.", Lang::En)[0].0, "040");
        // A determiner makes the verb's form a noun; a participle after a
        // noun is an adjective.
        assert!(found("La visite a duré trois jours.", Lang::Fr).is_empty());
        assert!(found("Ils ont évoqué le mémorandum signé en 2010.", Lang::Fr).is_empty());
        assert!(found("They recalled the signed documents.", Lang::En).is_empty());
    }

    #[test]
    fn several_predicates_in_one_clause() {
        let codes: Vec<String> = found(
            "Le ministre a reçu l'ambassadeur et a eu des entretiens avec lui.",
            Lang::Fr,
        )
        .into_iter()
        .map(|(c, _)| c)
        .collect();
        assert_eq!(codes, ["043", "040"]);
    }

    #[test]
    fn a_phrase_that_states_no_event_takes_its_words() {
        // Only the second `meet`, a verb.
        assert_eq!(
            found(
                "The spokeswoman said at a Thursday press meet that the ministers will meet.",
                Lang::En
            )
            .len(),
            1
        );
        assert!(found("Il l'a dit lors d'une conférence de presse.", Lang::Fr).is_empty());
    }

    #[test]
    fn every_entry_has_words_and_a_code_of_its_tier() {
        for trigger in &Predicates::bundled().triggers {
            let code = &trigger.cameo;
            if trigger.discard {
                assert_eq!(code, "-", "{}", trigger.pattern);
                continue;
            }
            assert!(
                matches!(code.len(), 3 | 4) && code.bytes().all(|b| b.is_ascii_digit()),
                "{}: {code}",
                trigger.pattern
            );
            let activity =
                matches!(cameo::root(code), "04" | "06" | "07") || code == "036" || code == "057";
            assert_eq!(
                trigger.tier == Tier::Activity,
                activity,
                "{}: {code}",
                trigger.pattern
            );
            assert!(!trigger.elements.is_empty());
        }
    }

    #[test]
    fn plural_subject_of_a_symmetric_code_is_joint() {
        let hits = found("Les deux ministres ont signé un mémorandum.", Lang::Fr);
        assert_eq!(hits[0], ("057".to_string(), Frame::Joint));
    }
}
