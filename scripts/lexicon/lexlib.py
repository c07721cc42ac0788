"""Shared helpers for the lexicon generators (stdlib only).

Conventions of every data file written here (see crates/lexicon/data/README.md):
UTF-8 (NFC), one record a line, cells separated by TAB, multi-valued cells
separated by '|', '-' marks an empty cell, lines starting with '#' are comments.
Apostrophes are ASCII "'" (U+0027); the recognizer folds U+2019 before matching.
"""
from __future__ import annotations

import gettext
import os
import re
import sys
import unicodedata

EMPTY = "-"
SEP = "|"

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " "})


def clean(s: str) -> str:
    """NFC, ASCII apostrophes, single spaces, no stray space around '-' / after "'"."""
    s = unicodedata.normalize("NFC", s).translate(_APOS)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ?- ?(?=\S)", lambda m: "-" if m.group(0) != " - " else " - ", s)
    s = re.sub(r"\b([dlDLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)' (?=\w)", r"\1'", s)  # "Côte d' Ivoire"
    return s


def fold(s: str) -> str:
    """Lowercase, strip diacritics (incl. Vietnamese d-stroke), unify separators."""
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[\s\-\u2010-\u2015]+", " ", s)
    return s.strip()


def strip_diacritics(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


_ALLOWED_PUNCT = set(" '-.,()&/")


def is_latin(s: str) -> bool:
    """True when every letter is Latin script and the other characters are digits or plain punctuation."""
    if not s:
        return False
    for ch in unicodedata.normalize("NFC", s):
        if ch.isascii():
            if ch.isalnum() or ch in _ALLOWED_PUNCT or ch == "+":
                continue
            return False
        if unicodedata.combining(ch):
            continue
        name = unicodedata.name(ch, "")
        if "LATIN" in name:
            continue
        return False
    return True


def uniq(values):
    """Deduplicate keeping first occurrence (exact string match)."""
    seen = set()
    out = []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def uniq_ci(values):
    """Deduplicate case-insensitively (but diacritics-sensitively), keeping the first spelling."""
    seen = set()
    out = []
    for v in values:
        k = v.casefold()
        if v and k not in seen:
            seen.add(k)
            out.append(v)
    return out


def cell(values) -> str:
    if isinstance(values, str):
        values = [values]
    values = [v for v in values if v not in (None, "")]
    for v in values:
        if "\t" in v or SEP in v or "\n" in v:
            raise ValueError(f"bad character in cell value {v!r}")
    return SEP.join(values) if values else EMPTY


def read_mo(path: str) -> dict[str, str]:
    with open(path, "rb") as fh:
        cat = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 - plain dict msgid->msgstr
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


def read_override(path: str):
    """Rows of a hand-written override TSV: (key, field, [values]); '#' comments and blank lines skipped."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected 3 TAB-separated cells, got {len(parts)}")
            key, field, vals = parts
            rows.append((key.strip(), field.strip(), [clean(v) for v in vals.split(SEP) if v.strip()]))
    return rows


def write_tsv(path: str, header: str, columns: list[str], rows: list[list[str]]):
    rows = sorted(rows)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header.rstrip("\n") + "\n")
        fh.write("#" + "\t".join(columns) + "\n")
        for r in rows:
            if len(r) != len(columns):
                raise ValueError(f"row has {len(r)} cells, expected {len(columns)}: {r}")
            fh.write("\t".join(r) + "\n")


def fmt_coord(x: float) -> str:
    return f"{x:.4f}"
