#!/bin/sh
# Measures the workbench with ../shared/bench/tuibench.py (see docs/performance.md):
# the canonical example and a generated 2,000-cluster project, each against limit.c, and
# the large project against the small one with requirement edits and with matrix weight edits.
#
#   sh scripts/bench-workbench.sh [TUIBENCH_DIR] [RUNS]
#
# Builds the release binary and limit, writes small-limit.json, large-limit.json and
# large-small.json into a temporary directory and prints the tables.
set -eu
BENCH=${1:-../shared/bench}
RUNS=${2:-10}
ROOT=$(pwd)
OUT=$(mktemp -d)
swift build -c release --product fleetplan >/dev/null
cp "$ROOT/.build/release/fleetplan" "$OUT/fleetplan"
cc -O2 "$BENCH/limit.c" -lncursesw -o "$OUT/limit"
cp "$ROOT/docs/examples/payments.fleet.yaml" "$OUT/"
python3 "$ROOT/scripts/generate-large-project.py" --clusters 2000 --profiles 200 > "$OUT/large.fleet.yaml"
cd "$OUT"
MOVES="j*15 k*15 j*15 k*15 q"
EDITS="j*15 k*15 G l*10 h*10 g q"
python3 "$BENCH/tuibench.py" "./fleetplan payments.fleet.yaml" --vs ./limit --keys "$MOVES" \
    --ready 'Requirements: |limit - ncurses' --runs "$RUNS" --json small-limit.json
python3 "$BENCH/tuibench.py" "./fleetplan large.fleet.yaml" --vs ./limit --keys "$MOVES" \
    --ready 'Requirements: |limit - ncurses' --runs "$RUNS" --json large-limit.json
python3 "$BENCH/tuibench.py" "./fleetplan large.fleet.yaml" --vs "./fleetplan payments.fleet.yaml" --keys "$EDITS" \
    --ready 'Requirements: ' --runs "$RUNS" --json large-small.json
python3 "$BENCH/tuibench.py" "./fleetplan large.fleet.yaml" --vs "./fleetplan payments.fleet.yaml" \
    --keys "3 +*10 -*10 j*3 +*10 -*10 k*3 : 'q!' Enter" --ready 'Requirements: ' --runs "$RUNS" --json matrix-large-small.json
python3 "$BENCH/tuibench.py" "./fleetplan large.fleet.yaml" --vs "./fleetplan payments.fleet.yaml" \
    --keys "4 j*20 k*20 2 j*20 k*20 : 'q!' Enter" --ready 'Requirements: ' --runs "$RUNS" --json panes-large-small.json
echo "results in $OUT"
