// The playground: compiles the Go in the editor with the compile worker, for the chosen target and
// Binaryen level (optimized in that worker too), shows diagnostics at their lines, the module size
// per level, its .d.ts and its text form, and lets you call every export with arguments typed on
// the page (JSON values; an "n" suffix makes a BigInt). No inline scripts and no eval, so it runs
// under the strict CSP that scripts/serve.js sends (which also rules out an inline import map: the
// compiler is told where binaryen.js is instead).

import { createCompiler, instantiate } from '../index.js';

const FILENAME = 'main.go';
// The package's copy, as served from the repository root (npm run demo).
const BINARYEN = new URL('../../node_modules/binaryen/index.js', import.meta.url).href;
const LEVELS = ['0', '1', '2', '3', '4', 's', 'z'];

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const source = /** @type {HTMLTextAreaElement} */ ($('source'));
const button = /** @type {HTMLButtonElement} */ ($('compile'));
const allLevels = /** @type {HTMLButtonElement} */ ($('all-levels'));
const targetSelect = /** @type {HTMLSelectElement} */ ($('target'));
const optSelect = /** @type {HTMLSelectElement} */ ($('opt'));
const showWat = /** @type {HTMLInputElement} */ ($('show-wat'));
const status = $('status');

/** Sizes of the current source and target, by level: { bytes, ms }. */
let sizes = new Map();
let sizesOf = '';

/** @param {string} level */
const levelName = (level) => (level === '0' ? '0' : `-O${level}`);

/** Forgets the sizes when the program or the target changed since they were measured. */
function sizeTableFor(/** @type {string} */ key) {
  if (key !== sizesOf) {
    sizes = new Map();
    sizesOf = key;
  }
}

function showSizes() {
  const base = sizes.get('0')?.bytes;
  const rows = LEVELS.filter((l) => sizes.has(l)).map((level) => {
    const { bytes, ms } = sizes.get(level);
    const tr = document.createElement('tr');
    tr.dataset.level = level;
    if (level === optSelect.value) tr.className = 'current';
    const ratio = base ? `${((bytes / base) * 100).toFixed(0)}%` : '—';
    for (const text of [levelName(level), String(bytes), ratio, `${ms.toFixed(0)} ms`]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  });
  $('sizes').querySelector('tbody')?.replaceChildren(...rows);
}

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

/** @param {boolean} busy */
function setBusy(busy) {
  button.disabled = busy;
  allLevels.disabled = busy;
}

/**
 * @param {unknown} err
 * @param {string} status
 */
function showFailure(err, status) {
  $('diagnostics').textContent = String(err instanceof Error ? err.message : err);
  $('diagnostics').hidden = false;
  setStatus(status, 'error');
}

/** The compile options the page's controls say. */
function chosenOptions() {
  const opt = optSelect.value;
  return { filename: FILENAME, target: targetSelect.value, opt: /** @type {any} */ (opt === 's' || opt === 'z' ? opt : Number(opt)), wat: showWat.checked };
}

async function compileAndRun(compiler) {
  setBusy(true);
  setStatus(optSelect.value === '0' ? 'Compiling…' : `Compiling and optimizing (${levelName(optSelect.value)})…`, '');
  $('result').textContent = '—';
  try {
    const options = chosenOptions();
    const t0 = performance.now();
    const out = await compiler.compile(source.value, options);
    const ms = performance.now() - t0;
    $('time').textContent = `${ms.toFixed(1)} ms (in a worker, round trip)`;
    if (!out.ok || !out.wasm) {
      $('size').textContent = '—';
      $('level').textContent = '—';
      $('dts').textContent = '—';
      $('wat').textContent = '—';
      $('exports').replaceChildren();
      showDiagnostics(out.diagnostics);
      setStatus(`${out.diagnostics.length} error${out.diagnostics.length === 1 ? '' : 's'}`, 'error');
      return;
    }
    $('size').textContent = `${out.wasm.length} bytes`;
    $('level').textContent = out.opt === 0 ? "0 (gomethod's own output)" : `${levelName(String(out.opt))} (Binaryen)`;
    sizeTableFor(`${options.target}\n${source.value}`);
    sizes.set(optSelect.value, { bytes: out.wasm.length, ms });
    showSizes();
    $('dts').textContent = out.dts ?? '—';
    $('wat-view').hidden = !options.wat;
    $('wat').textContent = out.wat ?? '—';
    showDiagnostics([]);
    const mod = await instantiate(out, { stderr: (t) => console.log(t) });
    showExports(mod);
    const add = /** @type {any} */ (mod.exports).add;
    if (typeof add === 'function') $('result').textContent = String(add(2, 3));
    setStatus('Compiled and ran', 'ok');
  } catch (err) {
    showFailure(err, 'Failed');
  } finally {
    setBusy(false);
  }
}

/** Compiles the program at every level (in the worker) and fills the size table. */
async function measureAllLevels(compiler) {
  setBusy(true);
  const { target } = chosenOptions();
  const text = source.value;
  sizeTableFor(`${target}\n${text}`);
  try {
    for (const level of LEVELS) {
      setStatus(`Measuring ${levelName(level)}…`, '');
      const t0 = performance.now();
      const out = await compiler.compile(text, { filename: FILENAME, target, opt: /** @type {any} */ (level) });
      if (!out.ok || !out.wasm) {
        showDiagnostics(out.diagnostics);
        setStatus(`${out.diagnostics.length} error${out.diagnostics.length === 1 ? '' : 's'}`, 'error');
        return;
      }
      sizes.set(level, { bytes: out.wasm.length, ms: performance.now() - t0 });
      showSizes();
    }
    setStatus('Measured every level', 'ok');
  } catch (err) {
    showFailure(err, 'Failed');
  } finally {
    setBusy(false);
  }
}

async function main() {
  setStatus('Loading the compiler…', '');
  let compiler;
  try {
    compiler = await createCompiler({ worker: true, binaryen: BINARYEN });
  } catch (err) {
    showFailure(err, 'Could not load the compiler');
    return;
  }
  $('version').textContent = 'gomethod (compile worker)';
  button.addEventListener('click', () => compileAndRun(compiler));
  allLevels.addEventListener('click', () => measureAllLevels(compiler));
  for (const control of [targetSelect, optSelect, showWat]) control.addEventListener('change', () => compileAndRun(compiler));
  source.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      compileAndRun(compiler);
    }
  });
  await compileAndRun(compiler);
}

main();
