#!/usr/bin/env bash
# Extracts the bundled samples into a fresh database with the `attache`
# binary built with Parquet support, exports them in every format, and loads
# each file with pandas, pyarrow and DuckDB (installed into a throwaway
# virtualenv from PyPI). Fails when any reader cannot load a file or the
# formats disagree.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --locked --quiet -p attache-cli --features parquet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pandas pyarrow duckdb

target/debug/attache extract --db "$work/events.db" samples/ > /dev/null
for format in jsonl csv gdelt plover parquet; do
  case "$format" in
    gdelt) name=events.gdelt.tsv ;;
    plover) name=events.plover.jsonl ;;
    *) name="events.$format" ;;
  esac
  target/debug/attache export --db "$work/events.db" --format "$format" --out "$work/$name"
done
"$work/venv/bin/python" scripts/export/check_readers.py "$work"
