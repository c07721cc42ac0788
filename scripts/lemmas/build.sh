#!/usr/bin/env bash
# Regenerate crates/lexicon/data/lemmas/ from the simplemma package on PyPI.
# Usage: scripts/lemmas/build.sh [OUT_DIR]   (default: crates/lexicon/data/lemmas)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../../crates/lexicon/data/lemmas"}
words="$here/../../crates/lexicon/data/words"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --quiet --no-deps -d "$tmp" simplemma==2.0.0
python3 -m zipfile -e "$tmp"/simplemma-2.0.0-*.whl "$tmp/sm"
python3 "$here/build.py" "$tmp/sm" "$words" "$out"
