#!/usr/bin/env node
// Renders bench/results/results.json into report.md and the SVG charts it references.
// renderReport() is pure (results in, { markdown, charts } out: tests/js/bench-suite.test.js feeds
// it a fixture); writeReport() writes the files. Run alone to re-render from a results file:
//   node bench/suite/report.mjs [bench/results/results.json]
//
// "Ours" is gomethod's `direct` path with the default memory model (gc: conservative): a ratio is
// our median time divided by the other's, so below 1 we are faster and above 1 we lose.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { barChart, lineChart } from './svg.mjs';
import { geomean } from './stats.mjs';

export const ANCHORS = ['aot', 'stdgo', 'assemblyscript', 'plainjs'];
const ANCHOR_SHORT = { aot: 'C++ (aot)', stdgo: 'standard Go', assemblyscript: 'AssemblyScript', plainjs: 'plain JS' };

// ---- formatting -------------------------------------------------------------------------------

/** A duration given in ms, with a unit that keeps 3 significant digits. @param {number | null | undefined} ms */
export function fmtMs(ms) {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '—';
  if (ms === 0) return '0';
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms >= 100 ? ms.toFixed(0) : ms.toPrecision(3)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toPrecision(3)} µs`;
  return `${(ms * 1e6).toPrecision(3)} ns`;
}

/** @param {number | null | undefined} b */
export function fmtBytes(b) {
  if (typeof b !== 'number' || !Number.isFinite(b)) return '—';
  if (b >= 1 << 20) return `${(b / (1 << 20)).toPrecision(3)} MiB`;
  if (b >= 1024) return `${(b / 1024).toPrecision(3)} KiB`;
  return `${b} B`;
}

/** @param {number | null | undefined} r */
export function fmtRatio(r) {
  if (typeof r !== 'number' || !Number.isFinite(r)) return '—';
  return `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
}

/** 1000 → 10³. @param {number} n */
export function fmtN(n) {
  const e = Math.log10(n);
  if (Number.isInteger(e) && e >= 2) return `10${String(e).split('').map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]).join('')}`;
  return n.toLocaleString('en');
}

/**
 * A Markdown table: the first column left-aligned, the others right-aligned (numbers) unless
 * `left` is set.
 * @param {string[]} head @param {Array<Array<string | number>>} rows @param {{ left?: boolean }} [opts]
 */
export function table(head, rows, opts = {}) {
  const line = (/** @type {Array<string | number>} */ cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(head), `|${head.map((_, i) => (i === 0 || opts.left ? '---' : '---:')).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- the data -----------------------------------------------------------------------------------

/** @param {any} results */
function pathInfo(results) {
  /** @type {Record<string, { title: string, kind: string }>} */
  const info = {};
  for (const p of results.paths ?? []) info[p.path] = { title: p.title ?? p.path, kind: p.kind ?? 'anchor' };
  return info;
}

/** Our `direct` output optimized by Binaryen at -O3 (bench/suite/throughput.mjs). */
const OPTIMIZED = 'direct-O3:conservative';

/** The variant that speaks for gomethod: `direct` under the default collector. @param {any} results */
export function oursKey(results) {
  const variants = results.throughput?.variants?.map((/** @type {any} */ v) => v.key) ?? [];
  if (variants.includes('direct:conservative')) return 'direct:conservative';
  return variants.find((/** @type {string} */ k) => k.endsWith(':conservative')) ?? variants[0] ?? 'direct:conservative';
}

/** The path of the variant that speaks for gomethod. @param {any} results */
const oursPath = (results) => oursKey(results).split(':')[0];

/**
 * The gomethod path whose collector could time its pauses (the `direct` target imports nothing,
 * so it has no clock and reports zero pauses): ours when it can, else the one with pause data.
 * @param {any} results
 */
export function gcStatsPath(results) {
  const cells = (results.throughput?.cells ?? []).filter((/** @type {any} */ c) => c.gc === 'conservative' && c.collector?.collections > 0);
  const timed = (/** @type {string} */ p) => cells.some((/** @type {any} */ c) => c.path === p && c.collector.meanPauseMs > 0);
  if (timed(oursPath(results))) return oursPath(results);
  return [...new Set(cells.map((/** @type {any} */ c) => c.path))].find(timed) ?? oursPath(results);
}

export const MODES = ['resident', 'copy'];
const MODE_LABEL = { resident: 'inputs resident', copy: 'as called (inputs copied in)' };

/** Timed throughput cells by `${kernel}|${size}|${variant}|${mode}`. @param {any} results */
function cellIndex(results) {
  /** @type {Map<string, any>} */
  const m = new Map();
  for (const c of results.throughput?.cells ?? []) m.set(`${c.kernel}|${c.size}|${c.variant}|${c.mode ?? 'resident'}`, c);
  return m;
}

/** The modes measured, in MODES order. @param {any} results */
function modesOf(results) {
  const seen = new Set((results.throughput?.cells ?? []).map((/** @type {any} */ c) => c.mode ?? 'resident'));
  return MODES.filter((m) => seen.has(m));
}

/** Sizes measured per kernel (ascending). @param {any} results */
function measuredSizes(results) {
  /** @type {Map<string, number[]>} */
  const m = new Map();
  for (const c of results.throughput?.cells ?? []) {
    const xs = m.get(c.kernel) ?? [];
    if (!xs.includes(c.size)) xs.push(c.size);
    m.set(c.kernel, xs);
  }
  for (const xs of m.values()) xs.sort((a, b) => a - b);
  return m;
}

/**
 * Our time over each anchor's, per kernel and size: { kernel, size, mode, ours, [anchor]: ratio }.
 * @param {any} results @param {string} [mode]
 */
export function throughputRatios(results, mode = 'resident', ours = oursKey(results)) {
  const idx = cellIndex(results);
  const rows = [];
  for (const [kernel, sizes] of measuredSizes(results)) {
    for (const size of sizes) {
      const o = idx.get(`${kernel}|${size}|${ours}|${mode}`);
      if (!o) continue;
      /** @type {any} */
      const row = { kernel, size, mode, ours: o?.ms ?? null };
      for (const a of ANCHORS) {
        const t = idx.get(`${kernel}|${size}|${a}|${mode}`)?.ms;
        row[a] = o?.ms > 0 && t > 0 ? o.ms / t : null;
      }
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The key ratios: per kernel at its largest measured size, and their geometric means; cold
 * start-up and shipped size against each anchor.
 * @param {any} results @param {string} [mode]
 */
export function keyRatios(results, mode = 'resident', ours = oursKey(results)) {
  const all = throughputRatios(results, mode, ours);
  /** @type {Map<string, any>} */
  const largest = new Map();
  for (const r of all) if (!largest.has(r.kernel) || largest.get(r.kernel).size < r.size) largest.set(r.kernel, r);
  const kernels = [...largest.values()];
  /** @type {Record<string, number>} */
  const geo = {};
  for (const a of ANCHORS) geo[a] = geomean(kernels.map((r) => r[a]).filter((v) => v > 0));
  /** @type {Record<string, number>} */
  const geoAll = {};
  for (const a of ANCHORS) geoAll[a] = geomean(all.map((r) => r[a]).filter((v) => v > 0));

  const op = oursPath(results);
  const rows = results.startup?.rows ?? [];
  const coldOf = (/** @type {string} */ p) => rows.find((/** @type {any} */ r) => r.path === p)?.cold?.totalMs;
  const warmOf = (/** @type {string} */ p) => rows.find((/** @type {any} */ r) => r.path === p)?.warm?.totalMs;
  /** @type {Record<string, number | null>} */
  const startup = {};
  /** @type {Record<string, number | null>} */
  const startupWarm = {};
  for (const a of ANCHORS) {
    startup[a] = coldOf(op) > 0 && coldOf(a) > 0 ? coldOf(op) / coldOf(a) : null;
    startupWarm[a] = warmOf(op) > 0 && warmOf(a) > 0 ? warmOf(op) / warmOf(a) : null;
  }
  const mem = results.memory?.rows ?? [];
  const shipped = (/** @type {string} */ p) => {
    const r = mem.find((/** @type {any} */ m) => m.path === p && (m.gc === 'conservative' || m.gc === null || m.gc === undefined) && !m.error);
    if (!r) return null;
    return r.wasm.brotli + (r.glue?.brotli ?? r.glue?.raw ?? 0);
  };
  /** @type {Record<string, number | null>} */
  const size = {};
  for (const a of ANCHORS) size[a] = shipped(op) && shipped(a) ? /** @type {number} */ (shipped(op)) / /** @type {number} */ (shipped(a)) : null;
  return { kernels, geo, geoAll, startup, startupWarm, size, ours: oursKey(results) };
}

/**
 * Where gomethod loses, generated from the data: kernels (per size) where our time exceeds an
 * anchor's by more than `threshold`, start-up and size against the anchors, the collector's cost,
 * the worker pool's round trip against a bare postMessage. Worst first within each group.
 * @param {any} results @param {number} [threshold]
 * @returns {string[]} Markdown list items (without the leading "- ")
 */
export function whereWeLose(results, threshold = 1.1) {
  const out = [];
  const info = pathInfo(results);
  const name = (/** @type {string} */ a) => ANCHOR_SHORT[/** @type {keyof typeof ANCHOR_SHORT} */ (a)] ?? info[a]?.title ?? a;
  // Kernels: at the largest size measured (the tables have every size), per mode.
  /** @type {Map<string, Array<{ size: number, mode: string, losses: Array<[string, number]> }>>} */
  const perKernel = new Map();
  for (const mode of modesOf(results)) {
    for (const r of keyRatios(results, mode).kernels) {
      /** @type {Array<[string, number]>} */
      const losses = ANCHORS.filter((a) => r[a] > threshold).map((a) => [a, r[a]]);
      if (!losses.length) continue;
      losses.sort((x, y) => y[1] - x[1]);
      const list = perKernel.get(r.kernel) ?? [];
      list.push({ size: r.size, mode, losses });
      perKernel.set(r.kernel, list);
    }
  }
  const worstOf = (/** @type {Array<{ losses: Array<[string, number]> }>} */ xs) => Math.max(...xs.flatMap((x) => x.losses.map((l) => l[1])));
  for (const [kernel, entries] of [...perKernel.entries()].sort((a, b) => worstOf(b[1]) - worstOf(a[1]))) {
    out.push(`**${kernel}**, n = ${fmtN(entries[0].size)}: ${entries.map((e) => `${e.mode === 'copy' ? 'as called' : 'resident'} ${e.losses.map(([a, r]) => `${fmtRatio(r)} ${name(a)}'s time`).join(', ')}`).join('; ')}`);
  }

  const kr = keyRatios(results);
  const op = oursPath(results);
  const st = results.startup?.rows?.find((/** @type {any} */ r) => r.path === op)?.cold;
  const startupLoss = ANCHORS.filter((a) => /** @type {number} */ (kr.startup[a]) > threshold);
  if (st && startupLoss.length) {
    const parts = [['loading the compiler', st.loadCompilerMs], ['compiling', st.compileMs], ['waiting for V8 to settle after compiling', st.settleMs], ['instantiating', st.instantiateMs], ['the first call', st.firstCallMs]]
      .filter(([, v]) => typeof v === 'number').sort((a, b) => /** @type {number} */ (b[1]) - /** @type {number} */ (a[1]));
    out.push(`**cold start** (${fmtMs(st.totalMs)} from nothing to the first result, ${op}): ${startupLoss.map((a) => `${fmtRatio(kr.startup[a])} ${name(a)}'s`).join(', ')}; most of it is ${parts.slice(0, 2).map(([k, v]) => `${k} (${fmtMs(/** @type {number} */ (v))})`).join(' and ')} — work the anchors did ahead of time`);
  }
  const sizeLoss = ANCHORS.filter((a) => /** @type {number} */ (kr.size[a]) > threshold);
  if (sizeLoss.length) out.push(`**download size** (module + glue, brotli): ${sizeLoss.map((a) => `${fmtRatio(kr.size[a])} ${name(a)}'s`).join(', ')}${results.memory?.compiler?.wasm?.brotli ? `, plus the compiler itself (${fmtBytes(results.memory.compiler.wasm.brotli)} brotli) when the page compiles Go` : ''}`);

  // The collector: conservative against leaking, for our path, at the largest size, where it
  // costs more than threshold; the five worst.
  const idx = cellIndex(results);
  const gcCost = [];
  for (const [kernel, sizes] of measuredSizes(results)) {
    const size = sizes[sizes.length - 1];
    for (const mode of modesOf(results)) {
      const c = idx.get(`${kernel}|${size}|${op}:conservative|${mode}`), l = idx.get(`${kernel}|${size}|${op}:leaking|${mode}`);
      const g = idx.get(`${kernel}|${size}|${gcStatsPath(results)}:conservative|${mode}`)?.collector;
      if (c?.ms > 0 && l?.ms > 0 && c.ms / l.ms > threshold) {
        gcCost.push({
          r: c.ms / l.ms,
          share: g?.gcShare ?? 0,
          text: `${kernel} ${mode === 'copy' ? 'as called' : 'resident'} ${fmtRatio(c.ms / l.ms)}${g?.collections ? ` (${g.collections} collection${g.collections > 1 ? 's' : ''}${g.maxPauseMs > 0 ? `, max pause ${fmtMs(g.maxPauseMs)}` : ''}; memory ${fmtBytes(c.memoryBytes)} against ${fmtBytes(l.memoryBytes)})` : ''}`,
        });
      }
    }
  }
  gcCost.sort((a, b) => b.r - a.r);
  if (gcCost.length) {
    const maxShare = Math.max(...gcCost.map((g) => g.share));
    out.push(`**the conservative memory model's cost** at the largest sizes (gc: conservative over gc: leaking, same path): ${gcCost.slice(0, 5).map((g) => g.text).join(', ')}${gcCost.length > 5 ? `, and ${gcCost.length - 5} more under ${fmtRatio(gcCost[4].r)}` : ''}` +
      (maxShare < 0.1 ? `. Collection pauses are at most ${(maxShare * 100).toFixed(1)} % of those calls' time, so the time goes elsewhere than collecting: compare the linear memory each model ends with (the arguments copied in per call)` : ''));
  }

  const w = results.workers;
  if (w?.latency?.workerPool && w?.latency?.postMessage && w.latency.workerPool.p50 > threshold * w.latency.postMessage.p50) {
    out.push(`**worker round trip**: WorkerPool p50 ${fmtMs(w.latency.workerPool.p50)} against a bare postMessage echo's ${fmtMs(w.latency.postMessage.p50)} (${fmtRatio(w.latency.workerPool.p50 / w.latency.postMessage.p50)}): the pool's queue, message framing and argument marshalling`);
  }
  const b = results.boundary?.rows ?? [];
  const maxN = Math.max(0, ...b.map((/** @type {any} */ r) => r.n));
  const copy = b.find((/** @type {any} */ r) => r.n === maxN && r.data === 'float64' && r.op === 'in' && r.mode === 'copy');
  const js = b.find((/** @type {any} */ r) => r.n === maxN && r.data === 'float64' && r.op === 'in' && r.mode === 'js');
  if (copy && js && copy.ms > threshold * js.ms) {
    out.push(`**copying arguments in**: summing ${fmtN(maxN)} float64 passed as a JS Float64Array (copied into linear memory per call) takes ${fmtRatio(copy.ms / js.ms)} plain JS's time; a ModuleArray view (zero-copy) avoids it`);
  }
  return out;
}

// ---- charts -------------------------------------------------------------------------------------

/** @param {any} results @returns {Record<string, string>} file name → SVG */
export function renderCharts(results) {
  /** @type {Record<string, string>} */
  const charts = {};
  const info = pathInfo(results);
  const title = (/** @type {string} */ p) => info[p]?.title ?? p;
  const rows = results.startup?.rows?.filter((/** @type {any} */ r) => r.cold) ?? [];
  if (rows.length) {
    charts['startup.svg'] = barChart({
      title: 'Cold start in a fresh Node process, median ms per stage',
      categories: rows.map((/** @type {any} */ r) => r.path),
      stacked: true,
      yLabel: 'ms',
      series: [['load compiler', 'loadCompilerMs'], ['compile', 'compileMs'], ['V8 settle', 'settleMs'], ['instantiate', 'instantiateMs'], ['first call', 'firstCallMs']]
        .filter(([, key]) => rows.some((/** @type {any} */ r) => typeof r.cold[key] === 'number'))
        .map(([name, key]) => ({ name, values: rows.map((/** @type {any} */ r) => r.cold[key] ?? null) })),
    });
  }
  const mem = (results.memory?.rows ?? []).filter((/** @type {any} */ r) => !r.error && r.gc !== 'leaking' && (r.wasm?.raw || r.glue?.raw));
  if (mem.length) {
    charts['size.svg'] = barChart({
      title: 'Module size: raw, gzip, brotli; and with the JS glue (brotli)',
      categories: mem.map((/** @type {any} */ r) => r.path),
      log: true,
      yLabel: 'bytes (log)',
      series: [
        { name: 'wasm raw', values: mem.map((/** @type {any} */ r) => r.wasm.raw) },
        { name: 'wasm gzip', values: mem.map((/** @type {any} */ r) => r.wasm.gzip) },
        { name: 'wasm brotli', values: mem.map((/** @type {any} */ r) => r.wasm.brotli) },
        { name: 'wasm + glue, brotli', values: mem.map((/** @type {any} */ r) => r.wasm.brotli + (r.glue?.brotli ?? r.glue?.raw ?? 0)) },
      ],
    });
  }
  const idx = cellIndex(results);
  const variants = (results.throughput?.variants ?? []).filter((/** @type {any} */ v) => v.gc !== 'leaking' || v.path === oursPath(results));
  for (const [kernel, sizes] of measuredSizes(results)) {
    const k = results.kernels?.find((/** @type {any} */ x) => x.name === kernel);
    for (const mode of modesOf(results)) {
      charts[`throughput-${kernel}${mode === 'copy' ? '-copy' : ''}.svg`] = lineChart({
        title: `${k?.name ?? kernel}, ${MODE_LABEL[/** @type {keyof typeof MODE_LABEL} */ (mode)]}: ms per call`,
        xLabel: `n (${k?.unit ?? 'elements'})`,
        yLabel: 'median ms per call (log)',
        xLog: true,
        yLog: true,
        xTicks: sizes,
        width: 480,
        series: variants.map((/** @type {any} */ v) => ({
          name: v.gc ? `${v.label ?? v.path} (${v.gc})` : v.path,
          points: sizes.map((s) => /** @type {[number, number | null]} */ ([s, idx.get(`${kernel}|${s}|${v.key}|${mode}`)?.ms ?? null])),
        })),
      });
    }
  }
  for (const data of ['string', 'float64']) {
    const b = (results.boundary?.rows ?? []).filter((/** @type {any} */ r) => r.data === data);
    if (!b.length) continue;
    const ns = [...new Set(b.map((/** @type {any} */ r) => r.n))].sort((x, y) => /** @type {number} */ (x) - /** @type {number} */ (y));
    const keys = [...new Set(b.map((/** @type {any} */ r) => `${r.op}|${r.mode}`))];
    charts[`boundary-${data}.svg`] = lineChart({
      title: data === 'string' ? 'Strings across the boundary: ms per call against length' : 'Float64Array across the boundary: ms per call against length',
      xLabel: data === 'string' ? 'characters' : 'elements',
      yLabel: 'ms per call (log)',
      xLog: true,
      yLog: true,
      xTicks: /** @type {number[]} */ (ns),
      series: keys.map((key) => {
        const [op, mode] = key.split('|');
        return {
          name: mode === 'js' ? 'plain JS, no boundary' : `${mode}, ${op === 'in' ? 'in' : 'round trip'}`,
          points: ns.map((n) => /** @type {[number, number | null]} */ ([/** @type {number} */ (n), b.find((/** @type {any} */ r) => r.n === n && r.op === op && r.mode === mode)?.ms ?? null])),
        };
      }),
    });
  }
  const w = results.workers;
  if (w?.latency) {
    const kinds = [['main', 'direct call, main thread'], ['postMessage', 'raw postMessage'], ['workerPool', 'WorkerPool, 1 worker']].filter(([k]) => w.latency[k]);
    charts['workers-latency.svg'] = barChart({
      title: 'Round trip of a trivial call (Chromium), ms',
      categories: ['p50', 'p95', 'p99'],
      log: true,
      yLabel: 'ms (log)',
      series: kinds.map(([k, name]) => ({ name, values: ['p50', 'p95', 'p99'].map((q) => w.latency[k][q]) })),
    });
  }
  if (w?.scaling) {
    charts['workers-scaling.svg'] = barChart({
      title: 'Mandelbrot tiles per second: main thread and 1…N workers (Chromium)',
      categories: w.scaling.map((/** @type {any} */ s) => (s.workers ? `${s.workers} worker${s.workers > 1 ? 's' : ''}` : 'main')),
      yLabel: 'calls/s',
      series: [{ name: 'calls per second', values: w.scaling.map((/** @type {any} */ s) => s.callsPerSecond) }],
    });
  }
  if (w?.fps) {
    charts['workers-fps.svg'] = barChart({
      title: 'Frames per second the page keeps under the same load (Chromium)',
      categories: ['idle', 'main thread', `${w.fps.workers?.workers ?? ''} workers`],
      yLabel: 'fps',
      series: [
        { name: 'fps', values: [w.fps.idle?.fps, w.fps.main?.fps, w.fps.workers?.fps] },
        { name: 'dropped frames per second', values: [w.fps.idle, w.fps.main, w.fps.workers].map((f) => (f ? f.dropped / f.seconds : null)) },
      ],
    });
  }
  return charts;
}

// ---- the report ---------------------------------------------------------------------------------

/** @param {any} results @returns {{ markdown: string, charts: Record<string, string> }} */
export function renderReport(results) {
  const charts = renderCharts(results);
  const info = pathInfo(results);
  const title = (/** @type {string} */ p) => info[p]?.title ?? p;
  const env = results.environment ?? {};
  const ours = oursKey(results);
  const op = oursPath(results);
  const md = [];
  const img = (/** @type {string} */ file, /** @type {string} */ alt) => (charts[file] ? `![${alt}](${file})\n` : '');
  const carried = (/** @type {any} */ s) => (s?.carriedOver ? `\n_Carried over from the run of ${s.carriedOver} (this run did not measure it)._\n` : '');

  md.push('# gomethod benchmark report\n');
  md.push(`Generated by \`npm run bench\` (\`bench/suite/run.mjs\`) on ${env.date ?? '?'}${results.totalSeconds ? `, in ${Math.round(results.totalSeconds / 6) / 10} minutes` : ''}. ` +
    'Every row of a table was measured side by side in one run: medians of interleaved rounds after warm-up. ' +
    `Ratios are **ours** (gomethod \`${op}\`, gc: conservative) **divided by** the other: below 1× we are faster, above 1× we lose. ` +
    'Raw numbers: [results.json](results.json).\n');
  if (results.quick) md.push('> **Quick mode** (`--quick`): fewer rounds and the smaller sizes only. Not for quoting.\n');

  const failures = results.failures ?? [];
  if (failures.length) {
    md.push(`## ⚠ ${failures.length} failure${failures.length > 1 ? 's' : ''}\n`);
    md.push('A mismatch means a path returned something else than plain JS for the same input: its times are left out. The run exited non-zero.\n');
    for (const f of failures) md.push(`- **${f.kind}** [${f.section}] ${f.message}`);
    md.push('');
  } else {
    md.push('Every path\'s output was cross-checked equal to plain JS\'s before timing: no mismatches.\n');
  }

  md.push('## Environment\n');
  md.push(table(['', ''], [
    ['CPU', `${env.cpu ?? '?'} × ${env.cores ?? '?'} logical cores, ${env.memoryGiB ?? '?'} GiB`],
    ['OS', env.os ?? '?'],
    ['load average (1 min) at start / end', env.loadAverage ? `${env.loadAverage[0]} / ${env.loadAverageEnd?.[0] ?? '?'} (other work on the machine; compare ratios within this run)` : '—'],
    ['Node / V8', `${env.node ?? '?'} / ${env.v8 ?? '?'}`],
    ['Chromium', env.chromium ?? '— (workers section not run)'],
    ['Go (standard Go anchor)', env.go ?? '—'],
    ['Emscripten (aot anchor)', env.emcc ?? '—'],
    ['AssemblyScript', env.asc ?? '—'],
    ['Binaryen (npm)', env.binaryen ?? '—'],
    ['commit', env.commit ? `${env.commit.slice(0, 12)}${env.dirty ? ' with local changes' : ''}` : '—'],
  ], { left: true }));
  md.push('');

  // ---- key ratios
  const modes = modesOf(results);
  const krs = Object.fromEntries(modes.map((m) => [m, keyRatios(results, m)]));
  const kr = keyRatios(results, modes[0] ?? 'resident');
  if (modes.length) {
    md.push('## Key ratios\n');
    md.push(`Our time over theirs (\`${ours}\`), each kernel at the largest size measured; **resident**: inputs already in each module's memory (the generated code and a bare call), **as called**: JS typed arrays passed per call, copied in the way each path's users would pass them.\n`);
    const head = ['kernel', 'n'];
    for (const m of modes) head.push(`ours, ${m === 'copy' ? 'as called' : 'resident'}`, ...ANCHORS.map((a) => `vs ${ANCHOR_SHORT[/** @type {keyof typeof ANCHOR_SHORT} */ (a)]}`));
    const rows = krs[modes[0]].kernels.map((/** @type {any} */ r) => {
      const cells = [r.kernel, fmtN(r.size)];
      for (const m of modes) {
        const x = krs[m].kernels.find((/** @type {any} */ y) => y.kernel === r.kernel) ?? {};
        cells.push(fmtMs(x.ours), ...ANCHORS.map((a) => fmtRatio(x[a])));
      }
      return cells;
    });
    const summary = (/** @type {string} */ label, /** @type {(k: any) => Record<string, any>} */ pick, bold = false) => {
      const cells = [label, ''];
      for (const m of modes) cells.push('', ...ANCHORS.map((a) => (bold ? `**${fmtRatio(pick(krs[m])[a])}**` : fmtRatio(pick(krs[m])[a]))));
      return cells;
    };
    rows.push(summary('**geometric mean**', (k) => k.geo, true), summary('geometric mean, every size', (k) => k.geoAll));
    // The same comparison for our output optimized by Binaryen (-O3), when it was measured.
    if ((results.throughput?.variants ?? []).some((/** @type {any} */ v) => v.key === OPTIMIZED)) {
      const optimized = Object.fromEntries(modes.map((m) => [m, keyRatios(results, m, OPTIMIZED)]));
      const cells = ['geometric mean, ours at -O3 (Binaryen)', ''];
      for (const m of modes) cells.push('', ...ANCHORS.map((a) => fmtRatio(optimized[m].geo[a])));
      rows.push(cells);
    }
    md.push(table(head, rows));
    md.push('');
    md.push(table(['start-up and size (ours / theirs)', ...ANCHORS.map((a) => `vs ${ANCHOR_SHORT[/** @type {keyof typeof ANCHOR_SHORT} */ (a)]}`)], [
      ['cold start, fresh process (compile included)', ...ANCHORS.map((a) => fmtRatio(kr.startup[a]))],
      ['warm start, in process', ...ANCHORS.map((a) => fmtRatio(kr.startupWarm[a]))],
      ['download (module + glue, brotli)', ...ANCHORS.map((a) => fmtRatio(kr.size[a]))],
    ]));
    md.push('');
  }
  const losses = whereWeLose(results);
  md.push('## Where we lose\n');
  md.push(losses.length ? 'Generated from the numbers below (more than 1.1× the other\'s time or size), worst first:\n' : 'Nowhere by more than 1.1× in this run.\n');
  for (const l of losses) md.push(`- ${l}`);
  md.push('');

  // ---- 1. start-up
  if (results.startup?.rows) {
    const s = results.startup;
    md.push('## 1. Start-up\n');
    md.push(`From nothing to the first result. **Cold**: each path loaded in a fresh Node process, ${s.processesPerPath} processes per path, paths in turn, median per stage; ` +
      'the first call is Sum over 1,000 int32 (copied in); "process" is the Node process\'s age when that result was ready (Node\'s own start-up and the loader\'s import included). ' +
      `**Warm**: loadPath again in one process, JIT and caches warm (median of ${s.warmRuns}; the gomethod paths still create a compiler per load). ` +
      'The anchors (C++, standard Go, AssemblyScript) were compiled ahead of time by their native toolchains; gomethod compiles Go at load.\n');
    md.push(carried(s));
    md.push(img('startup.svg', 'cold start per path, stacked stages'));
    const settle = s.rows.some((/** @type {any} */ r) => typeof r.cold?.settleMs === 'number');
    md.push(table(['path', 'load compiler', 'compile', ...(settle ? ['V8 settle'] : []), 'instantiate', 'first call', 'cold total', 'process', 'warm total'], s.rows.map((/** @type {any} */ r) => r.error && !r.cold
      ? [title(r.path), `failed: ${r.error}`, ...Array(settle ? 7 : 6).fill('')]
      : [title(r.path), fmtMs(r.cold?.loadCompilerMs), fmtMs(r.cold?.compileMs), ...(settle ? [fmtMs(r.cold?.settleMs)] : []), fmtMs(r.cold?.instantiateMs), fmtMs(r.cold?.firstCallMs), `**${fmtMs(r.cold?.totalMs)}**`, fmtMs(r.cold?.processMs), fmtMs(r.warm?.totalMs)])));
    if (settle) md.push('"V8 settle": right after the compiler has run, V8 holds the next `WebAssembly.instantiate` back until the compiler module\'s background tier-up is done (once per process); the loader waits for it untimed and reports it apart. A page that compiles and then instantiates pays it, so it counts in the cold total.\n');
    md.push('');
    if (s.aotBuild && Object.keys(s.aotBuild).length) {
      md.push('Ahead-of-time builds of the anchors (native toolchains, on the build machine, not in the page): ' +
        Object.entries(s.aotBuild).map(([k, v]) => `${k} ${fmtMs(/** @type {any} */ (v).ms ?? v)} (\`${/** @type {any} */ (v).tool ?? ''}\`)`).join(', ') + '; C++ is built by CMake with the compiler.\n');
    }
  }

  // ---- 2. memory
  if (results.memory?.rows) {
    const m = results.memory;
    md.push('## 2. Memory\n');
    md.push('Module size raw, gzip -9 and brotli -11 (node:zlib); the JS glue an anchor ships besides its `.wasm` (Emscripten\'s `kernels.mjs`, Go\'s `wasm_exec.js`, asc\'s bindings; for plain JS its whole `kernels.js`), and the sum of both compressed; ' +
      'the linear memory an instance holds after loading and its first call. gomethod\'s modules need no per-module glue: the `gomethod` JS API instantiates them (its size is below). Memory after the throughput runs is in the next section.\n');
    md.push(carried(m));
    md.push(img('size.svg', 'module sizes per path'));
    md.push(table(['path', 'gc', 'wasm raw', 'gzip', 'brotli', 'glue raw', 'glue brotli', 'wasm + glue brotli', 'memory after first call'], m.rows.map((/** @type {any} */ r) => r.error
      ? [title(r.path), r.gc ?? '', `failed: ${r.error}`, '', '', '', '', '', '']
      : [title(r.path), r.gc ?? '—', fmtBytes(r.wasm.raw), fmtBytes(r.wasm.gzip), fmtBytes(r.wasm.brotli), r.glue?.raw ? fmtBytes(r.glue.raw) : '—', r.glue?.brotli ? fmtBytes(r.glue.brotli) : '—', fmtBytes(r.wasm.brotli + (r.glue?.brotli ?? r.glue?.raw ?? 0)), fmtBytes(r.memoryAfterFirstCall)])));
    md.push('');
    if (m.compiler?.wasm?.raw) {
      md.push(`Once per page, for every gomethod path: the compiler, when the page compiles Go (\`dist/gomethodc.wasm\` + \`gomethodc.mjs\`): ${fmtBytes(m.compiler.wasm.raw)} raw, ${fmtBytes(m.compiler.wasm.gzip)} gzip, ${fmtBytes(m.compiler.wasm.brotli)} brotli, plus ${fmtBytes(m.compiler.glue.brotli)} of loader (brotli)` +
        `${m.compiler.runtime?.raw ? `; the JS API (\`web/\`, \`worker/\`, unminified): ${fmtBytes(m.compiler.runtime.raw)} raw, ${fmtBytes(m.compiler.runtime.brotli)} brotli` : ''}.\n`);
    }
  }

  // ---- 3. throughput
  if (results.throughput?.cells) {
    const t = results.throughput;
    const idx = cellIndex(results);
    const sizes = measuredSizes(results);
    const main = t.variants.filter((/** @type {any} */ v) => v.gc !== 'leaking');
    const o1 = t.options?.default ?? t.options ?? {}, o6 = t.options?.largest ?? o1;
    md.push('## 3. Throughput against data size\n');
    md.push(`Median time of one call, per kernel, size and mode, every path side by side: ${o1.rounds} interleaved rounds after ${o1.warmup} warm-up calls (${o6.rounds} after ${o6.warmup} at 10⁶); a sample repeats the call until it lasts ≥ ${o1.minSampleMs} ms. ` +
      'Each path\'s output was compared with plain JS\'s before timing. **Resident**: the inputs were put into the module\'s memory once (ModuleArray, the Emscripten heap, AssemblyScript arrays, slices held by the Go side), so a call is the kernel and a bare call. ' +
      '**As called**: JS typed arrays passed per call and copied in as each path\'s users would (gomethod\'s marshaller, embind\'s vectors, `js.CopyBytesToGo`, asc\'s bindings). gomethod\'s paths use gc: conservative here; the memory models are compared further down. ' +
      'Sizes count elements, except Mandelbrot (pixels, 100 iterations max) and n-body (bodies, 10 steps of all pairs).\n');
    md.push(carried(t));
    for (const k of results.kernels ?? []) {
      if (!sizes.has(k.name)) continue;
      md.push(modes.map((m) => img(`throughput-${k.name}${m === 'copy' ? '-copy' : ''}.svg`, `${k.title}: ${m}`).trim()).join(' ') + '\n');
    }
    for (const mode of modes) {
      md.push(`### ${mode === 'copy' ? 'As called (inputs copied in per call)' : 'Inputs resident in the module\'s memory'}\n`);
      const rows = [];
      for (const [kernel, ss] of sizes) {
        for (const size of ss) {
          const o = idx.get(`${kernel}|${size}|${ours}|${mode}`)?.ms;
          rows.push([kernel, fmtN(size), ...main.map((/** @type {any} */ v) => {
            const c = idx.get(`${kernel}|${size}|${v.key}|${mode}`);
            return c?.mismatch ? '**mismatch**' : c?.error ? '**error**' : fmtMs(c?.ms);
          }), ...ANCHORS.map((a) => {
            const x = idx.get(`${kernel}|${size}|${a}|${mode}`)?.ms;
            return o > 0 && x > 0 ? fmtRatio(o / x) : '—';
          })]);
        }
      }
      md.push(table(['kernel', 'n', ...main.map((/** @type {any} */ v) => v.label ?? v.path), ...ANCHORS.map((a) => `ours / ${a}`)], rows));
      md.push('');
    }
    md.push('### Memory models and the collector\n');
    md.push('gomethod\'s paths under gc: conservative (a mark-sweep collector; statistics from `heapStats()`) and gc: leaking (allocation only, never freed; an instance past ' +
      `${fmtBytes(t.leakLimitBytes)} is replaced between samples, untimed). Collections and pauses are those during the timed calls of \`${gcStatsPath(results)}\` with gc: conservative${gcStatsPath(results) !== op ? ` (\`${op}\` modules import nothing, so they have no clock and their collector reports zero pause times)` : ''}; ` +
      'the GC share is the collectors\' time over the time of those calls; memory is the instance\'s linear memory afterwards. **Standard Go\'s collector is opaque**: it runs inside its module and reports nothing to JS, so its pauses are inside its times and cannot be separated. C++ (aot) uses malloc/free, AssemblyScript its incremental collector, plain JS V8\'s.\n');
    const gcRows = [];
    const gm = t.variants.filter((/** @type {any} */ v) => v.gc);
    for (const [kernel, ss] of sizes) {
      for (const size of ss) {
        for (const mode of modes) {
          const c = idx.get(`${kernel}|${size}|${op}:conservative|${mode}`);
          const l = idx.get(`${kernel}|${size}|${op}:leaking|${mode}`);
          const g = idx.get(`${kernel}|${size}|${gcStatsPath(results)}:conservative|${mode}`)?.collector;
          gcRows.push([kernel, fmtN(size), mode === 'copy' ? 'as called' : 'resident', ...gm.map((/** @type {any} */ v) => fmtMs(idx.get(`${kernel}|${size}|${v.key}|${mode}`)?.ms)),
            c?.ms > 0 && l?.ms > 0 ? fmtRatio(c.ms / l.ms) : '—',
            g ? String(g.collections) : '—', g?.collections ? fmtMs(g.meanPauseMs) : '—', g?.collections ? fmtMs(g.maxPauseMs) : '—', g?.collections ? `${(g.gcShare * 100).toFixed(1)} %` : '—',
            fmtBytes(c?.memoryBytes), fmtBytes(l?.memoryBytes)]);
        }
      }
    }
    md.push(table(['kernel', 'n', 'mode', ...gm.map((/** @type {any} */ v) => `${v.label ?? v.path} ${v.gc}`), `${op}: conservative / leaking`, 'collections', 'mean pause', 'max pause', 'GC share', 'memory, conservative', 'memory, leaking'], gcRows));
    md.push('');
  }

  // ---- 4. boundary
  if (results.boundary?.rows) {
    const b = results.boundary;
    md.push('## 4. Boundary cost\n');
    md.push('Getting data into a gomethod module and back, three ways, for strings and Float64Arrays of growing size (`bench/suite/boundary.go`): ' +
      '**json** — the data crosses as JSON text (JSON.stringify, a Go string parsed in Go; results formatted in Go and JSON.parse\'d); ' +
      '**copy** — gomethod\'s marshaller copies the string (UTF-8) or typed array into linear memory per call, and a slice result out into a new typed array; ' +
      '**view** — the data already lives in linear memory (`mod.alloc` → ModuleArray; `mod.views` returns slices as views): nothing is copied. ' +
      '"In": hash the string / sum the array (data in, a number out). "Round trip": echo the string / scale the array in place and return it. Plain JS doing the "in" work without a boundary is the floor.\n');
    md.push(carried(b));
    md.push(img('boundary-string.svg', 'strings across the boundary'));
    md.push(img('boundary-float64.svg', 'Float64Array across the boundary'));
    for (const data of ['string', 'float64']) {
      const rs = b.rows.filter((/** @type {any} */ r) => r.data === data);
      if (!rs.length) continue;
      const ns = [...new Set(rs.map((/** @type {any} */ r) => r.n))].sort((x, y) => /** @type {number} */ (x) - /** @type {number} */ (y));
      const get = (/** @type {any} */ n, /** @type {string} */ opn, /** @type {string} */ mode) => rs.find((/** @type {any} */ r) => r.n === n && r.op === opn && r.mode === mode)?.ms;
      md.push(`${data === 'string' ? 'Strings' : 'Float64Array'}:\n`);
      md.push(table(['n', 'plain JS', 'json in', 'copy in', 'view in', 'json round trip', 'copy round trip', 'view round trip', 'json / copy (in)', 'copy / view (in)'], ns.map((n) => [
        fmtN(/** @type {number} */ (n)), fmtMs(get(n, 'in', 'js')), fmtMs(get(n, 'in', 'json')), fmtMs(get(n, 'in', 'copy')), fmtMs(get(n, 'in', 'view')),
        fmtMs(get(n, 'roundtrip', 'json')), fmtMs(get(n, 'roundtrip', 'copy')), fmtMs(get(n, 'roundtrip', 'view')),
        fmtRatio(get(n, 'in', 'json') / get(n, 'in', 'copy')), fmtRatio(get(n, 'in', 'copy') / get(n, 'in', 'view')),
      ])));
      md.push('');
    }
  }

  // ---- 5. workers
  if (results.workers?.latency) {
    const w = results.workers;
    md.push('## 5. Workers against the main thread (Chromium)\n');
    md.push(`Chromium ${w.environment?.chromium ?? ''}, ${w.environment?.cores ?? '?'} logical cores, cross-origin isolated: ${w.environment?.crossOriginIsolated ? 'yes' : 'no'}; ` +
      'driven by playwright-core on the live page `web/demo/bench.html` (the same code a visitor runs). The load is Mandelbrot tasks (the whole set at 128×128 pixels, maxIter 500) from `bench/kernels/kernels.go` compiled in the page' +
      `${w.taskMs ? ` (${fmtMs(w.taskMs)} per tile on the main thread)` : ''}.\n`);
    md.push(carried(w));
    md.push(img('workers-latency.svg', 'round-trip percentiles'));
    md.push(table(['round trip of Add(1, 2)', 'p50', 'p95', 'p99', 'calls'], [['direct call, main thread (batches of 10,000)', 'main'], ['raw postMessage echo worker', 'postMessage'], ['WorkerPool, 1 worker', 'workerPool']]
      .filter(([, k]) => w.latency[k]).map(([label, k]) => [label, fmtMs(w.latency[k].p50), fmtMs(w.latency[k].p95), fmtMs(w.latency[k].p99), w.latency[k].n])));
    md.push('');
    md.push(`Throughput: ${w.tasks ?? 'the'} tasks one after another on the main thread, and streamed to a WorkerPool of 1…${w.cores ?? 'N'} workers with two in flight per worker (after a warm-up), in tasks per second.\n`);
    md.push(img('workers-scaling.svg', 'throughput with 1…N workers'));
    const one = w.scaling.find((/** @type {any} */ s) => s.workers === 1)?.callsPerSecond;
    const mainRate = w.scaling.find((/** @type {any} */ s) => s.workers === 0)?.callsPerSecond;
    md.push(table(['Mandelbrot tiles', 'calls/s', '× one worker', '× main thread'], w.scaling.map((/** @type {any} */ s) => [s.workers ? `${s.workers} worker${s.workers > 1 ? 's' : ''}` : 'main thread', s.callsPerSecond.toFixed(1), one ? fmtRatio(s.callsPerSecond / one) : '—', mainRate ? fmtRatio(s.callsPerSecond / mainRate) : '—'])));
    md.push('');
    md.push(img('workers-fps.svg', 'frames per second under load'));
    md.push(`Frame rate: the page's animation frames counted for a few seconds (gaps between callbacks by \`performance.now()\`; a gap over 1.5 frame intervals drops the intervals it swallowed; long = over 50 ms). Main thread: ${w.fps?.main?.tilesPerFrame ?? '?'} tiles inside each animation frame (about 30 ms of work, as a page that renders in its frame would); workers: the same tiles streamed to ${w.fps?.workers?.workers ?? '?'} workers, two in flight each.\n`);
    md.push(table(['load on', 'fps', 'dropped frames', 'long frames', 'longest gap', 'tiles/s'], [['nothing (idle)', 'idle'], ['main thread', 'main'], [`${w.fps?.workers?.workers ?? ''} workers`, 'workers']]
      .filter(([, k]) => w.fps?.[k]).map(([label, k]) => {
        const f = w.fps[k];
        return [label, f.fps.toFixed(1), f.dropped, f.long, fmtMs(f.maxGapMs), f.tasksPerSecond ? f.tasksPerSecond.toFixed(1) : '—'];
      })));
    md.push('');
  }

  // ---- Chromium kernels
  const c = results.chromium;
  if (c?.throughput?.length || c?.startup?.length) {
    md.push('## Chromium: start-up and kernels\n');
    md.push(`The same live page measured the paths Chromium can load (first load in the page, then warm loads; kernels at sizes up to 10⁵, gc: conservative, medians of interleaved rounds).${Object.keys(c.unavailable ?? {}).length ? ` Not available in the browser: ${Object.entries(c.unavailable).map(([p, e]) => `${p} (${e})`).join('; ')}.` : ''}\n`);
    if (c.startup?.length) {
      md.push(table(['path', 'load compiler', 'compile', 'V8 settle', 'instantiate', 'first call', 'total', 'warm total'], c.startup.map((/** @type {any} */ r) => [title(r.path), fmtMs(r.loadCompilerMs), fmtMs(r.compileMs), fmtMs(r.settleMs), fmtMs(r.instantiateMs), fmtMs(r.firstCallMs), fmtMs(r.totalMs), fmtMs(r.warmTotalMs)])));
      md.push('');
    }
    if (c.throughput?.length) {
      const paths = [...new Set(c.throughput.map((/** @type {any} */ x) => x.path))];
      const keys = [...new Set(c.throughput.map((/** @type {any} */ x) => `${x.kernel}|${x.size}|${x.mode ?? 'copy'}`))];
      const at = (/** @type {string} */ key, /** @type {unknown} */ p) => c.throughput.find((/** @type {any} */ x) => `${x.kernel}|${x.size}|${x.mode ?? 'copy'}` === key && x.path === p)?.ms;
      const anchors = ANCHORS.filter((a) => paths.includes(a));
      md.push(table(['kernel', 'n', 'inputs', ...paths.map((p) => /** @type {string} */ (p)), ...anchors.map((a) => `ours / ${a}`)], keys.map((key) => {
        const [kernel, size, mode] = key.split('|');
        const o = at(key, op);
        return [kernel, fmtN(Number(size)), mode === 'copy' ? 'as called' : 'resident', ...paths.map((p) => fmtMs(at(key, p))), ...anchors.map((a) => fmtRatio(o / at(key, a)))];
      })));
      md.push('');
      const geo = (/** @type {string} */ mode, /** @type {string} */ a) => geomean(keys.filter((k) => k.endsWith(`|${mode}`)).map((k) => at(k, op) / at(k, a)).filter((v) => v > 0));
      const cm = ['resident', 'copy'].filter((m) => keys.some((k) => k.endsWith(`|${m}`)));
      if (anchors.length && cm.length) {
        md.push(`Geometric means in Chromium, every kernel and size: ${cm.map((m) => `${m === 'copy' ? 'as called' : 'resident'} — ${anchors.map((a) => `vs ${ANCHOR_SHORT[/** @type {keyof typeof ANCHOR_SHORT} */ (a)]} ${fmtRatio(geo(m, a))}`).join(', ')}`).join('; ')}.\n`);
      }
    }
  }

  // ---- Binaryen levels
  if (results.opt) {
    md.push('## Binaryen optimization levels (`bench/opt.bench.js`)\n');
    md.push(renderOpt(results.opt));
    md.push('');
  }

  // ---- the per-issue scripts
  if (results.issues?.scripts?.length) {
    md.push('## Appendix: the per-issue scripts\n');
    md.push('Run by the suite in their own processes, as `npm run bench` ran them before; their own output (headings moved under this appendix; plain-text tables in code blocks; `docs/benchmarks.md` explains each script).\n');
    for (const s of results.issues.scripts) {
      md.push(`### \`node ${s.file}\` (${s.seconds} s${s.exitCode ? `, exit ${s.exitCode}` : ''})\n`);
      md.push(s.output.trim() ? scriptOutput(s.output) : '_(no output)_');
      md.push('');
    }
  }
  md.push(`---\n_${Object.keys(charts).length} charts, written by \`bench/suite/svg.mjs\`. Regenerate this file from results.json with \`node bench/suite/report.mjs\`._`);
  return { markdown: md.filter((l) => l !== '').join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n', charts };
}

/**
 * A per-issue script's output as part of this report: Markdown (tables) stays Markdown, with its
 * headings moved under the appendix's and blank lines around tables; anything else (aligned plain
 * text) goes into a code block.
 * @param {string} output
 */
export function scriptOutput(output) {
  const lines = output.trim().split('\n');
  if (!lines.some((l) => /^\|[\s:|-]*---/.test(l))) return '```\n' + lines.join('\n') + '\n```';
  /** @type {string[]} */
  const out = [];
  lines.forEach((l, i) => {
    const line = l.replace(/^#{1,6} /, '#### ');
    const isRow = line.startsWith('|');
    const prev = out.length ? out[out.length - 1] : '';
    if (i > 0 && prev !== '' && (isRow !== prev.startsWith('|') || line.startsWith('####'))) out.push('');
    out.push(line);
  });
  return out.join('\n');
}

/**
 * opt.json (bench/opt.bench.js): per level, sizes relative to -O0 and optimization time over its
 * programs, then the brotli size of each program per level. Another shape: arrays of flat
 * records become tables, the rest JSON.
 * @param {any} opt
 */
export function renderOpt(opt) {
  if (Array.isArray(opt?.summary) && Array.isArray(opt?.results) && opt.results.every((/** @type {any} */ r) => r.program !== undefined && r.opt !== undefined)) {
    const level = (/** @type {unknown} */ o) => `-O${o}`;
    const pct = (/** @type {number} */ v) => (typeof v === 'number' ? `${(v * 100).toFixed(0)} %` : '—');
    const parts = [`Module size relative to -O0 and Binaryen's time, over ${new Set(opt.results.map((/** @type {any} */ r) => r.program)).size} programs (${opt.runs ?? '?'} runs each${opt.binaryenLoadMs ? `; loading Binaryen: ${fmtMs(opt.binaryenLoadMs)}` : ''}):`];
    parts.push(table(['level', 'raw', 'gzip', 'brotli', 'optimize time, all programs'], opt.summary.map((/** @type {any} */ r) => [level(r.opt), pct(r.raw), pct(r.gzip), pct(r.brotli), fmtMs(r.optimizeMs)])));
    const levels = [...new Set(opt.results.map((/** @type {any} */ r) => r.opt))];
    const programs = [...new Set(opt.results.map((/** @type {any} */ r) => r.program))];
    parts.push('Brotli size per program:');
    parts.push(table(['program', ...levels.map(level)], programs.map((p) => [/** @type {string} */ (p), ...levels.map((l) => fmtBytes(opt.results.find((/** @type {any} */ r) => r.program === p && r.opt === l)?.brotli))])));
    return parts.join('\n\n');
  }
  /** @param {any[]} list */
  const asTable = (list) => {
    const cols = [...new Set(list.flatMap((r) => Object.keys(r)))].filter((k) => list.every((r) => r[k] === undefined || typeof r[k] !== 'object' || r[k] === null));
    return table(cols, list.map((r) => cols.map((k) => (typeof r[k] === 'number' && /bytes|size/i.test(k) ? fmtBytes(r[k]) : typeof r[k] === 'number' && /ms$/i.test(k) ? fmtMs(r[k]) : r[k] ?? '—'))));
  };
  if (Array.isArray(opt) && opt.every((r) => r && typeof r === 'object')) return asTable(opt);
  if (opt && typeof opt === 'object') {
    const parts = [];
    for (const [k, v] of Object.entries(opt)) {
      if (Array.isArray(v) && v.length && v.every((r) => r && typeof r === 'object' && !Array.isArray(r))) parts.push(`**${k}**\n\n${asTable(v)}`);
      else parts.push(`**${k}**: \`${JSON.stringify(v).slice(0, 400)}\``);
    }
    return parts.join('\n\n');
  }
  return '```json\n' + JSON.stringify(opt, null, 2) + '\n```';
}

/**
 * Writes report.md and the charts into outDir (stale throughput-*.svg from kernels no longer
 * measured are removed); returns the files written.
 * @param {any} results @param {string} outDir
 */
export function writeReport(results, outDir) {
  const { markdown, charts } = renderReport(results);
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    if (/^(startup|size|throughput-.*|boundary-.*|workers-.*)\.svg$/.test(f) && !charts[f]) fs.rmSync(path.join(outDir, f));
  }
  const files = [];
  for (const [name, svg] of Object.entries(charts)) {
    fs.writeFileSync(path.join(outDir, name), svg);
    files.push(path.join(outDir, name));
  }
  fs.writeFileSync(path.join(outDir, 'report.md'), markdown);
  files.unshift(path.join(outDir, 'report.md'));
  return files;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const file = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../results/results.json'));
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  const files = writeReport(results, path.dirname(file));
  console.log(`wrote ${files.length} files: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
}
