// Scalars: bool, the sized and machine integers, floats, uintptr and unsafe.Pointer. Each kind has
// a codec with the in-memory side (check / store / load, used inside structs, arrays and slices)
// and the wasm-value side (converter / fromWasm, used for parameters and results).
//
//   bool                          boolean (nothing else)
//   int8 … int32, uint8 … uint32  number, an integer in range (TypeError / RangeError otherwise)
//   uintptr, unsafe.Pointer       number, 0 … 2^32-1
//   int, uint                     number, a safe integer (a BigInt is accepted as input); a result
//                                 outside ±(2^53-1) throws RangeError instead of rounding
//   int64, uint64                 BigInt (a safe-integer number is accepted as input)
//   float32, float64              number (NaN, ±Infinity, -0 pass through)

import { badValue, describe } from '../errors.js';

const TWO32 = 4294967296;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;

/**
 * @typedef {object} ScalarCodec
 * @property {string} kind
 * @property {string} goType
 * @property {number} size
 * @property {number} align
 * @property {true} scalar
 * @property {(v: unknown) => void} check throws a bad value
 * @property {(onBad: (err: Error) => never) => (v: any) => any} converter makes the function that
 *   checks a value and converts it to its wasm value; a bad value's error goes to onBad, which throws
 * @property {(r: any) => any} fromWasm converts a wasm result (may throw a bad value for int/uint)
 * @property {(cx: any, addr: number, v: any) => void} store
 * @property {(cx: any, addr: number) => any} load
 * @property {boolean} supported
 */

/**
 * @param {string} goType
 * @param {unknown} v
 * @param {number} min
 * @param {number} max
 */
function badInteger(goType, v, min, max) {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    return badValue(TypeError, goType, `expected an integer number, got ${describe(v)}`);
  }
  return badValue(RangeError, goType, `${v} is out of range [${min}, ${max}]`);
}

/**
 * @param {string} goType
 * @param {unknown} v
 * @param {boolean} signed
 * @param {boolean} preferBig int64/uint64 (BigInt first) rather than int/uint (number first)
 */
function badInt64(goType, v, signed, preferBig) {
  const what = preferBig ? 'a bigint (or a safe-integer number)' : 'an integer number (or a bigint)';
  if (typeof v === 'bigint') {
    return badValue(RangeError, goType, `${v}n is out of range [${signed ? I64_MIN : 0}, ${signed ? I64_MAX : U64_MAX}]`);
  }
  if (typeof v !== 'number' || !Number.isInteger(v)) return badValue(TypeError, goType, `expected ${what}, got ${describe(v)}`);
  if (!Number.isSafeInteger(v)) {
    return badValue(RangeError, goType, `${v} is not a safe integer (beyond ±(2^53-1), so it may have been rounded); pass a bigint`);
  }
  return badValue(RangeError, goType, `${v} is out of range [0, ${U64_MAX}]`);
}

/**
 * @param {string} goType
 * @param {bigint} r
 */
function unsafeResult(goType, r) {
  return badValue(
    RangeError,
    goType,
    `${r} is outside the safe integer range ±(2^53-1) and cannot be returned as a number without rounding (declare it int64/uint64 to get a BigInt)`,
  );
}

/**
 * @param {string} kind
 * @param {string} goType
 * @param {import('./memory.js').ModuleMemory} mem
 * @returns {ScalarCodec | null}
 */
export function scalarCodec(kind, goType, mem) {
  const base = { kind, goType, mem, scalar: /** @type {true} */ (true), supported: true };
  switch (kind) {
    case 'bool':
      return {
        ...base, size: 1, align: 1,
        check(v) { if (typeof v !== 'boolean') throw badValue(TypeError, goType, `expected a boolean, got ${describe(v)}`); },
        converter(onBad) {
          const bad = (/** @type {unknown} */ v) => onBad(badValue(TypeError, goType, `expected a boolean, got ${describe(v)}`));
          return (v) => (v === true ? 1 : v === false ? 0 : bad(v));
        },
        fromWasm: (r) => r !== 0,
        store(cx, addr, v) { mem.u8[addr] = v ? 1 : 0; },
        load: (cx, addr) => mem.u8[addr] !== 0,
      };
    case 'int8':
      return small(base, 1, -128, 127, (bad) => (v) => (typeof v === 'number' && (v << 24) >> 24 === v ? v : bad(v)), (r) => (r << 24) >> 24,
        (dv, a, v) => dv.setInt8(a, v), (dv, a) => dv.getInt8(a));
    case 'uint8':
      return small(base, 1, 0, 255, (bad) => (v) => (typeof v === 'number' && (v & 0xff) === v ? v : bad(v)), (r) => r & 0xff,
        (dv, a, v) => dv.setUint8(a, v), (dv, a) => dv.getUint8(a));
    case 'int16':
      return small(base, 2, -32768, 32767, (bad) => (v) => (typeof v === 'number' && (v << 16) >> 16 === v ? v : bad(v)), (r) => (r << 16) >> 16,
        (dv, a, v) => dv.setInt16(a, v, true), (dv, a) => dv.getInt16(a, true));
    case 'uint16':
      return small(base, 2, 0, 65535, (bad) => (v) => (typeof v === 'number' && (v & 0xffff) === v ? v : bad(v)), (r) => r & 0xffff,
        (dv, a, v) => dv.setUint16(a, v, true), (dv, a) => dv.getUint16(a, true));
    case 'int32':
      return small(base, 4, -2147483648, 2147483647, (bad) => (v) => (typeof v === 'number' && (v | 0) === v ? v : bad(v)), (r) => r,
        (dv, a, v) => dv.setInt32(a, v, true), (dv, a) => dv.getInt32(a, true));
    case 'uint32':
    case 'uintptr':
    case 'pointer': // unsafe.Pointer: a raw address
      return small(base, 4, 0, 4294967295, (bad) => (v) => (typeof v === 'number' && v >>> 0 === v ? v : bad(v)), (r) => r >>> 0,
        (dv, a, v) => dv.setUint32(a, v, true), (dv, a) => dv.getUint32(a, true));
    case 'int':
    case 'int64':
    case 'uint':
    case 'uint64':
      return wide(base, kind);
    case 'float32':
      return float(base, 4, (dv, a, v) => dv.setFloat32(a, v, true), (dv, a) => dv.getFloat32(a, true));
    case 'float64':
      return float(base, 8, (dv, a, v) => dv.setFloat64(a, v, true), (dv, a) => dv.getFloat64(a, true));
    default:
      return null;
  }
}

/**
 * int8 … uint32: one i32. `fast` makes the converter: one inline test (false for non-numbers,
 * fractions, NaN and out-of-range values alike); only a failure pays for the precise error. Each
 * kind's converter is its own function literal, so V8 keeps each call site monomorphic.
 * @param {{ kind: string, goType: string, mem: import('./memory.js').ModuleMemory, scalar: true, supported: boolean }} base
 * @param {number} size
 * @param {number} min
 * @param {number} max
 * @param {(bad: (v: unknown) => never) => (v: any) => number} fast
 * @param {(r: number) => number} norm
 * @param {(dv: DataView, a: number, v: number) => void} set
 * @param {(dv: DataView, a: number) => number} get
 * @returns {ScalarCodec}
 */
function small(base, size, min, max, fast, norm, set, get) {
  const { goType, mem } = base;
  const check = fast((v) => {
    throw badInteger(goType, v, min, max);
  });
  return {
    ...base, size, align: size,
    check,
    converter: (onBad) => fast((v) => onBad(badInteger(goType, v, min, max))),
    fromWasm: norm,
    store(cx, addr, v) { set(mem.dv, addr, v); },
    load: (cx, addr) => get(mem.dv, addr),
  };
}

/**
 * @param {{ kind: string, goType: string, mem: import('./memory.js').ModuleMemory, scalar: true, supported: boolean }} base
 * @param {number} size
 * @param {(dv: DataView, a: number, v: number) => void} set
 * @param {(dv: DataView, a: number) => number} get
 * @returns {ScalarCodec}
 */
function float(base, size, set, get) {
  const { goType, mem } = base;
  const bad = (/** @type {unknown} */ v) => badValue(TypeError, goType, `expected a number, got ${describe(v)}`);
  return {
    ...base, size, align: size,
    check(v) { if (typeof v !== 'number') throw bad(v); },
    converter: (onBad) => (v) => (typeof v === 'number' ? v : onBad(bad(v))),
    fromWasm: (r) => r,
    store(cx, addr, v) { set(mem.dv, addr, v); },
    load: (cx, addr) => get(mem.dv, addr),
  };
}

/**
 * int, uint (JS number) and int64, uint64 (BigInt): one i64.
 * @param {{ kind: string, goType: string, mem: import('./memory.js').ModuleMemory, scalar: true, supported: boolean }} base
 * @param {string} kind
 * @returns {ScalarCodec}
 */
function wide(base, kind) {
  const { goType, mem } = base;
  const signed = kind === 'int' || kind === 'int64';
  const big = kind === 'int64' || kind === 'uint64';
  const lo = signed ? I64_MIN : 0n;
  const hi = signed ? I64_MAX : U64_MAX;
  const ok = (/** @type {unknown} */ v) =>
    typeof v === 'number'
      ? Number.isSafeInteger(v) && (signed || v >= 0)
      : typeof v === 'bigint' && v >= lo && v <= hi;
  const check = (/** @type {unknown} */ v) => {
    if (!ok(v)) throw badInt64(goType, v, signed, big);
  };
  /** @type {(r: bigint) => any} */
  let fromWasm;
  /** @type {(cx: any, addr: number) => any} */
  let load;
  if (big) {
    fromWasm = signed ? (r) => r : (r) => (r < 0n ? r + 18446744073709551616n : r);
    load = signed
      ? (cx, addr) => mem.dv.getBigInt64(addr, true)
      : (cx, addr) => mem.dv.getBigUint64(addr, true);
  } else {
    fromWasm = (r) => {
      const n = Number(r);
      if (Number.isSafeInteger(n) && (signed || n >= 0)) return n;
      throw unsafeResult(goType, signed ? r : BigInt.asUintN(64, r));
    };
    load = (cx, addr) => {
      const dv = mem.dv;
      const low = dv.getUint32(addr, true);
      const high = signed ? dv.getInt32(addr + 4, true) : dv.getUint32(addr + 4, true);
      const n = high * TWO32 + low; // exact while |n| <= 2^53; beyond, it is >= 2^53 in magnitude
      if (Number.isSafeInteger(n)) return n;
      throw unsafeResult(goType, signed ? dv.getBigInt64(addr, true) : dv.getBigUint64(addr, true));
    };
  }
  return {
    ...base, size: 8, align: 8,
    check,
    converter: (onBad) => (v) => {
      if (typeof v === 'bigint') {
        if (v >= lo && v <= hi) return v;
      } else if (ok(v)) {
        return BigInt(v);
      }
      return onBad(badInt64(goType, v, signed, big));
    },
    fromWasm,
    store(cx, addr, v) {
      const dv = mem.dv;
      if (typeof v === 'bigint') {
        dv.setBigUint64(addr, BigInt.asUintN(64, v), true);
      } else {
        // Two's complement halves of a safe integer, without a BigInt.
        dv.setUint32(addr, v >>> 0, true);
        dv.setUint32(addr + 4, Math.floor(v / TWO32) >>> 0, true);
      }
    },
    load,
  };
}
