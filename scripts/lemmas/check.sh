#!/usr/bin/env bash
# Rebuild the lemma tables into a temporary directory and diff them against
# the committed ones. Exit 1 on any difference.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
committed="$here/../../crates/lexicon/data/lemmas"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$here/build.sh" "$out"
for lang in fr en; do
  if ! cmp -s "$committed/$lang.tsv" "$out/$lang.tsv"; then
    echo "scripts/lemmas/check.sh: $lang.tsv differs from a fresh build (run scripts/lemmas/build.sh)" >&2
    exit 1
  fi
done
echo "lemma tables match their generator"
