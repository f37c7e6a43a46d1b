// The demo page: compiles the Go source in the textarea with gomethod, instantiates the result
// and calls add(2, 3). No inline scripts and no eval, so it runs under the strict CSP that
// scripts/serve.js sends.

import { createCompiler } from '../index.js';

const FILENAME = 'main.go';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const source = /** @type {HTMLTextAreaElement} */ ($('source'));
const button = /** @type {HTMLButtonElement} */ ($('compile'));
const status = $('status');
const version = $('version');
const time = $('time');
const size = $('size');
const result = $('result');
const diagnostics = $('diagnostics');

/**
 * @param {string} text
 * @param {'ok' | 'error' | ''} kind
 */
function setStatus(text, kind = '') {
  status.textContent = text;
  status.className = kind ? `status ${kind}` : 'status';
  document.body.dataset.state = kind || 'busy';
}

/** @param {string[]} lines */
function showDiagnostics(lines) {
  diagnostics.textContent = lines.join('\n');
  diagnostics.hidden = lines.length === 0;
}

/** @param {{ file: string, line: number, column: number, message: string }} d */
function formatDiagnostic(d) {
  const pos = d.line > 0 ? `:${d.line}${d.column > 0 ? `:${d.column}` : ''}` : '';
  return `${d.file}${pos}: ${d.message}`;
}

/** @param {import('../index.js').Compiler} compiler */
async function compileAndRun(compiler) {
  button.disabled = true;
  setStatus('Compiling…', '');
  result.textContent = '—';
  try {
    const t0 = performance.now();
    const out = compiler.compile(source.value, { filename: FILENAME });
    const ms = performance.now() - t0;
    time.textContent = `${ms.toFixed(1)} ms`;
    if (!out.ok || !out.wasm) {
      size.textContent = '—';
      showDiagnostics(out.diagnostics.map(formatDiagnostic));
      setStatus(`${out.diagnostics.length} error${out.diagnostics.length === 1 ? '' : 's'}`, 'error');
      return;
    }
    size.textContent = `${out.wasm.length} bytes`;
    showDiagnostics([]);
    const module = await WebAssembly.compile(/** @type {BufferSource} */ (out.wasm));
    const instance = await WebAssembly.instantiate(module);
    const add = instance.exports.add;
    if (typeof add !== 'function') {
      setStatus('Compiled, but the module exports no add function', 'error');
      return;
    }
    result.textContent = String(add(2, 3));
    setStatus('Compiled and ran', 'ok');
  } catch (err) {
    showDiagnostics([String(err instanceof Error ? err.message : err)]);
    setStatus('Failed', 'error');
  } finally {
    button.disabled = false;
  }
}

async function main() {
  setStatus('Loading the compiler…', '');
  let compiler;
  try {
    compiler = await createCompiler();
  } catch (err) {
    showDiagnostics([String(err instanceof Error ? err.message : err)]);
    setStatus('Could not load the compiler', 'error');
    return;
  }
  version.textContent = compiler.version;
  button.addEventListener('click', () => compileAndRun(compiler));
  source.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      compileAndRun(compiler);
    }
  });
  await compileAndRun(compiler);
}

main();
