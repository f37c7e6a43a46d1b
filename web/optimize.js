// Binaryen optimization of compiled modules: the passes of wasm-opt -O1…-O4, -Os and -Oz, run by
// binaryen.js (the npm package `binaryen`, ~15 MB of JS with its wasm inlined). It is loaded
// lazily, the first time a module is optimized or printed as text. On a page's main thread the work
// goes to a module worker (worker/optimize-worker.js, started on first use); in Node and in workers
// it runs in the calling thread. Node finds the package itself; pages say where it is (a URL, or
// an import map entry for 'binaryen'), since bundlers are kept from inlining it.
//
//   const { wasm, wat, sizes } = await optimizeWasm(bytes, { opt: 'z', wat: true });

import { isNode } from './env.js';

/** @typedef {0 | 1 | 2 | 3 | 4 | 's' | 'z'} OptLevel */

/**
 * Where to load binaryen.js from: a URL (or a string holding one: './…', '../…', '/…' are resolved
 * against the page, or in Node against the working directory), a bare module specifier (Node, an
 * import map), or the module itself (its default export or namespace; such an object cannot be
 * posted to a worker, so Binaryen then runs where the object is).
 * @typedef {string | URL | object} BinaryenSource
 */

/**
 * @typedef {object} OptimizeOptions
 * @property {OptLevel | '0' | '1' | '2' | '3' | '4'} [opt] the level (default 0: the bytes are
 *   returned unchanged and Binaryen is needed only for `wat`)
 * @property {boolean} [wat] also return the module's text form
 * @property {BinaryenSource} [binaryen] where binaryen.js comes from (default: the specifier
 *   'binaryen', which Node resolves from node_modules and pages through an import map)
 * @property {boolean} [transfer] on a page's main thread, move `bytes` to the worker instead of
 *   copying them (the caller's buffer is detached)
 */

/**
 * @typedef {object} OptimizeResult
 * @property {Uint8Array} wasm the optimized module (the input itself at level 0)
 * @property {string} [wat] the text form, when asked for
 * @property {{ before: number, after: number }} sizes bytes in and out
 * @property {string[]} [exports] the output's export names (always those of the input); absent
 *   when Binaryen did not run (level 0 without `wat`)
 * @property {number} ms time spent in Binaryen (reading, validating, optimizing, writing), not
 *   counting loading it
 */

/** The levels, in the order wasm-opt documents them. */
export const OPT_LEVELS = /** @type {const} */ ([0, 1, 2, 3, 4, 's', 'z']);

/** wasm-opt's flags: -O1…-O4 are optimizeLevel 1…4 with shrinkLevel 0; -Os and -Oz are -O2 with shrinkLevel 1 and 2. */
const PASS_LEVELS = {
  1: [1, 0],
  2: [2, 0],
  3: [3, 0],
  4: [4, 0],
  s: [2, 1],
  z: [2, 2],
};

/** A Binaryen failure on our own output: reported as an internal compiler error, never thrown at users. */
export class OptimizationError extends Error {}
OptimizationError.prototype.name = 'OptimizationError';

/** @param {unknown} value */
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Checks an `opt` option and returns the level: numbers 0–4, their strings '0'–'4' (what the CLI
 * and HTML forms give), 's' or 'z'; undefined is 0.
 * @param {unknown} value
 * @param {string} [what] the option's name in messages
 * @returns {OptLevel}
 */
export function normalizeOptLevel(value, what = 'opt') {
  if (value === undefined) return 0;
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new TypeError(`${what} must be one of 0, 1, 2, 3, 4, 's', 'z', got ${describe(value)}`);
  }
  if (typeof value === 'string' && /^[0-4]$/.test(value)) return /** @type {OptLevel} */ (Number(value));
  if (!OPT_LEVELS.includes(/** @type {any} */ (value))) {
    throw new RangeError(`${what} must be one of 0, 1, 2, 3, 4, 's', 'z', got ${typeof value === 'string' ? `"${value}"` : value}`);
  }
  return /** @type {OptLevel} */ (value);
}

/** @param {OptLevel} opt */
export function optFlag(opt) {
  return `-O${opt}`;
}

// ---- loading binaryen.js -----------------------------------------------------------------------

/** @type {Map<string, Promise<any>>} */
const loaded = new Map();

// Not a literal import('binaryen'): bundlers must not inline binaryen.js (15 MB, and Vite 5 fails
// on its embedded wasm string). Node resolves the bare name from node_modules; pages give a URL
// (createCompiler({ binaryen })) or an import map.
const DEFAULT_SPECIFIER = 'binaryen';

/** @param {any} value */
function binaryenOf(value) {
  if (value && typeof value.readBinary === 'function') return value;
  if (value?.default && typeof value.default.readBinary === 'function') return value.default;
  return null;
}

/** @param {unknown} source */
function isUrlLike(source) {
  return source instanceof URL || (typeof source === 'string' && /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(source));
}

/**
 * The key a source is loaded (and cached) under: an absolute URL, or a bare specifier.
 * @param {string | URL} source
 */
async function specifierOf(source) {
  if (source instanceof URL) return source.href;
  if (!isUrlLike(source)) return source;
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return source;
  if (isNode) {
    const { pathToFileURL } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:url');
    const { resolve } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:path');
    return pathToFileURL(resolve(source)).href;
  }
  const base = typeof document === 'object' && document ? document.baseURI : self.location.href;
  return new URL(source, base).href;
}

/**
 * Loads binaryen.js once per source and JS realm.
 * @param {BinaryenSource} [source]
 * @returns {Promise<any>} the binaryen API object
 */
export async function loadBinaryen(source) {
  if (source !== undefined && typeof source !== 'string' && !(source instanceof URL)) {
    const api = binaryenOf(source);
    if (!api) throw new TypeError('binaryen: expected binaryen.js (its default export or module namespace), a URL or a module specifier');
    return api;
  }
  const key = source === undefined ? '' : await specifierOf(source);
  let promise = loaded.get(key);
  if (!promise) {
    promise = import(/* webpackIgnore: true */ /* @vite-ignore */ key || DEFAULT_SPECIFIER).then((ns) => {
      const api = binaryenOf(ns);
      if (!api) throw new TypeError(`${key || 'binaryen'} is not binaryen.js`);
      return api;
    });
    promise.catch(() => loaded.delete(key)); // let a later call try again
    loaded.set(key, promise);
  }
  try {
    return await promise;
  } catch (err) {
    throw new Error(
      `gomethod: cannot load Binaryen from ${key || "'binaryen'"} (Node: install the binaryen package; pages: pass createCompiler({ binaryen: url }) or map 'binaryen' in an import map)`,
      { cause: err },
    );
  }
}

// ---- the optimization itself --------------------------------------------------------------------

/**
 * The features gomethod's modules use, and no others: what Binaryen may assume when it rewrites
 * them. Not Features.All: with it, Node 20 rejected every module Binaryen wrote (the compact import
 * encoding, stringref types introduced by -Oz).
 * @param {any} binaryen
 */
function featuresOf(binaryen) {
  const F = binaryen.Features;
  return (
    F.MVP | F.MutableGlobals | F.NontrappingFPToInt | F.SignExt | F.BulkMemory | F.BulkMemoryOpt |
    F.Multivalue | F.ExceptionHandling
  );
}

/** @param {any} binaryen @param {any} module */
function exportNames(binaryen, module) {
  const names = [];
  for (let i = 0, n = module.getNumExports(); i < n; i++) {
    names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  }
  return names;
}

/**
 * Sets the global pass options for one run and gives back a function that restores them (a
 * binaryen.js passed in by the user keeps its own settings).
 * @param {any} binaryen @param {number} level @param {number} shrink
 */
function passOptions(binaryen, level, shrink) {
  const saved = [binaryen.getOptimizeLevel(), binaryen.getShrinkLevel(), binaryen.getDebugInfo()];
  binaryen.setOptimizeLevel(level);
  binaryen.setShrinkLevel(shrink);
  binaryen.setDebugInfo(true); // keep the name section
  return () => {
    binaryen.setOptimizeLevel(saved[0]);
    binaryen.setShrinkLevel(saved[1]);
    binaryen.setDebugInfo(saved[2]);
  };
}

/**
 * Optimizes (and/or prints) a module with an already loaded binaryen.js, synchronously.
 * @param {any} binaryen
 * @param {Uint8Array} bytes
 * @param {{ opt?: OptLevel, wat?: boolean }} options
 * @returns {OptimizeResult}
 * @throws {OptimizationError} when Binaryen cannot read the module or a module does not validate
 */
export function optimizeWith(binaryen, bytes, { opt = 0, wat = false }) {
  const flag = optFlag(opt);
  const t0 = performance.now();
  let module;
  try {
    module = binaryen.readBinary(bytes, featuresOf(binaryen));
  } catch (err) {
    throw new OptimizationError(`Binaryen cannot read the module: ${errorText(err)}`, { cause: err });
  }
  try {
    if (!module.validate()) throw new OptimizationError('Binaryen does not validate the compiled module');
    const before = exportNames(binaryen, module);
    let out = bytes;
    if (opt !== 0) {
      const [level, shrink] = PASS_LEVELS[opt];
      const restore = passOptions(binaryen, level, shrink);
      try {
        module.optimize();
        if (!module.validate()) throw new OptimizationError(`the module optimized with ${flag} does not validate`);
        out = module.emitBinary();
      } finally {
        restore();
      }
      const after = exportNames(binaryen, module);
      const lost = before.filter((name) => !after.includes(name));
      if (lost.length > 0 || after.length !== before.length) {
        throw new OptimizationError(`${flag} changed the module's exports (lost: ${lost.join(', ') || 'none'})`);
      }
      if (!WebAssembly.validate(/** @type {Uint8Array<ArrayBuffer>} */ (out))) {
        throw new OptimizationError(`this WebAssembly engine rejects the module optimized with ${flag}`);
      }
    }
    /** @type {OptimizeResult} */
    const result = { wasm: out, sizes: { before: bytes.length, after: out.length }, exports: before, ms: 0 };
    if (wat) result.wat = module.emitText();
    result.ms = performance.now() - t0;
    return result;
  } catch (err) {
    if (err instanceof OptimizationError) throw err;
    // An abort inside Binaryen (a WebAssembly.RuntimeError): report it like a validation failure.
    throw new OptimizationError(`Binaryen ${flag} failed: ${errorText(err)}`, { cause: err });
  } finally {
    module.dispose();
  }
}

/** @param {unknown} err */
function errorText(err) {
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

/** True on a page's main thread, where Binaryen must not run. */
function onMainThread() {
  return !isNode && typeof document === 'object' && typeof Worker === 'function';
}

/**
 * Optimizes a module (wasm-opt's -O1…-O4, -Os, -Oz) and/or gives its text form. Loads Binaryen on
 * first use; on a page's main thread the work runs in a module worker.
 * @param {Uint8Array} bytes
 * @param {OptimizeOptions} [options]
 * @returns {Promise<OptimizeResult>}
 * @throws {TypeError | RangeError} for bad arguments (synchronously)
 */
export function optimizeWasm(bytes, options = {}) {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`optimizeWasm: bytes must be a Uint8Array, got ${describe(bytes)}`);
  if (options === null || typeof options !== 'object') throw new TypeError(`optimizeWasm: options must be an object, got ${describe(options)}`);
  const opt = normalizeOptLevel(options.opt, 'optimizeWasm: options.opt');
  const wat = options.wat === undefined ? false : options.wat;
  if (typeof wat !== 'boolean') throw new TypeError(`optimizeWasm: options.wat must be a boolean, got ${describe(wat)}`);
  if (opt === 0 && !wat) {
    return Promise.resolve({ wasm: bytes, sizes: { before: bytes.length, after: bytes.length }, ms: 0 });
  }
  const source = options.binaryen;
  const postable = source === undefined || typeof source === 'string' || source instanceof URL;
  if (onMainThread() && postable) return inWorker(bytes, { opt, wat, binaryen: source, transfer: options.transfer === true });
  return loadBinaryen(source).then((binaryen) => optimizeWith(binaryen, bytes, { opt, wat }));
}

// ---- the worker (page main thread) ------------------------------------------------------------

/**
 * @typedef {object} OptimizerWorker
 * @property {Worker} worker
 * @property {Map<number, { resolve: (r: OptimizeResult) => void, reject: (e: Error) => void }>} pending
 */

/** One worker per binaryen source, shared by every compiler of the page. @type {Map<string, OptimizerWorker>} */
const workers = new Map();
let nextId = 1;

/**
 * What a worker should import: an explicit source as an absolute URL or specifier; by default,
 * 'binaryen' as the page's import map resolves it, if it does (import maps do not reach workers);
 * otherwise nothing, and the worker's import of 'binaryen' fails with a message saying what to do.
 * @param {string | URL | undefined} source
 * @returns {Promise<string | undefined>}
 */
export async function binaryenForWorker(source) {
  if (source !== undefined) return specifierOf(source);
  try {
    if (typeof import.meta.resolve === 'function') {
      const url = import.meta.resolve('binaryen');
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
    }
  } catch {
    // No import map entry for 'binaryen'.
  }
  return undefined;
}

/** @param {any} e */
function reviveError(e) {
  const Ctor = { OptimizationError, TypeError, RangeError }[e?.name] ?? Error;
  const err = new Ctor(e?.message ?? String(e));
  if (Ctor === Error && e?.name) err.name = e.name;
  return err;
}

/** @param {string} key @param {Error} err */
function dropWorker(key, err) {
  const entry = workers.get(key);
  if (!entry) return;
  workers.delete(key);
  entry.worker.terminate();
  for (const p of entry.pending.values()) p.reject(err);
  entry.pending.clear();
}

/** @param {string} key */
function workerFor(key) {
  let entry = workers.get(key);
  if (entry) return entry;
  const worker = new Worker(new URL('../worker/optimize-worker.js', import.meta.url), { type: 'module', name: 'gomethod-optimizer' });
  const created = { worker, pending: new Map() };
  entry = created;
  worker.onmessage = (event) => {
    const { id, result, error } = event.data;
    const p = created.pending.get(id);
    if (!p) return;
    created.pending.delete(id);
    if (!error) {
      p.resolve(result);
      return;
    }
    p.reject(reviveError(error));
    // Binaryen aborted: its instance may be damaged, so the next job gets a fresh worker.
    if (error.crashed) dropWorker(key, new Error('gomethod: the optimizer worker was restarted'));
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    dropWorker(key, new Error(`gomethod: the optimizer worker failed: ${event.message ?? 'error'}`));
  };
  workers.set(key, entry);
  return entry;
}

/**
 * @param {Uint8Array} bytes
 * @param {{ opt: OptLevel, wat: boolean, binaryen: string | URL | undefined, transfer: boolean }} options
 * @returns {Promise<OptimizeResult>}
 */
async function inWorker(bytes, { opt, wat, binaryen, transfer }) {
  const source = await binaryenForWorker(binaryen);
  const key = source ?? '';
  const { worker, pending } = workerFor(key);
  const input = transfer ? bytes : bytes.slice();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, wasm: input, opt, wat, binaryen: source }, [input.buffer]);
  });
}
