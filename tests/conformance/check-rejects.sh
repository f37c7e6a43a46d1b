#!/usr/bin/env bash
# Verifies that real Go rejects every tests/conformance/reject/*.go (or the files given) and that
# each `// ERROR "regexp"` comment matches an error `go build` reports on that line.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export GO111MODULE=off GOFLAGS=

if [ "$#" -gt 0 ]; then files=("$@"); else files=("$here"/reject/*.go); fi
fail=0
for src in "${files[@]}"; do
  name="$(basename "$src")"
  cp "$here/reject/$name" "$tmp/$name"
  if (cd "$tmp" && go build -o /dev/null "$name" >"$tmp/out" 2>&1); then
    echo "FAIL $name: go build accepted it"; fail=1; continue
  fi
  n=0
  while IFS=: read -r line re; do
    n=$((n + 1))
    # Messages reported on this line ("./name.go:LINE:COL: message" -> "message").
    # Continuation lines (tab-indented) belong to the message above them.
    msgs="$(awk -v f="$name" '/^(\.\/)?[^ \t]+\.go:[0-9]+:[0-9]+: / { split($0, p, ":"); ln = p[2]; sub(/^[^:]*:[0-9]+:[0-9]+: /, ""); if (ln == L) print; next }
      /^\t/ { if (ln == L) print; next } { ln = "" }' L="$line" "$tmp/out")"
    if [ -z "$msgs" ] || ! grep -qE -- "$re" <<<"$msgs"; then
      echo "FAIL $name:$line: no error matching /$re/; go build said:"; sed 's/^/    /' "$tmp/out"; fail=1
    fi
  done < <(grep -n '// ERROR "' "$tmp/$name" | sed -E 's/^([0-9]+):.*\/\/ ERROR "(.*)"[[:space:]]*$/\1:\2/')
  if [ "$n" -eq 0 ]; then echo "FAIL $name: no // ERROR comment"; fail=1; fi
  rm -f "$tmp/$name"
done
[ "$fail" -eq 0 ] && echo "all reject programs verified"
exit "$fail"
