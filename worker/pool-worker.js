// A WorkerPool worker (web/pool.js): instantiates the pool's WebAssembly.Module once, then runs
// the calls it is sent, one at a time, posting each result as soon as it is known (so that a
// call that is cut short never takes finished ones with it).
//
//   ← {type: 'init', module, manifest}            → {type: 'ready'} | {type: 'init-error', error}
//   ← {type: 'calls', calls: [{id, name, args, sent}]}
//   → {type: 'result', id, ok, value | error, received, started, finished}
//   → {type: 'fatal', id}   after a fatal error: the instance may be damaged, replace this worker
import { instantiate } from '../web/index.js';

/** @type {import('../web/instantiate.js').GoModule | null} */
let mod = null;
const now = () => performance.timeOrigin + performance.now();

/** @param {unknown} err */
function serializeError(err) {
  const e = /** @type {any} */ (err);
  return {
    name: e?.name ?? 'Error',
    message: String(e?.message ?? e),
    goMessage: e?.goMessage,
    kind: e?.kind,
  };
}

self.onmessage = async (/** @type {MessageEvent} */ event) => {
  const msg = event.data;
  if (msg.type === 'init') {
    try {
      mod = await instantiate(msg.module, msg.manifest, { stdout: () => {}, stderr: () => {} });
      self.postMessage({ type: 'ready' });
    } catch (err) {
      self.postMessage({ type: 'init-error', error: serializeError(err) });
    }
    return;
  }
  if (msg.type !== 'calls' || !mod) return;
  const received = now();
  for (const call of msg.calls) {
    const started = now();
    const fn = /** @type {any} */ (mod.exports)[call.name];
    let reply;
    try {
      if (typeof fn !== 'function') throw new TypeError(`WorkerPool: the module has no export ${call.name}`);
      const value = fn(...call.args);
      reply = { type: 'result', id: call.id, ok: true, value };
    } catch (err) {
      reply = { type: 'result', id: call.id, ok: false, error: serializeError(err) };
    }
    reply.received = received;
    reply.started = started;
    reply.finished = now();
    try {
      self.postMessage(reply, transferables(reply.value));
    } catch (err) {
      self.postMessage({ ...reply, ok: false, value: undefined, error: serializeError(err) });
    }
    if (!reply.ok && reply.error.name === 'GoPanic' && reply.error.kind === 'fatal') {
      self.postMessage({ type: 'fatal', id: call.id });
      return; // the rest of the batch goes back to the pool's queue
    }
  }
};

/** Typed-array results are moved, not copied: the worker has no further use for them. */
function transferables(value) {
  const out = [];
  const visit = (/** @type {any} */ v, /** @type {number} */ depth) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      // (Never the module's own memory: a view into it is not the worker's to give away.)
      if (v.buffer instanceof ArrayBuffer && v.buffer !== mod?.memory?.buffer && !out.includes(v.buffer)) out.push(v.buffer);
      return;
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x, depth + 1);
  };
  visit(value, 0);
  return out;
}
