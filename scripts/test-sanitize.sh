#!/usr/bin/env bash
# The native test suite under AddressSanitizer + UndefinedBehaviorSanitizer (build/asan, -DMM_SANITIZE=ON):
# the GoogleTest suites (engine, app, headless UI) through ctest, the CLI checks and the MCDA reference cases
# through the sanitized CLI. Any sanitizer report fails the run (UBSan does not recover; ASan aborts).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
build=build/asan
jobs=$(nproc 2>/dev/null || echo 2)
[ "$jobs" -le 2 ] || jobs=2

# Every report is fatal and names its stack; leaks are errors too (LeakSanitizer, part of ASan on Linux).
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# clang-14: its sanitizer runtimes match the fuzz build's, and a second compiler's warnings catch more.
if [ ! -f "$build/CMakeCache.txt" ]; then
  # -O1 -g1: sanitizers want some optimisation and line tables; full -g and -O2 double the build time.
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" \
    -DMM_SANITIZE=ON \
    -DMM_BUILD_GUI=ON -DMM_BUILD_TESTS=ON -DMM_BUILD_BENCH=OFF ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"}
fi
# The desktop executable is not needed (the UI tests are headless): build only the tests and the CLI.
targets=(mm_engine_tests mm_app_tests mm_ui_tests modelmatrix-cli)
cmake --build "$build" -j"$jobs" --target "${targets[@]}"

echo "== GoogleTest suites and catalog checks (ASan + UBSan)"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600 -L unit

echo "== CLI checks and MCDA reference cases (ASan + UBSan)"
ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600 -R '^cli\.(native|mcda-reference)$'

echo "sanitize: all suites passed"
