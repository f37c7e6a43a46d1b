// Turns whatever the embind layer returns into plain, copied JS values, so results stay valid
// after the compiler's linear memory grows or its instance is replaced.

/**
 * @typedef {object} Diagnostic
 * @property {string} file
 * @property {number} line 1-based; 0 when the position is unknown
 * @property {number} column 1-based; 0 when the position is unknown
 * @property {string} message
 */

/**
 * @typedef {object} CompileResult
 * @property {boolean} ok
 * @property {Uint8Array | null} wasm the compiled module (a copy owned by the caller)
 * @property {Diagnostic[]} diagnostics
 * @property {Record<string, any> | null} manifest the parsed ABI manifest
 */

/**
 * @param {string} file
 * @param {string} message
 * @returns {CompileResult}
 */
export function failure(file, message) {
  return { ok: false, wasm: null, diagnostics: [{ file, line: 0, column: 0, message }], manifest: null };
}

/**
 * Copies an embind vector or a JS array into a plain array.
 * @param {any} list
 * @returns {any[]}
 */
function toArray(list) {
  if (list == null) return [];
  if (Array.isArray(list)) return list.slice();
  if (typeof list.size === 'function' && typeof list.get === 'function') {
    const out = [];
    const n = list.size();
    for (let i = 0; i < n; i++) out.push(list.get(i));
    if (typeof list.delete === 'function') list.delete();
    return out;
  }
  if (typeof list.length === 'number') return Array.from(list);
  throw new TypeError('diagnostics is not a list');
}

/** @param {any} n */
function toPosition(n) {
  const v = Number(n);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

/**
 * @param {any} d
 * @param {string} filename
 * @returns {Diagnostic}
 */
function toDiagnostic(d, filename) {
  const out = {
    file: d?.file != null && d.file !== '' ? String(d.file) : filename,
    line: toPosition(d?.line),
    column: toPosition(d?.column),
    message: d?.message != null ? String(d.message) : 'unknown error',
  };
  if (d && typeof d.delete === 'function') d.delete();
  return out;
}

/**
 * @param {any} bytes
 * @returns {Uint8Array | null}
 */
function copyBytes(bytes) {
  if (bytes == null) return null;
  if (ArrayBuffer.isView(bytes)) {
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
  }
  if (bytes instanceof ArrayBuffer || Array.isArray(bytes)) return new Uint8Array(bytes);
  throw new TypeError('wasm is not a byte array');
}

/**
 * @param {any} manifest
 * @returns {Record<string, any> | null}
 */
function parseManifest(manifest) {
  if (manifest == null || manifest === '') return null;
  if (typeof manifest === 'string') return JSON.parse(manifest);
  if (typeof manifest === 'object') return JSON.parse(JSON.stringify(manifest));
  throw new TypeError('manifest is neither JSON text nor an object');
}

/**
 * @param {any} raw the value returned by the embind `compile`
 * @param {string} filename
 * @returns {CompileResult}
 */
export function normalizeResult(raw, filename) {
  if (raw == null || typeof raw !== 'object') throw new TypeError('result is not an object');
  try {
    const diagnostics = toArray(raw.diagnostics).map((d) => toDiagnostic(d, filename));
    const ok = raw.ok === true;
    if (!ok) {
      if (diagnostics.length === 0) diagnostics.push(...failure(filename, 'compilation failed').diagnostics);
      return { ok: false, wasm: null, diagnostics, manifest: null };
    }
    const wasm = copyBytes(raw.wasm);
    if (!wasm || wasm.length === 0) throw new TypeError('ok result without a wasm module');
    return { ok: true, wasm, diagnostics, manifest: parseManifest(raw.manifest) };
  } finally {
    if (typeof raw.delete === 'function') raw.delete();
  }
}
