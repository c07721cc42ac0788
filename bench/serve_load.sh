#!/usr/bin/env bash
# Load on `attache serve`: builds (once) a store of synthetic events
# (crates/serve/examples/synth_store.rs: 1,000,000 mentions by default),
# starts the release server on loopback, and sends bounded bursts of
# concurrent requests of each kind (crates/serve/examples/load.rs),
# printing requests/s, p50/p99 latency, errors and the server's memory.
#
#     bench/serve_load.sh [MENTIONS] [WORK_DIR] [REQUESTS_PER_KIND] [CLIENTS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mentions=${1:-1000000}
work=${2:-$here/../target/serve-load}
requests=${3:-2000}
clients=${4:-64}
mkdir -p "$work"
cd "$here/.."
cargo build --release -q -p attache-cli -p attache-serve --examples --bin attache
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
db="$work/synth-$mentions.db"
if [ ! -f "$db" ]; then
  /usr/bin/time -f "store built: %e s, %M KB peak" "$target/release/examples/synth_store" "$db.tmp" "$mentions"
  mv "$db.tmp" "$db"
  for f in "$db.tmp-wal" "$db.tmp-shm"; do [ -f "$f" ] && mv "$f" "${db}${f#$db.tmp}"; done
fi
du -h "$db"
"$target/release/attache" serve --db "$db" --addr 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
base=$(grep -o 'http://[^ ]*' "$work/serve.out")
# The server computes its busiest pages first; measure after (at most 2 min).
for _ in $(seq 600); do grep -q "computed ahead\|could not" "$work/serve.err" 2>/dev/null && break; sleep 0.2; done
cat "$work/serve.err"
echo "server $server at $base; $(nproc) cores"
"$target/release/examples/load" "$base" "$server" "$requests" "$clients"
