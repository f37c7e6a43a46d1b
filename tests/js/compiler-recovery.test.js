// The JS wrapper's defences, tested against a fake Emscripten module so every path is reachable:
// an instance that crashes is replaced, odd results are normalised, arguments are validated.
import { createCompiler } from '../../web/index.js';

const GOOD_WASM = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

/**
 * A fake factory. `behaviour(source)` returns the raw result or throws.
 * @param {(source: string, options: any) => any} behaviour
 */
function fakeFactory(behaviour) {
  const factory = Object.assign(
    async () => {
      factory.instances++;
      let dead = false;
      return {
        version: () => 'fake 1.0',
        compile(/** @type {string} */ source, /** @type {any} */ options) {
          if (dead) throw new WebAssembly.RuntimeError('Aborted(): called after abort');
          try {
            return behaviour(source, options);
          } catch (err) {
            dead = true;
            throw err;
          }
        },
      };
    },
    { instances: 0 },
  );
  return factory;
}

test('a crashing instance is reported as an internal compiler error and replaced', async () => {
  const factory = fakeFactory((source) => {
    if (source === 'crash') throw new WebAssembly.RuntimeError('unreachable executed');
    return { ok: true, wasm: GOOD_WASM, diagnostics: [], manifest: '{"exports":[]}' };
  });
  const compiler = await createCompiler({ moduleFactory: factory });
  expect(compiler.version).toBe('fake 1.0');
  expect(factory.instances).toBe(1);

  const crashed = compiler.compile('crash', { filename: 'boom.go' });
  expect(crashed.ok).toBe(false);
  expect(crashed.wasm).toBeNull();
  expect(crashed.diagnostics).toHaveLength(1);
  expect(crashed.diagnostics[0].file).toBe('boom.go');
  expect(crashed.diagnostics[0].message).toMatch(/^internal compiler error: .*unreachable/);

  await compiler.ready();
  expect(compiler.restarts).toBe(1);
  expect(factory.instances).toBe(2);
  const after = compiler.compile('package main');
  expect(after.ok).toBe(true);
  expect(after.manifest).toEqual({ exports: [] });

  // Several crashes in a row never leave the compiler unusable.
  for (let i = 0; i < 5; i++) {
    expect(compiler.compile('crash').ok).toBe(false);
    await compiler.ready();
  }
  expect(compiler.compile('package main').ok).toBe(true);
  expect(compiler.restarts).toBe(6);
});

test('results are copied into plain values', async () => {
  const heap = new Uint8Array(64);
  heap.set(GOOD_WASM, 16);
  const compiler = await createCompiler({
    moduleFactory: fakeFactory(() => ({
      ok: true,
      wasm: heap.subarray(16, 24), // a view into the module's memory, as typed_memory_view gives
      diagnostics: [],
      manifest: '{"exports":[{"name":"add"}]}',
    })),
  });
  const out = compiler.compile('package main');
  expect(out.ok).toBe(true);
  expect(Array.from(/** @type {Uint8Array} */ (out.wasm))).toEqual(Array.from(GOOD_WASM));
  expect(out.wasm?.buffer).not.toBe(heap.buffer);
  heap.fill(0);
  expect(Array.from(/** @type {Uint8Array} */ (out.wasm))).toEqual(Array.from(GOOD_WASM));
  expect(out.manifest).toEqual({ exports: [{ name: 'add' }] });
});

test('embind vectors and odd diagnostics are normalised; failures always carry a diagnostic', async () => {
  let deleted = 0;
  const vector = (/** @type {any[]} */ items) => ({
    size: () => items.length,
    get: (/** @type {number} */ i) => items[i],
    delete: () => deleted++,
  });
  /** @type {any} */
  let next;
  const compiler = await createCompiler({ moduleFactory: fakeFactory(() => next) });

  next = { ok: false, wasm: null, manifest: '', diagnostics: vector([{ line: 3, column: 7, message: 'boom' }]) };
  expect(compiler.compile('x', { filename: 'v.go' })).toEqual({
    ok: false,
    wasm: null,
    manifest: null,
    diagnostics: [{ file: 'v.go', line: 3, column: 7, message: 'boom' }],
  });
  expect(deleted).toBe(1);

  next = { ok: false, wasm: null, manifest: '', diagnostics: [] };
  const empty = compiler.compile('x');
  expect(empty.ok).toBe(false);
  expect(empty.diagnostics).toHaveLength(1);
  expect(empty.diagnostics[0].file).toBe('main.go');

  next = { ok: true, wasm: GOOD_WASM, diagnostics: [], manifest: '{not json' };
  const badManifest = compiler.compile('x');
  expect(badManifest.ok).toBe(false);
  expect(badManifest.diagnostics[0].message).toMatch(/^internal compiler error/);

  next = { ok: true, wasm: null, diagnostics: [], manifest: '{}' };
  expect(compiler.compile('x').ok).toBe(false);

  next = undefined;
  expect(compiler.compile('x').ok).toBe(false);
});

test('arguments are validated', async () => {
  const compiler = await createCompiler({ moduleFactory: fakeFactory(() => ({ ok: false, diagnostics: [] })) });
  expect(() => compiler.compile(/** @type {any} */ (1))).toThrow(TypeError);
  expect(() => compiler.compile('x', /** @type {any} */ ('main.go'))).toThrow(TypeError);
  expect(() => compiler.compile('x', /** @type {any} */ (null))).toThrow(TypeError);
  expect(() => compiler.compile('x', /** @type {any} */ ({ filename: 1 }))).toThrow(TypeError);
  await expect(createCompiler(/** @type {any} */ (5))).rejects.toThrow(TypeError);
});
