// Binaryen optimization through the JS API: compile({ opt, wat }) and optimizeWasm(). Checks the
// options, the sync/Promise contract, the text form and its names, sizes, that the manifest stays
// true and that optimized modules run the same; and that Binaryen failures become internal
// compiler errors. (Equivalence over the whole conformance suite: optimize-conformance.test.js.)
import fs from 'node:fs';

import binaryen from 'binaryen';
import { createCompiler, instantiate, optimizeWasm } from 'gomethod';

const ADD = `package main

//export plus
func add(a, b int32) int32 { return a + b }

//export greet
func greet(name string, times int) string {
	s := ""
	for i := 0; i < times; i++ {
		s += "hello, " + name + "! "
	}
	return s
}
`;
const BAD = 'package main\n\nfunc f( {\n';
const KERNELS = fs.readFileSync(new URL('../../web/demo/kernels.go', import.meta.url), 'utf8');
const LEVELS = [1, 2, 3, 4, 's', 'z'];

/** @type {import('gomethod').Compiler} */
let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

/** @param {Uint8Array} wasm */
const exportNames = (wasm) => WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);

describe('options', () => {
  test('a level of the wrong type is a TypeError, an unknown level a RangeError, before compiling', () => {
    for (const opt of [true, null, {}, [], 3n]) {
      expect(() => compiler.compile(ADD, { opt: /** @type {any} */ (opt) })).toThrow(TypeError);
    }
    for (const opt of [5, -1, 1.5, NaN, 'O3', '-O2', 'fast', '5', 'S', '']) {
      expect(() => compiler.compile(ADD, { opt: /** @type {any} */ (opt) })).toThrow(RangeError);
    }
    expect(() => compiler.compile(ADD, { opt: 7 })).toThrow(/options\.opt must be one of 0, 1, 2, 3, 4, 's', 'z', got 7/);
    for (const wat of ['yes', 1, null]) {
      expect(() => compiler.compile(ADD, { wat: /** @type {any} */ (wat) })).toThrow(TypeError);
    }
    // The other checks still come first for what they check.
    expect(() => compiler.compile(/** @type {any} */ (1), { opt: 3 })).toThrow(/source must be a string/);
  });

  test('createCompiler rejects a binaryen option that is neither a URL, a specifier nor a module', async () => {
    await expect(createCompiler({ binaryen: /** @type {any} */ (42) })).rejects.toThrow(TypeError);
  });

  test('optimizeWasm checks its arguments', () => {
    expect(() => optimizeWasm(/** @type {any} */ ([0, 97, 115, 109]))).toThrow(TypeError);
    expect(() => optimizeWasm(new Uint8Array(8), { opt: /** @type {any} */ ('x') })).toThrow(RangeError);
    expect(() => optimizeWasm(new Uint8Array(8), { wat: /** @type {any} */ ('x') })).toThrow(TypeError);
  });
});

describe('sync or Promise', () => {
  test('without opt, with opt 0 or "0" and wat false, compile() stays synchronous', () => {
    for (const options of [undefined, {}, { opt: 0 }, { opt: /** @type {const} */ ('0') }, { wat: false }, { opt: 0, wat: false }]) {
      const out = compiler.compile(ADD, options);
      expect(out).not.toBeInstanceOf(Promise);
      expect(out.ok).toBe(true);
      expect(out.opt).toBe(0);
      expect(out.wat).toBeUndefined();
    }
  });

  test('with a level or wat: true, compile() returns a Promise of the result', async () => {
    const plain = compiler.compile(ADD);
    for (const options of [{ opt: 1 }, { opt: /** @type {const} */ ('s') }, { opt: /** @type {const} */ ('3') }, { wat: true }]) {
      const pending = compiler.compile(ADD, options);
      expect(pending).toBeInstanceOf(Promise);
      const out = await pending;
      expect(out.ok).toBe(true);
      expect(out.opt).toBe(options.opt === '3' ? 3 : options.opt ?? 0);
      expect(out.manifest).toEqual(plain.manifest);
      expect(out.dts).toBe(plain.dts);
    }
  });

  test('a failed compile is a Promise of the same failure, never optimized', async () => {
    const plain = compiler.compile(BAD);
    const pending = compiler.compile(BAD, { opt: 'z', wat: true });
    expect(pending).toBeInstanceOf(Promise);
    const out = await pending;
    expect(out).toEqual(plain);
    expect(out).toEqual(expect.objectContaining({ ok: false, wasm: null, manifest: null }));
    expect(out.wat).toBeUndefined();
  });
});

describe('text form and names', () => {
  test('wat at level 0 prints the module as gomethod wrote it; the bytes are unchanged', async () => {
    const plain = compiler.compile(ADD);
    const out = await compiler.compile(ADD, { wat: true });
    expect(out.wasm).toEqual(plain.wasm);
    expect(out.wat).toMatch(/^\(module\n/);
    expect(out.wat).toContain('(export "plus" (func $add))');
  });

  test('an optimized module keeps its name section: internal names differ from export names', async () => {
    const out = await compiler.compile(ADD, { opt: 3, wat: true });
    expect(out.wat).toMatch(/^\(module\n/);
    expect(out.wat).toContain('(export "plus" (func $add))');
    expect(out.wat).toContain('(func $add ');
    expect(out.wat).toContain('(export "gomethod_alloc" (func $runtime.allocPinned))');
    const module = new WebAssembly.Module(out.wasm);
    expect(WebAssembly.Module.customSections(module, 'name')).toHaveLength(1);
  });
});

describe('optimized modules', () => {
  test('every level shrinks the demo kernels; -Oz by at least a quarter', async () => {
    const plain = compiler.compile(KERNELS, { filename: 'kernels.go' });
    const sizes = { 0: plain.wasm?.length ?? 0 };
    for (const opt of LEVELS) {
      const out = await compiler.compile(KERNELS, { filename: 'kernels.go', opt });
      expect(out.ok).toBe(true);
      sizes[opt] = out.wasm?.length ?? 0;
    }
    for (const opt of LEVELS) expect({ opt, smaller: sizes[opt] < sizes[0] }).toEqual({ opt, smaller: true });
    expect(sizes.z).toBeLessThan(sizes[0] * 0.75);
    expect(sizes.z).toBeLessThanOrEqual(sizes[2]); // -Oz is -O2 plus shrinking
  });

  test('the manifest stays true: same manifest, and every name it uses is still exported', async () => {
    const plain = compiler.compile(KERNELS, { filename: 'kernels.go' });
    const out = await compiler.compile(KERNELS, { filename: 'kernels.go', opt: 'z' });
    expect(out.manifest).toEqual(plain.manifest);
    const names = exportNames(/** @type {Uint8Array} */ (out.wasm));
    const manifest = /** @type {any} */ (out.manifest);
    const used = [...manifest.exports.map((/** @type {any} */ e) => e.name), manifest.alloc, manifest.free, manifest.reset, manifest.panicMessage, manifest.collect, manifest.gcStats].filter(Boolean);
    expect(used.filter((n) => !names.includes(n))).toEqual([]);
    expect(names.sort()).toEqual(exportNames(/** @type {Uint8Array} */ (plain.wasm)).sort());
  });

  test('an optimized module instantiates and its wrappers give what level 0 gives', async () => {
    const calls = (/** @type {any} */ x) => [
      x.SortRandom(2000, 7),
      x.Hash(new Uint8Array([1, 2, 3, 250]), 20),
      x.Physics(64, 20),
      Array.from(x.Mandelbrot(16, 8, -2, -1.5, 0.1, 60)),
    ];
    const want = calls((await instantiate(compiler.compile(KERNELS))).exports);
    for (const opt of [3, 'z']) {
      const mod = await instantiate(await compiler.compile(KERNELS, { opt }));
      expect(calls(mod.exports)).toEqual(want);
    }
    const add = await instantiate(await compiler.compile(ADD, { opt: 4 }));
    expect(add.exports.plus(2, 3)).toBe(5);
    expect(add.exports.greet('gopher', 2)).toBe('hello, gopher! hello, gopher! ');
  });

  test('a panic in an optimized module is still a GoPanic with Go\'s message, and the instance recovers', async () => {
    const src = `package main

//export At
func At(xs []int32, i int) int32 { return xs[i] }

//export Safe
func Safe(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	var m map[string]int
	if n > 0 {
		m["x"] = n
	}
	return n
}
`;
    const mod = await instantiate(await compiler.compile(src, { opt: 3 }));
    expect(() => mod.exports.At(new Int32Array([1, 2, 3]), 5)).toThrow('runtime error: index out of range [5] with length 3');
    expect(mod.exports.At(new Int32Array([1, 2, 3]), 2)).toBe(3);
    expect(mod.exports.Safe(0)).toBe(0);
    expect(mod.exports.Safe(4)).toBe(-1);
  });
});

describe('optimizeWasm', () => {
  test('gives the optimized bytes, the text, sizes, exports and the time spent', async () => {
    const plain = /** @type {Uint8Array} */ (compiler.compile(KERNELS).wasm);
    const r = await optimizeWasm(plain, { opt: 2, wat: true });
    expect(r.sizes).toEqual({ before: plain.length, after: r.wasm.length });
    expect(r.wasm.length).toBeLessThan(plain.length);
    expect(r.exports?.sort()).toEqual(exportNames(plain).sort());
    expect(r.ms).toBeGreaterThan(0);
    expect(r.wat).toContain('(export "Mandelbrot"');
    const same = await optimizeWasm(plain);
    expect(same.wasm).toBe(plain);
  });

  test('bytes Binaryen cannot read are an OptimizationError', async () => {
    await expect(optimizeWasm(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 2, 3]), { opt: 1 })).rejects.toMatchObject({
      name: 'OptimizationError',
      message: expect.stringMatching(/^Binaryen cannot read the module/),
    });
  });
});

describe('where Binaryen comes from, and when it fails', () => {
  test('binaryen given as the loaded module is used as is', async () => {
    let reads = 0;
    const spy = Object.create(binaryen);
    spy.readBinary = (/** @type {Uint8Array} */ bytes, /** @type {number} */ features) => {
      reads++;
      return binaryen.readBinary(bytes, features);
    };
    const c = await createCompiler({ binaryen: spy });
    const out = await c.compile(ADD, { opt: 's' });
    expect(out.ok).toBe(true);
    expect(reads).toBe(1);
  });

  test('a Binaryen that cannot be loaded rejects the compile; sync compiles keep working', async () => {
    const c = await createCompiler({ binaryen: './no/such/binaryen.js' });
    await expect(c.compile(ADD, { opt: 1 })).rejects.toThrow(/cannot load Binaryen from file:.*no\/such\/binaryen\.js/);
    expect(c.compile(ADD).ok).toBe(true);
  });

  test('an optimization that loses an export is an internal compiler error, not a module', async () => {
    const lossy = Object.create(binaryen);
    lossy.readBinary = (/** @type {Uint8Array} */ bytes, /** @type {number} */ features) => {
      const module = binaryen.readBinary(bytes, features);
      const optimize = module.optimize.bind(module);
      module.optimize = () => {
        optimize();
        module.removeExport('greet');
      };
      return module;
    };
    const c = await createCompiler({ binaryen: lossy });
    const out = await c.compile(ADD, { opt: 3, filename: 'add.go' });
    expect(out).toEqual({
      ok: false,
      wasm: null,
      manifest: null,
      diagnostics: [{ file: 'add.go', line: 0, column: 0, message: expect.stringMatching(/^internal compiler error: -O3 changed the module's exports \(lost: greet\)/) }],
    });
  });

  test('a module Binaryen does not validate is an internal compiler error', async () => {
    const strict = Object.create(binaryen);
    strict.readBinary = (/** @type {Uint8Array} */ bytes, /** @type {number} */ features) => {
      const module = binaryen.readBinary(bytes, features);
      let calls = 0;
      module.validate = () => (++calls === 1 ? 1 : 0); // valid in, invalid out
      return module;
    };
    const c = await createCompiler({ binaryen: strict });
    const out = await c.compile(ADD, { opt: 'z' });
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0].message).toBe('internal compiler error: the module optimized with -Oz does not validate');
    // The compiler itself is fine.
    expect((await compiler.compile(ADD, { opt: 'z' })).ok).toBe(true);
  });
});
