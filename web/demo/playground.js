// The playground: compiles the Go in the editor with the compile worker, shows diagnostics at
// their lines, the module size and its .d.ts, and lets you call every export with arguments typed
// on the page (JSON values; an "n" suffix makes a BigInt). No inline scripts and no eval, so it
// runs under the strict CSP that scripts/serve.js sends.

import { createCompiler, instantiate } from '../index.js';

const FILENAME = 'main.go';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const source = /** @type {HTMLTextAreaElement} */ ($('source'));
const button = /** @type {HTMLButtonElement} */ ($('compile'));
const status = $('status');

/** @param {string} text @param {'ok' | 'error' | ''} kind */
function setStatus(text, kind = '') {
  status.textContent = text;
  status.className = kind ? `status ${kind}` : 'status';
  document.body.dataset.state = kind || 'busy';
}

/** @param {Array<{ file: string, line: number, column: number, message: string }>} list */
function showDiagnostics(list) {
  const text = $('diagnostics');
  text.textContent = list.map((d) => `${d.file}${d.line > 0 ? `:${d.line}${d.column > 0 ? `:${d.column}` : ''}` : ''}: ${d.message}`).join('\n');
  text.hidden = list.length === 0;
  // Inline: each diagnostic next to its source line, clickable to select that line.
  const inline = $('diagnostic-list');
  inline.replaceChildren();
  const lines = source.value.split('\n');
  for (const d of list) {
    const li = document.createElement('li');
    li.className = 'diagnostic';
    li.dataset.line = String(d.line);
    const code = document.createElement('code');
    code.textContent = `${String(d.line).padStart(3)} │ ${lines[d.line - 1] ?? ''}`;
    const msg = document.createElement('span');
    msg.textContent = `${' '.repeat(Math.max(0, d.column - 1 + 6))}^ ${d.message}`;
    li.append(code, document.createElement('br'), msg);
    li.addEventListener('click', () => {
      const start = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0);
      source.focus();
      source.setSelectionRange(start, start + (lines[d.line - 1] ?? '').length);
    });
    inline.append(li);
  }
  inline.hidden = list.length === 0;
}

/** Parses an argument typed on the page: JSON, with 123n for a BigInt. */
function parseArg(text) {
  const t = text.trim();
  if (/^-?\d+n$/.test(t)) return BigInt(t.slice(0, -1));
  try {
    return JSON.parse(t);
  } catch {
    return t; // a bare word: a string
  }
}

/** @param {any} v */
function show(v) {
  return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : ArrayBuffer.isView(x) ? Array.from(/** @type {any} */ (x)) : x));
}

/** One row per export: an input per parameter, a Call button, the result. */
function showExports(mod) {
  const box = $('exports');
  box.replaceChildren();
  for (const spec of mod.manifest.exports) {
    const row = document.createElement('form');
    row.className = 'export';
    row.dataset.name = spec.name;
    const label = document.createElement('code');
    label.textContent = spec.go;
    const inputs = spec.params.map((/** @type {any} */ p, /** @type {number} */ i) => {
      const input = document.createElement('input');
      input.name = p.name || `arg${i}`;
      input.placeholder = `${p.name || `arg${i}`} ${p.go}`;
      input.value = /int|float|uint/.test(p.go) ? String(i + 2) : p.go === 'string' ? 'gopher' : '';
      return input;
    });
    const call = document.createElement('button');
    call.type = 'submit';
    call.textContent = 'Call';
    const out = document.createElement('output');
    out.className = 'call-result';
    row.addEventListener('submit', (e) => {
      e.preventDefault();
      try {
        out.textContent = `→ ${show(mod.exports[spec.name](...inputs.map((i) => parseArg(i.value))))}`;
        out.className = 'call-result ok';
      } catch (err) {
        out.textContent = `${/** @type {Error} */ (err).name}: ${/** @type {Error} */ (err).message}`;
        out.className = 'call-result error';
      }
    });
    row.append(label, ...inputs, call, out);
    box.append(row);
  }
}

async function compileAndRun(compiler) {
  button.disabled = true;
  setStatus('Compiling…', '');
  $('result').textContent = '—';
  try {
    const t0 = performance.now();
    const out = await compiler.compile(source.value, { filename: FILENAME });
    $('time').textContent = `${(performance.now() - t0).toFixed(1)} ms (in a worker, round trip)`;
    if (!out.ok || !out.wasm) {
      $('size').textContent = '—';
      $('dts').textContent = '—';
      $('exports').replaceChildren();
      showDiagnostics(out.diagnostics);
      setStatus(`${out.diagnostics.length} error${out.diagnostics.length === 1 ? '' : 's'}`, 'error');
      return;
    }
    $('size').textContent = `${out.wasm.length} bytes`;
    $('dts').textContent = out.dts ?? '—';
    showDiagnostics([]);
    const mod = await instantiate(out, { stderr: (t) => console.log(t) });
    showExports(mod);
    const add = /** @type {any} */ (mod.exports).add;
    if (typeof add === 'function') $('result').textContent = String(add(2, 3));
    setStatus('Compiled and ran', 'ok');
  } catch (err) {
    $('diagnostics').textContent = String(err instanceof Error ? err.message : err);
    $('diagnostics').hidden = false;
    setStatus('Failed', 'error');
  } finally {
    button.disabled = false;
  }
}

async function main() {
  setStatus('Loading the compiler…', '');
  let compiler;
  try {
    compiler = await createCompiler({ worker: true });
  } catch (err) {
    $('diagnostics').textContent = String(err instanceof Error ? err.message : err);
    $('diagnostics').hidden = false;
    setStatus('Could not load the compiler', 'error');
    return;
  }
  $('version').textContent = 'gomethod (compile worker)';
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
