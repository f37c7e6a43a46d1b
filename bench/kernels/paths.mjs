// Issue #8: the benchmark kernels and the paths that bring them to a web page, behind one loader.
// The suite runner, the report and the live demo page all load paths through this module, in Node
// (files are read from the repository) and in Chromium (fetched from the repository as served by
// scripts/serve.js at its root).
//
//   import { KERNELS, PATHS, PATH_INFO, loadPath, sameResult } from './bench/kernels/paths.mjs';
//   const p = await loadPath('direct');                 // gomethod: compile kernels.go, instantiate
//   const k = KERNELS.find((k) => k.name === 'sum');
//   const prepared = p.prepare(k, k.input(1e5));        // untimed
//   const result = p.run(k, prepared);                  // timed: the call and its boundary crossing
//   p.dispose();
//
// Paths: gomethod compiles bench/kernels/kernels.go in the page for its targets `direct`, `js`,
// `wasi`; `aot` is the same kernels written in C++ and compiled ahead of time (Emscripten + embind,
// dist/aot/, web/aot.js); the anchors are standard Go 1.19 GOOS=js (`stdgo`), AssemblyScript -O3
// and plain JS (bench/kernels/build.mjs builds the first two into bench/kernels/out/).
//
// Inputs are made in JS from a seeded PRNG. By default prepare() keeps them as JS typed arrays and
// run() passes them the way the path's users would, so each run includes copying them in (embind's
// vector conversion, gomethod's marshaller, js.CopyBytesToGo, asc's bindings). prepare(k, input,
// { resident: true }) instead puts them into the module's memory once (gomethod ModuleArray,
// Emscripten heap, AssemblyScript objects, Go slices held by the Go side) so that run() measures
// the kernel and the bare call.

import { createCompiler, instantiate, loadAot } from '../../web/index.js';

/** @typedef {'sum'|'dot'|'mandelbrot'|'nbody'|'crc32'|'sort'|'strings'|'dispatch'|'generic'} KernelName */
/** @typedef {'direct'|'js'|'wasi'|'aot'|'stdgo'|'assemblyscript'|'plainjs'} PathName */

const now = () => performance.now();
const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

// ---- inputs -------------------------------------------------------------------------------

/** FNV-1a of a string: the per-kernel seed. */
function seedOf(name, size) {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h ^ size) >>> 0;
}

/** mulberry32: a small, fast, seeded uint32 generator. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform in [lo, hi): exact doubles (a uint32 scaled by 2^-32). */
const uniform = (next, lo, hi) => lo + (hi - lo) * (next() / 4294967296);

function int32s(next, n) {
  const xs = new Int32Array(n);
  for (let i = 0; i < n; i++) xs[i] = next() | 0;
  return xs;
}

function float64s(next, n) {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = uniform(next, -1, 1);
  return xs;
}

/**
 * @typedef {object} Kernel
 * @property {KernelName} name
 * @property {string} title
 * @property {string} fn the export's name (the same in every path: kernels.go's //export name)
 * @property {'int32'|'uint32'|'float64'} result the Go result type (numbers in JS)
 * @property {string} unit what `size` counts
 * @property {number[]} sizes default sizes for the suite
 * @property {number[]} testSizes small sizes for the cross-check tests (one of them odd)
 * @property {(size: number) => Record<string, any>} input deterministic input: typed arrays and numbers
 * @property {(input: Record<string, any>) => any[]} args the export's arguments, in order
 */

/** @type {readonly Kernel[]} */
export const KERNELS = Object.freeze([
  {
    name: 'sum',
    title: 'Integer sum (int32 array)',
    fn: 'Sum',
    result: 'int32',
    unit: 'int32 elements',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => ({ xs: int32s(prng(seedOf('sum', size)), size) }),
    args: (i) => [i.xs],
  },
  {
    name: 'dot',
    title: 'Float dot product (two float64 arrays)',
    fn: 'Dot',
    result: 'float64',
    unit: 'float64 elements per array',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => {
      const next = prng(seedOf('dot', size));
      return { a: float64s(next, size), b: float64s(next, size) };
    },
    args: (i) => [i.a, i.b],
  },
  {
    name: 'mandelbrot',
    title: 'Mandelbrot tile (iteration count sum)',
    fn: 'Mandelbrot',
    result: 'int32',
    unit: 'pixels (max 100 iterations each)',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 777],
    // A w×h tile over x ∈ [-2.2, 0.8), centred on the real axis; size ≈ w·h pixels.
    input: (size) => {
      const w = Math.max(1, Math.round(Math.sqrt(size * 1.25)));
      const h = Math.max(1, Math.round(size / w));
      const step = 3 / w;
      return { w, h, x0: -2.2, y0: -(h * step) / 2, step, maxIter: 100 };
    },
    args: (i) => [i.w, i.h, i.x0, i.y0, i.step, i.maxIter],
  },
  {
    name: 'nbody',
    title: 'N-body step (all pairs, returns energy)',
    fn: 'NBody',
    result: 'float64',
    unit: 'bodies (10 steps)',
    sizes: [10, 100, 1000],
    testSizes: [100, 37],
    // 7 float64 per body: position in [-1, 1)³, velocity in [-0.1, 0.1)³, mass in [0.5, 1.5)/n.
    input: (size) => {
      const next = prng(seedOf('nbody', size));
      const bodies = new Float64Array(7 * size);
      for (let i = 0; i < size; i++) {
        const o = 7 * i;
        for (let k = 0; k < 3; k++) bodies[o + k] = uniform(next, -1, 1);
        for (let k = 3; k < 6; k++) bodies[o + k] = uniform(next, -0.1, 0.1);
        bodies[o + 6] = uniform(next, 0.5, 1.5) / size;
      }
      return { bodies, steps: 10 };
    },
    args: (i) => [i.bodies, i.steps],
  },
  {
    name: 'crc32',
    title: 'CRC32 (IEEE) over bytes',
    fn: 'CRC32',
    result: 'uint32',
    unit: 'bytes',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => {
      const next = prng(seedOf('crc32', size));
      const data = new Uint8Array(size);
      for (let i = 0; i < size; i++) data[i] = next() & 0xff;
      return { data };
    },
    args: (i) => [i.data],
  },
  {
    name: 'sort',
    title: 'Sort int32 (quicksort of a copy, hash of the result)',
    fn: 'SortInts',
    result: 'uint32',
    unit: 'int32 elements',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => ({ xs: int32s(prng(seedOf('sort', size)), size) }),
    args: (i) => [i.xs],
  },
  {
    name: 'strings',
    title: 'String building (numbers joined with commas, hash)',
    fn: 'JoinInts',
    result: 'uint32',
    unit: 'numbers in [-10⁶, 10⁶]',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => {
      const next = prng(seedOf('strings', size));
      const xs = new Int32Array(size);
      for (let i = 0; i < size; i++) xs[i] = (next() % 2000001) - 1000000;
      return { xs };
    },
    args: (i) => [i.xs],
  },
  {
    name: 'dispatch',
    title: 'Interface dispatch (Area() over 3 shape types)',
    fn: 'Dispatch',
    result: 'float64',
    unit: 'calls',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => {
      const next = prng(seedOf('dispatch', size));
      const kinds = new Uint8Array(size);
      for (let i = 0; i < size; i++) kinds[i] = next() % 3;
      return { kinds };
    },
    args: (i) => [i.kinds],
  },
  {
    name: 'generic',
    title: 'Generic Sum[T] (int32 and float64 instantiations)',
    fn: 'SumGeneric',
    result: 'float64',
    unit: 'elements per array',
    sizes: [1e3, 1e5, 1e6],
    testSizes: [1e3, 1021],
    input: (size) => {
      const next = prng(seedOf('generic', size));
      return { xs: int32s(next, size), ys: float64s(next, size) };
    },
    args: (i) => [i.xs, i.ys],
  },
].map((k) => Object.freeze(k)));

const KERNEL_BY_NAME = new Map(KERNELS.map((k) => [k.name, k]));

/** @param {Kernel | KernelName} kernel */
function kernelOf(kernel) {
  const k = typeof kernel === 'string' ? KERNEL_BY_NAME.get(/** @type {KernelName} */ (kernel)) : kernel;
  if (!k || KERNEL_BY_NAME.get(k.name) !== k) throw new RangeError(`unknown kernel ${JSON.stringify(typeof kernel === 'string' ? kernel : kernel?.name)}`);
  return k;
}

// ---- paths --------------------------------------------------------------------------------

/** @type {readonly PathName[]} */
export const PATHS = Object.freeze(['direct', 'js', 'wasi', 'aot', 'stdgo', 'assemblyscript', 'plainjs']);

/**
 * `kind`: 'gomethod' for the paths that compile kernels.go with gomethod (they have compileMs and
 * heapStats); 'anchor' for the rest. `aot` ships with gomethod (loadAot()) but compiles no Go: it
 * is the C++ reference. `lang` is the language the kernels are written in.
 * @type {Readonly<Record<PathName, { title: string, kind: 'gomethod' | 'anchor', lang: string }>>}
 */
export const PATH_INFO = Object.freeze({
  direct: Object.freeze({ title: 'gomethod, target direct', kind: 'gomethod', lang: 'Go' }),
  js: Object.freeze({ title: 'gomethod, target js', kind: 'gomethod', lang: 'Go' }),
  wasi: Object.freeze({ title: 'gomethod, target wasi', kind: 'gomethod', lang: 'Go' }),
  aot: Object.freeze({ title: 'C++ ahead of time (Emscripten + embind)', kind: 'anchor', lang: 'C++' }),
  stdgo: Object.freeze({ title: 'Go 1.19 GOOS=js (syscall/js)', kind: 'anchor', lang: 'Go' }),
  assemblyscript: Object.freeze({ title: 'AssemblyScript -O3', kind: 'anchor', lang: 'AssemblyScript' }),
  plainjs: Object.freeze({ title: 'plain JS', kind: 'anchor', lang: 'JS' }),
});

/** The call timed as startup.firstCallMs on every path: Sum over 1,000 int32 (copied in). */
const FIRST_CALL = { kernel: 'sum', size: 1000 };

/**
 * Where the repository's files are: `artifacts` (a URL or, in Node, a directory) or the repository
 * this module lives in.
 * @param {string | URL | undefined} artifacts
 */
function rootOf(artifacts) {
  if (artifacts === undefined || artifacts === null) return new URL('../../', import.meta.url);
  let s = String(artifacts);
  if (!s.endsWith('/')) s += '/';
  if (isNode && !/^[a-z][a-z0-9+.-]*:/i.test(s)) {
    // A directory path in Node.
    return new URL(`file://${encodeURI(s.startsWith('/') ? s : `${process.cwd()}/${s}`)}`);
  }
  return new URL(s, typeof location === 'object' ? location.href : import.meta.url);
}

/** @param {URL} url @returns {Promise<Uint8Array>} */
async function readBytes(url) {
  if (url.protocol === 'file:') {
    const { readFile } = await import(/* @vite-ignore */ 'node:fs/promises');
    try {
      return new Uint8Array(await readFile(url));
    } catch (err) {
      throw new Error(`cannot read ${url.pathname}${hintFor(url)}`, { cause: err });
    }
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`cannot fetch ${url.href}: HTTP ${response.status}${hintFor(url)}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** @param {URL} url */
function hintFor(url) {
  if (url.pathname.includes('/bench/kernels/out/')) return ' (run `node bench/kernels/build.mjs` first)';
  if (url.pathname.includes('/dist/')) return ' (run `npm run build` first)';
  return '';
}

/** @param {URL} url */
async function readText(url) {
  return new TextDecoder().decode(await readBytes(url));
}

/** @param {URL} url */
async function readJSON(url) {
  try {
    return JSON.parse(await readText(url));
  } catch {
    return null;
  }
}

/**
 * Compiles wasm bytes, on the calling thread where the host allows it (Chromium refuses
 * synchronous compilation on a page's main thread above its size limit: then asynchronously), so
 * that every path's instantiateMs is the same thing: compile, instantiate, initialize.
 * @param {Uint8Array} bytes
 * @returns {Promise<WebAssembly.Module>}
 */
async function compileModule(bytes) {
  try {
    return new WebAssembly.Module(/** @type {BufferSource} */ (bytes));
  } catch (err) {
    if (err instanceof WebAssembly.CompileError) throw err;
    return WebAssembly.compile(/** @type {BufferSource} */ (bytes));
  }
}

/**
 * Instantiates module once with stub imports and drops the instance. Right after the compiler has
 * run, V8 (Node 20) holds the first asynchronous WebAssembly.instantiate back until background
 * work of the compiler module (its TurboFan tier-up) is done: 0.4–1.3 s on 2 cores, for any
 * module. That would be charged to whichever path is loaded first after a compile, so gomethod
 * paths absorb it here, untimed for instantiateMs but reported as startup.settleMs.
 * @param {WebAssembly.Module} module
 */
async function settle(module) {
  /** @type {Record<string, Record<string, () => number>>} */
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind !== 'function') return; // cannot stub memories/tables/globals: skip
    (imports[imp.module] ??= {})[imp.name] = () => 0;
  }
  try {
    await WebAssembly.instantiate(module, imports);
  } catch {
    // A start function that traps on the stubs: the wait has happened all the same.
  }
}

/** A call of fn with args, without a spread on the hot path for the usual arities. */
function bindCall(fn, a) {
  switch (a.length) {
    case 1:
      return () => fn(a[0]);
    case 2:
      return () => fn(a[0], a[1]);
    case 4:
      return () => fn(a[0], a[1], a[2], a[3]);
    case 6:
      return () => fn(a[0], a[1], a[2], a[3], a[4], a[5]);
    default:
      return () => fn(...a);
  }
}

const isTypedArray = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView);

/**
 * @typedef {object} Prepared
 * @property {KernelName} kernel
 * @property {boolean} resident whether the inputs live in the module's memory
 * @property {() => any} call
 * @property {(() => void) | null} release
 */

/**
 * @typedef {object} LoadedPath
 * @property {PathName} path
 * @property {{ loadCompilerMs?: number, compileMs?: number, instantiateMs: number, firstCallMs: number, settleMs?: number }} startup
 *   instantiateMs: compiling the wasm (on the calling thread) and instantiating it, incl. the path's
 *   initialization; settleMs (gomethod paths): V8's wait after the compiler ran, see settle()
 * @property {Uint8Array | null} wasmBytes the module as shipped (null for plainjs)
 * @property {number} [extraBytes] the JS glue shipped with it
 * @property {() => number} memoryBytes
 * @property {(kernel: Kernel | KernelName, input: Record<string, any>, options?: { resident?: boolean }) => Prepared} prepare
 * @property {(kernel: Kernel | KernelName, prepared: Prepared) => number | string | bigint} run
 * @property {(prepared: Prepared) => void} release frees what prepare() put into the module (dispose() frees the rest)
 * @property {() => object | null} [heapStats]
 * @property {() => void} dispose
 * @property {Record<string, (...args: any[]) => any>} exports the kernels with the gomethod module's JS signatures (copying)
 * @property {boolean} residentSupported whether prepare(…, { resident: true }) keeps inputs in the module
 * @property {string} [target] gomethod paths: the target the module was really compiled for
 * @property {{ ms: number, tool: string }} [build] anchors built ahead of time: how long it took
 */

/**
 * Loads one path: compiles/instantiates what it needs and makes the first call, timing each step.
 * @param {PathName} path
 * @param {{ gc?: 'conservative' | 'leaking' | 'none', opt?: number, artifacts?: string | URL }} [options]
 * @returns {Promise<LoadedPath>}
 */
export async function loadPath(path, { gc = 'conservative', opt = 0, artifacts } = {}) {
  if (!PATHS.includes(path)) throw new RangeError(`unknown path ${JSON.stringify(path)}; one of ${PATHS.join(', ')}`);
  const root = rootOf(artifacts);
  let loaded;
  switch (path) {
    case 'direct':
    case 'js':
    case 'wasi':
      loaded = await loadGomethod(path, root, { gc, opt });
      break;
    case 'aot':
      loaded = await loadAotPath(root);
      break;
    case 'stdgo':
      loaded = await loadStdGo(root);
      break;
    case 'assemblyscript':
      loaded = await loadAssemblyScript(root);
      break;
    case 'plainjs':
      loaded = await loadPlainJS();
      break;
  }
  return finish(path, loaded);
}

/**
 * Adds what every path has in common: run(), release(), dispose() bookkeeping, the first call.
 * @param {PathName} path
 * @param {any} p a path's own parts: exports, startup, wasmBytes, extraBytes, memoryBytes,
 *   residentArgs(kernel, args) → { call, release } | null, dispose
 */
function finish(path, p) {
  /** @type {Set<Prepared>} */
  const live = new Set();
  let disposed = false;
  const check = () => {
    if (disposed) throw new Error(`${path}: used after dispose()`);
  };
  /** @type {LoadedPath['prepare']} */
  const prepare = (kernel, input, { resident = false } = {}) => {
    check();
    const k = kernelOf(kernel);
    const args = k.args(input);
    const fn = p.exports[k.fn];
    if (typeof fn !== 'function') throw new Error(`${path}: the module has no ${k.fn}`);
    /** @type {Prepared} */
    let prepared;
    if (resident && p.residentArgs) {
      const r = p.residentArgs(k, args);
      prepared = { kernel: k.name, resident: true, call: r.call, release: r.release };
      live.add(prepared);
    } else {
      prepared = { kernel: k.name, resident: false, call: bindCall(fn, args), release: null };
    }
    return prepared;
  };
  const release = (/** @type {Prepared} */ prepared) => {
    if (prepared?.release && live.delete(prepared)) prepared.release();
  };
  /** @type {LoadedPath['run']} */
  const run = (kernel, prepared) => {
    if (!prepared || prepared.kernel !== (typeof kernel === 'string' ? kernel : kernel.name)) {
      throw new TypeError(`${path}: run(${typeof kernel === 'string' ? kernel : kernel?.name}, …) was given input prepared for ${prepared?.kernel}`);
    }
    return prepared.call();
  };

  // The first call: Sum over 1,000 int32, copied in.
  const first = KERNEL_BY_NAME.get(FIRST_CALL.kernel);
  const firstArgs = first.args(first.input(FIRST_CALL.size));
  const t0 = now();
  p.exports[first.fn](...firstArgs);
  const firstCallMs = now() - t0;

  /** @type {LoadedPath} */
  const loaded = {
    path,
    startup: { ...p.startup, firstCallMs },
    wasmBytes: p.wasmBytes,
    ...(p.extraBytes !== undefined ? { extraBytes: p.extraBytes } : {}),
    memoryBytes: p.memoryBytes,
    prepare,
    run,
    release,
    dispose() {
      if (disposed) return;
      for (const prepared of live) prepared.release?.();
      live.clear();
      disposed = true;
      p.dispose?.();
    },
    exports: p.exports,
    residentSupported: Boolean(p.residentArgs),
  };
  if (p.heapStats) loaded.heapStats = p.heapStats;
  for (const key of ['target', 'build', 'options']) if (p[key] !== undefined) loaded[key] = p[key];
  return loaded;
}

// ---- gomethod: direct, js, wasi ----------------------------------------------------------

/**
 * @param {'direct' | 'js' | 'wasi'} target
 * @param {URL} root
 */
async function loadGomethod(target, root, { gc, opt }) {
  const source = await readText(new URL('bench/kernels/kernels.go', root));

  let t = now();
  const compiler = await createCompiler();
  const loadCompilerMs = now() - t;

  /** @type {Record<string, any>} */
  const options = { filename: 'kernels.go', gc, target };
  if (opt) options.opt = opt; // Binaryen optimization: compile() then returns a Promise
  t = now();
  let out = compiler.compile(source, /** @type {any} */ (options));
  if (out && typeof (/** @type {any} */ (out).then) === 'function') out = await out;
  const compileMs = now() - t;
  if (!out.ok) {
    const text = out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n');
    throw new Error(`${target}: kernels.go does not compile (gc ${gc}${opt ? `, opt ${opt}` : ''}):\n${text}`);
  }
  const built = out.manifest?.target;
  if (built !== target) throw new Error(`${target}: the compiler built a module for target ${built}`);

  t = now();
  const wasmModule = await compileModule(out.wasm);
  const compileWasmMs = now() - t;
  t = now();
  await settle(wasmModule);
  const settleMs = now() - t;

  t = now();
  const mod = await instantiate(wasmModule, out.manifest);
  const instantiateMs = compileWasmMs + (now() - t);
  const exports = mod.exports;

  return {
    exports,
    startup: { loadCompilerMs, compileMs, instantiateMs, settleMs },
    wasmBytes: out.wasm,
    memoryBytes: () => mod.memory?.buffer.byteLength ?? 0,
    heapStats: () => mod.heapStats(),
    target: built,
    options: { gc, opt, target },
    /** Typed arrays become ModuleArrays: the Go function gets them in place, no copy per call. */
    residentArgs(/** @type {Kernel} */ k, /** @type {any[]} */ args) {
      const arrays = [];
      const inModule = args.map((a) => {
        if (!isTypedArray(a)) return a;
        const m = mod.alloc(/** @type {any} */ (a.constructor), a);
        arrays.push(m);
        return m;
      });
      return { call: bindCall(exports[k.fn], inModule), release: () => arrays.forEach((m) => m.free()) };
    },
  };
}

// ---- aot: C++ with embind ------------------------------------------------------------------

/** @param {URL} root */
async function loadAotPath(root) {
  const dir = new URL('dist/aot/', root);
  const wasmBytes = await readBytes(new URL('kernels.wasm', dir));
  const glue = await readBytes(new URL('kernels.mjs', dir));
  const t = now();
  const aot = await loadAot({ url: dir, wasmModule: await compileModule(wasmBytes) });
  const instantiateMs = now() - t;
  return {
    exports: aot.exports,
    startup: { instantiateMs },
    wasmBytes,
    extraBytes: glue.length,
    memoryBytes: () => aot.memory.buffer.byteLength,
    /** Typed arrays are copied into the heap once (_malloc); each becomes (address, length). */
    residentArgs(/** @type {Kernel} */ k, /** @type {any[]} */ args) {
      const blocks = [];
      const flat = [];
      for (const a of args) {
        if (isTypedArray(a)) {
          const b = aot.alloc(a);
          blocks.push(b);
          flat.push(b.ptr, b.length);
        } else flat.push(a);
      }
      const fn = blocks.length ? aot.pointers[k.fn] : aot.exports[k.fn];
      return { call: bindCall(fn, flat), release: () => blocks.forEach((b) => b.free()) };
    },
  };
}

// ---- stdgo: Go 1.19, GOOS=js ---------------------------------------------------------------

let stdgoInstances = 0;

/** @param {URL} root */
async function loadStdGo(root) {
  const out = new URL('bench/kernels/out/', root);
  const wasmBytes = await readBytes(new URL('stdgo.wasm', out));
  const glueUrl = new URL('wasm_exec.js', out);
  const glue = await readBytes(glueUrl);
  const info = await readJSON(new URL('build-info.json', out));
  const t = now();
  // wasm_exec.js is a classic script that defines globalThis.Go; imported as a module it does the
  // same (it is strict-mode code in an IIFE).
  if (typeof (/** @type {any} */ (globalThis).Go) !== 'function') await import(/* @vite-ignore */ glueUrl.href);
  const Go = /** @type {any} */ (globalThis).Go;
  const go = new Go();
  const name = `stdgoKernels${++stdgoInstances}`;
  go.argv = ['stdgo', name];
  const instance = await WebAssembly.instantiate(await compileModule(wasmBytes), go.importObject);
  const exited = go.run(instance); // runs main until it blocks, having registered globalThis[name]
  const api = /** @type {any} */ (globalThis)[name];
  if (!api) throw new Error('stdgo: main did not register its functions');
  const instantiateMs = now() - t;
  const mem = /** @type {WebAssembly.Memory} */ (instance.exports.mem);
  /** @type {Record<string, (...args: any[]) => any>} */
  const exports = {};
  for (const k of KERNELS) exports[k.fn] = api[k.fn];
  return {
    exports: Object.freeze(exports),
    startup: { instantiateMs },
    wasmBytes,
    extraBytes: glue.length,
    memoryBytes: () => mem.buffer.byteLength,
    build: info?.stdgo ? { ms: info.stdgo.buildMs, tool: `${info.stdgo.go} ${info.stdgo.flags.join(' ')}` } : undefined,
    /** The Go side copies the arguments once (js.CopyBytesToGo) and keeps them under an id. */
    residentArgs(/** @type {Kernel} */ k, /** @type {any[]} */ args) {
      const id = api.prepare(k.fn, ...args);
      const run = api.run;
      return { call: () => run(id), release: () => api.release(id) };
    },
    dispose() {
      api.exit();
      void exited;
    },
  };
}

// ---- AssemblyScript ------------------------------------------------------------------------

/** @param {URL} root */
async function loadAssemblyScript(root) {
  const out = new URL('bench/kernels/out/', root);
  const wasmBytes = await readBytes(new URL('assemblyscript.wasm', out));
  const glueUrl = new URL('assemblyscript.js', out);
  const glue = await readBytes(glueUrl);
  const info = await readJSON(new URL('build-info.json', out));
  const t = now();
  const { instantiate: instantiateAS } = await import(/* @vite-ignore */ glueUrl.href);
  const adapted = await instantiateAS(await compileModule(wasmBytes), {});
  const instantiateMs = now() - t;
  const raw = Object.getPrototypeOf(adapted); // the instance's own exports (asc's bindings wrap them)
  const memory = /** @type {WebAssembly.Memory} */ (raw.memory);
  /** @type {Record<string, (...args: any[]) => any>} */
  const exports = {};
  for (const k of KERNELS) exports[k.fn] = adapted[k.fn]; // the bindings do not use `this`
  const newArray = { Int32Array: raw.newInt32Array, Float64Array: raw.newFloat64Array, Uint8Array: raw.newUint8Array };
  return {
    exports: Object.freeze(exports),
    startup: { instantiateMs },
    wasmBytes,
    extraBytes: glue.length,
    memoryBytes: () => memory.buffer.byteLength,
    build: info?.assemblyscript
      ? { ms: info.assemblyscript.compileMs, tool: `asc ${info.assemblyscript.version} ${info.assemblyscript.flags.join(' ')}` }
      : undefined,
    /**
     * Typed arrays become AssemblyScript typed-array objects made by the module (pinned so the
     * collector keeps them); the raw exports take their addresses.
     */
    residentArgs(/** @type {Kernel} */ k, /** @type {any[]} */ args) {
      const pinned = [];
      const ptrs = args.map((a) => {
        if (!isTypedArray(a)) return a;
        const make = newArray[a.constructor.name];
        if (!make) throw new TypeError(`assemblyscript: no resident ${a.constructor.name}`);
        const obj = raw.__pin(make(a.length)) >>> 0;
        pinned.push(obj);
        const dataStart = new Uint32Array(memory.buffer, obj + 4, 1)[0];
        new a.constructor(memory.buffer, dataStart, a.length).set(a);
        return obj;
      });
      const fn = raw[k.fn];
      const call = bindCall(fn, ptrs);
      return {
        call: k.result === 'uint32' ? () => call() >>> 0 : call,
        release: () => pinned.forEach((p) => raw.__unpin(p)),
      };
    },
  };
}

// ---- plain JS ----------------------------------------------------------------------------

async function loadPlainJS() {
  const t = now();
  const ns = await import('./kernels.js');
  const instantiateMs = now() - t;
  /** @type {Record<string, (...args: any[]) => any>} */
  const exports = {};
  for (const k of KERNELS) exports[k.fn] = ns[k.fn];
  return {
    exports: Object.freeze(exports),
    startup: { instantiateMs },
    wasmBytes: null,
    memoryBytes: () => 0,
    // JS has no boundary to cross: resident and copying inputs are the same thing.
    residentArgs: (/** @type {Kernel} */ k, /** @type {any[]} */ args) => ({ call: bindCall(ns[k.fn], args), release: () => {} }),
  };
}

// ---- cross-check ---------------------------------------------------------------------------

/**
 * Whether two kernel results agree: numbers exactly (NaN equals NaN), except non-integers, which
 * may differ by a relative 1e-12 (the kernels compute in the same order, so they are identical in
 * practice; the tolerance only covers a legitimately different evaluation order); bigints and
 * strings exactly; a bigint and a number when they are the same integer.
 * @param {unknown} a
 * @param {unknown} b
 */
export function sameResult(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
    if (Number.isInteger(a) && Number.isInteger(b)) return false;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  }
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    const ia = typeof a === 'bigint' ? a : Number.isInteger(a) ? BigInt(a) : null;
    const ib = typeof b === 'bigint' ? b : Number.isInteger(b) ? BigInt(b) : null;
    return ia !== null && ib !== null && ia === ib;
  }
  return a === b;
}
