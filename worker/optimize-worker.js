// The optimizer worker behind optimizeWasm() / compile({ opt }) on a page's main thread: Binaryen
// (~15 MB of JS) is loaded here on the first job and optimizes off the main thread. Bytes travel
// both ways as transferred buffers.
//
//   ← {id, wasm, opt, wat, binaryen?}   → {id, result} | {id, error: {name, message, crashed}}
import { loadBinaryen, optimizeWith } from '../web/optimize.js';

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const { id, wasm, opt, wat, binaryen } = event.data;
  try {
    const api = await loadBinaryen(binaryen);
    const result = optimizeWith(api, wasm, { opt, wat });
    self.postMessage({ id, result }, [result.wasm.buffer]);
  } catch (err) {
    const e = /** @type {any} */ (err);
    // An abort inside Binaryen leaves its instance unusable: the page starts a new worker.
    const crashed = e?.cause instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, error: { name: e?.name ?? 'Error', message: String(e?.message ?? e), crashed } });
  }
};
