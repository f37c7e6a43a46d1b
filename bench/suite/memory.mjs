// Section 2, memory: per path (and per memory model for gomethod's paths) the module's size raw,
// gzip -9 and brotli -11 (node:zlib), the JS glue an anchor needs besides its .wasm (the
// loader's extraBytes; compressed here from the files in GLUE_FILES), reported separately and
// added in a second total, and the linear memory the instance holds after loading and its first
// call. Also what gomethod itself ships, once per page: the compiler (dist/gomethodc.wasm and its
// loader) when the page compiles Go, and the JS API (web/, worker/) that instantiates modules.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) sizes. @param {Uint8Array | null | undefined} bytes */
export function sizes(bytes) {
  if (!bytes || !bytes.length) return { raw: 0, gzip: 0, brotli: 0 };
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

/**
 * The JS an anchor ships besides its .wasm (the loader reports only its length, extraBytes): the
 * Emscripten glue, Go's wasm_exec.js, asc's bindings; plain JS's whole program is its kernels.js.
 */
export const GLUE_FILES = {
  aot: ['dist/aot/kernels.mjs'],
  stdgo: ['bench/kernels/out/wasm_exec.js'],
  assemblyscript: ['bench/kernels/out/assemblyscript.js'],
  plainjs: ['bench/kernels/kernels.js'],
};

/** The glue's bytes, when its files exist. @param {string} repoRoot @param {string} p */
function glueBytes(repoRoot, p) {
  const files = GLUE_FILES[/** @type {keyof typeof GLUE_FILES} */ (p)];
  if (!files) return null;
  try {
    return new Uint8Array(Buffer.concat(files.map((f) => fs.readFileSync(path.join(repoRoot, f)))));
  } catch {
    return null;
  }
}

/** gomethod's JS API as a page loads it (web/**\/*.js without the demo, worker/*.js). @param {string} repoRoot */
function runtimeBytes(repoRoot) {
  /** @type {Buffer[]} */
  const parts = [];
  const walk = (/** @type {string} */ dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'demo') walk(f);
      } else if (e.name.endsWith('.js')) parts.push(fs.readFileSync(f));
    }
  };
  for (const d of ['web', 'worker']) if (fs.existsSync(path.join(repoRoot, d))) walk(path.join(repoRoot, d));
  return new Uint8Array(Buffer.concat(parts));
}

/** @param {any} ctx */
export async function run(ctx) {
  const { kernels } = ctx;
  const rows = [];
  for (const p of kernels.PATHS) {
    const gomethod = kernels.PATH_INFO[p]?.kind === 'gomethod';
    for (const gc of gomethod ? ['conservative', 'leaking'] : [null]) {
      try {
        const loaded = await kernels.loadPath(p, gc ? { gc } : {});
        const glue = glueBytes(ctx.repoRoot, p);
        const extra = typeof loaded.extraBytes === 'number' ? loaded.extraBytes : glue?.length ?? 0;
        rows.push({
          path: p,
          gc,
          wasm: sizes(loaded.wasmBytes),
          glue: glue ? sizes(glue) : { raw: extra, gzip: null, brotli: null },
          memoryAfterFirstCall: loaded.memoryBytes(),
          ...(loaded.target !== undefined ? { target: loaded.target } : {}),
        });
        loaded.dispose();
      } catch (err) {
        const message = /** @type {Error} */ (err).message;
        rows.push({ path: p, gc, error: message });
        ctx.results.failures.push({ section: 'memory', kind: 'load', path: p, message: `${p}${gc ? ` (${gc})` : ''}: ${message}` });
      }
    }
  }
  const dist = path.join(ctx.repoRoot, 'dist');
  const read = (/** @type {string} */ f) => (fs.existsSync(path.join(dist, f)) ? new Uint8Array(fs.readFileSync(path.join(dist, f))) : null);
  const compiler = { wasm: sizes(read('gomethodc.wasm')), glue: sizes(read('gomethodc.mjs')), runtime: sizes(runtimeBytes(ctx.repoRoot)) };
  return { rows, compiler };
}
