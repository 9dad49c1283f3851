#!/usr/bin/env bash
# Reference MCDA cases through `modelmatrix-cli mcda`, native and WebAssembly (Node): each within the
# case's tolerance, and both builds giving the same numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${MM_MCDA_CASES:-../shared/reference/mcda/cases.json}
[ -f "$cases" ] || { echo "reference cases not found at $cases (shared/ must sit beside the checkout)"; exit 1; }
out=build/test-artifacts/mcda
mkdir -p "$out"
build/native/modelmatrix-cli mcda "$cases" >"$out/native.json"
node build/wasm-node/modelmatrix-cli.js mcda "$cases" >"$out/wasm.json"
/usr/bin/python3 tests/cli/compare_mcda.py "$cases" "$out/native.json" --same "$out/wasm.json"
/usr/bin/python3 tests/cli/compare_mcda.py "$cases" "$out/wasm.json"
