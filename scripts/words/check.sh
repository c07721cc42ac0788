#!/usr/bin/env bash
# Rebuild the word-frequency lists into a temporary directory and diff them
# against the committed ones. Exit 1 on any difference.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
committed="$here/../../crates/lexicon/data/words"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$here/build.sh" "$out"
for lang in fr en; do
  if ! cmp -s "$committed/$lang.txt" "$out/$lang.txt"; then
    echo "scripts/words/check.sh: $lang.txt differs from a fresh build (run scripts/words/build.sh)" >&2
    exit 1
  fi
done
echo "word lists match their generator"
