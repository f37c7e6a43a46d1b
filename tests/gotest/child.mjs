// A child process of the Go test-suite pool (harness.mjs): loads the compiler once, then for each
// { type: 'run', id, path } message compiles the file with gomethod's JS API, runs it with
// runProgram and answers { type: 'result', id, result } (a RunResult: the diagnostics, or the exit
// status and the combined stdout+stderr). The parent kills this process when a program runs too
// long; argv[2] is the most output a program may write before it is stopped.

import fs from 'node:fs';
import path from 'node:path';

import { createCompiler, runProgram } from '../../web/index.js';

const maxOutput = Number(process.argv[2]) || 1 << 20;

class OutputLimit extends Error {}

const compiler = await createCompiler();

/**
 * @param {string} file
 * @returns {Promise<import('./harness.mjs').RunResult>}
 */
async function runOne(file) {
  await compiler.ready(); // after an internal compiler error the instance restarts
  const source = fs.readFileSync(file, 'utf8');
  const t0 = performance.now();
  const out = compiler.compile(source, { filename: path.basename(file) });
  const compileMs = performance.now() - t0;
  const diagnostics = out.diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message }));
  if (!out.ok || !out.wasm) return { compiled: false, diagnostics, compileMs };

  let output = '';
  /** @param {string} text */
  const sink = (text) => {
    output += text;
    if (output.length > maxOutput) throw new OutputLimit(`output exceeds ${maxOutput} bytes`);
  };
  const t1 = performance.now();
  try {
    const status = await runProgram(out.wasm, { stdout: sink, stderr: sink });
    return { compiled: true, status, output, compileMs, runMs: performance.now() - t1 };
  } catch (err) {
    const e = /** @type {Error} */ (err);
    const what = err instanceof OutputLimit ? e.message : `host error: ${e?.name ?? 'Error'}: ${e?.message ?? e}`;
    return { compiled: true, output, error: what.split('\n')[0], compileMs, runMs: performance.now() - t1 };
  }
}

process.on('message', async (/** @type {any} */ msg) => {
  if (msg?.type !== 'run') return;
  /** @type {import('./harness.mjs').RunResult} */
  let result;
  try {
    result = await runOne(msg.path);
  } catch (err) {
    result = { compiled: false, crash: `runner error: ${/** @type {Error} */ (err)?.stack ?? err}` };
  }
  process.send?.({ type: 'result', id: msg.id, result });
});

process.send?.({ type: 'ready', version: compiler.version });
