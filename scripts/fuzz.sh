#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, clang-14 + ASan/UBSan) and runs each for SECONDS (default 60),
# after replaying fuzz/regressions/<target>/ (inputs that once crashed). Corpus: build/fuzz-corpus/<target>
# (seeded from fuzz/corpus/<target>); crash inputs: build/fuzz-artifacts/; logs: build/fuzz-logs/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# env: FUZZ_PARALLEL=1|2 (targets at once), FUZZ_NICE=0..19, FUZZ_LOGS=dir (default build/fuzz-logs)
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${1:-60}
shift || true
all_targets=(fuzz_catalog fuzz_profile fuzz_overlay_json fuzz_overlay_csv fuzz_permalink fuzz_state fuzz_mcda_cases
             fuzz_pipeline)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
parallel=${FUZZ_PARALLEL:-1}
nice_level=${FUZZ_NICE:-0}
build=build/fuzz
corpus_root=build/fuzz-corpus
artifacts=build/fuzz-artifacts
logs=${FUZZ_LOGS:-build/fuzz-logs}
mkdir -p "$corpus_root" "$artifacts" "$logs"

# Largest input worth trying per target: a few times the largest real file of that kind (bigger inputs only
# slow the fuzzer down; the size limits themselves are covered by tests/inputs and the unit tests).
max_len() {
  case $1 in
    fuzz_catalog) echo 65536 ;;
    fuzz_state) echo 32768 ;;
    fuzz_profile | fuzz_overlay_json | fuzz_permalink) echo 16384 ;;
    fuzz_overlay_csv | fuzz_mcda_cases) echo 8192 ;;
    fuzz_pipeline) echo 1024 ;;
    *) echo 4096 ;;
  esac
}

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DMM_FUZZ=ON -DMM_BUILD_GUI=OFF \
    -DMM_BUILD_TESTS=OFF -DMM_BUILD_BENCH=OFF >"$logs/configure.log" 2>&1 ||
    { cat "$logs/configure.log"; echo "fuzz: configure failed"; exit 1; }
fi
cmake --build "$build" -j2 --target "${targets[@]}" >"$logs/build.log" 2>&1 ||
  { tail -n 40 "$logs/build.log"; echo "fuzz: build failed"; exit 1; }

# run_one TARGET: replays the regressions, then fuzzes; writes "TARGET STATUS EXECS SECONDS CORPUS" to the
# result file. ASan/UBSan reports and uncaught exceptions are crashes; leaks are reported by LeakSanitizer.
run_one() {
  local t=$1 bin="$build/fuzz/$1" corpus="$corpus_root/$1" log="$logs/$1.log" status=ok
  mkdir -p "$corpus"
  [ -d "fuzz/corpus/$t" ] && cp -n "fuzz/corpus/$t"/* "$corpus"/ 2>/dev/null
  : >"$log"
  if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t" 2>/dev/null)" ]; then
    if ! "$bin" -timeout=10 -rss_limit_mb=2048 "fuzz/regressions/$t"/* >>"$log" 2>&1; then status=crashed; fi
  fi
  local t0=$(date +%s)
  if [ "$status" = ok ]; then
    nice -n "$nice_level" "$bin" "$corpus" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$t-" >>"$log" 2>&1 || status=crashed
  fi
  local execs
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  echo "$t $status ${execs:-0} $(( $(date +%s) - t0 )) $(ls "$corpus" | wc -l)" >>"$logs/results.txt"
}

: >"$logs/results.txt"
if [ "$parallel" -ge 2 ]; then
  # Two chains side by side (the machine is shared: never more than two fuzzers at once).
  chain() { local i; for ((i = $1; i < ${#targets[@]}; i += 2)); do run_one "${targets[$i]}"; done; }
  chain 0 &
  chain 1 &
  wait
else
  for t in "${targets[@]}"; do run_one "$t"; done
fi

passed=0
failed=0
while read -r t status execs secs corpus; do
  if [ "$status" = ok ]; then
    passed=$((passed + 1))
    printf 'fuzz: %-18s ok       %10s execs in %4ss, corpus %s files\n' "$t" "$execs" "$secs" "$corpus"
  else
    failed=$((failed + 1))
    printf 'fuzz: %-18s CRASHED  %10s execs in %4ss — log: %s/%s.log, input in %s/\n' "$t" "$execs" "$secs" "$logs" "$t" "$artifacts"
    grep -m3 -E 'ERROR: |runtime error|invariant failed' "$logs/$t.log" | sed 's/^/    | /'
  fi
done <"$logs/results.txt"
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
