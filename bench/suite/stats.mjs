// Statistics and measurement helpers shared by every section of the benchmark suite (and by the
// live page, web/demo/bench.js, which imports this file in the browser: nothing here may use a
// Node module at import time; captureEnvironment imports what it needs when called in Node).
//
// The machines this runs on are noisy (2 shared cores), so a figure is never one run: each body
// is warmed up, then timed in rounds where every body runs once per round, in a rotating order
// (drift from JIT tiers, GC or CPU frequency hits all of them alike), and the median is kept.

/** @param {number[]} xs sorted ascending @param {number} q in [0, 1] */
function sortedQuantile(xs, q) {
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/**
 * The q-quantile with linear interpolation between closest ranks (q = 0.5 is the median).
 * @param {number[]} xs @param {number} q
 */
export function quantile(xs, q) {
  return sortedQuantile([...xs].sort((a, b) => a - b), q);
}

/** @param {number[]} xs */
export function median(xs) {
  return quantile(xs, 0.5);
}

/** @param {number[]} xs */
export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** Geometric mean (of ratios); NaN for an empty list or a non-positive entry. @param {number[]} xs */
export function geomean(xs) {
  if (!xs.length || xs.some((x) => !(x > 0))) return NaN;
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

/**
 * p50/p95/p99 (and min, max, mean, n) of a list of samples.
 * @param {number[]} xs
 */
export function percentiles(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s.length ? s[0] : NaN,
    p50: sortedQuantile(s, 0.5),
    p95: sortedQuantile(s, 0.95),
    p99: sortedQuantile(s, 0.99),
    max: s.length ? s[s.length - 1] : NaN,
    mean: mean(s),
  };
}

/** Summary of timing samples: median, quartiles, min, the samples themselves. @param {number[]} xs */
export function summarize(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: sortedQuantile(s, 0.5),
    p25: sortedQuantile(s, 0.25),
    p75: sortedQuantile(s, 0.75),
    min: s.length ? s[0] : NaN,
    n: s.length,
  };
}

const now = () => performance.now();
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Times bodies side by side. Each body is a synchronous function (its result is kept in a sink so
 * the engine cannot drop the call). First every body is warmed up and calibrated: the number of
 * calls per sample grows until a sample lasts at least `minSampleMs` (timer resolution, and
 * browsers coarsen performance.now()). Then `rounds` rounds run every body once each, starting
 * with a different body every round. Between rounds the event loop gets a turn (`yieldEvery`),
 * so a page stays responsive and pending finalizers run outside the timed region.
 *
 * @template K
 * @param {Array<{ key: K, fn: () => unknown, before?: () => void | Promise<void> }>} bodies
 *   `before` runs untimed before each sample (for example to reload a leaking instance).
 * @param {{ warmup?: number, rounds?: number, minSampleMs?: number, maxCalls?: number, yieldEvery?: boolean }} [opts]
 * @returns {Promise<Array<{ key: K, ms: number, p25: number, p75: number, min: number, calls: number, samples: number[] }>>}
 *   `ms` is the median time of one call.
 */
export async function timeInterleaved(bodies, opts = {}) {
  const { warmup = 2, rounds = 7, minSampleMs = 5, maxCalls = 1 << 16, yieldEvery = true } = opts;
  /** @type {unknown} */
  let sink;
  const calls = bodies.map(() => 1);
  for (let b = 0; b < bodies.length; b++) {
    const { fn, before } = bodies[b];
    for (let w = 0; w < warmup; w++) {
      await before?.();
      sink = fn();
    }
    // Calibrate: double the calls per sample until one sample takes minSampleMs.
    for (;;) {
      await before?.();
      const n = calls[b];
      const t0 = now();
      for (let i = 0; i < n; i++) sink = fn();
      const t = now() - t0;
      if (t >= minSampleMs || n >= maxCalls) break;
      calls[b] = Math.min(maxCalls, t <= 0 ? n * 8 : Math.max(n * 2, Math.ceil((n * minSampleMs * 1.2) / t)));
    }
    if (yieldEvery) await tick();
  }
  /** @type {number[][]} */
  const samples = bodies.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < bodies.length; j++) {
      const b = (j + r) % bodies.length;
      const { fn, before } = bodies[b];
      await before?.();
      const n = calls[b];
      const t0 = now();
      for (let i = 0; i < n; i++) sink = fn();
      samples[b].push((now() - t0) / n);
    }
    if (yieldEvery) await tick();
  }
  void sink;
  return bodies.map(({ key }, b) => {
    const s = summarize(samples[b]);
    return { key, ms: s.median, p25: s.p25, p75: s.p75, min: s.min, calls: calls[b], samples: samples[b] };
  });
}

/** Median-of-medians speed ratio a / b (a number > 1 means a is slower). @param {number} a @param {number} b */
export function ratio(a, b) {
  return a > 0 && b > 0 ? a / b : NaN;
}

/**
 * Runs a command and returns its first output line, or null if it is missing or fails.
 * @param {string} cmd @param {string[]} args
 */
async function firstLine(cmd, args) {
  const { execFileSync } = await import('node:child_process');
  try {
    const out = execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
      env: { ...process.env, NODE_PATH: '/usr/share/nodejs' },
    });
    return out.split('\n').find((l) => l.trim())?.trim() ?? null;
  } catch {
    return null;
  }
}

/**
 * What the numbers were measured on (Node only): CPU model and count, memory, OS, Node and V8,
 * the toolchains that built the anchors (Go, emcc, asc), Binaryen, the git commit (and whether
 * the tree had local changes) and the date. `extra` is merged in (the Chromium version).
 * @param {string} repoRoot @param {Record<string, unknown>} [extra]
 */
export async function captureEnvironment(repoRoot, extra = {}) {
  const os = await import('node:os');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const cpus = os.cpus();
  const pkgVersion = (/** @type {string} */ name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  const commit = await firstLine('git', ['-C', repoRoot, 'rev-parse', 'HEAD']);
  const dirty = await firstLine('git', ['-C', repoRoot, 'status', '--porcelain', '--untracked-files=no']);
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100), // 1, 5, 15 minutes, at the start
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    go: (await firstLine('go', ['version']))?.replace(/^go version /, '') ?? null,
    emcc: (await firstLine('emcc', ['--version']))?.replace(/^emcc \(.*?\)\s*/, '').replace(/\s*\(\)$/, '') ?? null,
    asc: pkgVersion('assemblyscript'),
    binaryen: pkgVersion('binaryen'),
    playwright: pkgVersion('playwright-core'),
    commit,
    dirty: dirty !== null && dirty !== '',
    ...extra,
  };
}
