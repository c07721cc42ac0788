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
# Only PyPI is used, through pip: virtualenv (if the interpreter lacks it, into VENV_DIR.tools,
# not into the interpreter) and PETRARCH-2's one requirement, python-dateutil==2.2 (+ six).
# Safe to re-run: an existing venv is reused and pip skips what is already installed.
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

if [ -z "${PY2:-}" ]; then
  if [ -x "$HOME/.pyenv/versions/2.7.18/bin/python" ]; then PY2=$HOME/.pyenv/versions/2.7.18/bin/python
  else PY2=$(command -v python2.7 || true); fi
fi
[ -n "$PY2" ] && "$PY2" -c 'import sys; assert sys.version_info[:2] == (2, 7)' \
  || { echo "need Python 2.7 (set PY2)" >&2; exit 2; }

export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONWARNINGS=ignore
if [ ! -x "$VENV/bin/python" ]; then
  if "$PY2" -m virtualenv --version >/dev/null 2>&1; then
    "$PY2" -m virtualenv -q "$VENV"
  else
    # last virtualenv line that still creates Python 2.7 environments
    "$PY2" -m pip install -q --target "$VENV.tools" "virtualenv<20.22"
    PYTHONPATH="$VENV.tools" "$PY2" -m virtualenv -q "$VENV"
  fi
fi
"$VENV/bin/pip" install -q -r "$SRC/requirements.txt"
if ! "$VENV/bin/python" -c 'import petrarch2.petrarch2' >/dev/null 2>&1 \
   || [ "$(cat "$VENV/.petrarch2_src" 2>/dev/null)" != "$SRC" ]; then
  "$VENV/bin/pip" install -q --no-deps --force-reinstall "$SRC"
  echo "$SRC" > "$VENV/.petrarch2_src"
fi

"$VENV/bin/python" "$HERE/petrarch2_suite.py" "$DATA/PETR.UnitTest.records.xml" "$DATA" "$OUT" \
  --log "$OUT.log"
