// Flat structs (small structs of scalars, see docs/abi.md) cross as their fields' wasm values:
// the same plain-object contract as every struct, without touching linear memory.
import { compileGo, expectThrow, loadGo } from './abi-helpers.js';

const SOURCE = `package main

type Vec struct{ X, Y float64 }

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y }

type Tagged struct {
	Name string
	N    int64
	ok   bool
}

type Color struct{ R, G, B uint8 }
type Pixel struct {
	C Color
	A int8
}

type Handle struct {
	ID int32
	F  func()
}

//export Dot
func Dot(a, b Vec) float64 { return a.Dot(b) }

//export Add
func Add(a, b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y} }

//export Both
func Both(v Vec) (Vec, Vec) { return v, Vec{v.Y, v.X} }

//export Tag
func Tag(t Tagged) Tagged {
	t.N *= 2
	t.Name += "!"
	t.ok = true
	return t
}

//export IsOk
func IsOk(t Tagged) bool { return t.ok }

//export Brighten
func Brighten(p Pixel) Pixel {
	p.C.R += 10
	p.A--
	return p
}

//export MakeHandle
func MakeHandle(withFunc bool) Handle {
	h := Handle{ID: 7}
	if withFunc {
		h.F = func() {}
	}
	return h
}
`;

let go;
beforeAll(async () => {
  go = (await loadGo(SOURCE)).exports;
});

test('scalar-only flat structs need no linear memory at all', async () => {
  const out = await compileGo(`package main

type Vec struct{ X, Y float64 }

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y }

//export Dot
func Dot(a, b Vec) float64 { return a.Dot(b) }
`);
  expect(out.manifest.memory).toBe(false);
  expect(out.manifest.exports[0].params[0].wasm).toEqual(['f64', 'f64']);
  expect(out.manifest.exports[0].params[0].type.flat).toBe(true);
  // Issue 3's size target: a module exporting a small struct's method under 300 bytes.
  expect(out.wasm.length).toBeLessThan(300);
});

test('objects in, objects out', () => {
  expect(go.Dot({ X: 1, Y: 2 }, { X: 3, Y: 4 })).toBe(11);
  expect(go.Add({ X: 1, Y: 2 }, { X: 0.5, Y: -2 })).toEqual({ X: 1.5, Y: 0 });
  expect(go.Both({ X: 1, Y: 2 })).toEqual([{ X: 1, Y: 2 }, { X: 2, Y: 1 }]);
});

test('missing fields are zero; strings, int64 and nested flat structs cross', () => {
  expect(go.Add({ X: 1 }, {})).toEqual({ X: 1, Y: 0 });
  expect(go.Tag({ Name: 'gö', N: 21n })).toEqual({ Name: 'gö!', N: 42n });
  expect(go.Tag({})).toEqual({ Name: '!', N: 0n });
  expect(go.IsOk({ Name: 'x' })).toBe(false);
  expect(go.Brighten({ C: { R: 250, G: 1 }, A: -128 })).toEqual({ C: { R: 4, G: 1, B: 0 }, A: 127 });
});

test('bad values are rejected before the call', () => {
  expectThrow(() => go.Add({ X: 1, Z: 2 }, {}), TypeError, /unknown field "Z"/);
  expectThrow(() => go.Add(3, {}), TypeError, /expected an object/);
  expectThrow(() => go.Tag({ N: 1.5 }), TypeError, /t\.N \(int64\)/);
  expect(go.Tag({ N: 2 }).N).toBe(4n);
  expectThrow(() => go.Tag({ ok: true }), TypeError, /unexported/);
  expectThrow(() => go.Brighten({ C: { R: 256 } }), RangeError, /\.C\.R|uint8/);
});

test('a field whose type cannot cross must be zero in a result', () => {
  expect(go.MakeHandle(false)).toEqual({ ID: 7 });
  expectThrow(() => go.MakeHandle(true), TypeError, /\.F/);
});
