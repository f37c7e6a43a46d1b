// The compiler front door: wraps the Emscripten module's embind API in a small, defensive class.
// A failed compile is a value ({ ok: false, diagnostics }), never an exception; a crash inside the
// module (a WebAssembly.RuntimeError from an abort, a trap, a stack overflow) is caught, reported
// as an internal compiler error, and the crashed instance is replaced before the next compile.

import { loadCompilerParts, startInstance } from './loader.js';
import { normalizeResult, failure } from './result.js';
import { manifestToDts } from './dts.js';

/** @typedef {import('./result.js').CompileResult} CompileResult */
/** @typedef {import('./result.js').Diagnostic} Diagnostic */
/** @typedef {import('./loader.js').LoadOptions} CreateCompilerOptions */

/**
 * @typedef {object} CompileOptions
 * @property {string} [filename] the file name used in diagnostics (default "main.go")
 * @property {'conservative' | 'leaking' | 'none'} [gc] memory model (default "conservative"): a
 *   mark-sweep collector; allocation only, never freed; or no run-time allocation at all (each
 *   allocating expression is a compile error)
 * @property {number} [gcPercent] the initial GOGC (default 100): the heap may grow by this
 *   percentage of the live heap between collections; 0 collects at every allocation, -1 never
 *   automatically (GoModule.setGCPercent changes it later)
 * @property {number} [memoryLimit] the most bytes of linear memory the module may use (rounded up
 *   to 64 KiB pages); past it, after a collection, allocation fails with Go's
 *   "fatal error: runtime: out of memory". Default: no limit (4 GiB)
 */

const GC_MODELS = ['conservative', 'leaking', 'none'];

const DEFAULT_FILENAME = 'main.go';

/** @param {unknown} value */
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'a Uint8Array';
  return typeof value;
}

/** @param {unknown} err */
function errorText(err) {
  if (err && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

export class Compiler {
  /** @type {import('./loader.js').ModuleFactory} */
  #factory;
  /** @type {WebAssembly.Module | null} */
  #wasmModule;
  /** @type {CreateCompilerOptions} */
  #options;
  /** @type {import('./loader.js').EmscriptenCompilerModule | null} */
  #module = null;
  /** @type {Promise<void> | null} */
  #restarting = null;
  /** @type {unknown} */
  #restartError = null;
  #version = '';
  #restarts = 0;

  /**
   * Use {@link createCompiler}; the constructor is internal.
   * @param {symbol} token
   * @param {{ factory: import('./loader.js').ModuleFactory, wasmModule: WebAssembly.Module | null }} parts
   * @param {import('./loader.js').EmscriptenCompilerModule} module
   * @param {CreateCompilerOptions} options
   */
  constructor(token, parts, module, options) {
    if (token !== CONSTRUCT) throw new TypeError('use createCompiler() to create a Compiler');
    this.#factory = parts.factory;
    this.#wasmModule = parts.wasmModule;
    this.#module = module;
    this.#options = options;
    this.#version = String(module.version());
  }

  /** The compiler's version string (from the C++ side). */
  get version() {
    return this.#version;
  }

  /** How many times a crashed compiler instance has been replaced. */
  get restarts() {
    return this.#restarts;
  }

  /**
   * Resolves when the compiler is ready to compile (it is right after createCompiler(); after an
   * internal error it may need a moment to restart on hosts without synchronous instantiation).
   * @returns {Promise<void>}
   */
  async ready() {
    while (!this.#module) {
      if (!this.#restarting) this.#restart();
      await this.#restarting;
      if (!this.#module && this.#restartError) throw this.#restartError;
    }
  }

  /**
   * Compiles one Go source file to a WebAssembly module.
   * @param {string} source Go source text
   * @param {CompileOptions} [options]
   * @returns {CompileResult}
   */
  compile(source, options) {
    if (typeof source !== 'string') {
      throw new TypeError(`compile: source must be a string, got ${describe(source)}`);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new TypeError(`compile: options must be an object, got ${describe(options)}`);
    }
    const filename = options?.filename ?? DEFAULT_FILENAME;
    if (typeof filename !== 'string') {
      throw new TypeError(`compile: options.filename must be a string, got ${describe(filename)}`);
    }
    const gc = options?.gc ?? 'conservative';
    if (typeof gc !== 'string') throw new TypeError(`compile: options.gc must be a string, got ${describe(gc)}`);
    if (!GC_MODELS.includes(gc)) {
      throw new RangeError(`compile: options.gc must be one of ${GC_MODELS.join(', ')}, got "${gc}"`);
    }
    const gcPercent = options?.gcPercent ?? 100;
    if (typeof gcPercent !== 'number') throw new TypeError(`compile: options.gcPercent must be a number, got ${describe(gcPercent)}`);
    if (!Number.isInteger(gcPercent) || gcPercent < -1 || gcPercent > 2 ** 31 - 1) {
      throw new RangeError(`compile: options.gcPercent must be an integer from -1 up, got ${gcPercent}`);
    }
    const memoryLimit = options?.memoryLimit ?? 0;
    if (typeof memoryLimit !== 'number') {
      throw new TypeError(`compile: options.memoryLimit must be a number of bytes, got ${describe(memoryLimit)}`);
    }
    if (!Number.isInteger(memoryLimit) || memoryLimit < 0 || memoryLimit > 2 ** 32) {
      throw new RangeError(`compile: options.memoryLimit must be a whole number of bytes up to 4 GiB, got ${memoryLimit}`);
    }

    const module = this.#module;
    if (!module) {
      if (!this.#restarting) this.#restart();
      return failure(
        filename,
        'internal compiler error: the compiler is restarting after an earlier crash; await compiler.ready() and try again',
      );
    }

    let raw;
    try {
      raw = module.compile(source, { filename, gc, gcPercent, memoryLimit });
    } catch (err) {
      this.#crashed();
      return failure(filename, `internal compiler error: ${errorText(err)}`);
    }
    let out;
    try {
      out = normalizeResult(raw, filename);
    } catch (err) {
      return failure(filename, `internal compiler error: malformed compiler result: ${errorText(err)}`);
    }
    return withDts(out, filename);
  }

  /** Drops the crashed instance and starts a new one from the already compiled binary. */
  #crashed() {
    this.#module = null;
    this.#restarts++;
    this.#restart();
  }

  #restart() {
    this.#restartError = null;
    const { module, ready } = startInstance(this.#factory, this.#wasmModule, this.#options);
    if (module) {
      this.#module = module;
      this.#restarting = null;
      return;
    }
    const attempt = ready.then(
      (m) => {
        if (this.#restarting === attempt) {
          this.#module = m;
          this.#restarting = null;
        }
      },
      (err) => {
        if (this.#restarting === attempt) {
          this.#restartError = err;
          this.#restarting = null;
        }
      },
    );
    this.#restarting = attempt;
  }
}

/**
 * Adds `dts`, the TypeScript declarations of the module's exports, to a successful result (a
 * failed one keeps its shape: ok, wasm, diagnostics, manifest).
 * @param {CompileResult} out
 * @param {string} filename
 * @returns {CompileResult & { dts?: string }}
 */
function withDts(out, filename) {
  if (!out.ok || !out.manifest) return out;
  try {
    return { ...out, dts: manifestToDts(out.manifest) };
  } catch (err) {
    return failure(filename, `internal compiler error: cannot generate the .d.ts: ${errorText(err)}`);
  }
}

const CONSTRUCT = Symbol('Compiler');

/**
 * Loads the gomethod compiler.
 * @param {CreateCompilerOptions} [options]
 * @returns {Promise<Compiler>}
 */
export async function createCompiler(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`createCompiler: options must be an object, got ${describe(options)}`);
  }
  if (options.worker) return createWorkerCompiler();
  const opts = { ...options };
  const parts = await loadCompilerParts(opts);
  const { module, ready } = startInstance(parts.factory, parts.wasmModule, opts);
  const instance = module ?? (await ready);
  return new Compiler(CONSTRUCT, parts, instance, opts);
}

/**
 * The compiler in a module worker (createCompiler({ worker: true })): the same compile(), returning
 * a Promise of the same result; terminate() stops the worker.
 * @returns {Promise<{ compile: (source: string, options?: object) => Promise<CompileResult>, terminate: () => void }>}
 */
async function createWorkerCompiler() {
  const worker = new Worker(new URL('../worker/compile-worker.js', import.meta.url), { type: 'module', name: 'gomethod-compiler' });
  /** @type {Map<number, { resolve: (r: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  let nextId = 1;
  /** @type {Error | null} */
  let broken = null;
  const fail = (/** @type {Error} */ err) => {
    broken = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.onmessage = (event) => {
    const { id, result, error } = event.data;
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(Object.assign(new Error(error.message), { name: error.name }));
    else p.resolve(result);
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    fail(new Error(`createCompiler: the compile worker failed: ${event.message ?? 'error'}`));
  };
  const compiler = {
    /** @param {string} source @param {object} [options] */
    compile(source, options = {}) {
      if (broken) return Promise.reject(broken);
      if (typeof source !== 'string') return Promise.reject(new TypeError(`compile: source must be a string, got ${describe(source)}`));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, source, options });
      });
    },
    terminate() {
      worker.terminate();
      fail(new Error('createCompiler: the compile worker was terminated'));
    },
  };
  // Ready once the worker has loaded the compiler: a first (tiny) compile answers.
  await compiler.compile('package p\n');
  return compiler;
}
