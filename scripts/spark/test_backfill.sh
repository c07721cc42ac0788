#!/usr/bin/env bash
# The Spark backfill, tested on Spark in local mode: generated documents
# (bench/gen_corpus.py) put in date order, coded by scripts/spark/backfill.py
# on local[2] (pyspark from PyPI in a virtualenv cached under the target
# directory, Java from the machine), and by one `attache extract` over the
# same file; the two sets of events must be equal, line for line once
# sorted. `attache link` is also checked against one run with a small
# window (5 documents), where the order documents are linked in matters,
# and the Parquet files are read back.
#
#   scripts/spark/test_backfill.sh [SIZE_MB]      # 1.5 by default
#
# Needs python3 (3.9+) with venv, java (17+), and a release build (made here).
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-1.5}
target=${CARGO_TARGET_DIR:-target}
venv=$target/spark-venv
pyspark_version=4.3.0
here=scripts/spark

if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
  echo "installing pyspark $pyspark_version into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark==$pyspark_version"
fi
java -version 2>&1 | head -n 1

cargo build --release --locked --quiet -p attache-cli
attache=$target/release/attache

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_corpus.py --size-mb "$size_mb" --seed 3 "$work/generated.jsonl" >/dev/null
# Date order (`published`, then `id`): the order `attache link` links in.
python3 "$here/date_order.py" < "$work/generated.jsonl" > "$work/docs.jsonl"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
started=$(ms)
"$venv/bin/python" "$here/backfill.py" --attache "$attache" --master 'local[2]' \
  --input "$work/docs.jsonl" --out "$work/spark" --partitions 4 --repartition --parquet \
  > "$work/summary.json" 2> "$work/spark.log" || { cat "$work/spark.log"; exit 1; }
spark_ms=$(( $(ms) - started ))

started=$(ms)
"$attache" extract --threads 2 "$work/docs.jsonl" > "$work/one-run.jsonl" 2>/dev/null
one_ms=$(( $(ms) - started ))

python3 "$here/same_events.py" "Spark local[2] against one run" \
  "$work/spark/events.jsonl" "$work/one-run.jsonl"
"$attache" link --dedup-window 5 "$work/spark/unlinked" > "$work/linked-5.jsonl" 2>/dev/null
"$attache" extract --dedup-window 5 "$work/docs.jsonl" > "$work/one-run-5.jsonl" 2>/dev/null
python3 "$here/same_events.py" "--dedup-window 5" "$work/linked-5.jsonl" "$work/one-run-5.jsonl"
python3 - "$work/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
if s["parquet_rows"] != s["events"]:
    sys.exit(f"FAIL Parquet: {s['parquet_rows']} rows read back for {s['events']} events")
print(f"ok Parquet: {s['parquet_rows']} rows read back by Spark")
PY
echo "$(wc -l < "$work/docs.jsonl") documents, $(wc -c < "$work/docs.jsonl") bytes:" \
  "Spark local[2] ${spark_ms} ms end to end (JVM start included), one extract --threads 2 ${one_ms} ms"
echo "backfill: $(cat "$work/summary.json")"
