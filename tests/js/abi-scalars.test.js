// The marshaller's scalar rows: bool, every integer width, int/uint, int64/uint64, uintptr and the
// floats, both ways, with their edge values and every kind of bad input.
import { GoPanic } from 'gomethod';
import { expectThrow, loadGo } from './abi-helpers.js';

const KINDS = {
  Bool: 'bool', I8: 'int8', I16: 'int16', I32: 'int32', I64: 'int64', Int: 'int',
  U8: 'uint8', U16: 'uint16', U32: 'uint32', U64: 'uint64', Uint: 'uint', Uptr: 'uintptr',
  F32: 'float32', F64: 'float64',
};

const SOURCE = `package main

${Object.entries(KINDS)
  .map(([n, t]) => `//export id${n}\nfunc id${n}(x ${t}) ${t} { return x }\n`)
  .join('\n')}
//export negI8
func negI8(x int8) int8 { return -x }

//export incU8
func incU8(x uint8) uint8 { return x + 1 }

//export incI16
func incI16(x int16) int16 { return x + 1 }

//export addU32
func addU32(a, b uint32) uint32 { return a + b }

//export addI32
func addI32(a, b int32) int32 { return a + b }

//export maxU64
func maxU64() uint64 { return 1<<64 - 1 }

//export minI64
func minI64() int64 { return -1 << 63 }

//export tooBig
func tooBig() int { return 1 << 53 }

//export tooSmall
func tooSmall() int { return -1 << 53 }

//export maxSafe
func maxSafe() int { return 1<<53 - 1 }

//export minSafe
func minSafe() int { return -(1<<53 - 1) }

//export bigUint
func bigUint() uint { return 1<<64 - 1 }

//export div
func div(a, b int32) int32 { return a / b }

//export double32
func double32(x float32) float32 { return x * 2 }

//export multi
func multi(a int32, b float64) (int32, float64, bool) { return a * 2, b / 2, a > 0 }

//export pair
func pair(a int, b uint64) (int, uint64) { return a + 1, b - 1 }

//export six
func six(a, b, c, d, e, f int32) int32 { return a + b + c + d + e + f }

//export noop
func noop() {}

//export not
func not(b bool) bool { return !b }

//export isNeg
func isNeg(x float64) bool { return x < 0 || 1/x < 0 }
`;

let go;
beforeAll(async () => {
  const mod = await loadGo(SOURCE);
  go = mod.exports;
});

describe('bool', () => {
  test('round trips and is negated in Go', () => {
    expect(go.idBool(true)).toBe(true);
    expect(go.idBool(false)).toBe(false);
    expect(go.not(true)).toBe(false);
    expect(go.not(false)).toBe(true);
  });
  test.each([[1], [0], ['true'], [null], [undefined], [{}]])('rejects %p with a TypeError', (v) => {
    expectThrow(() => go.idBool(v), TypeError, /^idBool: argument x \(bool\): expected a boolean, got /);
  });
});

describe('sized integers', () => {
  const cases = [
    ['idI8', 'int8', -128, 127],
    ['idI16', 'int16', -32768, 32767],
    ['idI32', 'int32', -2147483648, 2147483647],
    ['idU8', 'uint8', 0, 255],
    ['idU16', 'uint16', 0, 65535],
    ['idU32', 'uint32', 0, 4294967295],
    ['idUptr', 'uintptr', 0, 4294967295],
  ];
  test.each(cases)('%s: the limits round trip, one past them is a RangeError', (fn, type, min, max) => {
    expect(go[fn](min)).toBe(min);
    expect(go[fn](max)).toBe(max);
    expect(go[fn](0)).toBe(0);
    expectThrow(() => go[fn](max + 1), RangeError, `${fn}: argument x (${type}): ${max + 1} is out of range [${min}, ${max}]`);
    expectThrow(() => go[fn](min - 1), RangeError, `${fn}: argument x (${type}): ${min - 1} is out of range`);
  });
  test.each(cases)('%s: non-integers and non-numbers are TypeErrors', (fn, type) => {
    for (const bad of [1.5, NaN, Infinity, -Infinity, '1', 1n, null, undefined, true, [1]]) {
      expectThrow(() => go[fn](bad), TypeError, new RegExp(`^${fn}: argument x \\(${type}\\): expected an integer number, got `));
    }
  });
  test('-0 is accepted as 0', () => {
    expect(Object.is(go.idI32(-0), 0)).toBe(true);
    expect(go.idU8(-0)).toBe(0);
  });
  test('results wrap around and come back normalized', () => {
    expect(go.negI8(-128)).toBe(-128);
    expect(go.incU8(255)).toBe(0);
    expect(go.incI16(32767)).toBe(-32768);
    expect(go.addI32(2147483647, 1)).toBe(-2147483648);
    expect(go.addU32(4294967295, 1)).toBe(0);
    expect(go.addU32(4294967295, 0)).toBe(4294967295); // not -1: uint32 arrives as a signed i32
    expect(go.addU32(2147483648, 0)).toBe(2147483648);
  });
});

describe('int and uint (numbers, safe-integer checked)', () => {
  test('safe integers round trip; bigint inputs are accepted', () => {
    for (const v of [0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 123456789012345]) expect(go.idInt(v)).toBe(v);
    expect(go.idInt(42n)).toBe(42);
    expect(go.idInt(-(2n ** 53n) + 1n)).toBe(-(2 ** 53 - 1));
    expect(go.idUint(2 ** 53 - 1)).toBe(2 ** 53 - 1);
    expect(go.idUint(7n)).toBe(7);
    expect(go.maxSafe()).toBe(Number.MAX_SAFE_INTEGER);
    expect(go.minSafe()).toBe(Number.MIN_SAFE_INTEGER);
  });
  test('±2^53 as a number input is a RangeError (it may already be rounded)', () => {
    expectThrow(() => go.idInt(2 ** 53), RangeError, 'idInt: argument x (int): 9007199254740992 is not a safe integer');
    expectThrow(() => go.idInt(-(2 ** 53)), RangeError, 'is not a safe integer');
    expectThrow(() => go.idUint(2 ** 64), RangeError, 'is not a safe integer');
  });
  test('a result outside ±(2^53-1) is a RangeError, not a rounded number', () => {
    expectThrow(() => go.tooBig(), RangeError, /^tooBig: result \(int\): 9007199254740992 is outside the safe integer range/);
    expectThrow(() => go.tooSmall(), RangeError, /^tooSmall: result \(int\): -9007199254740992 is outside/);
    expectThrow(() => go.bigUint(), RangeError, /^bigUint: result \(uint\): 18446744073709551615 is outside/);
    // A bigint input that Go hands back unchanged fails on the way out.
    expectThrow(() => go.idInt(2n ** 60n), RangeError, 'idInt: result (int): 1152921504606846976');
    expect(go.idInt(5)).toBe(5); // still serving
  });
  test('bad inputs', () => {
    expectThrow(() => go.idInt(1.5), TypeError, 'idInt: argument x (int): expected an integer number (or a bigint), got the number 1.5');
    expectThrow(() => go.idInt(NaN), TypeError, 'got the number NaN');
    expectThrow(() => go.idInt('3'), TypeError, 'got a string "3"');
    expectThrow(() => go.idUint(-1), RangeError, 'idUint: argument x (uint): -1 is out of range [0, 18446744073709551615]');
    expectThrow(() => go.idInt(2n ** 63n), RangeError, '9223372036854775808n is out of range [-9223372036854775808, 9223372036854775807]');
    expectThrow(() => go.idUint(-1n), RangeError, 'is out of range [0, 18446744073709551615]');
  });
});

describe('int64 and uint64 (BigInt)', () => {
  test('limits round trip', () => {
    expect(go.idI64(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(go.idI64(-(2n ** 63n))).toBe(-(2n ** 63n));
    expect(go.idU64(2n ** 64n - 1n)).toBe(2n ** 64n - 1n);
    expect(go.idU64(2n ** 63n)).toBe(2n ** 63n);
    expect(go.idU64(0n)).toBe(0n);
    expect(go.maxU64()).toBe(18446744073709551615n);
    expect(go.minI64()).toBe(-9223372036854775808n);
  });
  test('safe-integer numbers are accepted and come back as bigints', () => {
    expect(go.idI64(5)).toBe(5n);
    expect(go.idI64(-(2 ** 53 - 1))).toBe(-(2n ** 53n - 1n));
    expect(go.idU64(2 ** 53 - 1)).toBe(2n ** 53n - 1n);
  });
  test('out of range and wrong types', () => {
    expectThrow(() => go.idI64(2n ** 63n), RangeError, 'idI64: argument x (int64): 9223372036854775808n is out of range');
    expectThrow(() => go.idU64(2n ** 64n), RangeError, 'idU64: argument x (uint64): 18446744073709551616n is out of range [0, 18446744073709551615]');
    expectThrow(() => go.idU64(-1n), RangeError, 'is out of range');
    expectThrow(() => go.idI64(2 ** 53), RangeError, 'is not a safe integer');
    expectThrow(() => go.idI64(0.5), TypeError, 'idI64: argument x (int64): expected a bigint (or a safe-integer number), got the number 0.5');
    expectThrow(() => go.idU64('1'), TypeError, 'expected a bigint');
  });
  test('multiple integer results', () => {
    expect(go.pair(1, 0n)).toEqual([2, 18446744073709551615n]);
  });
});

describe('floats', () => {
  test('float64 passes every number through unchanged', () => {
    for (const v of [0, 1.5, -2.25, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, Infinity, -Infinity, 0.1]) {
      expect(go.idF64(v)).toBe(v);
    }
    expect(go.idF64(NaN)).toBeNaN();
    expect(Object.is(go.idF64(-0), -0)).toBe(true);
    expect(go.isNeg(-0)).toBe(true);
    expect(go.isNeg(0)).toBe(false);
  });
  test('float32 rounds like Go', () => {
    expect(go.idF32(0.1)).toBe(Math.fround(0.1));
    expect(go.double32(1.5)).toBe(3);
    expect(go.idF32(1e39)).toBe(Infinity);
    expect(go.idF32(NaN)).toBeNaN();
    expect(Object.is(go.idF32(-0), -0)).toBe(true);
  });
  test.each([['1'], [1n], [null], [undefined], [true]])('rejects %p with a TypeError', (v) => {
    expectThrow(() => go.idF64(v), TypeError, /^idF64: argument x \(float64\): expected a number, got /);
    expectThrow(() => go.idF32(v), TypeError, /^idF32: argument x \(float32\): expected a number, got /);
  });
});

describe('calls', () => {
  test('multiple results come back as an array', () => {
    expect(go.multi(3, 5)).toEqual([6, 2.5, true]);
    expect(go.multi(-1, 1)).toEqual([-2, 0.5, false]);
  });
  test('more than four parameters', () => {
    expect(go.six(1, 2, 3, 4, 5, 6)).toBe(21);
    expectThrow(() => go.six(1, 2, 3, 4, 5, 6.5), TypeError, 'six: argument f (int32): expected an integer number, got the number 6.5');
  });
  test('no parameters, no results', () => {
    expect(go.noop()).toBeUndefined();
  });
  test('wrong arity is a TypeError naming the function and its Go signature', () => {
    expectThrow(() => go.addI32(1), TypeError, 'addI32: expected 2 arguments, got 1 (func addI32(a int32, b int32) int32)');
    expectThrow(() => go.addI32(1, 2, 3), TypeError, 'addI32: expected 2 arguments, got 3');
    expectThrow(() => go.noop(1), TypeError, 'noop: expected 0 arguments, got 1 (func noop())');
    expectThrow(() => go.six(1), TypeError, 'six: expected 6 arguments, got 1');
    expectThrow(() => go.idBool(), TypeError, 'idBool: expected 1 argument, got 0 (func idBool(x bool) bool)');
  });
  test('wrappers are named and carry their Go signature', () => {
    expect(go.addI32.name).toBe('addI32');
    expect(go.addI32.signature).toBe('func addI32(a int32, b int32) int32');
  });
  test('a panic in a scalar call is a GoPanic, and the module keeps serving', () => {
    const err = expectThrow(() => go.div(1, 0), GoPanic, 'runtime error: integer divide by zero');
    expect(err.goMessage).toBe('runtime error: integer divide by zero');
    expect(err.kind).toBe('panic');
    expect(go.div(7, 2)).toBe(3);
    expect(go.div(-2147483648, -1)).toBe(-2147483648);
  });
});
