#!/usr/bin/env bash
# Hostile-input suite: every file of tests/inputs/expected.tsv through `modelmatrix-cli check`, checking the exit
# code and the exact message (one line of stderr, or of stdout when accepted), with a timeout so a hang fails.
#   tests/inputs/run.sh build/native/modelmatrix-cli
#   tests/inputs/run.sh node build/wasm-node/modelmatrix-cli.js
# Large and deep inputs (100 000 nesting levels, 100 MB files) are generated into build/hostile-inputs/ first.
# Prints "hostile-inputs: N passed, M failed" and exits non-zero on any failure.
set -u
if [ $# -eq 0 ]; then
  echo "usage: $0 CLI_COMMAND [ARGS...]" >&2
  exit 2
fi
CLI=("$@")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
FILES=tests/inputs/files
GEN=build/hostile-inputs
TIMEOUT=${MM_INPUT_TIMEOUT:-60}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

# The generated inputs: too large (or too silly) to commit. Regenerated only when missing.
gen_large() {
  mkdir -p "$GEN"
  /usr/bin/python3 - "$GEN" <<'EOF'
import json, os, sys
out = sys.argv[1]
def put(name, make):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        with open(path + ".tmp", "wb") as f:
            make(f)
        os.replace(path + ".tmp", path)
depth = 100000
put("catalog_deep_100k.json", lambda f: f.write(b"[" * depth + b"]" * depth))
put("profile_deep_100k.json", lambda f: f.write(b'{"format":"modelmatrix-profile","version":1,"criteria":' +
                                                b"[" * depth + b"]" * depth + b"}"))
put("cases_deep_100k.json", lambda f: f.write(b'{"cases":[{"id":"deep","matrix":' + b"[" * depth + b"]" * depth + b"}]}"))
put("overlay_deep_100k.json", lambda f: f.write(b'{"format":"modelmatrix-overlay","version":1,"models":' +
                                                b"[" * depth + b"]" * depth + b"}"))
put("state_deep_100k.json", lambda f: f.write(b'{"format":"modelmatrix-state","version":2,"profile":' +
                                              b"{\"a\":" * depth + b"1" + b"}" * depth + b"}"))
mb = 100 * 1000 * 1000
def big_profile(f):
    f.write(b'{"format":"modelmatrix-profile","version":1,"name":"big","description":"')
    chunk = b"x" * (1 << 20)
    written = 0
    while written < mb:
        f.write(chunk)
        written += len(chunk)
    f.write(b'","criteria":[{"id":"latency","weight":1}]}\n')
put("profile_100mb.json", big_profile)
def big_csv(f):
    f.write(b"id,input_per_mtok,output_per_mtok\n")
    row = b"gpt-4,20,40\n"
    f.write(row * (mb // len(row) + 1))
put("overlay_100mb.csv", big_csv)
def big_state(f):
    f.write(b'{"format":"modelmatrix-state","version":2,"profile":{"format":"modelmatrix-profile","version":1,'
            b'"criteria":[{"id":"latency"}]},"user_presets":[')
    preset = b'{"name":"p","profile":{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"latency"}]}},'
    f.write(preset * (mb // len(preset) + 1))
    f.write(b'{"name":"last","profile":{"format":"modelmatrix-profile","version":1,"criteria":[{"id":"latency"}]}}]}\n')
put("state_100mb.json", big_state)
def big_permalink(f):
    f.write(b"#p1" + b"A" * mb + b"\n")
put("permalink_100mb.txt", big_permalink)
def big_catalog(f):
    # A 100 MB catalog that is valid JSON but whose one model has a 100 MB name: refused by the text limit.
    cat = json.load(open("tests/inputs/files/catalog_valid.json", encoding="utf-8"))
    cat["models"][0]["name"] = "@@NAME@@"
    head, tail = json.dumps(cat).split("@@NAME@@")
    f.write(head.encode())
    f.write(b"n" * mb)
    f.write(tail.encode())
put("catalog_100mb_name.json", big_catalog)
EOF
}
gen_large || { echo "hostile-inputs: could not generate the large inputs" >&2; exit 1; }

# strip_prefix FILE PATH: removes the leading "PATH: " that the CLI puts on every line.
strip_prefix() { sed -e "s|^$2: ||" "$1"; }

while IFS=$'\t' read -r file kind status expected; do
  case "$file" in ''|'#'*) continue ;; esac
  if [ "${file#@}" != "$file" ]; then path="$GEN/${file#@}"; else path="$FILES/$file"; fi
  args=(check "$path")
  [ "$kind" = auto ] || args+=(--kind "$kind")
  timeout "$TIMEOUT" "${CLI[@]}" "${args[@]}" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ "$rc" = 124 ]; then
    failed=$((failed + 1)); echo "FAIL: $file: no answer within ${TIMEOUT}s (hang)" >&2; continue
  fi
  if [ "$rc" != "$status" ]; then
    failed=$((failed + 1))
    echo "FAIL: $file: exit $rc, expected $status" >&2
    echo "  stdout: $(head -c 300 "$TMP/out")" >&2
    echo "  stderr: $(head -c 300 "$TMP/err")" >&2
    continue
  fi
  if [ "$status" = 0 ]; then stream="$TMP/out"; else stream="$TMP/err"; fi
  # "~text" matches a substring of a line; anything else must equal one whole line (after the "FILE: " prefix).
  if [ "${expected#\~}" != "$expected" ]; then
    strip_prefix "$stream" "$path" | grep -qF -- "${expected#\~}" && found=1 || found=0
  else
    strip_prefix "$stream" "$path" | grep -qxF -- "$expected" && found=1 || found=0
  fi
  # A rejection names no other file and says something on every line; an acceptance prints nothing on stderr.
  if [ "$found" = 1 ] && [ "$status" = 0 ] && [ -s "$TMP/err" ]; then found=0; fi
  if [ "$found" = 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $file: expected line not found: $expected" >&2
    echo "  got: $(strip_prefix "$stream" "$path" | head -n 5)" >&2
  fi
done < tests/inputs/expected.tsv

echo "hostile-inputs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
