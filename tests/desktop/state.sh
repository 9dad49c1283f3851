#!/usr/bin/env bash
# Desktop state tests with the real window under Xvfb: the state survives a restart; a corrupted state file is
# backed up and reported, and the app starts with defaults; an unwritable state folder leaves the previous
# state file intact and the app keeps working.
set -uo pipefail
app=${1:?usage: state.sh PATH/TO/modelmatrix}
work=$(mktemp -d)
display=":$(( 200 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed+1)); echo "ok   $1"; else failed=$((failed+1)); echo "FAIL $1"; fi; }
run() { "$app" --state-dir "$work/state" --export-dir "$work/exports" --exit-after-frames 6 "$@"; }

# 1. state survives a restart
cat >"$work/profile.json" <<'JSON'
{"format":"modelmatrix-profile","version":1,"name":"Restart check","workload":{"requests_per_day":31337},
 "criteria":[{"id":"monthly_cost","weight":1},{"id":"bench.gpqa","weight":1}]}
JSON
run --import "$work/profile.json" >"$work/run1.log" 2>&1
check "first run saved a state file" '[ -s "$work/state/state.json" ]'
run --print-profile >"$work/run2.log" 2>&1
check "the imported profile is back after a restart" 'grep -q "\"requests_per_day\":31337" "$work/run2.log"'

# 2. corrupted state: backed up, reported, defaults used
printf '{"format":"modelmatrix-state","version":2,"profile":{"name":' >"$work/state/state.json"
run --print-profile >"$work/run3.log" 2>&1
check "a corrupted state is reported" 'grep -qi "could not be read\|illisible" "$work/run3.log"'
check "the corrupted state is kept aside" 'ls "$work/state"/state.json.corrupt-* >/dev/null 2>&1'
check "defaults are used after corruption" '! grep -q "31337" "$work/run3.log"'

# 3. unwritable state folder: the previous file is intact and the app keeps working
run --import "$work/profile.json" >/dev/null 2>&1
cp "$work/state/state.json" "$work/before.json"
chmod a-w "$work/state"
if [ "$(id -u)" = 0 ]; then
  # root ignores permissions: make the folder unwritable with a read-only bind mount instead, if allowed
  mount --bind -o ro "$work/state" "$work/state" 2>/dev/null && ro_mount=1 || ro_mount=0
else
  ro_mount=0
fi
cat >"$work/profile2.json" <<'JSON'
{"format":"modelmatrix-profile","version":1,"name":"Second","workload":{"requests_per_day":4242},
 "criteria":[{"id":"monthly_cost","weight":1}]}
JSON
run --import "$work/profile2.json" --print-profile >"$work/run4.log" 2>&1
rc=$?
[ "$ro_mount" = 1 ] && umount "$work/state"
chmod u+w "$work/state"
check "the app keeps working when saving fails" '[ $rc -eq 0 ] && grep -q "\"requests_per_day\":4242" "$work/run4.log"'
check "the state folder could be made unwritable" '[ "$(id -u)" != 0 ] || [ "$ro_mount" = 1 ]'
check "saving failure is reported" 'grep -qi "could not save\|impossible d" "$work/run4.log"'
check "the previous state file is intact" 'cmp -s "$work/before.json" "$work/state/state.json"'
echo "desktop-state: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
