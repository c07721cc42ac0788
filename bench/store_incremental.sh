#!/usr/bin/env bash
# The cost of an incremental `attache extract --db`: builds a store from a
# generated corpus (46 MB: about 207,000 mentions), then times 3 new
# documents into a copy of it under /usr/bin/time -v.
#
#     bench/store_incremental.sh [SIZE_MB] [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
size=${1:-46}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
attache="$here/../target/release/attache"
(cd "$here/.." && cargo build --release -q -p attache-cli)
python3 "$here/gen_corpus.py" --size-mb "$size" --seed 1 "$work/corpus.jsonl"
python3 "$here/gen_corpus.py" --size-mb 1 --seed 7 "$work/more.jsonl"
# Three documents the store does not hold: the first of another seed, renamed.
python3 - "$work/more.jsonl" "$work/new3.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for i, line in zip(range(3), src):
        doc = json.loads(line)
        doc["id"] = f"new-{i}"
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
PY
rm -f "$work/store.db"*
/usr/bin/time -f "store built: %e s, %M KB peak" "$attache" extract --db "$work/store.db" "$work/corpus.jsonl" >/dev/null
cp "$work/store.db" "$work/copy.db"
/usr/bin/time -v "$attache" extract --db "$work/copy.db" "$work/new3.jsonl" 2>&1 >/dev/null |
    grep -E "^attache|Elapsed|Maximum resident"
