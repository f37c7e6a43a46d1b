// Differential program tests: every tests/programs/*.go is a `package main` program. It runs under
// `go run` (Debian's Go is the oracle) and through gomethod (compiled, then run with runProgram);
// stdout, stderr (up to the goroutine trace, which has no counterpart) and the exit status must
// be the same.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCompiler, runProgram } from 'gomethod';

const dir = fileURLToPath(new URL('../programs/', import.meta.url));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.go')).sort();

/**
 * Cuts a panic report after "goroutine 1 [running]:" (the trace below differs by design) and
 * blanks the program counter of a "[signal …]" line.
 */
function trimTrace(stderr) {
  const at = stderr.indexOf('goroutine 1 [running]:');
  const head = at < 0 ? stderr : stderr.slice(0, at + 'goroutine 1 [running]:'.length);
  return head.replace(/^(\[signal .*) pc=0x[0-9a-f]+\]$/m, '$1 pc=?]');
}

function runGo(file) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-prog-'));
  try {
    fs.copyFileSync(path.join(dir, file), path.join(tmp, file));
    // Build, then run the binary: `go run` adds its own "exit status N" line.
    const build = spawnSync('go', ['build', '-o', 'prog', file], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    });
    if (build.status !== 0) throw new Error(`go build ${file} failed:\n${build.stderr}`);
    const r = spawnSync(path.join(tmp, 'prog'), [], { encoding: 'utf8' });
    return { stdout: r.stdout, stderr: trimTrace(r.stderr), status: r.status };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

/** Compiles and runs a program through gomethod. */
async function runOurs(file, source) {
  const out = compiler.compile(source, { filename: file });
  expect(out.diagnostics).toEqual([]);
  expect(WebAssembly.validate(out.wasm)).toBe(true);
  let stdout = '';
  let stderr = '';
  const status = await runProgram(out.wasm, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { stdout, stderr: trimTrace(stderr), status };
}

test.each(files)('%s behaves as under go run', async (file) => {
  const source = fs.readFileSync(path.join(dir, file), 'utf8');
  expect(await runOurs(file, source)).toEqual(runGo(file));
});

// Go 1.22 features (range over int, min/max, clear, per-iteration loop variables) are beyond
// the installed Go 1.19: these programs carry their expected output, written by hand, in a
// .want file (first line "exit N", then stderr).
const go122Dir = path.join(dir, 'go1.22');
const go122Files = fs.readdirSync(go122Dir).filter((f) => f.endsWith('.go')).sort();

test.each(go122Files)('go1.22/%s prints its .want output', async (file) => {
  const source = fs.readFileSync(path.join(go122Dir, file), 'utf8');
  const want = fs.readFileSync(path.join(go122Dir, file.replace(/\.go$/, '.want')), 'utf8');
  const [first, ...rest] = want.split('\n');
  const status = Number(/^exit (\d+)$/.exec(first)[1]);
  expect(await runOurs(file, source)).toEqual({ stdout: '', stderr: rest.join('\n'), status });
});
