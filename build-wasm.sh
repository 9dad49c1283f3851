#!/usr/bin/env bash
# Builds the WebAssembly app into build/site/ (static site: index.html + files it loads, and the
# self-contained modelmatrix.html) and the Node build of the CLI into build/wasm-node/.
#   ./build-wasm.sh            build
#   ./build-wasm.sh --serve [PORT]   build, then serve build/site on http://127.0.0.1:PORT/ (default 8080)
# The build logic lives in CMake (cmake/MmWeb.cmake); this script only drives it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

serve=0
port=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) serve=1; if [ $# -gt 1 ] && [[ "$2" =~ ^[0-9]+$ ]]; then port=$2; shift; fi ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# Set-up when something is missing (Debian 12 as root; otherwise the script says what to install).
if ! command -v emcmake >/dev/null 2>&1 || { [ -z "${IMGUI_DIR:-}" ] && [ ! -f third_party/imgui/imgui.cpp ]; } \
   || [ ! -f /usr/include/nlohmann/json.hpp ] || [ ! -f /usr/include/CLI/CLI.hpp ]; then
  echo "[build-wasm] set-up needed: running scripts/setup.sh"
  scripts/setup.sh
fi

# Debian's emscripten needs Debian's node-acorn, which lives in /usr/share/nodejs.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
jobs=$(nproc 2>/dev/null || echo 2)

start=$(date +%s)
if [ ! -f build/wasm/CMakeCache.txt ]; then
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DMM_BUILD_TESTS=OFF -DMM_BUILD_BENCH=OFF \
    ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"} >build/wasm-configure.log 2>&1 \
    || { cat build/wasm-configure.log; echo "[build-wasm] CMake configure failed (log above)" >&2; exit 1; }
fi
cmake --build build/wasm -j"$jobs"
echo "[build-wasm] built in $(( $(date +%s) - start )) s"

raw=$(du -cb build/site/index.html build/site/*.js build/site/*.css | tail -1 | cut -f1)
gz=0
for f in build/site/index.html build/site/*.js build/site/*.css; do
  gz=$(( gz + $(gzip -9 -c "$f" | wc -c) ))
done
echo "[build-wasm] site: build/site/ (first visit: $raw bytes raw, $gz bytes gzipped); offline copy: build/site/modelmatrix.html"
echo "[build-wasm] Node CLI: node build/wasm-node/modelmatrix-cli.js --help"

if [ "$serve" = 1 ]; then
  echo "[build-wasm] serving build/site at http://127.0.0.1:$port/  (Ctrl+C to stop)"
  exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory build/site
fi
