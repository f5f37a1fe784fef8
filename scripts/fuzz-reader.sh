#!/bin/sh
# Fuzzes the project reader with libFuzzer for SECONDS (default 60), seeded with the examples,
# the broken-file corpus and the regression corpus. Crashing or slow inputs land in
# Tests/FleetStoreTests/FuzzCorpus/ (crash-*, timeout-*, oom-*), which ReaderFuzzTests replays;
# rename them after what they show.
#   scripts/fuzz-reader.sh 3600           # the hour-long run
#   JOBS=2 scripts/fuzz-reader.sh 600     # two workers (their logs go to .build/fuzz)
#   CONFIGURATION=debug scripts/fuzz-reader.sh 60
set -eu
cd "$(dirname "$0")/.."
root="$(pwd)"
seconds="${1:-60}"
configuration="${CONFIGURATION:-release}"
build="$root/.build/fuzz"
FLEETPLAN_FUZZ=1 swift build -c "$configuration" --build-path "$build" --product fleetplan-fuzz-reader \
    -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
mkdir -p "$build/corpus"
parallel=""
if [ "${JOBS:-1}" -gt 1 ]; then parallel="-jobs=$JOBS -workers=$JOBS"; fi
cd "$build"   # libFuzzer writes fuzz-N.log to the working directory
# The schema's `static let` tables live until exit, which LeakSanitizer reports as leaks at the
# end of every run; the reader has no other allocations that outlive an input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
"$build/$configuration/fleetplan-fuzz-reader" "$build/corpus" "$root/docs/examples" "$root/Tests/fleetplanTests/Corpus" \
    "$root/Tests/FleetStoreTests/FuzzCorpus" \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=65536 $parallel -print_final_stats=1 \
    -artifact_prefix="$root/Tests/FleetStoreTests/FuzzCorpus/"
