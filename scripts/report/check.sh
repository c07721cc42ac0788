#!/usr/bin/env bash
# Fails when crates/report/data/regions.tsv differs from what its generator writes.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$HERE/build.sh" "$TMP"
diff -u "$ROOT/crates/report/data/regions.tsv" "$TMP/regions.tsv"
