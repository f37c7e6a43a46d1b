// WorkerPool: calls into a compiled Go module on a pool of module workers, off the main thread.
//
//   const pool = await WorkerPool.create(out, { size: navigator.hardwareConcurrency });
//   const r = await pool.exports.Mandelbrot(tile);          // Promise of what instantiate() returns
//   await pool.call('Sum', [arr], { transfer: true, signal, timeout: 500 });
//   pool.stats(); await pool.terminate();
//
// The WebAssembly.Module is compiled once and posted to every worker; each worker instantiates it
// (worker/pool-worker.js). Calls wait in one FIFO queue and go to the least busy ready worker;
// several queued calls travel in one message (batching). A call that overruns its timeout or is
// aborted while running costs its worker: the worker is terminated and replaced, and the calls it
// had not started go back to the front of the queue. Every call settles exactly once.

import { GoError, GoPanic, describe } from './errors.js';

const now = () => performance.timeOrigin + performance.now();

/** The error of a call cut short by its timeout. */
export class TimeoutError extends Error {}
TimeoutError.prototype.name = 'TimeoutError';

/** The error of a call rejected because the pool's queue is full (policy 'reject'). */
export class QueueFullError extends Error {}
QueueFullError.prototype.name = 'QueueFullError';

/** @param {any} e */
function reviveError(e) {
  if (e?.name === 'GoPanic') return new GoPanic(e.goMessage ?? e.message, { kind: e.kind });
  if (e?.name === 'GoError') return new GoError(e.goMessage ?? e.message);
  const Ctor = { TypeError, RangeError }[e?.name] ?? Error;
  return new Ctor(e?.message ?? String(e));
}

function abortError(signal) {
  const reason = signal?.reason;
  if (reason instanceof Error) return reason;
  return new DOMException('The call was aborted', 'AbortError');
}

/** Percentiles of the last samples of one measurement. */
class Series {
  constructor(limit = 10_000) {
    this.limit = limit;
    /** @type {number[]} */
    this.values = [];
    this.next = 0;
  }
  /** @param {number} v */
  add(v) {
    if (this.values.length < this.limit) this.values.push(v);
    else this.values[this.next++ % this.limit] = v;
  }
  summary() {
    const s = [...this.values].sort((a, b) => a - b);
    const at = (/** @type {number} */ q) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0);
    return { count: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  }
}

/**
 * @typedef {object} PoolOptions
 * @property {number} [size] workers (default: navigator.hardwareConcurrency, at most 8)
 * @property {number} [maxQueue] calls that may wait (default 10000)
 * @property {'reject' | 'wait'} [queuePolicy] when the queue is full: reject the call with
 *   QueueFullError (default), or let the caller wait for room
 * @property {number} [batch] most calls sent to a worker in one message (default 32)
 * @property {number} [timeout] default per-call timeout in ms (none by default)
 * @property {URL | string} [workerURL] the worker script (default: worker/pool-worker.js of this package)
 */

/**
 * @typedef {object} CallOptions
 * @property {boolean} [transfer] move the arguments' ArrayBuffers to the worker instead of copying
 * @property {AbortSignal} [signal] abort while queued or running
 * @property {number} [timeout] ms from the call: a queued call is dropped, a running one loses its worker
 */

export class WorkerPool {
  /** @type {any} */ #manifest;
  /** @type {WebAssembly.Module} */ #module;
  /** @type {any[]} */ #workers = [];
  /** @type {any[]} */ #queue = [];
  /** @type {any[]} */ #waiting = [];
  /** @type {Required<Omit<PoolOptions, 'timeout' | 'workerURL'>> & PoolOptions} */ #options;
  #nextId = 1;
  #closed = false;
  #stats = { queueWait: new Series(), transfer: new Series(), execute: new Series(), roundTrip: new Series() };
  #counts = { completed: 0, failed: 0, timedOut: 0, aborted: 0, rejected: 0, respawned: 0 };
  #workerURL;

  /**
   * @param {symbol} token
   * @param {WebAssembly.Module} module
   * @param {any} manifest
   * @param {PoolOptions} options
   */
  constructor(token, module, manifest, options) {
    if (token !== CREATE) throw new TypeError('use WorkerPool.create(out, options)');
    this.#module = module;
    this.#manifest = manifest;
    const hw = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    this.#options = { size: Math.min(hw, 8), maxQueue: 10_000, queuePolicy: 'reject', batch: 32, ...options };
    this.#workerURL = options.workerURL ?? null;
    /** Promise-returning functions, one per export of the module: `pool.exports.Sum(xs)`. */
    this.exports = Object.freeze(
      Object.fromEntries((manifest.exports ?? []).map((/** @type {any} */ e) => [e.name, (/** @type {any[]} */ ...args) => this.call(e.name, args)])),
    );
  }

  /**
   * Starts the workers; resolves once every one has instantiated the module.
   * @param {any} source a compile result ({wasm, manifest}), or a WebAssembly.Module / bytes
   * @param {any} [manifestOrOptions] the manifest when source is a module or bytes
   * @param {PoolOptions} [maybeOptions]
   * @returns {Promise<WorkerPool>}
   */
  static async create(source, manifestOrOptions, maybeOptions) {
    let wasm;
    let manifest;
    let options;
    if (source && typeof source === 'object' && 'manifest' in source && 'wasm' in source) {
      if (!source.ok && source.ok !== undefined) throw new TypeError('WorkerPool.create: the compile failed (out.ok is false)');
      wasm = source.wasm;
      manifest = source.manifest;
      options = manifestOrOptions ?? {};
    } else {
      wasm = source;
      manifest = typeof manifestOrOptions === 'string' ? JSON.parse(manifestOrOptions) : manifestOrOptions;
      options = maybeOptions ?? {};
    }
    if (!manifest || !Array.isArray(manifest.exports)) throw new TypeError(`WorkerPool.create: expected a manifest, got ${describe(manifest)}`);
    const size = options.size ?? 1;
    if (options.size !== undefined && (!Number.isInteger(size) || size < 1 || size > 64)) {
      throw new RangeError(`WorkerPool.create: size must be an integer from 1 to 64, got ${describe(options.size)}`);
    }
    const module = wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm);
    const pool = new WorkerPool(CREATE, module, manifest, options);
    await Promise.all(Array.from({ length: pool.#options.size }, () => pool.#spawn()));
    return pool;
  }

  /**
   * Calls export `name` with `args` on a worker.
   * @param {string} name
   * @param {any[]} [args]
   * @param {CallOptions} [options]
   * @returns {Promise<any>}
   */
  call(name, args = [], options = {}) {
    if (this.#closed) return Promise.reject(new Error('WorkerPool: the pool was terminated'));
    if (typeof name !== 'string' || !this.#manifest.exports.some((/** @type {any} */ e) => e.name === name)) {
      return Promise.reject(new TypeError(`WorkerPool: the module has no export ${describe(name)}`));
    }
    if (!Array.isArray(args)) return Promise.reject(new TypeError(`WorkerPool: args must be an array, got ${describe(args)}`));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const call = {
        id: this.#nextId++, name, args, resolve, reject, settled: false,
        transfer: options.transfer === true ? collectBuffers(args) : [],
        enqueued: now(), dispatched: 0, worker: /** @type {any} */ (null), timer: 0, signal, onAbort: /** @type {any} */ (null),
      };
      const timeout = options.timeout ?? this.#options.timeout;
      if (timeout !== undefined) {
        if (!(timeout > 0)) {
          reject(new RangeError(`WorkerPool: timeout must be a positive number of ms, got ${describe(timeout)}`));
          return;
        }
        call.timer = setTimeout(() => this.#cancel(call, new TimeoutError(`WorkerPool: ${name} timed out after ${timeout} ms`), 'timedOut'), timeout);
      }
      if (signal) {
        call.onAbort = () => this.#cancel(call, abortError(signal), 'aborted');
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      if (this.#queue.length >= this.#options.maxQueue) {
        if (this.#options.queuePolicy === 'wait') {
          this.#waiting.push(call);
          return;
        }
        this.#settle(call, false, new QueueFullError(`WorkerPool: the queue is full (${this.#options.maxQueue} calls waiting)`));
        this.#counts.rejected++;
        return;
      }
      this.#queue.push(call);
      this.#pump();
    });
  }

  /** Queue, worker and timing figures; times in ms over the last 10,000 calls. */
  stats() {
    return {
      workers: this.#workers.length,
      busy: this.#workers.filter((w) => w.inFlight.size > 0).length,
      queued: this.#queue.length,
      waiting: this.#waiting.length,
      ...this.#counts,
      queueWait: this.#stats.queueWait.summary(),
      transfer: this.#stats.transfer.summary(),
      execute: this.#stats.execute.summary(),
      roundTrip: this.#stats.roundTrip.summary(),
    };
  }

  /** Stops every worker; calls not yet settled reject. */
  async terminate() {
    this.#closed = true;
    const error = new Error('WorkerPool: the pool was terminated');
    for (const w of this.#workers) {
      w.worker.terminate();
      for (const call of w.inFlight.values()) this.#settle(call, false, error);
    }
    this.#workers = [];
    for (const call of [...this.#queue, ...this.#waiting]) this.#settle(call, false, error);
    this.#queue = [];
    this.#waiting = [];
  }

  // ---- workers -------------------------------------------------------------------------------

  /** @returns {Promise<void>} */
  #spawn() {
    // The literal `new Worker(new URL(…, import.meta.url))` form is what bundlers (Vite, webpack)
    // recognize and bundle as a worker entry.
    const worker = this.#workerURL
      ? new Worker(this.#workerURL, { type: 'module', name: 'gomethod-pool' })
      : new Worker(new URL('../worker/pool-worker.js', import.meta.url), { type: 'module', name: 'gomethod-pool' });
    const w = { worker, ready: false, inFlight: new Map() };
    this.#workers.push(w);
    return new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type === 'ready') {
          w.ready = true;
          resolve();
          this.#pump();
        } else if (msg.type === 'init-error') {
          this.#remove(w);
          reject(reviveError(msg.error));
        } else if (msg.type === 'result') {
          this.#result(w, msg);
        } else if (msg.type === 'fatal') {
          this.#replace(w, null); // the rest of its batch goes back to the queue
        }
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        if (!w.ready) {
          this.#remove(w);
          reject(new Error(`WorkerPool: the worker failed to start: ${event.message ?? 'error'}`));
          return;
        }
        // A crash: the calls it was running fail (which one crashed cannot be told apart).
        this.#replace(w, new Error(`WorkerPool: the worker crashed: ${event.message ?? 'error'}`));
      };
      worker.postMessage({ type: 'init', module: this.#module, manifest: this.#manifest });
    });
  }

  #remove(w) {
    w.worker.terminate();
    this.#workers = this.#workers.filter((x) => x !== w);
  }

  /**
   * Terminates worker w and starts another. Its calls that never started go back to the front of
   * the queue; `error` (if any) rejects the rest.
   * @param {any} w
   * @param {Error | null} error
   */
  #replace(w, error) {
    this.#remove(w);
    const unstarted = [];
    for (const call of w.inFlight.values()) {
      if (error && !call.settled) this.#settle(call, false, error);
      else if (!call.settled) unstarted.push(call);
    }
    for (const call of unstarted.reverse()) {
      call.worker = null;
      this.#queue.unshift(call);
    }
    if (this.#closed) return;
    this.#counts.respawned++;
    this.#spawn().catch(() => {}); // a worker that cannot start again leaves the pool smaller
  }

  /** Sends queued calls to idle workers (least busy first), a batch per message. */
  #pump() {
    while (this.#waiting.length && this.#queue.length < this.#options.maxQueue) this.#queue.push(this.#waiting.shift());
    if (!this.#queue.length) return;
    const idle = this.#workers.filter((w) => w.ready && w.inFlight.size === 0);
    for (const w of idle) {
      if (!this.#queue.length) break;
      // Share the queue among the idle workers, up to `batch` calls each.
      const n = Math.max(1, Math.min(this.#options.batch, Math.ceil(this.#queue.length / idle.length)));
      const calls = this.#queue.splice(0, n);
      const t = now();
      const transfer = [];
      for (const call of calls) {
        call.worker = w;
        call.dispatched = t;
        w.inFlight.set(call.id, call);
        transfer.push(...call.transfer);
        this.#stats.queueWait.add(t - call.enqueued);
      }
      try {
        w.worker.postMessage({ type: 'calls', calls: calls.map((c) => ({ id: c.id, name: c.name, args: c.args })) }, transfer);
      } catch (err) {
        // An argument that cannot be cloned: those calls fail, nothing was sent.
        for (const call of calls) {
          w.inFlight.delete(call.id);
          this.#settle(call, false, new TypeError(`WorkerPool: ${call.name}: the arguments cannot be sent to a worker: ${/** @type {Error} */ (err).message}`));
        }
      }
    }
    while (this.#waiting.length && this.#queue.length < this.#options.maxQueue) this.#queue.push(this.#waiting.shift());
  }

  #result(w, msg) {
    const call = w.inFlight.get(msg.id);
    if (!call) return;
    w.inFlight.delete(msg.id);
    const t = now();
    // Messages both ways; time a batch spends in the worker before this call starts is queueing.
    this.#stats.transfer.add(Math.max(0, msg.received - call.dispatched) + Math.max(0, t - msg.finished));
    this.#stats.execute.add(msg.finished - msg.started);
    this.#stats.roundTrip.add(t - call.enqueued);
    if (msg.ok) this.#settle(call, true, msg.value);
    else this.#settle(call, false, reviveError(msg.error));
    if (w.inFlight.size === 0) this.#pump();
  }

  /** A call's timeout or abort: dropped from the queue, or its worker replaced if it runs. */
  #cancel(call, error, count) {
    if (call.settled) return;
    this.#counts[count]++;
    const w = call.worker;
    if (!w) {
      this.#queue = this.#queue.filter((c) => c !== call);
      this.#waiting = this.#waiting.filter((c) => c !== call);
      this.#settle(call, false, error);
      return;
    }
    w.inFlight.delete(call.id);
    this.#settle(call, false, error);
    this.#replace(w, null);
    this.#pump();
  }

  #settle(call, ok, value) {
    if (call.settled) return;
    call.settled = true;
    clearTimeout(call.timer);
    call.signal?.removeEventListener('abort', call.onAbort);
    if (ok) {
      this.#counts.completed++;
      call.resolve(value);
    } else {
      this.#counts.failed++;
      call.reject(value);
    }
  }
}

const CREATE = Symbol('WorkerPool.create');

/** The ArrayBuffers under the arguments' typed arrays (what transfer: true moves). */
function collectBuffers(args) {
  const out = [];
  const visit = (/** @type {any} */ v, /** @type {number} */ depth) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (v instanceof ArrayBuffer) {
      if (!out.includes(v)) out.push(v);
    } else if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) out.push(v.buffer);
    } else {
      for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x, depth + 1);
    }
  };
  visit(args, 0);
  return out;
}
