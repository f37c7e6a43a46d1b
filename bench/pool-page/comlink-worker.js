// The Comlink side of bench/pool.bench.js: the same gomethod module, instantiated in a module
// worker and exposed with Comlink (the usual hand-written alternative to WorkerPool).
import * as Comlink from '../../node_modules/comlink/dist/esm/comlink.mjs';
import { instantiate } from '../../web/index.js';

/** @type {any} */
let mod;
Comlink.expose({
  async init(module, manifest) {
    mod = await instantiate(module, manifest);
  },
  call(name, args) {
    return mod.exports[name](...args);
  },
});
