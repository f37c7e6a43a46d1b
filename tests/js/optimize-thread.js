// A worker_threads worker for optimize-conformance.test.js: Binaryen optimizations off the test's
// thread, so two run at once on a two-core machine.
//   ← {id, wasm, opt}   → {id, wasm, ms} | {id, error}
import { parentPort } from 'node:worker_threads';

import { loadBinaryen, optimizeWith } from '../../web/optimize.js';

const binaryen = await loadBinaryen();

parentPort?.on('message', ({ id, wasm, opt }) => {
  try {
    const result = optimizeWith(binaryen, wasm, { opt });
    parentPort?.postMessage({ id, wasm: result.wasm, ms: result.ms }, [result.wasm.buffer]);
  } catch (err) {
    parentPort?.postMessage({ id, error: `${/** @type {Error} */ (err).name}: ${/** @type {Error} */ (err).message}` });
  }
});
