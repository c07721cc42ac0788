//! The grammar around a predicate: which words are light (auxiliaries,
//! adverbs, clitics, negation), and what they say of it — negated,
//! announced (future), hypothetical (conditional), an infinitive governed
//! by another verb, passive, plural.

use attache_model::Lang;
use attache_segment::{TokenKind, Tokens};

use crate::triggers::Frame;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Modality {
    pub negated: bool,
    pub future: bool,
    pub conditional: bool,
    /// An infinitive (`pour signer`, `to visit`), with the token before it.
    pub infinitive: bool,
    pub passive: bool,
    /// The verb or its auxiliary is plural (`ont signé`, `se sont entretenus`).
    pub plural: bool,
    /// A French past participle without its auxiliary (`l'accord signé`,
    /// `Déployé le 26 septembre`).
    pub bare_participle: bool,
    /// The first light word before the predicate (`a` of `a reçu`).
    pub chain_start: usize,
}

const FR_LIGHT: &[&str] = &[
    "avoir",
    "etre",
    // The near future (`vont renforcer`).
    "aller",
    "pouvoir",
    "devoir",
    "ne",
    "pas",
    "jamais",
    "se",
    "lui",
    "leur",
    "y",
    "tous",
    "toutes",
    "deux",
    "egalement",
    "aussi",
    "deja",
    "ensuite",
    "puis",
    "enfin",
    "bien",
    "tres",
    "notamment",
    "encore",
    "toujours",
    "beaucoup",
    // Time adverbs put between the auxiliary and the participle (`a
    // aujourd'hui rencontré`, `a hier reçu`).
    "aujourd'hui",
    "hier",
    "demain",
    "alors",
    "desormais",
    "souvent",
];

const EN_LIGHT: &[&str] = &[
    "be",
    "have",
    "do",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "never",
    "also",
    "further",
    "already",
    "again",
    "then",
    "later",
    "both",
    "all",
    "jointly",
    "just",
    "recently",
    "formally",
    "officially",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "still",
    "once",
    "personally",
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "thus",
];

/// Whether token `i` is a light word that may sit inside a predicate.
pub fn is_light(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    let Some(token) = tokens.get(i) else {
        return false;
    };
    if token.kind != TokenKind::Word {
        return false;
    }
    let (lemma, folded) = (tokens.lemma(i), tokens.folded(i));
    match lang {
        Lang::Fr => {
            FR_LIGHT.contains(&lemma)
                || FR_LIGHT.contains(&folded)
                || is_in_two_word_adverb(tokens, i)
                || folded == "n'"
                || folded == "s'"
                || (folded.ends_with("ment") && folded.len() > 6)
        }
        _ => {
            (EN_LIGHT.contains(&lemma) || EN_LIGHT.contains(&folded)) && !is_month_may(tokens, i)
                || folded == "n't"
                || (folded.ends_with("ly") && folded.len() > 4)
        }
    }
}

/// French adverbs of two words put between the auxiliary and the
/// participle (`a par ailleurs rejeté`, `a en outre signé`, `a d'ailleurs
/// reçu`): each word is light there, though `par` alone opens an agent.
const FR_TWO_WORD_ADVERBS: &[(&str, &str)] = &[
    ("par", "ailleurs"),
    ("d'", "ailleurs"),
    ("en", "outre"),
    ("de", "plus"),
    ("en", "effet"),
    ("en", "revanche"),
    ("par", "exemple"),
    ("pour", "sa"),
    ("sa", "part"),
    ("pour", "leur"),
    ("leur", "part"),
];

fn is_in_two_word_adverb(tokens: &Tokens, i: usize) -> bool {
    let word = |j: usize| {
        tokens
            .get(j)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|_| tokens.folded(j))
    };
    let here = tokens.folded(i);
    FR_TWO_WORD_ADVERBS.iter().any(|&(first, second)| {
        (here == first && word(i + 1) == Some(second))
            || (here == second && i.checked_sub(1).and_then(word) == Some(first))
    })
}

/// `May` the month, next to a day (`on May 6`, `6 May`), not the modal.
fn is_month_may(tokens: &Tokens, i: usize) -> bool {
    let number = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j))
            .is_some_and(|t| t.kind == TokenKind::Number)
    };
    tokens.folded(i) == "may" && (number(Some(i + 1)) || number(i.checked_sub(1)))
}

/// Whether token `i` closes a clause for a gap (`.`, `;`, `:`, `!`, `?`);
/// the full stop of an initial or an abbreviation does not (`welcomed U.S.
/// Secretary`, `Gilberto C. Teodoro Jr. welcomed`).
pub fn ends_clause(tokens: &Tokens, i: usize) -> bool {
    tokens.get(i).is_none_or(|t| {
        t.line_start
            || (t.kind == TokenKind::Punct
                && matches!(tokens.folded(i), "." | ";" | ":" | "!" | "?")
                && !is_abbreviation_stop(tokens, i))
    })
}

/// Abbreviations written with a full stop inside a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jr", "sr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "dr", "mr", "mrs", "ms", "st",
    "no", "prof", "mgr",
];

/// Whether the `.` at token `i` ends an initial or an abbreviation (its
/// word is one letter, or a known abbreviation, right before it).
fn is_abbreviation_stop(tokens: &Tokens, i: usize) -> bool {
    let Some(word) = i.checked_sub(1).and_then(|p| tokens.get(p).map(|t| (p, t))) else {
        return false;
    };
    let (p, token) = word;
    tokens.folded(i) == "."
        && token.kind == TokenKind::Word
        && token.end == tokens.get(i).map_or(0, |t| t.start)
        && (tokens.folded(p).chars().count() == 1 || ABBREVIATIONS.contains(&tokens.folded(p)))
}

const FR_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    "chaque",
];

const EN_DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "that",
    "these",
    "those",
    "of",
    "with",
    "for",
    "during",
    "previously",
    "newly",
    "all",
    "each",
    "every",
    "upcoming",
    "recent",
    "first",
    "second",
    "third",
    "next",
    "last",
    "any",
    "some",
    "no",
    "official",
    "state",
    "working",
    "'s",
];

/// Whether the word at `i` follows a determiner or a preposition that makes
/// it a noun or an adjective (`la visite`, `the signed documents`, `en
/// visite` but not `en recevant`).
pub fn follows_determiner(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let previous = tokens.folded(before);
    let word = tokens.folded(i);
    match lang {
        Lang::Fr => {
            // `les a reçus` is a clitic, not an article: an article is
            // never followed by an auxiliary's participle.
            FR_DETERMINERS.contains(&previous) || (previous == "en" && !word.ends_with("ant"))
        }
        _ => {
            // A gerund after a preposition or article is a noun (`at the
            // meeting`); after a comma or a conjunction it is a verb.
            EN_DETERMINERS.contains(&previous)
                // A country's adjective qualifies a noun (`Vietnamese
                // volunteer soldiers`, `a French visit`).
                || (tokens.get(before).is_some_and(|t| t.capitalised)
                    && !word.ends_with("ed")
                    && !word.ends_with("ing")
                    && attache_lexicon::is_country_adjective(previous))
                || (word.ends_with("ing")
                    && matches!(previous, "at" | "in" | "on" | "to" | "from" | "by"))
        }
    }
}

/// Words after which an English base form is a verb (`to visit`, `will
/// meet`, `they agree`, `did not attend`).
const EN_BEFORE_VERB: &[&str] = &[
    "to", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does",
    "did", "not", "n't", "never", "also", "i", "we", "they", "you", "he", "she", "it", "who",
    "which", "that", "and", "or", "then", "now", "both", "all", "ever", "even", "still", "just",
    "again", "already", "always", "often", "soon", "once", "later",
];

/// Words after which an English base form is a noun (`the visit`, `for
/// talks`, `of the parade`).
const EN_BEFORE_NOUN: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "every", "each", "some", "any", "no", "of", "for", "in", "on", "at", "with", "by", "from",
    "during", "after", "before", "into", "about", "against",
];

/// How far back an article still opens the noun phrase of a word (`an
/// anti-Gondor parade`).
const NOUN_PHRASE_REACH: usize = 4;

/// Words that open a noun phrase before a name (`an anti-Gondor parade`,
/// `its Gondor visit`); `the` also opens names (`the Philippines agree`).
const EN_OPEN_NOUN_PHRASE: &[&str] = &["a", "an", "its", "his", "her", "their", "our"];

/// Whether the English word at token `i`, which has a verb's lemma, is used
/// as a noun (`peace talks`, `an official visit`, `an anti-war parade`)
/// rather than as a verb (`they visit`, `to parade`, `visited`). A user's
/// verb dictionary names verbs; without a parse, the words around say
/// which. Inflected forms of `verb` (`-ed`, `-ing`, irregular past:
/// `left`) are verbs. `first` is the first token of the verb's phrase
/// (`wire` of `wire tap`).
pub fn is_noun_use(tokens: &Tokens, chars: &[char], first: usize, i: usize, verb: &str) -> bool {
    let word = tokens.folded(i);
    let plural_of = |lemma: &str| {
        word.strip_suffix('s') == Some(lemma) || word.strip_suffix("es") == Some(lemma)
    };
    let base_or_plural = word == verb || plural_of(verb);
    // A form the lemma tables give another lemma is inflected (`left`, an
    // entry of its own in some dictionaries, is `leave`'s past).
    let table = tokens.lemma(i);
    let inflected = table != word && !plural_of(table);
    if !base_or_plural || inflected || word.ends_with("ing") || word.ends_with("ed") {
        return false;
    }
    let i = first;
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    if tokens
        .get(before)
        .is_none_or(|t| t.kind == TokenKind::Punct)
    {
        return false;
    }
    let previous = tokens.folded(before);
    if EN_BEFORE_VERB.contains(&previous) || previous.ends_with("ly") {
        return false;
    }
    if EN_BEFORE_NOUN.contains(&previous) {
        return true;
    }
    // After a name: a noun when a determiner opens the phrase (`an
    // anti-Gondor parade`), else the name is the subject (`Gondor and
    // Osgiliath welcome`).
    let capitalised = tokens
        .get(before)
        .and_then(|t| chars.get(t.start))
        .is_some_and(|c| c.is_uppercase());
    if capitalised {
        return (i.saturating_sub(NOUN_PHRASE_REACH)..before)
            .any(|j| EN_OPEN_NOUN_PHRASE.contains(&tokens.folded(j)));
    }
    // After a lowercase word: a noun (`peace talks`, `foreign visit`),
    // unless that word is a plural subject (`officials visit`).
    !previous.ends_with('s') || previous.ends_with("ss")
}

/// Verbs whose compound past takes `être` without being passive.
const FR_ETRE_VERBS: &[&str] = &[
    "aller",
    "venir",
    "arriver",
    "partir",
    "entrer",
    "rentrer",
    "retourner",
    "rester",
    "revenir",
    "devenir",
    "tomber",
    "passer",
    "descendre",
    "monter",
    "convenir",
    "parvenir",
];

const FR_FUTURE_AUX: &[&str] = &[
    "aura", "auront", "sera", "seront", "va", "vont", "devra", "devront",
];
const FR_CONDITIONAL_AUX: &[&str] = &[
    "aurait",
    "auraient",
    "serait",
    "seraient",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    // What a party can do is not what it did (`peut contribuer`).
    "peut",
    "peuvent",
];
const EN_FUTURE_AUX: &[&str] = &["will", "shall", "'ll"];
/// `can` too: what a party can do is not what it did (`can contribute`).
const EN_CONDITIONAL_AUX: &[&str] = &["would", "could", "might", "may", "should", "can"];

/// What the light words around a predicate matched at `at` (its words'
/// token indices) say of it.
pub fn of_predicate(tokens: &Tokens, at: &[usize], lang: &Lang, frame: Frame) -> Modality {
    let head = at[0];
    // The light words right before the predicate, then those inside it.
    let mut chain_start = head;
    while chain_start > 0
        && head - chain_start < 5
        && (is_light(tokens, chain_start - 1, lang)
            || is_object_clitic(tokens, chain_start - 1, lang))
    {
        chain_start -= 1;
    }
    let last = *at.last().expect("a predicate has a word");
    let inside = (chain_start..=last)
        .filter(|j| !at.contains(j) && (*j < head || is_light(tokens, *j, lang)))
        .collect::<Vec<usize>>();
    let words: Vec<&str> = inside.iter().map(|&j| tokens.folded(j)).collect();
    let lemmas: Vec<&str> = inside.iter().map(|&j| tokens.lemma(j)).collect();
    // The verb: the first word of the predicate, past its reflexive
    // pronoun (`se réjouir`: `s'est réjoui` is no passive).
    let pronominal = at.len() > 1 && matches!(tokens.folded(head), "se" | "s'");
    let verb_at = if pronominal { at[1] } else { head };
    let verb = tokens.folded(verb_at);
    let verb_lemma = tokens.lemma(verb_at);
    let inflected = verb != verb_lemma;
    let mut m = Modality {
        chain_start,
        ..Modality::default()
    };
    match lang {
        Lang::Fr => {
            let reflexive = pronominal || words.iter().any(|w| *w == "se" || *w == "s'");
            m.negated = words
                .iter()
                .any(|w| matches!(*w, "ne" | "n'" | "pas" | "jamais"));
            m.future = words.iter().any(|w| FR_FUTURE_AUX.contains(w))
                || (inflected
                    && !words
                        .iter()
                        .any(|w| lemma_is(w, "avoir") || lemma_is(w, "etre"))
                    && ["ra", "ront", "rons", "rez", "rai", "ras"]
                        .iter()
                        .any(|s| verb.ends_with(s)));
            m.conditional = words.iter().any(|w| FR_CONDITIONAL_AUX.contains(w))
                || (inflected && ["rait", "raient"].iter().any(|s| verb.ends_with(s)));
            // `vient de recevoir`: a recent past, done, not an infinitive
            // of what is to come or wanted.
            let recent_past = verb_at >= 2
                && matches!(tokens.folded(verb_at - 1), "de" | "d'")
                && tokens.lemma(verb_at - 2) == "venir";
            m.infinitive = !inflected
                && !recent_past
                && ["er", "ir", "re", "oir"].iter().any(|s| verb.ends_with(s))
                && !words.iter().any(|w| lemma_is(w, "avoir"));
            let etre = lemmas.contains(&"etre");
            m.passive = frame != Frame::Nominal
                && !reflexive
                && (words.contains(&"ete")
                    || (etre
                        && inflected
                        && !FR_ETRE_VERBS.contains(&verb_lemma)
                        && !verb.ends_with("ant")));
            m.bare_participle = tokens.get(verb_at).is_some_and(|t| t.participle)
                && !words
                    .iter()
                    .any(|w| lemma_is(w, "avoir") || lemma_is(w, "etre"));
            let aux_or_verb = words
                .iter()
                .copied()
                .rfind(|w| lemma_is(w, "avoir") || lemma_is(w, "etre"))
                .unwrap_or(verb);
            m.plural = aux_or_verb.ends_with("nt");
        }
        _ => {
            m.negated = words.iter().any(|w| matches!(*w, "not" | "n't" | "never"));
            m.future = words.iter().any(|w| EN_FUTURE_AUX.contains(w));
            m.conditional = words.iter().any(|w| EN_CONDITIONAL_AUX.contains(w));
            m.infinitive = !inflected && head > 0 && tokens.folded(head - 1) == "to";
            m.passive = frame != Frame::Nominal
                && lemmas.contains(&"be")
                && inflected
                && !verb.ends_with("ing");
            m.plural = words.iter().any(|w| matches!(*w, "are" | "were" | "have"));
        }
    }
    m.negated = m.negated || is_stopped(tokens, head);
    m
}

/// Verbs whose infinitive or `-ing` complement is what does not, or no
/// longer, happen (`cesser de soutenir`, `stop supporting`, `refused to
/// attend`).
const STOPPING_VERBS: &[&str] = &[
    "cesser", "arreter", "renoncer", "refuser", "eviter", "stop", "cease", "refuse", "avoid",
    "halt", "quit",
];

/// Whether the predicate at `head` is the complement of a verb of
/// stopping (`exhorté le Pakistan à cesser de soutenir`: no support).
fn is_stopped(tokens: &Tokens, head: usize) -> bool {
    let stopping = |i: usize| STOPPING_VERBS.contains(&tokens.lemma(i));
    match head.checked_sub(1).map(|p| (p, tokens.folded(p))) {
        Some((p, "de" | "d'" | "to")) => p.checked_sub(1).is_some_and(stopping),
        Some((p, _)) => tokens.folded(head).ends_with("ing") && stopping(p),
        None => false,
    }
}

/// How many tokens back a verb in a list may stand from the verb that
/// governs the list (`vont rendre visite au commandement de la zone, déposer
/// des fleurs au monument et visiter`).
const LIST_REACH: usize = 40;

/// The verb whose list the bare verb at `head` continues: in `Ils vont
/// rendre visite au commandement, déposer des fleurs et visiter les unités`,
/// `visiter` and `déposer` are governed as `rendre` is, by `vont`; in `The
/// crews will pay a courtesy call, lay flowers and visit units`, `visit`
/// as `pay`, by `will`. A bare verb (an infinitive, or an English base
/// form) right after `,`, `et`, `and`… takes the tense, mood and negation
/// of the nearest bare verb before it in its sentence that has light words
/// of its own, and its subject. None when the verb has light words of its
/// own, or a clause opens between (`qui`, `que`, `which`…).
pub fn list_governor(tokens: &Tokens, head: usize, lang: &Lang) -> Option<usize> {
    // A French infinitive keeps its `de` after the joiner (`de renforcer …
    // et d'organiser`).
    let joiner = head.checked_sub(1)?;
    let joiner = if *lang == Lang::Fr && matches!(tokens.folded(joiner), "de" | "d'") {
        joiner.checked_sub(1)?
    } else {
        joiner
    };
    if !matches!(
        tokens.folded(joiner),
        "," | "et" | "puis" | "ou" | "and" | "then" | "or"
    ) || !is_bare_verb(tokens, head, lang)
    {
        return None;
    }
    (joiner.saturating_sub(LIST_REACH)..joiner)
        .rev()
        .take_while(|&j| {
            !matches!(
                tokens.folded(j),
                "." | ";"
                    | ":"
                    | "!"
                    | "?"
                    | "qui"
                    | "que"
                    | "qu'"
                    | "dont"
                    | "which"
                    | "who"
                    | "that"
                    | "whose"
            ) && !tokens.get(j + 1).is_some_and(|t| t.line_start)
        })
        .find(|&j| {
            is_bare_verb(tokens, j, lang)
                && j.checked_sub(1).is_some_and(|p| {
                    is_light(tokens, p, lang)
                        || match lang {
                            Lang::Fr => matches!(tokens.folded(p), "de" | "d'" | "à" | "a"),
                            _ => tokens.folded(p) == "to",
                        }
                })
        })
}

/// A verb's form without inflection: a French infinitive, an English base
/// form.
fn is_bare_verb(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    if tokens.get(i).is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let (folded, lemma) = (tokens.folded(i), tokens.lemma(i));
    folded == lemma
        && folded.len() > 3
        && (*lang != Lang::Fr
            || ["er", "ir", "re", "oir"]
                .iter()
                .any(|e| folded.ends_with(e)))
}

/// `modality` with what its list's governing verb at `governor` says:
/// tense, mood, negation, and an infinitive's government.
pub fn governed(modality: Modality, tokens: &Tokens, governor: usize, lang: &Lang) -> Modality {
    let of_governor = of_predicate(tokens, &[governor], lang, Frame::Subject);
    Modality {
        negated: modality.negated || of_governor.negated,
        future: modality.future || of_governor.future,
        conditional: modality.conditional || of_governor.conditional,
        infinitive: modality.infinitive || of_governor.infinitive,
        ..modality
    }
}

/// `l'a reçu`, `les a accueillis`: an object pronoun before the auxiliary.
fn is_object_clitic(tokens: &Tokens, i: usize, lang: &Lang) -> bool {
    *lang == Lang::Fr
        && matches!(tokens.folded(i), "l'" | "les" | "le" | "la")
        && tokens
            .get(i + 1)
            .is_some_and(|_| lemma_is(tokens.lemma(i + 1), "avoir"))
}

fn lemma_is(word: &str, lemma: &str) -> bool {
    match lemma {
        "avoir" => matches!(
            word,
            "avoir"
                | "a"
                | "ont"
                | "avait"
                | "avaient"
                | "aura"
                | "auront"
                | "aurait"
                | "auraient"
                | "eu"
                | "ayant"
        ),
        "etre" => matches!(
            word,
            "etre"
                | "est"
                | "sont"
                | "etait"
                | "etaient"
                | "sera"
                | "seront"
                | "serait"
                | "seraient"
                | "ete"
                | "etant"
                | "soit"
                | "soient"
        ),
        _ => word == lemma,
    }
}

/// Words that make an infinitive after them a plan (`a invité X à
/// effectuer une visite`, `plans to visit`, `souhaite se rendre`).
const PLAN_WORDS: &[&str] = &[
    "prevoir",
    "prevu",
    "envisager",
    "compter",
    "devoir",
    "aller",
    "inviter",
    "invitation",
    "accepter",
    "projeter",
    "programme",
    "programmer",
    "souhaiter",
    "vouloir",
    "esperer",
    "decider",
    // What the parties agree to do is to come (`ont convenu d'organiser
    // de nouvelles patrouilles`, `agreed to hold talks next year`).
    "convenir",
    "convenu",
    "agree",
    "plan",
    "intend",
    "expect",
    "schedule",
    "set",
    "invite",
    "accept",
    "due",
    "aim",
    "prepare",
    "wish",
    "want",
    "hope",
    "decide",
    "will",
];

/// Whether the infinitive at token `head` is governed by a word of planning
/// a few words before it.
pub fn is_planned(tokens: &Tokens, head: usize) -> bool {
    governed_by(tokens, head, 8, PLAN_WORDS)
}

/// Nouns whose infinitive is what someone asks or offers, not done (`a
/// proposal by Seoul to resume talks`, `l'offre de livrer`).
const PROPOSAL_NOUNS: &[&str] = &[
    "proposal",
    "offer",
    "request",
    "call",
    "bid",
    "refusal",
    "invitation",
    "proposition",
    "offre",
    "demande",
    "appel",
    "refus",
    // Verbs of appeal: what a party is urged to do is not done (`a appelé
    // le Cambodge à régler`, `called on Cambodia to resolve`).
    "appeler",
    "exhorter",
    "demander",
    "encourager",
    "urge",
    "ask",
    "encourage",
    "press",
];

/// Whether the infinitive at token `head` is the content of a proposal,
/// an offer or a request named a few words before it.
pub fn is_proposed(tokens: &Tokens, head: usize) -> bool {
    let marker = head
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens.folded(p), "to" | "de" | "d'" | "à" | "a"));
    marker && governed_by(tokens, head, 6, PROPOSAL_NOUNS)
}

/// Whether the noun at `head` is the means of another act (`régler le
/// différend par le dialogue`, `through dialogue`): no event of its own.
pub fn is_means(tokens: &Tokens, head: usize) -> bool {
    after_preposition(tokens, head, &["par", "through", "via", "by"], ARTICLES)
}

/// Articles a noun may take after its preposition.
const ARTICLES: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "the", "a",
];

/// Whether one of `prepositions` stands right before `head`, or before one
/// of `articles` right before it.
fn after_preposition(
    tokens: &Tokens,
    head: usize,
    prepositions: &[&str],
    articles: &[&str],
) -> bool {
    let before = |k: usize| head.checked_sub(k).map(|i| tokens.folded(i));
    match before(1) {
        Some(w) if prepositions.contains(&w) => true,
        Some(w) if articles.contains(&w) => before(2).is_some_and(|m| prepositions.contains(&m)),
        _ => false,
    }
}

/// Whether the predicate at `head` is what someone is warned or protests
/// against (`warned Japan against deploying missiles`, `protesté contre le
/// déploiement`): an act opposed, not done.
pub fn is_opposed(tokens: &Tokens, head: usize) -> bool {
    // `against any deployment`, `contre tout déploiement` too.
    const DETERMINERS: &[&str] = &[
        "le", "la", "les", "l'", "un", "une", "des", "du", "the", "a", "any", "tout", "toute",
    ];
    after_preposition(tokens, head, &["against", "contre"], DETERMINERS)
}

/// Whether one of `words` (a lemma or a folded form) stands at most `reach`
/// tokens before `head`, in its clause.
fn governed_by(tokens: &Tokens, head: usize, reach: usize, words: &[&str]) -> bool {
    (head.saturating_sub(reach)..head)
        .rev()
        .take_while(|&j| !ends_clause(tokens, j + 1) || j + 1 == head)
        .any(|j| words.contains(&tokens.lemma(j)) || words.contains(&tokens.folded(j)))
}

/// Verbs that report what someone said or thought (`a souligné que`,
/// `said that`).
const SAYING: &[&str] = &[
    "dire",
    "declarer",
    "souligner",
    "affirmer",
    "estimer",
    "indiquer",
    "noter",
    "rappeler",
    "ajouter",
    "preciser",
    "esperer",
    "souhaiter",
    "penser",
    "croire",
    "considerer",
    "exprimer",
    "exiger",
    // (the tables read `exigeant` as the adjective only)
    "exigeant",
    "demander",
    "say",
    "state",
    "note",
    "add",
    "stress",
    "emphasise",
    "emphasize",
    "underline",
    "recall",
    "believe",
    "hope",
    "express",
    "affirm",
    "highlight",
    "point",
    "demand",
    "require",
    "insist",
];

/// What kind of clause a predicate stands in, by the verb whose `que` /
/// `that` clause holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    /// Not a reported clause: news.
    Own,
    /// What someone said (`a souligné que les deux pays ont signé…`):
    /// content, not news.
    Said,
    /// What someone wishes (`a souhaité que le Japon soutienne…`), not what
    /// anyone states.
    Wished,
}

/// The clause the predicate at `head` stands in, and where a reported
/// clause starts: the token after its `que` / `that`, or after the verb of
/// saying when English leaves `that` out (its own subject stands there:
/// `X said Vietnam wanted…`). One scan of the sentence for both.
pub fn clause_of(tokens: &Tokens, head: usize, sentence_start: usize) -> (Clause, Option<usize>) {
    match verb_of_that_clause(tokens, head, sentence_start, SAYING) {
        None => (Clause::Own, None),
        // What someone demands (`exigeant que les deux parties …`) is not
        // done either.
        Some((
            _,
            "esperer" | "souhaiter" | "hope" | "wish" | "exiger" | "exigeant" | "demander"
            | "demand" | "require" | "insist",
            start,
        )) => (Clause::Wished, Some(start)),
        Some((_, _, start)) => (Clause::Said, Some(start)),
    }
}

/// Conjunctions that open, after a comma, a clause with its own subject
/// (`X thanked Y, while the Polish minister praised Z`).
const CLAUSE_CONJUNCTIONS: &[&[&str]] = &[
    &["while"],
    &["whereas"],
    &["but"],
    &["tandis", "que"],
    &["alors", "que"],
    &["mais"],
];

/// The first token after the last `, while` / `, tandis que` / `;` before
/// `head` in its sentence: a clause that names its own subject.
pub fn coordinate_clause_start(
    tokens: &Tokens,
    head: usize,
    sentence_start: usize,
) -> Option<usize> {
    (sentence_start..head).rev().find_map(|j| {
        let folded = tokens.folded(j);
        if folded == ";" {
            return Some(j + 1);
        }
        if folded != "," {
            return None;
        }
        CLAUSE_CONJUNCTIONS.iter().find_map(|words| {
            let end = j + 1 + words.len();
            (end <= head
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| tokens.folded(j + 1 + k) == *w))
            .then_some(end)
        })
    })
}

/// How far after its verb a `que` / `that` may open the clause (`a
/// annoncé le 4 juin que`).
const THAT_REACH: usize = 6;

/// The first verb of `verbs` before `head` in its sentence that opens a
/// `que` / `that` clause: its token, its lemma, and the clause's first token.
fn verb_of_that_clause<'t>(
    tokens: &'t Tokens,
    head: usize,
    sentence_start: usize,
    verbs: &[&str],
) -> Option<(usize, &'t str, usize)> {
    (sentence_start..head)
        .map(|j| (j, tokens.lemma(j)))
        .find_map(|(j, lemma)| {
            if !verbs.contains(&lemma) {
                return None;
            }
            let that = (j + 1..(j + THAT_REACH).min(head))
                .find(|&k| matches!(tokens.folded(k), "que" | "qu'" | "that"));
            match that {
                Some(k) => Some((j, lemma, k + 1)),
                None => opens_thatless_clause(tokens, j, head).then_some((j, lemma, j + 1)),
            }
        })
}

/// English leaves `that` out (`said Washington would provide`): the verb
/// is followed, without a preposition or a stop, by a subject and then the
/// clause's own auxiliary or modal before `head`.
fn opens_thatless_clause(tokens: &Tokens, verb: usize, head: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "would", "will", "could", "should", "might", "had", "has", "have", "was", "were", "is",
        "are",
    ];
    const NOT_A_SUBJECT: &[&str] = &[
        "in", "at", "on", "to", "during", "after", "before", "by", "with", "for", "of", "from",
        "would", "will", "was", "is",
    ];
    let first = verb + 1;
    if first >= head
        || NOT_A_SUBJECT.contains(&tokens.folded(first))
        || tokens.get(first).is_none_or(|t| t.kind == TokenKind::Punct)
    {
        return false;
    }
    // Such a clause runs to its first stop: what follows a comma (`said
    // ties would develop, during his reception for X`) is the writer's.
    let unbroken = (first..head).all(|k| tokens.get(k).is_some_and(|t| t.kind != TokenKind::Punct));
    // The clause's subject is a name right before the predicate itself
    // (`said Vietnam wanted to expand`, `said the United States stood
    // ready`).
    let named_subject = head - first <= NAMED_SUBJECT_WORDS
        && (first..head).all(|k| {
            tokens.get(k).is_some_and(|t| t.capitalised)
                || (k == first && tokens.folded(k) == "the")
        });
    unbroken
        && (named_subject
            || (first + 1..(verb + THAT_REACH).min(head))
                .any(|k| AUXILIARIES.contains(&tokens.folded(k))))
}

/// How many words a name may have as the subject of an English clause
/// without `that` (`the United States`).
const NAMED_SUBJECT_WORDS: usize = 4;

/// Verbs that announce or promise what follows (`a annoncé que le Japon
/// fournirait`): a conditional after them is the future of the past.
const ANNOUNCING: &[&str] = &[
    "annoncer",
    "confirmer",
    "promettre",
    "assurer",
    "announce",
    "confirm",
    "promise",
    "pledge",
];

/// Whether the predicate at `head` is told as to come by an announcing verb
/// before it (its conditional then is the future of the past).
pub fn is_announced_by(tokens: &Tokens, head: usize, sentence_start: usize) -> bool {
    verb_of_that_clause(tokens, head, sentence_start, ANNOUNCING).is_some()
}

/// Verbs whose object is a kind of activity talked about, not one done
/// (`ont convenu de promouvoir les exercices conjoints`, `to boost joint
/// patrols`).
const TOPIC_VERBS: &[&str] = &[
    "promouvoir",
    "renforcer",
    "intensifier",
    "developper",
    "ameliorer",
    "augmenter",
    "approfondir",
    "poursuivre",
    "maintenir",
    "elargir",
    "accroitre",
    "favoriser",
    "envisager",
    "creer",
    "discuter",
    "evoquer",
    "aborder",
    "concentrer",
    "multiplier",
    "etendre",
    "encourager",
    "faciliter",
    "relancer",
    "reprendre",
    "preparer",
    "promote",
    "strengthen",
    "enhance",
    "expand",
    "increase",
    "deepen",
    "boost",
    "continue",
    "maintain",
    "discuss",
    "consider",
    "explore",
    "improve",
    "step",
    "focus",
    "resume",
    "facilitate",
    "encourage",
    "further",
    "broaden",
    "intensify",
    "develop",
    // Reviewing what is done (`ont passé en revue l'état de la
    // coopération, notamment les patrouilles conjointes`).
    "revue",
    "review",
    "examiner",
    "examine",
    "evaluer",
    "evaluate",
    "assess",
    // Thanking for what was done (`a remercié le Sénégal pour la
    // formation de 200 militaires`): what is thanked for is told as a
    // topic, not as news of its own.
    "remercier",
    "thank",
];

/// How far back in its clause a verb of fostering governs the nouns it
/// lists (`ont convenu de promouvoir les échanges de délégations, le
/// dialogue …, la formation et la médecine militaire`).
const TOPIC_REACH: usize = 30;

/// Whether the noun at `head` is the object of a verb of talking about or
/// fostering activities, in its clause.
pub fn is_topic(tokens: &Tokens, head: usize) -> bool {
    governed_by(tokens, head, TOPIC_REACH, TOPIC_VERBS)
}

/// Whether the noun at `head` is what the parties agree on or decide (`ont
/// convenu de …`, `se sont mises d'accord sur …`, `agreed on …`, `ont
/// décidé d'organiser …`), in its clause.
pub fn is_agreed_on(tokens: &Tokens, head: usize) -> bool {
    // (`convenu` and `décidé` by their form too: the tables may hold them
    // as adjectives.)
    governed_by(
        tokens,
        head,
        TOPIC_REACH,
        &[
            "convenir", "convenu", "agree", "accord", "decider", "decide",
        ],
    )
}

/// Verbs of recalling: what they take as object is history (`recalled his
/// earlier meeting with`, `a rappelé la visite de`).
/// What follows `depuis` / `since` is where a span of time began (`depuis
/// la signature du protocole en 2019`): history too.
const RECALLING: &[&str] = &[
    "recall",
    "remember",
    "rappeler",
    "souvenir",
    "remembering",
    "depuis",
    "since",
];

/// How far back a verb of recalling governs the noun it names.
const RECALL_REACH: usize = 5;

/// Whether the noun at `head` is the object of a verb of recalling.
pub fn is_recalled(tokens: &Tokens, head: usize) -> bool {
    governed_by(tokens, head, RECALL_REACH, RECALLING)
}

/// Nouns of things given (lemmas and forms): a verb of receiving whose
/// object is one of them receives aid, not a guest (`a reçu 20 camions
/// militaires`, `received medical supplies`).
const GOODS: &[&str] = &[
    "aide",
    "aid",
    "assistance",
    "don",
    "dons",
    "donation",
    "equipement",
    "equipment",
    "materiel",
    "camion",
    "truck",
    "vehicule",
    "vehicle",
    "arme",
    "weapon",
    "munition",
    "ammunition",
    "helicoptere",
    "helicopter",
    "avion",
    "aircraft",
    "vaccin",
    "vaccine",
    "dose",
    "medicament",
    "medicine",
    "fourniture",
    "supply",
    "supplies",
    "tonne",
    "ton",
    "kit",
    "masque",
    "mask",
    "cargaison",
    "shipment",
    "consignment",
    "fonds",
    "fund",
    "financement",
    "funding",
    "grant",
    "subvention",
    "lot",
];

/// How many words after a verb of receiving its object is looked for in.
const OBJECT_WORDS: usize = 5;

/// Whether the object after token `from` (the end of a verb or noun of
/// receiving) names things given rather than a guest.
pub fn object_is_goods(tokens: &Tokens, from: usize) -> bool {
    (from..tokens.len())
        .take_while(|&j| !ends_clause(tokens, j))
        .filter(|&j| tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word))
        .take(OBJECT_WORDS)
        .any(|j| GOODS.contains(&tokens.lemma(j)) || GOODS.contains(&tokens.folded(j)))
}

/// Words after which a meeting is the occasion of another event, not one
/// of its own: `en marge du Dialogue Shangri-La`, `on the sidelines of the
/// ADMM`, `in the margins of the summit`.
const OCCASION_WORDS: &[&str] = &["marge", "marges", "sideline", "sidelines", "margins"];

/// Whether the noun at `head` names the occasion another event is held
/// on (`en marge du Dialogue`, `on the sidelines of the summit`).
pub fn is_occasion(tokens: &Tokens, head: usize) -> bool {
    governed_by(tokens, head, 5, OCCASION_WORDS)
}

/// Whether the infinitive at `head` states a purpose (`pour`, `afin de`,
/// `in order to`).
pub fn is_purpose(tokens: &Tokens, head: usize) -> bool {
    (head.saturating_sub(4)..head).any(|j| {
        matches!(tokens.folded(j), "pour" | "afin")
            || (tokens.folded(j) == "order" && j > 0 && tokens.folded(j - 1) == "in")
            // What a ceremony is held for is done at it (`held a ceremony
            // to see off the unit`, `une cérémonie pour remettre`).
            || (tokens.folded(j) == "to" && governed_by(tokens, j, CEREMONY_REACH, CEREMONY))
    })
}

/// How far before the `to` of its purpose a ceremony may be named (`held a
/// ceremony in Hanoi on December 4 to see off`).
const CEREMONY_REACH: usize = 10;

/// Nouns of a ceremony, whose purpose it carries out.
const CEREMONY: &[&str] = &["ceremony", "ceremonie", "event"];
