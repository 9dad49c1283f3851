#!/usr/bin/env bash
# Builds the WebAssembly app into build/site/ (static site: index.html + the files it loads, and the
# self-contained modelmatrix.html) and the Node build of the CLI into build/wasm-node/.
#   ./build-wasm.sh                  build
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
   || [ ! -f /usr/include/nlohmann/json.hpp ] || [ ! -f /usr/include/CLI/CLI.hpp ] \
   || [ ! -f /usr/share/nodejs/terser/package.json ]; then
  echo "[build-wasm] set-up needed: running scripts/setup.sh"
  scripts/setup.sh
fi

# Debian's emscripten needs Debian's node-acorn, and tools/minify_js.js Debian's node-terser: both live in
# /usr/share/nodejs.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
jobs=$(nproc 2>/dev/null || echo 2)
mkdir -p build

configure() {  # configure DIR ARGS...: the log is shown only on failure
  local dir=$1; shift
  local options=(-DMM_BUILD_TESTS=OFF -DMM_BUILD_BENCH=OFF ${IMGUI_DIR:+-DIMGUI_DIR="$IMGUI_DIR"} "$@")
  local run=(emcmake cmake)
  # An existing folder gets this script's options again (a folder configured by an older version of this script
  # would keep stale ones); its toolchain is already set.
  [ -f "$dir/CMakeCache.txt" ] && run=(cmake)
  "${run[@]}" -S . -B "$dir" "${options[@]}" >"$dir.configure.log" 2>&1 ||
    { cat "$dir.configure.log"; echo "[build-wasm] CMake configure of $dir failed" >&2; exit 1; }
}

start=$(date +%s)
# The app: optimised for size (first-visit budget), with link-time optimisation across our code and Dear ImGui.
# Three WebAssembly features (sign extension, bulk memory, non-trapping float-to-int) let the compiler use shorter
# instructions; every browser has them since Chrome 75 (2019), Firefox 79 (2020) and Safari 15 (2021, Safari's first
# version with WebGL 2, which the app needs anyway).
wasm_features="-msign-ext -mbulk-memory -mnontrapping-fptoint"
configure build/wasm -DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_CXX_FLAGS_MINSIZEREL=-Oz -DNDEBUG -fno-rtti -flto $wasm_features" \
  "-DCMAKE_C_FLAGS_MINSIZEREL=-Oz -DNDEBUG -flto $wasm_features" \
  "-DCMAKE_EXE_LINKER_FLAGS_MINSIZEREL=-flto $wasm_features" \
  -DMM_JSON_DIAGNOSTICS=OFF -DMM_WASM_CATCH_ALLOWLIST=ON
cmake --build build/wasm -j"$jobs" --target site
# The CLI for Node: optimised for speed (benchmarks compare it with the native build).
configure build/wasm-cli -DCMAKE_BUILD_TYPE=Release -DMM_BUILD_GUI=OFF
cmake --build build/wasm-cli -j"$jobs" --target modelmatrix-cli
echo "[build-wasm] built in $(( $(date +%s) - start )) s"

first_visit=(build/site/index.html build/site/style.css build/site/mm_boot.js build/site/catalog.js build/site/modelmatrix.js build/site/modelmatrix.wasm)
raw=$(cat "${first_visit[@]}" | wc -c)
gz=0
for f in "${first_visit[@]}"; do gz=$(( gz + $(gzip -9 -c "$f" | wc -c) )); done
echo "[build-wasm] site: build/site/ — a first visit downloads $raw bytes ($gz bytes gzipped); offline copy: build/site/modelmatrix.html"
echo "[build-wasm] Node CLI: node build/wasm-node/modelmatrix-cli.js --help"

if [ "$serve" = 1 ]; then
  echo "[build-wasm] serving build/site at http://127.0.0.1:$port/  (Ctrl+C to stop)"
  exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 --directory build/site
fi
