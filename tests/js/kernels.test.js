// Issue #8's benchmark kernels: every path loads (gomethod's targets direct, js and wasi compiled
// from bench/kernels/kernels.go; the C++ `aot` build from dist/aot; standard Go GOOS=js and
// AssemblyScript built by bench/kernels/build.mjs; plain JS) and returns exactly plain JS's result
// for every kernel at small sizes, with inputs copied per call and kept in the module's memory.
// loadAot() is checked on its own too. Builds what it needs (Go, asc: incremental, ~10 s when
// cold); dist/aot comes from the CMake build (`npm run build`).
import fs from 'node:fs';
import { jest } from '@jest/globals';
import { loadAot } from 'gomethod';
import { buildKernels } from '../../bench/kernels/build.mjs';
import { KERNELS, PATHS, PATH_INFO, loadPath, sameResult } from '../../bench/kernels/paths.mjs';

jest.setTimeout(120_000);

/** @type {Record<string, import('../../bench/kernels/paths.mjs').LoadedPath>} */
const loaded = {};
/** @type {Map<string, { input: any, want: any }>} plain JS's results: `${kernel}/${size}` */
const expected = new Map();

beforeAll(async () => {
  if (!fs.existsSync(new URL('../../dist/aot/kernels.wasm', import.meta.url))) {
    throw new Error('dist/aot/kernels.wasm is missing: build the wasm preset (npm run build; CMake target gomethod_aot)');
  }
  await buildKernels();
  for (const path of PATHS) loaded[path] = await loadPath(path);
  const js = loaded.plainjs;
  for (const k of KERNELS) {
    for (const size of k.testSizes) {
      const input = k.input(size);
      expected.set(`${k.name}/${size}`, { input, want: js.run(k, js.prepare(k, input)) });
    }
  }
});

afterAll(() => {
  for (const p of Object.values(loaded)) p.dispose();
});

test('the kernels, paths and their descriptions', () => {
  expect(KERNELS.map((k) => k.name)).toEqual(['sum', 'dot', 'mandelbrot', 'nbody', 'crc32', 'sort', 'strings', 'dispatch', 'generic']);
  expect(PATHS).toEqual(['direct', 'js', 'wasi', 'aot', 'stdgo', 'assemblyscript', 'plainjs']);
  for (const path of PATHS) expect(['gomethod', 'anchor']).toContain(PATH_INFO[path].kind);
  for (const k of KERNELS) {
    expect(k.sizes.length).toBeGreaterThan(0);
    expect(k.testSizes.some((n) => n % 2 === 1)).toBe(true);
    // Deterministic inputs: the same size gives the same data.
    expect(k.args(k.input(k.testSizes[0]))).toEqual(k.args(k.input(k.testSizes[0])));
  }
});

test('every path loads, with its startup figures', () => {
  for (const path of PATHS) {
    const p = loaded[path];
    expect(p.path).toBe(path);
    expect(p.startup.instantiateMs).toBeGreaterThanOrEqual(0);
    expect(p.startup.firstCallMs).toBeGreaterThanOrEqual(0);
    if (PATH_INFO[path].kind === 'gomethod') {
      expect(p.startup.compileMs).toBeGreaterThan(0);
      expect(p.startup.loadCompilerMs).toBeGreaterThanOrEqual(0);
      expect(p.heapStats?.()).toEqual(expect.objectContaining({ numGC: expect.any(Number) }));
    }
    if (path === 'plainjs') {
      expect(p.wasmBytes).toBeNull();
      expect(p.memoryBytes()).toBe(0);
    } else {
      expect(p.wasmBytes).toBeInstanceOf(Uint8Array);
      expect(WebAssembly.validate(p.wasmBytes)).toBe(true);
      expect(p.memoryBytes()).toBeGreaterThan(0);
    }
  }
  for (const path of ['aot', 'stdgo', 'assemblyscript']) expect(loaded[path].extraBytes).toBeGreaterThan(0);
});

describe.each(PATHS)('%s', (path) => {
  test.each(KERNELS.map((k) => [k.name, k]))('%s equals plain JS', (_name, k) => {
    const p = loaded[path];
    for (const size of k.testSizes) {
      const { input, want } = /** @type {any} */ (expected.get(`${k.name}/${size}`));
      for (const resident of [false, true]) {
        const prepared = p.prepare(k, input, { resident });
        const first = p.run(k, prepared);
        const again = p.run(k, prepared); // inputs are never modified: a prepared input runs again
        p.release(prepared);
        const where = `${path} ${k.name}(${size})${resident ? ' resident' : ''}`;
        expect({ where, result: first }).toEqual({ where, result: want });
        expect({ where, result: again }).toEqual({ where, result: want });
      }
    }
  });
});

test('known values: CRC-32 check value, int32 wraparound', () => {
  const check = new TextEncoder().encode('123456789');
  const sum = KERNELS.find((k) => k.name === 'sum');
  for (const path of PATHS) {
    const { exports } = loaded[path];
    expect([path, exports.CRC32(check)]).toEqual([path, 0xcbf43926]);
    expect([path, exports.Sum(new Int32Array([2147483647, 1, 5]))]).toEqual([path, -2147483643]);
    expect([path, loaded[path].run(sum, loaded[path].prepare(sum, { xs: new Int32Array(0) }))]).toEqual([path, 0]);
  }
});

test('loadAot(): the C++ kernels with the gomethod module\'s signatures, and over heap data', async () => {
  const aot = await loadAot();
  expect(aot.memory).toBeInstanceOf(WebAssembly.Memory);
  expect(Object.keys(aot.exports).sort()).toEqual(KERNELS.map((k) => k.fn).sort());
  for (const k of KERNELS) {
    for (const size of k.testSizes) {
      const { input, want } = /** @type {any} */ (expected.get(`${k.name}/${size}`));
      const args = k.args(input);
      expect([k.name, size, aot.exports[k.fn](...args)]).toEqual([k.name, size, want]);
      if (!args.some((a) => ArrayBuffer.isView(a))) continue;
      const blocks = [];
      const flat = args.flatMap((a) => {
        if (!ArrayBuffer.isView(a)) return [a];
        const b = aot.alloc(/** @type {any} */ (a));
        blocks.push(b);
        return [b.ptr, b.length];
      });
      expect([k.name, size, aot.pointers[k.fn](...flat)]).toEqual([k.name, size, want]);
      blocks.forEach((b) => b.free());
    }
  }
});

test('sameResult', () => {
  expect(sameResult(3, 3)).toBe(true);
  expect(sameResult(3, 4)).toBe(false);
  expect(sameResult(NaN, NaN)).toBe(true);
  expect(sameResult(0.1 + 0.2, 0.3)).toBe(true); // relative 1e-12
  expect(sameResult(1.0001, 1)).toBe(false);
  expect(sameResult(2 ** 40, 2 ** 40 + 1)).toBe(false); // integers are exact
  expect(sameResult(5n, 5)).toBe(true);
  expect(sameResult(5n, 6n)).toBe(false);
  expect(sameResult('a', 'a')).toBe(true);
  expect(sameResult('a', 1)).toBe(false);
});
