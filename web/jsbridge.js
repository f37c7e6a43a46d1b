// The host side of syscall/js for the js target (cpp/runtime/syscall/js): a table of JS values
// that Go holds by handle. Handles 0–4 are undefined, null, true, false and the global object;
// Go releases every other handle when the collector frees the Value that held it.

const FIRST_FREE = 5;
const NOT_A_FUNCTION = -0x7fffffff;
const TYPES = ['undefined', 'null', 'boolean', 'number', 'string', 'symbol', 'object', 'function'];

/**
 * @param {() => WebAssembly.Instance | null} instance
 * @param {object} [global] what js.Global() is (default globalThis)
 */
export function jsBridgeImports(instance, global = globalThis) {
  /** @type {any[]} */
  const values = [undefined, null, true, false, global];
  /** @type {number[]} */
  const free = [];
  /** The arguments of the callbacks running now, innermost last. */
  /** @type {any[][]} */
  const callbackArgs = [];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let pendingString = new Uint8Array(0);
  /** Turns a trap inside a callback into what JS should see (instantiate's onTrap). */
  let onTrap = (/** @type {unknown} */ err) => err;

  /** @param {any} v */
  const store = (v) => {
    if (v === undefined) return 0;
    if (v === null) return 1;
    if (v === true) return 2;
    if (v === false) return 3;
    if (v === global) return 4;
    const id = free.length ? /** @type {number} */ (free.pop()) : values.length;
    values[id] = v;
    return id;
  };
  const memory = () => /** @type {WebAssembly.Memory} */ (instance()?.exports.memory);
  const bytes = (/** @type {number} */ p, /** @type {number} */ n) => new Uint8Array(memory().buffer, p >>> 0, n >>> 0);
  const text = (/** @type {number} */ p, /** @type {number} */ n) => decoder.decode(bytes(p, n));
  const args = (/** @type {number} */ p, /** @type {number} */ n) => {
    const ids = new Int32Array(memory().buffer, p >>> 0, n);
    return Array.from(ids, (id) => values[id]);
  };
  /** Runs f, returning its result's handle, or the negated handle of what it threw. */
  const guarded = (/** @type {() => any} */ f) => {
    try {
      return store(f());
    } catch (err) {
      return -store(err);
    }
  };
  const isBytes = (/** @type {any} */ v) => v instanceof Uint8Array || v instanceof Uint8ClampedArray;

  const imports = {
    get: (/** @type {number} */ v, /** @type {number} */ p, /** @type {number} */ n) => store(values[v][text(p, n)]),
    set: (/** @type {number} */ v, /** @type {number} */ p, /** @type {number} */ n, /** @type {number} */ x) => {
      values[v][text(p, n)] = values[x];
    },
    delete: (/** @type {number} */ v, /** @type {number} */ p, /** @type {number} */ n) => {
      delete values[v][text(p, n)];
    },
    index: (/** @type {number} */ v, /** @type {number} */ i) => store(values[v][i]),
    setIndex: (/** @type {number} */ v, /** @type {number} */ i, /** @type {number} */ x) => {
      values[v][i] = values[x];
    },
    length: (/** @type {number} */ v) => Number(values[v].length) | 0,
    call: (/** @type {number} */ v, /** @type {number} */ p, /** @type {number} */ n, /** @type {number} */ a, /** @type {number} */ argc) => {
      const target = values[v];
      const method = target[text(p, n)];
      if (typeof method !== 'function') return NOT_A_FUNCTION;
      const list = args(a, argc);
      return guarded(() => Reflect.apply(method, target, list));
    },
    invoke: (/** @type {number} */ v, /** @type {number} */ a, /** @type {number} */ argc) => {
      const list = args(a, argc);
      return guarded(() => Reflect.apply(values[v], undefined, list));
    },
    new: (/** @type {number} */ v, /** @type {number} */ a, /** @type {number} */ argc) => {
      const list = args(a, argc);
      return guarded(() => Reflect.construct(values[v], list));
    },
    float: (/** @type {number} */ v) => Number(values[v]),
    fromFloat: (/** @type {number} */ f) => store(f),
    fromString: (/** @type {number} */ p, /** @type {number} */ n) => store(text(p, n)),
    // String(v)'s UTF-8 bytes, kept for the stringCopy that follows.
    stringLength: (/** @type {number} */ v) => {
      pendingString = encoder.encode(String(values[v]));
      return pendingString.length;
    },
    stringCopy: (/** @type {number} */ p, /** @type {number} */ n) => {
      bytes(p, n).set(pendingString.subarray(0, n));
      pendingString = new Uint8Array(0);
    },
    truthy: (/** @type {number} */ v) => (values[v] ? 1 : 0),
    type: (/** @type {number} */ v) => {
      const x = values[v];
      return x === null ? 1 : TYPES.indexOf(typeof x === 'bigint' ? 'number' : typeof x);
    },
    equal: (/** @type {number} */ a, /** @type {number} */ b) => (values[a] === values[b] ? 1 : 0),
    instanceOf: (/** @type {number} */ v, /** @type {number} */ t) => (values[v] instanceof values[t] ? 1 : 0),
    release: (/** @type {number} */ v) => {
      if (v >= FIRST_FREE && v < values.length) {
        values[v] = undefined;
        free.push(v);
      }
    },
    // A JS function that calls the Go function registered as id (gomethod_js_callback).
    makeFunc: (/** @type {number} */ id) =>
      store(function (/** @type {any[]} */ ...list) {
        const callback = /** @type {Function} */ (instance()?.exports.gomethod_js_callback);
        callbackArgs.push(list);
        const self = store(this);
        try {
          return values[callback(id, self, list.length)];
        } catch (err) {
          throw onTrap(err);
        } finally {
          callbackArgs.pop();
        }
      }),
    array: (/** @type {number} */ n) => store(new Array(n)),
    object: () => store({}),
    callbackArg: (/** @type {number} */ i) => store(callbackArgs[callbackArgs.length - 1]?.[i]),
    copyBytesToGo: (/** @type {number} */ p, /** @type {number} */ n, /** @type {number} */ src) => {
      const from = values[src];
      if (!isBytes(from)) return -1;
      const k = Math.min(n, from.length);
      bytes(p, k).set(from.subarray(0, k));
      return k;
    },
    copyBytesToJS: (/** @type {number} */ dst, /** @type {number} */ p, /** @type {number} */ n) => {
      const to = values[dst];
      if (!isBytes(to)) return -1;
      const k = Math.min(n, to.length);
      to.set(bytes(p, k));
      return k;
    },
  };
  return {
    imports: { 'gomethod.js': imports },
    /** How many JS values Go holds now (handles not yet released). */
    liveHandles: () => values.length - FIRST_FREE - free.length,
    /** A handle for v (js.Value arguments of exports). */
    store,
    /** @param {number} id */
    value: (id) => values[id],
    /** @param {(err: unknown) => unknown} handler */
    handleTraps: (handler) => {
      onTrap = handler;
    },
  };
}
