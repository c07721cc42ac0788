#!/usr/bin/env bash
# Rebuild the lemma tables and compare them with the committed ones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/../check_generated.sh" "$here/build.sh" "$here/../../crates/lexicon/data/lemmas" fr.tsv en.tsv
echo "lemma tables match their generator"
