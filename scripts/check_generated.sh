#!/usr/bin/env bash
# Rebuild generated data into a temporary directory with its build script and
# compare it with the committed files. Exit 1 on any difference.
#
#   scripts/check_generated.sh BUILD_SCRIPT COMMITTED_DIR FILE...
set -euo pipefail
build=$1
committed=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build" "$out"
for file in "$@"; do
  if ! cmp -s "$committed/$file" "$out/$file"; then
    echo "$file in $committed differs from a fresh build (run $build)" >&2
    exit 1
  fi
done
