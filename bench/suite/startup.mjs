// Section 1, start-up: per path, the stages from nothing to a first result — loading the compiler
// (gomethod paths), compiling, instantiating, the first call — as the loader
// (bench/kernels/paths.mjs) times them.
//  - cold: each path in a fresh Node process (startup-child.mjs), several processes per path,
//    paths in turn (round r starts with a different path), medians per stage; also the
//    process's age at the first result (Node's own start-up included);
//  - warm: loadPath again and again in this process (compiler, JIT and caches warm), medians.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { median } from './stats.mjs';

const execFileP = promisify(execFile);
// settleMs (gomethod paths): V8 holds the first instantiate after the compiler ran back until the
// compiler module's background tier-up is done; the loader waits for it untimed and reports it.
// A page that compiles and then instantiates pays it, so it is part of the cold total.
const STAGES = ['loadCompilerMs', 'compileMs', 'settleMs', 'instantiateMs', 'firstCallMs'];

/** Medians per stage over a list of startup records (absent stages stay absent). @param {any[]} recs */
export function medianStages(recs) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const s of STAGES) {
    const xs = recs.map((r) => r?.[s]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (xs.length) out[s] = median(xs);
  }
  out.totalMs = STAGES.reduce((a, s) => a + (out[s] ?? 0), 0);
  return out;
}

/** @param {any} ctx */
export async function run(ctx) {
  const { kernels, quick, log } = ctx;
  const procs = quick ? 2 : 5;
  const warmRuns = quick ? 2 : 5;
  const child = path.join(ctx.suiteDir, 'startup-child.mjs');
  /** @type {Record<string, any[]>} */
  const cold = Object.fromEntries(kernels.PATHS.map((/** @type {string} */ p) => [p, []]));
  /** @type {Record<string, string>} */
  const errors = {};
  for (let r = 0; r < procs; r++) {
    const order = kernels.PATHS.map((/** @type {string} */ _, i) => kernels.PATHS[(i + r) % kernels.PATHS.length]);
    for (const p of order) {
      if (errors[p]) continue;
      try {
        const { stdout } = await execFileP(process.execPath, [child, ctx.kernelsUrl, p], { timeout: 120_000, maxBuffer: 1 << 20, cwd: ctx.repoRoot });
        const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
        if (!line) throw new Error(`no result line in: ${stdout.slice(0, 200)}`);
        cold[p].push(JSON.parse(line));
      } catch (err) {
        const e = /** @type {any} */ (err);
        errors[p] = `${e.message.split('\n')[0]} ${String(e.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`.trim();
        ctx.results.failures.push({ section: 'startup', kind: 'load', path: p, message: `${p}: cold start failed: ${errors[p]}` });
      }
    }
  }
  log(`startup: ${procs} fresh processes per path done`);

  /** @type {Record<string, any[]>} */
  const warm = Object.fromEntries(kernels.PATHS.map((/** @type {string} */ p) => [p, []]));
  /** @type {Record<string, { ms: number, tool: string }>} */
  const aotBuild = {};
  for (let r = 0; r < warmRuns + 1; r++) {
    for (const p of kernels.PATHS) {
      if (errors[p]) continue;
      try {
        const loaded = await kernels.loadPath(p);
        if (r > 0) warm[p].push(loaded.startup); // the first load in this process is not warm
        if (loaded.build?.ms) aotBuild[p] = loaded.build;
        loaded.dispose();
      } catch (err) {
        errors[p] = /** @type {Error} */ (err).message;
        ctx.results.failures.push({ section: 'startup', kind: 'load', path: p, message: `${p}: load failed: ${errors[p]}` });
      }
    }
  }

  const rows = kernels.PATHS.map((/** @type {string} */ p) => ({
    path: p,
    cold: cold[p].length ? { ...medianStages(cold[p].map((c) => c.startup)), importMs: median(cold[p].map((c) => c.importMs)), processMs: median(cold[p].map((c) => c.processMs)), runs: cold[p].length } : null,
    target: cold[p][0]?.target ?? null,
    warm: warm[p].length ? { ...medianStages(warm[p]), runs: warm[p].length } : null,
    error: errors[p] ?? null,
  }));
  return { processesPerPath: procs, warmRuns, rows, aotBuild };
}
