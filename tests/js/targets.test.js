// The compile targets (issue 8): what each module imports, how the JS API runs it, and WASI
// modules under plain node:wasi with nothing of gomethod's in between. The conformance suite
// runs every program under each target as well (conformance.test.js).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';

import { createCompiler, instantiate, runProgram, GoPanic } from 'gomethod';

let compiler;
beforeAll(async () => {
  compiler = await createCompiler();
});

const PROGRAM = `package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println("args", len(os.Args), os.Args[len(os.Args)-1], os.Getenv("GREETING"))
	println("to stderr")
	fmt.Println(time.Since(start) >= 0)
}
`;

const LIBRARY = `package lib

import (
	"fmt"
	"os"
)

var calls int

//export Hello
func Hello(name string) string {
	calls++
	fmt.Println("hello,", name)
	return fmt.Sprint(name, calls)
}

//export Quit
func Quit(code int32) { os.Exit(int(code)) }

//export Boom
func Boom() { var m map[string]int; m["x"] = 1 }
`;

function build(source, options) {
  const out = compiler.compile(source, options);
  expect(out.diagnostics).toEqual([]);
  return out;
}

const importModules = (wasm) => [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.module))].sort();

async function run(wasm, options = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runProgram(wasm, { ...options, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

describe('imports per target', () => {
  test('direct imports nothing, js only gomethod, wasi only wasi_snapshot_preview1', () => {
    expect(importModules(build(PROGRAM, { target: 'direct' }).wasm)).toEqual([]);
    expect(importModules(build(PROGRAM, { target: 'js' }).wasm)).toEqual(['gomethod']);
    expect(importModules(build(PROGRAM, { target: 'wasi' }).wasm)).toEqual(['wasi_snapshot_preview1']);
  });

  test('the default target is js, and the manifest names the target', () => {
    expect(build(PROGRAM).manifest.target).toBe('js');
    for (const target of ['direct', 'js', 'wasi']) expect(build(LIBRARY, { target }).manifest.target).toBe(target);
  });

  test('a module that needs no host imports nothing under any target', () => {
    const add = 'package p\n\n//export add\nfunc add(a, b int32) int32 { return a + b }\n';
    for (const target of ['direct', 'js', 'wasi']) expect(importModules(build(add, { target }).wasm)).toEqual([]);
  });

  test('an unknown target is a RangeError before compiling', () => {
    expect(() => compiler.compile(PROGRAM, { target: 'emscripten' })).toThrow(RangeError);
    expect(() => compiler.compile(PROGRAM, { target: 'aot' })).toThrow(/loadAot/);
    expect(() => compiler.compile(PROGRAM, { target: 3 })).toThrow(TypeError);
  });
});

describe('programs', () => {
  test.each(['direct', 'js', 'wasi'])('%s: output, arguments and the clock', async (target) => {
    const r = await run(build(PROGRAM, { target }).wasm, { args: ['prog', 'last'], env: { GREETING: 'hi' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('to stderr\n');
    if (target === 'wasi') expect(r.stdout).toBe('args 2 last hi\ntrue\n');
    else expect(r.stdout).toBe('args 1 main \ntrue\n'); // only a WASI host passes arguments
  });

  test.each(['direct', 'js', 'wasi'])('%s: a panic is reported as Go does, with exit status 2', async (target) => {
    const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tvar p *int\n\tprintln(*p)\n}\n';
    const r = await run(build(src, { target }).wasm);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toMatch(/^panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV/);
    expect(r.stderr).toContain('goroutine 1 [running]:');
  });

  test.each(['direct', 'js', 'wasi'])('%s: a panic through deferred calls', async (target) => {
    const src = 'package main\n\nfunc main() {\n\tdefer println("deferred")\n\tpanic("boom")\n}\n';
    const r = await run(build(src, { target }).wasm);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^deferred\npanic: boom\n/);
  });

  test.each(['direct', 'js', 'wasi'])('%s: os.Exit', async (target) => {
    const src = 'package main\n\nimport "os"\n\nfunc main() {\n\tprintln("bye")\n\tos.Exit(3)\n}\n';
    const r = await run(build(src, { target }).wasm);
    expect(r).toEqual({ status: 3, stdout: '', stderr: 'bye\n' });
  });
});

describe('crypto/rand', () => {
  const src = `package main

import (
	"crypto/rand"
	"fmt"
)

func main() {
	a, b := make([]byte, 70000), make([]byte, 70000)
	n, err := rand.Read(a)
	rand.Read(b)
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	fmt.Println(n, err, same < 1000)
}
`;
  test.each(['js', 'wasi'])('%s: reads the host random source', async (target) => {
    expect(await run(build(src, { target }).wasm)).toEqual({ status: 0, stdout: '70000 <nil> true\n', stderr: '' });
  });

  test('direct: has no source and says so', async () => {
    const r = await run(build(src, { target: 'direct' }).wasm);
    expect(r.stdout).toBe('0 crypto/rand: the host provides no random source (target "direct") false\n');
  });
});

describe('wasi modules under plain node:wasi', () => {
  // No gomethod code in between: node:wasi writes to real file descriptors.
  async function runNodeWasi(wasm, args = ['prog']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-wasi-'));
    const outPath = path.join(dir, 'out');
    const errPath = path.join(dir, 'err');
    const stdout = fs.openSync(outPath, 'w');
    const stderr = fs.openSync(errPath, 'w');
    try {
      const wasi = new WASI({ version: 'preview1', args, env: { GREETING: 'hey' }, stdout, stderr, returnOnExit: true });
      const instance = await WebAssembly.instantiate(new WebAssembly.Module(wasm), wasi.getImportObject());
      const status = wasi.start(instance);
      return { status, stdout: fs.readFileSync(outPath, 'utf8'), stderr: fs.readFileSync(errPath, 'utf8') };
    } finally {
      fs.closeSync(stdout);
      fs.closeSync(stderr);
      fs.rmSync(dir, { recursive: true });
    }
  }

  test('a program runs as a WASI command', async () => {
    const r = await runNodeWasi(build(PROGRAM, { target: 'wasi' }).wasm, ['prog', 'x', 'y']);
    expect(r).toEqual({ status: 0, stdout: 'args 3 y hey\ntrue\n', stderr: 'to stderr\n' });
  });

  test('an uncaught panic prints Go report on stderr and exits 2', async () => {
    const src = 'package main\n\nfunc main() {\n\ta := []int{1}\n\ti := 3\n\tprintln(a[i])\n}\n';
    const r = await runNodeWasi(build(src, { target: 'wasi' }).wasm);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('panic: runtime error: index out of range [3] with length 1\n\ngoroutine 1 [running]:\nmain.main()\n');
  });
});

describe('libraries through instantiate()', () => {
  test.each(['direct', 'js', 'wasi'])('%s: exports, output, os.Exit and panics', async (target) => {
    let stdout = '';
    const mod = await instantiate(build(LIBRARY, { target }), { stdout: (t) => (stdout += t) });
    expect(mod.target).toBe(target);
    expect(mod.exports.Hello('gopher')).toBe('gopher1');
    expect(stdout).toBe('hello, gopher\n');
    expect(() => mod.exports.Quit(4)).toThrow(expect.objectContaining({ name: 'GoPanic', kind: 'exit', exitCode: 4 }));
    let err;
    try {
      mod.exports.Boom();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GoPanic);
    expect(err.message).toBe('assignment to entry in nil map');
    // The module keeps serving.
    expect(mod.exports.Hello('again')).toBe('again2');
    expect(stdout).toBe('hello, gopher\nhello, again\n');
  });
});

describe('//go:wasmimport', () => {
  const src = `package p

//go:wasmimport host scale
func scale(x float64, k int32) float64

//export Apply
func Apply(x float64) float64 { return scale(x, 3) + 1 }
`;

  test('a function without a body is the host import it names', async () => {
    const out = build(src);
    expect(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm))).toEqual([{ module: 'host', name: 'scale', kind: 'function' }]);
    const mod = await instantiate(out, { imports: { host: { scale: (x, k) => x * k } } });
    expect(mod.exports.Apply(2)).toBe(7);
  });

  test('a missing import is named before instantiation', async () => {
    await expect(instantiate(build(src))).rejects.toThrow(/host\.scale/);
  });

  test('Go rules: no body, scalar types, a well-formed directive', () => {
    const bad = `package p

//go:wasmimport host f
func f(s string) int { return 0 }

//go:wasmimport host g
func g(s string)

//go:wasmimport onlymodule
func h()

func use() { f(""); g(""); h() }
`;
    const out = compiler.compile(bad);
    expect(out.ok).toBe(false);
    const msgs = out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3:\d+: can only use \/\/go:wasmimport with external func implementations$/),
        expect.stringMatching(/^7:8: go:wasmimport: unsupported parameter type string$/),
        expect.stringMatching(/^9:\d+: usage: \/\/go:wasmimport importmodule importname$/),
      ]),
    );
  });
});
