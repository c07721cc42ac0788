#!/usr/bin/env bash
# Regenerate the generated lexicon files into a temporary directory and diff them
# against the committed ones; also validate every committed data file (curated ones too).
# Exit 1 on any difference or validation error.
#
#   scripts/lexicon/check.sh            (set LEXICON_CACHE=DIR to reuse downloads)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=$ROOT/crates/lexicon/data
PY=${PYTHON:-python3}
GENERATED=(countries.tsv cities.tsv vn_provinces.tsv)

OUT=$(mktemp -d "${TMPDIR:-/tmp}/lexicon-check.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

if ! "$HERE/build.sh" "$OUT" >"$OUT/build.log" 2>&1; then
  echo "check.sh: build.sh failed:" >&2
  cat "$OUT/build.log" >&2
  exit 1
fi

status=0
for f in "${GENERATED[@]}"; do
  if ! diff -u "$DATA/$f" "$OUT/$f" >"$OUT/$f.diff"; then
    echo "check.sh: $f differs from a fresh build (run scripts/lexicon/build.sh):" >&2
    head -n 40 "$OUT/$f.diff" >&2
    status=1
  fi
done
"$PY" "$HERE/validate.py" "$DATA" || status=1
if [ "$status" = 0 ]; then
  echo "check.sh: generated lexicon files are up to date"
fi
exit "$status"
