#!/usr/bin/env node
// Issue 7's memory-model measurements, side by side in one process (medians over rounds):
//  1. collection pauses (p50/p99/max) with a live heap of 1, 16 and 64 MiB of linked nodes,
//     for forced collections (gc()) and for those that allocation triggers;
//  2. allocation throughput: small objects (a 16-byte struct per iteration, garbage at once) and
//     64 KiB []byte blocks, for gc: conservative and gc: leaking, against V8 allocating the same
//     objects in plain JS;
//  3. throughput against data size: a method over an n-element []float64 argument (no Go
//     allocation) and one that builds an n-element []*Point result (allocates), at n = 10³, 10⁵,
//     10⁶, per memory model, with the pauses seen meanwhile.
// Not part of `npm test`; run `npm run bench` (or node bench/gc.bench.js).
import os from 'node:os';
import { performance } from 'node:perf_hooks';

import { createCompiler, instantiate } from '../web/index.js';

const ROUNDS = 7;

const GO = `package main

type node struct {
	next  *node
	left  *node
	value int
	pad   [4]int
}

var live []*node

// Build keeps mb MiB of nodes alive (48-byte objects, linked as a list and a tree).
//
//export Build
func Build(mb int) int {
	n := mb << 20 / 48
	live = make([]*node, 0, n)
	var prev *node
	for i := 0; i < n; i++ {
		x := &node{next: prev, value: i}
		if i > 0 {
			x.left = live[i/2]
		}
		live = append(live, x)
		prev = x
	}
	return len(live)
}

type small struct{ a, b int64 }

var sink *small

//export AllocSmall
func AllocSmall(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := &small{int64(i), 1}
		sink = s
		t += int(s.b)
	}
	return t
}

//export AllocBlocks
func AllocBlocks(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 64<<10)
		b[i&1023] = 1
		t += int(b[0])
	}
	return t
}

type Point struct{ X, Y float64 }

func (p *Point) Norm2() float64 { return p.X*p.X + p.Y*p.Y }

//export Sum
func Sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		p := Point{x, 1}
		s += p.Norm2()
	}
	return s
}

//export Points
func Points(n int) int {
	ps := make([]*Point, n)
	for i := range ps {
		ps[i] = &Point{float64(i), 2}
	}
	c := 0
	for _, p := range ps {
		if p.Norm2() > 4 {
			c++
		}
	}
	return c
}
`;

const compiler = await createCompiler();

/** @param {'conservative' | 'leaking'} gc */
async function load(gc) {
  const out = compiler.compile(GO, { filename: 'gc.go', gc });
  if (!out.ok) throw new Error(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
  return /** @type {any} */ (await instantiate(out));
}

/** @param {number[]} xs @param {number} q */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const median = (/** @type {number[]} */ xs) => quantile(xs, 0.5);
const ms = (/** @type {number} */ v) => (v < 1 ? v.toFixed(3) : v.toFixed(2));
/** @param {() => void} f */
function time(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

console.log(`gomethod memory-model benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, medians of ${ROUNDS} rounds\n`);

// ---- 1. pauses ---------------------------------------------------------------------------
console.log('## Collection pauses (gc: conservative)\n');
console.log('| live heap | forced p50 | forced p99 | forced max | triggered p50 | triggered p99 | triggered max | collections |');
console.log('|---|---|---|---|---|---|---|---|');
for (const mb of [1, 16, 64]) {
  const mod = await load('conservative');
  mod.exports.Build(mb);
  const forced = [];
  for (let i = 0; i < 41; i++) forced.push(mod.gc().lastPauseMs);
  // Triggered: small-object garbage in steps; each new collection's pause is recorded.
  const triggered = [];
  let seen = mod.heapStats().numGC;
  const step = 20_000;
  for (let i = 0; i < 400 && triggered.length < 41; i++) {
    mod.exports.AllocSmall(step);
    const st = mod.heapStats();
    if (st.numGC > seen) {
      triggered.push(st.lastPauseMs);
      seen = st.numGC;
    }
  }
  if (triggered.length === 0) triggered.push(NaN);
  console.log(`| ${mb} MiB | ${ms(quantile(forced, 0.5))} ms | ${ms(quantile(forced, 0.99))} ms | ${ms(Math.max(...forced))} ms | ${ms(quantile(triggered, 0.5))} ms | ${ms(quantile(triggered, 0.99))} ms | ${ms(Math.max(...triggered))} ms | ${mod.heapStats().numGC} |`);
}

// ---- 2. allocation throughput ---------------------------------------------------------------
console.log('\n## Allocation throughput (garbage at once; medians)\n');
const conservative = await load('conservative');
const leaking = await load('leaking');
/** @type {any} */
let jsSink = null;
const jsSmall = (/** @type {number} */ n) => {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const s = { a: i, b: 1 };
    jsSink = s;
    t += s.b;
  }
  return t;
};
const jsBlocks = (/** @type {number} */ n) => {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const b = new Uint8Array(64 << 10);
    b[i & 1023] = 1;
    t += b[0];
  }
  return t;
};
const SMALL = 2_000_000;
const BLOCKS = 2_000;
const rows = { small: { c: [], l: [], js: [] }, blocks: { c: [], l: [], js: [] } };
for (let r = 0; r < ROUNDS; r++) {
  rows.small.c.push(time(() => conservative.exports.AllocSmall(SMALL)));
  rows.small.js.push(time(() => jsSmall(SMALL)));
  rows.blocks.c.push(time(() => conservative.exports.AllocBlocks(BLOCKS)));
  rows.blocks.js.push(time(() => jsBlocks(BLOCKS)));
}
// The leaking model never frees: one round each, on fresh instances, so memory stays bounded.
for (let r = 0; r < 3; r++) {
  const l = await load('leaking');
  rows.small.l.push(time(() => l.exports.AllocSmall(SMALL)));
  const l2 = await load('leaking');
  rows.blocks.l.push(time(() => l2.exports.AllocBlocks(200)) * (BLOCKS / 200));
}
void leaking;
void jsSink;
console.log('| allocation | conservative | leaking | plain JS (V8) | conservative / JS |');
console.log('|---|---|---|---|---|');
const rate = (/** @type {number} */ n, /** @type {number} */ t) => `${((n / t) * 1000 / 1e6).toFixed(1)} M/s`;
const mbps = (/** @type {number} */ n, /** @type {number} */ t) => `${(((n * 64) / 1024 / t) * 1000).toFixed(0)} MiB/s`;
console.log(`| 16-byte struct ×${SMALL.toLocaleString('en')} | ${rate(SMALL, median(rows.small.c))} | ${rate(SMALL, median(rows.small.l))} | ${rate(SMALL, median(rows.small.js))} | ${(median(rows.small.c) / median(rows.small.js)).toFixed(2)}× JS's time |`);
console.log(`| 64 KiB []byte ×${BLOCKS.toLocaleString('en')} | ${mbps(BLOCKS, median(rows.blocks.c))} | ${mbps(BLOCKS, median(rows.blocks.l))} | ${mbps(BLOCKS, median(rows.blocks.js))} | ${(median(rows.blocks.c) / median(rows.blocks.js)).toFixed(2)}× JS's time |`);

// ---- 3. throughput vs data size ------------------------------------------------------------
console.log('\n## Throughput against data size (calls per second; pauses while running)\n');
console.log('| n | model | Sum([]float64) calls/s | Points(n) calls/s | collections | max pause |');
console.log('|---|---|---|---|---|---|');
for (const n of [1e3, 1e5, 1e6]) {
  const xs = new Float64Array(n).map((_, i) => i / n);
  for (const gc of /** @type {const} */ (['conservative', 'leaking'])) {
    const calls = n >= 1e6 ? 5 : n >= 1e5 ? 40 : 2000;
    const sums = [];
    const points = [];
    let mod = await load(gc);
    for (let r = 0; r < ROUNDS; r++) {
      sums.push(time(() => { for (let i = 0; i < calls; i++) mod.exports.Sum(xs); }));
      if (gc === 'leaking') mod = await load(gc); // a fresh heap per round
      points.push(time(() => { for (let i = 0; i < calls; i++) mod.exports.Points(n); }));
    }
    const st = mod.heapStats();
    const persec = (/** @type {number} */ t) => Math.round((calls / t) * 1000).toLocaleString('en');
    console.log(`| ${n.toLocaleString('en')} | ${gc} | ${persec(median(sums))} | ${persec(median(points))} | ${st ? st.numGC : '—'} | ${st ? `${ms(st.maxPauseMs)} ms` : '—'} |`);
  }
}
