// syscall/js on the js target (issue 8): Go calling JS functions the host hands in, JS calling Go
// callbacks, values held as handles, and handles released when the collector frees them.
import { createCompiler, instantiate, GoPanic } from 'gomethod';

const SOURCE = `package bridge

import (
	"runtime"
	"syscall/js"
)

//export Describe
func Describe() string {
	cfg := js.Global().Get("config")
	return cfg.Get("name").String() + " " + cfg.Get("size").Type().String() + " " +
		js.ValueOf(cfg.Get("size").Int()*2).String() + " " + cfg.Get("missing").String()
}

//export CallHost
func CallHost(x float64) float64 {
	return js.Global().Call("twice", x).Float() + js.Global().Get("twice").Invoke(1).Float()
}

//export Build
func Build() int32 {
	o := js.Global().Get("Object").New()
	o.Set("list", []any{1, "two", true, nil})
	o.Set("nested", map[string]any{"k": 2.5})
	js.Global().Set("built", o)
	return int32(o.Get("list").Length())
}

var kept js.Func

//export Register
func Register() {
	kept = js.FuncOf(func(this js.Value, args []js.Value) any {
		sum := 0
		for _, a := range args {
			sum += a.Int()
		}
		return sum + this.Get("bias").Int()
	})
	js.Global().Set("goSum", kept)
}

//export Unregister
func Unregister() { kept.Release() }

//export Nested
func Nested(n int32) int32 {
	// Go calls JS, which calls back into Go, which calls JS again.
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		k := args[0].Int()
		if k == 0 {
			return 0
		}
		return js.Global().Call("relay", k-1).Int() + 1
	})
	defer f.Release()
	js.Global().Set("goStep", f)
	return int32(js.Global().Call("relay", int(n)).Int())
}

//export Throwing
func Throwing() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
		}
	}()
	js.Global().Call("fail", "bad input")
	return "not reached"
}

//export Misuse
func Misuse() { js.ValueOf(3).Get("x") }

//export Churn
func Churn(n int32) int32 {
	total := 0
	for i := 0; i < int(n); i++ {
		total += js.Global().Get("config").Get("size").Int()
	}
	runtime.GC()
	return int32(total)
}

//export Bytes
func Bytes() int32 {
	src := js.Global().Get("Uint8Array").New(4)
	js.CopyBytesToJS(src, []byte{9, 8, 7, 6})
	dst := make([]byte, 3)
	n := js.CopyBytesToGo(dst, src)
	return int32(n)*100 + int32(dst[0])*10 + int32(dst[2])
}

//export Types
func Types() string {
	g := js.Global()
	return g.Get("config").Type().String() + "," + g.Get("twice").Type().String() + "," +
		js.Null().Type().String() + "," + js.Undefined().Type().String() + "," +
		js.ValueOf("s").Type().String() + "," + js.ValueOf(true).Type().String()
}
`;

let compiler;
let out;
beforeAll(async () => {
  compiler = await createCompiler();
  out = compiler.compile(SOURCE, { target: 'js' });
  expect(out.diagnostics).toEqual([]);
});

/**
 * A fresh module whose js.Global() is a plain object the test controls.
 * @param {object} [compiled] the compile result (default: SOURCE for the js target)
 */
async function load(compiled = out) {
  const global = {
    config: { name: 'demo', size: 21 },
    twice: (x) => 2 * x,
    Object,
    Uint8Array,
    fail(msg) {
      throw new Error(msg);
    },
    relay(k) {
      return global.goStep(k);
    },
  };
  const mod = await instantiate(compiled, { global });
  return { mod, global };
}

test('only the js bridge and gomethod namespaces are imported', () => {
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).map((i) => i.module));
  expect([...modules].sort()).toEqual(['gomethod', 'gomethod.js']);
});

test('Get, Type, Int, String on values the host hands in', async () => {
  const { mod } = await load();
  expect(mod.exports.Describe()).toBe('demo number <number: 42> <undefined>');
  expect(mod.exports.Types()).toBe('object,function,null,undefined,string,boolean');
});

test('Call and Invoke call host functions', async () => {
  const { mod } = await load();
  expect(mod.exports.CallHost(5)).toBe(12);
});

test('ValueOf builds arrays and objects; Set stores them on the host', async () => {
  const { mod, global } = await load();
  expect(mod.exports.Build()).toBe(4);
  expect(global.built).toEqual({ list: [1, 'two', true, null], nested: { k: 2.5 } });
});

test('FuncOf: JS calls Go with this and arguments; Release ends it', async () => {
  const { mod, global } = await load();
  mod.exports.Register();
  expect(global.goSum.call({ bias: 100 }, 1, 2, 3)).toBe(106);
  expect(global.goSum.call({ bias: 0 }, 40, 2)).toBe(42);
  mod.exports.Unregister();
  expect(() => global.goSum.call({ bias: 0 })).toThrow(GoPanic);
  expect(() => global.goSum.call({ bias: 0 })).toThrow('syscall/js: call to released function');
});

test('callbacks nest: Go → JS → Go → JS …', async () => {
  const { mod } = await load();
  expect(mod.exports.Nested(10)).toBe(10);
});

test('a JS exception is a recoverable js.Error panic', async () => {
  const { mod } = await load();
  expect(mod.exports.Throwing()).toBe('JavaScript error: bad input');
});

test('misuse panics with syscall/js ValueError text and the module keeps serving', async () => {
  const { mod } = await load();
  expect(() => mod.exports.Misuse()).toThrow('syscall/js: call of Value.Get on number');
  expect(mod.exports.CallHost(1)).toBe(4);
});

test('CopyBytesToGo / CopyBytesToJS', async () => {
  const { mod } = await load();
  expect(mod.exports.Bytes()).toBe(397);
});

test('handles are released once the collector frees the Values holding them', async () => {
  const { mod } = await load();
  const before = mod.jsHandles();
  expect(mod.exports.Churn(5000)).toBe(5000 * 21);
  // Each iteration created two handles (config, size); after runtime.GC the dead ones are
  // released at the next handle Go creates.
  expect(mod.exports.Churn(1)).toBe(21);
  const after = mod.jsHandles();
  expect(after - before).toBeLessThan(50);
  // Without collection (gc: "leaking") they stay: the count shows the test can fail.
  const leaking = await instantiate(compiler.compile(SOURCE, { target: 'js', gc: 'leaking' }), {
    global: { config: { size: 21 } },
  });
  leaking.exports.Churn(1000);
  expect(leaking.jsHandles()).toBeGreaterThan(1900);
});

test('other targets reject syscall/js at the import', () => {
  for (const target of ['direct', 'wasi']) {
    const r = compiler.compile(SOURCE, { target });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([
      `5:2: package syscall/js needs the js target (compiling for "${target}")`,
    ]);
  }
});

describe('js.Value parameters and results', () => {
  const VALUES = `package p

import "syscall/js"

var kept js.Value

//export Apply
func Apply(f js.Value, x float64) float64 { return f.Invoke(x).Float() + 1 }

//export Keep
func Keep(v js.Value) { kept = v }

//export Kept
func Kept() js.Value { return kept }

//export Field
func Field(o js.Value, name string) js.Value { return o.Get(name) }

//export Zero
func Zero() js.Value { return js.Value{} }
`;

  test('any JS value goes in as a js.Value and comes out as itself', async () => {
    const mod = await instantiate(compiler.compile(VALUES, { target: 'js' }));
    expect(mod.exports.Apply((x) => x * 2, 20)).toBe(41);
    const list = [1, 2];
    expect(mod.exports.Field({ a: list }, 'a')).toBe(list);
    for (const v of [undefined, null, true, false, 0, 'text', 10n, Symbol.iterator, globalThis]) {
      mod.exports.Keep(v);
      expect(mod.exports.Kept()).toBe(v);
    }
    expect(mod.exports.Zero()).toBeUndefined();
  });

  test('a Value Go keeps survives collections; the handles of those it drops are released', async () => {
    const mod = await instantiate(compiler.compile(VALUES, { target: 'js' }));
    const obj = { kept: true };
    mod.exports.Keep(obj);
    const before = mod.jsHandles();
    for (let i = 0; i < 3000; i++) expect(mod.exports.Apply(() => i, 0)).toBe(i + 1);
    mod.gc();
    mod.exports.Apply(() => 0, 0); // the next handle Go creates releases the dead ones
    expect(mod.jsHandles() - before).toBeLessThan(20);
    expect(mod.exports.Kept()).toBe(obj);
  });

  test('the .d.ts types js.Value as unknown', () => {
    const out = compiler.compile(VALUES, { target: 'js' });
    expect(out.dts).toMatch(/Apply\(f: unknown, x: number\): number/);
    expect(out.dts).toMatch(/Kept\(\): unknown/);
  });

  test('under gc: "leaking" Values still cross (nothing is released)', async () => {
    const mod = await instantiate(compiler.compile(VALUES, { target: 'js', gc: 'leaking' }));
    expect(mod.exports.Apply((x) => x + 1, 1)).toBe(3);
    mod.exports.Keep('s');
    expect(mod.exports.Kept()).toBe('s');
  });
});

test('under GOGC=0 (a collection at every allocation) no handle is released while in use', async () => {
  const { mod, global } = await load(compiler.compile(SOURCE, { target: 'js', gcPercent: 0 }));
  for (let i = 0; i < 20; i++) {
    expect(mod.exports.Describe()).toBe('demo number <number: 42> <undefined>');
    expect(mod.exports.CallHost(i)).toBe(2 * i + 2);
    expect(mod.exports.Build()).toBe(4);
    expect(global.built).toEqual({ list: [1, 'two', true, null], nested: { k: 2.5 } });
    expect(mod.exports.Nested(5)).toBe(5);
  }
  expect(mod.heapStats()?.numGC).toBeGreaterThan(100);
});
