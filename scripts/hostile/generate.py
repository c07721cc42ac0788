#!/usr/bin/env python3
"""Hostile inputs for timing attache on long documents (issue 14).

    scripts/hostile/generate.py OUTDIR

writes into OUTDIR:
  para-256k.txt, para-1m.txt, para-4m.txt  one paragraph (no line break after
      the title) of plausible French and English news sentences, repeated;
  nested-100k.html   100,000 nested <div>s around a short article;
  attrs-200k.html    one element carrying 200,000 attributes, then an article.
Then time e.g. `attache extract OUTDIR/para-1m.txt > /dev/null`.
"""
import os
import sys

SENTENCES = [
    "Le ministre de la Défense Phan Van Giang a reçu mardi à Hanoï son homologue cambodgien Tea Seiha.",
    "Les deux parties ont convenu de renforcer la coopération dans la formation et la recherche.",
    "General Nguyen Tan Cuong met Australian Chief of Defence Force Angus Campbell in Canberra on Monday.",
    "He said the two countries would hold a joint exercise in the South China Sea next year.",
    "Le général Trinh Van Quyet, directeur du Département politique général, a rencontré M. Sok Chenda.",
    "Vietnam and Laos signed a memorandum of understanding on border security cooperation.",
    "À cette occasion, le vice-ministre Hoang Xuan Chien a remercié la délégation japonaise.",
    "The Indian Navy ship INS Delhi made a port call at Cam Ranh International Port on 12 March.",
]


def paragraph(size):
    title = "Coopération de défense\n\n"
    out, n = [title], len(title.encode())
    i = 0
    while n < size:
        s = SENTENCES[i % len(SENTENCES)] + " "
        out.append(s)
        n += len(s.encode())
        i += 1
    return "".join(out)


ARTICLE = "<article><h1>Visite</h1><p>" + " ".join(SENTENCES) + "</p></article>"


def nested(depth):
    return "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"


def attributes(count):
    attrs = " ".join(f'a{i}="v"' for i in range(count))
    return f"<html><body><div {attrs}></div>{ARTICLE}</body></html>"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "hostile"
    os.makedirs(out, exist_ok=True)
    files = {
        "para-256k.txt": paragraph(256 * 1024),
        "para-1m.txt": paragraph(1024 * 1024),
        "para-4m.txt": paragraph(4 * 1024 * 1024),
        "nested-100k.html": nested(100_000),
        "attrs-200k.html": attributes(200_000),
    }
    for name, text in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
