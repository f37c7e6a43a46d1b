// The compile worker behind createCompiler({ worker: true }): the compiler runs here, off the
// main thread; results come back with their wasm bytes transferred.
//
//   ← {id, source, options}   → {id, result} | {id, error: {name, message}}
import { createCompiler } from '../web/compiler.js';

const compiler = createCompiler();

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, source, options } = event.data;
  try {
    const result = (await compiler).compile(source, options);
    self.postMessage({ id, result }, result.wasm ? [result.wasm.buffer] : []);
  } catch (err) {
    const e = /** @type {any} */ (err);
    self.postMessage({ id, error: { name: e?.name ?? 'Error', message: String(e?.message ?? e) } });
  }
};
