// The ABI checks in the browser: a faithful subset of tests/js/abi-*.test.js, run under the strict
// CSP that scripts/serve.js sends (no eval, no inline script). Each check's outcome goes into
// window.__abiResults and the list on the page; body[data-state] becomes "done" at the end.
import { createCompiler, instantiate, GoPanic, ModuleArray, manifestToDts } from '../../../web/index.js';

const SOURCE = `package main

type Point struct {
	X, Y int
	Name string
	tag  bool
}

type Rect struct {
	Min, Max Point
	Ids      [3]int32
	Data     []byte
	Next     *Point
}

//export add
func add(a, b int32) int32 { return a + b }

//export addU32
func addU32(a, b uint32) uint32 { return a + b }

//export idInt
func idInt(x int) int { return x }

//export idU64
func idU64(x uint64) uint64 { return x }

//export idF32
func idF32(x float32) float32 { return x }

//export not
func not(b bool) bool { return !b }

//export tooBig
func tooBig() int { return 1 << 53 }

//export echo
func echo(s string) string { return s }

//export runeCount
func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

//export invalid
func invalid() string { return string([]byte{0xe2, 0x82, 'A', 0xff, 0xed, 0xa0, 0x80}) }

//export letters
func letters(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return string(b)
}

//export count
func count(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
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

//export scale
func scale(xs []float64, k float64) {
	for i := range xs {
		xs[i] *= k
	}
}

//export echoBytes
func echoBytes(b []byte) []byte { return b }

//export isNil
func isNil(b []byte) bool { return b == nil }

//export echoI64
func echoI64(x []int64) []int64 { return x }

//export reverse
func reverse(xs []string) []string {
	out := make([]string, 0, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, xs[i])
	}
	return out
}

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

//export same
func same() (*Point, *Point) {
	p := &Point{X: 9}
	return p, p
}

//export total
func total(base int32, xs ...int) int {
	s := int(base)
	for _, x := range xs {
		s += x
	}
	return s
}

//export at
func at(xs []float64, i int) float64 { return xs[i] }

//export getX
func getX(p *Point) int { return p.X }

//export recurse
func recurse(n int) int {
	if n == 0 {
		return 0
	}
	return recurse(n+1) + 1
}

//export grow
func grow(n int) int {
	b := make([]byte, n)
	b[n-1] = 1
	return len(b)
}

//export hello
func hello(name string) {
	println("hello,", name)
}

//export Tally
type Tally struct {
	Label string
	Count int32
}

func (t *Tally) Add(n int32) int32 { t.Count += n; return t.Count }
func (t Tally) Preview(n int32) int32 { t.Count += n; return t.Count }
func (t *Tally) Rename(s string)      { t.Label = s }
`;

/** A hand-made module importing env.now (function) and env.log (function). */
const IMPORTING = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 20, 4, 96, 0, 1, 124, 96, 1, 127, 0, 96, 3, 127, 127, 127, 0, 96, 1, 127, 1, 127, 2,
  52, 4, 3, 101, 110, 118, 3, 110, 111, 119, 0, 0, 3, 101, 110, 118, 3, 108, 111, 103, 0, 1, 8, 103, 111, 109, 101,
  116, 104, 111, 100, 5, 119, 114, 105, 116, 101, 0, 2, 3, 101, 110, 118, 5, 116, 97, 98, 108, 101, 1, 112, 0, 1, 3,
  2, 1, 3, 7, 9, 1, 5, 116, 119, 105, 99, 101, 0, 3, 10, 9, 1, 7, 0, 32, 0, 65, 2, 108, 11,
]);

// ---- a tiny test runner -----------------------------------------------------------------------

/** @type {Array<{ name: string, ok: boolean, error?: string }>} */
const results = [];
/** @type {Array<[string, () => unknown]>} */
const checks = [];

/** @param {string} name @param {() => unknown} fn */
function check(name, fn) {
  checks.push([name, fn]);
}

/** Deep equality for the values the marshaller produces (typed arrays, arrays, plain objects). */
function same(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    return a.constructor === b.constructor && a.length === b.length && Array.prototype.every.call(a, (x, i) => Object.is(x, b[i]));
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same(a[k], b[k]));
}

/** @param {unknown} actual @param {unknown} expected @param {string} [what] */
function eq(actual, expected, what = '') {
  if (!same(actual, expected)) {
    const show = (v) => (typeof v === 'bigint' ? `${v}n` : JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? `${x}n` : x)));
    throw new Error(`${what ? `${what}: ` : ''}expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** @param {() => unknown} fn @param {Function} Ctor @param {string | RegExp} text */
function throws(fn, Ctor, text) {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof Ctor)) throw new Error(`expected ${Ctor.name}, got ${err?.constructor?.name}: ${err?.message}`);
    const ok = typeof text === 'string' ? err.message.includes(text) : text.test(err.message);
    if (!ok) throw new Error(`expected ${Ctor.name} with ${text}, got: ${err.message}`);
    return err;
  }
  throw new Error(`expected ${Ctor.name} with ${text}, nothing was thrown`);
}

// ---- the checks ----------------------------------------------------------------------------

let stderr = '';
/** @type {any} */
let mod;
/** @type {any} */
let go;

check('scalars both ways, with their edge values', () => {
  eq(go.add(2, 3), 5);
  eq(go.add(2147483647, 1), -2147483648);
  eq(go.addU32(4294967295, 0), 4294967295);
  eq(go.idInt(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  eq(go.idInt(-42n), -42);
  eq(go.idU64(2n ** 64n - 1n), 2n ** 64n - 1n);
  eq(go.idU64(5), 5n);
  eq(go.idF32(0.1), Math.fround(0.1));
  eq(Object.is(go.idF32(-0), -0), true);
  eq(Number.isNaN(go.idF32(NaN)), true);
  eq(go.not(false), true);
});

check('bad scalars are TypeErrors and RangeErrors', () => {
  throws(() => go.add(1, 2 ** 31), RangeError, 'add: argument b (int32): 2147483648 is out of range [-2147483648, 2147483647]');
  throws(() => go.add('1', 2), TypeError, 'add: argument a (int32): expected an integer number, got a string "1"');
  throws(() => go.add(1.5, 2), TypeError, 'got the number 1.5');
  throws(() => go.idInt(2 ** 53), RangeError, 'is not a safe integer');
  throws(() => go.idU64(-1n), RangeError, 'is out of range');
  throws(() => go.not(1), TypeError, 'expected a boolean');
  throws(() => go.tooBig(), RangeError, 'tooBig: result (int): 9007199254740992 is outside the safe integer range');
  throws(() => go.add(1), TypeError, 'add: expected 2 arguments, got 1 (func add(a int32, b int32) int32)');
  eq(go.add(1, 1), 2);
});

check('strings: non-ASCII, surrogate pairs, invalid UTF-8, a megabyte', () => {
  for (const s of ['', 'gomethod', 'naïve ☃', '😀 a😀b', '\uFEFFbom', 'a\0b']) eq(go.echo(s), s);
  eq(go.runeCount('a😀b'), 3);
  eq(go.echo('x\uD800'), 'x\uFFFD');
  eq(go.invalid(), '\uFFFD\uFFFDA\uFFFD\uFFFD\uFFFD\uFFFD');
  const big = go.letters(1 << 20);
  eq(big.length, 1 << 20);
  eq(go.echo(big) === big, true);
  throws(() => go.echo(1), TypeError, 'echo: argument s (string): expected a string, got the number 1');
});

check('slices: typed arrays, plain arrays, nil and empty, 10^6 elements, []string, variadic', () => {
  eq(go.sumF64(new Float64Array([1, 2, 3.5])), 6.5);
  eq(go.sumF64([1, 2]), 3);
  eq(go.echoBytes(new Uint8Array([1, 2, 255])), new Uint8Array([1, 2, 255]));
  eq(go.echoBytes(new DataView(new Uint8Array([7, 8]).buffer)), new Uint8Array([7, 8]));
  eq(go.echoI64([1, -2n]), new BigInt64Array([1n, -2n]));
  eq(go.isNil(null), true);
  eq(go.isNil([]), false);
  eq(go.echoBytes(null), new Uint8Array(0));
  const xs = go.count(1_000_000);
  eq(xs.length, 1_000_000);
  eq(xs[999_999], 999_999);
  eq(go.reverse(['a', 'ü', '']), ['', 'ü', 'a']);
  eq(go.total(1, 2, 3n), 6);
  throws(() => go.sumF64([1, '2']), TypeError, 'sumF64: argument xs[1] (float64): expected a number');
  throws(() => go.sumF64(new Int32Array(1)), TypeError, 'expected Float64Array, an array of numbers, a ModuleArray or null, got an Int32Array');
  const bytes = new Uint8Array(4);
  structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  throws(() => go.echoBytes(bytes), TypeError, 'is detached');
});

check('structs, arrays and pointers', () => {
  const r = { Min: { X: 1, Y: 2 }, Max: { X: 4, Y: 6, Name: 'max' }, Ids: [7, 8, 9], Data: [1, 2], Next: { X: 5 } };
  eq(go.area(r), 12);
  eq(go.echoRect(r), {
    Min: { X: 1, Y: 2, Name: '' },
    Max: { X: 4, Y: 6, Name: 'max' },
    Ids: [7, 8, 9],
    Data: new Uint8Array([1, 2]),
    Next: { X: 5, Y: 0, Name: '' },
  });
  eq(go.nudge({ X: 1 }), { X: 2, Y: 0, Name: '' });
  eq(go.nudge(null), null);
  const [a, b] = go.same();
  eq(a === b, true);
  throws(() => go.area({ Min: { X: 'a' } }), TypeError, 'area: argument r.Min.X (int)');
  throws(() => go.area({ Ids: [1] }), RangeError, 'area: argument r.Ids ([3]int32): expected an array of 3 elements, got 1');
  throws(() => go.area({ Min: { tag: true } }), TypeError, 'area: argument r.Min (Point): field tag is unexported');
  throws(() => go.area({ Bogus: 1 }), TypeError, 'unknown field "Bogus"');
});

check('exported types are classes: fields, receivers, owned memory, free', () => {
  const t = new go.Tally({ Label: 'a' });
  eq([t.Add(2), t.Add(3), t.Preview(10), t.Count], [2, 5, 15, 5]);
  t.Rename('renamed across calls');
  go.add(1, 2);
  eq(t.Label, 'renamed across calls');
  t.Count = 1;
  eq(t.toJSON(), { Label: 'renamed across calls', Count: 1 });
  throws(() => { t.Count = 2 ** 31; }, RangeError, 'Tally.Count (int32)');
  t.free();
  throws(() => t.Add(1), TypeError, 'Tally used after free()');
});

check('zero-copy ModuleArrays survive memory growth; use after free throws', () => {
  const arr = mod.alloc(Float64Array, [1, 2, 3]);
  eq(arr instanceof ModuleArray, true);
  go.scale(arr, 2);
  eq(Array.from(arr.view), [2, 4, 6]);
  const old = arr.view;
  eq(go.grow(32 << 20), 32 << 20);
  eq(old.length, 0);
  eq(Array.from(arr.view), [2, 4, 6]);
  eq(go.sumF64(arr), 12);
  throws(() => go.sumF64(old), TypeError, 'is detached');
  arr.free();
  throws(() => arr.view, TypeError, 'used after free()');
  throws(() => go.sumF64(arr), TypeError, 'sumF64: argument xs ([]float64): ModuleArray(Float64Array) used after free()');
});

check('panics become GoPanic and the module keeps serving', () => {
  const p = throws(() => go.at([1, 2, 3], 5), GoPanic, 'runtime error: index out of range [5] with length 3');
  eq(p.goMessage, 'runtime error: index out of range [5] with length 3');
  eq(p.kind, 'panic');
  eq(go.at([1, 2, 3], 2), 3);
  throws(() => go.getX(null), GoPanic, 'runtime error: invalid memory address or nil pointer dereference');
  const overflow = throws(() => go.recurse(1), GoPanic, 'fatal error: stack overflow');
  eq(overflow.kind, 'fatal');
  eq(go.recurse(0), 0);
  eq(go.echo('still here'), 'still here');
});

check('print output goes to the stderr sink', () => {
  go.hello('wörld');
  eq(stderr, 'hello, wörld\n');
});

check('declarations are generated', () => {
  eq(manifestToDts(mod.manifest).includes('add(a: number, b: number): number;'), true);
});

// ---- run ---------------------------------------------------------------------------------

async function main() {
  const list = /** @type {HTMLOListElement} */ (document.getElementById('results'));
  try {
    const compiler = await createCompiler();
    const out = compiler.compile(SOURCE, { filename: 'abi.go' });
    if (!out.ok) throw new Error(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
    mod = await instantiate(out, { stderr: (t) => (stderr += t) });
    go = mod.exports;
    results.push({ name: 'compile and instantiate', ok: true });
  } catch (err) {
    results.push({ name: 'compile and instantiate', ok: false, error: String(err?.stack ?? err) });
  }
  if (go) {
    for (const [name, fn] of checks) {
      try {
        await fn();
        results.push({ name, ok: true });
      } catch (err) {
        results.push({ name, ok: false, error: String(err?.stack ?? err) });
      }
    }
    try {
      const err = await instantiate(IMPORTING, { ...mod.manifest, exports: [] }).then(() => null, (e) => e);
      if (!(err instanceof WebAssembly.LinkError)) throw new Error(`expected a LinkError, got ${err}`);
      if (!err.message.includes('env.now (function), env.log (function), env.table (table), which the host does not provide')) {
        throw new Error(err.message);
      }
      results.push({ name: 'missing imports are named', ok: true });
    } catch (err) {
      results.push({ name: 'missing imports are named', ok: false, error: String(err?.stack ?? err) });
    }
  }
  for (const r of results) {
    const li = document.createElement('li');
    li.textContent = `${r.ok ? 'ok' : 'FAIL'} ${r.name}${r.error ? `: ${r.error}` : ''}`;
    list.append(li);
  }
  const failed = results.filter((r) => !r.ok).length;
  /** @type {HTMLElement} */ (document.getElementById('summary')).textContent = `${results.length - failed} passed, ${failed} failed`;
  /** @type {any} */ (window).__abiResults = results;
  document.body.dataset.state = 'done';
}

main();
