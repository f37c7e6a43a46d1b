// The memory models (compile option gc): the collector under load (a bounded heap while
// gigabytes are allocated, a million-node list intact across collections, values that only JS
// handles keep alive), the memory limit, the JS side (heapStats, gc, setGCPercent), and the
// leaking and none models.
import { GoPanic, instantiate } from 'gomethod';
import { expectThrow, getCompiler } from './abi-helpers.js';

/**
 * @param {string} source
 * @param {import('gomethod').CompileOptions} [options]
 */
async function load(source, options = {}) {
  const compiler = await getCompiler();
  const out = compiler.compile(source, { filename: 'gc.go', ...options });
  if (!out.ok) throw new Error(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
  const mod = await instantiate(out);
  return /** @type {import('gomethod').GoModule<any>} */ (mod);
}

const HEAP = `package main

type node struct {
	next *node
	val  int
}

var list *node

//export Build
func Build(n int) {
	list = nil
	for i := 0; i < n; i++ {
		list = &node{list, i}
	}
}

// Check returns the list's length if its values count down to 0, else -1.
//
//export Check
func Check() int {
	n := 0
	for p := list; p != nil; p = p.next {
		if p.val != list.val-n {
			return -1
		}
		n++
	}
	return n
}

// Churn allocates mb MiB in blocks of 64 KiB and small objects, keeping only a few alive.
//
//export Churn
func Churn(mb int) int {
	var keep [4][]byte
	sum := 0
	for i := 0; i < mb*16; i++ {
		b := make([]byte, 64<<10)
		b[i%len(b)] = byte(i)
		keep[i%4] = b
		for j := 0; j < 8; j++ {
			s := &node{nil, j}
			sum += s.val
		}
		if keep[(i+1)%4] == nil {
			sum++
		}
	}
	return sum
}

//export Reverse
func Reverse() {
	var r *node
	for p := list; p != nil; {
		next := p.next
		p.next = r
		r = p
		p = next
	}
	list = r
}

//export Drop
func Drop() { list = nil }
`;

describe('the collector (gc: conservative)', () => {
  test('10 GB allocated with a small live set stays in a small heap', async () => {
    const mod = await load(HEAP);
    for (let round = 0; round < 10; round++) mod.exports.Churn(1024); // 10 × 1 GiB
    const stats = /** @type {import('gomethod').HeapStats} */ (mod.heapStats());
    expect(stats.totalAlloc).toBeGreaterThan(10 * 2 ** 30);
    expect(stats.numGC).toBeGreaterThan(1000);
    expect(mod.memory?.buffer.byteLength).toBeLessThan(16 * 2 ** 20);
    expect(stats.heapSize).toBe(mod.memory?.buffer.byteLength);
  }, 120_000);

  test('numbers passed in that look like addresses keep no garbage alive', async () => {
    // Pointer-free inputs go to an arena the collector never scans: were it scanned, values
    // like these would keep each garbage block they happen to point into.
    const mod = await load(`package main

var sink []byte

//export Garbage
func Garbage() int32 {
	sink = make([]byte, 4<<20)
	sink = nil
	return 0
}

//export Sum
func Sum(a []uint32) uint32 {
	var s uint32
	for _, x := range a {
		s += x
	}
	return s
}
`);
    const heap = () => /** @type {import('gomethod').HeapStats} */ (mod.heapStats());
    for (let i = 0; i < 40; i++) {
      mod.exports.Garbage();
      const size = heap().heapSize;
      // Every 4 KiB of the heap, as if the numbers were addresses.
      mod.exports.Sum(Uint32Array.from({ length: 1024 }, (_, k) => ((k * 4096) % size) + 64));
    }
    expect(heap().totalAlloc).toBeGreaterThan(40 * (4 << 20));
    expect(/** @type {import('gomethod').HeapStats} */ (mod.gc()).liveAfterGC).toBeLessThan(1 << 20);
  });

  test('a list of 10⁶ nodes survives collections intact', async () => {
    const mod = await load(HEAP);
    mod.exports.Build(1_000_000);
    const before = /** @type {import('gomethod').HeapStats} */ (mod.heapStats()).numGC;
    mod.exports.Churn(64);
    mod.gc();
    expect(/** @type {import('gomethod').HeapStats} */ (mod.heapStats()).numGC).toBeGreaterThan(before + 2);
    mod.exports.Reverse(); // relinks every node: a freed node would break the chain
    mod.exports.Reverse();
    mod.exports.Churn(64);
    expect(mod.exports.Check()).toBe(1_000_000);
    const live = /** @type {import('gomethod').HeapStats} */ (mod.gc()).liveAfterGC;
    expect(live).toBeGreaterThanOrEqual(1_000_000 * 16);
    mod.exports.Drop();
    expect(/** @type {import('gomethod').HeapStats} */ (mod.gc()).liveAfterGC).toBeLessThan(live / 10);
  }, 60_000);

  test('closures and interfaces held only through a JS-owned object survive', async () => {
    const mod = await load(`package main

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

//export Registry
type Registry struct {
	fns    []func(int) int
	shapes []Shape
	Names  []string
}

func (r *Registry) Add(k int) {
	r.fns = append(r.fns, func(x int) int { return x*k + len(r.fns) })
	r.shapes = append(r.shapes, &Sq{k})
	r.Names = append(r.Names, "n"+string(rune('a'+k%26)))
}

func (r *Registry) Eval(x int) int {
	s := 0
	for i, f := range r.fns {
		s += f(x) + r.shapes[i].Area()
	}
	return s
}

//export Garbage
func Garbage(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		f := func() int { return i }
		var s Shape = &Sq{i}
		t += f() + s.Area()%3 + len(make([]int, 100))
	}
	return t
}
`);
    const Registry = /** @type {any} */ (mod.exports).Registry;
    const r = new Registry();
    for (let k = 1; k <= 300; k++) r.Add(k);
    const want = r.Eval(3);
    const gcs = /** @type {import('gomethod').HeapStats} */ (mod.heapStats()).numGC;
    mod.exports.Garbage(200_000);
    mod.gc();
    expect(/** @type {import('gomethod').HeapStats} */ (mod.heapStats()).numGC).toBeGreaterThan(gcs + 5);
    expect(r.Eval(3)).toBe(want);
    expect(r.Names.length).toBe(300);
    expect(r.Names[25]).toBe('na');
    r.free();
  }, 60_000);

  test('inputs Go keeps stay intact after later calls reuse nothing', async () => {
    const mod = await load(`package main

var kept []string

//export Keep
func Keep(s string) int {
	kept = append(kept, s)
	return len(kept)
}

//export Joined
func Joined() string {
	t := ""
	for _, s := range kept {
		t += s + ","
	}
	return t
}
`);
    const parts = Array.from({ length: 3000 }, (_, i) => `item-${i}-ü`);
    for (const p of parts) mod.exports.Keep(p);
    mod.gc();
    expect(mod.exports.Joined()).toBe(parts.map((p) => `${p},`).join(''));
  });

  test('the memory limit ends runaway growth with a GoPanic, and the module keeps serving', async () => {
    const mod = await load(
      `package main

var hoard [][]byte

//export Grow
func Grow(mb int) int {
	for i := 0; i < mb; i++ {
		hoard = append(hoard, make([]byte, 1<<20))
	}
	return len(hoard)
}

//export Release
func Release() { hoard = nil }
`,
      { memoryLimit: 16 << 20 },
    );
    const err = expectThrow(() => mod.exports.Grow(100), GoPanic, 'fatal error: runtime: out of memory');
    expect(err.kind).toBe('fatal');
    expect(mod.memory?.buffer.byteLength).toBeLessThanOrEqual(16 << 20);
    mod.exports.Release();
    expect(mod.exports.Grow(4)).toBe(4);
  });

  test('heapStats, gc and setGCPercent', async () => {
    const mod = await load(HEAP);
    const s0 = /** @type {import('gomethod').HeapStats} */ (mod.heapStats());
    expect(s0.gcPercent).toBe(100);
    expect(s0.numGC).toBe(0);
    expect(mod.setGCPercent(-1)).toBe(100);
    mod.exports.Churn(64);
    expect(/** @type {import('gomethod').HeapStats} */ (mod.heapStats()).numGC).toBe(0); // automatic collection off
    const s1 = /** @type {import('gomethod').HeapStats} */ (mod.gc());
    expect(s1.numGC).toBe(1);
    expect(s1.lastPauseMs).toBeGreaterThanOrEqual(0);
    expect(s1.maxPauseMs).toBeGreaterThanOrEqual(s1.lastPauseMs);
    expect(s1.frees).toBeGreaterThan(0);
    expect(mod.setGCPercent(50)).toBe(-1);
    expect(() => mod.setGCPercent(-2)).toThrow(RangeError);
    expect(() => mod.setGCPercent(1.5)).toThrow(RangeError);
  });

  test('runtime.GC and runtime.ReadMemStats from Go', async () => {
    const mod = await load(`package main

import "runtime"

//export Stats
func Stats() (uint32, bool) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	x := make([]int, 1000)
	x[0] = 1
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.NumGC - before, m.TotalAlloc >= 8000
}
`);
    expect(mod.exports.Stats()).toEqual([1, true]);
  });
});

describe('gc: leaking and gc: none', () => {
  test('leaking allocates without collecting', async () => {
    const mod = await load(HEAP, { gc: 'leaking' });
    expect(mod.manifest.gc).toBe('leaking');
    mod.exports.Build(1000);
    expect(mod.exports.Check()).toBe(1000);
    expect(mod.heapStats()).toBeNull();
    expect(mod.gc()).toBeNull();
    expect(mod.setGCPercent(10)).toBeNull();
  });

  test('none rejects every allocating expression with its position', async () => {
    const compiler = await getCompiler();
    const out = compiler.compile(
      `package main

import "strings"

type T struct{ a, b int }

//export F
func F(s string, n int) int {
	p := &T{1, 2}
	t := s + "!"
	xs := make([]int, n)
	xs = append(xs, 1)
	f := func() int { return n }
	var i interface{} = n
	_ = i
	return p.a + len(t) + len(xs) + f() + len(strings.Repeat(s, 2))
}
`,
      { filename: 'none.go', gc: 'none' },
    );
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([
      '8:18: variable n (moved to the heap) allocates memory, which gc: "none" does not allow',
      '9:9: composite literal allocates memory, which gc: "none" does not allow',
      '10:9: string concatenation allocates memory, which gc: "none" does not allow',
      '11:12: make allocates memory, which gc: "none" does not allow',
      '12:13: append allocates memory, which gc: "none" does not allow',
      '13:7: function literal allocates memory, which gc: "none" does not allow',
      '14:6: conversion to interface allocates memory, which gc: "none" does not allow',
      '16:58: call of strings.Repeat allocates memory, which gc: "none" does not allow',
    ]);
  });

  test('none accepts code that does not allocate', async () => {
    const mod = await load(
      `package main

type V struct{ X, Y float64 }

func (v V) Dot(w V) float64 { return v.X*w.X + v.Y*w.Y }

//export Sum
func Sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += V{x, 1}.Dot(V{2, x})
	}
	return s
}
`,
      { gc: 'none' },
    );
    expect(mod.exports.Sum(new Float64Array([1, 2, 3]))).toBe(18);
  });

  test('bad options are TypeErrors and RangeErrors', async () => {
    const compiler = await getCompiler();
    expect(() => compiler.compile('package main', { gc: 'manual' })).toThrow(RangeError);
    expect(() => compiler.compile('package main', { gc: /** @type {any} */ (1) })).toThrow(TypeError);
    expect(() => compiler.compile('package main', { memoryLimit: -1 })).toThrow(RangeError);
    expect(() => compiler.compile('package main', { memoryLimit: /** @type {any} */ ('1MB') })).toThrow(TypeError);
  });
});
