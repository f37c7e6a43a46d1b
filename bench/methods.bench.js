#!/usr/bin/env node
// Issue 4's speed comparison, side by side in one process (medians of several rounds):
//  - an interface-dispatch loop: 10⁷ calls of Area() over 3 implementing types;
//  - a monomorphized Sum[T] over 10⁶ elements (int32 and float64);
// each in gomethod (Go compiled by the shipped compiler), plain JS (classes / a typed-array loop)
// and C++ compiled by emcc -O2 (virtual calls / a template), bench/anchors/methods.cpp.
// Not part of `npm test`; run `npm run bench`. Needs emcc (installed by scripts/bootstrap.sh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { createCompiler, instantiate } from '../web/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const N_CALLS = 10_000_000;
const N_ELEMS = 1_000_000;
const ROUNDS = 9;

const GO = `package main

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3.141592653589793 * c.R * c.R }
func (t Tri) Area() float64    { return 0.5 * t.B * t.H }

var shapes = []Shape{Rect{2, 3}, Circle{1}, Tri{4, 5}}

//export Dispatch
func Dispatch(n int32) float64 {
	s := 0.0
	for i := int32(0); i < n; i++ {
		s += shapes[i%3].Area()
	}
	return s
}

type Number interface{ ~int32 | ~int64 | ~float64 }

//export SumInt32 Sum[int32]
//export SumFloat64 Sum[float64]
func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
`;

// ---- plain JS, the same algorithms ----
class Rect { constructor(w, h) { this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Circle { constructor(r) { this.r = r; } area() { return 3.141592653589793 * this.r * this.r; } }
class Tri { constructor(b, h) { this.b = b; this.h = h; } area() { return 0.5 * this.b * this.h; } }
const jsShapes = [new Rect(2, 3), new Circle(1), new Tri(4, 5)];
function jsDispatch(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += jsShapes[i % 3].area();
  return s;
}
function jsSumI32(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s = (s + xs[i]) | 0;
  return s;
}
function jsSumF64(xs) {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
}

// ---- C++ by emcc -O2 ----
async function loadCpp() {
  const out = path.join(os.tmpdir(), 'gomethod-bench-methods.wasm');
  execFileSync('emcc', ['-O2', path.join(here, 'anchors/methods.cpp'), '-o', out, '-sSTANDALONE_WASM', '--no-entry',
    '-sALLOW_MEMORY_GROWTH=1', '-sINITIAL_MEMORY=33554432'], { stdio: 'inherit', env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } });
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(out), { env: { emscripten_notify_memory_growth() {} } });
  instance.exports._initialize?.();
  return instance.exports;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median ms of fn over ROUNDS (after a warm-up), checking it returns `expect`. */
function time(fn, expect) {
  const r = fn();
  if (Math.abs(Number(r) - Number(expect)) > 1e-6 * Math.abs(Number(expect))) throw new Error(`wrong result ${r}, want ${expect}`);
  const xs = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const compiler = await createCompiler();
const compiled = compiler.compile(GO, { filename: 'methods.go' });
if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
const go = await instantiate(compiled);
const cpp = await loadCpp();

// Inputs: one array per runtime, filled identically, living where each runtime reads it.
const goI32 = go.alloc(Int32Array, N_ELEMS);
const goF64 = go.alloc(Float64Array, N_ELEMS);
const jsI32 = new Int32Array(N_ELEMS);
const jsF64 = new Float64Array(N_ELEMS);
const pI32 = cpp.alloc(N_ELEMS * 4);
const pF64 = cpp.alloc(N_ELEMS * 8);
const cI32 = new Int32Array(cpp.memory.buffer, pI32, N_ELEMS);
const cF64 = new Float64Array(cpp.memory.buffer, pF64, N_ELEMS);
for (let i = 0; i < N_ELEMS; i++) {
  const v = (i * 7919) % 1000 - 500;
  goI32.view[i] = jsI32[i] = cI32[i] = v;
  goF64.view[i] = jsF64[i] = cF64[i] = v / 8;
}
const wantDispatch = jsDispatch(N_CALLS);
const wantI32 = jsSumI32(jsI32);
const wantF64 = jsSumF64(jsF64);

const rows = [
  ['interface dispatch, 10⁷ calls over 3 types', () => go.exports.Dispatch(N_CALLS), () => jsDispatch(N_CALLS), () => cpp.dispatch(N_CALLS), wantDispatch],
  ['Sum[int32], 10⁶ elements', () => go.exports.SumInt32(goI32), () => jsSumI32(jsI32), () => cpp.sum_i32(pI32, N_ELEMS), wantI32],
  ['Sum[float64], 10⁶ elements', () => go.exports.SumFloat64(goF64), () => jsSumF64(jsF64), () => cpp.sum_f64(pF64, N_ELEMS), wantF64],
];

console.log(`gomethod module: ${compiled.wasm.length} bytes; node ${process.version}; medians of ${ROUNDS} rounds`);
console.log('| benchmark | gomethod | plain JS | C++ emcc -O2 | gomethod / JS | gomethod / C++ |');
console.log('|---|---|---|---|---|---|');
for (const [name, g, j, c, want] of rows) {
  const tg = time(g, want), tj = time(j, want), tc = time(c, want);
  console.log(`| ${name} | ${tg.toFixed(2)} ms | ${tj.toFixed(2)} ms | ${tc.toFixed(2)} ms | ${(tg / tj).toFixed(2)}× | ${(tg / tc).toFixed(2)}× |`);
}
