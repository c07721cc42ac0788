#!/bin/sh
# Runs each cargo-fuzz target for SECONDS (default 60), seeded with the
# samples; a crash, or an input that takes over 10 s, stops its target and
# is kept under fuzz/artifacts/TARGET/ (make it a test, then fix it).
#
#   scripts/fuzz/run.sh SECONDS [TARGET...]
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# Targets: ingest_txt ingest_jsonl ingest_html clean extract.
set -eu
seconds=${1:-60}
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/../.." && pwd)
targets=${*:-ingest_txt ingest_jsonl ingest_html clean extract}
cd "$root/fuzz"
failed=0
for target in $targets; do
    corpus="corpus/$target"
    mkdir -p "$corpus"
    case $target in
        ingest_jsonl) cp "$root"/samples/*.jsonl "$corpus/" ;;
        ingest_html) cp "$root"/samples/*.html "$corpus/" ;;
        *) cp "$root"/samples/*.txt "$corpus/" ;;
    esac
    echo "== $target: $seconds s"
    if ! cargo +nightly fuzz run -O "$target" "$corpus" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1; then
        echo "== $target: failed, see fuzz/artifacts/$target/"
        failed=1
    fi
done
exit $failed
