#!/usr/bin/env bash
# Rebuild the word-frequency lists and compare them with the committed ones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/../check_generated.sh" "$here/build.sh" "$here/../../crates/lexicon/data/words" fr.txt en.txt
echo "word lists match their generator"
