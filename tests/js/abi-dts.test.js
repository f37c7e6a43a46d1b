// The generated TypeScript declarations (out.dts / manifestToDts): their text, and tsc --noEmit over
// a file that uses a module through them (and over one that misuses it, which must fail).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { instantiate, manifestToDts } from 'gomethod';
import { compileGo, getCompiler } from './abi-helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');

const SOURCE = `package main

type Point struct {
	X, Y int
	Name string
	hidden bool
}

type Box struct {
	Min, Max Point
	Tags     []string
	Ids      [3]int32
	Data     []byte
	Next     *Point
	Inline   struct{ A, B float64 }
}

//export add
func add(a, b int32) int32 { return a + b }

//export Counter
type Counter struct {
	N    int32
	Name string
}

func (c *Counter) Add(d int32) int32 { c.N += d; return c.N }
func (c Counter) Label() string     { return c.Name }

//export greet
func greet(name string) string { return "hi " + name }

//export move
func move(p Point, dx int) Point {
	p.X += dx
	return p
}

//export neg
func neg(x int64) int64 { return -x }

//export sum
func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

//export bytes
func bytes(b []byte) []byte { return b }

//export pair
func pair(x int) (int, bool) { return x, x > 0 }

//export total
func total(base int32, xs ...int) int {
	s := int(base)
	for _, x := range xs {
		s += x
	}
	return s
}

//export find
func find(p *Point) *Point { return p }

//export row
func row() [3]uint8 { return [3]uint8{1, 2, 3} }

//export box
func box(b Box) Box { return b }

//export big
func big(xs []uint64) []int { return nil }

//export nothing
func nothing() {}

`;

let out;
beforeAll(async () => {
  out = await compileGo(SOURCE);
});

test('compile results carry the declarations; failed ones do not', async () => {
  expect(typeof out.dts).toBe('string');
  expect(out.dts).toBe(manifestToDts(out.manifest));
  const failed = (await getCompiler()).compile('package main\nfunc (');
  expect(failed.ok).toBe(false);
  expect(failed.dts).toBeUndefined();
});

test('the declarations follow the marshaller', () => {
  const dts = out.dts;
  expect(dts).toContain("import type { ModuleArray } from 'gomethod';");
  expect(dts).toContain('export interface Point {\n  X: number;\n  Y: number;\n  Name: string;\n}');
  expect(dts).toContain('export interface PointInput {\n  X?: number | bigint;\n  Y?: number | bigint;\n  Name?: string;\n}');
  expect(dts).not.toMatch(/hidden\??:/);
  expect(dts).toContain('  /** func add(a int32, b int32) int32 */\n  add(a: number, b: number): number;');
  expect(dts).toContain('greet(name: string): string;');
  expect(dts).toContain('move(p: PointInput, dx: number | bigint): Point;');
  expect(dts).toContain('neg(x: bigint | number): bigint;');
  expect(dts).toContain('sum(xs: Float64Array | readonly number[] | ModuleArray<Float64Array> | null): number;');
  expect(dts).toContain('bytes(b: ArrayBufferView | ArrayBuffer | readonly number[] | ModuleArray<Uint8Array> | null): Uint8Array;');
  expect(dts).toContain('pair(x: number | bigint): [number, boolean];');
  expect(dts).toContain('total(base: number, ...xs: (number | bigint)[]): number;');
  expect(dts).toContain('find(p: PointInput | null): Point | null;');
  expect(dts).toContain('row(): [number, number, number];');
  expect(dts).toContain('big(xs: BigUint64Array | readonly (number | bigint)[] | ModuleArray<BigUint64Array> | null): BigInt64Array;');
  expect(dts).toContain('nothing(): void;');
  expect(dts).toContain('  Inline: { A: number; B: number };');
  expect(dts).toContain('  Ids?: readonly [number, number, number];');
});

test('manifestToDts handles odd names and rejects what is not a manifest', () => {
  const t = { kind: 'int32', size: 4, align: 4 };
  const dts = manifestToDts({
    package: 'p',
    exports: [
      { name: 'my-func', go: 'func f(new int32, _ int32, _ int32) int32', params: [{ name: 'new', type: t }, { name: '_', type: t }, { name: '_', type: t }], results: [{ type: t }], variadic: false },
      { name: 'apply', go: 'func apply(f func(int) int) int', params: [{ name: 'f', type: { kind: 'unsupported' } }], results: [{ type: t }], variadic: false },
    ],
  });
  expect(dts).toContain('"my-func"(new_: number, arg1: number, arg2: number): number;');
  expect(dts).toContain('apply(...args: never[]): never; // cannot be called from JS yet');
  expect(() => manifestToDts(null)).toThrow(TypeError);
  expect(() => manifestToDts({})).toThrow('manifestToDts: expected a gomethod manifest');
});

/**
 * Runs tsc --noEmit over files (name → text) next to the module's declarations.
 * @param {Record<string, string>} files
 */
function typecheck(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-dts-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    fs.writeFileSync(path.join(dir, 'shapes.d.ts'), out.dts);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          lib: ['es2022', 'dom'],
          types: [],
          skipLibCheck: false,
          paths: { gomethod: [path.join(REPO, 'web/index.d.ts')] },
        },
        files: ['shapes.d.ts', ...Object.keys(files)],
      }),
    );
    const r = spawnSync(process.execPath, [TSC, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const USE = `import { createCompiler, instantiate, GoPanic, GoError, ModuleArray, manifestToDts, WorkerPool, TimeoutError } from 'gomethod';
import type { Exports, Point, PointInput, Box } from './shapes.js';

const compiler = await createCompiler();
const out = compiler.compile('package main', { filename: 'shapes.go' });
if (!out.ok) throw new Error(out.diagnostics.map((d) => d.message).join('\\n'));
const text: string = out.dts + manifestToDts(out.manifest!);
const mod = await instantiate<Exports>(out, { stderr: (t: string) => console.log(t) });
const again = await instantiate<Exports>(out.wasm, out.manifest!);

const n: number = mod.exports.add(1, 2);
const s: string = mod.exports.greet('x');
const input: PointInput = { X: 1n, Name: 'p' };
const p: Point = mod.exports.move(input, 2);
const x: number = p.X;
const big: bigint = mod.exports.neg(5) + mod.exports.neg(5n);
const arr: ModuleArray<Float64Array> = mod.alloc(Float64Array, 4);
arr.view[0] = 1.5;
const total: number = mod.exports.sum(arr) + mod.exports.sum([1, 2]) + mod.exports.sum(new Float64Array(2)) + mod.exports.sum(null);
arr.free();
const bytes: Uint8Array = mod.exports.bytes(new Uint8Array(2));
mod.exports.bytes(new DataView(new ArrayBuffer(4)));
const [value, positive]: [number, boolean] = mod.exports.pair(1);
const t: number = mod.exports.total(1) + mod.exports.total(1, 2, 3n);
const found: Point | null = mod.exports.find(null) ?? mod.exports.find({ Y: 2 });
const row: [number, number, number] = mod.exports.row();
const b: Box = mod.exports.box({ Min: { X: 1 }, Tags: ['a'], Ids: [1, 2, 3], Data: [1, 2], Next: null, Inline: { A: 1 } });
const tags: string[] = b.Tags;
const ints: BigInt64Array = mod.exports.big([1, 2n]);
mod.exports.nothing();
const memory: WebAssembly.Memory | null = again.memory;
try {
  mod.exports.add(1, 2);
} catch (err) {
  if (err instanceof GoPanic) console.log(err.goMessage, err.kind, err.fatal);
  if (err instanceof GoError) console.log(err.goMessage);
}
const pool = await WorkerPool.create<Exports>(out, { size: 2, queuePolicy: 'wait' });
const pooled: number = await pool.exports.add(1, 2);
const viaCall = await pool.call('add', [1, 2], { timeout: 100, transfer: true });
const p99: number = pool.stats().roundTrip.p99;
await pool.terminate();
const workerCompiler = await createCompiler({ worker: true });
const compiled = await workerCompiler.compile('package main');
if (compiled.ok) workerCompiler.terminate();
console.log(pooled, viaCall, p99, new TimeoutError('t').message);
const counter = new mod.exports.Counter({ N: 1 });
const sumN: number = counter.Add(2) + counter.N;
const label: string = counter.Label();
counter.Name = 'c';
const plain: { N: number; Name: string } = counter.toJSON();
counter.free();
console.log(n, s, x, big, total, bytes, value, positive, t, found, row, tags, ints, memory, text, sumN, label, plain);
`;

test('tsc accepts a program that uses the module through its declarations', () => {
  const r = typecheck({ 'use.ts': USE });
  expect(r.output).toBe('');
  expect(r.status).toBe(0);
}, 60_000);

test('tsc rejects misuse of the exports', () => {
  const bad = `import { instantiate } from 'gomethod';
import type { Exports } from './shapes.js';
declare const out: import('gomethod').CompileResult;
const mod = await instantiate<Exports>(out);
mod.exports.add('1', 2);
mod.exports.move({ Z: 1 }, 2);
const s: string = mod.exports.add(1, 2);
mod.exports.greet();
mod.exports.neg('5');
mod.exports.row()[3];
mod.exports.apply((x: number) => x);
mod.exports.missing();
`;
  const r = typecheck({ 'bad.ts': bad });
  expect(r.status).not.toBe(0);
  const lines = r.output.split('\n').filter((l) => l.includes('error TS'));
  const at = (line) => lines.some((l) => l.includes(`bad.ts(${line},`));
  for (const line of [5, 6, 7, 8, 9, 10, 11, 12]) expect([line, at(line)]).toEqual([line, true]);
  expect(lines).toHaveLength(8);
}, 60_000);

test('the declared module really behaves as declared', async () => {
  const mod = await instantiate(out);
  expect(mod.exports.pair(2)).toEqual([2, true]);
  expect(mod.exports.row()).toEqual([1, 2, 3]);
  expect(mod.exports.big([1])).toEqual(new BigInt64Array(0));
  expect(mod.exports.box({ Inline: { A: 1 } }).Inline).toEqual({ A: 1, B: 0 });
});
