#!/usr/bin/env python3
"""Documents JSONL (stdin) in date order (stdout): by `published`, then `id`,
the order `attache link` links documents in. One `attache extract` over the
result gives the events of `extract --no-link` + `attache link` over the
same documents split any way (a backfill's partitions).

    python3 scripts/spark/date_order.py < docs.jsonl > docs-by-date.jsonl

The documents are held in memory (for an archive larger than memory, sort
with `sort` on an extracted key instead). `published` is compared as
written, which is attache's reading of it when it is an ISO date
(`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); documents without one come first.
"""

import json
import sys


def key(line):
    doc = json.loads(line)
    return (doc.get("published") or "", doc["id"], line)


lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
sys.stdout.write("".join(line + "\n" for line in sorted(lines, key=key)))
