// The worker-vs-main-thread demo: a Go workload (kernels.go, compiled in the browser at load) runs
// either on the main thread, inside the animation frame, or on a WorkerPool, while a spinner
// animates and the frame rate, dropped and long frames and per-call latency are measured live.
// "Compare both modes" runs the same load on each and fills the table side by side.

import uPlot from '../../node_modules/uplot/dist/uPlot.esm.js';
import { createCompiler, instantiate, WorkerPool } from '../index.js';

const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));
const TILE = 64;
const SIZE = 512;

// ---- state -------------------------------------------------------------------------------

const state = {
  /** @type {any} */ out: null,
  /** @type {any} */ mod: null, // the main-thread instance
  /** @type {WorkerPool | null} */ pool: null,
  running: false,
  mode: 'workers',
  kernel: 'mandelbrot',
  load: 5,
  inFlight: 0,
  tile: 0,
  zoom: 0,
  frames: /** @type {number[]} */ ([]), // rAF timestamps of the last second
  fpsSeries: { t: /** @type {number[]} */ ([]), fps: /** @type {number[]} */ ([]) },
  latencies: /** @type {number[]} */ ([]),
  dropped: 0,
  long: 0,
  calls: 0,
  callTimes: /** @type {number[]} */ ([]),
  lastFrame: 0,
};

// ---- the kernels -------------------------------------------------------------------------

const hashData = new Uint8Array(1 << 20).map((_, i) => (i * 31) & 0xff);

/** Arguments of the next call of the current kernel (Mandelbrot: the next tile). */
function nextCall() {
  const load = state.load;
  switch (state.kernel) {
    case 'sort':
      return { name: 'SortRandom', args: [200_000 * load / 5 | 0, state.calls + 1] };
    case 'hash':
      return { name: 'Hash', args: [hashData, load] };
    case 'physics':
      return { name: 'Physics', args: [20_000, 10 * load] };
    default: {
      const n = (SIZE / TILE) ** 2;
      const i = state.tile++ % n;
      if (i === n - 1) state.zoom++;
      const scale = 3 / SIZE / 1.05 ** (state.zoom % 60);
      const cx = -0.743643887037151, cy = 0.13182590420533;
      const tx = (i % (SIZE / TILE)) * TILE, ty = Math.floor(i / (SIZE / TILE)) * TILE;
      return {
        name: 'Mandelbrot',
        args: [TILE, TILE, cx + (tx - SIZE / 2) * scale, cy + (ty - SIZE / 2) * scale, scale, 200 * load],
        tile: { x: tx, y: ty },
      };
    }
  }
}

/** @param {any} call @param {any} result @param {number} ms */
function finished(call, result, ms) {
  state.calls++;
  state.callTimes.push(performance.now());
  state.latencies.push(ms);
  if (state.latencies.length > 5000) state.latencies.splice(0, 1000);
  if (call.tile) {
    const ctx = $('tiles').getContext('2d');
    ctx.putImageData(new ImageData(new Uint8ClampedArray(result.buffer, result.byteOffset, result.byteLength), TILE, TILE), call.tile.x, call.tile.y);
  } else {
    $('last').textContent = typeof result === 'bigint' ? `${result}n` : typeof result === 'number' ? result.toPrecision(6) : String(result);
  }
}

/** Main-thread mode: calls run inside the animation frame, as plain page code would run them. */
function runOnMainThread() {
  const calls = state.kernel === 'mandelbrot' ? state.load : 1;
  for (let k = 0; k < calls; k++) {
    const call = nextCall();
    const t0 = performance.now();
    const result = state.mod.exports[call.name](...call.args);
    finished(call, result, performance.now() - t0);
  }
}

/** Worker mode: keep every worker busy (two calls each in flight), draw results as they come. */
function feedPool() {
  const pool = /** @type {WorkerPool} */ (state.pool);
  const target = pool.stats().workers * 2;
  while (state.running && state.mode === 'workers' && state.inFlight < target) {
    const call = nextCall();
    const t0 = performance.now();
    state.inFlight++;
    pool.call(call.name, call.args).then(
      (result) => finished(call, result, performance.now() - t0),
      (err) => showError(err),
    ).finally(() => {
      state.inFlight--;
      feedPool();
    });
  }
}

// ---- animation and measurement -----------------------------------------------------------

function frame(/** @type {number} */ t) {
  if (state.lastFrame) {
    const dt = t - state.lastFrame;
    if (dt > 1000 / 60 * 1.5) state.dropped += Math.round(dt / (1000 / 60)) - 1;
  }
  state.lastFrame = t;
  state.frames.push(t);
  while (state.frames.length && state.frames[0] < t - 1000) state.frames.shift();
  drawSpinner(t);
  if (state.running && state.mode === 'main' && state.mod) runOnMainThread();
  requestAnimationFrame(frame);
}

function drawSpinner(/** @type {number} */ t) {
  const ctx = $('spinner').getContext('2d');
  ctx.clearRect(0, 0, SIZE, SIZE);
  ctx.save();
  ctx.translate(SIZE / 2, SIZE / 2);
  for (let i = 0; i < 12; i++) {
    ctx.rotate(Math.PI / 6);
    ctx.fillStyle = `hsla(${(t / 10 + i * 30) % 360}, 80%, 60%, 0.85)`;
    ctx.fillRect(120 + 20 * Math.sin(t / 300 + i), -8, 60, 16);
  }
  ctx.restore();
}

if (typeof PerformanceObserver !== 'undefined') {
  const types = PerformanceObserver.supportedEntryTypes ?? [];
  const type = types.includes('long-animation-frame') ? 'long-animation-frame' : types.includes('longtask') ? 'longtask' : null;
  if (type) new PerformanceObserver((list) => (state.long += list.getEntries().length)).observe({ type, buffered: false });
}

function percentile(/** @type {number[]} */ xs, /** @type {number} */ q) {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** @type {uPlot} */ let fpsChart;
/** @type {uPlot} */ let latencyChart;
const BINS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

function setupCharts() {
  const width = Math.min(560, $('fps-chart').clientWidth || 560);
  fpsChart = new uPlot({
    width, height: 180,
    scales: { x: { time: false }, y: { range: [0, 70] } },
    axes: [{ label: 'seconds' }, { label: 'fps' }],
    series: [{}, { label: 'fps', stroke: '#3867d6', width: 2 }],
  }, [[], []], $('fps-chart'));
  latencyChart = new uPlot({
    width, height: 180,
    scales: { x: { time: false } },
    axes: [{ label: 'latency ≤ ms (bins)', values: (_, ticks) => ticks.map((i) => BINS[i] ?? '') }, { label: 'calls' }],
    series: [{}, { label: 'calls', stroke: '#20bf6b', fill: 'rgba(32,191,107,0.35)', paths: uPlot.paths.bars({ size: [0.8] }) }],
  }, [BINS.map((_, i) => i), BINS.map(() => 0)], $('latency-chart'));
}

const started = performance.now();
function updateMeters() {
  const fps = state.frames.length;
  $('fps').textContent = `${fps} fps`;
  $('dropped').textContent = String(state.dropped);
  $('long').textContent = String(state.long);
  const now = performance.now();
  state.callTimes = state.callTimes.filter((t) => t > now - 1000);
  $('calls').textContent = String(state.callTimes.length);
  const t = (now - started) / 1000;
  state.fpsSeries.t.push(t);
  state.fpsSeries.fps.push(fps);
  while (state.fpsSeries.t.length && state.fpsSeries.t[0] < t - 30) {
    state.fpsSeries.t.shift();
    state.fpsSeries.fps.shift();
  }
  fpsChart?.setData([state.fpsSeries.t, state.fpsSeries.fps]);
  const counts = BINS.map(() => 0);
  for (const ms of state.latencies.slice(-1000)) counts[Math.min(BINS.length - 1, BINS.findIndex((b) => ms <= b) >>> 0)]++;
  latencyChart?.setData([BINS.map((_, i) => i), counts]);
  const recent = state.latencies.slice(-1000);
  $('latency-summary').textContent = recent.length
    ? `p50 ${percentile(recent, 0.5).toFixed(1)} ms · p95 ${percentile(recent, 0.95).toFixed(1)} ms · p99 ${percentile(recent, 0.99).toFixed(1)} ms`
    : '';
}

// ---- modes, comparison -------------------------------------------------------------------

function start() {
  state.running = true;
  $('run').textContent = 'Stop';
  if (state.mode === 'workers') feedPool();
}

function stop() {
  state.running = false;
  $('run').textContent = 'Start';
}

async function setMode(/** @type {string} */ mode) {
  state.mode = mode;
  for (const r of document.querySelectorAll('input[name=mode]')) /** @type {HTMLInputElement} */ (r).checked = r.value === mode;
  if (state.running && mode === 'workers') feedPool();
}

/** Runs the current kernel and load for `seconds` in `mode`; returns the measured row. */
async function measure(mode, seconds) {
  state.mode = 'idle'; // let the pool drain, so that each measurement sees only its own mode
  while (state.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  await setMode(mode);
  const d0 = state.dropped, l0 = state.long, c0 = state.calls, lat0 = state.latencies.length;
  const fps = [];
  const timer = setInterval(() => fps.push(state.frames.length), 250);
  const wasRunning = state.running;
  if (!wasRunning) start();
  else if (mode === 'workers') feedPool();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  clearInterval(timer);
  const lat = state.latencies.slice(lat0);
  const row = {
    mode: mode === 'main' ? 'main thread' : `${state.pool?.stats().workers} workers`,
    kernel: state.kernel,
    fps: fps.slice(2).reduce((a, b) => a + b, 0) / Math.max(1, fps.length - 2),
    dropped: state.dropped - d0,
    long: state.long - l0,
    callsPerSecond: (state.calls - c0) / seconds,
    p50: percentile(lat, 0.5), p95: percentile(lat, 0.95), p99: percentile(lat, 0.99),
  };
  const tr = document.createElement('tr');
  tr.dataset.mode = mode;
  tr.dataset.fps = String(row.fps);
  for (const v of [row.mode, row.kernel, row.fps.toFixed(1), row.dropped, row.long, row.callsPerSecond.toFixed(1), ...[row.p50, row.p95, row.p99].map((x) => `${x.toFixed(1)} ms`)]) {
    const td = document.createElement('td');
    td.textContent = String(v);
    tr.append(td);
  }
  $('results').tBodies[0].append(tr);
  return row;
}

/** Both modes, the same kernel and load, one after the other. */
async function compare(seconds = 4) {
  $('compare').disabled = true;
  try {
    const main = await measure('main', seconds);
    const workers = await measure('workers', seconds);
    return { main, workers };
  } finally {
    $('compare').disabled = false;
  }
}

// ---- compile, pool -----------------------------------------------------------------------

function showError(err) {
  $('diagnostics').textContent = String(err?.message ?? err);
  $('diagnostics').hidden = false;
}

async function build(compiler) {
  $('status').textContent = 'Compiling…';
  const t0 = performance.now();
  const out = await compiler.compile($('source').value, { filename: 'kernels.go' });
  if (!out.ok) {
    $('diagnostics').textContent = out.diagnostics.map((d) => `kernels.go:${d.line}:${d.column}: ${d.message}`).join('\n');
    $('diagnostics').hidden = false;
    $('status').textContent = 'Compile errors';
    return false;
  }
  $('diagnostics').hidden = true;
  const wasRunning = state.running;
  stop();
  while (state.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
  await state.pool?.terminate();
  state.out = out;
  state.mod = await instantiate(out);
  state.pool = await WorkerPool.create(out, { size: Number($('size').value) });
  $('status').textContent = `Compiled in ${(performance.now() - t0).toFixed(0)} ms (worker round trip): ${out.wasm.length} bytes`;
  if (wasRunning) start();
  return true;
}

async function main() {
  const hw = navigator.hardwareConcurrency || 2;
  for (const n of [...new Set([1, 2, 4, hw])].sort((a, b) => a - b)) {
    const o = document.createElement('option');
    o.value = o.textContent = String(n);
    if (n === Math.min(4, hw)) o.selected = true;
    $('size').append(o);
  }
  $('isolation').textContent = crossOriginIsolated
    ? 'cross-origin isolated: SharedArrayBuffer available'
    : 'not cross-origin isolated: arguments are copied or transferred';
  setupCharts();
  requestAnimationFrame(frame);
  setInterval(updateMeters, 250);
  $('source').value = await (await fetch(new URL('kernels.go', import.meta.url))).text();
  const compiler = await createCompiler({ worker: true });
  if (!(await build(compiler))) return;

  $('kernel').addEventListener('change', () => (state.kernel = $('kernel').value));
  $('load').addEventListener('input', () => {
    state.load = Number($('load').value);
    $('load-value').textContent = String(state.load);
  });
  for (const r of document.querySelectorAll('input[name=mode]')) r.addEventListener('change', () => setMode(r.value));
  $('size').addEventListener('change', () => build(compiler));
  $('run').addEventListener('click', () => (state.running ? stop() : start()));
  $('compare').addEventListener('click', () => compare());
  $('recompile').addEventListener('click', () => build(compiler));
  for (const b of ['run', 'compare', 'recompile']) $(b).disabled = false;
  start();
  /** For the browser tests: drive the demo as the buttons do. */
  /** @type {any} */ (window).__demo = { compare, state, setLoad: (n) => { state.load = n; } };
  document.body.dataset.state = 'ready';
}

main().catch((err) => {
  showError(err);
  document.body.dataset.state = 'error';
});
