#!/usr/bin/env bash
# Runs the engine's speed checks: `modelmatrix-cli bench` (WSM, TOPSIS on 100 000 x 16) against the numpy
# baseline on the same shape, then the Google Benchmark program. Prints each ratio.
# Usage: bench/run_benchmarks.sh [BUILD_DIR]   (default build/native; needs the CLI and, if built, mm_engine_bench)
# With MM_BENCH_NODE_CLI=path/to/modelmatrix-cli.js the Node (WebAssembly) build is timed too (Node / native).
set -euo pipefail
build=${1:-build/native}
cli="$build/modelmatrix-cli"
n=${MM_BENCH_ALTERNATIVES:-100000}
k=${MM_BENCH_CRITERIA:-16}
repeat=${MM_BENCH_REPEAT:-21}
[ -x "$cli" ] || { echo "run_benchmarks.sh: $cli not found (build first)" >&2; exit 2; }

field() { /usr/bin/python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }

for method in wsm topsis; do
  ours=$("$cli" bench --method "$method" --alternatives "$n" --criteria "$k" --repeat "$repeat" --seed 42)
  numpy=$(/usr/bin/python3 "$(dirname "$0")/numpy_baseline.py" --method "$method" --alternatives "$n" --criteria "$k" --repeat "$repeat" --seed 42)
  node_out='{}'
  if [ -n "${MM_BENCH_NODE_CLI:-}" ]; then
    node_out=$(node "$MM_BENCH_NODE_CLI" bench --method "$method" --alternatives "$n" --criteria "$k" --repeat "$repeat" --seed 42)
  fi
  echo "modelmatrix: $ours"
  echo "numpy:       $numpy"
  [ "$node_out" = '{}' ] || echo "node:        $node_out"
  /usr/bin/python3 - "$ours" "$numpy" "$node_out" <<'PY'
import json, sys
o, p, w = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
line = ("%s %dx%d: %.3f ms = %.2fx floor (%.3f ms); numpy %.3f ms -> %.1fx faster than numpy"
        % (o["method"], o["alternatives"], o["criteria"], o["median_ms"], o["median_ms"] / o["floor_ms"],
           o["floor_ms"], p["median_ms"], p["median_ms"] / o["median_ms"]))
if w:
    line += "; node %.3f ms = %.2fx native" % (w["median_ms"], w["median_ms"] / o["median_ms"])
print(line)
PY
done

if [ -x "$build/bench/mm_engine_bench" ]; then
  "$build/bench/mm_engine_bench" --benchmark_min_time=0.5
else
  echo "($build/bench/mm_engine_bench not built: configure with -DMM_BUILD_BENCH=ON)"
fi
