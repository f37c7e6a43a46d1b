// The compile worker behind createCompiler({ worker: true }): the compiler runs here, off the
// main thread, and so does Binaryen when a compile asks for `opt` or `wat`; results come back with
// their wasm bytes transferred.
//
//   ← {id, source, options, binaryen?}   → {id, result} | {id, error: {name, message}}
import { createCompiler } from '../web/compiler.js';

/** @type {Promise<import('../web/compiler.js').Compiler> | null} */
let compiler = null;

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, source, options, binaryen } = event.data;
  try {
    // Every message carries the page's binaryen setting; the first one creates the compiler.
    compiler ??= createCompiler(binaryen === undefined ? {} : { binaryen });
    const result = await (await compiler).compile(source, options);
    self.postMessage({ id, result }, result.wasm ? [result.wasm.buffer] : []);
  } catch (err) {
    const e = /** @type {any} */ (err);
    self.postMessage({ id, error: { name: e?.name ?? 'Error', message: String(e?.message ?? e) } });
  }
};
