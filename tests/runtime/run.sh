#!/bin/sh
# Tests the runtime's logic (cpp/runtime/runtime/*.go) under real Go: the files are copied into
# a scratch module with Go bodies for the intrinsics (host/intrinsics_host.go), the length type
# of string and slice headers widened to Go's int, and compared against Go's own runtime by the
# tests in host/. Exits non-zero on any failure.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../cpp/runtime/runtime" && pwd)

fail=0

# A self-contained module: no network, no workspace or vendoring settings from outside.
export GOFLAGS= GOPROXY=off GO111MODULE=on GOWORK=off
if [ -z "${GOCACHE:-}" ] && [ -z "${HOME:-}" ] && [ -z "${XDG_CACHE_HOME:-}" ]; then
	export GOCACHE=/tmp/gomethod-runtime-gocache
fi

# Formatting: gofmt must have nothing to say about the runtime or the harness.
unformatted=$(gofmt -l "$src" "$here")
if [ -n "$unformatted" ]; then
	echo "gofmt: not formatted:"
	echo "$unformatted"
	fail=1
fi

# The runtime must stay inside the Go subset the compiler supports (see the runtime's brief):
# a cheap textual check for the constructs most likely to slip in, outside comments and strings.
# (Function values are allowed: maps call the compiler's generated key hash/equality closures.)
forbidden='\b(append|make|new|println|print|recover|panic)\(|\binterface\b|\bmap\[|\bdefer\b|\bgo [a-zA-Z_]|\bany\b|\berror\b|\bfallthrough\b'
strip() { sed -e 's/"[^"]*"/""/g' -e 's://.*$::' "$@"; }
# api.go is the exception: the API for programs (runtime.Error is an interface).
checked=$(ls "$src"/*.go | grep -v '/api\.go$')
if strip $checked | grep -nE "$forbidden" >/dev/null; then
	echo "runtime uses constructs outside the supported subset:"
	for f in $checked; do
		strip "$f" | grep -nE "$forbidden" | sed "s|^|$(basename "$f"):|"
	done
	fail=1
fi
if grep -hE '^import|^	"' "$src"/*.go | grep -vE '^import "unsafe"$' >/dev/null; then
	echo "runtime imports something other than unsafe"
	fail=1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$src"/*.go; do
	name=$(basename "$f")
	# The intrinsics and the targets' host bindings: the harness has Go versions (host/).
	case "$name" in intrinsics.go | host.go | direct.go | wasi.go) continue ;; esac
	sed -e 's/^package runtime$/package rt/' -e 's/^type hdrWord int32$/type hdrWord int/' "$f" >"$tmp/$name"
done
if ! grep -q '^type hdrWord int$' "$tmp/header.go"; then
	echo "header.go: the 'type hdrWord int32' declaration the harness rewrites is missing"
	exit 1
fi
cp "$here"/host/*.go "$tmp/"
printf 'module gomethod.test/rt\n\ngo 1.19\n' >"$tmp/go.mod"

# vet is off: the runtime converts uintptrs to pointers and the tests do string(int64) on purpose.
if (cd "$tmp" && go test -vet=off -count=1 -v .) >"$tmp/log" 2>&1; then :; else fail=1; fi
grep -E '^(--- FAIL|FAIL|panic:|ok )|^\s+\S+_test\.go:[0-9]+:|cases checked|^# |\.go:[0-9]+:[0-9]+:' "$tmp/log" | head -60 || true
passed=$(grep -c '^--- PASS' "$tmp/log" || true)
failed=$(grep -c '^--- FAIL' "$tmp/log" || true)
echo "runtime tests: $passed passed, $failed failed"
exit $fail
