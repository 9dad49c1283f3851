#!/usr/bin/env bash
# Runs every ModelMatrix test: builds the native and web apps, then one ctest over every suite (GoogleTest, CLI
# native and WebAssembly/Node, catalog, headless Chromium, the desktop window under Xvfb, sanitizers, fuzzing).
# Does its own set-up when needed. Screenshots and logs: build/test-artifacts/. Ends with one summary line
# "N passed, M failed": ctest's test counts, plus one failure per failed build.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
jobs=$(nproc 2>/dev/null || echo 2)
artifacts="$here/build/test-artifacts"
mkdir -p "$artifacts"
build_failures=()
t_start=$(date +%s)

build() {  # build NAME COMMAND...: one build, logged to build/test-artifacts/NAME.log; a failure counts as a failed test
  local name=$1; shift
  local t0=$(date +%s)
  printf '[test] %-18s ' "$name"
  if "$@" >"$artifacts/$name.log" 2>&1; then
    printf 'ok    (%ss)\n' "$(( $(date +%s) - t0 ))"
  else
    build_failures+=("$name")
    printf 'FAIL  (%ss) — log: build/test-artifacts/%s.log\n' "$(( $(date +%s) - t0 ))" "$name"
    tail -n 25 "$artifacts/$name.log" | sed 's/^/    | /'
  fi
}

# --- set-up (idempotent; only when something is missing) ---------------------
need_setup=0
for tool in cmake ctest emcmake node npm Xvfb /usr/bin/chromium clang++-14; do
  command -v "$tool" >/dev/null 2>&1 || need_setup=1
done
[ -f /usr/include/nlohmann/json.hpp ] && [ -f /usr/include/CLI/CLI.hpp ] && [ -f /usr/include/gtest/gtest.h ] || need_setup=1
[ -n "${IMGUI_DIR:-}" ] || [ -f third_party/imgui/imgui.cpp ] || need_setup=1
[ -d tests/browser/node_modules/playwright-core ] || need_setup=1
python3 -c 'import jsonschema' 2>/dev/null || need_setup=1
if [ "$need_setup" = 1 ]; then
  echo "[test] set-up needed: running scripts/setup.sh"
  scripts/setup.sh || { echo "[test] set-up failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- builds ---------------------------------------------------------------
native_build() {
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DMM_WEB_TESTS=ON -DMM_HARDENING_TESTS=ON \
    ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"} &&
  cmake --build build/native -j"$jobs"
}
build native-build native_build
build wasm-build ./build-wasm.sh

# --- every test: one ctest (tests/CMakeLists.txt lists the suites and their labels) ---------------------------
# The hardening suites (sanitizers, fuzzing) take both cores and run alone; everything else two at a time.
ctest --test-dir build/native --output-on-failure -j"$jobs" --timeout 300 --output-junit "$artifacts/ctest.xml" \
  2>&1 | tee "$artifacts/ctest.log"
# ctest's own counts: "N% tests passed, F tests failed out of T"
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$artifacts/ctest.log" | tail -n 1)
if [ -n "$summary" ]; then
  total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")
  failed=$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")
  passed=$((total - failed))
else
  echo "[test] ctest gave no summary (see build/test-artifacts/ctest.log)"
  passed=0; failed=1
fi
failed=$((failed + ${#build_failures[@]}))

echo "[test] artifacts (screenshots, logs): build/test-artifacts/ — total $(( $(date +%s) - t_start )) s"
[ ${#build_failures[@]} -eq 0 ] || echo "[test] failed builds: ${build_failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
