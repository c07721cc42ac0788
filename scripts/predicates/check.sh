#!/usr/bin/env bash
# Regenerate crates/code/data/predicates_en_cameo.tsv into a temp file and diff it against the
# committed one. Exit 0 when identical (or when the PETRARCH source is not on this machine),
# 1 on any difference.
#
#   scripts/predicates/check.sh [CAMEO.2.0.txt]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SRC=${1:-$ROOT/../shared/external/petrarch2/dictionaries/CAMEO.2.0.txt}
OUT=$ROOT/crates/code/data/predicates_en_cameo.tsv
PY=${PYTHON:-python3}

if [ ! -f "$SRC" ]; then
  echo "check.sh: source $SRC not found; skipping the regeneration check" >&2
  exit 0
fi
TMP=$(mktemp "${TMPDIR:-/tmp}/predicates.XXXXXX")
trap 'rm -f "$TMP"' EXIT
"$PY" "$HERE/from_cameo.py" "$SRC" -o "$TMP" 2>/dev/null
if diff -u "$OUT" "$TMP"; then
  echo "check.sh: predicates_en_cameo.tsv is up to date"
else
  echo "check.sh: predicates_en_cameo.tsv differs from a fresh run of from_cameo.py (diff above)" >&2
  exit 1
fi
