#!/usr/bin/env node
// The benchmark suite (issue 8): `npm run bench` builds the kernels' artifacts
// (bench/kernels/build.mjs) and runs this file, which measures every row side by side in one run
// and writes bench/results/results.json, bench/results/report.md and the SVG charts it references.
//
//   node bench/suite/run.mjs                     # every section, default rounds (< 10 minutes)
//   node bench/suite/run.mjs --quick             # fewer rounds, smaller sizes: for development
//                                                #   (writes to $TMPDIR/gomethod-bench-quick/ unless --out)
//   node bench/suite/run.mjs --only=throughput,boundary
//   node bench/suite/run.mjs --skip=issues       # everything but the per-issue scripts
//   node bench/suite/run.mjs --out=/tmp/results  # somewhere else than bench/results/
//   node bench/suite/report.mjs [results.json]   # re-render report.md and the charts from JSON
//
// Sections (one module each): startup, memory, throughput, boundary (Node), workers (Chromium:
// the live page web/demo/bench.html driven by playwright-core, which also gives the kernels'
// Chromium timings), and issues (the earlier per-issue scripts bench/*.bench.js, their Markdown
// output kept in the report). BENCH_PATHS=/some/paths.mjs replaces bench/kernels/paths.mjs.
//
// Exit status: 0 when every path loaded and every result equalled plain JS's; 1 otherwise (the
// report then opens with the failures). Results are written either way.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { captureEnvironment } from './stats.mjs';
import { writeReport } from './report.mjs';

export const SUITE_DIR = path.dirname(fileURLToPath(import.meta.url));

// `npm run bench` puts node_modules/.bin first on PATH; the npm binaryen package's wasm-opt there
// breaks Emscripten 3.1.6's links (the anchors' em++ builds in the scripts run below), as in
// scripts/build.sh. The scripts inherit this environment.
process.env.PATH = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => !dir.endsWith(`${path.sep}node_modules${path.sep}.bin`))
  .join(path.delimiter);
export const REPO_ROOT = path.resolve(SUITE_DIR, '../..');
export const SECTIONS = ['startup', 'memory', 'throughput', 'boundary', 'workers', 'issues'];

/** @param {string[]} argv */
export function parseArgs(argv) {
  const opts = { quick: false, only: [...SECTIONS], out: '' };
  for (const a of argv) {
    if (a === '--quick') opts.quick = true;
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',').filter(Boolean);
    else if (a.startsWith('--skip=')) {
      const skip = a.slice(7).split(',');
      opts.only = opts.only.filter((s) => !skip.includes(s));
    } else if (a.startsWith('--out=')) opts.out = path.resolve(a.slice(6));
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 20).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
      process.exit(0);
    } else throw new Error(`run.mjs: unknown argument ${a}`);
  }
  for (const s of opts.only) if (!SECTIONS.includes(s)) throw new Error(`run.mjs: unknown section ${s} (sections: ${SECTIONS.join(', ')})`);
  // Quick numbers are not for committing: they go to a scratch directory unless told otherwise.
  opts.out ||= opts.quick ? path.join(os.tmpdir(), 'gomethod-bench-quick') : path.join(REPO_ROOT, 'bench/results');
  return opts;
}

/** The URL of the kernels' loader module (BENCH_PATHS overrides it, for development). */
export function pathsModuleUrl() {
  const p = process.env.BENCH_PATHS || path.join(REPO_ROOT, 'bench/kernels/paths.mjs');
  return pathToFileURL(path.resolve(p)).href;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // node:wasi (the wasi path) warns that it is experimental, once per process: not news here.
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    if (w.name !== 'ExperimentalWarning') console.warn(`${w.name}: ${w.message}`);
  });
  const started = performance.now();
  const log = (/** @type {string} */ msg) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
  fs.mkdirSync(opts.out, { recursive: true });

  const kernelsUrl = pathsModuleUrl();
  const kernels = await import(kernelsUrl);
  /** @type {any} */
  const results = {
    suite: 'gomethod benchmark suite (issue 8)',
    quick: opts.quick,
    sections: opts.only,
    environment: await captureEnvironment(REPO_ROOT),
    paths: kernels.PATHS.map((/** @type {string} */ p) => ({ path: p, ...kernels.PATH_INFO[p] })),
    kernels: kernels.KERNELS.map((/** @type {any} */ k) => ({ name: k.name, title: k.title, unit: k.unit, sizes: k.sizes })),
    failures: [],
  };
  // Keep what an earlier, fuller run measured for the sections this run skips, so that
  // `--only=workers` refreshes one section of the committed results without dropping the rest.
  const resultsFile = path.join(opts.out, 'results.json');
  if (opts.only.length < SECTIONS.length && fs.existsSync(resultsFile)) {
    try {
      const previous = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
      for (const s of SECTIONS) if (!opts.only.includes(s) && previous[s]) results[s] = { ...previous[s], carriedOver: previous.environment?.date ?? true };
      if (previous.chromium && !opts.only.includes('workers')) results.chromium = previous.chromium;
      results.failures.push(...(previous.failures ?? []).filter((/** @type {any} */ f) => !opts.only.includes(f.section)));
    } catch {
      // a broken previous file is simply replaced
    }
  }

  const ctx = { quick: opts.quick, kernels, kernelsUrl, repoRoot: REPO_ROOT, suiteDir: SUITE_DIR, out: opts.out, log, results };
  for (const name of SECTIONS) {
    if (!opts.only.includes(name)) continue;
    const t0 = performance.now();
    log(`section ${name}…`);
    const mod = await import(`./${name}.mjs`);
    try {
      results[name] = await mod.run(ctx);
    } catch (err) {
      const e = /** @type {Error} */ (err);
      console.error(e.stack ?? e);
      results.failures.push({ section: name, kind: 'error', message: e.message });
      results[name] = { error: e.message };
    }
    results[name].seconds = Math.round((performance.now() - t0) / 100) / 10;
    log(`section ${name} done in ${results[name].seconds} s`);
  }
  results.totalSeconds = Math.round((performance.now() - started) / 1000);
  results.environment.loadAverageEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);

  // Optimization levels (bench/opt.bench.js writes bench/results/opt.json): folded into the report.
  const optFile = path.join(REPO_ROOT, 'bench/results/opt.json');
  if (fs.existsSync(optFile)) {
    try {
      results.opt = JSON.parse(fs.readFileSync(optFile, 'utf8'));
    } catch {
      // not ours to repair
    }
  }

  // Four significant digits are more than these machines can measure, and keep the diffs readable.
  const replacer = (/** @type {string} */ _, /** @type {unknown} */ v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isInteger(v) ? +v.toPrecision(4) : v);
  fs.writeFileSync(resultsFile, JSON.stringify(results, replacer, 1) + '\n');
  const written = writeReport(results, opts.out);
  log(`wrote ${path.relative(process.cwd(), resultsFile)}, ${written.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  if (results.failures.length) {
    console.error(`\n${results.failures.length} FAILURE(S):`);
    for (const f of results.failures) console.error(`  - [${f.section}] ${f.kind}: ${f.message}`);
    process.exitCode = 1;
  }
  log(`total ${results.totalSeconds} s`);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) await main();
