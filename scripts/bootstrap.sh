#!/usr/bin/env bash
# Installs what gomethod needs on a Debian machine. Idempotent and quick when nothing is missing:
# Debian packages (apt-get only when one is missing), the pinned Emscripten version check, and the
# npm dev dependencies (npm ci only when node_modules is missing or older than package-lock.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NODE_PATH=/usr/share/nodejs  # emcc needs it to find acorn
PACKAGES=(emscripten chromium fonts-liberation golang-go wabt cmake g++ libgtest-dev ninja-build brotli)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "bootstrap: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

# 1. Debian packages.
missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "install ok installed" ]; then missing+=("$pkg"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: debian packages: all ${#PACKAGES[@]} installed"
else
  echo "bootstrap: debian packages: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "bootstrap: debian packages: installed ${missing[*]}"
fi

# 2. Emscripten version pin.
want=$(tr -d '[:space:]' < emsdk.version)
have=$(emcc --version 2>/dev/null | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true)
if [ "$have" != "$want" ]; then
  echo "bootstrap: emscripten: emcc reports '${have:-nothing}' but emsdk.version pins '$want'; install Emscripten $want (Debian's emscripten package) or update emsdk.version" >&2
  exit 1
fi
echo "bootstrap: emscripten: emcc $have matches emsdk.version"

# 3. npm dev dependencies.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: npm: running npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
  echo "bootstrap: npm: dependencies installed"
else
  echo "bootstrap: npm: node_modules up to date"
fi
