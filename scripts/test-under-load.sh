#!/usr/bin/env bash
# Runs the whole test suite several times in a row, quietly and with every core saturated
# by a CPU burner, and reports each run's result and wall time.
#
#   scripts/test-under-load.sh [RUNS]      # RUNS normal runs, then RUNS loaded runs (default 5)
#   MODES="loaded" scripts/test-under-load.sh 5   # only the loaded runs (or "loaded normal")
#
# The burners are started before and stopped after each loaded run (and on exit,
# whatever happens). Exits non-zero when any run failed; each run's log is kept in
# .build/load-runs/.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
cores=$(nproc)
logs=.build/load-runs
mkdir -p "$logs"
burners=()

stop_burners() {
    for pid in "${burners[@]:-}"; do
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
    done
    burners=()
}
trap stop_burners EXIT INT TERM

start_burners() {
    for _ in $(seq "$cores"); do
        sh -c 'while :; do :; done' &
        burners+=("$!")
    done
}

swift build --build-tests >/dev/null
failed=0
for mode in ${MODES:-normal loaded}; do
    for run in $(seq "$runs"); do
        [ "$mode" = loaded ] && start_burners
        log="$logs/$mode-$run.log"
        start=$(date +%s)
        if swift test --skip-build >"$log" 2>&1; then result=passed; else result=FAILED; failed=1; fi
        seconds=$(( $(date +%s) - start ))
        stop_burners
        summary=$(grep -E "^✔ Test run with|^✘ Test run with" "$log" | tail -1 || true)
        printf '%-6s run %d: %s in %d s  %s\n' "$mode" "$run" "$result" "$seconds" "$summary"
        if [ "$result" = FAILED ]; then grep -E "✘|error:" "$log" | head -20 || true; fi
    done
done
exit "$failed"
