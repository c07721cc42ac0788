#!/usr/bin/env python3
"""Derive English lemma-pattern predicates from PETRARCH-2's CAMEO verb dictionary.

    python3 scripts/predicates/from_cameo.py [CAMEO.2.0.txt] [-o OUT]

Reads the verb dictionary (default: ../shared/external/petrarch2/dictionaries/CAMEO.2.0.txt
relative to the repository root) and writes crates/code/data/predicates_en_cameo.tsv (or OUT;
`-o -` for stdout), in the format of crates/code/src/triggers.rs:

    pattern <TAB> lang <TAB> cameo <TAB> tier <TAB> frame

Only codes in scope of EVENTS.md §3 are kept. Precision comes first: every rule below that drops
or remaps something says why. A summary goes to stderr. Standard library only.

Conversion
  * verb block `---  HOST   [043:042]  ---`: block code = first code (source side);
    the verb lines under it are lemmas (irregular forms in `{}` are ignored, `+` compounds
    become "verb particle", pre-verb compounds `RE_+ADMIT` are skipped); a verb line may
    carry its own code.
  * pattern `- * WORDS [CODE] # VERB`: applies to the verb(s) named in the comment when they
    belong to the block, else (no comment) to the block's head verb. Only patterns with
    nothing before `*` and one to three content elements after it are converted: a plain
    word, a `{BRACED PHRASE}` (consecutive words), a `(PREP WORDS)` phrase, a bare particle,
    and `&SYNSET`s from an allow-list of members (SYNSET_MEMBERS).
  * output words are lowercase lemmas: plural nouns are singularised, `…` separates the
    verb from its complement, and a preposition from its noun.
"""

import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SRC = os.path.normpath(
    os.path.join(ROOT, "..", "shared", "external", "petrarch2", "dictionaries", "CAMEO.2.0.txt"))
DEFAULT_OUT = os.path.join(ROOT, "crates", "code", "data", "predicates_en_cameo.tsv")

GAP = "\u2026"

# ---------------------------------------------------------------------------------------------
# scope (EVENTS.md §3)

ACTIVITY3 = {"036", "040", "041", "042", "043", "044", "045", "046", "057",
             "061", "062", "063", "064", "070", "071", "072", "073", "074"}
VERBAL3 = {"020", "021", "022", "023", "024", "025", "026",
           "030", "031", "032", "033", "050", "051"}


def in_scope(code):
    """Return the tier of a CAMEO code in scope, else None."""
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    c3 = code[:3]
    if len(code) == 3:
        if c3 in ACTIVITY3:
            return "activity"
        if c3 in VERBAL3 or c3[:2] in ("10", "11", "12", "13"):
            return "verbal"
        return None
    # 4-digit children: 02x (020-026), 03x (030-033), 10-13
    if c3 in {"020", "021", "022", "023", "024", "025", "026", "030", "031", "032", "033"}:
        return "verbal"
    if code[:2] in ("10", "11", "12", "13"):
        return "verbal"
    return None


# ---------------------------------------------------------------------------------------------
# judgement rules (reviewed like code)

# Light or polysemous verbs: never an entry on their own, only with a complement.
LIGHT_VERBS = {
    "say", "tell", "give", "get", "take", "make", "have", "be", "go", "come", "see", "call",
    "hold", "show", "express", "put", "set", "do", "let", "keep", "bring", "find", "look",
    "state", "note", "mean", "pass", "run", "turn", "leave", "place", "post", "stage", "base",
    "issue", "add", "serve", "head", "lead", "handle", "rule", "direct", "order", "address",
    "fill", "bid", "want", "need", "press", "push", "claim", "charge", "deal", "back", "face",
}

# Bare verbs (no complement) whose PETRARCH code misfires on news about defence diplomacy.
# Keyed by lemma; value = reason. Applied to bare entries only; patterns of these verbs stay.
BARE_DENY = {
    # ARRIVE [040]: arriving is not talks
    "arrive": "movement, not talks", "approach": "movement, not talks",
    # ASSEMBLE [040]: gathering/joining/uniting are not talks between parties
    "get together": "not talks", "amass": "not talks", "assemble": "not talks",
    "cluster": "not talks", "conglomerate": "not talks", "congregate": "not talks",
    "conjoin": "not talks", "constellate": "not talks", "converge": "not talks",
    "flock": "not talks", "gather": "not talks", "huddle": "not talks", "join": "not talks",
    "unite": "not talks", "convene": "convening is not a visit",
    # CABLE, CONSIDER, HEAR, INTRODUCE, NOTIFY [040]: deliberation or information, not talks
    "cable": "archaic", "consider": "opinion", "contemplate": "opinion",
    "excogitate": "opinion", "meditate": "opinion", "mull": "opinion", "muse": "opinion",
    "ponder": "opinion", "reason": "opinion", "reconsider": "opinion", "ruminate": "opinion",
    "speculate": "opinion", "think": "opinion", "weigh": "opinion",
    "find out": "not talks", "hear": "not talks", "learn": "not talks",
    "acquaint": "not talks", "innovate": "not talks", "insert": "not talks",
    "introduce": "not talks", "give notice": "not talks", "send word": "not talks",
    "apprise": "not talks", "apprize": "not talks", "notify": "not talks",
    "promulgate": "not talks",
    # GO_SOMEWHERE [040]: departures and travel are not talks (visits are coded by patterns)
    "go away": "movement", "go forth": "movement", "go to": "movement",
    "leave behind": "movement", "pull out": "withdrawal", "walk out": "walk-out is protest",
    "attend": "attending is not a visit", "depart": "movement", "egress": "movement",
    "embark": "movement", "journey": "movement", "tour": "movement", "touring": "movement",
    "travel": "movement",
    # INVITE [040]: an invitation is not talks
    "ask for": "request, not talks", "elicit": "not talks", "invite": "not talks",
    "reinvite": "not talks",
    # MEET_PEOPLE [040]: confront/face/brave/encounter/run into are not meetings
    "brave": "not a meeting", "confront": "hostile", "encounter": "not a meeting",
    "run into": "not a meeting", "interact": "vague", "contact": "vague",
    "communicate with": "vague",
    # CONFER [010] with own 040 codes: keep confer/consult/discuss/converse; speak/talk are 010
    # AGREE/BARGAIN/COLLABORATE/COORDINATE/... [050]: 050 is ceremonial/diplomatic cooperation
    # in EVENTS.md; most of these verbs name something else
    "agree": "agreement content decides the code (03x/057), not 050",
    "bargain": "negotiation, not 050", "barter": "trade", "broker": "mediation, out of scope",
    "haggle": "negotiation, not 050",
    "side with": "vague", "ally": "vague", "associate": "vague", "concert": "vague",
    "collaborate": "cooperation is 03x/06x by content", "cooperate": "cooperation is 03x/06x by content",
    "conform": "vague", "coordinate": "vague", "correlate": "vague", "harmonise": "vague",
    "harmonize": "vague", "integrate": "vague", "orchestrate": "vague", "organise": "domestic",
    "organize": "domestic", "synchronise": "vague", "synchronize": "vague",
    "unionise": "labour", "unionize": "labour",
    "acknowledge": "statement", "admit": "statement", "confess": "statement",
    "confide": "statement", "disclose": "statement", "divulge": "statement",
    "expose": "statement", "profess": "statement", "reveal": "statement", "unveil": "statement",
    "affect": "vague", "impact": "vague", "influence": "vague", "persuade": "vague",
    "tempt": "vague", "exuberate": "emotion", "exult": "emotion", "rejoice": "emotion",
    "triumph": "emotion", "advertise": "commerce", "advertize": "commerce",
    "promote": "vague (promote cooperation, promoted to rank)", "support": "too broad",
    # ACCLAIM etc. [051]: celebrations, rewards, recognition are not praise of a party
    "admire": "weak", "celebrate": "ceremony, not praise", "clap": "literal",
    "commemorate": "ceremony, not praise", "greet": "greeting is 043/050 context",
    "honor": "ceremony (honour guard)", "honour": "ceremony (honour guard)",
    "recognise": "recognition of a state or merit", "recognize": "recognition of a state or merit",
    "respect": "respect for sovereignty is 03x/verbal norm", "reward": "not praise",
    "salute": "military salute", "toast": "banquet toast", "welcome": "welcome ceremony is 043",
    "hail": "weather/origin (hails from)",
    "bless": "religious", "sanctify": "religious",
    "cheer": "crowds", "embolden": "vague", "enliven": "vague", "galvanize": "vague",
    "inspire": "vague", "invigorate": "vague", "reassure": "vague", "revitalize": "vague",
    "rouse": "vague", "spur": "vague", "encourage": "encourage X to do is an appeal",
    "favor": "vague", "favour": "vague", "prefer": "vague",
    "exalt": "rare", "glorify": "rare",
    "legitimise": "rare", "legitimize": "rare", "reassert": "statement",
    "esteem": "rare", "prize": "noun (award)", "value": "noun/statement",
    # 061-064, 070-074 blocks: too general for material cooperation
    "pay": "pay visit/tribute/attention", "pay for": "commerce", "invest": "commerce",
    "sponsor": "vague", "fund": "domestic budgets", "finance": "domestic budgets",
    "bankroll": "rare", "underwrite": "rare", "import": "commerce", "buy": "commerce",
    "purchase": "commerce",
    "arm": "noun 'arms'", "attire": "dress", "equip": "domestic procurement", "furnish": "vague",
    "gear": "gear up", "outfit": "noun", "render": "render assistance/honours", "stock": "noun",
    "tender": "noun (tender)",
    "step in": "intervention, out of scope", "interfere": "interference is not aid",
    "intervene": "intervention, out of scope", "stabilise": "vague", "stabilize": "vague",
    "rescue": "domestic rescue operations", "look after": "vague", "defend": "defend sovereignty",
    "guard": "honour guard", "protect": "protect sovereignty/environment", "safeguard": "vague",
    "shield": "vague", "tend": "tend to", "ward": "noun (ward)",
    # 10-13 blocks: words that are mostly not demands/criticism/threats between parties
    "campaign": "domestic", "clamor": "rare", "clamour": "rare", "crusade": "rare",
    "necessitate": "not a demand", "adjure": "rare", "entreat": "rare",
    "aver": "statement", "avow": "statement", "swear": "swearing-in", "allege": "statement",
    "blaspheme": "religious", "curse": "rare", "despair": "emotion",
    "disappoint": "emotion", "discourage": "vague", "dishearten": "emotion", "dismay": "emotion",
    "sadden": "emotion", "distrust": "emotion", "oppugn": "rare", "suspect": "noun (suspect)",
    "cry": "emotion", "grieve": "condolence", "lament": "condolence", "mourn": "condolence",
    "wail": "emotion", "weep": "emotion", "whine": "emotion", "slight": "adjective",
    "argue": "statement", "bemoan": "emotion", "compete": "sport", "contend": "statement",
    "contest": "sport/election", "contrast": "vague", "counter": "counter-terrorism",
    "counterbalance": "vague", "differ": "vague", "match": "sport", "debate": "debate is talks",
    "challenge": "noun (challenges)", "conflict": "noun", "object": "noun", "wrangle": "rare",
    "lecture": "academic lecture", "scorn": "rare", "cane": "corporal punishment",
    "flog": "corporal punishment", "charge": "charge d'affaires / in charge",
    "convict": "court", "indict": "court",
    "risk": "noun (risks)", "endanger": "vague",
    "caution": "noun", "complain": "114 is fine but domestic complaints dominate",
    # review of the generated file
    "dismiss": "dismissal of officials", "decline": "numbers decline",
    "postpone": "postponement is not rejection of a party", "breach": "noun",
}

# Patterns whose result misfires; keyed by the output pattern (exact), value = reason.
PATTERN_DENY = {
    f"rush to": "movement, not a visit",
    f"arrive back": "returning home is not a visit",
    f"come to": "movement, not talks",
    f"call {GAP} partner": "013, out of scope anyway",
    f"host by": "passives are detected",
    f"set off for": "departure, not a visit",
    f"meet at": "place, not an announcement",
    f"meet {GAP} with {GAP} leader": "a meeting, not an announcement (036)",
    f"meet {GAP} for {GAP} talk": "a meeting, not an announcement (036)",
    f"call {GAP} meeting": "convening, ambiguous",
    f"deliver {GAP} letter": "letter delivery, ambiguous with 010",
    # review of the generated file
    f"receive {GAP} welcome": "the subject is the visitor, not the host",
    f"head back {GAP} to": "returning home", f"head for": "'head for a crisis'",
    f"arrive {GAP} summit": "arrival, not a dialogue session",
    f"extend {GAP} thank": "thanks are 051, not 050",
    f"present {GAP} united front": "domestic", f"restore {GAP} unity": "domestic",
    f"resume {GAP} participation": "vague", f"resume {GAP} diplomatic": "truncated phrase",
    f"launch {GAP} postal service": "domestic", f"extend {GAP} hand": "figurative",
    f"finance {GAP} attack": "not aid", f"provide {GAP} aerial photograph": "not aid",
    f"send {GAP} member {GAP} of {GAP} battalion": "troop movement, not aid",
    f"fly {GAP} for {GAP} treatment": "patient travel", f"send {GAP} volunteer": "vague",
    f"call {GAP} to {GAP} asylum": "garbled", f"appeal {GAP} to {GAP} government": "vague",
    f"call {GAP} visit": "'called on ... during the visit'",
    f"call {GAP} for {GAP} deadline": "garbled", f"press {GAP} refrain {GAP} attack": "garbled",
    f"call {GAP} for {GAP} increase": "vague", f"seek {GAP} donor": "vague",
    f"seek {GAP} citizenship": "personal", f"submit {GAP} paper": "academic",
    f"present {GAP} project": "vague", f"repeat {GAP} offer": "offer is 03x",
    f"agree {GAP} not {GAP} extend {GAP} deadline": "garbled",
    f"announce {GAP} agree": "garbled", f"agree with": "opinion",
    f"issue {GAP} warrant": "legal", f"issue {GAP} regulation": "domestic",
    f"impose {GAP} regulation": "domestic", f"deny {GAP} capture": "denial of a report",
    f"refuse {GAP} bail": "legal", f"launch {GAP} corruption case": "legal",
    f"launch {GAP} legal action": "legal", f"file {GAP} lawsuit": "legal",
    f"file {GAP} suit": "legal", f"propose {GAP} measure": "not a threat",
    f"accuse {GAP} prime minister": "garbled", f"accuse {GAP} geneva convention": "garbled",
    f"accuse {GAP} massacring": "garbled", f"blast {GAP} report": "media criticism",
    f"reiterate {GAP} dismissal": "personnel",
}

# Words that must not appear in an output pattern at all (domestic, legal or out-of-scope sense).
WORD_DENY = {"law", "decree", "court", "trial", "arrest", "prosecutor", "sentence", "election",
             "elections", "constitution", "verdict", "penalty", "retrial", "amnesty"}

# Synsets: which members to use when expanding (PETRARCH synsets hold many WordNet synonyms).
# A synset not listed here makes its pattern skipped.
SYNSET_MEMBERS = {
    "TREATY": ["treaty", "pact", "accord", "agreement"],
    "CEASEFIRE": ["truce", "armistice", "ceasefire"],
    "NEGOTIATION": ["negotiation", "dialogue", "discussion"],
    "MILITARY": ["military"],
    "PKO": ["peacekeeping", "peacekeeper"],
    "DEFENSE": ["defense", "defence"],
    "FOOD": ["food", "foodstuff"],
    "SECURITY": ["security", "protection"],
    "PROPOSAL": ["proposal"],
    "INFORMATION": ["information", "intelligence"],
    "AIRCRAFT": ["aircraft", "helicopter", "warplane", "jet"],
    "WEAPON": ["weapon", "missile", "ammunition", "armament"],
    "ASYLUM": ["asylum"],
    "INVESTIGATION": ["investigation", "inquiry"],
    "SOLUTION": ["solution"],
    "REFUGEE": ["refugee"],
}

# Obvious typos in the source.
TYPO = {"MEMORADUM": "MEMORANDUM", "AGGREMENT": "AGREEMENT", "MILIARY": "MILITARY",
        "AGRESSION": "AGGRESSION", "DISGAREEMENT": "DISAGREEMENT", "ASISSTANCE": "ASSISTANCE",
        "ASSISSTANCE": "ASSISTANCE", "POSSIBLITY": "POSSIBILITY", "EVIDENNCE": "EVIDENCE",
        "BATALLION": "BATTALION", "ASSURENCE": "ASSURANCE", "STRENGHTENING": "STRENGTHENING",
        "DEMOCRATISATON": "DEMOCRATISATION"}

# Which verbs may carry which codes (bare or with a complement). PETRARCH patterns apply a code
# to every verb of a WordNet-style block, and many complements were tuned on 1990s wire news;
# an allow-list per code (exact code first, then its 3-digit parent, then its 2-digit root)
# keeps the verbs whose sense fits EVENTS.md. A code with no list keeps every verb.
VERB_ALLOW = {
    "02": {"appeal", "ask", "ask for", "request", "urge", "call", "seek", "plead", "implore",
           "petition", "propose", "recommend", "beg", "solicit", "lobby for", "issue", "voice",
           "repeat", "deliver", "submit", "press", "push", "present", "lodge", "reiterate"},
    "03": {"offer", "pledge", "promise", "vow", "assure", "reaffirm", "reiterate", "restate",
           "express", "voice", "announce", "intend", "commit", "agree", "proffer", "vouch",
           "volunteer"},
    "036": {"accept", "announce", "expect", "plan", "schedule", "prepare"},
    "040": {"meet", "meet with", "confer", "consult", "converse", "discuss", "hold", "start",
            "open", "resume", "begin", "conduct", "continue", "have"},
    "041": {"phone", "telephone", "contact", "discuss", "talk", "resume", "make", "hold",
            "pay"},
    "042": {"visit", "arrive", "begin", "start", "embark", "embark on", "kick off", "make",
            "pay", "fly", "lead", "head"},
    "043": {"receive", "host", "welcome", "give", "hold"},
    "044": {"attend"},
    "045": {"broker", "mediate", "sponsor"},
    "046": {"hold", "begin", "start", "continue", "resume", "open", "launch", "engage",
            "embark", "embark on", "exchange", "discuss", "confer with", "take", "visit",
            "arrive", "convene", "gather", "converge", "huddle", "enter", "establish", "co-chair"},
    "050": {"restore", "reestablish", "establish", "upgrade", "resume", "present", "appoint",
            "send", "forge", "extend", "mend", "repair", "warm", "improve", "normalize",
            "normalise", "exchange"},
    "051": {"praise", "commend", "congratulate", "thank", "laud", "applaud", "hail", "acclaim",
            "compliment", "appreciate", "extol", "felicitate", "endorse", "express", "voice",
            "extend", "reaffirm", "reiterate", "restate", "welcome"},
    "057": {"sign", "conclude", "ink", "enter", "strike"},
    "061": {"invest", "hold"},
    "062": {"hold", "conduct", "host", "begin", "launch", "join", "take", "arrive", "stage",
            "start"},
    "063": {"extradite", "approve"},
    "064": {"cooperate", "help", "share", "exchange", "provide"},
    "07": {"provide", "deliver", "donate", "send", "give", "grant", "extend", "hand", "airlift",
           "supply", "contribute", "rush", "distribute", "fly", "allocate", "resume",
           "transport", "expedite", "despatch", "dispatch", "cancel", "forgive", "reduce",
           "restructure", "finance", "launch"},
    "074": {"deploy", "despatch", "dispatch", "send", "assign", "join", "contribute", "provide",
            "reinforce", "launch", "monitor", "increase", "boost"},
    "10": {"demand", "insist", "urge", "press", "reiterate", "issue", "set", "impose",
           "restate", "reaffirm"},
    "11": {"condemn", "criticise", "criticize", "denounce", "deplore", "censure", "castigate",
           "chastise", "rebuke", "reprimand", "lambaste", "accuse", "blame", "protest",
           "express", "voice", "lodge", "file", "issue", "decry", "disapprove", "slam", "blast",
           "berate", "admonish", "deride", "disparage", "denigrate", "belittle", "chide",
           "malign", "impugn", "lash out", "hit out", "launch", "dismiss", "hurl", "trade"},
    "12": {"reject", "refuse", "decline", "rebuff", "snub", "boycott", "veto", "oppose",
           "dismiss", "deny", "shun", "violate", "defy", "breach", "cancel", "suspend",
           "postpone", "reiterate", "stay away", "back out", "pull out", "walk out"},
    "13": {"threaten", "warn", "issue", "deliver", "reiterate", "repeat", "voice", "cancel",
           "call for", "impose", "propose"},
}

# Complement words that make a pattern misfire (money amounts, domestic matters, noise).
COMPLEMENT_DENY = {
    "million", "billion", "thousand", "dollar", "pound", "salary", "name", "document",
    "passport", "product", "vehicle", "tonne", "metric tonne", "winner", "cabinet", "post",
    "prize", "medal", "honor", "criteria", "friend", "force", "official", "order", "border",
    "economy", "spending", "budget", "reform", "tax", "staff", "school", "mine", "locust",
    "patient", "homeless", "injured", "family", "survivor", "emergency", "coverage", "bus service",
    "pilgrimage", "envoy", "policymaker", "fighter", "terrorist", "kidnapper", "prisoner",
    "bill", "judge", "witness", "interview", "apostate", "devil", "monkey", "liar",
    "demonstration", "protest", "rally", "uprising", "march", "strike", "hunger strike",
    "press", "end", "help", "solution", "if", "plan", "effort", "initiative", "move",
    "mission", "team", "observer", "volunteer", "delivery", "request", "letter",
    "military", "presence", "liaison", "advisor", "army advisor", "military advisor",
    "evidence", "information", "intelligence", "file", "development", "situation",
    "final touch", "guideline", "deadlock", "peace process", "message", "concern", "tension",
    "issue", "access", "meeting", "leader", "possibility", "time", "willing", "willingness",
    "desire", "deal", "experience", "coordination", "fighter", "talk", "dialogue",
    "discussion", "negotiation", "summit", "trip", "visit", "delegation", "tour",
}
# ...except where the complement is the very point of the entry (checked before COMPLEMENT_DENY)
COMPLEMENT_OK_FOR = {
    "036": {"talk", "summit", "trip", "visit", "meeting", "dialogue", "discussion",
            "negotiation", "delegation", "tour"},
    "040": {"talk", "meeting", "dialogue", "discussion", "negotiation", "issue", "situation",
            "development", "concern"},
    "041": {"talk"},
    "042": {"visit", "trip", "tour", "delegation", "summit", "talk"},
    "043": {"visit", "delegation", "leader", "envoy", "meeting", "summit", "talk"},
    "044": {"summit", "meeting"},
    "045": {"talk"},
    "046": {"talk", "dialogue", "discussion", "negotiation", "summit", "meeting",
            "situation", "development", "issue"},
    "026": {"talk", "dialogue", "discussion", "negotiation", "summit", "meeting", "visit"},
    "057": {"deal"},
    "064": {"information", "intelligence", "evidence", "file"},
    "073": {"volunteer", "team"},
    "125": {"talk", "dialogue", "discussion", "negotiation", "summit", "meeting", "visit"},
    "106": {"talk", "meeting"},
}

# Remaps: an entry whose PETRARCH code is wrong for EVENTS.md but whose sense is clear.
REMAP = {
    f"make {GAP} courtesy call": "040",   # a courtesy call is a meeting in person
    f"fly to": "042",                     # PETRARCH 036; "flew to Hanoi" is a visit
    f"make {GAP} trip": "042",
    f"make {GAP} visit": "042",
    f"lead {GAP} delegation": "042",
    f"arrive {GAP} for {GAP} talk": "042",  # PETRARCH 046; arriving somewhere for talks is the visit
}

# Verbs that only make sense with these codes when bare (overrides block code).
# SIGN: every signing of a treaty-like document is 057 in EVENTS.md, whatever PETRARCH's code
SIGN_NOUNS = {"treaty", "pact", "accord", "agreement", "deal", "memorandum", "protocol",
              "declaration", "contract"}

PARTICLES = {"UP", "DOWN", "OFF", "OUT", "BACK", "AWAY", "FORWARD", "ASIDE", "OVER", "IN", "ON"}
PREPOSITIONS = {"FOR", "TO", "WITH", "ON", "UPON", "AGAINST", "AT", "IN", "INTO", "ABOUT",
                "OVER", "FROM", "OF", "BY", "UNDER", "BEHIND", "BEFORE", "BETWEEN", "ALONG",
                "AS", "TOWARD", "TOWARDS", "AFTER", "DESPITE", "UNTIL", "ASIDE"}
# bare prepositions that keep a pattern: the verb + preposition is itself the predicate
BARE_PREP_OK = {"FOR", "ON", "UPON", "TO", "WITH", "AGAINST", "IN"}
ARTICLES = {"A", "AN", "THE"}

NO_SINGULAR = {"arms", "news", "means", "series", "headquarters", "species", "politics",
               "economics", "status", "crisis", "analysis", "thesis", "basis", "emphasis",
               "gas", "bus", "us", "its", "this", "his", "was", "has", "is", "as", "across",
               "progress", "access", "congress", "address", "business", "unless"}


def singular(w):
    if w in NO_SINGULAR or len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    return w[:-1]


def word(tok):
    tok = TYPO.get(tok, tok)
    return singular(tok.lower().replace("_", " "))


# ---------------------------------------------------------------------------------------------
# parsing

CODE_RE = re.compile(r"\[([^\]]*)\]")


def first_code(s):
    """'043:042' -> '043'; ':110' -> '' ; '---' -> '---'."""
    return s.strip().split(":")[0].strip()


def parse(path, stats):
    synsets = {}
    blocks = []
    cur_syn = None
    block = None
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    in_verbs = False
    for raw in lines:
        line = raw.rstrip()
        if "VERB PATTERNS" in line and line.startswith("#"):
            in_verbs = True
            continue
        if not in_verbs:
            if line.startswith("&"):
                cur_syn = line[1:].strip().rstrip("_")
                synsets[cur_syn] = []
            elif line.startswith("+") and cur_syn is not None:
                synsets[cur_syn].append(line[1:].split("#")[0].strip().rstrip("_"))
            continue
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if not m:
                continue
            block = {"head": m.group(1), "code": first_code(m.group(2)), "verbs": [],
                     "patterns": []}
            blocks.append(block)
            continue
        if block is None or not line.strip() or line.startswith("#") or line.startswith("~"):
            continue
        if line.startswith("-"):
            block["patterns"].append(line)
            continue
        # verb line: WORD {forms} [code] # comment
        body = line.split("#")[0]
        body = body.split(";")[0]
        codem = CODE_RE.search(body)
        code = first_code(codem.group(1)) if codem else None
        body = CODE_RE.sub("", body)
        irregular = re.search(r"\{([^}]*)\}", body)
        empty_forms = irregular is not None and not irregular.group(1).strip()
        body = re.sub(r"\{[^}]*\}", "", body).strip()
        if not body:
            continue
        verb = body.split()[0]
        block["verbs"].append({"raw": verb, "code": code, "empty_forms": empty_forms})
    stats["blocks read"] = len(blocks)
    stats["patterns read"] = sum(len(b["patterns"]) for b in blocks)
    return synsets, blocks


def verb_lemma(raw):
    """'+MEET_WITH' -> ('meet with', None); 'WIRE_+TAP' -> (None, 'pre-verb compound')."""
    if "+" in raw:
        parts = raw.split("_")
        if not parts[0].startswith("+"):
            return None, "pre-verb compound"
        return " ".join(p.lstrip("+").lower() for p in parts), None
    if "_" in raw:
        return None, "underscore without '+'"
    return raw.lower(), None


# ---------------------------------------------------------------------------------------------
# pattern conversion

ELEM_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def expand_words(text, synsets):
    """Expand a space-separated run of words/synsets into alternatives (lists of words).
    Returns (alternatives, reason)."""
    alts = [[]]
    for tok in text.split():
        if tok in ARTICLES:
            continue
        if tok.startswith("&"):
            name = tok[1:].rstrip("_")
            if name not in synsets:
                return None, "undefined synset"
            if name not in SYNSET_MEMBERS:
                return None, "synset not expanded"
            alts = [a + [m] for a in alts for m in SYNSET_MEMBERS[name]]
        elif re.fullmatch(r"[A-Z][A-Z'\-]*", tok.replace("_", "")):
            alts = [a + [word(tok)] for a in alts]
        else:
            return None, "special token"
    return alts, None


def convert_pattern(line, synsets):
    """Return (verb_comment_list, code, [complement word-lists], reason)."""
    m = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]\s*(.*)$", line)
    if not m:
        return None, None, None, "malformed"
    body, codes, comment = m.group(1), m.group(2), m.group(3)
    code = first_code(codes)
    comment_verbs = [c.strip() for c in comment.lstrip("#").split(",") if c.strip()]
    comment_verbs = [c.split()[0] for c in comment_verbs if re.fullmatch(r"[A-Z_+\-]+", c.split()[0])]
    if "*" not in body:
        return comment_verbs, code, None, "no verb slot"
    pre, post = body.split("*", 1)
    if pre.strip():
        if pre.strip() == "WILL":
            return comment_verbs, code, None, "WILL * (morphology)"
        return comment_verbs, code, None, "words before the verb"
    if code in ("---", ""):
        return comment_verbs, code, None, "null or target-only code"
    if in_scope(code) is None:
        return comment_verbs, code, None, "code out of scope"
    if re.search(r"[$%^]", post) or re.search(r"(^|\s)\+", post):
        return comment_verbs, code, None, "actor slot or special token"
    elems = ELEM_RE.findall(post.strip())
    if not elems:
        return comment_verbs, code, None, "bare verb pattern"
    if len(elems) > 3:
        return comment_verbs, code, None, "too long"
    outs = [[]]
    for i, e in enumerate(elems):
        if e.startswith("("):
            inner = e[1:-1].split(None, 1)
            if not inner:
                return comment_verbs, code, None, "empty phrase"
            prep = inner[0].split("/")[0]
            if prep not in PREPOSITIONS:
                return comment_verbs, code, None, "unknown preposition"
            if len(inner) == 1:
                if len(elems) > 1 or prep not in BARE_PREP_OK:
                    return comment_verbs, code, None, "bare preposition"
                outs = [o + [("adj", prep.lower())] for o in outs]
                continue
            rest = inner[1].strip()
            if rest.startswith("{"):
                rest = rest.strip("{}")
            alts, why = expand_words(rest, synsets)
            if why:
                return comment_verbs, code, None, why
            outs = [o + [("gap", prep.lower())] + [("gap", " ".join(a))] for o in outs for a in alts]
        elif e.startswith("{"):
            alts, why = expand_words(e[1:-1], synsets)
            if why:
                return comment_verbs, code, None, why
            outs = [o + [("gap", " ".join(a))] for o in outs for a in alts]
        elif e in PARTICLES and i == 0:
            outs = [o + [("adj", e.lower())] for o in outs]
        elif e in ARTICLES:
            continue
        else:
            alts, why = expand_words(e, synsets)
            if why:
                return comment_verbs, code, None, why
            outs = [o + [("gap", " ".join(a))] for o in outs for a in alts]
    # render
    rendered = []
    for o in outs:
        parts = []
        for kind, w in o:
            if not w:
                continue
            parts.append((" " if kind == "adj" else f" {GAP} ") + w)
        rendered.append("".join(parts))
    return comment_verbs, code, rendered, None


# ---------------------------------------------------------------------------------------------

def lookup(table, code):
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def verb_allowed(code, lemma):
    allow = lookup(VERB_ALLOW, code)
    return allow is None or lemma in allow


def complement_problem(code, rest):
    """rest = ' … word … word' after the verb; return a skip reason or None."""
    segs = [x.strip() for x in rest.split(GAP) if x.strip()]
    words = [w for x in segs for w in x.split()]
    if len(words) > 4:
        return "complement too long"
    if len(set(words)) < len(words):
        return "repeated word"
    ok = COMPLEMENT_OK_FOR.get(code, set()) | COMPLEMENT_OK_FOR.get(code[:3], set())
    head = segs[-1] if segs else ""
    for item in [head, head.split()[-1] if head else ""]:
        if item and item not in ok and item in COMPLEMENT_DENY:
            return "complement denied (judgement)"
    return None


def frame_for(code, pattern, verb):
    if verb in ("visit", "arrive") or code == "042":
        return "visit"
    if code == "057":
        return "joint"
    if code == "046":
        return "joint"
    if code[:2] == "06" and re.search(r"\bjoint\b|\bcombined\b", pattern):
        return "joint"
    if code == "040" and verb in ("confer", "converse", "discuss"):
        return "joint"
    return "subject"


def build(path):
    stats = collections.Counter()
    skipped = collections.Counter()
    synsets, blocks = parse(path, stats)
    entries = {}  # pattern -> set of codes
    origin = {}
    bare_codes = {}

    for b in blocks:
        members = {}
        for v in b["verbs"]:
            lemma, why = verb_lemma(v["raw"])
            if why:
                skipped["verb: " + why] += 1
                continue
            if v["empty_forms"]:
                skipped["verb: inflected compound with empty {}"] += 1
                continue
            members.setdefault(v["raw"].replace("+", ""), lemma)
            code = v["code"] if v["code"] is not None else b["code"]
            if code in ("---", ""):
                skipped["verb: null code"] += 1
                continue
            tier = in_scope(code)
            if tier is None:
                skipped["verb: code out of scope"] += 1
                continue
            if lemma in LIGHT_VERBS or lemma.split()[0] in LIGHT_VERBS and " " not in lemma:
                skipped["verb: light verb (bare)"] += 1
                continue
            if lemma in BARE_DENY:
                skipped["verb: denied bare (judgement)"] += 1
                continue
            if not verb_allowed(code, lemma):
                skipped["verb: verb not allowed for its code"] += 1
                continue
            entries.setdefault(lemma, set()).add(code)
            bare_codes.setdefault(lemma, set()).add(code)
            origin.setdefault((lemma, code), b["head"])
            stats["verbs kept"] += 1
        head_word = b["head"].split("_")[0]
        for line in b["patterns"]:
            cverbs, code, outs, why = convert_pattern(line, synsets)
            if why:
                skipped["pattern: " + why] += 1
                continue
            if cverbs:
                lemmas = [members[c] for c in cverbs if c in members]
                if not lemmas:
                    skipped["pattern: comment verb not in block"] += 1
                    continue
            elif head_word in members:
                lemmas = [members[head_word]]
            else:
                skipped["pattern: no verb to attach"] += 1
                continue
            kept_any = False
            for lemma in dict.fromkeys(lemmas):
                for rest in outs:
                    pat = lemma + rest
                    words = set(re.split(r"[ \u2026]+", pat))
                    c = code
                    if lemma == "sign":
                        obj = [w for w in re.split(r" \u2026 ", rest) if w]
                        if not obj or obj[0].split()[-1] not in SIGN_NOUNS:
                            skipped["pattern: sign + non-document"] += 1
                            continue
                        c = "057"
                    c = REMAP.get(pat, c)
                    if pat in PATTERN_DENY:
                        skipped["pattern: denied (judgement)"] += 1
                        continue
                    if words & WORD_DENY:
                        skipped["pattern: domestic/legal word"] += 1
                        continue
                    if not verb_allowed(c, lemma):
                        skipped["pattern: verb not allowed for its code"] += 1
                        continue
                    why = complement_problem(c, rest)
                    if why:
                        skipped["pattern: " + why] += 1
                        continue
                    if c in bare_codes.get(lemma, ()):
                        skipped["pattern: redundant with bare verb"] += 1
                        continue
                    entries.setdefault(pat, set()).add(c)
                    origin.setdefault((pat, c), b["head"])
                    kept_any = True
            if kept_any:
                stats["patterns kept"] += 1

    rows = []
    for pat, codes in entries.items():
        roots = {c[:2] for c in codes}
        if len(roots) > 1:
            skipped["entry: conflicting code roots (dropped)"] += 1
            continue
        # same root: keep the most general code (shortest, then lowest)
        code = sorted(codes, key=lambda c: (len(c), c))[0]
        if len(codes) > 1:
            skipped["entry: same-root codes merged"] += len(codes) - 1
        verb = pat.split()[0]
        rows.append((code, pat, in_scope(code), frame_for(code, pat, verb)))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows, stats, skipped


HEADER = """# GENERATED by scripts/predicates/from_cameo.py from PETRARCH-2's CAMEO.2.0.txt - do not edit;
# change the rules in the script and regenerate (scripts/predicates/check.sh verifies).
# Source: openeventdata/petrarch2 @ 676801c, petrarch2/data/dictionaries/CAMEO.2.0.txt
#   (the verb blocks and patterns, restricted to the CAMEO codes of EVENTS.md section 3).
# Derived from material under the MIT License, Copyright (c) 2014 Open Event Data
#   (the source file itself says (c) 2015 Open Event Data Alliance); full notice in
#   crates/code/data/LICENSE-petrarch.txt.
#pattern\tlang\tcameo\ttier\tframe
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=DEFAULT_SRC)
    ap.add_argument("-o", "--output", default=DEFAULT_OUT)
    args = ap.parse_args()
    rows, stats, skipped = build(args.source)
    text = HEADER + "".join(f"{p}\ten\t{c}\t{t}\t{fr}\n" for c, p, t, fr in rows)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    err = sys.stderr
    print(f"read: {stats['blocks read']} verb blocks, {stats['patterns read']} patterns", file=err)
    print(f"kept: {stats['verbs kept']} bare verb entries, {stats['patterns kept']} patterns "
          f"(giving {sum(1 for _, p, _, _ in rows if ' ' in p)} multi-word entries)",
          file=err)
    print(f"entries: {len(rows)}", file=err)
    roots = collections.Counter(c[:2] for c, _, _, _ in rows)
    print("per code root: " + ", ".join(f"{k}x:{v}" for k, v in sorted(roots.items())), file=err)
    codes = collections.Counter(c for c, _, _, _ in rows)
    print("per code: " + ", ".join(f"{k}:{v}" for k, v in sorted(codes.items())), file=err)
    tiers = collections.Counter(t for _, _, t, _ in rows)
    print("per tier: " + ", ".join(f"{k}:{v}" for k, v in sorted(tiers.items())), file=err)
    frames = collections.Counter(f for _, _, _, f in rows)
    print("per frame: " + ", ".join(f"{k}:{v}" for k, v in sorted(frames.items())), file=err)
    print("skipped:", file=err)
    for k, v in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:5d}  {k}", file=err)


if __name__ == "__main__":
    main()
