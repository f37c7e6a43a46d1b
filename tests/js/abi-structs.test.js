// Structs, arrays and pointers: plain objects and arrays both ways, nested structs, arrays of
// structs, embedded and unexported fields, pointers (nil, shared, linked), and their bad inputs.
import { GoPanic } from 'gomethod';
import { expectThrow, loadGo } from './abi-helpers.js';

const SOURCE = `package main

type Point struct {
	X, Y int
	Name string
	tag  bool
}

type Color struct{ R, G, B uint8 }

type Rect struct {
	Min, Max Point
	Ids      [3]int32
	Data     []byte
	Color    *Color
}

type Inner struct{ A int8 }

type Outer struct {
	Inner
	B    uint16
	Pts  [2]Point
	Tags []string
	_    int32
}

type Node struct {
	V    int
	Next *Node
}

type Empty struct{}

type Mixed struct {
	F   float32
	I64 int64
	U64 uint64
	On  bool
	S   string
	Pad int8
	D   float64
}

//export origin
func origin() Point { return Point{} }

//export mkPoint
func mkPoint(x, y int, name string) Point { return Point{X: x, Y: y, Name: name, tag: true} }

//export movePoint
func movePoint(p Point, dx int) Point {
	p.X += dx
	return p
}

//export hasTag
func hasTag(p Point) bool { return p.tag }

//export area
func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

//export echoRect
func echoRect(r Rect) Rect { return r }

//export nudge
func nudge(p *Point) *Point {
	if p == nil {
		return nil
	}
	p.X++
	return p
}

//export newPoint
func newPoint(x int) *Point { return &Point{X: x, Name: "new"} }

//export echoOuter
func echoOuter(o Outer) Outer { return o }

//export list
func list(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{V: i, Next: head}
	}
	return head
}

//export sumList
func sumList(n *Node) int {
	s := 0
	for ; n != nil; n = n.Next {
		s += n.V
	}
	return s
}

//export same
func same() (*Point, *Point) {
	p := &Point{X: 9}
	return p, p
}

//export samePtr
func samePtr(a, b *Point) bool { return a == b }

//export grid
func grid() [2][3]int32 { return [2][3]int32{{1, 2, 3}, {4, 5, 6}} }

//export sumGrid
func sumGrid(g [2][3]int32) int32 {
	s := int32(0)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			s += g[i][j] * int32(1+i)
		}
	}
	return s
}

//export words
func words(a [3]string) [3]string {
	a[0] = "x"
	return a
}

//export pick
func pick(ps [4]Point, i int) Point { return ps[i] }

//export doubleXs
func doubleXs(ps []Point) []Point {
	for i := range ps {
		ps[i].X *= 2
	}
	return ps
}

//export empty
func empty(e Empty) Empty { return e }

//export echoMixed
func echoMixed(m Mixed) Mixed { return m }

//export derefInt
func derefInt(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

//export newInt
func newInt(v int) *int { return &v }

//export getX
func getX(p *Point) int { return p.X }

type WithMap struct {
	A int32
	M map[string]int
	B int8
}

//export withMap
func withMap(full bool) WithMap {
	w := WithMap{A: 1, B: 2}
	if full {
		w.M = map[string]int{"a": 1}
	}
	return w
}

//export twoPoints
func twoPoints(a, b Point) (Point, Point) { return b, a }
`;

let go;
beforeAll(async () => {
  go = (await loadGo(SOURCE)).exports;
});

const P = (x = 0, y = 0, name = '') => ({ X: x, Y: y, Name: name });

describe('structs', () => {
  test('results have every exported field and no unexported one', () => {
    expect(go.origin()).toEqual(P());
    const p = go.mkPoint(1, -2, 'pé');
    expect(p).toEqual(P(1, -2, 'pé'));
    expect(Object.keys(p)).toEqual(['X', 'Y', 'Name']);
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  });
  test('missing or undefined fields are zero values; unexported fields are zero', () => {
    expect(go.movePoint({ X: 1 }, 5)).toEqual(P(6));
    expect(go.movePoint({}, 1)).toEqual(P(1));
    expect(go.movePoint({ X: undefined, Name: 'n' }, 0)).toEqual(P(0, 0, 'n'));
    expect(go.hasTag({ X: 1 })).toBe(false);
    expect(go.twoPoints({ X: 1 }, { Y: 2, Name: 'b' })).toEqual([P(0, 2, 'b'), P(1)]);
  });
  test('unknown and unexported properties are TypeErrors', () => {
    expectThrow(() => go.movePoint({ X: 1, Z: 2 }, 0), TypeError, 'movePoint: argument p (Point): unknown field "Z" (the struct has X, Y, Name)');
    expectThrow(() => go.movePoint({ tag: true }, 0), TypeError, 'movePoint: argument p (Point): field tag is unexported and cannot be set from JS');
    expectThrow(() => go.movePoint({ x: 1 }, 0), TypeError, 'unknown field "x"');
  });
  test('things that are not objects are TypeErrors', () => {
    for (const bad of [null, undefined, 1, 'p', [1, 2], new Uint8Array(2)]) {
      expectThrow(() => go.movePoint(bad, 0), TypeError, /^movePoint: argument p \(Point\): expected an object \(X, Y, Name\), got /);
    }
  });
  test('nested structs, arrays, slices and pointers inside a struct', () => {
    const r = {
      Min: { X: 1, Y: 2 },
      Max: { X: 4, Y: 6, Name: 'max' },
      Ids: [7, -8, 9],
      Data: new Uint8Array([1, 2, 3]),
      Color: { R: 255, G: 128, B: 0 },
    };
    expect(go.area(r)).toBe(12);
    expect(go.echoRect(r)).toEqual({
      Min: P(1, 2),
      Max: P(4, 6, 'max'),
      Ids: [7, -8, 9],
      Data: new Uint8Array([1, 2, 3]),
      Color: { R: 255, G: 128, B: 0 },
    });
    expect(go.echoRect({})).toEqual({ Min: P(), Max: P(), Ids: [0, 0, 0], Data: new Uint8Array(0), Color: null });
    expect(go.echoRect({ Data: [4, 5], Color: null }).Data).toEqual(new Uint8Array([4, 5]));
  });
  test('errors name the path to the bad value', () => {
    expectThrow(() => go.area({ Min: { X: 'a' } }), TypeError, 'area: argument r.Min.X (int): expected an integer number (or a bigint), got a string "a"');
    expectThrow(() => go.area({ Ids: [1, 2] }), RangeError, 'area: argument r.Ids ([3]int32): expected an array of 3 elements, got 2');
    expectThrow(() => go.area({ Ids: [1, 2, 2 ** 31] }), RangeError, 'area: argument r.Ids[2] (int32): 2147483648 is out of range');
    expectThrow(() => go.area({ Color: { R: 256 } }), RangeError, 'area: argument r.Color.R (uint8): 256 is out of range [0, 255]');
    expectThrow(() => go.area({ Data: 'bytes' }), TypeError, 'area: argument r.Data ([]uint8)');
    expectThrow(() => go.area({ Max: { Bogus: 1 } }), TypeError, 'area: argument r.Max (Point): unknown field "Bogus"');
  });
  test('embedded structs are a field named after their type; blank fields stay hidden', () => {
    const o = { Inner: { A: -5 }, B: 65535, Pts: [{ X: 1 }, { Y: 2, Name: 'two' }], Tags: ['a', 'ü'] };
    expect(go.echoOuter(o)).toEqual({ Inner: { A: -5 }, B: 65535, Pts: [P(1), P(0, 2, 'two')], Tags: ['a', 'ü'] });
    expectThrow(() => go.echoOuter({ _: 1 }), TypeError, 'field _ is unexported');
  });
  test('every scalar kind at its offset, with edge values', () => {
    const m = { F: 1.5, I64: -(2n ** 63n), U64: 2n ** 64n - 1n, On: true, S: '😀 ok', Pad: -128, D: -0 };
    const back = go.echoMixed(m);
    expect(back).toEqual(m);
    expect(Object.is(back.D, -0)).toBe(true);
    expect(go.echoMixed({ I64: 5, U64: 7 })).toEqual({ F: 0, I64: 5n, U64: 7n, On: false, S: '', Pad: 0, D: 0 });
    expect(go.echoMixed({ F: NaN }).F).toBeNaN();
    expectThrow(() => go.echoMixed({ On: 1 }), TypeError, 'echoMixed: argument m.On (bool): expected a boolean');
  });
  test('a field the ABI cannot carry is left out while nil, an error when not', () => {
    expect(go.withMap(false)).toEqual({ A: 1, B: 2 });
    expectThrow(() => go.withMap(true), TypeError, 'withMap: result.M (unsupported): its type cannot cross the JS boundary yet');
    expect(go.withMap(false)).toEqual({ A: 1, B: 2 });
  });
  test('an empty struct', () => {
    expect(go.empty({})).toEqual({});
    expectThrow(() => go.empty({ a: 1 }), TypeError, 'unknown field "a" (the struct has no exported fields)');
  });
});

describe('arrays', () => {
  test('arrays are JS arrays of exactly their length, nested too', () => {
    expect(go.grid()).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(go.sumGrid([[1, 2, 3], [4, 5, 6]])).toBe(36);
    expect(go.words(['a', 'b', 'ç'])).toEqual(['x', 'b', 'ç']);
    expectThrow(() => go.sumGrid([[1, 2, 3]]), RangeError, 'sumGrid: argument g ([2][3]int32): expected an array of 2 elements, got 1');
    expectThrow(() => go.sumGrid([[1, 2, 3], [4, 5]]), RangeError, 'sumGrid: argument g[1] ([3]int32): expected an array of 3 elements, got 2');
    expectThrow(() => go.sumGrid('abc'), TypeError, 'sumGrid: argument g ([2][3]int32): expected an array of 2 elements, got a string');
  });
  test('arrays and slices of structs', () => {
    const ps = [{ X: 1 }, { X: 2 }, { X: 3, Name: 'three' }, {}];
    expect(go.pick(ps, 2)).toEqual(P(3, 0, 'three'));
    expect(go.doubleXs([{ X: 1 }, { X: 2, Y: 3 }])).toEqual([P(2), P(4, 3)]);
    expect(go.doubleXs([])).toEqual([]);
    expectThrow(() => go.doubleXs([{ X: 1 }, { X: 'no' }]), TypeError, 'doubleXs: argument ps[1].X (int)');
  });
  test('an index out of range is a GoPanic, then the module serves on', () => {
    const ps = [{}, {}, {}, {}];
    expectThrow(() => go.pick(ps, 7), GoPanic, 'runtime error: index out of range [7] with length 4');
    expect(go.pick([{}, { Y: 1 }, {}, {}], 1)).toEqual(P(0, 1));
  });
});

describe('pointers', () => {
  test('a pointer argument is a copy of the object; the result shows Go\'s changes', () => {
    const p = { X: 1, Name: 'p' };
    expect(go.nudge(p)).toEqual(P(2, 0, 'p'));
    expect(p).toEqual({ X: 1, Name: 'p' }); // the caller's object is not changed
    expect(go.nudge(null)).toBeNull();
    expect(go.newPoint(5)).toEqual(P(5, 0, 'new'));
  });
  test('pointers to scalars', () => {
    expect(go.derefInt(null)).toBe(-1);
    expect(go.derefInt(42)).toBe(42);
    expect(go.newInt(7)).toBe(7);
    expectThrow(() => go.derefInt(undefined), TypeError, "derefInt: argument p (*int): expected int's value or null, got undefined");
    expectThrow(() => go.derefInt('1'), TypeError, 'derefInt: argument p (int): expected an integer number');
  });
  test('one Go pointer read twice is one JS object; one JS object passed twice is one Go pointer', () => {
    const [a, b] = go.same();
    expect(a).toBe(b);
    expect(a).toEqual(P(9));
    const o = { X: 1 };
    expect(go.samePtr(o, o)).toBe(true);
    expect(go.samePtr(o, { X: 1 })).toBe(false);
    expect(go.samePtr(null, null)).toBe(true);
  });
  test('linked structures', () => {
    expect(go.list(3)).toEqual({ V: 1, Next: { V: 2, Next: { V: 3, Next: null } } });
    expect(go.sumList({ V: 1, Next: { V: 2, Next: { V: 39 } } })).toBe(42);
    expect(go.sumList(null)).toBe(0);
    expect(go.list(0)).toBeNull();
  });
  test('recursive types cross at any depth, shared and cyclic references included', () => {
    // The manifest cuts a type met again inside itself as kind "recursive"; the marshaller ties
    // it back to the codec of the named type, so lists of any length cross whole.
    let node = go.list(300);
    let depth = 0;
    for (; node; node = node.Next) depth++;
    expect(depth).toBe(300);
    const long = { V: 1 };
    let tail = long;
    for (let i = 0; i < 499; i++) tail = tail.Next = { V: 1 };
    expect(go.sumList(long)).toBe(500);
    expect(go.sumList({ V: 2 })).toBe(2);
  });
  test('a nil dereference is a GoPanic; the module keeps serving', () => {
    const err = expectThrow(() => go.getX(null), GoPanic, 'runtime error: invalid memory address or nil pointer dereference');
    expect(err.kind).toBe('panic');
    expect(go.getX({ X: 3 })).toBe(3);
  });
});
