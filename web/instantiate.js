// instantiate(): turns a compiled module and its manifest into callable JS functions.
//
// One wrapper per export is built here, once, from closures (no eval / new Function, so it runs
// under a strict CSP). A wrapper checks its arguments (arity, then every value: TypeError /
// RangeError before any memory is touched), copies the ones that need memory into the module,
// calls the export, copies the results out, and releases what it allocated. A trap inside the
// call (a Go panic, a fatal error, a stack overflow, any wasm trap) becomes a GoPanic after the
// runtime has been reset, so the instance keeps serving.

import { readHeapStats } from './gc.js';
import { GoError, GoPanic, describe, placeError } from './errors.js';
import { makeClass } from './classes.js';
import { buildCodec, paramAdapter, resultAdapter } from './marshal/codec.js';
import { ModuleMemory, allocModuleArray } from './marshal/memory.js';
import { decode } from './marshal/strings.js';
import { createHost, targetOf } from './hosts.js';

/** The manifest versions this runtime understands. */
const MANIFEST_VERSION = 1;

/**
 * @typedef {object} InstantiateOptions
 * @property {(text: string) => void} [stdout] receives what the module writes to fd 1 (default: console.log, line by line)
 * @property {(text: string) => void} [stderr] receives what the module writes to fd 2, e.g. print/println (default: console.warn, line by line)
 * @property {WebAssembly.Imports} [imports] more imports, by module name; they may override gomethod's own
 * @property {string[]} [args] the program's arguments, os.Args (wasi target; default ["main"])
 * @property {Record<string, string>} [env] the environment, os.Getenv (wasi target; default none)
 * @property {object} [global] what syscall/js's js.Global() is (js target; default globalThis)
 */

// ---- host imports ----------------------------------------------------------------------------

/**
 * A sink that collects text into lines for a line-oriented logger (console.log adds its own
 * newline). An unfinished line waits for the rest.
 * @param {(line: string) => void} log
 * @returns {(text: string) => void}
 */
function lineSink(log) {
  let pending = '';
  return (text) => {
    const lines = (pending + text).split('\n');
    pending = /** @type {string} */ (lines.pop());
    for (const line of lines) log(line);
  };
}

/**
 * The Go panic a module recorded before trapping, or null when the trap was not a Go panic.
 * @param {WebAssembly.Exports} exports
 * `chain` holds the lines of older panics still in progress ("panic: A [recovered]\n\t"), which
 * Go prints before the last one.
 * `exit` is the status of an os.Exit (null otherwise).
 * @returns {{ message: string, fatal: boolean, chain: string, exit: number | null } | null}
 */
export function readPanic(exports) {
  const messageFn = /** @type {Function | undefined} */ (exports.gomethod_panic_message);
  const memory = /** @type {WebAssembly.Memory | undefined} */ (exports.memory);
  if (typeof messageFn !== 'function' || !memory) return null;
  try {
    const [ptr, len] = messageFn();
    if (!len) return null;
    const kindFn = /** @type {Function | undefined} */ (exports.gomethod_panic_kind);
    const chainFn = /** @type {Function | undefined} */ (exports.gomethod_panic_chain);
    const [cptr, clen] = typeof chainFn === 'function' ? chainFn() : [0, 0];
    const kind = typeof kindFn === 'function' ? kindFn() : 1;
    const message = decode(new Uint8Array(memory.buffer), ptr >>> 0, len >>> 0);
    return {
      message,
      fatal: kind === 2,
      exit: kind === 3 ? Number(message.slice('exit status '.length)) : null,
      chain: clen ? decode(new Uint8Array(memory.buffer), cptr >>> 0, clen >>> 0) : '',
    };
  } catch {
    return null;
  }
}

/**
 * Is err what a wasm call throws when the JS stack runs out (a stack overflow inside Go)?
 * @param {unknown} err
 */
export function isStackOverflow(err) {
  return (
    err instanceof RangeError ||
    (!!err && typeof err === 'object' && /** @type {any} */ (err).name === 'RangeError')
  ) && /call stack/i.test(String(/** @type {any} */ (err).message));
}

/** @param {unknown} err */
function isTrap(err) {
  return (
    err instanceof WebAssembly.RuntimeError ||
    // a Go panic thrown as a wasm exception (while a function with defer is active)
    (typeof WebAssembly.Exception === 'function' && err instanceof WebAssembly.Exception) ||
    (!!err && typeof err === 'object' && /** @type {any} */ (err).name === 'RuntimeError')
  );
}

/**
 * Merges gomethod's imports with the caller's and checks that every import of the module is
 * there, naming all that are missing. Import functions are wrapped so that a call back into the
 * module from inside them is known to be nested: a trap there must not reset the runtime under
 * the outer call's feet.
 * @param {WebAssembly.Module} module
 * @param {Record<string, any>} ours
 * @param {WebAssembly.Imports | undefined} extra
 * @param {{ importDepth: number }} depth
 */
function linkImports(module, ours, extra, depth) {
  /** @type {Record<string, Record<string, any>>} */
  const imports = {};
  // Ours too: the output sinks are the caller's code and may call back into the module.
  for (const [ns, names] of Object.entries(ours)) {
    imports[ns] = {};
    for (const [name, value] of Object.entries(names)) imports[ns][name] = typeof value === 'function' ? trackDepth(value, depth) : value;
  }
  if (extra !== undefined) {
    if (extra === null || typeof extra !== 'object') throw new TypeError(`instantiate: options.imports must be an object, got ${describe(extra)}`);
    for (const [ns, names] of Object.entries(extra)) {
      if (names === null || typeof names !== 'object') {
        throw new TypeError(`instantiate: options.imports.${ns} must be an object of imports, got ${describe(names)}`);
      }
      const target = (imports[ns] ??= {});
      for (const [name, value] of Object.entries(names)) {
        target[name] = typeof value === 'function' ? trackDepth(value, depth) : value;
      }
    }
  }
  const missing = [];
  for (const imp of WebAssembly.Module.imports(module)) {
    const value = imports[imp.module]?.[imp.name];
    let ok;
    switch (imp.kind) {
      case 'function': ok = typeof value === 'function'; break;
      case 'memory': ok = value instanceof WebAssembly.Memory; break;
      case 'table': ok = value instanceof WebAssembly.Table; break;
      case 'global': ok = value instanceof WebAssembly.Global || typeof value === 'number' || typeof value === 'bigint'; break;
      default: ok = value !== undefined;
    }
    if (!ok) missing.push(`${imp.module}.${imp.name} (${imp.kind})`);
  }
  if (missing.length) {
    throw new WebAssembly.LinkError(
      `instantiate: the module imports ${missing.join(', ')}, which the host does not provide; pass ${
        missing.length === 1 ? 'it' : 'them'
      } in options.imports`,
    );
  }
  return imports;
}

/**
 * @param {Function} fn
 * @param {{ importDepth: number }} depth
 */
function trackDepth(fn, depth) {
  return function (/** @type {any[]} */ ...args) {
    depth.importDepth++;
    try {
      return Reflect.apply(fn, undefined, args);
    } finally {
      depth.importDepth--;
    }
  };
}

// ---- arguments -----------------------------------------------------------------------------

/**
 * @param {unknown} v
 * @returns {v is { ok?: boolean, wasm: any, manifest: any, diagnostics?: any[] }}
 */
function isCompileResult(v) {
  return !!v && typeof v === 'object' && 'wasm' in v && 'manifest' in v && 'diagnostics' in v;
}

/**
 * @param {any} first
 * @param {any} second
 * @param {any} third
 * @returns {{ wasm: BufferSource | WebAssembly.Module, manifest: any, options: InstantiateOptions }}
 */
function parseArguments(first, second, third) {
  if (isCompileResult(first)) {
    if (first.ok === false || !first.wasm) {
      const d = first.diagnostics?.[0];
      const why = d ? `: ${d.file}${d.line ? `:${d.line}:${d.column}` : ''}: ${d.message}` : '';
      throw new TypeError(`instantiate: the compile failed${why}`);
    }
    if (!first.manifest) throw new TypeError('instantiate: the compile result has no manifest');
    return { wasm: first.wasm, manifest: first.manifest, options: second ?? {} };
  }
  const isBytes = first instanceof WebAssembly.Module || ArrayBuffer.isView(first) || Object.prototype.toString.call(first) === '[object ArrayBuffer]';
  if (!isBytes) {
    throw new TypeError(
      `instantiate: expected a compile result, wasm bytes or a WebAssembly.Module, got ${describe(first)}`,
    );
  }
  let manifest = second;
  if (typeof manifest === 'string') manifest = JSON.parse(manifest);
  if (!manifest || typeof manifest !== 'object') {
    throw new TypeError(`instantiate: a manifest (the compile result's \`manifest\`) must follow the wasm, got ${describe(second)}`);
  }
  return { wasm: first, manifest, options: third ?? {} };
}

/** @param {any} manifest */
function checkManifest(manifest) {
  if (manifest.version !== undefined && manifest.version > MANIFEST_VERSION) {
    throw new TypeError(`instantiate: manifest version ${manifest.version} is newer than this runtime (${MANIFEST_VERSION}); update gomethod`);
  }
  if (!Array.isArray(manifest.exports)) throw new TypeError('instantiate: the manifest has no exports list');
  for (const e of manifest.exports) {
    if (!e || typeof e.name !== 'string' || !Array.isArray(e.params) || !Array.isArray(e.results)) {
      throw new TypeError(`instantiate: malformed manifest export ${JSON.stringify(e)?.slice(0, 80)}`);
    }
  }
}

// ---- the module ---------------------------------------------------------------------------

/**
 * An instantiated gomethod module.
 * @template [E=Record<string, (...args: any[]) => any>]
 */
export class GoModule {
  #mem;
  #host;

  /**
   * @param {WebAssembly.Module} module
   * @param {WebAssembly.Instance} instance
   * @param {any} manifest
   * @param {E} exports
   * @param {ModuleMemory} mem
   * @param {import('./hosts.js').Host} host
   */
  constructor(module, instance, manifest, exports, mem, host) {
    /** The compiled WebAssembly.Module (can be posted to a worker and instantiated again). */
    this.module = module;
    /** The raw instance: `instance.exports` has the unwrapped wasm functions. */
    this.instance = instance;
    /** The ABI manifest the wrappers were built from. */
    this.manifest = manifest;
    /** The exported Go functions, wrapped: JS values in, JS values out. */
    this.exports = exports;
    /**
     * The exports again, but a result of a numeric or byte slice type is a typed-array view of the
     * module's memory instead of a copy: valid until memory grows or Go reuses that memory.
     * @type {Record<string, (...args: any[]) => any>}
     */
    this.views = exports;
    this.#mem = mem;
    this.#host = host;
  }

  /** The compile target the module was built for: "direct", "js" or "wasi". */
  get target() {
    return this.#host.target;
  }

  /**
   * How many JS values Go code holds handles to (js target; null for the others). Handles are
   * released when the collector frees the Go values that held them.
   * @returns {number | null}
   */
  jsHandles() {
    return this.#host.liveHandles?.() ?? null;
  }

  /** The module's linear memory (null when it has none). Its buffer changes when memory grows. */
  get memory() {
    return this.#mem.memory;
  }

  /**
   * Allocates a typed array in the module's memory (zero-copy slice arguments).
   * @template {import('./marshal/memory.js').TypedArrayConstructor} C
   * @param {C} Ctor Int32Array, Float64Array, Uint8Array, BigInt64Array, …
   * @param {number | ArrayLike<number> | ArrayLike<bigint>} lengthOrData a length (zeroed elements) or the elements
   * @returns {import('./marshal/memory.js').ModuleArray<InstanceType<C>>}
   */
  alloc(Ctor, lengthOrData) {
    return /** @type {any} */ (allocModuleArray(this.#mem, Ctor, lengthOrData));
  }

  /**
   * The collector's statistics; null for a module without a collector (gc: "leaking" or "none",
   * or a program that never allocates).
   * @returns {import('./gc.js').HeapStats | null}
   */
  heapStats() {
    return readHeapStats(this.instance.exports, this.manifest.gcStats ?? null);
  }

  /**
   * Runs a garbage collection now (what Go's runtime.GC does) and returns the statistics after it.
   * @returns {import('./gc.js').HeapStats | null}
   */
  gc() {
    const collect = this.manifest.collect ? this.instance.exports[this.manifest.collect] : undefined;
    if (typeof collect === 'function') collect();
    return this.heapStats();
  }

  /**
   * Sets the collection target percentage (Go's GOGC; negative turns automatic collection off).
   * @param {number} percent
   * @returns {number | null} the previous setting (null without a collector)
   */
  setGCPercent(percent) {
    if (!Number.isInteger(percent) || percent < -1 || percent > 2 ** 31 - 1) {
      throw new RangeError(`setGCPercent: percent must be an integer from -1 up, got ${String(percent)}`);
    }
    const set = this.instance.exports.gomethod_set_gc_percent;
    return typeof set === 'function' ? set(percent) : null;
  }
}

/**
 * Instantiates a compiled module and wraps its exports.
 *
 *     const mod = await instantiate(out);                     // a compile result
 *     const mod = await instantiate(wasmBytes, manifest);     // or bytes / a WebAssembly.Module
 *     mod.exports.add(2, 3);
 *
 * @param {any} source a compile result, or wasm bytes / a WebAssembly.Module followed by the manifest
 * @param {any} [manifestOrOptions]
 * @param {InstantiateOptions} [maybeOptions]
 * @returns {Promise<GoModule>}
 */
export async function instantiate(source, manifestOrOptions, maybeOptions) {
  const { wasm, manifest, options } = parseArguments(source, manifestOrOptions, maybeOptions);
  if (options === null || typeof options !== 'object') throw new TypeError(`instantiate: options must be an object, got ${describe(options)}`);
  checkManifest(manifest);
  for (const key of ['stdout', 'stderr']) {
    const sink = /** @type {any} */ (options)[key];
    if (sink !== undefined && typeof sink !== 'function') throw new TypeError(`instantiate: options.${key} must be a function, got ${describe(sink)}`);
  }

  const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
  /** @type {ModuleMemory | null} */
  let mem = null;
  const depth = { importDepth: 0 };
  const sinks = {
    stdout: options.stdout ?? lineSink((line) => console.log(line)),
    stderr: options.stderr ?? lineSink((line) => console.warn(line)),
  };
  const host = await createHost(targetOf(module, manifest), {
    sinks,
    memory: () => mem?.memory,
    args: options.args,
    env: options.env,
    global: options.global,
  });
  const imports = linkImports(module, host.imports, options.imports, depth);
  const instance = await WebAssembly.instantiate(module, imports);
  host.bind(instance);
  const raw = instance.exports;

  const memory = raw.memory instanceof WebAssembly.Memory ? raw.memory : null;
  const fn = (/** @type {string | null | undefined} */ name, /** @type {string} */ fallback) => {
    const f = raw[name ?? fallback];
    return typeof f === 'function' ? f : null;
  };
  mem = new ModuleMemory(memory, fn(manifest.alloc, 'gomethod_alloc'), fn(manifest.free, 'gomethod_free'));
  // With a collector, Go may keep what it was given: call inputs never share memory (memory.js).
  mem.collected = manifest.gc === 'conservative';
  const m = mem;
  const errorMessage = fn(manifest.errorMessage, 'gomethod_error_message');
  /** A Go error value (type code, data) as null or a GoError carrying Error()'s text. */
  m.errorValue = (/** @type {number} */ code, /** @type {number} */ data) => {
    if (!code) return null;
    if (!errorMessage) return new GoError('(error text unavailable: the module exports no gomethod_error_message)');
    const [p, n] = /** @type {number[]} */ (errorMessage(code, data));
    m.sync?.();
    return new GoError(decode(m.u8, p >>> 0, n >>> 0));
  };
  const reset = fn(manifest.reset, 'gomethod_reset');
  const panicClear = fn(null, 'gomethod_panic_clear');

  /**
   * Turns whatever a call into the module threw into what the caller should see, resetting the
   * runtime first (unless the call is nested inside a host import of an outer call).
   * @param {unknown} err
   * @returns {unknown}
   */
  const onTrap = (err) => {
    if (err instanceof GoPanic) {
      // A nested call's panic that a host import let through: the runtime is already reset
      // when this is the outermost call.
      if (depth.importDepth === 0 && reset) reset();
      else if (depth.importDepth > 0) panicClear?.();
      return err;
    }
    host.drain();
    const trap = isTrap(err);
    const overflow = !trap && isStackOverflow(err);
    // A WASI host's proc_exit throws its own error after the runtime recorded the exit.
    const recorded = readPanic(raw);
    const panic = trap || overflow || recorded?.exit != null ? recorded : null;
    try {
      if (depth.importDepth === 0) reset?.();
      else panicClear?.(); // inside a host call of an outer call: keep that call's stack
    } catch {
      // A module whose reset traps is beyond help; the error below still says why.
    }
    m.sync();
    if (panic?.exit != null) return new GoPanic(panic.message, { kind: 'exit', exitCode: panic.exit, cause: err });
    if (panic) return new GoPanic(panic.message, { kind: panic.fatal ? 'fatal' : 'panic', cause: err });
    if (overflow) return new GoPanic('fatal error: stack overflow', { kind: 'fatal', cause: err });
    if (trap) return new GoPanic(`wasm trap: ${/** @type {Error} */ (err).message}`, { kind: 'trap', cause: err });
    return err; // a JS exception from a host import: the caller's own error
  };
  m.onTrap = onTrap;
  host.handleTraps?.(onTrap);
  const register = fn(null, 'gomethod_js_register');
  if (host.handles) {
    m.jsBridge = {
      ...host.handles,
      register: (/** @type {number} */ p, /** @type {number} */ id) => register?.(p, id),
    };
  }

  // Package initialization: _initialize for a library, _start (initialization, then main) for
  // a program.
  try {
    if (host.target === 'wasi') {
      // node:wasi and the shim must run _start / _initialize themselves (they bind memory).
      if (fn(null, '_start')) {
        if (host.start(instance) !== 0) throw new WebAssembly.RuntimeError('the program exited');
      } else {
        host.initialize(instance);
      }
    } else {
      const init = fn(manifest.initialize, '_initialize') ?? fn(null, '_start');
      init?.();
      host.drain();
    }
  } catch (err) {
    throw onTrap(err);
  }
  try {
    m.setup();
  } catch (err) {
    throw onTrap(err);
  }

  /** @type {Record<string, (...args: any[]) => any>} */
  const exports = {};
  // A direct module's output waits in its memory: take it after every call.
  const drained = (/** @type {any} */ f) => {
    if (!manifest.output || typeof f !== 'function') return f;
    const call = function (/** @type {any[]} */ ...args) {
      try {
        return Reflect.apply(f, undefined, args);
      } finally {
        host.drain();
      }
    };
    return Object.defineProperty(call, 'length', { value: f.length }); // the wrappers check arity
  };
  for (const spec of manifest.exports) {
    const rawFn = drained(raw[spec.name]);
    if (typeof rawFn !== 'function') {
      throw new TypeError(`instantiate: the manifest lists ${spec.name}, but the module exports no such function`);
    }
    const wrapper = /** @type {(...args: any[]) => any} */ (makeWrapper(spec, /** @type {Function} */ (rawFn), m, onTrap));
    Object.defineProperty(exports, spec.name, { value: wrapper, enumerable: true });
  }
  // The same exports, returning typed-array slice results as views of the module's memory.
  /** @type {Record<string, (...args: any[]) => any>} */
  const views = {};
  for (const spec of manifest.exports) {
    const typedResult = spec.results.some((/** @type {any} */ r) => r.type?.kind === 'slice' && buildCodec(r.type, m).typed);
    const wrapper = typedResult ? makeWrapper(spec, drained(raw[spec.name]), m, onTrap, true) : exports[spec.name];
    Object.defineProperty(views, spec.name, { value: wrapper, enumerable: true });
  }
  Object.freeze(views);
  for (const cls of manifest.classes ?? []) {
    const Cls = makeClass(cls, m, (spec, rawFn) => makeWrapper(spec, drained(rawFn), m, onTrap), raw);
    Object.defineProperty(exports, cls.name, { value: Cls, enumerable: true });
  }
  Object.freeze(exports);
  const goModule = new GoModule(module, instance, manifest, exports, m, host);
  /** Like `exports`, but numeric/byte slice results are views of the module's memory (no copy). */
  goModule.views = views;
  return goModule;
}

// ---- wrappers ------------------------------------------------------------------------------

/**
 * @param {any} p
 * @param {number} i
 */
function paramName(p, i) {
  return typeof p.name === 'string' && p.name !== '' && p.name !== '_' ? p.name : `#${i + 1}`;
}

/**
 * Builds the JS function for one export.
 * @param {any} spec the manifest entry
 * @param {Function} raw the wasm export
 * @param {ModuleMemory} mem
 * @param {(err: unknown) => unknown} onTrap
 * @returns {Function}
 */
export function makeWrapper(spec, raw, mem, onTrap, views = false) {
  const name = spec.name;
  const signature = typeof spec.go === 'string' ? spec.go : `func ${name}(…)`;
  /** @type {import('./marshal/codec.js').ParamAdapter[]} */
  const params = spec.params.map((/** @type {any} */ p) => paramAdapter(buildCodec(p.type, mem), mem));
  /** @type {import('./marshal/codec.js').ResultAdapter[]} */
  const results = spec.results.map((/** @type {any} */ r) => resultAdapter(buildCodec(r.type, mem), mem, views));
  const wheres = spec.params.map((/** @type {any} */ p, /** @type {number} */ i) => `${name}: argument ${paramName(p, i)}`);
  const variadic = spec.variadic === true && params.length > 0;
  const nParams = params.length;
  const nFixed = variadic ? nParams - 1 : nParams;

  // The manifest's lowering must be the one these adapters produce (a value the ABI cannot carry
  // yet has no adapter: its wrapper only throws, so only the manifest's count matters).
  const nwasm = params.reduce((/** @type {number} */ n, /** @type {any} */ a) => n + a.nwasm, 0);
  const usable = params.every((a) => a.codec.supported) && results.every((a) => a.codec.supported);
  if (usable) {
    spec.params.forEach((/** @type {any} */ p, /** @type {number} */ i) => {
      if (Array.isArray(p.wasm) && p.wasm.length !== params[i].nwasm) {
        throw new TypeError(`instantiate: ${name}: parameter ${paramName(p, i)} (${p.go}) lowers to ${p.wasm.length} wasm values in the manifest, ${params[i].nwasm} here`);
      }
    });
    if (raw.length !== nwasm) {
      throw new TypeError(`instantiate: ${name}: the wasm function takes ${raw.length} values, the manifest describes ${nwasm}`);
    }
  }

  /** @param {number} argc */
  const arityError = (argc) =>
    new TypeError(
      `${name}: expected ${variadic ? 'at least ' : ''}${nFixed} argument${nFixed === 1 ? '' : 's'}, got ${argc} (${signature})`,
    );

  /** @type {Array<{ codec: import('./marshal/codec.js').Codec, usesMemory: boolean }>} */
  const both = [...params, ...results];
  const unusable = both.find((a) => !a.codec.supported);
  const needsMemory = both.find((a) => a.usesMemory);
  const needsAlloc = params.find((a) => a.usesMemory);
  let wrapper;
  if (unusable) {
    const at = both.indexOf(unusable);
    const value = at < params.length ? spec.params[at] : spec.results[at - params.length];
    const what = at < params.length ? `parameter ${paramName(value, at)}` : 'its result';
    const goType = typeof value.go === 'string' ? value.go : unusable.codec.goType;
    const why = `${name}: cannot be called from JS: ${what} has type ${goType}, which cannot cross the boundary yet (${signature})`;
    wrapper = function () {
      throw new TypeError(why);
    };
  } else if ((needsMemory && !mem.memory) || (needsAlloc && !mem.allocFn)) {
    // The compiler should never emit this; say so rather than fail obscurely inside a call.
    const missing = needsMemory && !mem.memory ? 'no linear memory' : 'no allocator (gomethod_alloc)';
    const goType = /** @type {any} */ (needsMemory && !mem.memory ? needsMemory : needsAlloc).codec.goType;
    const why = `${name}: cannot be called: the module exports ${missing} to pass ${goType} through (${signature}); this is a compiler bug`;
    wrapper = function () {
      throw new Error(why);
    };
  } else if (!variadic && params.every((a) => a.codec.scalar) && results.every((a) => a.codec.scalar) && nParams <= 4) {
    wrapper = scalarWrapper(raw, params, results, wheres, name, arityError, onTrap);
  } else {
    wrapper = generalWrapper(raw, params, results, wheres, name, variadic, nFixed, nwasm, arityError, mem, onTrap);
  }
  // (T…, error): a non-nil error is thrown as GoError; otherwise the other results are returned.
  if (results.length > 0 && results[results.length - 1].codec.kind === 'error') {
    const inner = wrapper;
    const n = results.length;
    wrapper = function () {
      const r = inner.apply(this, /** @type {any} */ (arguments));
      const err = n === 1 ? r : r[n - 1];
      if (err) throw err;
      return n === 1 ? undefined : n === 2 ? r[0] : r.slice(0, n - 1);
    };
  }
  Object.defineProperty(wrapper, 'name', { value: name });
  Object.defineProperty(wrapper, 'signature', { value: signature });
  return wrapper;
}

/**
 * The lean wrapper for signatures of scalars only (bool, integers, floats): no memory, no
 * allocation, one inlinable converter per argument, and no lifting at all for results that come
 * out of wasm as they are (int8, int16, int32, float32, float64, none).
 * @param {Function} raw
 * @param {import('./marshal/codec.js').ParamAdapter[]} params
 * @param {import('./marshal/codec.js').ResultAdapter[]} results
 * @param {string[]} wheres
 * @param {string} name
 * @param {(argc: number) => TypeError} arityError
 * @param {(err: unknown) => unknown} onTrap
 */
function scalarWrapper(raw, params, results, wheres, name, arityError, onTrap) {
  const conv = params.map((a, i) =>
    /** @type {any} */ (a.codec).converter((/** @type {Error} */ err) => {
      throw placeError(err, wheres[i]);
    }),
  );
  const lifts = results.map((a) => /** @type {(r: any) => any} */ (a.codec.fromWasm));
  const nres = results.length;
  /** @type {(r: any) => any} */
  let lift;
  if (nres === 1) {
    const one = lifts[0];
    const where = `${name}: result`;
    lift = (r) => {
      try {
        return one(r);
      } catch (err) {
        throw placeError(err, where);
      }
    };
  } else {
    lift = (r) => {
      const out = new Array(nres);
      for (let i = 0; i < nres; i++) {
        try {
          out[i] = lifts[i](r[i]);
        } catch (err) {
          throw placeError(err, `${name}: result ${i}`);
        }
      }
      return out;
    };
  }
  const plain = nres === 0 || (nres === 1 && ['int8', 'int16', 'int32', 'float32', 'float64'].includes(results[0].codec.kind));
  const [c0, c1, c2, c3] = conv;
  const n = params.length;
  if (plain) {
    switch (n) {
      case 0:
        return function () {
          if (arguments.length !== 0) throw arityError(arguments.length);
          try {
            return raw();
          } catch (err) {
            throw onTrap(err);
          }
        };
      case 1:
        return function (/** @type {any} */ a) {
          if (arguments.length !== 1) throw arityError(arguments.length);
          a = c0(a);
          try {
            return raw(a);
          } catch (err) {
            throw onTrap(err);
          }
        };
      case 2:
        return function (/** @type {any} */ a, /** @type {any} */ b) {
          if (arguments.length !== 2) throw arityError(arguments.length);
          a = c0(a);
          b = c1(b);
          try {
            return raw(a, b);
          } catch (err) {
            throw onTrap(err);
          }
        };
      case 3:
        return function (/** @type {any} */ a, /** @type {any} */ b, /** @type {any} */ c) {
          if (arguments.length !== 3) throw arityError(arguments.length);
          a = c0(a);
          b = c1(b);
          c = c2(c);
          try {
            return raw(a, b, c);
          } catch (err) {
            throw onTrap(err);
          }
        };
      default:
        return function (/** @type {any} */ a, /** @type {any} */ b, /** @type {any} */ c, /** @type {any} */ d) {
          if (arguments.length !== 4) throw arityError(arguments.length);
          a = c0(a);
          b = c1(b);
          c = c2(c);
          d = c3(d);
          try {
            return raw(a, b, c, d);
          } catch (err) {
            throw onTrap(err);
          }
        };
    }
  }
  switch (n) {
    case 0:
      return function () {
        if (arguments.length !== 0) throw arityError(arguments.length);
        let r;
        try {
          r = raw();
        } catch (err) {
          throw onTrap(err);
        }
        return lift(r);
      };
    case 1:
      return function (/** @type {any} */ a) {
        if (arguments.length !== 1) throw arityError(arguments.length);
        a = c0(a);
        let r;
        try {
          r = raw(a);
        } catch (err) {
          throw onTrap(err);
        }
        return lift(r);
      };
    case 2:
      return function (/** @type {any} */ a, /** @type {any} */ b) {
        if (arguments.length !== 2) throw arityError(arguments.length);
        a = c0(a);
        b = c1(b);
        let r;
        try {
          r = raw(a, b);
        } catch (err) {
          throw onTrap(err);
        }
        return lift(r);
      };
    case 3:
      return function (/** @type {any} */ a, /** @type {any} */ b, /** @type {any} */ c) {
        if (arguments.length !== 3) throw arityError(arguments.length);
        a = c0(a);
        b = c1(b);
        c = c2(c);
        let r;
        try {
          r = raw(a, b, c);
        } catch (err) {
          throw onTrap(err);
        }
        return lift(r);
      };
    default:
      return function (/** @type {any} */ a, /** @type {any} */ b, /** @type {any} */ c, /** @type {any} */ d) {
        if (arguments.length !== 4) throw arityError(arguments.length);
        a = c0(a);
        b = c1(b);
        c = c2(c);
        d = c3(d);
        let r;
        try {
          r = raw(a, b, c, d);
        } catch (err) {
          throw onTrap(err);
        }
        return lift(r);
      };
  }
}

/**
 * Calls raw with the first n values of an array, without spreading.
 * @param {Function} raw
 * @param {number} n
 * @returns {(a: any[]) => any}
 */
function invoker(raw, n) {
  switch (n) {
    case 0: return () => raw();
    case 1: return (a) => raw(a[0]);
    case 2: return (a) => raw(a[0], a[1]);
    case 3: return (a) => raw(a[0], a[1], a[2]);
    case 4: return (a) => raw(a[0], a[1], a[2], a[3]);
    case 5: return (a) => raw(a[0], a[1], a[2], a[3], a[4]);
    case 6: return (a) => raw(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7: return (a) => raw(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8: return (a) => raw(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default: return (a) => Reflect.apply(raw, undefined, a);
  }
}

/**
 * The wrapper for everything else: strings, slices, structs, arrays, pointers, variadics, more
 * than four parameters.
 * @param {Function} raw
 * @param {import('./marshal/codec.js').ParamAdapter[]} params
 * @param {import('./marshal/codec.js').ResultAdapter[]} results
 * @param {string[]} wheres
 * @param {string} name
 * @param {boolean} variadic
 * @param {number} nFixed
 * @param {number} nwasm
 * @param {(argc: number) => TypeError} arityError
 * @param {ModuleMemory} mem
 * @param {(err: unknown) => unknown} onTrap
 */
function generalWrapper(raw, params, results, wheres, name, variadic, nFixed, nwasm, arityError, mem, onTrap) {
  const nParams = params.length;
  const checks = params.map((a) => a.codec.check);
  const lowers = params.map((a) => a.lower);
  /** @type {number[]} */
  const offsets = [];
  for (let i = 0, o = 0; i < nParams; i++) {
    offsets.push(o);
    o += params[i].nwasm;
  }
  const nres = results.length;
  const lifts = results.map((a) => a.lift);
  /** @type {number[]} */
  const resultOffsets = [];
  for (let i = 0, o = 0; i < nres; i++) {
    resultOffsets.push(o);
    o += results[i].nwasm;
  }
  const rawResults = results.reduce((n, a) => n + a.nwasm, 0);
  const resultsUseMemory = results.some((a) => a.usesMemory);
  const resultWheres = results.map((_, i) => (nres === 1 ? `${name}: result` : `${name}: result ${i}`));
  const call = invoker(raw, nwasm);

  return function () {
    const argc = arguments.length;
    /** @type {ArrayLike<any>} */
    let values = arguments;
    if (variadic) {
      if (argc < nFixed) throw arityError(argc);
      const all = new Array(nParams);
      for (let i = 0; i < nFixed; i++) all[i] = arguments[i];
      const rest = new Array(argc - nFixed);
      for (let i = nFixed; i < argc; i++) rest[i - nFixed] = arguments[i];
      all[nFixed] = rest;
      values = all;
    } else if (argc !== nParams) {
      throw arityError(argc);
    }

    // 1. Check every argument; nothing is allocated or written yet.
    let k = 0;
    try {
      for (; k < nParams; k++) checks[k](values[k]);
    } catch (err) {
      throw placeError(err, wheres[k]);
    }

    // 2. Copy in, call, copy out, release.
    const cx = mem.begin();
    const args = new Array(nwasm);
    let phase = 0;
    let i = 0;
    try {
      for (k = 0; k < nParams; k++) lowers[k](cx, values[k], args, offsets[k]);
      phase = 1;
      const r = call(args);
      phase = 2;
      if (nres === 0) return undefined;
      if (resultsUseMemory) mem.sync();
      if (rawResults === 1) {
        args[0] = r;
        return lifts[0](cx, args, 0);
      }
      if (nres === 1) return lifts[0](cx, r, 0);
      const out = new Array(nres);
      for (i = 0; i < nres; i++) out[i] = lifts[i](cx, r, resultOffsets[i]);
      return out;
    } catch (err) {
      if (phase !== 1) {
        // A bad value: an argument that broke while copied in, or a result JS cannot hold.
        const e = placeError(err, phase === 0 ? wheres[k] : resultWheres[i]);
        if (e !== err) throw e;
      }
      throw onTrap(err);
    } finally {
      mem.end(cx);
    }
  };
}
