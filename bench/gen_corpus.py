#!/usr/bin/env python3
"""Generate a large benchmark corpus of news documents (JSONL), deterministically.

    bench/gen_corpus.py --size-mb N --seed S OUT.jsonl

Each line is a document in the format of samples/news.jsonl (id, url, source,
lang, title, published, text). Documents recombine the project's own sample
pages (samples/) with the sentences of bench/sentences.tsv, about 80 % French
and 20 % English, 2-6 KB of text each, with page furniture now and then
(">>" links to other stories, photo captions, a duplicated lead, glued
words, a "Voir plus" block) so that the cleaner has real work to do.

The same inputs, size and seed give a byte-identical file: all choices come
from one random.Random(seed), and the inputs are read in a fixed order. The
corpus is written as it is made (one document in memory at a time), so any
size works. MB means 10^6 bytes here and in the rest of the benchmark.

Beside OUT.jsonl, OUT.jsonl.stats.json gets the counts: documents, bytes,
sentences (approximate: the sentences of the story itself, without title,
captions, links or the duplicated lead), per language too.
"""

import argparse
import datetime
import html.parser
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"
SENTENCES = HERE / "sentences.tsv"

# Share of French documents, as in the French editions the project reads first.
FRENCH_SHARE = 0.8
# Text size of one document: between 2 and 6 KB, most around 3.5 KB.
TEXT_MIN, TEXT_MODE, TEXT_MAX = 2000, 3500, 6000
FIRST_DAY = datetime.date(2024, 1, 1)
DAYS = 366

OUTLETS = {
    "fr": ["fr.example-news.vn", "lecourrier.example.vn", "fr.qdnd.example.vn",
           "fr.nhandan.example.vn", "fr.vov.example.vn"],
    "en": ["en.example-news.vn", "en.other-outlet.example", "vietnamnews.example.vn",
           "en.qdnd.example.vn"],
}
SECTIONS = ["defense", "politique", "monde", "actualites"]

# Partner countries and the forms the sentence slots need:
# French name with article, "de" form, "à" form, bare name, adjective (m., f.),
# capital; English name, adjective, capital.
COUNTRIES = [
    ("le Laos", "du Laos", "au Laos", "Laos", "lao", "lao", "Vientiane",
     "Laos", "Lao", "Vientiane"),
    ("le Cambodge", "du Cambodge", "au Cambodge", "Cambodge", "cambodgien", "cambodgienne",
     "Phnom Penh", "Cambodia", "Cambodian", "Phnom Penh"),
    ("la France", "de la France", "en France", "France", "français", "française", "Paris",
     "France", "French", "Paris"),
    ("l'Inde", "de l'Inde", "en Inde", "Inde", "indien", "indienne", "New Delhi",
     "India", "Indian", "New Delhi"),
    ("le Japon", "du Japon", "au Japon", "Japon", "japonais", "japonaise", "Tokyo",
     "Japan", "Japanese", "Tokyo"),
    ("l'Australie", "de l'Australie", "en Australie", "Australie", "australien", "australienne",
     "Canberra", "Australia", "Australian", "Canberra"),
    ("la Russie", "de la Russie", "en Russie", "Russie", "russe", "russe", "Moscou",
     "Russia", "Russian", "Moscow"),
    ("Singapour", "de Singapour", "à Singapour", "Singapour", "singapourien", "singapourienne",
     "Singapour", "Singapore", "Singaporean", "Singapore"),
    ("l'Indonésie", "de l'Indonésie", "en Indonésie", "Indonésie", "indonésien", "indonésienne",
     "Jakarta", "Indonesia", "Indonesian", "Jakarta"),
    ("la Thaïlande", "de la Thaïlande", "en Thaïlande", "Thaïlande", "thaïlandais",
     "thaïlandaise", "Bangkok", "Thailand", "Thai", "Bangkok"),
    ("la Malaisie", "de la Malaisie", "en Malaisie", "Malaisie", "malaisien", "malaisienne",
     "Kuala Lumpur", "Malaysia", "Malaysian", "Kuala Lumpur"),
    ("le Bangladesh", "du Bangladesh", "au Bangladesh", "Bangladesh", "bangladais",
     "bangladaise", "Dacca", "Bangladesh", "Bangladeshi", "Dhaka"),
    ("la Mongolie", "de la Mongolie", "en Mongolie", "Mongolie", "mongol", "mongole",
     "Oulan-Bator", "Mongolia", "Mongolian", "Ulaanbaatar"),
    ("la Nouvelle-Zélande", "de la Nouvelle-Zélande", "en Nouvelle-Zélande", "Nouvelle-Zélande",
     "néo-zélandais", "néo-zélandaise", "Wellington", "New Zealand", "New Zealand",
     "Wellington"),
    ("le Brésil", "du Brésil", "au Brésil", "Brésil", "brésilien", "brésilienne", "Brasilia",
     "Brazil", "Brazilian", "Brasilia"),
    ("l'Allemagne", "de l'Allemagne", "en Allemagne", "Allemagne", "allemand", "allemande",
     "Berlin", "Germany", "German", "Berlin"),
    ("le Royaume-Uni", "du Royaume-Uni", "au Royaume-Uni", "Royaume-Uni", "britannique",
     "britannique", "Londres", "the United Kingdom", "British", "London"),
    ("Cuba", "de Cuba", "à Cuba", "Cuba", "cubain", "cubaine", "La Havane",
     "Cuba", "Cuban", "Havana"),
]
MISSIONS = [
    "la Mission des Nations unies au Soudan du Sud",
    "la Force intérimaire de sécurité des Nations unies pour Abyei",
    "la Mission des Nations unies en République centrafricaine",
]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

DAY_MONTH = {
    "fr": re.compile(r"\b(?:le |du )?(?:1er|\d{1,2})(?: au \d{1,2})? (?:" + "|".join(MOIS) + r")\b"),
    "en": re.compile(r"\b(?:on )?(?:" + "|".join(MONTHS) + r") \d{1,2}\b"),
}
SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
CAPTION = re.compile(r"(?i)(?:photo|image)\s*:\s*\S[^.!?]{0,60}\)?\s*$")
LINK_LINE = re.compile(r"(?i)^(?:>>|also read\s*\|)")


def count_sentences(text):
    """Sentences, roughly: stops followed by a space or the end."""
    return max(1, len(SENTENCE_END.findall(text)))


# ---------------------------------------------------------------- inputs

class Pools:
    """What documents are made of, per language and role.

    Each entry is (template, sentences); a template may hold {slots}.
    """

    def __init__(self):
        self.by = {(lang, role): [] for lang in ("fr", "en")
                   for role in ("lead", "body", "title", "caption", "sample")}

    def add(self, lang, role, text):
        text = text.strip()
        if text:
            self.by[(lang, role)].append((text, count_sentences(text)))

    def __getitem__(self, key):
        return self.by[key]


def read_sentences(pools):
    with open(SENTENCES, encoding="utf-8") as f:
        rows = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    for row in rows[1:]:  # rows[0] is the header
        lang, role, text = row.split("\t")
        pools.add(lang, role, text)


def add_sample_paragraphs(pools, lang, text):
    """Sample paragraphs go in whole: story paragraphs (one line ending a
    sentence) as 'sample', captions to the caption pool; link lines, titles,
    reading times and "Voir plus" blocks are left out (the generator makes
    its own furniture).

    The day and month a sample paragraph names become the {date} slot:
    otherwise every document that borrows it would report the same event on
    the same day, and the dedup stage would face one giant cluster that no
    real corpus has."""
    # Literal braces would be read as slots; the samples have none, but be safe.
    text = text.replace("{", "(").replace("}", ")")
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if LINK_LINE.match(para) or "\n" in para:
            continue
        if CAPTION.search(para) and len(para) < 300:
            pools.add(lang, "caption", para)
        elif len(para) >= 80 and re.search(r"(?:[.!?]|-VNA)$", para):
            pools.add(lang, "sample", DAY_MONTH[lang].sub("{date}", para))


class ArticleText(html.parser.HTMLParser):
    """The <p> and <figcaption> texts of an <article>, simply."""

    def __init__(self):
        super().__init__()
        self.depth = 0          # inside <article>
        self.current = None     # text of the open <p>/<figcaption>
        self.paragraphs = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("p", "figcaption"):
            self.current = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag in ("p", "figcaption") and self.current is not None:
            self.paragraphs.append("".join(self.current).strip())
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def read_samples(pools):
    with open(SAMPLES / "news.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line) if line.strip() else {}
            # Only French and English: a sample in another language is left out.
            if doc.get("lang") in ("fr", "en"):
                add_sample_paragraphs(pools, doc["lang"], doc["text"])
    add_sample_paragraphs(pools, "fr", (SAMPLES / "fr-visite-vientiane.txt").read_text("utf-8"))
    parser = ArticleText()
    parser.feed((SAMPLES / "en-port-call.html").read_text("utf-8"))
    add_sample_paragraphs(pools, "en", "\n\n".join(parser.paragraphs))


# ---------------------------------------------------------------- documents

def ordinal(n, lang):
    if lang == "fr":
        return "1er" if n == 1 else f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def slots_for(rng, lang, published):
    """The slot values of one document: one partner country, one event date."""
    c = rng.choice(COUNTRIES)
    day = published - datetime.timedelta(days=rng.randint(0, 3))
    year = published.year
    n = rng.choice([12, 24, 30, 63, 86, 184, 250, 800, 1000])
    if lang == "fr":
        d = "1er" if day.day == 1 else str(day.day)
        return {
            "pays": c[0], "pays_de": c[1], "pays_a": c[2], "pays_nom": c[3],
            "adj": c[4], "adj_f": c[5], "capitale": c[6],
            "date": f"le {d} {MOIS[day.month - 1]}", "annee": year,
            "annee_suivante": year + 1, "periode": f"{year}-{year + 5}",
            "annee_part": rng.randint(2009, 2023), "n": n,
            "n_jours": rng.randint(3, 6), "ord": ordinal(rng.randint(2, 15), "fr"),
            "mission": rng.choice(MISSIONS),
        }
    return {
        "country": c[7], "adj": c[8], "capital": c[9],
        "date": f"on {MONTHS[day.month - 1]} {day.day}", "n": n,
        "n_days": rng.randint(3, 6), "ord": ordinal(rng.randint(2, 15), "en"),
        "period": f"{year}-{year + 5}",
    }


def fill(template, slots):
    text = template.format(**slots)
    # A slot that opens a sentence ("la France continue…" after a title slot).
    return text[0].upper() + text[1:] if text[:1].islower() else text


def headline(rng, pools, lang, published):
    """A title of another story, with its own slots."""
    template, _ = rng.choice(pools[(lang, "title")])
    return fill(template, slots_for(rng, lang, published))


def glue_words(rng, text, times):
    """Remove spaces between words, as pages glued by a bad scraper do."""
    for _ in range(times):
        spaces = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
        if not spaces:
            break
        at = rng.choice(spaces)
        text = text[:at] + text[at + 1:]
    return text


def link_line(lang, title):
    return f">>{title}" if lang == "fr" else f"ALSO READ | {title}"


def story_paragraphs(rng, pools, lang, slots, target):
    """Lead and body paragraphs until the text reaches `target` bytes or the
    body sentences run out. Returns (paragraphs, sentences).

    Body sentences are not repeated within a document. Sample paragraphs
    come in whole, in a minority of documents: they are few, and a
    corpus made mostly of them would be one story told many times."""
    lead, sentences = rng.choice(pools[(lang, "lead")])
    body = list(pools[(lang, "body")])
    rng.shuffle(body)
    roll = rng.random()
    borrowed = 0 if roll < 0.7 else 1 if roll < 0.9 else 2
    samples = rng.sample(pools[(lang, "sample")], borrowed)
    paragraphs = [fill(lead, slots)]
    size = len(paragraphs[0].encode())
    while size < target and (body or samples):
        if samples and (not body or rng.random() < 0.3):
            text, n = samples.pop()
            text = fill(text, slots)
        else:
            take = min(len(body), rng.randint(1, 3))
            chosen = [body.pop() for _ in range(take)]
            text = " ".join(fill(t, slots) for t, _ in chosen)
            n = sum(k for _, k in chosen)
        paragraphs.append(text)
        sentences += n
        size += len(text.encode()) + 2
    return paragraphs, sentences


def make_document(rng, pools, index, seed):
    lang = "fr" if rng.random() < FRENCH_SHARE else "en"
    published = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
    slots = slots_for(rng, lang, published)
    title = fill(rng.choice(pools[(lang, "title")])[0], slots)
    target = rng.triangular(TEXT_MIN, TEXT_MAX, TEXT_MODE)
    story, sentences = story_paragraphs(rng, pools, lang, slots, target)

    # Page furniture around the story, each kind now and then.
    page = []
    if rng.random() < 0.5:
        page.append(title)
    if rng.random() < 0.3:
        page += [link_line(lang, headline(rng, pools, lang, published))
                 for _ in range(rng.randint(1, 3))]
    if lang == "fr" and rng.random() < 0.15:
        page.append(f"Article de {rng.randint(200, 900)} mots ⏱️ {rng.randint(1, 5)} min de lecture")
    if rng.random() < 0.35:
        page.append(fill(rng.choice(pools[(lang, "caption")])[0], slots))
    page.append(story[0])
    if rng.random() < 0.12:  # the lead again, sometimes with its spaces lost
        page.append(glue_words(rng, story[0], 40) if rng.random() < 0.3 else story[0])
    for i, para in enumerate(story[1:], 1):
        if rng.random() < 0.08:
            para = glue_words(rng, para, rng.randint(1, 2))
        page.append(para)
        if i == 2 and rng.random() < 0.2:
            page.append(link_line(lang, headline(rng, pools, lang, published)))
    if lang == "fr" and rng.random() < 0.5:
        page[-1] += " -VNA"
    if rng.random() < 0.2:
        page.append("Voir plus" if lang == "fr" else "Related news")
        page += [headline(rng, pools, lang, published) for _ in range(rng.randint(2, 3))]

    source = rng.choice(OUTLETS[lang])
    doc_id = f"bench-{seed}-{index:08d}"
    section = SECTIONS[index % len(SECTIONS)] if lang == "fr" else "politics"
    doc = {
        "id": doc_id,
        "url": f"https://{source}/{section}/{slug(title)}-{index}.html",
        "source": source,
        "lang": lang,
        "title": title,
        "published": published.isoformat(),
        "text": "\n\n".join(page),
    }
    return doc, sentences


def slug(title):
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60]


# ---------------------------------------------------------------- main

def generate(size_mb, seed, out_path):
    pools = Pools()
    read_sentences(pools)
    read_samples(pools)
    rng = random.Random(seed)
    limit = int(size_mb * 1_000_000)
    stats = {"size_mb": size_mb, "seed": seed, "documents": 0, "bytes": 0, "sentences": 0,
             "fr": {"documents": 0, "text_bytes": 0, "sentences": 0},
             "en": {"documents": 0, "text_bytes": 0, "sentences": 0}}
    tmp = Path(str(out_path) + ".part")
    with open(tmp, "wb") as out:
        while stats["bytes"] < limit:
            doc, sentences = make_document(rng, pools, stats["documents"], seed)
            line = (json.dumps(doc, ensure_ascii=False) + "\n").encode()
            out.write(line)
            stats["documents"] += 1
            stats["bytes"] += len(line)
            stats["sentences"] += sentences
            per_lang = stats[doc["lang"]]
            per_lang["documents"] += 1
            per_lang["text_bytes"] += len(doc["text"].encode())
            per_lang["sentences"] += sentences
    stats["text_bytes"] = stats["fr"]["text_bytes"] + stats["en"]["text_bytes"]
    # Written last, so a corpus with its stats file is a finished one.
    tmp.replace(out_path)
    Path(str(out_path) + ".stats.json").write_text(json.dumps(stats, indent=2) + "\n")
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, required=True, help="corpus size in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("out", type=Path, help="output JSONL file")
    args = ap.parse_args()
    if not 0 < args.size_mb <= 16384:
        ap.error("--size-mb must be in (0, 16384]")
    stats = generate(args.size_mb, args.seed, args.out)
    print(f"gen_corpus: {args.out}: {stats['documents']} documents, "
          f"{stats['bytes'] / 1e6:.1f} MB, ~{stats['sentences']} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
