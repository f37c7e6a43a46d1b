// Section 4, boundary cost: what it costs to get data into (and back out of) a gomethod module,
// for strings and Float64Arrays of 10² … 10⁶ elements, three ways (bench/suite/boundary.go holds
// the Go side, compiled here with createCompiler):
//  - json: the data crosses as JSON text (JSON.stringify → a Go string → parsed in Go; results
//    come back as JSON text → JSON.parse), what a bridge that only passes strings does;
//  - copy: gomethod's marshaller copies the string (UTF-8, encodeInto) or typed array into linear
//    memory per call, and copies a slice result out into a new typed array;
//  - view: the data already lives in linear memory (mod.alloc → ModuleArray): the call passes its
//    address, and mod.views returns a slice result as a view of memory; nothing is copied.
// Two operations each: "in" (hash the string / sum the array: data goes in, a number comes out)
// and "round trip" (echo the string / scale the array: data goes in and comes back). Plain JS
// doing the same "in" work without any boundary is the floor.
import fs from 'node:fs';
import path from 'node:path';

import { createCompiler, instantiate } from '../../web/index.js';
import { timeInterleaved } from './stats.mjs';

/** The same FNV-1a as boundary.go, over an ASCII string's char codes. @param {string} s */
function fnvJS(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}

/** @param {Float64Array | number[]} xs */
function sumJS(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

/** ASCII text of n characters (letters, digits, spaces, a quote now and then for JSON escapes). @param {number} n */
export function makeString(n) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"';
  let s = '';
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += alphabet[(x >>> 16) % alphabet.length];
  }
  return s;
}

/** @param {number} n */
export function makeFloats(n) {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = ((i * 7919) % 10007) / 8;
  return a;
}

const close = (/** @type {number} */ a, /** @type {number} */ b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** @param {any} ctx */
export async function run(ctx) {
  const { quick, log } = ctx;
  const compiler = await createCompiler();
  const out = compiler.compile(fs.readFileSync(path.join(ctx.suiteDir, 'boundary.go'), 'utf8'), { filename: 'boundary.go' });
  if (!out.ok) throw new Error(`boundary.go: ${out.diagnostics.map((/** @type {any} */ d) => `${d.line}:${d.column}: ${d.message}`).join('; ')}`);
  const mod = /** @type {any} */ (await instantiate(out));
  const go = mod.exports;
  const views = mod.views;
  const sizes = quick ? [1e2, 1e4] : [1e2, 1e3, 1e4, 1e5, 1e6];
  const opts = quick ? { warmup: 1, rounds: 3, minSampleMs: 2 } : { warmup: 2, rounds: 9, minSampleMs: 5 };
  const rows = [];

  for (const n of sizes) {
    // ---- strings
    const s = makeString(n);
    const bytes = mod.alloc(Uint8Array, new TextEncoder().encode(s));
    const want = fnvJS(s);
    const checks = {
      json: go.HashJSON(JSON.stringify(s)),
      copy: go.HashString(s),
      view: go.HashBytes(bytes),
    };
    const echo = {
      json: JSON.parse(go.EchoJSON(JSON.stringify(s))) === s,
      copy: go.EchoString(s) === s,
      view: new TextDecoder().decode(views.EchoBytes(bytes)) === s,
    };
    for (const [m, v] of Object.entries(checks)) if (v !== want) ctx.results.failures.push({ section: 'boundary', kind: 'mismatch', message: `string hash n=${n} via ${m}: ${v} ≠ ${want}` });
    for (const [m, v] of Object.entries(echo)) if (!v) ctx.results.failures.push({ section: 'boundary', kind: 'mismatch', message: `string echo n=${n} via ${m} changed the string` });
    const strIn = await timeInterleaved([
      { key: 'js', fn: () => fnvJS(s) },
      { key: 'json', fn: () => go.HashJSON(JSON.stringify(s)) },
      { key: 'copy', fn: () => go.HashString(s) },
      { key: 'view', fn: () => go.HashBytes(bytes) },
    ], opts);
    const strRound = await timeInterleaved([
      { key: 'json', fn: () => JSON.parse(go.EchoJSON(JSON.stringify(s))) },
      { key: 'copy', fn: () => go.EchoString(s) },
      { key: 'view', fn: () => views.EchoBytes(bytes) },
    ], opts);
    bytes.free();

    // ---- Float64Array
    const xs = makeFloats(n);
    const arr = Array.from(xs); // what a JSON bridge's caller holds
    const mx = mod.alloc(Float64Array, xs);
    const wantSum = sumJS(xs);
    const sums = { json: go.SumJSON(JSON.stringify(arr)), copy: go.SumFloats(xs), view: go.SumFloats(mx) };
    for (const [m, v] of Object.entries(sums)) if (!close(v, wantSum)) ctx.results.failures.push({ section: 'boundary', kind: 'mismatch', message: `float sum n=${n} via ${m}: ${v} ≠ ${wantSum}` });
    const scaled = { json: JSON.parse(go.ScaleJSON(JSON.stringify(arr), 1)), copy: go.Scale(xs, 1), view: views.Scale(mx, 1) };
    for (const [m, v] of Object.entries(scaled)) if (v.length !== n || v[n - 1] !== xs[n - 1]) ctx.results.failures.push({ section: 'boundary', kind: 'mismatch', message: `float scale n=${n} via ${m} changed the data` });
    const arrIn = await timeInterleaved([
      { key: 'js', fn: () => sumJS(xs) },
      { key: 'json', fn: () => go.SumJSON(JSON.stringify(arr)) },
      { key: 'copy', fn: () => go.SumFloats(xs) },
      { key: 'view', fn: () => go.SumFloats(mx) },
    ], opts);
    const arrRound = await timeInterleaved([
      { key: 'json', fn: () => JSON.parse(go.ScaleJSON(JSON.stringify(arr), 1)) },
      { key: 'copy', fn: () => go.Scale(xs, 1) },
      { key: 'view', fn: () => views.Scale(mx, 1) },
    ], opts);
    mx.free();

    for (const [data, op, timed] of /** @type {const} */ ([['string', 'in', strIn], ['string', 'roundtrip', strRound], ['float64', 'in', arrIn], ['float64', 'roundtrip', arrRound]])) {
      for (const t of timed) rows.push({ data, op, mode: t.key, n, ms: t.ms, p25: t.p25, p75: t.p75 });
    }
    const get = (/** @type {any[]} */ xs, /** @type {string} */ k) => xs.find((t) => t.key === k).ms;
    log(`boundary n=${n}: string in json/copy/view ${[get(strIn, 'json'), get(strIn, 'copy'), get(strIn, 'view')].map((v) => v.toPrecision(3)).join(' / ')} ms; float64 in ${[get(arrIn, 'json'), get(arrIn, 'copy'), get(arrIn, 'view')].map((v) => v.toPrecision(3)).join(' / ')} ms`);
  }
  return { moduleBytes: out.wasm.length, sizes, options: opts, rows };
}
