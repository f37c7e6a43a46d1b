#!/usr/bin/env bash
# Builds, then runs every test suite in turn (CTest, Jest, Playwright), carrying on after a
# failure. Ends with one summary line per suite and a plain "N passed, N failed" total line that CI
# reads; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NODE_PATH=/usr/share/nodejs  # emcc needs it to find acorn
export CI="${CI:-}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_us() { echo "${EPOCHREALTIME/[.,]/}"; }
seconds_since() { local us=$(( $(now_us) - $1 )); printf '%d.%d' $((us / 1000000)) $(((us / 100000) % 10)); }

summary=()
total_passed=0
total_failed=0
total_skipped=0

# record NAME PASSED FAILED SKIPPED START
record() {
  local name=$1 passed=$2 failed=$3 skipped=$4 start=$5 line
  line="$name: $passed passed, $failed failed"
  if [ "$skipped" -gt 0 ]; then line+=", $skipped skipped"; fi
  line+=" ($(seconds_since "$start") s)"
  summary+=("$line")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
}

banner() { printf '\n==== %s\n' "$1"; }

# ---- build
banner build
start=$(now_us)
if bash scripts/build.sh; then
  summary+=("build: ok ($(seconds_since "$start") s)")
else
  summary+=("build: FAILED ($(seconds_since "$start") s)")
  total_failed=$((total_failed + 1))
fi

# ---- ctest
banner ctest
start=$(now_us)
ctest --preset native --output-on-failure 2>&1 | tee "$tmp/ctest.log"
rc=${PIPESTATUS[0]}
line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$tmp/ctest.log" | tail -n1)
if [ -n "$line" ]; then
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  passed=$((total - failed))
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # e.g. a test that could not start
  record ctest "$passed" "$failed" 0 "$start"
else
  echo "test: ctest printed no result line (exit $rc)" >&2
  record ctest 0 1 0 "$start"
fi

# ---- runtime (the runtime's Go code, tested under real Go against Go's own runtime)
banner runtime
start=$(now_us)
bash tests/runtime/run.sh 2>&1 | tee "$tmp/runtime.log"
rc=${PIPESTATUS[0]}
line=$(grep -E '^runtime tests: [0-9]+ passed, [0-9]+ failed' "$tmp/runtime.log" | tail -n1)
if [ -n "$line" ]; then
  passed=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$line")
  failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record runtime "$passed" "$failed" 0 "$start"
else
  echo "test: runtime tests printed no result line (exit $rc)" >&2
  record runtime 0 1 0 "$start"
fi

# ---- jest
banner jest
start=$(now_us)
node --disable-warning=ExperimentalWarning --experimental-vm-modules node_modules/jest/bin/jest.js \
  --ci --json --outputFile="$tmp/jest.json"
rc=$?
if counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(r.numPassedTests, failed, r.numPendingTests + r.numTodoTests);
' "$tmp/jest.json" 2>/dev/null); then
  read -r passed failed skipped <<<"$counts"
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record jest "$passed" "$failed" "$skipped" "$start"
else
  echo "test: jest wrote no results (exit $rc)" >&2
  record jest 0 1 0 "$start"
fi

# ---- playwright
banner playwright
start=$(now_us)
PLAYWRIGHT_JSON_OUTPUT_NAME="$tmp/playwright.json" node_modules/.bin/playwright test
rc=$?
if counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const s = r.stats;
  console.log(s.expected + s.flaky, s.unexpected + (r.errors?.length ?? 0), s.skipped);
' "$tmp/playwright.json" 2>/dev/null); then
  read -r passed failed skipped <<<"$counts"
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  record playwright "$passed" "$failed" "$skipped" "$start"
else
  echo "test: playwright wrote no results (exit $rc)" >&2
  record playwright 0 1 0 "$start"
fi

# ---- summary
banner summary
printf '%s\n' "${summary[@]}"
total="$total_passed passed, $total_failed failed"
if [ "$total_skipped" -gt 0 ]; then total+=", $total_skipped skipped"; fi
echo "$total"
[ "$total_failed" -eq 0 ]
