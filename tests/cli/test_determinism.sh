#!/usr/bin/env bash
# Native vs WebAssembly (Node) determinism: the MCDA reference cases and ~50 seeded random profiles give identical
# rankings (order and ranks) and scores equal within 1e-9 relative (docs/LIMITS.md, "Determinism").
#   tests/cli/test_determinism.sh [NATIVE_CLI] [NODE_CLI_JS]
#   (defaults: build/native/modelmatrix-cli and build/wasm-node/modelmatrix-cli.js)
# Prints "determinism: N passed, M failed" and the largest relative score difference seen.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
NATIVE=${1:-build/native/modelmatrix-cli}
NODE_JS=${2:-build/wasm-node/modelmatrix-cli.js}
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
CASES="$ROOT/../shared/reference/mcda/cases.json"

$PY tests/cli/gen_profiles.py 50 2026 "$TMP/profiles" || exit 1
inputs=()
[ -f "$CASES" ] && inputs+=("mcda:$CASES")
for p in examples/profiles/*.json "$TMP"/profiles/*.json; do inputs+=("rank:$p"); done

: >"$TMP/pairs"
for item in "${inputs[@]}"; do
  kind=${item%%:*}; file=${item#*:}; name=$(basename "$file" .json)
  if [ "$kind" = mcda ]; then args=(mcda "$file"); else args=(rank --profile "$file" --format json); fi
  timeout 120 "$NATIVE" "${args[@]}" >"$TMP/$name.native.json" 2>"$TMP/$name.native.err"; echo $? >"$TMP/$name.native.rc"
  timeout 120 node "$NODE_JS" "${args[@]}" >"$TMP/$name.node.json" 2>"$TMP/$name.node.err"; echo $? >"$TMP/$name.node.rc"
  printf '%s\t%s\t%s\n' "$kind" "$name" "$TMP/$name" >>"$TMP/pairs"
done

$PY - "$TMP/pairs" <<'PYEOF'
import json, sys
RTOL = 1e-9  # relative; absolute for values below 1
passed = failed = 0
worst = (0.0, "")

def close(a, b):
    return abs(a - b) <= RTOL * max(1.0, abs(a), abs(b))

def compare(a, b, path, diffs):
    """Every number within RTOL, everything else equal; records the largest relative difference."""
    global worst
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        if type(a) != type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            diffs.append("%s: %r vs %r" % (path, a, b)); return
        if isinstance(a, dict):
            if a.keys() != b.keys():
                diffs.append("%s: keys differ" % path); return
            for k in a: compare(a[k], b[k], path + "." + k, diffs)
        elif isinstance(a, list):
            if len(a) != len(b):
                diffs.append("%s: %d vs %d items" % (path, len(a), len(b))); return
            for i, (x, y) in enumerate(zip(a, b)): compare(x, y, "%s[%d]" % (path, i), diffs)
        elif a != b:
            diffs.append("%s: %r vs %r" % (path, a, b))
        return
    rel = abs(a - b) / max(1.0, abs(a), abs(b))
    if rel > worst[0]: worst = (rel, path)
    if not close(a, b): diffs.append("%s: %r vs %r (rel %.3g)" % (path, a, b, rel))

for line in open(sys.argv[1]):
    kind, name, base = line.rstrip("\n").split("\t")
    rc_n, rc_w = open(base + ".native.rc").read().strip(), open(base + ".node.rc").read().strip()
    diffs = []
    if rc_n != rc_w:
        diffs.append("exit %s (native) vs %s (node)" % (rc_n, rc_w))
    elif rc_n != "0":
        # Both refused: with the same message.
        if open(base + ".native.err").read() != open(base + ".node.err").read():
            diffs.append("exit %s, messages differ" % rc_n)
    else:
        try:
            n, w = json.load(open(base + ".native.json")), json.load(open(base + ".node.json"))
        except ValueError as e:
            n = w = None
            diffs.append("unreadable output: %s" % e)
        if n is not None:
            if kind == "rank" and n.get("ok"):
                # Rankings must be identical: same ids in the same order with the same ranks.
                order_n = [(r["id"], r["rank"]) for r in n["ranking"]]
                order_w = [(r["id"], r["rank"]) for r in w["ranking"]]
                if order_n != order_w:
                    first = next(i for i, (x, y) in enumerate(zip(order_n + [None], order_w + [None])) if x != y)
                    diffs.append("ranking differs from position %d" % first)
                if [e["id"] for e in n["eliminated"]] != [e["id"] for e in w["eliminated"]]:
                    diffs.append("eliminated models differ")
            compare(n, w, kind, diffs)
    if diffs:
        failed += 1
        print("FAIL %s %s: %s" % (kind, name, "; ".join(diffs[:3])), file=sys.stderr)
    else:
        passed += 1
print("largest relative difference: %.3g (%s)" % worst)
print("determinism: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
PYEOF
