// The host side of each compile target: what a module of that target imports, and how it is
// started. `js` gets gomethod's own imports (output, clocks, the syscall/js bridge); `direct`
// imports nothing and leaves its output in memory for the host to take; `wasi` gets
// wasi_snapshot_preview1 from node:wasi in Node and from @bjorn3/browser_wasi_shim in browsers.

import { isNode } from './env.js';
import { jsBridgeImports } from './jsbridge.js';

/** @typedef {'direct' | 'js' | 'wasi'} Target */
export const TARGETS = /** @type {const} */ (['direct', 'js', 'wasi']);

/**
 * @typedef {object} Sinks
 * @property {(text: string) => void} [stdout]
 * @property {(text: string) => void} [stderr]
 */

/**
 * @typedef {object} Host
 * @property {Target} target
 * @property {WebAssembly.Imports} imports gomethod's imports for the module
 * @property {(instance: WebAssembly.Instance) => void} bind called once the instance exists
 * @property {(instance: WebAssembly.Instance) => number} start runs a program's _start; its exit status
 * @property {(instance: WebAssembly.Instance) => void} initialize runs a library's package initialization
 * @property {() => void} drain hands output waiting in the module to the sinks (direct)
 * @property {() => number} [liveHandles] JS values Go holds (js)
 * @property {{ store: (v: unknown) => number, value: (id: number) => unknown }} [handles] the js
 *   bridge's table (js)
 * @property {(onTrap: (err: unknown) => unknown) => void} [handleTraps] how a trap in a Go callback
 *   called from JS surfaces (js)
 */

/**
 * The host a module needs, told by its imports and exports (so that a module built by hand, or
 * by an older gomethod, gets what it imports); the manifest's word when nothing tells.
 * @param {WebAssembly.Module} module
 * @param {any} [manifest]
 * @returns {Target}
 */
export function targetOf(module, manifest) {
  const imports = WebAssembly.Module.imports(module);
  if (imports.some((i) => i.module === 'wasi_snapshot_preview1')) return 'wasi';
  if (WebAssembly.Module.exports(module).some((e) => e.name === 'gomethod_output')) return 'direct';
  if (imports.some((i) => i.module === 'gomethod' || i.module === 'gomethod.js')) return 'js';
  return TARGETS.includes(manifest?.target) ? manifest.target : 'js';
}

/**
 * A writer that decodes UTF-8 output as a stream (a character split across two writes survives).
 * @param {((text: string) => void) | undefined} sink
 */
function textWriter(sink) {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (/** @type {Uint8Array} */ bytes) => {
    if (sink) sink(decoder.decode(bytes, { stream: true }));
  };
}

/**
 * The `gomethod` import namespace of the js target: write(fd, ptr, len) sends UTF-8 output to the
 * sinks (fd 1 stdout, anything else stderr); now() is the monotonic clock in milliseconds
 * (time.Now, GC pause times), walltime() the wall clock in milliseconds since the Unix epoch,
 * random(ptr, len) fills memory from crypto.getRandomValues (crypto/rand).
 * @param {Sinks} sinks
 * @param {() => WebAssembly.Memory | undefined | null} memory
 */
export function hostImports(sinks, memory) {
  const out = textWriter(sinks.stdout);
  const err = textWriter(sinks.stderr);
  return {
    gomethod: {
      /** @param {number} fd @param {number} ptr @param {number} len */
      write(fd, ptr, len) {
        const mem = memory();
        if (!mem) return;
        const bytes = new Uint8Array(mem.buffer, ptr >>> 0, len >>> 0);
        (fd === 1 ? out : err)(bytes);
      },
      /** @param {number} ptr @param {number} len */
      random(ptr, len) {
        const bytes = new Uint8Array(/** @type {WebAssembly.Memory} */ (memory()).buffer, ptr >>> 0, len >>> 0);
        // getRandomValues fills at most 64 KiB per call.
        for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
      },
      now: () => performance.now(),
      walltime: () => performance.timeOrigin + performance.now(),
    },
  };
}

/**
 * @param {Target} target
 * @param {{ sinks: Sinks, memory: () => WebAssembly.Memory | undefined | null, args?: string[], env?: Record<string, string>, global?: object }} options
 * @returns {Promise<Host>}
 */
export async function createHost(target, { sinks, memory, args = ['main'], env = {}, global }) {
  if (target === 'wasi') return wasiHost(sinks, memory, args, env);
  /** @type {WebAssembly.Instance | null} */
  let inst = null;
  const bridge = target === 'js' ? jsBridgeImports(() => inst, global) : null;
  /** @type {Host} */
  const host = {
    target,
    imports: target === 'js' ? { ...hostImports(sinks, memory), ...bridge?.imports } : {},
    bind(/** @type {WebAssembly.Instance} */ instance) {
      inst = instance;
    },
    start(/** @type {WebAssembly.Instance} */ instance) {
      /** @type {Function} */ (instance.exports._start)();
      return 0;
    },
    initialize(/** @type {WebAssembly.Instance} */ instance) {
      const init = instance.exports._initialize;
      if (typeof init === 'function') init();
    },
    drain: () => {},
    liveHandles: bridge?.liveHandles,
    handles: bridge ? { store: bridge.store, value: bridge.value } : undefined,
    handleTraps: bridge?.handleTraps,
  };
  if (target === 'direct') host.drain = directDrain(sinks, () => inst);
  return host;
}

/**
 * Takes the output a direct module buffered (gomethod_output(fd) returns it and forgets it).
 * @param {Sinks} sinks
 * @param {() => WebAssembly.Instance | null} instance
 */
function directDrain(sinks, instance) {
  const writers = [textWriter(sinks.stdout), textWriter(sinks.stderr)];
  return () => {
    const exports = instance()?.exports;
    const output = exports?.gomethod_output;
    const memory = exports?.memory;
    if (typeof output !== 'function' || !(memory instanceof WebAssembly.Memory)) return;
    for (const fd of [1, 2]) {
      const [ptr, len] = /** @type {number[]} */ (output(fd));
      if (len) writers[fd - 1](new Uint8Array(memory.buffer, ptr >>> 0, len >>> 0).slice());
    }
  };
}

// A dynamic import that bundlers leave alone: node:wasi exists only in Node.
const NODE_WASI = 'node:wasi';

/**
 * wasi_snapshot_preview1: node:wasi in Node, @bjorn3/browser_wasi_shim elsewhere. Standard
 * output and error go to the sinks (the shim's ConsoleStdout; in Node, fd_write for fds 1 and 2
 * is ours and every other call is node:wasi's).
 * @param {Sinks} sinks
 * @param {() => WebAssembly.Memory | undefined | null} memory
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @returns {Promise<Host>}
 */
async function wasiHost(sinks, memory, args, env) {
  const writers = [textWriter(sinks.stdout), textWriter(sinks.stderr)];
  /** @type {any} */
  let wasi;
  /** @type {Record<string, Function>} */
  let wasiImport;
  if (isNode) {
    const { WASI } = await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_WASI);
    wasi = new WASI({ version: 'preview1', args, env, returnOnExit: true });
    const fdWrite = wasi.wasiImport.fd_write;
    wasiImport = {
      ...wasi.wasiImport,
      /** @param {number} fd @param {number} iovs @param {number} count @param {number} nwritten */
      fd_write(fd, iovs, count, nwritten) {
        const mem = memory();
        if ((fd !== 1 && fd !== 2) || !mem) return fdWrite(fd, iovs, count, nwritten);
        const view = new DataView(mem.buffer);
        let total = 0;
        for (let i = 0; i < count; i++) {
          const ptr = view.getUint32(iovs + 8 * i, true);
          const len = view.getUint32(iovs + 8 * i + 4, true);
          writers[fd - 1](new Uint8Array(mem.buffer, ptr, len));
          total += len;
        }
        view.setUint32(nwritten, total, true);
        return 0;
      },
    };
  } else {
    // @bjorn3/browser_wasi_shim, copied into dist/ by the build (scripts/build.sh).
    const shim = await import('../dist/vendor/browser_wasi_shim/index.js');
    const console = (/** @type {(b: Uint8Array) => void} */ write) => new shim.ConsoleStdout(write);
    const fds = [new shim.OpenFile(new shim.File([])), console(writers[0]), console(writers[1])];
    const environ = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    wasi = new shim.WASI(args, environ, fds);
    wasiImport = wasi.wasiImport;
  }
  return {
    target: 'wasi',
    imports: { wasi_snapshot_preview1: wasiImport },
    bind: () => {},
    start: (instance) => wasi.start(instance) ?? 0,
    initialize: (instance) => wasi.initialize(instance),
    drain: () => {},
  };
}
