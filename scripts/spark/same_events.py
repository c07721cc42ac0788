#!/usr/bin/env python3
"""Whether two files of events (JSON lines) hold the same events: every
line parsed and written back with sorted keys, the lines sorted, compared.
Exits 1 on a difference (showing a few), and also when no event is reported
by several documents (then linking went untested).

    python3 scripts/spark/same_events.py NAME A.jsonl B.jsonl
"""

import json
import sys


def events(path):
    with open(path, encoding="utf-8") as f:
        return sorted(json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in f)


def main():
    name, a, b = sys.argv[1:]
    ea, eb = events(a), events(b)
    if ea != eb:
        only_a, only_b = sorted(set(ea) - set(eb)), sorted(set(eb) - set(ea))
        print(f"FAIL {name}: {len(ea)} against {len(eb)} events; {len(only_a)} and {len(only_b)} differ")
        for line in only_a[:3]:
            print("  <", line[:400])
        for line in only_b[:3]:
            print("  >", line[:400])
        sys.exit(1)
    docs = {}
    for line in ea:
        event = json.loads(line)
        docs.setdefault(event["event_id"], set()).add(event["doc"])
    across = sum(1 for d in docs.values() if len(d) > 1)
    if across == 0:
        sys.exit(f"FAIL {name}: no event reported by several documents, linking went untested")
    print(f"ok {name}: {len(ea)} events equal; {across} events reported by several documents")


if __name__ == "__main__":
    main()
