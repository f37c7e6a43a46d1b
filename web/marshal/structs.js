// Structs, arrays and pointers: the composite values that live in linear memory.
//
//   struct   plain object with the exported fields (missing or undefined fields are zero values;
//            unknown or unexported properties are a TypeError); results have every exported field
//   [N]T     JS array of exactly N elements (RangeError otherwise); results are JS arrays
//   *T       T's JS value or null (nil). An argument is copied into a fresh allocation; a result
//            is copied out. Within one call, one JS object passed twice becomes one Go pointer and
//            one Go pointer read twice becomes one JS object, so shared and cyclic graphs survive.
//
// Every codec reads its target memory as zeroed (temp(…, zero) or the allocator's fresh memory)
// and writes only the exported fields it was given.

import { objectState } from '../classes.js';
import { atPath, badValue, describe } from '../errors.js';

/**
 * @typedef {import('./codec.js').Codec} Codec
 * @typedef {import('./memory.js').ModuleMemory} ModuleMemory
 * @typedef {import('./memory.js').CallContext} CallContext
 */

/**
 * @param {any} type the manifest's struct layout
 * @param {string} goType
 * @param {ModuleMemory} mem
 * @param {(t: any) => Codec} build
 * @returns {Codec}
 */
export function structCodec(type, goType, mem, build) {
  const all = (type.fields ?? []).map((/** @type {any} */ f) => ({
    name: String(f.name),
    offset: f.offset >>> 0,
    exported: f.exported === true,
    codec: build(f.type),
  }));
  const fields = all.filter((/** @type {any} */ f) => f.exported && f.codec.supported);
  const n = fields.length;
  const names = fields.map((/** @type {any} */ f) => f.name);
  const offsets = fields.map((/** @type {any} */ f) => f.offset);
  const codecs = fields.map((/** @type {any} */ f) => f.codec);
  /** @type {Map<string, string>} */
  const hidden = new Map();
  for (const f of all) {
    if (!f.exported) hidden.set(f.name, `field ${f.name} is unexported and cannot be set from JS`);
    else if (!f.codec.supported) hidden.set(f.name, `field ${f.name} has type ${f.codec.goType}, which cannot cross the JS boundary yet`);
  }
  // Exported fields whose type cannot cross: they stay hidden while zero, but a non-zero one is
  // never dropped silently (e.g. a recursive type nested deeper than the manifest describes).
  // The manifest gives no size for a bare `unsupported` type (a map, func or interface field):
  // its first word (the map/func pointer, the interface's type) is zero exactly when it is nil.
  const opaque = all
    .map((/** @type {any} */ f, /** @type {number} */ i) => {
      const gap = (i + 1 < all.length ? all[i + 1].offset : type.size >>> 0) - f.offset;
      return { name: f.name, offset: f.offset, goType: f.codec.goType, exported: f.exported, supported: f.codec.supported, size: f.codec.size || Math.min(4, gap) };
    })
    .filter((/** @type {any} */ f) => f.exported && !f.supported && f.size > 0);
  const known = new Set(names);
  const fieldList = names.length ? names.join(', ') : 'no exported fields';

  /** @param {unknown} v @param {Map<string, Set<object>>} [seen] */
  function check(v, seen) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || ArrayBuffer.isView(v)) {
      throw badValue(TypeError, goType, `expected an object (${fieldList}), got ${describe(v)}`);
    }
    for (const key of Object.keys(v)) {
      if (!known.has(key)) {
        throw badValue(TypeError, goType, hidden.get(key) ?? `unknown field ${JSON.stringify(key)} (the struct has ${fieldList})`);
      }
    }
    for (let i = 0; i < n; i++) {
      const x = /** @type {any} */ (v)[names[i]];
      if (x === undefined) continue;
      try {
        codecs[i].check(x, seen);
      } catch (err) {
        throw atPath(err, `.${names[i]}`);
      }
    }
  }

  /** @param {any} obj @param {CallContext} cx @param {number} addr */
  function fill(obj, cx, addr) {
    for (const f of opaque) {
      const u8 = mem.u8;
      for (let b = addr + f.offset, end = b + f.size; b < end; b++) {
        if (u8[b] !== 0) {
          throw atPath(
            badValue(TypeError, f.goType, 'its type cannot cross the JS boundary yet (the manifest does not describe it), and the value is not zero, so it cannot be left out'),
            `.${f.name}`,
          );
        }
      }
    }
    for (let i = 0; i < n; i++) {
      try {
        obj[names[i]] = codecs[i].load(cx, addr + offsets[i]);
      } catch (err) {
        throw atPath(err, `.${names[i]}`);
      }
    }
    return obj;
  }

  return {
    kind: 'struct',
    goType,
    size: type.size >>> 0,
    align: type.align >>> 0 || 1,
    supported: true,
    object: true,
    fields,
    // A flat struct crosses as its fields' wasm values (see codec.js flatAdapters).
    flat: type.flat === true ? all.map((/** @type {any} */ f, /** @type {number} */ i) => ({ ...f, wasm: type.fields[i].wasm ?? [] })) : null,
    check,
    store(cx, addr, v) {
      for (let i = 0; i < n; i++) {
        const x = v[names[i]];
        if (x !== undefined) codecs[i].store(cx, addr + offsets[i], x);
      }
    },
    load: (cx, addr) => fill({}, cx, addr),
    create: () => ({}),
    fill,
  };
}

/**
 * @param {any} type the manifest's array layout
 * @param {string} goType
 * @param {ModuleMemory} mem
 * @param {(t: any) => Codec} build
 * @returns {Codec}
 */
export function arrayCodec(type, goType, mem, build) {
  const elem = build(type.elem);
  const len = type.len >>> 0;
  const stride = elem.size;

  /** @param {unknown} v @param {Map<string, Set<object>>} [seen] */
  function check(v, seen) {
    if (!Array.isArray(v)) {
      throw badValue(TypeError, goType, `expected an array of ${len} element${len === 1 ? '' : 's'}, got ${describe(v)}`);
    }
    if (v.length !== len) {
      throw badValue(RangeError, goType, `expected an array of ${len} element${len === 1 ? '' : 's'}, got ${v.length}`);
    }
    for (let i = 0; i < len; i++) {
      try {
        elem.check(v[i], seen);
      } catch (err) {
        throw atPath(err, `[${i}]`);
      }
    }
  }

  /** @param {any[]} arr @param {CallContext} cx @param {number} addr */
  function fill(arr, cx, addr) {
    for (let i = 0; i < len; i++) {
      try {
        arr[i] = elem.load(cx, addr + i * stride);
      } catch (err) {
        throw atPath(err, `[${i}]`);
      }
    }
    return arr;
  }

  return {
    kind: 'array',
    goType,
    size: type.size >>> 0,
    align: type.align >>> 0 || 1,
    supported: elem.supported,
    object: true,
    elem,
    check,
    store(cx, addr, v) {
      for (let i = 0; i < len; i++) elem.store(cx, addr + i * stride, v[i]);
    },
    load: (cx, addr) => fill(new Array(len), cx, addr),
    create: () => new Array(len),
    fill,
  };
}

/**
 * @param {any} type the manifest's pointer layout
 * @param {string} goType
 * @param {ModuleMemory} mem
 * @param {(t: any) => Codec} build
 * @returns {Codec}
 */
export function pointerCodec(type, goType, mem, build) {
  const elem = build(type.elem);
  // The element may still be under construction (a recursive type): read its shape lazily.
  let shape = /** @type {{ size: number, objectElem: boolean } | null} */ (null);
  const elemShape = () => (shape ??= { size: elem.size, objectElem: elem.object === true });
  // Pointers to the same Go type share their alias maps, whichever position they sit in.
  const key = typeof type.elem?.name === 'string' ? type.elem.name : JSON.stringify(type.elem);

  /** @param {unknown} v @param {Map<string, Set<object>>} [seen] */
  function check(v, seen) {
    const { objectElem } = elemShape();
    if (v === null) return;
    if (v === undefined) throw badValue(TypeError, goType, `expected ${elem.goType}'s value or null, got undefined`);
    const object = objectState(v);
    if (object) {  // an instance of an exported class: its own object, passed by address
      if (object.mem !== mem || object.goType !== elem.goType) {
        throw badValue(TypeError, goType, `expected ${elem.goType}'s value, null or a ${elem.goType} instance of this module, got a ${object.goType} instance`);
      }
      if (!object.ptr) throw badValue(TypeError, goType, `the ${object.goType} instance was used after free()`);
      return;
    }
    if (objectElem && typeof v === 'object') {
      // Already checked as this same type: a shared or cyclic reference.
      let set = seen?.get(key);
      if (set?.has(v)) return;
      if (!set) (seen ??= new Map()).set(key, (set = new Set()));
      set.add(v);
    }
    elem.check(v, seen);
  }

  /**
   * Copies v into a fresh cell and returns its address (0 for null).
   * @param {CallContext} cx @param {any} v
   */
  function toPointer(cx, v) {
    const { size, objectElem } = elemShape();
    if (v === null) return 0;
    const object = objectState(v);
    if (object) return object.ptr;
    if (!objectElem) {
      const p = mem.temp(cx, size, true);
      elem.store(cx, p, v);
      return p;
    }
    let byObject = cx.stored?.get(key);
    const known = byObject?.get(v);
    if (known !== undefined) return known;
    const p = mem.temp(cx, size, true);
    if (!byObject) (cx.stored ??= new Map()).set(key, (byObject = new Map()));
    byObject.set(v, p); // before the fields, so a cycle finds it
    elem.store(cx, p, v);
    return p;
  }

  /**
   * The value a Go pointer points at (null for nil).
   * @param {CallContext} cx @param {number} p
   */
  function fromPointer(cx, p) {
    const { objectElem } = elemShape();
    if (p === 0) return null;
    if (!objectElem) return elem.load(cx, p);
    let byAddr = cx.loaded?.get(key);
    const known = byAddr?.get(p);
    if (known !== undefined) return known;
    const obj = /** @type {any} */ (elem).create();
    if (!byAddr) (cx.loaded ??= new Map()).set(key, (byAddr = new Map()));
    byAddr.set(p, obj);
    return /** @type {any} */ (elem).fill(obj, cx, p);
  }

  /** @type {Codec} */
  const codec = {
    kind: 'pointer',
    goType,
    get supported() {
      return elem.supported !== false;
    },
    elem,
    check,
    ...addressParts(mem, toPointer, fromPointer),
  };
  return codec;
}

/**
 * The parts of a codec for a value that crosses as one address (a pointer; a js.Value's handle
 * object): 4 bytes in memory, written and read through toPointer / fromPointer.
 * @param {import('./memory.js').ModuleMemory} mem
 * @param {(cx: CallContext, v: any) => number} toPointer
 * @param {(cx: CallContext, p: number) => any} fromPointer
 */
export function addressParts(mem, toPointer, fromPointer) {
  return {
    size: 4,
    align: 4,
    /** @param {CallContext} cx @param {number} addr @param {any} v */
    store(cx, addr, v) {
      const p = toPointer(cx, v); // may grow memory: only then take the view
      mem.dv.setUint32(addr, p, true);
    },
    /** @param {CallContext} cx @param {number} addr */
    load: (cx, addr) => fromPointer(cx, mem.dv.getUint32(addr, true)),
    toPointer,
    fromPointer,
  };
}
