// The pure parts of the benchmark suite (bench/suite/): statistics, the SVG chart writer, and the
// report rendered from a fixture results object. Nothing here times anything real.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { median, quantile, percentiles, geomean, summarize, timeInterleaved } from '../../bench/suite/stats.mjs';
import { barChart, lineChart, tickLabel } from '../../bench/suite/svg.mjs';
import { renderReport, writeReport, keyRatios, whereWeLose, throughputRatios, fmtMs, fmtBytes, fmtN, table, scriptOutput } from '../../bench/suite/report.mjs';
import { parseArgs, SECTIONS } from '../../bench/suite/run.mjs';
import { sizes as compressedSizes } from '../../bench/suite/memory.mjs';
import { medianStages } from '../../bench/suite/startup.mjs';

/**
 * Whether a string is well-formed XML as far as elements go: every tag closed in order, one root,
 * attributes quoted, no stray '<' or unescaped '&' in text.
 * @param {string} xml
 */
function wellFormed(xml) {
  const stack = [];
  let roots = 0;
  const re = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g;
  let m;
  while ((m = re.exec(xml))) {
    if (m[0] === '<' || m[0] === '&') return false;
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
  }
  return stack.length === 0 && roots === 1;
}

const count = (/** @type {string} */ s, /** @type {RegExp} */ re) => (s.match(re) ?? []).length;

describe('stats', () => {
  test('median, quantiles, percentiles, geometric mean', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([5], 0.99)).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
    const xs = Array.from({ length: 101 }, (_, i) => i);
    const p = percentiles(xs);
    expect(p).toMatchObject({ n: 101, min: 0, p50: 50, p95: 95, p99: 99, max: 100, mean: 50 });
    expect(geomean([1, 4])).toBeCloseTo(2, 12);
    expect(geomean([2, 2, 2])).toBeCloseTo(2, 12);
    expect(Number.isNaN(geomean([]))).toBe(true);
    expect(Number.isNaN(geomean([1, 0]))).toBe(true);
    expect(summarize([4, 2, 8, 6])).toMatchObject({ median: 5, min: 2, n: 4 });
  });

  test('timeInterleaved warms up, calibrates, rotates the order and returns medians per call', async () => {
    /** @type {string[]} */
    const order = [];
    let spin = 0;
    const busy = (/** @type {number} */ n) => {
      for (let i = 0; i < n; i++) spin += Math.sqrt(i);
      return spin;
    };
    const bodies = ['a', 'b', 'c'].map((key, i) => ({
      key,
      fn: () => busy(2000 * (i + 1)),
      before: () => {
        order.push(key);
      },
    }));
    const rounds = 4;
    const res = await timeInterleaved(bodies, { warmup: 1, rounds, minSampleMs: 1 });
    expect(res.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    for (const r of res) {
      expect(r.samples).toHaveLength(rounds);
      expect(r.ms).toBeGreaterThan(0);
      expect(r.calls).toBeGreaterThanOrEqual(1);
      expect(r.p25).toBeLessThanOrEqual(r.p75);
    }
    // The timed rounds (the last rounds × 3 `before` calls) start with a different body each round.
    const timed = order.slice(order.length - rounds * 3);
    expect([0, 1, 2, 3].map((r) => timed[r * 3])).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('svg', () => {
  test('a grouped bar chart has one bar per present value and is well-formed', () => {
    const svg = barChart({
      title: 'sizes <raw> & "gzip"',
      categories: ['direct', 'aot', 'stdgo'],
      series: [{ name: 'raw', values: [100, 200, 300] }, { name: 'gzip', values: [50, null, 150] }],
      yLabel: 'bytes',
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(count(svg, /<rect class="bar"/g)).toBe(5);
    expect(count(svg, /<g class="legend">/g)).toBe(2);
    expect(svg).toContain('sizes &lt;raw&gt; &amp; &quot;gzip&quot;');
  });

  test('stacked and log-scale bar charts', () => {
    const stacked = barChart({ title: 't', categories: ['a', 'b'], stacked: true, series: [{ name: 'x', values: [1, 2] }, { name: 'y', values: [3, 0] }] });
    expect(wellFormed(stacked)).toBe(true);
    expect(count(stacked, /<rect class="bar"/g)).toBe(4);
    const log = barChart({ title: 't', categories: ['a', 'b'], log: true, series: [{ name: 'x', values: [10, 0] }, { name: 'y', values: [1e6, 100] }] });
    expect(wellFormed(log)).toBe(true);
    expect(count(log, /<rect class="bar"/g)).toBe(3); // the 0 cannot be drawn on a log axis
  });

  test('a log-log line chart has a polyline per series and a point per value', () => {
    const svg = lineChart({
      title: 'throughput',
      xLog: true,
      yLog: true,
      xTicks: [1e3, 1e5, 1e6],
      series: [
        { name: 'direct', points: [[1e3, 0.01], [1e5, 1], [1e6, 10]] },
        { name: 'aot', points: [[1e3, 0.005], [1e5, null], [1e6, 5]] },
        { name: 'broken', points: [[1e3, -1]] },
      ],
    });
    expect(wellFormed(svg)).toBe(true);
    expect(count(svg, /<circle class="point"/g)).toBe(5);
    expect(count(svg, /<polyline class="line"/g)).toBe(2);
    expect(svg).toContain('>10⁶<');
    expect(tickLabel(1000, true)).toBe('1000');
    expect(tickLabel(1e5, true)).toBe('10⁵');
    expect(tickLabel(0.01, true)).toBe('10⁻²');
    expect(tickLabel(25000, false)).toBe('25k');
  });
});

/** A small but complete results object, shaped like run.mjs writes it. */
function fixture() {
  const kernels = [
    { name: 'sum', title: 'Integer sum', unit: 'int32 elements', sizes: [1e3, 1e6] },
    { name: 'sort', title: 'Sort', unit: 'int32 elements', sizes: [1e3, 1e6] },
  ];
  const variants = [
    { key: 'direct:conservative', path: 'direct', gc: 'conservative' },
    { key: 'direct:leaking', path: 'direct', gc: 'leaking' },
    { key: 'aot', path: 'aot', gc: null },
    { key: 'stdgo', path: 'stdgo', gc: null },
    { key: 'assemblyscript', path: 'assemblyscript', gc: null },
    { key: 'plainjs', path: 'plainjs', gc: null },
  ];
  // ms per call: ours is 2× aot, 0.5× stdgo, 1× AssemblyScript, 4× plain JS on sum; on sort 3× aot.
  const base = { sum: 1, sort: 10 };
  const factor = {
    sum: { 'direct:conservative': 2, 'direct:leaking': 1.5, aot: 1, stdgo: 4, assemblyscript: 2, plainjs: 0.5 },
    sort: { 'direct:conservative': 3, 'direct:leaking': 3, aot: 1, stdgo: 3, assemblyscript: 3, plainjs: 3 },
  };
  const cells = [];
  for (const k of kernels) {
    for (const size of k.sizes) {
      for (const mode of ['resident', 'copy']) {
        for (const v of variants) {
          cells.push({
            kernel: k.name, size, mode, variant: v.key, path: v.path, gc: v.gc,
            ms: base[/** @type {'sum' | 'sort'} */ (k.name)] * (size / 1e6) * factor[/** @type {'sum' | 'sort'} */ (k.name)][/** @type {'sum'} */ (v.key)],
            collector: v.key === 'direct:conservative' ? { collections: 3, calls: 100, meanPauseMs: 0.5, maxPauseMs: 0.9, gcShare: 0.05 } : null,
            memoryBytes: 1 << 20,
          });
        }
      }
    }
  }
  const boundary = [];
  for (const data of ['string', 'float64']) {
    for (const n of [100, 10000]) {
      for (const [op, mode, ms] of [['in', 'js', 1], ['in', 'json', 20], ['in', 'copy', 2], ['in', 'view', 1.1], ['roundtrip', 'json', 40], ['roundtrip', 'copy', 4], ['roundtrip', 'view', 1.2]]) {
        boundary.push({ data, op, mode, n, ms: (/** @type {number} */ (ms) * n) / 1e6 });
      }
    }
  }
  return {
    suite: 'gomethod benchmark suite (issue 8)',
    quick: false,
    totalSeconds: 420,
    environment: { date: '2026-11-30T00:00:00.000Z', cpu: 'Test CPU', cores: 2, memoryGiB: 8, os: 'Linux', node: 'v20.0.0', v8: '11', go: 'go1.19.8', emcc: '3.1.6', asc: '0.28.20', binaryen: '132.0.0', commit: '0123456789abcdef', dirty: false, chromium: '156.0' },
    paths: [
      { path: 'direct', title: 'gomethod, target direct', kind: 'gomethod' },
      { path: 'aot', title: 'C++ ahead of time', kind: 'anchor' },
      { path: 'stdgo', title: 'Go 1.19 GOOS=js', kind: 'anchor' },
      { path: 'assemblyscript', title: 'AssemblyScript -O3', kind: 'anchor' },
      { path: 'plainjs', title: 'plain JS', kind: 'anchor' },
    ],
    kernels,
    failures: [{ section: 'throughput', kind: 'mismatch', path: 'stdgo', kernel: 'sum', size: 1000, message: 'sum n=1000 resident on stdgo: got 1, plain JS 2' }],
    startup: {
      processesPerPath: 5,
      warmRuns: 5,
      aotBuild: { stdgo: { ms: 5000, tool: 'go build' } },
      rows: [
        { path: 'direct', cold: { loadCompilerMs: 20, compileMs: 100, instantiateMs: 10, firstCallMs: 1, totalMs: 131, processMs: 300 }, warm: { totalMs: 50 } },
        { path: 'aot', cold: { instantiateMs: 10, firstCallMs: 1, totalMs: 11, processMs: 150 }, warm: { totalMs: 2 } },
        { path: 'stdgo', cold: { instantiateMs: 100, firstCallMs: 10, totalMs: 110, processMs: 250 }, warm: { totalMs: 20 } },
        { path: 'assemblyscript', cold: { instantiateMs: 5, firstCallMs: 1, totalMs: 6, processMs: 140 }, warm: { totalMs: 1 } },
        { path: 'plainjs', cold: { instantiateMs: 3, firstCallMs: 0.1, totalMs: 3.1, processMs: 130 }, warm: { totalMs: 0.5 } },
      ],
    },
    memory: {
      rows: [
        { path: 'direct', gc: 'conservative', wasm: { raw: 48000, gzip: 20000, brotli: 16000 }, glue: { raw: 0, gzip: null, brotli: null }, memoryAfterFirstCall: 1 << 20 },
        { path: 'direct', gc: 'leaking', wasm: { raw: 30000, gzip: 12000, brotli: 10000 }, glue: { raw: 0, gzip: null, brotli: null }, memoryAfterFirstCall: 1 << 20 },
        { path: 'aot', gc: null, wasm: { raw: 26000, gzip: 12000, brotli: 10000 }, glue: { raw: 39000, gzip: 10000, brotli: 8000 }, memoryAfterFirstCall: 16 << 20 },
        { path: 'stdgo', gc: null, wasm: { raw: 1.6e6, gzip: 500000, brotli: 400000 }, glue: { raw: 16000, gzip: 5000, brotli: 4000 }, memoryAfterFirstCall: 17 << 20 },
        { path: 'assemblyscript', gc: null, wasm: { raw: 14000, gzip: 6000, brotli: 5000 }, glue: { raw: 5700, gzip: 1500, brotli: 1000 }, memoryAfterFirstCall: 65536 },
        { path: 'plainjs', gc: null, wasm: { raw: 0, gzip: 0, brotli: 0 }, glue: { raw: 6000, gzip: 2000, brotli: 1600 }, memoryAfterFirstCall: 0 },
      ],
      compiler: { wasm: { raw: 1.5e6, gzip: 500000, brotli: 380000 }, glue: { raw: 60000, gzip: 12000, brotli: 9000 }, runtime: { raw: 200000, gzip: 50000, brotli: 40000 } },
    },
    throughput: { variants, modes: ['resident', 'copy'], options: { default: { warmup: 2, rounds: 7, minSampleMs: 5 }, largest: { warmup: 1, rounds: 5, minSampleMs: 5 } }, leakLimitBytes: 512 << 20, cells },
    boundary: { sizes: [100, 10000], rows: boundary },
    workers: {
      cores: 2, taskMs: 6,
      environment: { chromium: '156.0', cores: 2, crossOriginIsolated: true },
      latency: {
        main: { n: 3000, p50: 0.00001, p95: 0.00002, p99: 0.00003 },
        postMessage: { n: 3000, p50: 0.05, p95: 0.08, p99: 0.1 },
        workerPool: { n: 3000, p50: 0.1, p95: 0.15, p99: 0.3 },
      },
      scaling: [{ workers: 0, callsPerSecond: 160 }, { workers: 1, callsPerSecond: 150 }, { workers: 2, callsPerSecond: 290 }],
      fps: {
        idle: { fps: 60, dropped: 0, long: 0, maxGapMs: 17, seconds: 2 },
        main: { fps: 20, dropped: 160, long: 80, maxGapMs: 60, seconds: 4, tasksPerSecond: 150, tilesPerFrame: 5 },
        workers: { fps: 59, dropped: 4, long: 0, maxGapMs: 30, seconds: 4, tasksPerSecond: 280, workers: 2 },
      },
    },
    chromium: { startup: [{ path: 'direct', compileMs: 100, instantiateMs: 5, firstCallMs: 1, totalMs: 106, warmTotalMs: 60 }], throughput: [{ kernel: 'sum', size: 1000, mode: 'resident', path: 'direct', ms: 0.002 }, { kernel: 'sum', size: 1000, mode: 'resident', path: 'aot', ms: 0.001 }], unavailable: { wasi: 'no shim' } },
    issues: { scripts: [{ name: 'compile', file: 'bench/compile.bench.js', exitCode: 0, seconds: 2, output: '| program | ms |\n|---|---|\n| add | 2 |' }] },
    opt: [{ level: 'O0', bytes: 48000 }, { level: 'O3', bytes: 30000 }],
  };
}

describe('report', () => {
  test('the key ratios are our median time over each anchor\'s', () => {
    const r = fixture();
    const kr = keyRatios(r, 'resident');
    expect(kr.ours).toBe('direct:conservative');
    const sum = kr.kernels.find((k) => k.kernel === 'sum');
    expect(sum.size).toBe(1e6);
    expect(sum.aot).toBeCloseTo(2, 12);
    expect(sum.stdgo).toBeCloseTo(0.5, 12);
    expect(sum.assemblyscript).toBeCloseTo(1, 12);
    expect(sum.plainjs).toBeCloseTo(4, 12);
    expect(kr.geo.aot).toBeCloseTo(Math.sqrt(2 * 3), 12);
    expect(kr.startup.aot).toBeCloseTo(131 / 11, 12);
    expect(kr.size.assemblyscript).toBeCloseTo(16000 / 6000, 12);
    expect(throughputRatios(r, 'copy')).toHaveLength(4);
  });

  test('"where we lose" lists the kernels, start-up, size, the memory model and the worker round trip', () => {
    const items = whereWeLose(fixture());
    expect(items[0]).toMatch(/^\*\*sum\*\*, n = 10⁶: resident 4\.00× plain JS's time, 2\.00× C\+\+ \(aot\)'s time; as called/);
    expect(items[1]).toMatch(/^\*\*sort\*\*/);
    expect(items.some((i) => i.startsWith('**cold start**') && i.includes('compiling (100 ms)'))).toBe(true);
    expect(items.some((i) => i.startsWith('**download size**'))).toBe(true);
    expect(items.some((i) => i.startsWith('**the conservative memory model\'s cost**') && i.includes('sum resident 1.33×'))).toBe(true);
    expect(items.some((i) => i.startsWith('**worker round trip**') && i.includes('2.00×'))).toBe(true);
    expect(items.some((i) => i.startsWith('**copying arguments in**'))).toBe(true);
    expect(items.join('\n')).not.toMatch(/standard Go's time/); // ours is faster than standard Go on sum, equal on sort
  });

  test('the report has every section, loud failures, and references exactly the charts it writes', () => {
    const { markdown, charts } = renderReport(fixture());
    for (const h of ['# gomethod benchmark report', '## ⚠ 1 failure', '## Environment', '## Key ratios', '## Where we lose', '## 1. Start-up', '## 2. Memory',
      '## 3. Throughput against data size', '### Memory models and the collector', '## 4. Boundary cost', '## 5. Workers against the main thread (Chromium)',
      '## Chromium: start-up and kernels', '## Binaryen optimization levels', '## Appendix: the per-issue scripts']) {
      expect(markdown).toContain(h);
    }
    expect(markdown).toContain('sum n=1000 resident on stdgo: got 1, plain JS 2');
    expect(markdown).toContain('| **geometric mean** |');
    expect(markdown).toContain('| sum | 10⁶ | 2.00 ms | 2.00× | 0.50× | 1.00× | 4.00× |');
    const referenced = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)].map((m) => m[1]);
    expect(new Set(referenced)).toEqual(new Set(Object.keys(charts)));
    expect(Object.keys(charts).sort()).toEqual(['boundary-float64.svg', 'boundary-string.svg', 'size.svg', 'startup.svg', 'throughput-sort-copy.svg', 'throughput-sort.svg',
      'throughput-sum-copy.svg', 'throughput-sum.svg', 'workers-fps.svg', 'workers-latency.svg', 'workers-scaling.svg'].sort());
    for (const svg of Object.values(charts)) expect(wellFormed(svg)).toBe(true);
    // One line per variant that is not a leaking anchor: direct (conservative, leaking) and the four anchors.
    expect(count(charts['throughput-sum.svg'], /<polyline class="line"/g)).toBe(6);
    expect(count(charts['startup.svg'], /<rect class="bar"/g)).toBe(4 + 4 * 2);
    // Every table row has as many cells as its header.
    for (const block of markdown.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = block.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(rows).size).toBe(1);
    }
  });

  test('writeReport writes report.md and the charts, and removes charts no longer produced', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    try {
      fs.writeFileSync(path.join(dir, 'throughput-gone.svg'), '<svg/>');
      const files = writeReport(fixture(), dir);
      expect(files[0]).toBe(path.join(dir, 'report.md'));
      expect(fs.existsSync(path.join(dir, 'throughput-gone.svg'))).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.svg'))).toHaveLength(11);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('formatting and small helpers', () => {
    expect(fmtMs(0.0000123)).toBe('12.3 ns');
    expect(fmtMs(0.0456)).toBe('45.6 µs');
    expect(fmtMs(1.234)).toBe('1.23 ms');
    expect(fmtMs(2500)).toBe('2.50 s');
    expect(fmtMs(undefined)).toBe('—');
    expect(fmtBytes(512)).toBe('512 B');
    expect(fmtBytes(2048)).toBe('2.00 KiB');
    expect(fmtN(1e6)).toBe('10⁶');
    expect(fmtN(10)).toBe('10');
    expect(table(['a', 'b'], [['x|y', 1]])).toBe('| a | b |\n|---|---:|\n| x\\|y | 1 |');
    const z = compressedSizes(new Uint8Array(10000));
    expect(z.raw).toBe(10000);
    expect(z.gzip).toBeLessThan(200);
    expect(z.brotli).toBeLessThan(100);
    expect(medianStages([{ compileMs: 1, instantiateMs: 2 }, { compileMs: 3, instantiateMs: 4 }, { compileMs: 5, instantiateMs: 9 }])).toEqual({ compileMs: 3, instantiateMs: 4, totalMs: 7 });
  });

  test('the per-issue scripts\' output fits under the appendix', () => {
    expect(scriptOutput('title line\n| a | b |\n|---|---|\n| 1 | 2 |\n## Section\ntext')).toBe('title line\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n#### Section\ntext');
    expect(scriptOutput('call     raw\n-------  ---\nadd      2 ns\n')).toBe('```\ncall     raw\n-------  ---\nadd      2 ns\n```');
  });

  test('run.mjs arguments', () => {
    expect(parseArgs([]).only).toEqual(SECTIONS);
    expect(parseArgs(['--quick', '--only=throughput,boundary'])).toMatchObject({ quick: true, only: ['throughput', 'boundary'] });
    expect(parseArgs(['--skip=issues,workers']).only).toEqual(SECTIONS.filter((s) => s !== 'issues' && s !== 'workers'));
    expect(() => parseArgs(['--only=nope'])).toThrow(/unknown section nope/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument/);
  });
});
