#!/usr/bin/env bash
# Installs everything ModelMatrix needs on Debian 12 and fetches Dear ImGui 1.90.1
# from Debian's source package into third_party/ (ignored by git). Idempotent.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

IMGUI_VERSION="1.90.1+ds-1"
IMGUI_ORIG="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
IMGUI_DEST="$here/third_party/imgui"

PACKAGES=(
  build-essential cmake pkg-config git ca-certificates xz-utils dpkg-dev
  emscripten node-acorn node-terser
  nlohmann-json3-dev libcli11-dev
  googletest libgtest-dev libbenchmark-dev
  libglfw3-dev libgl-dev libgl1-mesa-dri
  clang-14 libclang-rt-14-dev
  chromium xvfb xauth imagemagick x11-apps
  fonts-dejavu-core python3 python3-fonttools python3-jsonschema
)

# Node.js: Debian's own (with npm) unless a Node.js with npm is already installed.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

imgui_ok() {
  local d="$1"
  [ -f "$d/imgui.cpp" ] && [ -f "$d/backends/imgui_impl_glfw.cpp" ] && [ -f "$d/backends/imgui_impl_opengl3.cpp" ]
}

packages_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

# --- 1. platform checks ------------------------------------------------------
is_debian12=0
if [ -r /etc/os-release ]; then
  . /etc/os-release
  [ "${ID:-}" = "debian" ] && [ "${VERSION_ID:-}" = "12" ] && is_debian12=1
fi

missing=$(packages_missing 2>/dev/null || true)
if [ -n "$missing" ]; then
  if [ "$is_debian12" != 1 ]; then
    die "this script installs packages on Debian 12 only. Install the equivalents of: ${PACKAGES[*]}
        (Emscripten 3.1.x, nlohmann/json 3, GoogleTest, Google Benchmark, GLFW 3, CLI11, Chromium, Xvfb, clang-14),
        then point IMGUI_DIR=/path/to/imgui-1.90.1 at a Dear ImGui 1.90.1 checkout and run the build again."
  fi
  if [ "$(id -u)" != 0 ]; then
    die "missing Debian packages: $missing
        Run this script as root (sudo scripts/setup.sh), or install them yourself:
          sudo apt-get install $missing"
  fi
  say "installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
else
  say "Debian packages: all present"
fi

# --- 2. Dear ImGui 1.90.1 from Debian's source package -------------------------
if [ -n "${IMGUI_DIR:-}" ]; then
  imgui_ok "$IMGUI_DIR" || die "IMGUI_DIR=$IMGUI_DIR does not look like a Dear ImGui checkout (imgui.cpp, backends/imgui_impl_glfw.cpp expected)"
  say "Dear ImGui: using IMGUI_DIR=$IMGUI_DIR"
elif imgui_ok "$IMGUI_DEST"; then
  say "Dear ImGui: present in third_party/imgui"
else
  [ "$is_debian12" = 1 ] && [ "$(id -u)" = 0 ] || die "Dear ImGui 1.90.1 is missing. On Debian 12 run this script as root; elsewhere set IMGUI_DIR=/path/to/imgui-1.90.1."
  src_list=/etc/apt/sources.list.d/modelmatrix-trixie-src.sources
  if [ ! -f "$src_list" ]; then
    say "adding a deb-src entry for trixie (source packages only, no binaries) in $src_list"
    cat > "$src_list" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -q
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  say "fetching source package imgui=$IMGUI_VERSION"
  (cd "$work" && apt-get source --download-only -q "imgui=$IMGUI_VERSION") \
    || die "apt-get source imgui=$IMGUI_VERSION failed (is a trixie deb-src entry reachable?). Alternatively set IMGUI_DIR."
  got=$(sha256sum "$work/$IMGUI_ORIG" | cut -d' ' -f1)
  [ "$got" = "$IMGUI_SHA256" ] || die "sha256 of $IMGUI_ORIG is $got, expected $IMGUI_SHA256"
  say "sha256 ok: $IMGUI_SHA256"
  rm -rf "$IMGUI_DEST"
  mkdir -p "$IMGUI_DEST"
  tar -xJf "$work/$IMGUI_ORIG" -C "$IMGUI_DEST" --strip-components=1
  imgui_ok "$IMGUI_DEST" || die "the imgui tarball did not contain the expected sources"
  say "Dear ImGui 1.90.1 unpacked into third_party/imgui"
fi

# --- 3. browser test driver (npm registry) -----------------------------------
if [ -f tests/browser/package.json ]; then
  if [ ! -d tests/browser/node_modules/playwright-core ]; then
    say "installing playwright-core for the browser tests (npm ci)"
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
  else
    say "playwright-core: present"
  fi
fi
say "done"
