#!/usr/bin/env bash
# Scale check: a generated 100 000-model catalog (tools/gen_catalog.py, into build/scale/) validates and ranks with
# the native CLI: no crash, correct output, max RSS under 2.5 GB. Timings are recorded in BENCHMARKS.md ("Scale").
#   tests/cli/test_scale.sh [NATIVE_CLI] [N]      (defaults: build/native/modelmatrix-cli, 100000)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
CLI=${1:-build/native/modelmatrix-cli}
N=${2:-100000}
OUT=build/scale
mkdir -p "$OUT"
BIG="$OUT/catalog-$N-42.json"
[ -s "$BIG" ] || /usr/bin/python3 tools/gen_catalog.py "$N" 42 "$BIG" || exit 1
passed=0
failed=0
MAX_RSS_KB=2500000  # 2.5 GB: the catalog's document is read model by model, not held beside the catalog
rss_below() {  # rss_below FILE: the "N KB max RSS" that /usr/bin/time wrote there is under MAX_RSS_KB
  local kb
  kb=$(grep -o '[0-9]* KB max RSS' "$1" | tail -1 | cut -d' ' -f1)
  [ -n "$kb" ] && [ "$kb" -lt "$MAX_RSS_KB" ]
}
check() {  # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name" >&2; fi
}

/usr/bin/time -f "validate: %e s wall, %U s user, %M KB max RSS" "$CLI" validate "$BIG" >"$OUT/validate.out" 2>"$OUT/validate.err"
rc=$?
cat "$OUT/validate.err" >&2
check "validate exits 0" [ "$rc" = 0 ]
check "validate under $MAX_RSS_KB KB max RSS" rss_below "$OUT/validate.err"
check "validate counts $N models" grep -q "valid, $N models" "$OUT/validate.out"

for p in code-assistant quick-prototype rag-confidential; do
  /usr/bin/time -f "rank $p: %e s wall, %U s user, %M KB max RSS" \
    "$CLI" rank --profile "examples/profiles/$p.json" --catalog "$BIG" --format json >"$OUT/rank-$p.json" 2>"$OUT/rank-$p.err"
  rc=$?
  cat "$OUT/rank-$p.err" >&2
  check "rank $p exits 0" [ "$rc" = 0 ]
  check "rank $p under $MAX_RSS_KB KB max RSS" rss_below "$OUT/rank-$p.err"
  # Every model is either ranked or eliminated with a reason; ranks are 1.. in order; scores are finite.
  check "rank $p accounts for every model" /usr/bin/python3 - "$OUT/rank-$p.json" "$N" <<'PY'
import json, math, sys
d = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
rows, elim = d["ranking"], d["eliminated"]
assert d["ok"], "not ok"
assert len(rows) + len(elim) == n, (len(rows), len(elim))
assert len(rows) > 1000, len(rows)
assert rows[0]["rank"] == 1 and all(a["rank"] <= b["rank"] for a, b in zip(rows, rows[1:]))
assert all(math.isfinite(r["score"]) for r in rows)
assert all(e["reasons"] for e in elim)
assert len({r["id"] for r in rows} | {e["id"] for e in elim}) == n
PY
done
check "check command agrees" bash -c "'$CLI' check '$BIG' | grep -q 'valid (catalog, $N models'"

echo "scale: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
