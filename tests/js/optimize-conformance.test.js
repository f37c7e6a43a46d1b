// Optimized output is validated and behaves like level 0 across the conformance suite
// (tests/conformance/run): every program is optimized at one level, chosen by rotation over
// -O1, -O2, -O3, -O4, -Os, -Oz (each level gets a sixth of the suite), every second group of six
// compiled with GOGC=0 (a collection at every allocation, so roots lost by an optimization would
// show); a fixed sample of programs runs at every level. Each optimized module must pass Binaryen's
// validator before and after (optimizeWith throws otherwise) and the engine's, and print exactly
// what the level-0 module prints: exit status, stderr (panic text) and stdout — which is also the
// checked-in .out (conformance.test.js), unless the program is a known failure.
//
// Binaryen runs in two worker_threads (tests/js/optimize-thread.js); the test thread compiles and
// runs the programs meanwhile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

import { createCompiler, runProgram } from 'gomethod';

const root = fileURLToPath(new URL('../conformance/', import.meta.url));
const runDir = path.join(root, 'run');
const files = fs.readdirSync(runDir).filter((f) => f.endsWith('.go')).sort();
const knownFailures = new Set(
  fs
    .readFileSync(path.join(root, 'known-failures.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.slice(0, l.indexOf(':')).trim()),
);

const LEVELS = [1, 2, 3, 4, 's', 'z'];
// Every level for these: defer/recover (wasm exception handling), uncaught panics, os.Exit,
// closures, interfaces, generics, maps that grow, fmt, float printing and math, a heavy sort. (Small
// modules mostly: Binaryen's time grows with size, and fmt alone makes a module ~150 KB.)
const SAMPLE = [
  'defer_across_frames.go', 'recover_repanic.go', 'panic_nil_pointer.go', 'rt_panic_chain_uncaught.go',
  'os_exit_time.go', 'closure_generators.go', 'iface_dispatch.go', 'generic_type_lru.go', 'map_grow.go',
  'fmt_composite.go', 'float_print.go', 'stdlib_math.go', 'sort_slice_pdq.go',
];
// As in conformance.test.js: programs whose live heap grows large run with GOGC=5, not 0.
const heavy = new Set(['rt_map_grow_strings.go', 'sort_slice_pdq.go']);

/** @typedef {{ file: string, opt: number | string, gcPercent: number | undefined }} Job */

/** @type {Job[]} */
const jobs = [];
const seen = new Set();
const add = (/** @type {Job} */ job) => {
  const key = `${job.file} ${job.opt} ${job.gcPercent}`;
  if (!seen.has(key)) jobs.push(job);
  seen.add(key);
};
files.forEach((file, i) => {
  const gcPercent = Math.floor(i / LEVELS.length) % 2 === 1 ? (heavy.has(file) ? 5 : 0) : undefined;
  add({ file, opt: LEVELS[i % LEVELS.length], gcPercent });
});
for (const file of SAMPLE) for (const opt of LEVELS) add({ file, opt, gcPercent: undefined });

test('the sample names existing programs, and the rotation covers every level', () => {
  expect(SAMPLE.filter((f) => !files.includes(f))).toEqual([]);
  for (const opt of LEVELS) expect(jobs.filter((j) => j.opt === opt).length).toBeGreaterThan(files.length / LEVELS.length);
});

// ---- a small pool of optimizer threads ----------------------------------------------------------

const threads = Array.from({ length: Math.max(1, Math.min(2, os.availableParallelism())) }, () => {
  const worker = new Worker(new URL('./optimize-thread.js', import.meta.url));
  worker.unref();
  return worker;
});
/** @type {Map<number, { resolve: (r: { wasm: Uint8Array, ms: number }) => void, reject: (e: Error) => void }>} */
const pending = new Map();
for (const worker of threads) {
  worker.on('message', ({ id, wasm, ms, error }) => {
    const p = pending.get(id);
    pending.delete(id);
    if (error) p?.reject(new Error(error));
    else p?.resolve({ wasm, ms });
  });
  worker.on('error', (err) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  });
}
let nextId = 0;
/** @param {Uint8Array} wasm @param {number | string} opt */
function optimize(wasm, opt) {
  const id = nextId++;
  const promise = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  threads[id % threads.length].postMessage({ id, wasm, opt });
  return /** @type {Promise<{ wasm: Uint8Array, ms: number }>} */ (promise);
}

afterAll(async () => {
  await Promise.all(threads.map((w) => w.terminate()));
});

// ---- compile everything up front, so the threads never wait ---------------------------------------

/** @type {Map<string, Uint8Array>} level-0 modules by `file gcPercent` */
const plain = new Map();
/** @type {Map<Job, Promise<{ wasm: Uint8Array, ms: number }>>} */
const optimized = new Map();

beforeAll(async () => {
  const compiler = await createCompiler();
  for (const job of jobs) {
    const key = `${job.file} ${job.gcPercent}`;
    let wasm = plain.get(key);
    if (!wasm) {
      const source = fs.readFileSync(path.join(runDir, job.file), 'utf8');
      const out = compiler.compile(source, { filename: job.file, ...(job.gcPercent === undefined ? {} : { gcPercent: job.gcPercent }) });
      if (!out.ok || !out.wasm) throw new Error(`${job.file} does not compile: ${JSON.stringify(out.diagnostics)}`);
      wasm = out.wasm;
      plain.set(key, wasm);
    }
    const promise = optimize(wasm, job.opt);
    promise.catch(() => {}); // reported by the job's test
    optimized.set(job, promise);
    await new Promise((resolve) => setImmediate(resolve)); // let finished jobs report meanwhile
  }
}, 120_000);

/** @type {Map<Uint8Array, Promise<string>>} */
const level0 = new Map();

/** @param {Uint8Array} wasm */
async function run(wasm) {
  let stdout = '';
  let stderr = '';
  const status = await runProgram(wasm, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const at = stderr.indexOf('goroutine 1 [running]:');
  const head = at < 0 ? stderr : stderr.slice(0, at + 'goroutine 1 [running]:'.length) + '\n';
  return `exit ${status}\n${head.replace(/^(\[signal .*) pc=0x[0-9a-f]+\]$/m, '$1 pc=?]')}-- stdout --\n${stdout}`;
}

for (const job of jobs) {
  const gc = job.gcPercent === undefined ? '' : ` under GOGC=${job.gcPercent}`;
  test(`run/${job.file} at -O${job.opt}${gc} validates and prints what level 0 prints`, async () => {
    const wasm = /** @type {Uint8Array} */ (plain.get(`${job.file} ${job.gcPercent}`));
    const result = await /** @type {Promise<{ wasm: Uint8Array }>} */ (optimized.get(job));
    expect(WebAssembly.validate(result.wasm)).toBe(true);
    expect(Buffer.compare(result.wasm, wasm)).not.toBe(0); // Binaryen really ran
    if (!level0.has(wasm)) level0.set(wasm, run(wasm));
    const want = await level0.get(wasm);
    expect(await run(result.wasm)).toEqual(want);
    if (!knownFailures.has(job.file)) {
      expect(want).toEqual(fs.readFileSync(path.join(runDir, job.file.replace(/\.go$/, '.out')), 'utf8'));
    }
  }, 120_000);
}
