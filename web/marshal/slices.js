// Slices: (ptr, len, cap) over a backing array in linear memory.
//
//   []byte                   Uint8Array; in: any ArrayBuffer view, an ArrayBuffer, or an array of numbers
//   []int8 … []uint32,       the matching typed array (Int8Array, Int16Array, Uint16Array,
//   []float32, []float64       Int32Array, Uint32Array, Float32Array, Float64Array); in: that
//                              typed array or an array of numbers (each element checked)
//   []int, []int64           BigInt64Array; in: that, or an array of numbers / bigints
//   []uint, []uint64         BigUint64Array; likewise
//   anything else            JS array of the element's values ([]string → string[], …)
//
// In: copied into memory owned by the call and freed after it, except a ModuleArray (or a typed
// array view on the module's own memory), which is passed in place. `null` is a nil slice.
// Out: always copied into a new typed array / array (nil and empty slices both give length 0).

import { atPath, badValue, describe } from '../errors.js';
import { moduleArrayParts, ModuleArray } from './memory.js';

/**
 * @typedef {import('./codec.js').Codec} Codec
 * @typedef {import('./memory.js').ModuleMemory} ModuleMemory
 * @typedef {import('./memory.js').CallContext} CallContext
 */

/** The typed array for a slice's element kind. */
/** @type {Record<string, any>} */
export const TYPED_FOR_KIND = {
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  uintptr: Uint32Array,
  float32: Float32Array,
  float64: Float64Array,
  int: BigInt64Array,
  int64: BigInt64Array,
  uint: BigUint64Array,
  uint64: BigUint64Array,
};

/** @param {ArrayBufferLike} buffer */
function isDetached(buffer) {
  if ('detached' in buffer) return /** @type {any} */ (buffer).detached === true;
  try {
    buffer.slice(0, 0);
    return false;
  } catch {
    return true;
  }
}

/** An ArrayBuffer from any realm (jest's vm context, a Node Buffer's realm, an iframe). */
const toString = Object.prototype.toString;
/** @param {unknown} v @returns {v is ArrayBuffer} */
function isArrayBuffer(v) {
  return v instanceof ArrayBuffer || toString.call(v) === '[object ArrayBuffer]';
}

/** Where lower() leaves the slice header it built. */
export const header = { ptr: 0, len: 0, cap: 0 };

/**
 * @param {any} type the manifest's slice layout
 * @param {string} goType
 * @param {ModuleMemory} mem
 * @param {(t: any) => Codec} build
 * @returns {Codec}
 */
export function sliceCodec(type, goType, mem, build) {
  const elem = build(type.elem);
  const esize = elem.size;
  const Typed = elem.scalar ? TYPED_FOR_KIND[elem.kind] ?? null : null;
  const bytes = elem.kind === 'uint8';
  const bigElems = Typed === BigInt64Array || Typed === BigUint64Array;
  const expected = Typed
    ? `${bytes ? 'an ArrayBuffer view' : Typed.name}, an array of ${bigElems ? 'numbers or bigints' : 'numbers'}, a ModuleArray or null`
    : `an array or null`;

  /** @param {ArrayBufferView} v */
  function checkView(v) {
    if (v.byteLength === 0 && isDetached(v.buffer)) {
      throw badValue(TypeError, goType, `the ${v.constructor.name}'s ArrayBuffer is detached (transferred, or a view of the module's memory from before it grew)`);
    }
  }

  /** @param {unknown} v @param {Map<string, Set<object>>} [seen] */
  function check(v, seen) {
    if (v === null) return;
    if (v instanceof ModuleArray) {
      if (!Typed) throw badValue(TypeError, goType, `expected ${expected}, got ${describe(v)}`);
      const parts = moduleArrayParts(v);
      if (parts.freed) throw badValue(TypeError, goType, `ModuleArray(${parts.Ctor.name}) used after free()`);
      if (parts.mem !== mem) throw badValue(TypeError, goType, 'the ModuleArray belongs to another module instance');
      if (parts.Ctor !== Typed && !(bytes && parts.Ctor === Uint8ClampedArray)) {
        throw badValue(TypeError, goType, `expected a ModuleArray of ${Typed.name}, got a ModuleArray of ${parts.Ctor.name}`);
      }
      return;
    }
    if (Array.isArray(v)) {
      const n = v.length;
      for (let i = 0; i < n; i++) {
        try {
          elem.check(v[i], seen);
        } catch (err) {
          throw atPath(err, `[${i}]`);
        }
      }
      return;
    }
    if (Typed) {
      // By tag rather than instanceof: typed arrays from another realm qualify too.
      if (ArrayBuffer.isView(v) && (bytes || /** @type {any} */ (v)[Symbol.toStringTag] === Typed.name)) {
        checkView(/** @type {ArrayBufferView} */ (v));
        return;
      }
      if (bytes && isArrayBuffer(v)) {
        if (v.byteLength === 0 && isDetached(v)) throw badValue(TypeError, goType, 'the ArrayBuffer is detached');
        return;
      }
    }
    throw badValue(TypeError, goType, `expected ${expected}, got ${describe(v)}`);
  }

  /**
   * Builds the slice header for v (already checked) into `header`.
   * @param {CallContext} cx @param {any} v
   */
  function lower(cx, v) {
    if (v === null) {
      header.ptr = header.len = header.cap = 0;
      return;
    }
    if (v instanceof ModuleArray) {
      const parts = moduleArrayParts(v);
      header.ptr = parts.length === 0 ? mem.zerobase : parts.ptr;
      header.len = header.cap = parts.length;
      return;
    }
    if (Array.isArray(v)) {
      const n = v.length;
      const p = mem.temp(cx, n * esize, !Typed, !!Typed);
      if (Typed && n > 0) {
        const view = new Typed(/** @type {ArrayBuffer} */ (mem.buffer), p, n);
        if (bigElems) {
          for (let i = 0; i < n; i++) {
            const x = v[i];
            view[i] = typeof x === 'bigint' ? x : BigInt(x);
          }
        } else {
          view.set(v);
        }
      } else {
        for (let i = 0; i < n; i++) elem.store(cx, p + i * esize, v[i]);
      }
      header.ptr = p;
      header.len = header.cap = n;
      return;
    }
    /** @type {Uint8Array} */
    let src;
    if (isArrayBuffer(v)) {
      src = new Uint8Array(v);
    } else {
      if (v.buffer === mem.buffer) {
        const off = v.byteOffset;
        const size = v.byteLength;
        if (off % elem.align === 0 && size % esize === 0) {
          // A view of the module's own memory (e.g. a ModuleArray's `view`): pass it in place.
          header.ptr = size === 0 ? mem.zerobase : off;
          header.len = header.cap = size / esize;
          return;
        }
        // Misaligned: copy within memory (allocating may grow it and detach `v`).
        const p = mem.temp(cx, size, false, true);
        mem.u8.copyWithin(p, off, off + size);
        header.ptr = p;
        header.len = header.cap = bytes ? size : Math.floor(size / esize);
        return;
      }
      if (v.byteLength === 0 && isDetached(v.buffer)) {
        throw badValue(TypeError, goType, `the ${v.constructor.name} was detached while the arguments were copied in (memory grew); pass the ModuleArray itself, not its view`);
      }
      src = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    }
    const n = bytes ? src.length : src.length / esize;
    const p = mem.temp(cx, src.length, false, true);
    mem.u8.set(src, p);
    header.ptr = p;
    header.len = header.cap = n;
  }

  /**
   * Copies len elements at ptr out of memory.
   * @param {CallContext} cx @param {number} ptr @param {number} len
   */
  function read(cx, ptr, len) {
    if (Typed) {
      if (len === 0) return new Typed(0);
      return new Typed(/** @type {ArrayBuffer} */ (mem.buffer).slice(ptr, ptr + len * esize));
    }
    const out = new Array(len);
    for (let i = 0; i < len; i++) {
      try {
        out[i] = elem.load(cx, ptr + i * esize);
      } catch (err) {
        throw atPath(err, `[${i}]`);
      }
    }
    return out;
  }

  return {
    kind: 'slice',
    goType,
    size: 12,
    align: 4,
    supported: elem.supported,
    elem,
    typed: Typed,
    check,
    lower,
    read,
    store(cx, addr, v) {
      lower(cx, v);
      const dv = mem.dv;
      dv.setUint32(addr, header.ptr, true);
      dv.setUint32(addr + 4, header.len, true);
      dv.setUint32(addr + 8, header.cap, true);
    },
    load(cx, addr) {
      const dv = mem.dv;
      return read(cx, dv.getUint32(addr, true), dv.getUint32(addr + 4, true));
    },
  };
}
