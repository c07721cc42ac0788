#!/usr/bin/env bash
# Run the real PETRARCH-2 coder (Python 2.7) on the PETRARCH unit-test records and write its
# events as JSONL for shared/external/petrarch2/suite/score.py (--petrarch LABEL=FILE).
#
#   bench/peers/petrarch2_suite.sh [VENV_DIR] PETRARCH2_SRC OUT_JSONL
#     VENV_DIR       virtualenv to create or reuse (default /tmp/petrarch2-venv; "" = default)
#     PETRARCH2_SRC  an extracted snapshot of openeventdata/petrarch2 (reference commit 676801c),
#                    the folder holding setup.py; it is installed from there, never downloaded
#     OUT_JSONL      output, one line per record: {"key", "status", "events": [[src, tgt, code]]}
#   env: PY2 = a Python 2.7 interpreter (default: pyenv's 2.7.18, else python2.7 on PATH)
#        PETR_DATA = folder with PETR.UnitTest.records.xml and the four PETR.Validate.*.txt
#                    (default: shared/external/petrarch2 beside this repository)
#   PETRARCH-2's own console output goes to OUT_JSONL.log.
#
# The virtualenv is made by petrarch2_venv.sh (PyPI only; safe to re-run).
#
# PETRARCH-2 is (c) 2014 Open Event Data (Schrodt, Beieler, Norris et al.), MIT licence; it is not
# vendored in this repository: this script installs it from the snapshot you give it. See
# petrarch2_suite.py for how records are coded and which <Config> toggles are (not) applied.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ $# -eq 2 ]; then set -- "" "$1" "$2"; fi
[ $# -eq 3 ] || { sed -n '2,12p' "$0"; exit 2; }
VENV=${1:-/tmp/petrarch2-venv}
SRC=$(cd "$2" && pwd)
OUT=$3
DATA=${PETR_DATA:-$HERE/../../../shared/external/petrarch2}
[ -f "$SRC/setup.py" ] && [ -f "$SRC/petrarch2/petrarch2.py" ] || { echo "not a petrarch2 source tree: $SRC" >&2; exit 2; }
[ -f "$DATA/PETR.UnitTest.records.xml" ] || { echo "no PETR.UnitTest.records.xml in $DATA (set PETR_DATA)" >&2; exit 2; }

"$HERE/petrarch2_venv.sh" "$VENV" "$SRC"

"$VENV/bin/python" "$HERE/petrarch2_suite.py" "$DATA/PETR.UnitTest.records.xml" "$DATA" "$OUT" \
  --log "$OUT.log"
