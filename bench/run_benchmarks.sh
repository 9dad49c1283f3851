#!/usr/bin/env bash
# Times the engine as the product runs it: `modelmatrix-cli bench` (mcda::Evaluate for WSM and TOPSIS on 100 000 x 16,
# then a whole Decide() per built-in preset on the embedded catalog), then the Google Benchmark program if built.
# Usage: bench/run_benchmarks.sh [BUILD_DIR]   (default build/native)
# With MM_BENCH_NODE_CLI=path/to/modelmatrix-cli.js the Node (WebAssembly) build runs the same commands.
set -euo pipefail
build=${1:-build/native}
cli="$build/modelmatrix-cli"
n=${MM_BENCH_ALTERNATIVES:-100000}
k=${MM_BENCH_CRITERIA:-16}
repeat=${MM_BENCH_REPEAT:-21}
[ -x "$cli" ] || { echo "run_benchmarks.sh: $cli not found (build first)" >&2; exit 2; }

runs=("$cli")
[ -z "${MM_BENCH_NODE_CLI:-}" ] || runs+=("node $MM_BENCH_NODE_CLI")
for run in "${runs[@]}"; do
  echo "== $run"
  for method in wsm topsis; do
    $run bench --method "$method" --alternatives "$n" --criteria "$k" --repeat "$repeat" --seed 42
  done
  $run bench --scenario decide --repeat "$repeat"
done

if [ -x "$build/bench/mm_engine_bench" ]; then
  "$build/bench/mm_engine_bench" --benchmark_min_time=0.5
else
  echo "($build/bench/mm_engine_bench not built: configure with -DMM_BUILD_BENCH=ON)"
fi
