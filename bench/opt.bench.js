// Binaryen optimization levels: module size (raw, gzip -9, brotli q11) and optimization time per
// level, for the demo kernels and a few conformance programs. Times are medians of `--runs` runs
// (default 3) in this thread, Binaryen already loaded (its load time is reported once).
// Run: node bench/opt.bench.js [--runs N]   (after npm run build). Prints markdown tables and
// writes bench/results/opt.json.
import fs from 'node:fs';
import zlib from 'node:zlib';

import { createCompiler } from '../web/index.js';
import { OPT_LEVELS, loadBinaryen, optimizeWith } from '../web/optimize.js';

const PROGRAMS = [
  ['demo kernels', 'web/demo/kernels.go'],
  ['fmt_composite', 'tests/conformance/run/fmt_composite.go'],
  ['generic_type_lru', 'tests/conformance/run/generic_type_lru.go'],
  ['strconv_float_random', 'tests/conformance/run/strconv_float_random.go'],
  ['recover_repanic', 'tests/conformance/run/recover_repanic.go'],
];

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** @param {Uint8Array} bytes */
function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const root = new URL('../', import.meta.url);
const compiler = await createCompiler();
let t = performance.now();
const binaryen = await loadBinaryen();
const loadMs = performance.now() - t;
let version = '?';
try {
  version = JSON.parse(fs.readFileSync(new URL('node_modules/binaryen/package.json', root), 'utf8')).version;
} catch {
  // not where npm usually puts it: the version is only for the report
}
// Warm up the JIT: the first optimization in a process is several times slower than the next.
const warm = compiler.compile(fs.readFileSync(new URL(PROGRAMS[0][1], root), 'utf8'));
if (warm.wasm) for (const opt of ['s', 3]) optimizeWith(binaryen, warm.wasm, { opt });

const results = [];
for (const [name, file] of PROGRAMS) {
  const source = fs.readFileSync(new URL(file, root), 'utf8');
  const compileTimes = [];
  let plain;
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    plain = compiler.compile(source, { filename: file });
    compileTimes.push(performance.now() - t);
  }
  if (!plain?.ok || !plain.wasm) throw new Error(`${file} does not compile: ${JSON.stringify(plain?.diagnostics)}`);
  for (const opt of OPT_LEVELS) {
    let out = plain.wasm;
    const times = [];
    if (opt !== 0) {
      for (let i = 0; i < RUNS; i++) {
        const r = optimizeWith(binaryen, plain.wasm, { opt });
        times.push(r.ms);
        out = r.wasm;
      }
    }
    results.push({ program: name, file, opt, ...sizes(out), optimizeMs: opt === 0 ? 0 : median(times), compileMs: median(compileTimes) });
  }
}

const pct = (/** @type {number} */ a, /** @type {number} */ b) => `${((a / b) * 100).toFixed(0)}%`;
const level = (/** @type {number | string} */ opt) => (opt === 0 ? '0' : `-O${opt}`);

const lines = [
  `binaryen.js ${version}, Node ${process.version}, target js, median of ${RUNS} runs; loading Binaryen took ${loadMs.toFixed(0)} ms (once).`,
  '',
  '| program | level | raw | gzip | brotli | raw vs 0 | brotli vs 0 | optimize |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
];
for (const r of results) {
  const base = results.find((b) => b.program === r.program && b.opt === 0);
  lines.push(
    `| ${r.program} | ${level(r.opt)} | ${r.raw} | ${r.gzip} | ${r.brotli} | ${pct(r.raw, base.raw)} | ${pct(r.brotli, base.brotli)} | ${r.opt === 0 ? `compile ${r.compileMs.toFixed(0)} ms` : `${r.optimizeMs.toFixed(0)} ms`} |`,
  );
}
lines.push('', '| level | raw vs 0 (mean) | gzip vs 0 | brotli vs 0 | optimize ms (sum over programs) |', '|---|---:|---:|---:|---:|');
const summary = [];
for (const opt of OPT_LEVELS) {
  const rows = results.filter((r) => r.opt === opt);
  const mean = (/** @type {'raw' | 'gzip' | 'brotli'} */ key) =>
    rows.reduce((s, r) => s + r[key] / results.find((b) => b.program === r.program && b.opt === 0)[key], 0) / rows.length;
  const row = { opt, raw: mean('raw'), gzip: mean('gzip'), brotli: mean('brotli'), optimizeMs: rows.reduce((s, r) => s + r.optimizeMs, 0) };
  summary.push(row);
  lines.push(`| ${level(opt)} | ${(row.raw * 100).toFixed(0)}% | ${(row.gzip * 100).toFixed(0)}% | ${(row.brotli * 100).toFixed(0)}% | ${row.optimizeMs.toFixed(0)} |`);
}
console.log(lines.join('\n'));

const outDir = new URL('results/', import.meta.url);
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(
  new URL('opt.json', outDir),
  JSON.stringify({ binaryen: version, node: process.version, runs: RUNS, binaryenLoadMs: loadMs, results, summary }, null, 2) + '\n',
);
console.log(`\nwrote ${new URL('opt.json', outDir).pathname}`);
