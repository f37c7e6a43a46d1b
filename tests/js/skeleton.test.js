// The walking skeleton: the packaged compiler, loaded through the package's public entry, turns
// the smallest useful Go program into a tiny, import-free WebAssembly module that adds.
import { createCompiler } from 'gomethod';

const GOOD = `package main

//export add
func add(a, b int32) int32 { return a + b }
`;

/** @type {Awaited<ReturnType<typeof createCompiler>>} */
let compiler;

beforeAll(async () => {
  compiler = await createCompiler();
});

/** @param {any} result */
function expectFailureWithDiagnostics(result) {
  expect(result.ok).toBe(false);
  expect(result.wasm).toBeNull();
  expect(Array.isArray(result.diagnostics)).toBe(true);
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(typeof d.file).toBe('string');
    expect(Number.isInteger(d.line)).toBe(true);
    expect(Number.isInteger(d.column)).toBe(true);
    expect(typeof d.message).toBe('string');
    expect(d.message.length).toBeGreaterThan(0);
  }
}

function expectGoodProgramStillCompiles() {
  const again = compiler.compile(GOOD);
  expect(again.diagnostics).toEqual([]);
  expect(again.ok).toBe(true);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(/** @type {Uint8Array} */ (again.wasm)));
  expect(/** @type {any} */ (exports).add(2, 3)).toBe(5);
}

test('compiles add to a tiny, valid, import-free module that adds', async () => {
  expect(typeof compiler.version).toBe('string');
  expect(compiler.version.length).toBeGreaterThan(0);

  const out = compiler.compile(GOOD);
  expect(out.diagnostics).toEqual([]);
  expect(out.ok).toBe(true);
  expect(out.wasm).toBeInstanceOf(Uint8Array);
  const wasm = /** @type {Uint8Array} */ (out.wasm);
  expect(WebAssembly.validate(wasm)).toBe(true);
  expect(wasm.length).toBeLessThan(100);

  const module = new WebAssembly.Module(wasm);
  expect(WebAssembly.Module.imports(module)).toHaveLength(0);
  expect(WebAssembly.Module.customSections(module, 'name').length).toBeGreaterThan(0);

  const instance = await WebAssembly.instantiate(module);
  const add = /** @type {(a: number, b: number) => number} */ (instance.exports.add);
  expect(typeof add).toBe('function');
  expect(add(2, 3)).toBe(5);

  expect(out.manifest === null || typeof out.manifest === 'object').toBe(true);
});

test('a syntax error gives positioned diagnostics and the compiler keeps working', () => {
  const out = compiler.compile('package main\n\n//export add\nfunc add(a, b int32 int32 {\n\treturn a + b\n}\n', {
    filename: 'bad_syntax.go',
  });
  expectFailureWithDiagnostics(out);
  expect(out.diagnostics[0].file).toBe('bad_syntax.go');
  expect(out.diagnostics[0].line).toBeGreaterThanOrEqual(1);
  expect(out.diagnostics[0].column).toBeGreaterThanOrEqual(1);
  expectGoodProgramStillCompiles();
});

test('a type error gives positioned diagnostics and the compiler keeps working', () => {
  const out = compiler.compile('package main\n\n//export add\nfunc add(a, b int32) int32 { return a + "x" }\n', {
    filename: 'bad_types.go',
  });
  expectFailureWithDiagnostics(out);
  expect(out.diagnostics[0].file).toBe('bad_types.go');
  expect(out.diagnostics[0].line).toBeGreaterThanOrEqual(1);
  expect(out.diagnostics[0].column).toBeGreaterThanOrEqual(1);
  expectGoodProgramStillCompiles();
});

test('non-string source is a TypeError', () => {
  for (const bad of [undefined, null, 42, {}, [], new Uint8Array([112, 97])]) {
    expect(() => compiler.compile(/** @type {any} */ (bad))).toThrow(TypeError);
  }
  expect(() => compiler.compile(GOOD, /** @type {any} */ ({ filename: 7 }))).toThrow(TypeError);
  expectGoodProgramStillCompiles();
});

/** A small deterministic PRNG (mulberry32), so a failure is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function badInputs() {
  const random = rng(0x5eed);
  const int = (n) => Math.floor(random() * n);
  const inputs = [
    '(',
    '('.repeat(100000),
    'package main\nvar x = ' + '('.repeat(100000),
    'package main\nfunc f() {' + '{'.repeat(100000),
    'package main\nvar x = ' + '['.repeat(50000),
    'package main\nvar x = ' + '-'.repeat(100000) + '1',
    'package main\nvar x = ' + '*'.repeat(100000) + 'p',
    'package main\ntype T ' + '*'.repeat(100000) + 'int',
    'package main\nvar s = "unterminated',
    'package main\nvar s = `unterminated raw string',
    "package main\nvar r = 'x",
    'package main\n/* unterminated comment',
    'package main\nvar s = "bad escape \\q"',
    'package main\nvar r = \'\\u12\'',
    '\u0000\u0000\u0000',
    '\uFEFF\uFEFFpackage main',
    'package',
    'package main\nfunc',
    'package main\nfunc add(a, b int32) int32 { return a +',
    'package main\n//export add\nfunc add(a, b int32) int32 { return a + b',
  ];
  const alphabet = 'package main func var type return if for {}()[]<>=!+-*/%&|^.,;:"`\'\\\n\t 0123456789abcxyz_é世\u0000\uFFFD';
  while (inputs.length < 200) {
    const len = 1 + int(400);
    let s = '';
    if (random() < 0.5) {
      // Random code units, including lone surrogates and control characters.
      for (let i = 0; i < len; i++) s += String.fromCharCode(int(0x10000));
    } else {
      for (let i = 0; i < len; i++) s += alphabet[int(alphabet.length)];
    }
    inputs.push(random() < 0.5 ? 'package main\n' + s : s);
  }
  return inputs;
}

test('200 hostile inputs each fail cleanly and leave the compiler working', () => {
  const inputs = badInputs();
  expect(inputs).toHaveLength(200);
  inputs.forEach((source, i) => {
    let out;
    try {
      out = compiler.compile(source, { filename: `bad${i}.go` });
    } catch (err) {
      throw new Error(`input #${i} threw instead of returning diagnostics: ${err}`);
    }
    if (out.ok) throw new Error(`input #${i} unexpectedly compiled: ${JSON.stringify(source.slice(0, 80))}`);
    expectFailureWithDiagnostics(out);
  });
  expectGoodProgramStillCompiles();
}, 120_000);
