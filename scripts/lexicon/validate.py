#!/usr/bin/env python3
"""Check every lexicon data file (generated and curated) against its documented format.

usage: validate.py [DATA_DIR [FILE...]]     (default: crates/lexicon/data, all files)
Exit status 1 and one line per problem when something is wrong.
"""
from __future__ import annotations

import os
import re
import sys

from lexlib import EMPTY, SEP, is_latin

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "crates", "lexicon", "data")
SECTORS = {"MIL", "GOV", "PTY", "LEG", "IGO"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUM = re.compile(r"^-?\d+(\.\d+)?$")
MAX_TOTAL = 3_000_000

# column -> (mandatory, checker name). Checkers: latin (every '|' value Latin-script), text, enum:..., re:..., ref:..., any
SCHEMAS = {
    "countries.tsv": {
        "columns": ["iso3", "iso2", "en_names", "fr_names", "fr_gender_number", "fr_article", "fr_in",
                    "en_adjectives", "fr_adjectives", "en_prefixes", "fr_prefixes",
                    "capital_en", "capital_fr", "lat", "lon"],
        "mandatory": {"iso3", "iso2", "en_names", "fr_names", "fr_gender_number", "fr_article", "fr_in"},
        "latin": {"en_names", "fr_names", "en_adjectives", "fr_adjectives", "en_prefixes", "fr_prefixes",
                  "capital_en", "capital_fr"},
        "enum": {"fr_gender_number": {"ms", "fs", "mp", "fp"}, "fr_article": {"le", "la", "l'", "les", "none"},
                 "fr_in": {"au", "en", "aux", "à"}},
        "regex": {"iso3": r"^[A-Z]{3}$", "iso2": r"^[A-Z]{2}$"},
        "num": {"lat", "lon"},
        "unique": [("iso3",), ("iso2",)],
    },
    "cities.tsv": {
        "columns": ["name_en", "names_other", "iso3", "lat", "lon", "population", "is_capital", "geonameid"],
        "mandatory": {"name_en", "iso3", "lat", "lon", "population", "is_capital", "geonameid"},
        "latin": {"name_en", "names_other"},
        "enum": {"is_capital": {"0", "1"}},
        "regex": {"population": r"^\d+$", "geonameid": r"^\d+$"},
        "num": {"lat", "lon"},
        "iso3": {"iso3"},
        "unique": [("geonameid",)],
    },
    "vn_provinces.tsv": {
        "columns": ["code", "kind", "name_vi", "names_other", "names_fr", "names_en", "since_2025"],
        "mandatory": {"code", "kind", "name_vi", "since_2025"},
        "latin": {"name_vi", "names_other", "names_fr", "names_en"},
        "enum": {"kind": {"province", "municipality"}},
        "regex": {"code": r"^VN-[0-9A-Z]{2}$"},
        "ref": {"since_2025": "code"},
        "unique": [("code",)],
    },
    "vn_military_regions.tsv": {
        "columns": ["id", "kind", "number", "names_fr", "names_en", "names_vi", "hq", "note"],
        "mandatory": {"id", "kind", "names_fr", "names_en", "names_vi", "hq"},
        "latin": {"names_fr", "names_en", "names_vi", "hq"},
        "enum": {"kind": {"military_region", "capital_command", "naval_region", "coast_guard_region"}},
        "regex": {"number": r"^(\d+|-)$"},
        "unique": [("id",)],
    },
    "geo_features.tsv": {
        "columns": ["kind", "names_en", "names_fr"],
        "mandatory": {"kind", "names_en", "names_fr"},
        "latin": {"names_en", "names_fr"},
        "enum": {"kind": {"sea", "gulf", "strait", "ocean", "region"}},
        "names_unique": ["names_en", "names_fr"],
    },
    "orgs.tsv": {
        "columns": ["code", "kind", "parent", "en_names", "fr_names"],
        "mandatory": {"code", "kind", "en_names", "fr_names"},
        "latin": {"en_names", "fr_names"},
        "enum": {"kind": {"igo", "un_mission", "forum", "exercise"}},
        "regex": {"code": r"^[A-Za-z0-9_+]+$"},
        "ref": {"parent": "code"},
        "unique": [("code",)],
        "names_unique": ["en_names", "fr_names"],
    },
    "institutions.tsv": {
        "columns": ["pattern", "lang", "sector", "country", "kind"],
        "mandatory": {"pattern", "lang", "kind"},
        "latin": {"pattern"},
        "single": {"pattern"},
        "enum": {"lang": {"fr", "en", "*"}, "sector": SECTORS | {EMPTY},
                 "kind": {"ministry", "department", "staff", "command", "armed_force", "service_branch", "party",
                          "mass_org", "party_organ", "legislature", "government", "local_government", "agency",
                          "embassy", "academy", "unit", "ship_prefix"}},
        "iso3": {"country"},
        "unique": [("pattern", "lang", "country")],
    },
    "titles.tsv": {
        "columns": ["pattern", "lang", "sector", "kind", "country"],
        "mandatory": {"pattern", "lang", "kind"},
        "latin": {"pattern"},
        "single": {"pattern"},
        "enum": {"lang": {"fr", "en", "*"}, "sector": SECTORS | {EMPTY}, "kind": {"title", "rank"}},
        "iso3": {"country"},
        "unique": [("pattern", "lang", "kind")],
    },
    "office_holders.tsv": {
        "columns": ["name", "iso3", "sector", "title_en", "title_fr", "from", "to", "aliases", "note"],
        "mandatory": {"name", "iso3", "sector", "title_en", "title_fr", "from"},
        "latin": {"name", "aliases", "title_en", "title_fr"},
        "single": {"name", "title_en", "title_fr"},
        "enum": {"sector": SECTORS},
        "regex": {"from": DATE.pattern, "to": r"^(\d{4}-\d{2}-\d{2}|-)$"},
        "iso3": {"iso3"},
        "unique": [("name", "iso3", "title_en", "from")],
    },
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().split("\n")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    only = set(sys.argv[2:])
    unknown = only - set(SCHEMAS)
    if unknown:
        sys.exit(f"validate.py: no schema for {sorted(unknown)}")
    errs = []
    iso3s = set()
    cpath = os.path.join(d, "countries.tsv")
    if os.path.exists(cpath):
        for line in read(cpath):
            if line and not line.startswith("#"):
                iso3s.add(line.split("\t")[0])
    total = 0
    for fname, sch in sorted(SCHEMAS.items()):
        if only and fname not in only:
            continue
        path = os.path.join(d, fname)
        if not os.path.exists(path):
            errs.append(f"{fname}: missing")
            continue
        total += os.path.getsize(path)
        lines = read(path)
        if lines[-1] != "":
            errs.append(f"{fname}: no final newline")
        lines = lines[:-1]

        def err(n, msg):
            errs.append(f"{fname}:{n}: {msg}")

        if not lines or not re.match(r"^# (generated by scripts/lexicon/|curated by hand)", lines[0]):
            err(1, "first line must be the '# generated by ...' or '# curated by hand ...' header")
        cols = sch["columns"]
        if len(lines) < 2 or lines[1] != "#" + "\t".join(cols):
            err(2, "second line must be the column line #" + "\t".join(cols))
        rows = []
        seen_lines = set()
        for n, line in enumerate(lines, 1):
            if line.startswith("#"):
                continue
            if line in seen_lines:
                err(n, "duplicate row")
            seen_lines.add(line)
            if line != line.strip() or not line:
                err(n, "blank line or leading/trailing whitespace")
                continue
            cells = line.split("\t")
            if len(cells) != len(cols):
                err(n, f"{len(cells)} cells, expected {len(cols)}")
                continue
            row = dict(zip(cols, cells))
            rows.append((n, row))
            for c, v in row.items():
                if v == "" or v != v.strip():
                    err(n, f"{c}: empty cell or stray whitespace (use '{EMPTY}')")
                    continue
                if c in sch["mandatory"] and v == EMPTY:
                    err(n, f"{c}: mandatory cell is empty")
                if v == EMPTY:
                    continue
                vals = v.split(SEP)
                if c in sch.get("single", ()) and len(vals) > 1:
                    err(n, f"{c}: one value only")
                if any(x == "" or x != x.strip() for x in vals):
                    err(n, f"{c}: empty or padded value in {v!r}")
                if len(set(vals)) != len(vals):
                    err(n, f"{c}: repeated value in {v!r}")
                if c in sch.get("latin", ()):
                    for x in vals:
                        if not is_latin(x):
                            err(n, f"{c}: not Latin script / unexpected character: {x!r}")
                        if "\u2019" in x:
                            err(n, f"{c}: typographic apostrophe in {x!r} (use ')")
                if c in sch.get("enum", {}) and v not in sch["enum"][c]:
                    err(n, f"{c}: {v!r} not in {sorted(sch['enum'][c])}")
                if c in sch.get("regex", {}) and not re.match(sch["regex"][c], v):
                    err(n, f"{c}: {v!r} does not match {sch['regex'][c]}")
                if c in sch.get("num", ()) and not NUM.match(v):
                    err(n, f"{c}: {v!r} is not a number")
                if c in sch.get("iso3", ()) and iso3s and v not in iso3s:
                    err(n, f"{c}: {v!r} is not an iso3 of countries.tsv")
        for key in sch.get("unique", []):
            seen = {}
            for n, row in rows:
                k = tuple(row[c] for c in key)
                if k in seen:
                    err(n, f"duplicate {key} {k} (first on line {seen[k]})")
                seen.setdefault(k, n)
        for c, target in sch.get("ref", {}).items():
            targets = {row[target] for _, row in rows}
            for n, row in rows:
                if row[c] != EMPTY and row[c] not in targets:
                    err(n, f"{c}: {row[c]!r} is not a {target} of this file")
        if "names_unique" in sch:
            owner = {}
            for n, row in rows:
                for c in sch["names_unique"]:
                    if row[c] == EMPTY:
                        continue
                    for x in row[c].split(SEP):
                        o = owner.setdefault(x, row[cols[0]])
                        if o != row[cols[0]]:
                            err(n, f"name {x!r} belongs to both {o} and {row[cols[0]]}")
        if fname == "office_holders.tsv":
            for n, row in rows:
                if row["to"] != EMPTY and row["to"] < row["from"]:
                    err(n, f"'to' {row['to']} before 'from' {row['from']}")
    if total > MAX_TOTAL:
        errs.append(f"data files total {total} bytes, over the {MAX_TOTAL} budget")
    for e in errs:
        print(e)
    if errs:
        sys.exit(1)
    print(f"validate.py: {len(only or SCHEMAS)} files OK ({total} bytes)")


if __name__ == "__main__":
    main()
