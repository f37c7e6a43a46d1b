// Issue #8's `aot` path: the benchmark kernels (bench/kernels/kernels.go) written by hand in C++
// (bench/kernels/kernels.cpp), compiled ahead of time by Emscripten + embind into
// dist/aot/kernels.{mjs,wasm} (CMake target gomethod_aot, built by `npm run build`). It is the
// native reference the Go paths are measured against; there is no Go→C++ translation.
//
// loadAot() loads it the way web/loader.js loads the compiler: the ES module factory imported with
// a literal relative specifier, the binary compiled from `new URL('../dist/aot/kernels.wasm',
// import.meta.url)` (Node: read from disk; browsers and workers: fetched), and the instance made
// through Emscripten's `instantiateWasm` hook (Emscripten 3.1.6's ES6 output cannot fetch its own
// binary in Node).

import { isNode } from './env.js';

/**
 * @typedef {object} LoadAotOptions
 * @property {string | URL} [url] the directory holding kernels.mjs and kernels.wasm, instead of the
 *   packaged dist/aot/ (resolved against this module's URL)
 * @property {BufferSource} [wasmBinary] the bytes of kernels.wasm (then nothing is read or fetched)
 * @property {WebAssembly.Module} [wasmModule] kernels.wasm, already compiled
 */

/** @type {Record<string, number>} typed array constructor name → log2 of its element size */
const SHIFT = { Int8Array: 0, Uint8Array: 0, Uint8ClampedArray: 0, Int16Array: 1, Uint16Array: 1, Int32Array: 2, Uint32Array: 2, Float32Array: 2, Float64Array: 3 };

/**
 * @param {URL} url
 * @returns {Promise<Uint8Array>}
 */
async function readBytes(url) {
  if (isNode) {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    try {
      return new Uint8Array(await readFile(url));
    } catch (err) {
      throw new Error(`gomethod: cannot read ${url.href} (run \`npm run build\` first: CMake target gomethod_aot)`, { cause: err });
    }
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`gomethod: cannot fetch ${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Loads the C++ build of the benchmark kernels.
 *
 * `exports` has the functions of the gomethod-compiled bench/kernels/kernels.go with the same JS
 * signatures (typed arrays and numbers in, a number out): each copies its typed-array arguments
 * into the heap (embind's convertJSArrayToNumberVector). `pointers` has the same kernels taking
 * (address, length) pairs of data already in the heap: put it there with `alloc()`.
 *
 * @param {LoadAotOptions} [options]
 */
export async function loadAot(options = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError('loadAot: options must be an object');
  const base = options.url !== undefined ? new URL(String(options.url).replace(/\/?$/, '/'), import.meta.url) : null;
  const factoryPromise = (
    base
      ? import(/* webpackIgnore: true */ /* @vite-ignore */ new URL('kernels.mjs', base).href)
      : import('../dist/aot/kernels.mjs')
  ).then(
    (ns) => ns.default,
    (err) => {
      throw new Error('gomethod: cannot load dist/aot/kernels.mjs (run `npm run build` first: CMake target gomethod_aot)', { cause: err });
    },
  );
  factoryPromise.catch(() => {}); // reported when awaited below
  let wasmModule = options.wasmModule;
  if (!wasmModule) {
    const bytes = options.wasmBinary ?? (await readBytes(base ? new URL('kernels.wasm', base) : new URL('../dist/aot/kernels.wasm', import.meta.url)));
    wasmModule = await WebAssembly.compile(/** @type {BufferSource} */ (bytes));
  }
  const factory = await factoryPromise;

  /** @type {WebAssembly.Instance | null} */
  let instance = null;
  const compiled = wasmModule;
  /** @type {(err: unknown) => void} */
  let fail = () => {};
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  /** @type {Record<string, any>} */
  const moduleArg = {
    instantiateWasm(/** @type {WebAssembly.Imports} */ imports, /** @type {(i: WebAssembly.Instance, m: WebAssembly.Module) => void} */ receive) {
      WebAssembly.instantiate(compiled, imports).then((inst) => {
        instance = inst;
        receive(inst, compiled);
      }, fail);
      return {};
    },
  };
  const module = await Promise.race([factory(moduleArg), failed]);
  if (!instance) throw new Error('gomethod: the aot module started without an instance');
  const memory = /** @type {WebAssembly.Memory} */ (/** @type {WebAssembly.Instance} */ (instance).exports.memory);

  // embind's functions are the Module's properties with an argCount.
  /** @type {Record<string, (...args: any[]) => number>} */
  const exports = {};
  /** @type {Record<string, (...args: any[]) => number>} */
  const pointers = {};
  for (const name of Object.keys(module)) {
    const fn = module[name];
    if (typeof fn !== 'function' || typeof fn.argCount !== 'number' || !/^[A-Z]/.test(name)) continue;
    if (name.endsWith('Ptr')) pointers[name.slice(0, -3)] = fn;
    else exports[name] = fn;
  }
  const malloc = /** @type {(n: number) => number} */ (module._malloc);
  const free = /** @type {(p: number) => void} */ (module._free);

  return {
    /** The kernels, same names and JS signatures as the gomethod module's exports. */
    exports: Object.freeze(exports),
    /** The kernels over heap data: `pointers.Sum(ptr, n)`, `pointers.Dot(pa, na, pb, nb)`, `pointers.NBody(ptr, len, steps)`, … */
    pointers: Object.freeze(pointers),
    memory,
    /** The Emscripten module object (`_malloc`, `_free`, `HEAPU8`, …). */
    module,
    instance: /** @type {WebAssembly.Instance} */ (instance),
    /**
     * Copies a typed array into the heap (`Module._malloc`); `view` is re-created after memory
     * growth; `free()` gives it back.
     * @template {ArrayBufferView & { length: number }} T
     * @param {T} data
     */
    alloc(data) {
      const Ctor = /** @type {any} */ (data).constructor;
      const shift = SHIFT[Ctor.name];
      if (shift === undefined) throw new TypeError('loadAot: alloc() takes a typed array');
      const length = data.length;
      const ptr = malloc(Math.max(1, length << shift));
      if (!ptr) throw new RangeError(`loadAot: out of memory allocating ${length << shift} bytes`);
      new Ctor(memory.buffer, ptr, length).set(data);
      let freed = false;
      return {
        ptr,
        length,
        /** @returns {T} */
        get view() {
          if (freed) throw new TypeError('aot heap array used after free()');
          return new Ctor(memory.buffer, ptr, length);
        },
        free() {
          if (!freed) free(ptr);
          freed = true;
        },
      };
    },
  };
}
