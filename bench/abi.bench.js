#!/usr/bin/env node
// ABI marshaller benchmark: the raw wasm export next to gomethod's wrapper for the same Go
// function, median of several rounds. Not part of `npm test`; run `npm run bench`
// (node bench/abi.bench.js). Goals (issue 5): scalar call ≤ 1.2× the raw export; 8-character
// string round trip ≤ 0.4 µs; a zero-copy call that does not grow with the slice length. The same
// functions in C++ bound with Emscripten's embind (bench/anchors/embind.cpp, built here with
// em++ -O2 --bind) run in the same rounds, for the side-by-side column.

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createCompiler, instantiate } from '../web/index.js';

const SOURCE = `package main

//export add
func add(a, b int32) int32 { return a + b }

//export echo
func echo(s string) string { return s }

//export echoBytes
func echoBytes(b []byte) []byte { return b }

//export byteLen
func byteLen(b []byte) int32 { return int32(len(b)) }

var buf = make([]byte, 1<<20)

//export bytesOut
func bytesOut() []byte { return buf }

//export last
func last(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)-1]
}
`;

const ROUNDS = 21;

/**
 * Median time per call, in nanoseconds, of each body (`body(n)` performs n calls). The bodies run
 * in turns, round after round, so that drift (JIT tiers, GC, frequency scaling) hits them alike.
 * @param {Array<(n: number) => void>} bodies
 * @param {number} n calls per round
 * @returns {Array<{ median: number, best: number }>}
 */
function measure(bodies, n) {
  for (const body of bodies) {
    body(Math.min(n, 10_000)); // warm up: let the JIT settle before timing
    body(n);
  }
  const samples = bodies.map(() => /** @type {number[]} */ ([]));
  for (let r = 0; r < ROUNDS; r++) {
    bodies.forEach((body, i) => {
      const t0 = performance.now();
      body(n);
      samples[i].push(((performance.now() - t0) * 1e6) / n);
    });
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b);
    return { median: s[ROUNDS >> 1], best: s[0] };
  });
}

/** @param {number} ns */
function fmt(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(1)} ns`;
}

const compiler = await createCompiler();
const out = compiler.compile(SOURCE, { filename: 'bench.go' });
if (!out.ok) {
  console.error(out.diagnostics);
  process.exit(1);
}
const mod = await instantiate(out);

// Emscripten + embind, the same functions (an ES module factory; Node gets the binary directly).
const embindOut = path.join(os.tmpdir(), 'gomethod-bench-embind.mjs');
execFileSync('em++', ['-O2', '--bind', fileURLToPath(new URL('./anchors/embind.cpp', import.meta.url)), '-o', embindOut,
  '-sMODULARIZE', '-sEXPORT_ES6', '-sENVIRONMENT=node', '-sALLOW_MEMORY_GROWTH=1'],
{ stdio: 'inherit', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
// Emscripten 3.1.6's Node glue expects CommonJS's __dirname and require even as an ES module.
Object.assign(globalThis, { __dirname: os.tmpdir(), require: createRequire(import.meta.url) });
const embind = await (await import(embindOut)).default({ wasmBinary: fs.readFileSync(embindOut.replace(/\.mjs$/, '.wasm')) });
const raw = /** @type {any} */ (mod.instance.exports);
const go = /** @type {any} */ (mod.exports);
let sink = 0;

/** @typedef {{ median: number, best: number }} Timing */
/** @type {Array<[string, Timing, Timing, string, Timing | null]>} */
const rows = [];
/**
 * @param {string} name
 * @param {(n: number) => void} rawBody
 * @param {(n: number) => void} wrappedBody
 * @param {number} n
 * @param {string} [goal]
 */
function row(name, rawBody, wrappedBody, n, goal = '', embindBody = null) {
  const [r, w, e] = measure(embindBody ? [rawBody, wrappedBody, embindBody] : [rawBody, wrappedBody], n);
  rows.push([name, r, w, goal, e ?? null]);
}

// 1. add(int32, int32)
row(
  'add(int32, int32) int32',
  (n) => {
    const f = raw.add;
    let s = 0;
    for (let i = 0; i < n; i++) s = f(i, s) | 0;
    sink ^= s;
  },
  (n) => {
    const f = go.add;
    let s = 0;
    for (let i = 0; i < n; i++) s = f(i, s) | 0;
    sink ^= s;
  },
  2_000_000,
  '≤ 1.2×',
  (n) => {
    const f = embind.add;
    let s = 0;
    for (let i = 0; i < n; i++) s = f(i, s) | 0;
    sink ^= s;
  },
);

// 2. 8-character string round trip. Raw: the bytes are already in memory and nothing is decoded.
{
  const text = 'gomethod';
  const p = raw.gomethod_alloc(8);
  new Uint8Array(raw.memory.buffer).set(new TextEncoder().encode(text), p);
  row(
    'echo(string) string, 8 chars',
    (n) => {
      const f = raw.echo;
      for (let i = 0; i < n; i++) sink ^= f(p, 8)[1];
    },
    (n) => {
      const f = go.echo;
      for (let i = 0; i < n; i++) sink ^= f(text).length;
    },
    300_000,
    '≤ 0.4 µs',
    (n) => {
      const f = embind.echo;
      for (let i = 0; i < n; i++) sink ^= f(text).length;
    },
  );
}

// 3. 1 MB []byte in and out. Raw: the bytes are already in memory and nothing is copied.
{
  const size = 1 << 20;
  const data = new Uint8Array(size).map((_, i) => i & 0xff);
  const p = raw.gomethod_alloc(size, 3); // pinned; no pointers in it (1), not zeroed (2)
  new Uint8Array(raw.memory.buffer).set(data, p);
  row(
    'echoBytes([]byte) []byte, 1 MB',
    (n) => {
      const f = raw.echoBytes;
      for (let i = 0; i < n; i++) sink ^= f(p, size, size)[1];
    },
    (n) => {
      const f = go.echoBytes;
      for (let i = 0; i < n; i++) sink ^= f(data).length;
    },
    200,
    '',
    (n) => {
      const f = embind.echoBytes;
      for (let i = 0; i < n; i++) sink ^= f(data).length;
    },
  );
  row(
    'byteLen([]byte) int32, 1 MB in',
    (n) => {
      const f = raw.byteLen;
      for (let i = 0; i < n; i++) sink ^= f(p, size, size);
    },
    (n) => {
      const f = go.byteLen;
      for (let i = 0; i < n; i++) sink ^= f(data);
    },
    200,
    '',
    (n) => {
      const f = embind.byteLen;
      for (let i = 0; i < n; i++) sink ^= f(data);
    },
  );
  row(
    'bytesOut() []byte, 1 MB out',
    (n) => {
      const f = raw.bytesOut;
      for (let i = 0; i < n; i++) sink ^= f()[1];
    },
    (n) => {
      const f = go.bytesOut;
      for (let i = 0; i < n; i++) sink ^= f().length;
    },
    200,
  );
}

// 4. Zero-copy: a ModuleArray is passed in place, so the call costs the same at any length;
//    a Float64Array argument is copied in on every call.
for (const len of [1_000, 10_000, 100_000, 1_000_000]) {
  const arr = mod.alloc(Float64Array, len);
  arr.view.fill(1.5);
  const copy = new Float64Array(len).fill(1.5);
  const n = len >= 1_000_000 ? 200 : len >= 100_000 ? 2_000 : 50_000;
  const f = go.last;
  const [rawT, zero] = measure(
    [
      (k) => {
        const g = raw.last;
        for (let i = 0; i < k; i++) sink += g(arr.byteOffset, len, len);
      },
      (k) => {
        for (let i = 0; i < k; i++) sink += f(arr);
      },
    ],
    200_000,
  );
  const [copied] = measure(
    [
      (k) => {
        for (let i = 0; i < k; i++) sink += f(copy);
      },
    ],
    n,
  );
  rows.push([`last([]float64) zero-copy, ${len.toLocaleString('en')} elems`, rawT, zero, 'flat', null]);
  rows.push([`last([]float64) copied in, ${len.toLocaleString('en')} elems`, rawT, copied, '', null]);
  arr.free();
}

const header = ['call', 'raw export', 'wrapper', 'ratio', 'best/best', 'goal', 'embind', 'wrapper/embind'];
const table = rows.map(([name, r, w, goal, e]) => [
  name,
  fmt(r.median),
  fmt(w.median),
  `${(w.median / r.median).toFixed(2)}×`,
  `${(w.best / r.best).toFixed(2)}×`,
  goal,
  e ? fmt(e.median) : '—',
  e ? `${(w.median / e.median).toFixed(2)}×` : '—',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (/** @type {string[]} */ cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
  `gomethod ABI benchmark — Node ${process.version}, median of ${ROUNDS} interleaved rounds (best/best: fastest round against fastest round, steadier on a busy machine)\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));
if (sink === 0.5) console.log(''); // keep the results alive
