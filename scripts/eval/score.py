#!/usr/bin/env python3
"""An independent scorer of EVENTS.md §4, written from its words alone.

It exists to check `attache eval` (crates/eval): both must give the same
precision, recall and F1 per tier. Standard library only; not part of the
test command.

    python3 scripts/eval/score.py --gold G --docs D --system S [--json]

What §4 says, and how it is read here:

1. Matching is per document and per tier, one to one. A system event can
   match a gold event of the same tier when the CAMEO root (first two digits)
   is equal, the actors are equal (`country`, or `igo` when the country is
   null; a UN mission also matches `UN`), in order, or either way round when
   the gold event is `joint` or either code is symmetric (040, 041, 044, 046,
   057, 06x), and the dates are compatible (gold null; else both dates as
   spans of days overlap; where either side has `XXXX`, month and day alone,
   so a span across the year end covers December and January days).
2. Events marked `derived` are dropped. The matching pairs as many system
   events with non-optional gold events as can be (a maximum matching), and
   among matchings of that size prefers more pairs with the same full code,
   then more with the same date. A system event left unpaired that would match
   a gold event (already matched, or optional) is dropped: a repeat, or an
   optional one. Any other system event is a false positive. Only the
   documents of `--docs` are scored.
3. Per tier: P = matched / (matched + false positives), R = matched / gold
   events that are not optional, F1 their harmonic mean; over matched pairs,
   the shares with the same full code and the exact same date.

The UN missions are read from the lexicon's data (crates/lexicon/data/orgs.tsv,
kind `un_mission`), the same list the Rust scorer uses.
"""

import argparse
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORGS = os.path.join(HERE, "..", "..", "crates", "lexicon", "data", "orgs.tsv")

SYMMETRIC = {"040", "041", "044", "046", "057"}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def un_missions():
    missions = set()
    with open(ORGS, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) > 1 and cells[1] == "un_mission":
                missions.add(cells[0])
    return missions


MISSIONS = un_missions()


# --- dates -----------------------------------------------------------------

LEAP = 2000  # the calendar of an unknown year: every month-day exists


def parse_point(text):
    """(first, last, year_known) of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
    `XXXX-MM-DD` or `XXXX-MM`, as datetime.date (year 2000 when unknown), or
    None."""
    parts = text.strip().split("-")
    try:
        # EVENTS.md §2 writes an unknown year only as `XXXX-MM-DD`, but the
        # gold also has `XXXX-MM` (dev2): read it as its month, as `YYYY-MM`.
        known = parts[0] != "XXXX"
        if not known and len(parts) not in (2, 3):
            return None
        if len(parts[0]) != 4:
            return None
        year = int(parts[0]) if known else LEAP
        if len(parts) == 1:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31), True
        month = int(parts[1])
        if len(parts) == 2:
            first = datetime.date(year, month, 1)
            nxt = datetime.date(year + month // 12, month % 12 + 1, 1)
            return first, nxt - datetime.timedelta(days=1), known
        if len(parts) == 3:
            d = datetime.date(year, month, int(parts[2]))
            return d, d, known
    except ValueError:
        return None
    return None


def parse_date(text):
    """(first, last, year_known) of a date or a range `START/END`, or None."""
    if text is None:
        return None
    if "/" in text:
        a, b = text.split("/", 1)
        pa, pb = parse_point(a), parse_point(b)
        if pa is None or pb is None:
            return None
        known = pa[2] and pb[2]
        if known and pa[0] > pb[1]:
            return None
        return pa[0], pb[1], known
    return parse_point(text)


def month_days(span):
    """The set of (month, day) a span covers; a span whose end comes before
    its start in the calendar (`XXXX-12-30/XXXX-01-02`) runs across the year
    end."""
    first, last, known = span
    if known:
        if (last - first).days >= 366:
            return None  # every month-day
        days, d = set(), first
        while d <= last:
            days.add((d.month, d.day))
            d += datetime.timedelta(days=1)
        return days
    days, d = set(), first.replace(year=LEAP)
    end = last.replace(year=LEAP)
    while True:
        days.add((d.month, d.day))
        if d == end:
            return days
        d += datetime.timedelta(days=1)
        if d.year != LEAP:
            d = d.replace(year=LEAP)


def dates_compatible(gold, system):
    if gold is None:
        return True
    g, s = parse_date(gold), parse_date(system)
    if g is None or s is None:
        return False
    if g[2] and s[2]:
        return g[0] <= s[1] and s[0] <= g[1]
    gm, sm = month_days(g), month_days(s)
    if gm is None or sm is None:
        return True
    return bool(gm & sm)


# --- actors and matching ----------------------------------------------------


def party(actor):
    actor = actor or {}
    return actor.get("country") or actor.get("igo")


def same_party(gold, system):
    g, s = party(gold), party(system)
    if g == s:
        return True
    if (gold or {}).get("country") or (system or {}).get("country"):
        return False
    return (g == "UN" and s in MISSIONS) or (s == "UN" and g in MISSIONS)


def symmetric(code):
    return code in SYMMETRIC or code.startswith("06")


def root(code):
    return code[:2]


def can_match(g, s):
    if g["tier"] != s["tier"] or root(g["cameo"]) != root(s["cameo"]):
        return False
    if not dates_compatible(g.get("date"), s.get("date")):
        return False
    if same_party(g.get("source"), s.get("source")) and same_party(
        g.get("target"), s.get("target")
    ):
        return True
    either = g.get("joint") or symmetric(g["cameo"]) or symmetric(s["cameo"])
    return bool(either) and (
        same_party(g.get("source"), s.get("target"))
        and same_party(g.get("target"), s.get("source"))
    )


def hungarian(weights):
    """Maximum-weight assignment of a rectangular matrix (rows <= cols),
    weights >= 0; returns the column of each row. O(n^2 m)."""
    n, m = len(weights), len(weights[0])
    big = max(max(r) for r in weights)
    cost = [[big - w for w in r] for r in weights]
    inf = float("inf")
    u, v = [0] * (n + 1), [0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    row_col = [None] * n
    for j in range(1, m + 1):
        if p[j]:
            row_col[p[j] - 1] = j - 1
    return row_col


def best_matching(gold, system):
    """Pairs (s, g) of a maximum matching, preferring same code then same
    date: weights make size dominate code, and code dominate date."""
    n = len(system) + len(gold) + 1
    date_w, code_w = 1, n + 1
    size_w = code_w * (n + 1)
    weights = []
    for s in system:
        row = []
        for g in gold:
            if can_match(g, s):
                row.append(
                    size_w
                    + code_w * (g["cameo"] == s["cameo"])
                    + date_w * (g.get("date") == s.get("date"))
                )
            else:
                row.append(0)
        weights.append(row)
    if not system or not gold:
        return []
    transpose = len(system) > len(gold)
    if transpose:
        weights = [list(col) for col in zip(*weights)]
    cols = hungarian(weights)
    pairs = []
    for r, c in enumerate(cols):
        s, g = (c, r) if transpose else (r, c)
        if c is not None and can_match(gold[g], system[s]):
            pairs.append((s, g))
    return pairs


def score(gold, system, langs):
    """Counts per `tier/lang` and `tier/all`."""
    docs = set(langs)
    tiers = {}

    def bump(tier, lang, field, n=1):
        for key in (f"{tier}/{lang}", f"{tier}/all"):
            t = tiers.setdefault(
                key,
                dict(gold=0, system=0, matched=0, false_positives=0,
                     dropped=0, same_code=0, same_date=0),
            )
            t[field] += n

    groups = {}
    for e in gold:
        if e["doc"] in docs:
            groups.setdefault((e["doc"], e["tier"]), ([], []))[0].append(e)
    for e in system:
        if e["doc"] in docs:
            groups.setdefault((e["doc"], e["tier"]), ([], []))[1].append(e)
    for (doc, tier), (g_all, s_all) in sorted(groups.items()):
        lang = langs[doc]
        required = [g for g in g_all if not g.get("optional")]
        bump(tier, lang, "gold", len(required))
        bump(tier, lang, "system", len(s_all))
        live = [s for s in s_all if not s.get("derived")]
        bump(tier, lang, "dropped", len(s_all) - len(live))
        pairs = best_matching(required, live)
        paired = {s for s, _ in pairs}
        bump(tier, lang, "matched", len(pairs))
        for s, g in pairs:
            bump(tier, lang, "same_code", live[s]["cameo"] == required[g]["cameo"])
            bump(tier, lang, "same_date", live[s].get("date") == required[g].get("date"))
        for i, s in enumerate(live):
            if i in paired:
                continue
            if any(can_match(g, s) for g in g_all):
                bump(tier, lang, "dropped")
            else:
                bump(tier, lang, "false_positives")
    for t in tiers.values():
        m, fp = t["matched"], t["false_positives"]
        t["P"] = m / (m + fp) if m + fp else 0.0
        t["R"] = m / t["gold"] if t["gold"] else 0.0
        p, r = t["P"], t["R"]
        t["F1"] = 2 * p * r / (p + r) if p + r else 0.0
    return dict(sorted(tiers.items()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--system", required=True)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    langs = {d["id"]: d.get("lang") or "?" for d in read_jsonl(a.docs)}
    tiers = score(read_jsonl(a.gold), read_jsonl(a.system), langs)
    if a.json:
        json.dump(tiers, sys.stdout, indent=1)
        print()
        return
    print(f"{'tier/lang':<16} {'gold':>5} {'system':>6} {'matched':>7} "
          f"{'P':>6} {'R':>6} {'F1':>6} {'code':>6} {'date':>6}")
    for key, t in tiers.items():
        share = (lambda n: n / t["matched"]) if t["matched"] else (lambda n: 0.0)
        print(f"{key:<16} {t['gold']:>5} {t['system']:>6} {t['matched']:>7} "
              f"{t['P']:>6.3f} {t['R']:>6.3f} {t['F1']:>6.3f} "
              f"{share(t['same_code']):>6.2f} {share(t['same_date']):>6.2f}")


if __name__ == "__main__":
    main()
