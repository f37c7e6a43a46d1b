// The compiler front door: wraps the Emscripten module's embind API in a small, defensive class.
// A failed compile is a value ({ ok: false, diagnostics }), never an exception; a crash inside the
// module (a WebAssembly.RuntimeError from an abort, a trap, a stack overflow) is caught, reported
// as an internal compiler error, and the crashed instance is replaced before the next compile.

import { loadCompilerParts, startInstance } from './loader.js';
import { normalizeResult, failure } from './result.js';
import { manifestToDts } from './dts.js';
import { OptimizationError, binaryenForWorker, normalizeOptLevel, optFlag, optimizeWasm } from './optimize.js';

/** @typedef {import('./result.js').CompileResult} CompileResult */
/** @typedef {import('./result.js').Diagnostic} Diagnostic */
/** @typedef {import('./optimize.js').OptLevel} OptLevel */
/** @typedef {import('./optimize.js').BinaryenSource} BinaryenSource */
/**
 * What compile() gives: a result with its `.d.ts`, the Binaryen level applied and, when asked for,
 * the text form.
 * @typedef {CompileResult & { dts?: string, opt?: OptLevel, wat?: string }} CompileOutput
 */

/**
 * @typedef {import('./loader.js').LoadOptions & { worker?: boolean, binaryen?: BinaryenSource }} CreateCompilerOptions
 * `binaryen`: where compile({ opt }) loads binaryen.js from (default: the specifier 'binaryen', which
 * Node resolves; pages need a URL or an import map); a URL or module specifier, or the loaded module
 * (which then runs on the calling thread).
 */

/**
 * @typedef {object} CompileOptions
 * @property {string} [filename] the file name used in diagnostics (default "main.go")
 * @property {'direct' | 'js' | 'wasi'} [target] what the module expects of its host (default
 *   "js"): "direct" imports nothing (print output waits in memory for the JS API; no clock), "js"
 *   imports gomethod's host functions and the syscall/js bridge, "wasi" imports only
 *   wasi_snapshot_preview1 (runs under node:wasi, `@bjorn3/browser_wasi_shim` or any WASI runtime).
 *   Only what the program reaches is imported.
 * @property {'conservative' | 'leaking' | 'none'} [gc] memory model (default "conservative"): a
 *   mark-sweep collector; allocation only, never freed; or no run-time allocation at all (each
 *   allocating expression is a compile error)
 * @property {number} [gcPercent] the initial GOGC (default 100): the heap may grow by this
 *   percentage of the live heap between collections; 0 collects at every allocation, -1 never
 *   automatically (GoModule.setGCPercent changes it later)
 * @property {number} [memoryLimit] the most bytes of linear memory the module may use (rounded up
 *   to 64 KiB pages); past it, after a collection, allocation fails with Go's
 *   "fatal error: runtime: out of memory". Default: no limit (4 GiB)
 * @property {OptLevel | '0' | '1' | '2' | '3' | '4'} [opt] Binaryen optimization, as wasm-opt's
 *   -O1…-O4, -Os, -Oz (default 0: gomethod's own output). Non-zero makes compile() return a Promise
 * @property {boolean} [wat] also give the module's text form (`result.wat`, Binaryen's printer);
 *   makes compile() return a Promise
 */

const GC_MODELS = ['conservative', 'leaking', 'none'];
const TARGETS = ['direct', 'js', 'wasi'];

const DEFAULT_FILENAME = 'main.go';

/** @param {unknown} value */
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'a Uint8Array';
  return typeof value;
}

/** @param {{ name: string, message: string }} error an error posted by a worker */
function reviveError(error) {
  const Ctor = { TypeError, RangeError }[error.name];
  return Ctor ? new Ctor(error.message) : Object.assign(new Error(error.message), { name: error.name });
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
   * Compiles one Go source file to a WebAssembly module. Synchronous unless Binaryen is asked for:
   * with `opt` other than 0, or `wat: true`, the result comes as a Promise (Binaryen loads lazily
   * and, on a page's main thread, runs in a worker). A failed compile is never optimized. Bad
   * options throw (synchronously) in both cases.
   * @param {string} source Go source text
   * @param {CompileOptions} [options]
   * @returns {CompileOutput | Promise<CompileOutput>} a Promise exactly when `opt` is not 0 or
   *   `wat` is true
   */
  compile(source, options) {
    const { opt, wat } = optimizeSettings(options);
    const out = this.#compileOnce(source, options);
    if (opt === 0 && !wat) return out.ok ? { ...out, opt } : out;
    return this.#optimize(out, opt, wat, options?.filename ?? DEFAULT_FILENAME);
  }

  /**
   * @param {CompileOutput} out
   * @param {OptLevel} opt
   * @param {boolean} wat
   * @param {string} filename
   * @returns {Promise<CompileOutput>}
   */
  async #optimize(out, opt, wat, filename) {
    if (!out.ok || !out.wasm) return out;
    let optimized;
    try {
      // out.wasm is this call's own copy: it may move to the optimizer worker.
      optimized = await optimizeWasm(out.wasm, { opt, wat, binaryen: this.#options.binaryen, transfer: true });
    } catch (err) {
      if (err instanceof OptimizationError) return failure(filename, `internal compiler error: ${err.message}`);
      throw err; // Binaryen could not be loaded: a set-up problem, not a compile result
    }
    const exported = optimized.exports ?? [];
    const missing = manifestNames(out.manifest).filter((name) => !exported.includes(name));
    if (missing.length > 0) {
      return failure(filename, `internal compiler error: the module optimized with ${optFlag(opt)} lacks exports its manifest names: ${missing.join(', ')}`);
    }
    /** @type {CompileOutput} */
    const result = { ...out, wasm: optimized.wasm, opt };
    if (wat) result.wat = optimized.wat;
    return result;
  }

  /**
   * @param {string} source
   * @param {CompileOptions} [options]
   * @returns {CompileResult}
   */
  #compileOnce(source, options) {
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
    const target = options?.target ?? 'js';
    if (typeof target !== 'string') throw new TypeError(`compile: options.target must be a string, got ${describe(target)}`);
    if (!TARGETS.includes(target)) {
      const aot = target === 'aot' ? ' ("aot" is the C++ reference build of the benchmark kernels: load it with loadAot())' : '';
      throw new RangeError(`compile: options.target must be one of ${TARGETS.join(', ')}, got "${target}"${aot}`);
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
      raw = module.compile(source, { filename, target, gc, gcPercent, memoryLimit });
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

/**
 * The Binaryen options of a compile: checked before anything is compiled.
 * @param {CompileOptions | undefined} options
 * @returns {{ opt: OptLevel, wat: boolean }}
 */
function optimizeSettings(options) {
  if (options === null || typeof options !== 'object') return { opt: 0, wat: false }; // #compileOnce reports it
  const opt = normalizeOptLevel(options.opt, 'compile: options.opt');
  const wat = options.wat === undefined ? false : options.wat;
  if (typeof wat !== 'boolean') throw new TypeError(`compile: options.wat must be a boolean, got ${describe(wat)}`);
  return { opt, wat };
}

/** Export names the manifest relies on: its exports, class methods and the runtime entry points. */
const MANIFEST_ENTRY_POINTS = ['alloc', 'free', 'initialize', 'panicMessage', 'reset', 'collect', 'gcStats', 'errorMessage'];

/** @param {Record<string, any> | null} manifest */
function manifestNames(manifest) {
  if (!manifest) return [];
  const names = (manifest.exports ?? []).map((/** @type {{ name: string }} */ e) => e.name);
  for (const cls of manifest.classes ?? []) for (const m of cls.methods ?? []) names.push(m.name);
  for (const key of MANIFEST_ENTRY_POINTS) if (typeof manifest[key] === 'string') names.push(manifest[key]);
  return names;
}

/** @param {unknown} source */
function checkBinaryenOption(source) {
  if (source === undefined || typeof source === 'string' || source instanceof URL) return;
  if (source !== null && typeof source === 'object') return; // loadBinaryen checks its shape on first use
  throw new TypeError(`createCompiler: options.binaryen must be a URL, a module specifier or binaryen.js itself, got ${describe(source)}`);
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
  checkBinaryenOption(options.binaryen);
  if (options.worker) return createWorkerCompiler(options);
  const opts = { ...options };
  const parts = await loadCompilerParts(opts);
  const { module, ready } = startInstance(parts.factory, parts.wasmModule, opts);
  const instance = module ?? (await ready);
  return new Compiler(CONSTRUCT, parts, instance, opts);
}

/**
 * The compiler in a module worker (createCompiler({ worker: true })): the same compile(), returning
 * a Promise of the same result (optimized in that worker when asked); terminate() stops the worker.
 * @param {CreateCompilerOptions} options
 * @returns {Promise<{ compile: (source: string, options?: object) => Promise<CompileResult>, terminate: () => void }>}
 */
async function createWorkerCompiler(options) {
  if (options.binaryen !== undefined && typeof options.binaryen !== 'string' && !(options.binaryen instanceof URL)) {
    throw new TypeError('createCompiler: with worker: true, options.binaryen must be a URL or a module specifier (a module object cannot be posted to a worker)');
  }
  const binaryen = await binaryenForWorker(options.binaryen);
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
    if (error) p.reject(reviveError(error));
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
        worker.postMessage({ id, source, options, binaryen });
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
