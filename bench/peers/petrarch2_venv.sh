#!/usr/bin/env bash
# Make (or reuse) a Python 2.7 virtualenv holding PETRARCH-2, installed from a source snapshot.
#
#   bench/peers/petrarch2_venv.sh VENV_DIR PETRARCH2_SRC
#     PETRARCH2_SRC  an extracted snapshot of openeventdata/petrarch2 (reference commit 676801c),
#                    the folder holding setup.py; it is installed from there, never downloaded
#   env: PY2 = a Python 2.7 interpreter (default: pyenv's 2.7.18, else python2.7 on PATH)
#
# Only PyPI is used, through pip: virtualenv (if the interpreter lacks it, into VENV_DIR.tools,
# not into the interpreter) and PETRARCH-2's one requirement, python-dateutil==2.2 (+ six).
# Safe to re-run: an existing venv is reused and pip skips what is already installed.
# Used by petrarch2_suite.sh and bench/run.
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,10p' "$0"; exit 2; }
VENV=$1
SRC=$(cd "$2" && pwd)
[ -f "$SRC/setup.py" ] && [ -f "$SRC/petrarch2/petrarch2.py" ] || { echo "not a petrarch2 source tree: $SRC" >&2; exit 2; }

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
