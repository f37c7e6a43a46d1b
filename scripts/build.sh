#!/usr/bin/env bash
# Bootstraps the machine, then configures (first time only) and builds both CMake presets:
# `native` (gomethodc CLI + GoogleTest tests) and `wasm` (dist/gomethodc.mjs + dist/gomethodc.wasm, and
# dist/aot/kernels.{mjs,wasm}: the C++ benchmark kernels, issue #8's `aot` path).
# Incremental: a second run with no changes only asks ninja, which finds nothing to do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NODE_PATH=/usr/share/nodejs  # emcc needs it to find acorn
# `npm run …` puts node_modules/.bin first on PATH, and the npm binaryen package's wasm-opt there
# is a newer Binaryen than Emscripten 3.1.6's: emcc then minifies the wasm's import names but not
# the JS loader's, and the compiler cannot load. Build with the system's tools only.
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v '/node_modules/\.bin$' | paste -sd: -)
export PATH
JOBS=${JOBS:-2}

# Microseconds since the epoch, from bash itself (no bc/date arithmetic needed).
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }
elapsed() { local us=$(( $(now_us) - $1 )); printf '%d.%d' $((us / 1000000)) $(((us / 100000) % 10)); }

bash scripts/bootstrap.sh

for preset in native wasm; do
  dir="build/$preset"
  if [ -f "$dir/CMakeCache.txt" ] && [ -f "$dir/build.ninja" ]; then
    echo "build: $preset: configured already ($dir)"
  else
    echo "build: $preset: configuring"
    cmake --preset "$preset"
  fi
  start=$(now_us)
  echo "build: $preset: building"
  cmake --build --preset "$preset" -j"$JOBS"
  echo "build: $preset: done ($(elapsed "$start") s)"
done

# The WASI shim the browser runs wasi-target modules with (web/hosts.js), copied next to the
# compiler so that static-file deployments load it by relative URL, like dist/gomethodc.mjs.
shim=node_modules/@bjorn3/browser_wasi_shim
mkdir -p dist/vendor/browser_wasi_shim
cp "$shim"/dist/*.js "$shim"/LICENSE-APACHE "$shim"/LICENSE-MIT "$shim"/package.json dist/vendor/browser_wasi_shim/

for f in dist/vendor/browser_wasi_shim/index.js dist/gomethodc.mjs dist/gomethodc.wasm dist/aot/kernels.mjs dist/aot/kernels.wasm; do
  if [ ! -f "$f" ]; then
    echo "build: $f is missing after the wasm build" >&2
    exit 1
  fi
done
echo "build: ok"
