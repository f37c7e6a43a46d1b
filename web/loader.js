// Loads the Emscripten-built compiler (dist/gomethodc.mjs + dist/gomethodc.wasm) and creates
// instances of it. The .wasm is compiled once into a WebAssembly.Module and every instance is
// created from that module through Emscripten's `instantiateWasm` hook, so a crashed instance can
// be replaced quickly (synchronously where the platform allows it) without fetching again.

import { isNode } from './env.js';

/**
 * @typedef {object} EmscriptenCompilerModule
 * @property {(source: string, options: { filename?: string }) => any} compile
 * @property {() => string} version
 */

/**
 * @typedef {(moduleArg: object) => Promise<EmscriptenCompilerModule>} ModuleFactory
 */

/**
 * @typedef {object} LoadOptions
 * @property {WebAssembly.Module} [wasmModule] an already compiled gomethodc.wasm (e.g. posted to a worker)
 * @property {string | URL} [wasmUrl] where to read gomethodc.wasm from instead of the packaged copy
 * @property {ModuleFactory} [moduleFactory] the Emscripten factory to use instead of the packaged one
 * @property {(text: string) => void} [print] receives the compiler's stdout lines
 * @property {(text: string) => void} [printErr] receives the compiler's stderr lines
 */

/** @type {Promise<ModuleFactory> | null} */
let defaultFactory = null;
/** @type {Promise<WebAssembly.Module> | null} */
let defaultWasmModule = null;

/** @returns {Promise<ModuleFactory>} */
function loadDefaultFactory() {
  if (!defaultFactory) {
    defaultFactory = import('../dist/gomethodc.mjs').then(
      (ns) => ns.default,
      (err) => {
        defaultFactory = null;
        throw new Error(
          'gomethod: cannot load the compiler module dist/gomethodc.mjs (run `npm run build` first)',
          { cause: err },
        );
      },
    );
  }
  return defaultFactory;
}

/**
 * @param {string | URL} url
 * @returns {Promise<WebAssembly.Module>}
 */
async function compileWasmFrom(url) {
  if (isNode) {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    const target = typeof url === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url);
    let bytes;
    try {
      bytes = await readFile(target);
    } catch (err) {
      throw new Error(
        `gomethod: cannot read the compiler binary ${String(url)} (run \`npm run build\` first)`,
        { cause: err },
      );
    }
    return WebAssembly.compile(bytes);
  }
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' }));
    } catch {
      // Wrong MIME type or an old browser: fall back to compiling from bytes below, which also
      // gives a clearer error when the file is missing.
    }
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`gomethod: cannot fetch the compiler binary ${String(url)}: HTTP ${response.status}`);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** @returns {Promise<WebAssembly.Module>} */
function loadDefaultWasmModule() {
  if (!defaultWasmModule) {
    defaultWasmModule = compileWasmFrom(new URL('../dist/gomethodc.wasm', import.meta.url));
    defaultWasmModule.catch(() => {
      defaultWasmModule = null;
    });
  }
  return defaultWasmModule;
}

/**
 * Resolves what is needed to create compiler instances. The packaged factory and binary are loaded
 * once per JS realm and shared by every compiler.
 * @param {LoadOptions} options
 * @returns {Promise<{ factory: ModuleFactory, wasmModule: WebAssembly.Module | null }>}
 */
export async function loadCompilerParts(options) {
  const factoryPromise = options.moduleFactory
    ? Promise.resolve(options.moduleFactory)
    : loadDefaultFactory();
  let wasmPromise;
  if (options.wasmModule) wasmPromise = Promise.resolve(options.wasmModule);
  else if (options.wasmUrl) wasmPromise = compileWasmFrom(options.wasmUrl);
  else if (options.moduleFactory) wasmPromise = Promise.resolve(null); // a custom factory loads its own binary
  else wasmPromise = loadDefaultWasmModule();
  const [factory, wasmModule] = await Promise.all([factoryPromise, wasmPromise]);
  return { factory, wasmModule };
}

/**
 * Starts one Emscripten instance. When `wasmModule` is given it is instantiated synchronously if
 * the platform allows (so `module` is usable as soon as this returns), asynchronously otherwise.
 * @param {ModuleFactory} factory
 * @param {WebAssembly.Module | null} wasmModule
 * @param {LoadOptions} options
 * @returns {{ module: EmscriptenCompilerModule | null, ready: Promise<EmscriptenCompilerModule> }}
 */
export function startInstance(factory, wasmModule, options) {
  /** @type {Record<string, any>} */
  const moduleArg = {};
  if (options.print) moduleArg.print = options.print;
  if (options.printErr) moduleArg.printErr = options.printErr;
  if (wasmModule) {
    moduleArg.instantiateWasm = (
      /** @type {WebAssembly.Imports} */ imports,
      /** @type {(i: WebAssembly.Instance, m: WebAssembly.Module) => void} */ receive,
    ) => {
      let instance = null;
      try {
        instance = new WebAssembly.Instance(wasmModule, imports);
      } catch {
        // Some hosts refuse large synchronous instantiation (e.g. a browser's main thread).
      }
      if (instance) {
        receive(instance, wasmModule);
        return instance.exports;
      }
      WebAssembly.instantiate(wasmModule, imports).then((inst) => receive(inst, wasmModule));
      return {};
    };
  }
  const ready = Promise.resolve(factory(moduleArg));
  ready.catch(() => {}); // a failed start is reported by whoever awaits `ready`
  // Emscripten's MODULARIZE factory (3.1.x) fills in the object it is given; after a synchronous
  // instantiation the runtime has already started and the embind functions are present.
  const module =
    moduleArg.calledRun && typeof moduleArg.compile === 'function'
      ? /** @type {EmscriptenCompilerModule} */ (/** @type {unknown} */ (moduleArg))
      : null;
  return { module, ready };
}
