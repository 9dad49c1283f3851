#!/usr/bin/env bash
# Reference MCDA cases through `modelmatrix-cli mcda`: each within the case's tolerance; given the Node build too,
# that one as well, and both builds giving the same numbers.
#   tests/cli/test_mcda_reference.sh NATIVE_CLI [NODE_CLI_JS]
set -euo pipefail
native=${1:?usage: test_mcda_reference.sh NATIVE_CLI [NODE_CLI_JS]}
node_js=${2:-}
cd "$(dirname "$0")/../.."
cases=${MM_MCDA_CASES:-../shared/reference/mcda/cases.json}
[ -f "$cases" ] || { echo "reference cases not found at $cases (shared/ must sit beside the checkout)"; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$native" mcda "$cases" >"$out/native.json"
/usr/bin/python3 tests/cli/compare_mcda.py "$cases" "$out/native.json"
if [ -n "$node_js" ]; then
  NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" node "$node_js" mcda "$cases" >"$out/wasm.json"
  /usr/bin/python3 tests/cli/compare_mcda.py "$cases" "$out/native.json" --same "$out/wasm.json"
  /usr/bin/python3 tests/cli/compare_mcda.py "$cases" "$out/wasm.json"
fi
