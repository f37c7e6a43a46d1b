// The earlier per-issue benchmark scripts (bench/*.bench.js: compile speed and sizes, the ABI
// marshaller against embind, methods and generics, the memory models, the worker pool against
// Comlink, and the Binaryen levels when bench/opt.bench.js exists), each run in its own Node
// process as before; their Markdown output is kept verbatim in results.json and in an appendix of
// the report. They still run on their own: node bench/<name>.bench.js.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const SCRIPTS = ['compile', 'abi', 'methods', 'gc', 'pool', 'opt'];

/** @param {string} file @param {string} cwd @returns {Promise<{ code: number | null, stdout: string, stderr: string }>} */
function runScript(file, cwd) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 10 * 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** @param {any} ctx */
export async function run(ctx) {
  const scripts = [];
  for (const name of SCRIPTS) {
    const file = path.join(ctx.repoRoot, 'bench', `${name}.bench.js`);
    if (!fs.existsSync(file)) continue;
    if (ctx.quick && name !== 'compile') continue; // --quick: only the fast one, to exercise the plumbing
    const t0 = performance.now();
    ctx.log(`issues: node bench/${name}.bench.js…`);
    const r = await runScript(file, ctx.repoRoot);
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    if (r.code !== 0) {
      ctx.results.failures.push({ section: 'issues', kind: 'error', message: `bench/${name}.bench.js exited with ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` });
    }
    // em++/emcc chatter and progress lines on stderr are dropped; stdout is the script's report.
    scripts.push({ name, file: `bench/${name}.bench.js`, exitCode: r.code, seconds, output: r.stdout.trim() });
  }
  return { scripts };
}
