#!/usr/bin/env bash
# Regenerates tests/conformance/run/<name>.out from real Go (the oracle) for every run/<name>.go
# (or only the files given as arguments). Format of a .out file:
#   exit N
#   <stderr, cut after "goroutine 1 [running]:", signal pc replaced by "pc=?">
#   -- stdout --
#   <stdout>
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS=

if [ "$#" -gt 0 ]; then files=("$@"); else files=("$here"/run/*.go); fi
for src in "${files[@]}"; do
  name="$(basename "$src" .go)"
  cp "$here/run/$name.go" "$tmp/$name.go"
  if ! (cd "$tmp" && go build -o prog "$name.go"); then
    echo "go build failed for $name.go" >&2
    exit 1
  fi
  set +e
  "$tmp/prog" >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
  set -e
  {
    echo "exit $status"
    # Cut after the goroutine header (the trace has no counterpart) and blank the signal pc.
    awk '{ print } /^goroutine 1 \[running\]:$/ { exit }' "$tmp/stderr" |
      sed -E 's/^(\[signal .*) pc=0x[0-9a-f]+\]$/\1 pc=?]/'
    echo "-- stdout --"
    cat "$tmp/stdout"
  } >"$here/run/$name.out"
  rm -f "$tmp/prog" "$tmp/$name.go"
done
