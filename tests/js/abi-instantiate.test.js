// instantiate(): its argument forms, imports (missing ones named, extra ones merged, calls back into
// the module from an import), print output, package initialization and main, panics of every
// kind (panic, fatal error, stack overflow, a trap during initialization) with the module serving
// on afterwards, and exports the ABI cannot carry yet.
import { jest } from '@jest/globals';
import { GoError, GoModule, GoPanic, instantiate } from 'gomethod';
import { compileGo, expectThrow, getCompiler, loadGo } from './abi-helpers.js';

const BASIC = `package main

//export add
func add(a, b int32) int32 { return a + b }

//export greet
func greet(name string) string { return "hello, " + name }

//go:export twice
func twice(x float64) float64 { return 2 * x }

//go:wasmexport neg
func neg(x int64) int64 { return -x }
`;

/** A hand-made module importing env.now, env.log, gomethod.write and env.table. */
const IMPORTING = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 20, 4, 96, 0, 1, 124, 96, 1, 127, 0, 96, 3, 127, 127, 127, 0, 96, 1, 127, 1, 127, 2,
  52, 4, 3, 101, 110, 118, 3, 110, 111, 119, 0, 0, 3, 101, 110, 118, 3, 108, 111, 103, 0, 1, 8, 103, 111, 109, 101,
  116, 104, 111, 100, 5, 119, 114, 105, 116, 101, 0, 2, 3, 101, 110, 118, 5, 116, 97, 98, 108, 101, 1, 112, 0, 1, 3,
  2, 1, 3, 7, 9, 1, 5, 116, 119, 105, 99, 101, 0, 3, 10, 9, 1, 7, 0, 32, 0, 65, 2, 108, 11,
]);
const IMPORTING_MANIFEST = {
  version: 1, target: 'direct', package: 'main', memory: false, alloc: null, free: null, initialize: null,
  panicMessage: null, reset: null,
  exports: [{
    name: 'twice', func: 'twice', go: 'func twice(x int32) int32', variadic: false,
    params: [{ name: 'x', go: 'int32', wasm: ['i32'], type: { kind: 'int32', size: 4, align: 4 } }],
    results: [{ go: 'int32', wasm: ['i32'], type: { kind: 'int32', size: 4, align: 4 } }],
  }],
};

describe('argument forms', () => {
  let out;
  beforeAll(async () => {
    out = await compileGo(BASIC);
  });
  test('a compile result', async () => {
    const mod = await instantiate(out);
    expect(mod).toBeInstanceOf(GoModule);
    expect(mod.exports.add(2, 3)).toBe(5);
    expect(mod.exports.greet('wörld')).toBe('hello, wörld');
    expect(mod.exports.twice(1.25)).toBe(2.5); // //go:export
    expect(mod.exports.neg(5n)).toBe(-5n); // //go:wasmexport
    expect(mod.manifest).toBe(out.manifest);
    expect(mod.memory).toBeInstanceOf(WebAssembly.Memory);
    expect(mod.instance).toBeInstanceOf(WebAssembly.Instance);
    expect(mod.module).toBeInstanceOf(WebAssembly.Module);
    expect(Object.keys(mod.exports)).toEqual(['add', 'greet', 'twice', 'neg']);
    expect(Object.isFrozen(mod.exports)).toBe(true);
  });
  test('wasm bytes, an ArrayBuffer or a WebAssembly.Module, with the manifest as an object or JSON', async () => {
    const fromBytes = await instantiate(out.wasm, out.manifest);
    expect(fromBytes.exports.add(1, 1)).toBe(2);
    const buffer = out.wasm.buffer.slice(out.wasm.byteOffset, out.wasm.byteOffset + out.wasm.byteLength);
    const fromBuffer = await instantiate(buffer, JSON.stringify(out.manifest), { stderr: () => {} });
    expect(fromBuffer.exports.greet('x')).toBe('hello, x');
    const compiled = await WebAssembly.compile(out.wasm);
    const fromModule = await instantiate(compiled, out.manifest);
    expect(fromModule.module).toBe(compiled);
    expect(fromModule.exports.neg(-1)).toBe(1n);
  });
  test('instances are independent', async () => {
    const a = await instantiate(out);
    const b = await instantiate(out);
    expect(a.memory).not.toBe(b.memory);
    expect(a.exports.greet('a')).toBe('hello, a');
    expect(b.exports.greet('b')).toBe('hello, b');
  });
  test('bad arguments are TypeErrors', async () => {
    const compiler = await getCompiler();
    const failed = compiler.compile('package main\nfunc f( {', { filename: 'bad.go' });
    expect(failed.ok).toBe(false);
    await expect(instantiate(failed)).rejects.toThrow(/^instantiate: the compile failed: bad\.go:2:\d+: /);
    await expect(instantiate(42)).rejects.toThrow(new TypeError('instantiate: expected a compile result, wasm bytes or a WebAssembly.Module, got the number 42'));
    await expect(instantiate(out.wasm)).rejects.toThrow('instantiate: a manifest (the compile result\'s `manifest`) must follow the wasm, got undefined');
    await expect(instantiate(out, 'x')).rejects.toThrow('instantiate: options must be an object, got a string "x"');
    await expect(instantiate(out, { stdout: 1 })).rejects.toThrow('instantiate: options.stdout must be a function, got the number 1');
    await expect(instantiate(out, { imports: 5 })).rejects.toThrow('instantiate: options.imports must be an object');
    await expect(instantiate(out.wasm, { ...out.manifest, version: 99 })).rejects.toThrow('manifest version 99 is newer than this runtime');
    await expect(instantiate(out.wasm, { ...out.manifest, exports: [{ ...out.manifest.exports[0], name: 'nope' }] })).rejects.toThrow(
      'instantiate: the manifest lists nope, but the module exports no such function',
    );
  });
});

describe('imports', () => {
  test('a module whose imports the host does not provide fails, naming every one', async () => {
    await expect(instantiate(IMPORTING, IMPORTING_MANIFEST)).rejects.toThrow(
      new WebAssembly.LinkError(
        'instantiate: the module imports env.now (function), env.log (function), env.table (table), which the host does not provide; pass them in options.imports',
      ),
    );
    await expect(instantiate(IMPORTING, IMPORTING_MANIFEST, { imports: { env: { now: () => 1, table: {} } } })).rejects.toThrow(
      'the module imports env.log (function), env.table (table), which the host',
    );
  });
  test('extra imports are merged with gomethod\'s own', async () => {
    const table = new WebAssembly.Table({ element: 'anyfunc', initial: 1 });
    const mod = await instantiate(IMPORTING, IMPORTING_MANIFEST, { imports: { env: { now: () => 1, log: () => {}, table } } });
    expect(mod.exports.twice(21)).toBe(42);
    expect(mod.memory).toBeNull();
    expectThrow(() => mod.alloc(Int32Array, 1), TypeError, 'alloc: this module has no allocator');
  });
});

const PRINTING = `package main

type Acc struct{ A, B, C int }

//export outer
func outer(x int) int {
	a := Acc{A: x, B: 2 * x, C: 3 * x}
	println("tick", x)
	return a.A + a.B + a.C
}

//export inner
func inner(x int) int {
	a := [3]int{x, x, x}
	return a[0] + a[1] + a[2]
}

//export boom
func boom(i int) int {
	s := []int{1}
	return s[i]
}

//export partial
func partial() {
	print("a")
	print("b")
	println("c")
	print("é", 1, "\\n")
}
`;

describe('output and host calls', () => {
  test('print/println output goes to the stderr sink', async () => {
    const mod = await loadGo(PRINTING);
    expect(mod.exports.outer(1)).toBe(6);
    mod.exports.partial();
    expect(mod.output.stderr).toBe('tick 1\nabc\né1\n');
    expect(mod.output.stdout).toBe('');
  });
  test('by default, output goes to console.warn a line at a time', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const mod = await instantiate(await compileGo(PRINTING));
      mod.exports.partial();
      mod.exports.outer(2);
      expect(warn.mock.calls).toEqual([['abc'], ['é1'], ['tick 2']]);
    } finally {
      warn.mockRestore();
    }
  });
  test('an import may call back into the module, even into a panic, without upsetting the outer call', async () => {
    /** @type {any} */
    let mod;
    const seen = [];
    const imports = {
      gomethod: {
        write() {
          seen.push(mod.exports.inner(5));
          try {
            mod.exports.boom(3);
          } catch (err) {
            seen.push(err instanceof GoPanic ? err.message : err);
          }
          seen.push(mod.exports.inner(1));
        },
      },
    };
    mod = await instantiate(await compileGo(PRINTING), { imports });
    expect(mod.exports.outer(7)).toBe(42); // its frame survived the nested panic
    expect(seen).toEqual([15, 'runtime error: index out of range [3] with length 1', 3]);
    expect(mod.exports.outer(1)).toBe(6);
    expect(mod.exports.boom(0)).toBe(1);
  });
  test('an output sink may call back into the module too', async () => {
    /** @type {any} */
    let mod;
    const seen = [];
    mod = await instantiate(await compileGo(PRINTING), {
      stderr: (text) => {
        seen.push(text, mod.exports.inner(2));
        try {
          mod.exports.boom(9);
        } catch (err) {
          seen.push(err.goMessage);
        }
      },
    });
    expect(mod.exports.outer(3)).toBe(18);
    expect(seen).toEqual(['tick 3\n', 6, 'runtime error: index out of range [9] with length 1']);
  });
  test('a panic the host catches inside a nested call leaves no panic behind in the outer call', async () => {
    /** @type {any} */
    let mod;
    const seen = [];
    mod = await loadGo(`package main

var xs = []int{1}

//export boom
func boom(i int) int { return xs[i] }

//export outer
func outer() (clean bool) {
	defer func() { clean = recover() == nil }()
	println("call the host")
	return false
}
`, {
      stderr: () => {
        try {
          mod.exports.boom(5);
        } catch (err) {
          seen.push(err.goMessage);
        }
      },
    });
    expect(mod.exports.outer()).toBe(true); // recover() in the outer call sees no stale panic
    expect(seen).toEqual(['runtime error: index out of range [5] with length 1']);
    expect(mod.exports.boom(0)).toBe(1);
  });
  test('an exception from a host sink reaches the caller as it is; the module serves on', async () => {
    let fail = true;
    const mod = await instantiate(await compileGo(PRINTING), {
      stderr: () => {
        if (fail) throw new Error('sink failed');
      },
    });
    expectThrow(() => mod.exports.outer(1), Error, 'sink failed');
    fail = false;
    expect(mod.exports.outer(2)).toBe(12);
    expect(mod.exports.inner(2)).toBe(6);
  });
});

describe('initialization', () => {
  test('_initialize runs once: package variables are ready', async () => {
    const mod = await loadGo(`package lib

var table = build()

var calls int

func build() []int32 {
	calls++
	t := make([]int32, 4)
	for i := range t {
		t[i] = int32(i * i)
	}
	return t
}

//export sq
func sq(i int) int32 { return table[i] }

//export initCalls
func initCalls() int { return calls }
`);
    expect(mod.manifest.initialize).toBe('_initialize');
    expect(mod.exports.sq(3)).toBe(9);
    expect(mod.exports.initCalls()).toBe(1);
  });
  test('a panic during initialization rejects instantiate with a GoPanic', async () => {
    const out = await compileGo(`package lib

var limit = check(-1)

func check(n int) int {
	if n < 0 {
		panic("negative limit")
	}
	return n
}

//export get
func get() int { return limit }
`);
    const err = await instantiate(out).catch((e) => e);
    expect(err).toBeInstanceOf(GoPanic);
    expect(err.message).toBe('negative limit');
    expect(err.kind).toBe('panic');
  });
  test('a program (package main with main) runs main once, then serves its exports', async () => {
    const mod = await loadGo(`package main

var greeting = "hi"
var count = initCount()

func initCount() int { return 3 }

//export greet
func greet() string { return greeting }

//export counted
func counted() int { return count }

func main() { println("main ran", count) }
`);
    expect(mod.output.stderr).toBe('main ran 3\n');
    expect(mod.exports.greet()).toBe('hi');
    expect(mod.exports.counted()).toBe(3);
  });
});

describe('panics', () => {
  let go;
  beforeAll(async () => {
    go = (await loadGo(`package main

//export oom
func oom(n int) int {
	b := make([]byte, n)
	return len(b)
}

//export recurse
func recurse(n int) int {
	if n == 0 {
		return 0
	}
	return recurse(n+1) + 1
}

//export boom
func boom(s string) int { panic("boom: " + s) }

//export div
func div(a, b int) int { return a / b }

//export shift
func shift(x int32, n int) int32 { return x << n }

//export seven
func seven() int32 { return 7 }
`)).exports;
  });
  test('a panic with a message made at run time', () => {
    const err = expectThrow(() => go.boom('x ü'), GoPanic, 'boom: x ü');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('GoPanic');
    expect(err.goMessage).toBe('boom: x ü');
    expect(err.kind).toBe('panic');
    expect(err.fatal).toBe(false);
    expect(err.cause).toBeInstanceOf(WebAssembly.RuntimeError);
    expect(go.seven()).toBe(7);
  });
  test('runtime errors', () => {
    expectThrow(() => go.div(1, 0), GoPanic, 'runtime error: integer divide by zero');
    expectThrow(() => go.shift(1, -1), GoPanic, 'runtime error: negative shift amount');
    expectThrow(() => go.oom(2 ** 33), GoPanic, 'runtime error: makeslice: len out of range');
    expect(go.div(9, 3)).toBe(3);
  });
  test('a fatal error (out of memory) is a GoPanic of kind fatal', () => {
    const err = expectThrow(() => go.oom(0xfffff000), GoPanic, 'fatal error: runtime: out of memory');
    expect(err.kind).toBe('fatal');
    expect(err.fatal).toBe(true);
    expect(go.oom(1000)).toBe(1000);
  });
  test('a stack overflow is a fatal GoPanic, and the module keeps serving', () => {
    for (let i = 0; i < 3; i++) {
      const err = expectThrow(() => go.recurse(1), GoPanic, 'fatal error: stack overflow');
      expect(err.kind).toBe('fatal');
      expect(err.cause).toBeInstanceOf(RangeError);
    }
    expect(go.recurse(0)).toBe(0);
    expect(go.seven()).toBe(7);
  });
  test('exporting a signature the ABI cannot carry is a compile error naming the value', async () => {
    const out = (await getCompiler()).compile(`package main

//export apply
func apply(f func(int) int, x int) int { return f(x) }

//export keys
func keys(m map[string]int) (n int, err error) { return len(m), nil }

//export anyLen
func anyLen(_ interface{}) any { return nil }
`);
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([
      '4:12: cannot export apply: parameter f has type func(int) int; functions cannot cross the JS boundary',
      '7:11: cannot export keys: parameter m has type map[string]int; maps cannot cross the JS boundary',
      '10:13: cannot export anyLen: parameter 1 has type interface{}; interfaces cannot cross the JS boundary',
      '10:28: cannot export anyLen: result 1 has type interface{}; interfaces other than error cannot cross the JS boundary',
    ]);
  });
  test('a hand-made manifest declaring such a value: the wrapper throws when called', async () => {
    const out = await compileGo('package main\n\n//export apply\nfunc apply(f int32, x int) int { return x }\n');
    const manifest = structuredClone(out.manifest);
    manifest.exports[0].params[0] = { name: 'f', go: 'func(int) int', wasm: ['i32'], type: { kind: 'unsupported' } };
    const mod = await instantiate(out.wasm, manifest);
    expectThrow(() => mod.exports.apply(null, 1), TypeError, 'apply: cannot be called from JS: parameter f has type func(int) int, which cannot cross the boundary yet');
    expectThrow(() => mod.exports.apply(), TypeError, 'apply: cannot be called from JS');
  });
});

describe('errors are classes', () => {
  test('GoPanic and GoError', () => {
    const p = new GoPanic('m', { kind: 'fatal' });
    expect(p).toBeInstanceOf(Error);
    expect(p.name).toBe('GoPanic');
    expect(p.fatal).toBe(true);
    const e = new GoError('file not found');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('GoError');
    expect(e.goMessage).toBe('file not found');
    expect(e.message).toBe('file not found');
  });
});

describe('export names', () => {
  test('names that collide with Object.prototype properties are plain exports', async () => {
    const mod = await loadGo(`package main

//export __proto__
func proto() int32 { return 1 }

//export toString
func toString() int32 { return 2 }

//export constructor
func ctor() int32 { return 3 }
`);
    expect(mod.exports.__proto__()).toBe(1);
    expect(mod.exports.toString()).toBe(2);
    expect(mod.exports.constructor()).toBe(3);
    expect(Object.keys(mod.exports)).toEqual(['__proto__', 'toString', 'constructor']);
  });
});
