#!/usr/bin/env bash
# Regenerate crates/lexicon/data/words/ from the wordfreq package on PyPI.
# Usage: scripts/words/build.sh [OUT_DIR]   (default: crates/lexicon/data/words)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/../../crates/lexicon/data/words"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --quiet --no-deps -d "$tmp" wordfreq==3.1.1 msgpack==1.2.4
python3 -m zipfile -e "$tmp"/wordfreq-3.1.1-*.whl "$tmp/wf"
python3 -m zipfile -e "$tmp"/msgpack-1.2.4-*.whl "$tmp/mp"
python3 "$here/build.py" "$tmp/wf" "$tmp/mp" "$out"
