#!/usr/bin/env bash
# Runs every ModelMatrix test: native build + GoogleTest, CLI (native and WebAssembly/Node), catalog,
# the web build in headless Chromium, the desktop window under Xvfb. Does its own set-up when needed.
# Screenshots and logs: build/test-artifacts/. Ends with one summary line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
jobs=$(nproc 2>/dev/null || echo 2)
artifacts="$here/build/test-artifacts"
mkdir -p "$artifacts"
passed=0
failed=0
failures=()
t_start=$(date +%s)

step() {  # step NAME COMMAND...: runs one suite, logs to build/test-artifacts/NAME.log
  local name=$1; shift
  local t0=$(date +%s)
  printf '[test] %-28s ' "$name"
  if "$@" >"$artifacts/$name.log" 2>&1; then
    passed=$((passed + 1))
    printf 'ok    (%ss)\n' "$(( $(date +%s) - t0 ))"
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf 'FAIL  (%ss) — log: build/test-artifacts/%s.log\n' "$(( $(date +%s) - t0 ))" "$name"
    tail -n 25 "$artifacts/$name.log" | sed 's/^/    | /'
  fi
}

# --- set-up (idempotent; only when something is missing) ---------------------
need_setup=0
for tool in cmake emcmake node npm Xvfb /usr/bin/chromium clang++-14; do
  command -v "$tool" >/dev/null 2>&1 || need_setup=1
done
[ -f /usr/include/nlohmann/json.hpp ] && [ -f /usr/include/CLI/CLI.hpp ] && [ -f /usr/include/gtest/gtest.h ] || need_setup=1
[ -n "${IMGUI_DIR:-}" ] || [ -f third_party/imgui/imgui.cpp ] || need_setup=1
[ -d tests/browser/node_modules/playwright-core ] || need_setup=1
if [ "$need_setup" = 1 ]; then
  echo "[test] set-up needed: running scripts/setup.sh"
  scripts/setup.sh || { echo "[test] set-up failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- builds ---------------------------------------------------------------
native_build() {
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"} &&
  cmake --build build/native -j"$jobs"
}
step native-build native_build
step wasm-build ./build-wasm.sh

# --- suites ---------------------------------------------------------------
step engine-unit-tests ctest --test-dir build/native --output-on-failure -j"$jobs" --timeout 300
step cli-native tests/cli/test_cli.sh build/native/modelmatrix-cli
step cli-wasm-node tests/cli/test_cli.sh node build/wasm-node/modelmatrix-cli.js
step mcda-reference-cases tests/cli/test_mcda_reference.sh
step hostile-inputs-native tests/inputs/run.sh build/native/modelmatrix-cli
step hostile-inputs-wasm-node tests/inputs/run.sh node build/wasm-node/modelmatrix-cli.js
step determinism tests/cli/test_determinism.sh build/native/modelmatrix-cli build/wasm-node/modelmatrix-cli.js
step scale-100k tests/cli/test_scale.sh build/native/modelmatrix-cli
step catalog tests/catalog/test_catalog.sh
step browser bash -c 'cd tests/browser && node --test --test-concurrency=1 --test-timeout=180000'
step web-budget tests/browser/budget.sh
step desktop-xvfb tests/desktop/smoke.sh build/native/modelmatrix
step desktop-state tests/desktop/state.sh build/native/modelmatrix
# Hardening (docs/FUZZING.md): the native suites under ASan + UBSan, then every fuzz target for 15 s (two at once).
step sanitizer-suite scripts/test-sanitize.sh
step fuzz-short env FUZZ_PARALLEL=2 scripts/fuzz.sh 15

echo "[test] artifacts (screenshots, logs): build/test-artifacts/ — total $(( $(date +%s) - t_start )) s"
[ "$failed" -eq 0 ] || echo "[test] failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
