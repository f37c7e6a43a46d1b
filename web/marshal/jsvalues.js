// syscall/js.Value across the ABI (js target): any JS value goes in, as a handle in the js
// bridge's table (web/jsbridge.js) held by a small Go object the marshaller writes — the Value's
// `*ref`, whose address is the wasm value — and registered with the collector, which releases the
// handle once Go drops the object. Coming out, the handle's JS value. See docs/abi.md.

import { badValue } from '../errors.js';
import { ALLOC_NOSCAN } from './memory.js';
import { addressParts } from './structs.js';

/** Handles below this are the bridge's fixed values (undefined, null, true, false, the global). */
const FIRST_FREE = 5;

/**
 * @param {string} goType
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {import('./codec.js').Codec}
 */
export function jsValueCodec(goType, mem) {
  const bridge = () => {
    if (!mem.jsBridge) throw badValue(TypeError, goType, 'js.Value needs a module compiled for the js target');
    return mem.jsBridge;
  };
  /** @param {any} cx @param {unknown} v */
  const toPointer = (cx, v) => {
    const b = bridge();
    const id = b.store(v);
    // An object of its own (the collector decides its handle's fate by it alone), pinned until
    // the call ends (Go may keep the Value); without the collector it is never freed (nothing is).
    const p = mem.alloc(4, ALLOC_NOSCAN);
    mem.dv.setInt32(p, id, true);
    if (mem.collected) {
      (cx.blocks ??= []).push(p, 4);
      if (id >= FIRST_FREE) {
        b.register(p, id);
        mem.sync();
      }
    }
    return p;
  };
  /** @param {any} cx @param {number} p */
  const fromPointer = (cx, p) => (p === 0 ? undefined : bridge().value(mem.dv.getInt32(p, true)));
  return {
    kind: 'jsvalue', goType, supported: true,
    check: () => {}, // every JS value is one
    ...addressParts(mem, toPointer, fromPointer),
  };
}
