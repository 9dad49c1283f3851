#!/usr/bin/env bash
# Desktop smoke test: the real GLFW/OpenGL window under Xvfb draws its first frame; a screenshot of the
# X screen (build/test-artifacts/desktop/) must not be blank.
set -euo pipefail
app=${1:?usage: smoke.sh PATH/TO/modelmatrix}
out="${MM_ARTIFACTS_DIR:-build/test-artifacts}/desktop"
mkdir -p "$out"
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app_pid $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
app_pid=
DISPLAY=$display "$app" >"$out/stdout.log" 2>"$out/stderr.log" &
app_pid=$!
for _ in $(seq 100); do grep -q "first frame drawn" "$out/stdout.log" 2>/dev/null && break; sleep 0.1; done
grep -q "first frame drawn" "$out/stdout.log" || { echo "the window never drew a frame"; cat "$out/stderr.log"; exit 1; }
sleep 0.5
DISPLAY=$display import -window root "$out/window.png"
colors=$(convert "$out/window.png" -format '%k' info:)
echo "desktop screenshot: $out/window.png, $colors distinct colours"
[ "$colors" -gt 20 ] || { echo "the window looks blank"; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
[ ! -s "$out/stderr.log" ] || { echo "stderr not empty:"; cat "$out/stderr.log"; exit 1; }
echo "desktop: 1 passed, 0 failed"
