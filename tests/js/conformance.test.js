// Conformance suite (tests/conformance): every run/*.go program is compiled by gomethod and run;
// its exit status, stderr (cut after "goroutine 1 [running]:", signal pc blanked) and stdout must
// equal the checked-in run/*.out, which real Go produced (tests/conformance/regenerate.sh).
// Every reject/*.go must be rejected, with a diagnostic on each `// ERROR "regexp"` line whose
// message matches the regexp (the convention of Go's own test/*.go files; verified against go
// build by tests/conformance/check-rejects.sh).
// Programs gomethod gets wrong today are listed in tests/conformance/known-failures.txt and run
// as test.failing: they pass while the bug is there and fail once it is fixed (remove the line
// then), so the list stays honest.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCompiler, runProgram } from 'gomethod';

const root = fileURLToPath(new URL('../conformance/', import.meta.url));
const runDir = path.join(root, 'run');
const rejectDir = path.join(root, 'reject');
const list = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

/** name.go -> reason, from known-failures.txt ("name.go: reason"; # comments, blank lines). */
const knownFailures = new Map(
  fs
    .readFileSync(path.join(root, 'known-failures.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    }),
);

function trimTrace(stderr) {
  const at = stderr.indexOf('goroutine 1 [running]:');
  const head = at < 0 ? stderr : stderr.slice(0, at + 'goroutine 1 [running]:'.length) + '\n';
  return head.replace(/^(\[signal .*) pc=0x[0-9a-f]+\]$/m, '$1 pc=?]');
}

/** Same shape as a .out file. */
function format({ status, stderr, stdout }) {
  return `exit ${status}\n${stderr}-- stdout --\n${stdout}`;
}

let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

const runFiles = list(runDir);
const rejectFiles = list(rejectDir);

test('known-failures.txt names only existing programs', () => {
  const all = new Set([...runFiles, ...rejectFiles]);
  expect([...knownFailures.keys()].filter((f) => !all.has(f))).toEqual([]);
});

const pick = (file) => (knownFailures.has(file) ? test.failing : test);

// Every program also runs with GOGC=0, a collection at every allocation: whatever the program
// holds only in wasm locals or on the operand stack would be freed under it (cpp/lower/gc_roots.cpp).
// Programs whose live heap grows large would take minutes that way (each collection marks it
// all); they run with GOGC=5, still dozens of collections.
// Every program fits every target, so each also runs as a `direct` module (no imports: output
// buffered in memory) and as a WASI command under node:wasi (which reports panics itself).
// The direct target has no clock (time stands still at 0), so programs that read the time do not
// fit it.
const heavy = new Set(['rt_map_grow_strings.go', 'sort_slice_pdq.go']);
const needsClock = new Set(['os_exit_time.go']);
const runs = runFiles.flatMap((file) => {
  const gcPercent = heavy.has(file) ? 5 : 0;
  return [
    { file, options: {}, what: '' },
    { file, options: { gcPercent }, what: ` under GOGC=${gcPercent}` },
    ...(needsClock.has(file) ? [] : [{ file, options: { target: 'direct' }, what: ' (target direct)' }]),
    { file, options: { target: 'wasi' }, what: ' (target wasi, node:wasi)' },
  ];
});

for (const { file, options, what } of runs) {
  pick(file)(`run/${file} matches its .out${what}`, async () => {
    const source = fs.readFileSync(path.join(runDir, file), 'utf8');
    const want = fs.readFileSync(path.join(runDir, file.replace(/\.go$/, '.out')), 'utf8');
    const out = compiler.compile(source, { filename: file, ...options });
    expect(out.diagnostics).toEqual([]);
    expect(WebAssembly.validate(out.wasm)).toBe(true);
    let stdout = '';
    let stderr = '';
    const status = await runProgram(out.wasm, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(format({ status, stderr: trimTrace(stderr), stdout })).toEqual(want);
  });
}

/** [{ line, re }] for every `// ERROR "re"` comment. */
function expectedErrors(source) {
  const want = [];
  source.split('\n').forEach((text, i) => {
    const m = /\/\/ ERROR "(.*)"\s*$/.exec(text);
    if (m) want.push({ line: i + 1, re: m[1] });
  });
  return want;
}

for (const file of rejectFiles) {
  pick(file)(`reject/${file} is rejected with the expected errors`, () => {
    const source = fs.readFileSync(path.join(rejectDir, file), 'utf8');
    const want = expectedErrors(source);
    expect(want.length).toBeGreaterThan(0);
    const out = compiler.compile(source, { filename: file });
    expect(out.ok).toBe(false);
    for (const { line, re } of want) {
      const onLine = out.diagnostics.filter((d) => d.line === line).map((d) => d.message);
      // Reported as "line N: messages" so a mismatch names the line.
      expect({ line, matches: onLine.some((m) => new RegExp(re).test(m)), messages: onLine }).toEqual(
        { line, matches: true, messages: onLine },
      );
    }
  });
}
