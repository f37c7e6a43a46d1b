// The live benchmark page (bench.html): the browser part of the benchmark suite (issue 8), run in
// this tab and drawn with uPlot. npm run bench opens this page in Chromium
// (bench/suite/workers.mjs) and reads window.__bench; the Playwright test opens it with ?quick=1.
//
//  1. start-up per path: loadPath() from bench/kernels/paths.mjs (the loader the Node suite uses),
//     its stages (compiler load, compile, instantiate, first call) on the first load in this page,
//     then warm loads;
//  2. throughput: every kernel on every path this browser can load, outputs cross-checked against
//     plain JS first, then timed in interleaved rounds (medians; bench/suite/stats.mjs);
//  3. workers against the main thread: round-trip percentiles of a trivial call (direct call,
//     raw postMessage to an echo worker, WorkerPool), throughput of Mandelbrot tiles on the main
//     thread and on 1…N workers, and the frame rate the page keeps with the same tiles running on
//     the main thread or on the pool (gaps between animation-frame callbacks, performance.now()).
//
// URL parameters: ?quick=1 (fewer rounds, smallest sizes), ?full=1 (10⁶ sizes too),
// ?auto=1 (start at once; quick implies it), ?sections=startup,throughput,workers.

import uPlot from '../../node_modules/uplot/dist/uPlot.esm.js';
import { createCompiler, WorkerPool } from '../index.js';
import { timeInterleaved, percentiles, median } from '../../bench/suite/stats.mjs';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const params = new URLSearchParams(location.search);
const SECTIONS = (params.get('sections') ?? 'startup,throughput,workers').split(',');
const COLOURS = ['#00add8', '#e8590c', '#2f9e44', '#7048e8', '#c2255c', '#1971c2', '#f08c00', '#495057', '#0ca678'];
const FRAME_MS = 1000 / 60;

/** Everything measured, for the suite and the tests. */
const bench = /** @type {any} */ ({
  state: 'loading',
  quick: false,
  environment: {
    userAgent: navigator.userAgent,
    chromium: /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? null,
    cores: navigator.hardwareConcurrency || 1,
    crossOriginIsolated: globalThis.crossOriginIsolated ?? false,
    date: new Date().toISOString(),
  },
  startup: [],
  throughput: [],
  unavailable: {},
  workers: null,
  failures: [],
  seconds: 0,
});
/** @type {any} */ (window).__bench = bench;

const tick = () => new Promise((r) => setTimeout(r, 0));
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (/** @type {number | null | undefined} */ v, digits = 3) => (typeof v === 'number' && Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toPrecision(digits)) : '—');

function status(/** @type {string} */ text) {
  $('status').textContent = text;
}

function fail(/** @type {string} */ message, extra = {}) {
  bench.failures.push({ message, ...extra });
  $('failures').hidden = false;
  const li = document.createElement('li');
  li.textContent = message;
  $('failures').querySelector('ul').append(li);
}

/** @param {HTMLTableSectionElement} body @param {Array<string | number>} cells */
function addRow(body, cells) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    td.textContent = String(c);
    tr.append(td);
  }
  body.append(tr);
  return tr;
}

function chartWidth(/** @type {HTMLElement} */ el) {
  return Math.max(300, Math.min(520, el.clientWidth || 520));
}

// ---- charts (uPlot: the same charts the report draws as static SVG) -----------------------

/**
 * Bars per category; with several series, stacked (each series is drawn as the running total of
 * itself and those before it, largest first, so the visible slices are the stages).
 * @param {HTMLElement} el @param {string[]} categories @param {Array<{ label: string, values: number[] }>} series
 */
function stackedBars(el, categories, series, yLabel = 'ms') {
  const xs = categories.map((_, i) => i);
  /** @type {number[][]} */
  const cumulative = [];
  series.forEach((s, i) => cumulative.push(s.values.map((v, c) => (i ? cumulative[i - 1][c] : 0) + (v || 0))));
  const order = series.map((_, i) => i).reverse();
  return new uPlot({
    width: chartWidth(el), height: 240,
    scales: { x: { time: false, range: [-0.6, categories.length - 0.4] } },
    axes: [
      { values: (_u, ticks) => ticks.map((t) => categories[t] ?? ''), incrs: [1], gap: 4, size: 40 },
      { label: yLabel },
    ],
    series: [{}, ...order.map((i) => ({
      label: series[i].label,
      stroke: COLOURS[i % COLOURS.length],
      fill: COLOURS[i % COLOURS.length],
      paths: uPlot.paths.bars?.({ size: [0.6, 64] }),
      points: { show: false },
    }))],
  }, [xs, ...order.map((i) => cumulative[i])], el);
}

/**
 * Lines with points, log-log by default.
 * @param {HTMLElement} el @param {string} title @param {number[]} xs @param {Array<{ label: string, values: Array<number | null> }>} series
 */
function lines(el, title, xs, series, { xLog = true, yLog = true, xLabel = 'n', yLabel = 'ms', colours = COLOURS } = {}) {
  return new uPlot({
    title,
    width: chartWidth(el), height: 240,
    scales: { x: { time: false, distr: xLog ? 3 : 1 }, y: { distr: yLog ? 3 : 1 } },
    axes: [{ label: xLabel }, { label: yLabel }],
    series: [{}, ...series.map((s, i) => ({ label: s.label, stroke: colours[i % colours.length], width: 2, points: { size: 6 }, spanGaps: true }))],
  }, [xs, ...series.map((s) => s.values)], el);
}

// ---- 1. start-up ----------------------------------------------------------------------------

/** @param {any} kernels */
async function startup(kernels, quick) {
  const body = $('startup').tBodies[0];
  const stages = ['loadCompilerMs', 'compileMs', 'settleMs', 'instantiateMs', 'firstCallMs'];
  for (const p of kernels.PATHS) {
    status(`Start-up: ${p}…`);
    try {
      const first = await kernels.loadPath(p);
      const wasm = first.wasmBytes?.length ?? 0;
      first.dispose();
      const warm = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const l = await kernels.loadPath(p);
        warm.push(stages.reduce((a, s) => a + (l.startup[s] ?? 0), 0));
        l.dispose();
      }
      const total = stages.reduce((a, s) => a + (first.startup[s] ?? 0), 0);
      const row = { path: p, ...first.startup, totalMs: total, warmTotalMs: median(warm), wasmBytes: wasm };
      bench.startup.push(row);
      addRow(body, [kernels.PATH_INFO[p]?.title ?? p, ...stages.map((s) => fmt(first.startup[s])), fmt(total), fmt(row.warmTotalMs), wasm ? wasm.toLocaleString('en') : '—']);
    } catch (err) {
      bench.unavailable[p] = String(/** @type {Error} */ (err).message ?? err);
      addRow(body, [p, `not available in this browser: ${bench.unavailable[p]}`]);
    }
    await tick();
  }
  const rows = bench.startup;
  stackedBars($('startup-chart'), rows.map((/** @type {any} */ r) => r.path),
    [['load compiler', 'loadCompilerMs'], ['compile', 'compileMs'], ['V8 settle', 'settleMs'], ['instantiate', 'instantiateMs'], ['first call', 'firstCallMs']]
      .map(([label, key]) => ({ label, values: rows.map((/** @type {any} */ r) => r[key] ?? 0) })));
}

// ---- 2. throughput --------------------------------------------------------------------------

/** @param {unknown} v */
const show = (v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : String(v));

/** @param {any} kernels @param {boolean} quick @param {boolean} full */
async function throughput(kernels, quick, full) {
  const paths = kernels.PATHS.filter((/** @type {string} */ p) => !bench.unavailable[p]);
  const head = $('throughput').tHead.rows[0];
  const th = document.createElement('th');
  th.textContent = 'inputs';
  head.append(th);
  for (const p of paths) {
    const th = document.createElement('th');
    th.textContent = p;
    th.title = kernels.PATH_INFO[p]?.title ?? p;
    head.append(th);
  }
  const body = $('throughput').tBodies[0];
  const opts = quick ? { warmup: 1, rounds: 3, minSampleMs: 2 } : { warmup: 1, rounds: 5, minSampleMs: 5 };
  // resident: inputs put into each module's memory once (the kernel and a bare call);
  // copy: JS typed arrays passed per call, copied in as each path's users would.
  const modes = ['resident', 'copy'];
  for (const kernel of kernels.KERNELS) {
    const sizes = [...kernel.sizes].sort((a, b) => a - b).filter((s) => full || s <= 1e5);
    const run = quick ? sizes.slice(0, 1) : sizes;
    /** @type {Map<string, any>} */
    const loaded = new Map();
    for (const p of paths) {
      try {
        loaded.set(p, await kernels.loadPath(p));
      } catch (err) {
        bench.unavailable[p] = String(/** @type {Error} */ (err).message ?? err);
      }
    }
    const ref = loaded.get('plainjs');
    for (const size of run) {
      const input = kernel.input(size);
      const want = ref.run(kernel, ref.prepare(kernel, input));
      for (const mode of modes) {
        status(`Throughput: ${kernel.name}, n = ${size.toLocaleString('en')}, ${mode}…`);
        await tick();
        const bodies = [];
        /** @type {Array<[any, any]>} */
        const prepared = [];
        for (const [p, l] of loaded) {
          try {
            const pr = l.prepare(kernel, input, { resident: mode === 'resident' });
            prepared.push([l, pr]);
            const got = l.run(kernel, pr);
            if (!kernels.sameResult(got, want)) {
              fail(`${kernel.name} n=${size} ${mode} on ${p}: got ${show(got)}, plain JS ${show(want)}`, { kind: 'mismatch', path: p, kernel: kernel.name, size, mode });
              continue;
            }
            bodies.push({ key: p, fn: () => l.run(kernel, pr) });
          } catch (err) {
            fail(`${kernel.name} n=${size} ${mode} on ${p}: ${/** @type {Error} */ (err).message}`, { kind: 'error', path: p, kernel: kernel.name, size, mode });
          }
        }
        const timed = await timeInterleaved(bodies, opts);
        for (const [l, pr] of prepared) l.release?.(pr);
        for (const t of timed) bench.throughput.push({ kernel: kernel.name, size, mode, path: t.key, ms: t.ms, p25: t.p25, p75: t.p75 });
        addRow(body, [kernel.name, size.toLocaleString('en'), mode, ...paths.map((p) => fmt(timed.find((t) => t.key === p)?.ms))]);
      }
    }
    for (const l of loaded.values()) l.dispose();
    for (const mode of modes) {
      const div = document.createElement('div');
      div.className = 'chart';
      div.dataset.kernel = kernel.name;
      div.dataset.mode = mode;
      $('throughput-charts').append(div);
      const cells = bench.throughput.filter((/** @type {any} */ c) => c.kernel === kernel.name && c.mode === mode);
      lines(div, `${kernel.name}, ${mode === 'copy' ? 'as called' : 'inputs resident'}`, run, paths.map((p) => ({
        label: p,
        values: run.map((s) => cells.find((/** @type {any} */ c) => c.size === s && c.path === p)?.ms ?? null),
      })));
    }
  }
}

// ---- 3. workers against the main thread -------------------------------------------------

/**
 * One task of the worker load: the whole Mandelbrot set (x from -2.2, y from -1.5, 3 wide) at
 * 128×128 pixels, at most 500 iterations each — every task costs about the same (~6 ms in V8 on
 * the machines this was written on); i nudges the origin so that no two calls are identical.
 * @param {number} i
 */
function tileArgs(i) {
  return [128, 128, -2.2 + (i % 8) * 1e-3, -1.5, 3 / 128, 500];
}

/**
 * Watches animation frames for `ms` while `load` runs: frames per second, frames dropped (a gap
 * longer than 1.5 display intervals counts the intervals it swallowed), long frames (> 50 ms) and
 * the longest gap. Gaps are performance.now() between callbacks, not rAF's timestamp argument:
 * in headless Chromium those timestamps hide main-thread stalls.
 * @param {number} ms @param {(frame: number) => void} [onFrame] runs inside each frame (main-thread load)
 */
function watchFrames(ms, onFrame) {
  return new Promise((resolve) => {
    const gaps = [];
    let last = performance.now();
    const start = last;
    let frames = 0;
    const step = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      frames++;
      if (now - start >= ms) {
        const dropped = gaps.reduce((a, g) => a + (g > 1.5 * FRAME_MS ? Math.round(g / FRAME_MS) - 1 : 0), 0);
        resolve({ fps: (frames * 1000) / (now - start), frames, dropped, long: gaps.filter((g) => g > 50).length, maxGapMs: Math.max(...gaps), seconds: (now - start) / 1000 });
        return;
      }
      onFrame?.(frames);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** @param {() => Promise<unknown>} call @param {number} warmup @param {number} n */
async function roundTrips(call, warmup, n) {
  for (let i = 0; i < warmup; i++) await call();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call();
    xs.push(performance.now() - t0);
  }
  return percentiles(xs);
}

async function workers(quick) {
  status('Workers: compiling the kernels…');
  const source = await (await fetch(new URL('../../bench/kernels/kernels.go', import.meta.url))).text()
    + '\n//export Add\nfunc Add(a, b int32) int32 { return a + b }\n';
  const compiler = await createCompiler();
  const out = compiler.compile(source, { filename: 'kernels.go' });
  if (!out.ok) throw new Error(out.diagnostics.map((/** @type {any} */ d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
  const module = await WebAssembly.compile(out.wasm);
  const { instantiate } = await import('../index.js');
  const mod = /** @type {any} */ (await instantiate(module, out.manifest));
  const cores = Math.max(2, navigator.hardwareConcurrency || 2);
  const n = quick ? 300 : 3000, warmup = quick ? 200 : 2000;

  // Round trips.
  status('Workers: round trips…');
  const latency = {};
  // A direct call takes nanoseconds, under the browser's timer resolution: time batches of 10,000
  // calls and take the per-call time of each batch as a sample.
  const add = mod.exports.Add;
  latency.main = await roundTrips(async () => {
    for (let i = 0; i < 10_000; i++) add(i, 1);
  }, warmup / 10, n);
  for (const q of ['min', 'p50', 'p95', 'p99', 'max', 'mean']) latency.main[q] /= 10_000;
  const echo = new Worker(new URL('bench-echo-worker.js', import.meta.url), { type: 'module' });
  /** @type {((v: unknown) => void) | null} */
  let pending = null;
  echo.onmessage = (e) => pending?.(e.data);
  latency.postMessage = await roundTrips(() => new Promise((resolve) => {
    pending = resolve;
    echo.postMessage([1, 2]);
  }), warmup, n);
  echo.terminate();
  const one = await WorkerPool.create(module, out.manifest, { size: 1 });
  latency.workerPool = await roundTrips(() => one.exports.Add(1, 2), warmup, n);
  await one.terminate();
  const lb = $('latency').tBodies[0];
  for (const [k, label] of [['main', 'direct call, main thread (batches of 10,000)'], ['postMessage', 'raw postMessage echo worker'], ['workerPool', 'WorkerPool, 1 worker']]) {
    const l = latency[/** @type {keyof typeof latency} */ (k)];
    addRow(lb, [label, `${fmt(l.p50 * 1000)} µs`, `${fmt(l.p95 * 1000)} µs`, `${fmt(l.p99 * 1000)} µs`, l.n]);
  }

  // Throughput: the same tiles on the main thread and on 1…N workers.
  const tasks = quick ? 16 : 96;
  const want = mod.exports.Mandelbrot(...tileArgs(0));
  status('Workers: throughput…');
  // On a pool, the tasks are streamed with two in flight per worker (a burst of calls would be
  // split into the pool's message batches, unevenly across workers).
  const stream = (/** @type {any} */ pool, /** @type {number} */ size, /** @type {number} */ count) => new Promise((resolve) => {
    let sent = 0, done = 0;
    const next = () => {
      if (sent >= count) return;
      const i = sent++;
      pool.exports.Mandelbrot(...tileArgs(i)).then(() => {
        if (++done === count) resolve(undefined);
        else next();
      });
    };
    for (let k = 0; k < Math.min(count, 2 * size); k++) next();
  });
  for (let i = 0; i < 3; i++) mod.exports.Mandelbrot(...tileArgs(i));
  const t0 = performance.now();
  for (let i = 0; i < 8; i++) mod.exports.Mandelbrot(...tileArgs(i));
  const taskMs = (performance.now() - t0) / 8;
  /** @type {any[]} */
  const pools = [];
  for (let size = 1; size <= cores; size++) {
    const pool = await WorkerPool.create(module, out.manifest, { size });
    const check = await pool.exports.Mandelbrot(...tileArgs(0));
    if (check !== want) fail(`workers: Mandelbrot tile on the pool gave ${check}, main thread ${want}`, { kind: 'mismatch' });
    await stream(pool, size, size * 4);
    pools.push(pool);
  }
  // Main thread and each pool size in turn, a different one first each round; medians.
  /** @type {number[][]} */
  const rates = Array.from({ length: cores + 1 }, () => []);
  const rounds = quick ? 1 : 3;
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j <= cores; j++) {
      const size = (j + r) % (cores + 1);
      const s0 = performance.now();
      if (size === 0) {
        for (let i = 0; i < tasks; i++) mod.exports.Mandelbrot(...tileArgs(i));
      } else {
        await stream(pools[size - 1], size, tasks);
      }
      rates[size].push((tasks / (performance.now() - s0)) * 1000);
      await tick();
    }
  }
  for (const pool of pools) await pool.terminate();
  const scaling = rates.map((xs, size) => ({ workers: size, callsPerSecond: median(xs), samples: xs }));
  const sb = $('scaling').tBodies[0];
  for (const s of scaling) addRow(sb, [s.workers ? `${s.workers} worker${s.workers > 1 ? 's' : ''}` : 'main thread', fmt(s.callsPerSecond), s.workers ? `${fmt(s.callsPerSecond / scaling[1].callsPerSecond)}×` : '—']);

  // Frame rate: idle, the tiles on the main thread (enough tiles per frame to take ~30 ms, as a
  // page that renders in its animation frame would), and the same tiles streamed to N workers.
  const seconds = quick ? 1.5 : 4;
  status('Workers: frame rate, idle…');
  const idle = await watchFrames(seconds * 500);
  const perFrame = Math.max(1, Math.ceil(30 / taskMs));
  status(`Workers: frame rate, main thread (${perFrame} tiles per frame)…`);
  let done = 0;
  const main = await watchFrames(seconds * 1000, () => {
    for (let k = 0; k < perFrame; k++) mod.exports.Mandelbrot(...tileArgs(done++));
  });
  main.tasksPerSecond = done / main.seconds;
  status(`Workers: frame rate, ${cores} workers…`);
  const pool = await WorkerPool.create(module, out.manifest, { size: cores });
  await Promise.all(Array.from({ length: cores * 2 }, (_, i) => pool.exports.Mandelbrot(...tileArgs(i))));
  let running = true, finished = 0, next = 0;
  const feed = () => {
    if (!running) return;
    pool.exports.Mandelbrot(...tileArgs(next++)).then(() => {
      finished++;
      feed();
    });
  };
  for (let i = 0; i < cores * 2; i++) feed();
  const onWorkers = await watchFrames(seconds * 1000);
  running = false;
  onWorkers.tasksPerSecond = finished / onWorkers.seconds;
  await sleep(50);
  await pool.terminate();
  const fps = { idle, main: { ...main, tilesPerFrame: perFrame }, workers: { ...onWorkers, workers: cores } };
  const fb = $('fps').tBodies[0];
  for (const [k, label] of [['idle', 'nothing (idle page)'], ['main', `main thread, ${perFrame} tiles per frame`], ['workers', `${cores} workers`]]) {
    const f = fps[/** @type {keyof typeof fps} */ (k)];
    addRow(fb, [label, fmt(f.fps), f.dropped, f.long, `${fmt(f.maxGapMs)} ms`, k === 'idle' ? '—' : fmt(/** @type {any} */ (f).tasksPerSecond)]);
  }

  bench.workers = { cores, taskMs, tasks, latency, scaling, fps, moduleBytes: out.wasm.length };
  lines($('latency-chart'), '', [50, 95, 99], [
    { label: 'direct call', values: [latency.main.p50, latency.main.p95, latency.main.p99] },
    { label: 'postMessage', values: [latency.postMessage.p50, latency.postMessage.p95, latency.postMessage.p99] },
    { label: 'WorkerPool', values: [latency.workerPool.p50, latency.workerPool.p95, latency.workerPool.p99] },
  ], { xLog: false, xLabel: 'percentile', yLabel: 'ms' });
  lines($('scaling-chart'), '', scaling.map((s) => s.workers), [
    { label: 'calls/s (0 = main thread)', values: scaling.map((s) => s.callsPerSecond) },
  ], { xLog: false, yLog: false, xLabel: 'workers', yLabel: 'calls/s' });
  stackedBars($('fps-chart'), ['idle', 'main thread', `${cores} workers`], [{ label: 'fps', values: [idle.fps, main.fps, onWorkers.fps] }], 'fps');
}

// ---- driver ---------------------------------------------------------------------------------

async function runAll() {
  const quick = $('quick').checked;
  const full = $('full').checked;
  bench.quick = quick;
  bench.state = 'running';
  document.body.dataset.state = 'running';
  $('run').disabled = true;
  const t0 = performance.now();
  try {
    /** @type {any} */
    let kernels = null;
    if (SECTIONS.includes('startup') || SECTIONS.includes('throughput')) {
      status('Loading the kernels…');
      kernels = await import('../../bench/kernels/paths.mjs');
      bench.paths = kernels.PATHS;
    }
    if (SECTIONS.includes('startup')) await startup(kernels, quick);
    if (SECTIONS.includes('throughput')) await throughput(kernels, quick, full);
    if (SECTIONS.includes('workers')) await workers(quick);
    bench.seconds = (performance.now() - t0) / 1000;
    status(`Done in ${bench.seconds.toFixed(0)} s${bench.failures.length ? `, ${bench.failures.length} failure(s)` : ''}.`);
    bench.state = 'done';
    document.body.dataset.state = 'done';
  } catch (err) {
    const e = /** @type {Error} */ (err);
    fail(`${e.message ?? e}`, { kind: 'error' });
    status(`Error: ${e.message ?? e}`);
    bench.state = 'error';
    document.body.dataset.state = 'error';
  } finally {
    $('run').disabled = false;
  }
}

function main() {
  const eb = $('env').tBodies[0];
  const env = bench.environment;
  addRow(eb, ['browser', env.chromium ? `Chromium ${env.chromium}` : env.userAgent]);
  addRow(eb, ['logical cores', env.cores]);
  addRow(eb, ['cross-origin isolated', env.crossOriginIsolated ? 'yes (SharedArrayBuffer available)' : 'no']);
  $('quick').checked = params.get('quick') === '1';
  $('full').checked = params.get('full') === '1';
  $('run').addEventListener('click', () => runAll());
  $('run').disabled = false;
  status('Ready: press Run (about two minutes; quick: a few seconds).');
  bench.state = 'ready';
  document.body.dataset.state = 'ready';
  if (params.get('auto') === '1' || params.get('quick') === '1') runAll();
}

main();
