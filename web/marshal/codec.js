// Builds the codec for a manifest type (one per position in a signature, once per instance), and
// the parameter / result adapters that move a value between JS and its wasm lowering.
//
// A codec is { kind, goType, size, align, supported, check(v, seen), store(cx, addr, v),
// load(cx, addr) } plus kind-specific parts. check() only validates (it throws a bad value, see
// errors.js) and never touches memory; store() writes a checked value into zeroed memory and may
// allocate; load() copies a value out of memory.

import { atPath, badValue } from '../errors.js';
import { scalarCodec } from './scalars.js';
import { checkString, decode, encode, encoded } from './strings.js';
import { header, sliceCodec } from './slices.js';
import { arrayCodec, pointerCodec, structCodec } from './structs.js';
import { jsValueCodec } from './jsvalues.js';

/**
 * @typedef {object} Codec
 * @property {string} kind
 * @property {string} goType
 * @property {number} size
 * @property {number} align
 * @property {boolean} supported false when the value cannot cross the boundary (yet)
 * @property {(v: unknown, seen?: Map<string, Set<object>>) => void} check
 * @property {(cx: import('./memory.js').CallContext, addr: number, v: any) => void} store
 * @property {(cx: import('./memory.js').CallContext, addr: number) => any} load
 * @property {boolean} [scalar]
 * @property {boolean} [object] struct or array: loads into a fresh JS object (see pointers)
 * @property {any[] | null} [flat] a flat struct's fields with their wasm types (passed as values)
 * @property {any} [elem]
 * @property {any[]} [fields]
 * @property {any} [typed]
 * @property {(onBad: (err: Error) => never) => (v: any) => any} [converter]
 * @property {(r: any) => any} [fromWasm]
 * @property {(cx: any, v: any) => void} [lower]
 * @property {(cx: any, ptr: number, len: number) => any} [read]
 * @property {(cx: any, v: any) => number} [toPointer]
 * @property {(cx: any, p: number) => any} [fromPointer]
 * @property {() => any} [create]
 * @property {(obj: any, cx: any, addr: number) => any} [fill]
 */

/**
 * The Go spelling of a manifest type, for messages and generated docs.
 * @param {any} type
 * @returns {string}
 */
export function goTypeString(type) {
  if (!type || typeof type !== 'object') return 'unknown';
  if (typeof type.name === 'string' && type.name) return type.name;
  switch (type.kind) {
    case 'slice':
      return `[]${goTypeString(type.elem)}`;
    case 'array':
      return `[${type.len}]${goTypeString(type.elem)}`;
    case 'pointer':
      return type.elem ? `*${goTypeString(type.elem)}` : 'unsafe.Pointer';
    case 'struct': {
      const fields = (type.fields ?? []).map((/** @type {any} */ f) => `${f.name} ${goTypeString(f.type)}`);
      return fields.length ? `struct{ ${fields.join('; ')} }` : 'struct{}';
    }
    case 'unsupported':
    case undefined:
      return 'unsupported';
    default:
      return String(type.kind);
  }
}

/**
 * @param {any} type a manifest layout tree
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {Codec}
 */
export function buildCodec(type, mem, named = new Map(), building = false) {
  const build = (/** @type {any} */ t) => buildCodec(t, mem, named);
  const goType = goTypeString(type);
  const kind = type?.kind;
  // A named type met again inside itself (the compiler cuts it as kind "recursive"): the codec
  // being built for it, completed by the time any call uses it.
  if (kind === 'recursive') {
    const codec = named.get(type.name);
    return codec ?? unsupported(goType, type);
  }
  if (!building && typeof type?.name === 'string' && (kind === 'struct' || kind === 'array' || kind === 'slice')) {
    if (named.has(type.name)) return named.get(type.name);
    const placeholder = /** @type {any} */ ({});
    named.set(type.name, placeholder);
    const built = buildCodec(type, mem, named, true);
    Object.defineProperties(placeholder, Object.getOwnPropertyDescriptors(built));
    return placeholder;
  }
  if (kind === 'pointer' && !type.elem) return /** @type {Codec} */ (scalarCodec('pointer', goType, mem));
  const scalar = typeof kind === 'string' && kind !== 'pointer' ? scalarCodec(kind, goType, mem) : null;
  if (scalar) return scalar;
  switch (kind) {
    case 'error':
      return {
        kind, goType: 'error', size: 8, align: 4, supported: true,
        check: () => {
          throw badValue(TypeError, 'error', 'error values cannot be passed into Go yet');
        },
        store() {
          throw badValue(TypeError, 'error', 'error values cannot be passed into Go yet');
        },
        load: (cx, addr) => mem.errorValue(mem.dv.getUint32(addr, true), mem.dv.getUint32(addr + 4, true)),
      };
    case 'string':
      return {
        kind, goType, size: 8, align: 4, supported: true,
        check: (v) => checkString(goType, v),
        store(cx, addr, v) {
          const p = encode(mem, cx, v);
          const dv = mem.dv;
          dv.setUint32(addr, p, true);
          dv.setUint32(addr + 4, encoded.len, true);
        },
        load(cx, addr) {
          const dv = mem.dv;
          return decode(mem.u8, dv.getUint32(addr, true), dv.getUint32(addr + 4, true));
        },
      };
    case 'slice':
      return sliceCodec(type, goType, mem, build);
    case 'array':
      return arrayCodec(type, goType, mem, build);
    case 'struct':
      return structCodec(type, goType, mem, build);
    case 'pointer':
      return pointerCodec(type, goType, mem, build);
    case 'jsvalue':
      return jsValueCodec(goType, mem);
    default:
      return unsupported(goType, type);
  }
}

/**
 * @param {string} goType
 * @param {any} type
 * @returns {Codec}
 */
function unsupported(goType, type) {
  const fail = () => badValue(TypeError, goType, `values of type ${goType} cannot cross the JS boundary yet`);
  return {
    kind: 'unsupported', goType, size: type?.size >>> 0, align: type?.align >>> 0 || 1, supported: false,
    check() { throw fail(); },
    store() { throw fail(); },
    load() { throw fail(); },
  };
}

// ---- parameters and results ------------------------------------------------------------------

/**
 * @typedef {object} ParamAdapter
 * @property {Codec} codec
 * @property {number} nwasm how many wasm values the parameter lowers to
 * @property {boolean} usesMemory lowering allocates or writes memory
 * @property {(cx: import('./memory.js').CallContext, v: any, args: any[], i: number) => void} lower
 */

/**
 * @param {Codec} codec
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {ParamAdapter}
 */
export function paramAdapter(codec, mem) {
  if (codec.scalar) {
    const toWasm = /** @type {any} */ (codec).converter((/** @type {Error} */ err) => {
      throw err;
    });
    return { codec, nwasm: 1, usesMemory: false, lower(cx, v, args, i) { args[i] = toWasm(v); } };
  }
  switch (codec.kind) {
    case 'string':
      return {
        codec, nwasm: 2, usesMemory: true,
        lower(cx, v, args, i) {
          args[i] = encode(mem, cx, v);
          args[i + 1] = encoded.len;
        },
      };
    case 'slice': {
      const lower = /** @type {(cx: any, v: any) => void} */ (codec.lower);
      return {
        codec, nwasm: 3, usesMemory: true,
        lower(cx, v, args, i) {
          lower(cx, v);
          args[i] = header.ptr;
          args[i + 1] = header.len;
          args[i + 2] = header.cap;
        },
      };
    }
    case 'pointer':
    case 'jsvalue': {
      const toPointer = /** @type {(cx: any, v: any) => number} */ (codec.toPointer);
      return { codec, nwasm: 1, usesMemory: true, lower(cx, v, args, i) { args[i] = toPointer(cx, v); } };
    }
    case 'struct':
      if (codec.flat) return flatAdapters(codec, mem).param;
    // fall through
    default: {
      // struct, array: the address of a copy, which the callee copies again.
      const size = codec.size;
      return {
        codec, nwasm: 1, usesMemory: true,
        lower(cx, v, args, i) {
          const p = mem.temp(cx, size, true);
          codec.store(cx, p, v);
          args[i] = p;
        },
      };
    }
  }
}

/**
 * @typedef {object} ResultAdapter
 * @property {Codec} codec
 * @property {number} nwasm
 * @property {boolean} usesMemory
 * @property {(cx: import('./memory.js').CallContext, vals: any[], i: number) => any} lift
 */

/**
 * @param {Codec} codec
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {ResultAdapter}
 */
export function resultAdapter(codec, mem, view = false) {
  if (codec.scalar) {
    const fromWasm = /** @type {(r: any) => any} */ (codec.fromWasm);
    return { codec, nwasm: 1, usesMemory: false, lift: (cx, vals, i) => fromWasm(vals[i]) };
  }
  switch (codec.kind) {
    case 'error':
      // (type code, data): null for a nil error, else a GoError with Error()'s text.
      return { codec, nwasm: 2, usesMemory: true, lift: (cx, vals, i) => mem.errorValue(vals[i], vals[i + 1]) };
    case 'string':
      return { codec, nwasm: 2, usesMemory: true, lift: (cx, vals, i) => decode(mem.u8, vals[i] >>> 0, vals[i + 1] >>> 0) };
    case 'slice': {
      const read = /** @type {(cx: any, p: number, n: number) => any} */ (codec.read);
      const Typed = /** @type {any} */ (codec.typed);
      if (view && Typed) {
        // A view of the module's memory instead of a copy (GoModule.views), unless the slice lies
        // in this call's inputs, which the next call reuses.
        return {
          codec, nwasm: 3, usesMemory: true,
          lift: (cx, vals, i) => {
            const p = vals[i] >>> 0;
            const n = vals[i + 1] >>> 0;
            return n === 0 || mem.isCallInput(cx, p) ? read(cx, p, n) : new Typed(mem.buffer, p, n);
          },
        };
      }
      return { codec, nwasm: 3, usesMemory: true, lift: (cx, vals, i) => read(cx, vals[i] >>> 0, vals[i + 1] >>> 0) };
    }
    case 'pointer':
    case 'jsvalue': {
      const fromPointer = /** @type {(cx: any, p: number) => any} */ (codec.fromPointer);
      return { codec, nwasm: 1, usesMemory: true, lift: (cx, vals, i) => fromPointer(cx, vals[i] >>> 0) };
    }
    case 'struct':
      if (codec.flat) return flatAdapters(codec, mem).result;
    // fall through
    default:
      // struct, array: an address in the callee's popped frame; copied out at once.
      return { codec, nwasm: 1, usesMemory: true, lift: (cx, vals, i) => codec.load(cx, vals[i] >>> 0) };
  }
}

/**
 * A flat struct (the compiler's lower::isFlatStruct) is passed and returned as its fields' wasm
 * values in order, never through memory. Missing fields, unexported fields and fields whose type
 * cannot cross are zero going in; coming out, such a field must be zero unless it is unexported.
 * @param {Codec} codec
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {{ param: ParamAdapter, result: ResultAdapter }}
 */
function flatAdapters(codec, mem) {
  let nwasm = 0;
  const parts = /** @type {any[]} */ (codec.flat).map((f) => {
    const crosses = f.exported && f.codec.supported;
    const part = {
      name: f.name,
      at: nwasm,
      zeros: f.wasm.map((/** @type {string} */ t) => (t === 'i64' ? 0n : 0)),
      crosses,
      opaque: f.exported && !f.codec.supported,
      goType: f.codec.goType,
      param: crosses ? paramAdapter(f.codec, mem) : null,
      result: crosses ? resultAdapter(f.codec, mem) : null,
    };
    nwasm += f.wasm.length;
    return part;
  });
  const usesMemory = parts.some((p) => p.param?.usesMemory || p.result?.usesMemory);
  return {
    param: {
      codec, nwasm, usesMemory,
      lower(cx, v, args, i) {
        for (const p of parts) {
          const x = p.crosses ? v[p.name] : undefined;
          if (x !== undefined) p.param.lower(cx, x, args, i + p.at);
          else for (let k = 0; k < p.zeros.length; k++) args[i + p.at + k] = p.zeros[k];
        }
      },
    },
    result: {
      codec, nwasm, usesMemory,
      lift(cx, vals, i) {
        /** @type {any} */
        const obj = {};
        for (const p of parts) {
          if (p.crosses) {
            try {
              obj[p.name] = p.result.lift(cx, vals, i + p.at);
            } catch (err) {
              throw atPath(err, `.${p.name}`);
            }
          } else if (p.opaque && p.zeros.some((/** @type {any} */ _, /** @type {number} */ k) => vals[i + p.at + k] != 0)) {
            throw atPath(
              badValue(TypeError, p.goType, 'its type cannot cross the JS boundary yet, and the value is not zero, so it cannot be left out'),
              `.${p.name}`,
            );
          }
        }
        return obj;
      },
    },
  };
}
