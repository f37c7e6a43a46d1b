// Slices across the boundary: typed arrays and plain arrays in, copies out; nil and empty slices;
// million-element slices; []string, []bool, nested slices, variadics; zero-copy ModuleArrays,
// memory growth, detached buffers and use after free.
import { GoPanic, ModuleArray } from 'gomethod';
import { expectThrow, loadGo } from './abi-helpers.js';

const TYPED = {
  I8: ['int8', Int8Array], U8: ['uint8', Uint8Array], I16: ['int16', Int16Array], U16: ['uint16', Uint16Array],
  I32: ['int32', Int32Array], U32: ['uint32', Uint32Array], F32: ['float32', Float32Array], F64: ['float64', Float64Array],
  I64: ['int64', BigInt64Array], Int: ['int', BigInt64Array], U64: ['uint64', BigUint64Array], Uint: ['uint', BigUint64Array],
  Uptr: ['uintptr', Uint32Array],
};

const SOURCE = `package main

${Object.entries(TYPED)
  .map(([n, [t]]) => `//export echo${n}\nfunc echo${n}(x []${t}) []${t} { return x }\n`)
  .join('\n')}
//export sumBytes
func sumBytes(b []byte) int {
	s := 0
	for _, x := range b {
		s += int(x)
	}
	return s
}

//export fill
func fill(b []byte, v byte) {
	for i := range b {
		b[i] = v
	}
}

//export isNil
func isNil(b []byte) bool { return b == nil }

//export lenCap
func lenCap(x []int32) (int, int) { return len(x), cap(x) }

//export count
func count(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
	}
	return out
}

//export doubled
func doubled(x []int32) []int32 {
	out := make([]int32, len(x))
	for i, v := range x {
		out[i] = v * 2
	}
	return out
}

//export sumF64
func sumF64(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

//export at
func at(xs []float64, i int) float64 { return xs[i] }

//export scale
func scale(xs []float64, k float64) {
	for i := range xs {
		xs[i] *= k
	}
}

//export reverse
func reverse(xs []string) []string {
	out := make([]string, 0, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, xs[i])
	}
	return out
}

//export joinLen
func joinLen(xs []string) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

//export flip
func flip(xs []bool) []bool {
	for i := range xs {
		xs[i] = !xs[i]
	}
	return xs
}

//export nested
func nested(xs [][]int32) [][]int32 { return append(xs, []int32{99}) }

//export total
func total(base int32, xs ...int) int {
	s := int(base)
	for _, x := range xs {
		s += x
	}
	return s
}

//export grow
func grow(n int) int {
	b := make([]byte, n)
	b[n-1] = 1
	return len(b)
}
`;

let mod;
let go;
beforeAll(async () => {
  mod = await loadGo(SOURCE);
  go = mod.exports;
});

describe('typed slices', () => {
  const edge = {
    I8: [-128, 0, 127], U8: [0, 1, 255], I16: [-32768, 32767], U16: [0, 65535],
    I32: [-2147483648, 2147483647, -1], U32: [0, 4294967295], F32: [1.5, -0, Infinity, -Infinity, 3.4028234663852886e38],
    F64: [0.1, -0, Number.MAX_VALUE, Number.MIN_VALUE, -Infinity], I64: [-(2n ** 63n), 2n ** 63n - 1n, 0n],
    Int: [-(2n ** 63n), 2n ** 63n - 1n], U64: [0n, 2n ** 64n - 1n], Uint: [2n ** 64n - 1n], Uptr: [0, 4294967295],
  };
  test.each(Object.keys(TYPED))('[]%s: the typed array round trips, as a new copy', (n) => {
    const [, Ctor] = TYPED[n];
    const input = new Ctor(edge[n]);
    const out = go[`echo${n}`](input);
    expect(out).toBeInstanceOf(Ctor);
    expect(out).not.toBe(input);
    expect(out.buffer).not.toBe(mod.memory.buffer);
    expect(Array.from(out)).toEqual(Array.from(input));
    for (let i = 0; i < input.length; i++) expect(Object.is(out[i], input[i])).toBe(true);
    // and from a plain array
    expect(Array.from(go[`echo${n}`](Array.from(input)))).toEqual(Array.from(input));
    expect(go[`echo${n}`]([])).toEqual(new Ctor(0));
  });
  test('float NaN survives', () => {
    expect(go.echoF64(new Float64Array([NaN]))[0]).toBeNaN();
    expect(go.echoF32([NaN])[0]).toBeNaN();
  });
  test('a subarray view is copied from its own offset', () => {
    const base = new Int32Array([1, 2, 3, 4, 5]);
    expect(Array.from(go.echoI32(base.subarray(1, 4)))).toEqual([2, 3, 4]);
  });
  test('[]int and []int64 accept numbers and bigints', () => {
    expect(go.echoInt([1, 2n, -3])).toEqual(new BigInt64Array([1n, 2n, -3n]));
    expect(go.echoU64([2 ** 53 - 1, 2n ** 64n - 1n])).toEqual(new BigUint64Array([2n ** 53n - 1n, 2n ** 64n - 1n]));
    expectThrow(() => go.echoInt([1, 2 ** 53]), RangeError, 'echoInt: argument x[1] (int): 9007199254740992 is not a safe integer');
    expectThrow(() => go.echoU64([1n, -1n]), RangeError, 'echoU64: argument x[1] (uint64): -1n is out of range');
  });
  test('plain arrays are checked element by element, before anything is copied', () => {
    expectThrow(() => go.echoI32([1, 2.5]), TypeError, 'echoI32: argument x[1] (int32): expected an integer number, got the number 2.5');
    expectThrow(() => go.echoU8([0, 256]), RangeError, 'echoU8: argument x[1] (uint8): 256 is out of range [0, 255]');
    expectThrow(() => go.echoF64([1, '2']), TypeError, 'echoF64: argument x[1] (float64): expected a number, got a string "2"');
    expectThrow(() => go.echoI64([1n, 1.5]), TypeError, 'echoI64: argument x[1] (int64)');
  });
  test('the wrong typed array, and things that are not arrays, are TypeErrors', () => {
    expectThrow(() => go.echoI32(new Float64Array(2)), TypeError, 'echoI32: argument x ([]int32): expected Int32Array, an array of numbers, a ModuleArray or null, got a Float64Array');
    expectThrow(() => go.echoInt(new Int32Array(2)), TypeError, 'expected BigInt64Array, an array of numbers or bigints');
    expectThrow(() => go.echoI32('123'), TypeError, 'got a string "123"');
    expectThrow(() => go.echoI32({ length: 2, 0: 1, 1: 2 }), TypeError, 'got an object');
    expectThrow(() => go.echoI32(undefined), TypeError, 'got undefined');
  });
});

describe('[]byte', () => {
  test('accepts any ArrayBuffer view, an ArrayBuffer, a Node Buffer and a plain array', () => {
    expect(go.sumBytes(new Uint8Array([1, 2, 3]))).toBe(6);
    expect(go.sumBytes(new Uint8ClampedArray([255, 1]))).toBe(256);
    expect(go.sumBytes(new Int8Array([-1, 1]))).toBe(256); // the bytes 0xff, 0x01
    expect(go.sumBytes(new DataView(new Uint8Array([5, 6, 7]).buffer, 1))).toBe(13);
    expect(go.sumBytes(new Uint16Array([0x0102]))).toBe(3);
    expect(go.sumBytes(new Uint8Array([9, 9]).buffer)).toBe(18);
    expect(go.sumBytes(Buffer.from([10, 20]))).toBe(30);
    expect(go.sumBytes([1, 2, 250])).toBe(253);
    expect(go.echoU8(Buffer.from('hi'))).toEqual(new Uint8Array([104, 105]));
  });
  test('nil and empty: null is a nil slice, [] an empty one; both come back as length 0', () => {
    expect(go.isNil(null)).toBe(true);
    expect(go.isNil([])).toBe(false);
    expect(go.isNil(new Uint8Array(0))).toBe(false);
    expect(go.echoU8(null)).toEqual(new Uint8Array(0));
    expect(go.lenCap(null)).toEqual([0, 0]);
    expect(go.lenCap([1, 2, 3])).toEqual([3, 3]);
  });
  test("Go's writes to a copied slice do not reach the caller's array", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    go.fill(bytes, 7);
    expect(Array.from(bytes)).toEqual([1, 2, 3]);
  });
  test('a detached buffer is a TypeError; the module keeps serving', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
    expectThrow(() => go.sumBytes(bytes), TypeError, "sumBytes: argument b ([]uint8): the Uint8Array's ArrayBuffer is detached");
    const buf = new ArrayBuffer(4);
    structuredClone(buf, { transfer: [buf] });
    expectThrow(() => go.sumBytes(buf), TypeError, 'the ArrayBuffer is detached');
    expectThrow(() => go.sumF64(new Float64Array(bytes.buffer)), TypeError, 'detached');
    expect(go.sumBytes([1])).toBe(1);
  });
});

describe('large slices', () => {
  test('10^6 elements out, through Go, and back', () => {
    const n = 1_000_000;
    const xs = go.count(n);
    expect(xs).toBeInstanceOf(Int32Array);
    expect(xs.length).toBe(n);
    expect(xs[0]).toBe(0);
    expect(xs[n - 1]).toBe(n - 1);
    const twice = go.doubled(xs);
    expect(twice.length).toBe(n);
    expect(twice[123456]).toBe(246912);
    expect(go.sumF64(Array.from({ length: n }, () => 0.5))).toBe(n / 2);
    const bytes = new Uint8Array(n).fill(1);
    expect(go.sumBytes(bytes)).toBe(n);
    const back = go.echoU8(bytes);
    expect(back.length).toBe(n);
    expect(Buffer.compare(back, bytes)).toBe(0);
    expect(go.joinLen(Array.from({ length: 100_000 }, () => 'ab'))).toBe(200_000);
  });
  test('a 10^6-element argument that fails its check touches nothing', () => {
    const xs = new Array(1_000_000).fill(1);
    xs[999_999] = 'x';
    const before = mod.memory.buffer.byteLength;
    expectThrow(() => go.sumF64(xs), TypeError, 'sumF64: argument xs[999999] (float64)');
    expect(mod.memory.buffer.byteLength).toBe(before);
  });
});

describe('slices of other element types', () => {
  test('[]string', () => {
    expect(go.reverse(['a', 'ü😀', '', 'last'])).toEqual(['last', '', 'ü😀', 'a']);
    expect(go.reverse([])).toEqual([]);
    expect(go.reverse(null)).toEqual([]);
    expect(go.joinLen(['ab', 'ü'])).toBe(4);
    expectThrow(() => go.reverse(['a', 1]), TypeError, 'reverse: argument xs[1] (string): expected a string, got the number 1');
    expectThrow(() => go.reverse('ab'), TypeError, 'reverse: argument xs ([]string): expected an array or null, got a string');
  });
  test('[]bool', () => {
    expect(go.flip([true, false, false])).toEqual([false, true, true]);
    expectThrow(() => go.flip([true, 0]), TypeError, 'flip: argument xs[1] (bool)');
  });
  test('[][]int32', () => {
    const out = go.nested([[1, 2], new Int32Array([3]), null, []]);
    expect(out).toEqual([new Int32Array([1, 2]), new Int32Array([3]), new Int32Array(0), new Int32Array(0), new Int32Array([99])]);
    expectThrow(() => go.nested([[1], [2, 'x']]), TypeError, 'nested: argument xs[1][1] (int32)');
  });
  test('variadic parameters take the rest of the arguments', () => {
    expect(go.total(1)).toBe(1);
    expect(go.total(1, 2, 3, 4n)).toBe(10);
    expectThrow(() => go.total(), TypeError, 'total: expected at least 1 argument, got 0 (func total(base int32, xs ...int) int)');
    expectThrow(() => go.total(1, 2, 'x'), TypeError, 'total: argument xs[1] (int): expected an integer number (or a bigint), got a string "x"');
  });
});

describe('zero-copy ModuleArrays', () => {
  test('alloc gives a zeroed typed array in module memory, passed in place', () => {
    const arr = mod.alloc(Float64Array, 4);
    expect(arr).toBeInstanceOf(ModuleArray);
    expect(arr.length).toBe(4);
    expect(arr.byteLength).toBe(32);
    expect(arr.type).toBe(Float64Array);
    expect(arr.view.buffer).toBe(mod.memory.buffer);
    expect(Array.from(arr.view)).toEqual([0, 0, 0, 0]);
    arr.view.set([1, 2, 3, 4]);
    expect(go.sumF64(arr)).toBe(10);
    go.scale(arr, 10);
    expect(Array.from(arr.view)).toEqual([10, 20, 30, 40]); // Go's writes are visible
    go.scale(arr.view, 0.5); // a view of module memory is passed in place too
    expect(Array.from(arr.view)).toEqual([5, 10, 15, 20]);
    expect(go.at(arr, 3)).toBe(20);
    arr.free();
  });
  test('alloc from data, of every slice element type', () => {
    const b = mod.alloc(Uint8Array, [1, 2, 3]);
    go.fill(b, 9);
    expect(Array.from(b.view)).toEqual([9, 9, 9]);
    expect(go.sumBytes(b)).toBe(27);
    b.free();
    const raw = mod.alloc(Uint8Array, 8);
    go.fill(new Uint8Array(mod.memory.buffer, raw.byteOffset + 2, 3), 5); // any view of module memory: in place
    expect(Array.from(raw.view)).toEqual([0, 0, 5, 5, 5, 0, 0, 0]);
    raw.free();
    const big = mod.alloc(BigInt64Array, [1n, -2n]);
    expect(go.echoInt(big)).toEqual(new BigInt64Array([1n, -2n]));
    big.free();
    const empty = mod.alloc(Int32Array, 0);
    expect(go.lenCap(empty)).toEqual([0, 0]);
    empty.free();
  });
  test('views follow memory growth; a view kept from before the growth is detached', () => {
    const arr = mod.alloc(Int32Array, [1, 2, 3]);
    const old = arr.view;
    expect(go.grow(64 << 20)).toBe(64 << 20); // forces memory.grow
    expect(old.length).toBe(0); // detached by the growth
    expect(Array.from(arr.view)).toEqual([1, 2, 3]); // a fresh view, same memory
    expect(arr.view.buffer).toBe(mod.memory.buffer);
    expect(Array.from(go.doubled(arr))).toEqual([2, 4, 6]);
    expectThrow(() => go.doubled(old), TypeError, "doubled: argument x ([]int32): the Int32Array's ArrayBuffer is detached");
    arr.free();
  });
  test('use after free, wrong element type, another instance', async () => {
    const arr = mod.alloc(Int32Array, 2);
    arr.free();
    expect(arr.freed).toBe(true);
    expectThrow(() => arr.view, TypeError, 'ModuleArray(Int32Array) used after free()');
    expectThrow(() => go.doubled(arr), TypeError, 'doubled: argument x ([]int32): ModuleArray(Int32Array) used after free()');
    arr.free(); // a second free does nothing
    const f32 = mod.alloc(Float32Array, 2);
    expectThrow(() => go.sumF64(f32), TypeError, 'sumF64: argument xs ([]float64): expected a ModuleArray of Float64Array, got a ModuleArray of Float32Array');
    f32.free();
    const other = await loadGo(SOURCE);
    const foreign = other.alloc(Float64Array, 2);
    expectThrow(() => go.sumF64(foreign), TypeError, 'the ModuleArray belongs to another module instance');
    expect(other.exports.sumF64(foreign)).toBe(0);
    foreign.free();
    expect(go.sumF64([1.5])).toBe(1.5);
  });
  test('bad alloc arguments', () => {
    expectThrow(() => mod.alloc(Array, 3), TypeError, 'alloc: the first argument must be a typed array constructor');
    expectThrow(() => mod.alloc(Int32Array, -1), RangeError, 'alloc: invalid length -1');
    expectThrow(() => mod.alloc(Int32Array, 1.5), RangeError, 'invalid length 1.5');
    expectThrow(() => mod.alloc(Int32Array, 'x'), TypeError, 'alloc: the second argument must be a length or an array');
    expectThrow(() => mod.alloc(BigInt64Array, [1]), TypeError, /BigInt/);
  });
});

describe('panics with slices', () => {
  test('index out of range is a GoPanic; the inputs are released and the module serves on', () => {
    const before = mod.memory.buffer.byteLength;
    for (let i = 0; i < 1000; i++) {
      const err = expectThrow(() => go.at(new Float64Array(3000), 5000), GoPanic, 'runtime error: index out of range [5000] with length 3000');
      if (err.kind !== 'panic') throw new Error('not a panic');
    }
    expect(mod.memory.buffer.byteLength).toBe(before);
    expect(go.at([1, 2, 3], 2)).toBe(3);
    expect(go.at(new Float64Array([7]), 0)).toBe(7);
  });
  test('a negative index', () => {
    expectThrow(() => go.at([1], -1), GoPanic, 'runtime error: index out of range [-1]');
  });
});

describe('result views', () => {
  test('views.F returns typed-array views of module memory; exports.F copies', async () => {
    const mod = await loadGo(`package main

var table = []float64{1, 2, 3}

//export Table
func Table() []float64 { return table }

//export Set
func Set(i int, v float64) { table[i] = v }

//export Echo
func Echo(b []byte) []byte { return b }
`);
    const copy = mod.exports.Table();
    const view = mod.views.Table();
    expect(Array.from(view)).toEqual([1, 2, 3]);
    expect(view.buffer).toBe(mod.memory.buffer); // no copy
    expect(copy.buffer).not.toBe(mod.memory.buffer);
    mod.exports.Set(0, 9);
    expect(view[0]).toBe(9); // sees Go's writes
    expect(copy[0]).toBe(1);
    // An argument returned as is lives in the call's input memory: copied even from views.
    const echoed = mod.views.Echo(new Uint8Array([1, 2, 3]));
    expect(echoed.buffer).not.toBe(mod.memory.buffer);
    mod.exports.Echo(new Uint8Array([7, 7, 7]));
    expect(Array.from(echoed)).toEqual([1, 2, 3]);
    expect(mod.views.Set).toBe(mod.exports.Set); // no slice result: the same wrapper
  });
});
