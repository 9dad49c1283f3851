#!/usr/bin/env bash
# CLI checks for rank, explain, bench, models, validate, devices, selfhost and tokens: outputs and exit codes on the example profiles and on
# bad inputs. The CLI command is given as arguments, so the same script checks the native and the Node builds:
#   tests/cli/test_cli.sh build/native/modelmatrix-cli
#   tests/cli/test_cli.sh node build/wasm-node/modelmatrix-cli.js
# Run from the repository root. Prints "cli: N passed, M failed" and exits non-zero on any failure.
set -u
if [ $# -eq 0 ]; then
  echo "usage: $0 CLI_COMMAND [ARGS...]" >&2
  exit 2
fi
CLI=("$@")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PROFILES="$ROOT/examples/profiles"
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

# run ARGS...: runs the CLI, leaving stdout in $TMP/out, stderr in $TMP/err and the exit status in $rc.
run() {
  "${CLI[@]}" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
}
ok() { passed=$((passed + 1)); }
ko() {
  failed=$((failed + 1))
  echo "FAIL: $1" >&2
  echo "  stdout: $(head -c 300 "$TMP/out")" >&2
  echo "  stderr: $(head -c 300 "$TMP/err")" >&2
}
# expect NAME STATUS [grep pattern on stdout] [grep pattern on stderr]
expect() {
  local name=$1 status=$2 out_pat=${3:-} err_pat=${4:-}
  if [ "$rc" != "$status" ]; then ko "$name: exit $rc, expected $status"; return; fi
  if [ -n "$out_pat" ] && ! grep -qE -- "$out_pat" "$TMP/out"; then ko "$name: stdout lacks /$out_pat/"; return; fi
  if [ -n "$err_pat" ] && ! grep -qE -- "$err_pat" "$TMP/err"; then ko "$name: stderr lacks /$err_pat/"; return; fi
  ok
}
# json_check NAME PYTHON_EXPR: evaluates EXPR with `d` = the JSON on stdout.
json_check() {
  if "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$TMP/out" 2>>"$TMP/err"; then ok
  else ko "$1: JSON check failed: $2"; fi
}

# --- rank on every example profile, every format
for p in "$PROFILES"/*.json; do
  name=$(basename "$p" .json)
  run rank --profile "$p"
  expect "rank $name (table)" 0 "^1 "
  run rank --profile "$p" --format json
  expect "rank $name (json)" 0
  json_check "rank $name (json)" "d['ok'] and len(d['ranking']) > 0 and d['ranking'][0]['rank'] == 1 and all(k in d for k in ('eliminated','weights','criteria','robustness','pareto','why_first','cost_vs_premium'))"
  json_check "rank $name (eliminated have reasons)" "all(len(e['reasons']) > 0 and e['reasons'][0]['en'] and e['reasons'][0]['fr'] for e in d['eliminated'])"
done
run rank --profile "$PROFILES/code-assistant.json" --format csv
expect "rank csv" 0 "^rank,id,name,score,monthly_usd,latency_s,bench.aa_coding"
run rank --profile "$PROFILES/code-assistant.json" --format md
expect "rank md" 0 "^\| rank \| model \|"
run rank --profile "$PROFILES/quick-prototype.json" --method topsis --format json
expect "rank --method topsis" 0
json_check "rank --method topsis" "d['method'] == 'topsis' and 'd_plus' in d['ranking'][0]"
run rank --profile preset:on-device --format json
expect "rank preset" 0
json_check "rank preset" "d['weights']['mode'] == 'ahp' and 'ahp' in d['weights']"
run rank --profile "$PROFILES/fr-support-chatbot.json"
expect "rank shows eliminations with numbers" 0 "eliminated .*GB at 4-bit, budget 24 GB"
run rank --profile "$PROFILES/quick-prototype.json"
expect "rank shows the cost lesson" 0 "costs 1/[0-9.]+ of gpt-4"
# the result depends on the profile's content only: a reformatted copy (keys sorted, other indentation) gives the same bytes
run rank --profile "$PROFILES/rag-confidential.json" --format json
cp "$TMP/out" "$TMP/first.json"
"$PY" -c "import json,sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], 'w'), sort_keys=True, indent=4)" \
  "$PROFILES/rag-confidential.json" "$TMP/reformatted.json"
run rank --profile "$TMP/reformatted.json" --format json
if cmp -s "$TMP/out" "$TMP/first.json"; then ok; else ko "rank of a reformatted profile gives the same bytes"; fi

# --- explain
run rank --profile "$PROFILES/fr-support-chatbot.json" --format json
top=$("$PY" -c "import json,sys; print(json.load(open(sys.argv[1]))['ranking'][0]['id'])" "$TMP/out")
run explain --profile "$PROFILES/fr-support-chatbot.json" "$top"
expect "explain top model" 0 "rank 1 of" ""
run explain --profile "$PROFILES/fr-support-chatbot.json" "$top" --lang fr
expect "explain top model (fr)" 0 "rang 1 sur"
run explain --profile "$PROFILES/fr-support-chatbot.json" gpt-4
expect "explain eliminated" 0 "is eliminated" ""
run explain --profile "$PROFILES/fr-support-chatbot.json" gpt-4 --format json
json_check "explain eliminated (json)" "d['status'] == 'eliminated' and len(d['reasons']) > 0"
run explain --profile "$PROFILES/fr-support-chatbot.json" no-such-model
expect "explain unknown model" 1 "" "unknown model \"no-such-model\""

# --- bad profiles: exit 1, one line naming the JSON path
bad() {  # bad NAME JSON STDERR_PATTERN
  printf '%s' "$2" >"$TMP/bad.json"
  run rank --profile "$TMP/bad.json"
  expect "bad profile: $1" 1 "" "$3"
}
bad "unknown field" '{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"monthly_cost","weight":1}],"colour":1}' "bad.json: colour: unknown field"
bad "bad enum" '{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"monthly_cost","weight":1}],"constraints":{"deployment":"cloud"}}' "constraints.deployment: unknown value \"cloud\""
bad "wrong type" '{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"monthly_cost","weight":"high"}]}' "criteria\[0\].weight: expected a number"
bad "unknown criterion" '{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"bench.nope","weight":1}]}' "criteria\[0\].id: unknown criterion"
bad "invalid JSON" '{"format": ' "line 1, column"
bad "not a profile" '{"format":"modelmatrix-catalog","version":1}' "format: expected \"modelmatrix-profile\""
bad "empty file" '' "empty"
run rank --profile "$TMP/does-not-exist.json"
expect "missing profile file" 1 "" "does-not-exist.json"
run rank --profile preset:nope
expect "unknown preset" 1 "" "unknown preset"

# --- usage errors: exit 2
run rank
expect "rank without --profile" 2 "" "profile"
run rank --profile "$PROFILES/code-assistant.json" --format xml
expect "rank bad --format" 2
run rank --profile "$PROFILES/code-assistant.json" --method magic
expect "rank bad --method" 2
run explain --profile "$PROFILES/code-assistant.json"
expect "explain without model" 2
run bench --method wsm
expect "bench without sizes" 2

# --- bench: exactly the contract's keys
run bench --method wsm --alternatives 2000 --criteria 8 --repeat 3 --seed 1
expect "bench wsm" 0
json_check "bench keys" "sorted(d) == ['alternatives','criteria','floor_ms','median_ms','method'] and d['method'] == 'wsm' and d['alternatives'] == 2000 and d['criteria'] == 8 and d['median_ms'] >= 0 and d['floor_ms'] >= 0"
run bench --method topsis --alternatives 1000 --criteria 4 --repeat 2
expect "bench topsis" 0
json_check "bench topsis" "d['method'] == 'topsis'"
run bench --scenario decide --repeat 1
expect "bench decide" 0
json_check "bench decide: one timed Decide() per preset" "len(d) == 6 and len({o['preset'] for o in d}) == 6 and all(sorted(o) == ['derive_ms','median_ms','models','preset','ranked','samples','selfhost_data'] and o['median_ms'] > 0 and o['derive_ms'] >= 0 and o['selfhost_data'] and 0 < o['ranked'] <= o['models'] and o['samples'] > 0 for o in d)"

# --- models and validate
run models --format json
expect "models json" 0
json_check "models keys" "len(d) > 0 and all(all(k in m for k in ('id','name','provider','family','open_weights','license','params_b','active_params_b','context_tokens','max_output_tokens','input_usd_per_mtok','output_usd_per_mtok','release_date','status','specialties','benchmarks')) for m in d) and isinstance(d[0]['benchmarks'], dict)"
run validate
expect "validate embedded" 0 "valid"
printf '{"format":"modelmatrix-catalog","format_version":1}' >"$TMP/badcat.json"
run validate "$TMP/badcat.json"
expect "validate bad catalog" 1 "" "badcat.json: catalog_version: missing required field"

# --- energy and CO2 per request (issue 12 item 7): the grid field, derived values, unknown for undisclosed sizes
cat >"$TMP/energy.json" <<'EOF2'
{"format": "modelmatrix-profile", "version": 1, "workload": {"output_tokens": 400, "grid_g_co2_per_kwh": 300},
 "constraints": {"deployment": "api"}, "missing": "worst",
 "criteria": [{"id": "co2_g_per_request", "weight": 1}, {"id": "energy_wh_per_request", "weight": 1}]}
EOF2
run check "$TMP/energy.json" --kind profile
expect "check profile with grid_g_co2_per_kwh" 0
run rank --profile "$TMP/energy.json" --format json
expect "rank energy json" 0
json_check "rank energy: API rows with published sizes have energy x host grid" "[r['id'] for r in d['ranking'] if r['derived']['api_energy_wh_per_request']] and all(abs(r['derived']['co2_g_per_request'] - r['derived']['energy_wh_per_request'] * r['derived']['grid_g_co2_per_kwh'] / 1000) < 1e-3 and r['derived']['grid_g_co2_per_kwh'] in (383.55, 35.82, 473.01) for r in d['ranking'] if r['derived']['api_energy_wh_per_request'])"
json_check "rank energy: mistral-large-2411 on Sweden's grid" "[r['derived']['grid_g_co2_per_kwh'] for r in d['ranking'] if r['id'] == 'mistral-large-2411'] == [35.82]"
json_check "rank energy: undisclosed sizes are null" "all(r['derived']['energy_wh_per_request'] is None and r['derived']['co2_g_per_request'] is None for r in d['ranking'] if r['id'] in ('gpt-4o', 'claude-3-haiku'))"
sed 's/"grid_g_co2_per_kwh": 300/"grid_g_co2_per_kwh": -3/' "$TMP/energy.json" >"$TMP/energy_bad.json"
run check "$TMP/energy_bad.json" --kind profile
expect "check refuses a negative grid" 1 "" "workload.grid_g_co2_per_kwh"

# --- self-hosting: devices, selfhost, tokens (issue 12 contract)
run devices --format json
expect "devices json" 0
json_check "devices keys" "len(d['devices']) >= 33 and all(all(k in x for k in ('id','name','memory_gb','bandwidth_gbs')) for x in d['devices']) and {'rtx-4090','h100-sxm','apple-m4-max','mi300x','tesla-p40'} <= {x['id'] for x in d['devices']}"
run devices
expect "devices table" 0 "^rtx-4090 "
run selfhost llama-2-7b-chat --device rtx-4090 --quant q4_k_m --context 4096 --format json
expect "selfhost json" 0
json_check "selfhost keys" "all(k in d for k in ('model','device','quant','context','batch','weights_gib','kv_gib','overhead_gib','total_gib','fits','max_context','decode_tokens_per_s','kv_bytes_per_token','kv_bytes_per_token_all_layers','energy_wh_per_1k_output_tokens')) and d['kv_gib'] == 2.0 and d['fits'] is True and d['kv_bytes_per_token'] == 524288"
run selfhost deepseek-v3 --device h200 --quant fp8 --context 8192 --devices 8 --kv-quant q8_0 --batch 4 --format json
expect "selfhost MLA, several devices" 0
json_check "selfhost MLA latent" "d['kv_bytes_per_token'] == 70272 and d['batch'] == 4 and d['devices'] == 8 and d['kv_quant'] == 'q8_0'"
run selfhost gemma-3-27b-it --device rtx-4090 --quant q4_k_m --context 8192 --format json
json_check "selfhost sliding window" "d['kv_bytes_per_token'] == 81920 and d['kv_bytes_per_token_all_layers'] == 507904"
run selfhost granite-4.0-h-small --device rtx-4090 --quant q4_k_m --context 4096 --format json
expect "selfhost unknown figures" 0
json_check "selfhost unknown figures are null" "d['kv_gib'] is None and d['fits'] is None and d['weights_gib'] > 0"
run selfhost llama-2-7b-chat --device rtx-4090 --quant q4_k_m --context 4096
expect "selfhost table" 0 "decode_tokens_per_s"
run selfhost no-such-model --device rtx-4090 --quant q4_k_m --context 4096
expect "selfhost unknown model" 1 "" "unknown model 'no-such-model'.*llama-2-7b-chat"
run selfhost gpt-4o --device rtx-4090 --quant q4_k_m --context 4096
expect "selfhost proprietary model" 1 "" "no published weights.*llama-2-7b-chat"
run selfhost llama-2-7b-chat --device rtx-9999 --quant q4_k_m --context 4096
expect "selfhost unknown device" 1 "" "unknown device 'rtx-9999'.*rtx-4090"
run selfhost llama-2-7b-chat --device rtx-4090 --quant q3_k --context 4096
expect "selfhost unknown quant" 1 "" "unknown quantisation 'q3_k'.*q4_k_m.*awq"
run selfhost llama-2-7b-chat --device rtx-4090 --quant q4_k_m --context 4096 --kv-quant q2
expect "selfhost unknown kv quant" 1 "" "f16, q8_0, q4_0"
run tokens llama-2-7b-chat --language fr --words 1000 --format json
expect "tokens json" 0
json_check "tokens keys" "all(k in d for k in ('model','tokenizer','language','words','tokens','tokens_per_word')) and d['tokens'] == 1789 and d['tokenizer'] == 'llama2-spm32k'"
run tokens llama-3.1-8b-instruct --language fr --words 1000 --format json
json_check "tokens measured llama 3" "d['tokens'] == 1689 and d['tokenizer'] == 'llama3-128k'"
run tokens gemma-2-27b-it --language fr --words 1000 --format json
json_check "tokens unknown ratio is null" "d['tokens'] is None and d['tokenizer'] == 'gemma-256k'"
run tokens no-such-model --language fr --words 10 --format json
expect "tokens unknown model" 1 "" "unknown model"
run tokens llama-2-7b-chat --language de --words 10 --format json
expect "tokens unknown language" 1 "" "languages: en, fr"

# --- help
for sub in rank explain bench devices selfhost tokens; do
  run "$sub" --help
  expect "$sub --help" 0 "Usage|usage|Options|OPTIONS"
done

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
