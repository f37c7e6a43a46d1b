// WorkerPool in Chromium, under the strict CSP: compiles Go in the page, starts pools and checks
// scheduling, timeouts, cancellation, respawning after a fatal error, a full queue, transfer, the
// compile worker, and that 10,000 calls all settle exactly once. tests/browser/pool.spec.js reads
// window.__poolResults.
import { createCompiler, GoPanic, QueueFullError, TimeoutError, WorkerPool } from '../../../web/index.js';

const SOURCE = `package main

//export Add
func Add(a, b int32) int32 { return a + b }

//export Spin
func Spin(n int32) int32 {
	for {
		n++
	}
}

//export Recurse
func Recurse(n int) int { return Recurse(n+1) + 1 }

//export Fail
func Fail(i int) int {
	xs := []int{1}
	return xs[i]
}

// Closures and interface values kept between calls, and garbage that forces collections.
type shape interface{ Area() int }
type rect struct{ w, h int }

func (r rect) Area() int { return r.w * r.h }

var (
	adders []func(int) int
	shapes []shape
)

//export Keep
func Keep(k int) int {
	adders = append(adders, func(x int) int { return x + k })
	shapes = append(shapes, rect{k, 2})
	return len(adders)
}

//export Churn
func Churn(mb int) int {
	n := 0
	for i := 0; i < mb*16; i++ {
		b := make([]*rect, 8192) // 32 KB of pointers, garbage at once
		b[i%len(b)] = &rect{i, 1}
		n += b[i%len(b)].w & 1
	}
	return n
}

//export Apply
func Apply(x int) int {
	s := 0
	for i, f := range adders {
		s += f(x) + shapes[i].Area()
	}
	return s
}

//export Sum
func Sum(b []byte) int {
	s := 0
	for _, x := range b {
		s += int(x)
	}
	return s
}
`;

/** @type {Array<{ name: string, ok: boolean, error?: string }>} */
const results = [];
/** @type {any} */
let out;

/** @param {unknown} actual @param {unknown} expected @param {string} [what] */
function eq(actual, expected, what = '') {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what ? `${what}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** @param {Promise<unknown>} p @param {Function} Ctor @param {string} [text] */
async function rejects(p, Ctor, text = '') {
  const err = await p.then(() => null, (e) => e);
  if (!(err instanceof Ctor)) throw new Error(`expected ${Ctor.name}, got ${err?.constructor?.name ?? 'a fulfilled promise'}: ${err?.message}`);
  if (text && !String(err.message).includes(text)) throw new Error(`expected ${Ctor.name} with ${text}, got: ${err.message}`);
  return err;
}

const checks = {
  async 'calls run on the workers; panics arrive as GoPanic; the pool keeps serving'() {
    const pool = await WorkerPool.create(out, { size: 2 });
    eq(await pool.exports.Add(2, 3), 5);
    eq(await pool.call('Add', [40, 2]), 42);
    const err = await rejects(pool.exports.Fail(3), GoPanic, 'index out of range [3] with length 1');
    eq(err.goMessage, 'runtime error: index out of range [3] with length 1');
    eq(await pool.exports.Add(1, 1), 2);
    await rejects(pool.call('Nope', []), TypeError, 'no export');
    await rejects(pool.exports.Add('x', 1), TypeError, 'Add: argument a (int32)');
    const s = pool.stats();
    eq([s.workers, s.completed >= 2, s.roundTrip.count >= 4, s.execute.p99 >= 0], [2, true, true, true]);
    await pool.terminate();
    await rejects(pool.exports.Add(1, 2), Error, 'terminated');
  },

  async 'a running call that overruns its timeout loses its worker; other calls go on'() {
    const pool = await WorkerPool.create(out, { size: 2 });
    const spin = pool.call('Spin', [0], { timeout: 200 });
    const others = Array.from({ length: 20 }, (_, i) => pool.exports.Add(i, 1));
    await rejects(spin, TimeoutError, 'Spin timed out after 200 ms');
    eq(await Promise.all(others), Array.from({ length: 20 }, (_, i) => i + 1));
    eq(pool.stats().respawned, 1);
    eq(await pool.exports.Add(2, 2), 4); // the replacement serves
    await pool.terminate();
  },

  async 'queued calls can be aborted; a running one too'() {
    const pool = await WorkerPool.create(out, { size: 1, batch: 1 });
    const running = new AbortController();
    const spin = pool.call('Spin', [0], { signal: running.signal });
    const queued = new AbortController();
    const dropped = [pool.call('Add', [1, 1], { signal: queued.signal }), pool.call('Add', [2, 2], { signal: queued.signal })];
    const kept = pool.exports.Add(3, 3);
    queued.abort();
    for (const p of dropped) await rejects(p, DOMException, 'aborted');
    running.abort(new Error('stop spinning'));
    await rejects(spin, Error, 'stop spinning');
    eq(await kept, 6);
    const s = pool.stats();
    eq([s.aborted, s.respawned], [3, 1]);
    await rejects(pool.call('Add', [1, 1], { signal: AbortSignal.abort() }), DOMException);
    await pool.terminate();
  },

  async 'a fatal error replaces the worker and no queued call is lost'() {
    const pool = await WorkerPool.create(out, { size: 1, batch: 8 });
    const calls = [pool.exports.Add(1, 0), pool.exports.Recurse(0), pool.exports.Add(2, 0), pool.exports.Add(3, 0)];
    const settled = await Promise.allSettled(calls);
    eq(settled.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const fatal = /** @type {any} */ (settled[1]).reason;
    if (!(fatal instanceof GoPanic) || fatal.kind !== 'fatal') throw new Error(`expected a fatal GoPanic, got ${fatal}`);
    eq(fatal.goMessage, 'fatal error: stack overflow');
    eq([/** @type {any} */ (settled[2]).value, /** @type {any} */ (settled[3]).value], [2, 3]);
    eq(pool.stats().respawned, 1);
    await pool.terminate();
  },

  async 'a full queue rejects (policy reject) or makes callers wait (policy wait)'() {
    const pool = await WorkerPool.create(out, { size: 1, maxQueue: 5, batch: 1 });
    const spin = pool.call('Spin', [0], { timeout: 300 });
    const calls = Array.from({ length: 8 }, (_, i) => pool.exports.Add(i, 0));
    const settled = await Promise.allSettled([spin, ...calls]);
    const full = settled.filter((r) => r.status === 'rejected' && r.reason instanceof QueueFullError);
    eq(full.length, 3);
    eq(settled.filter((r) => r.status === 'fulfilled').length, 5);
    await pool.terminate();
    const patient = await WorkerPool.create(out, { size: 1, maxQueue: 2, queuePolicy: 'wait' });
    eq(await Promise.all(Array.from({ length: 10 }, (_, i) => patient.exports.Add(i, i))), Array.from({ length: 10 }, (_, i) => 2 * i));
    await patient.terminate();
  },

  async 'closures and interfaces kept by Go survive collections between pool calls'() {
    const pool = await WorkerPool.create(out, { size: 1 });
    for (let k = 1; k <= 500; k++) eq(await pool.exports.Keep(k), k);
    await pool.exports.Churn(64); // 64 MB of garbage: many collections
    // Σ (x + k) + Σ 2k for k = 1..500, x = 10
    eq(await pool.exports.Apply(10), 500 * 10 + 3 * (500 * 501) / 2);
    await pool.terminate();
  },

  async '10,000 calls all settle exactly once'() {
    const pool = await WorkerPool.create(out, { size: 2 });
    let settledTwice = 0;
    const seen = new Set();
    const calls = Array.from({ length: 10_000 }, (_, i) =>
      pool.exports.Add(i, 1).then((v) => {
        if (seen.has(i)) settledTwice++;
        seen.add(i);
        return v;
      }),
    );
    const values = await Promise.all(calls);
    eq(values.every((v, i) => v === i + 1), true);
    eq([seen.size, settledTwice, pool.stats().completed], [10_000, 0, 10_000]);
    await pool.terminate();
  },

  async 'transfer moves argument buffers; SharedArrayBuffer is used when isolated'() {
    const pool = await WorkerPool.create(out, { size: 1 });
    const bytes = new Uint8Array(1000).fill(2);
    eq(await pool.call('Sum', [bytes], { transfer: true }), 2000);
    eq(bytes.byteLength, 0); // moved to the worker
    const copy = new Uint8Array(10).fill(1);
    eq(await pool.exports.Sum(copy), 10);
    eq(copy.byteLength, 10);
    if (globalThis.crossOriginIsolated) {
      const shared = new Uint8Array(new SharedArrayBuffer(16)).fill(3);
      eq(await pool.exports.Sum(shared), 48);
    }
    await pool.terminate();
  },

  async 'the compiler runs in a worker with the same API'() {
    const compiler = await createCompiler({ worker: true });
    const good = await compiler.compile(SOURCE, { filename: 'pool.go' });
    eq([good.ok, good.wasm instanceof Uint8Array, typeof good.dts], [true, true, 'string']);
    const bad = await compiler.compile('package main\n\nfunc main() { x := 1 }\n', { filename: 'bad.go' });
    eq([bad.ok, bad.diagnostics[0].line, bad.diagnostics[0].message], [false, 3, 'x declared but not used']);
    const pool = await WorkerPool.create(good, { size: 1 });
    eq(await pool.exports.Add(20, 22), 42);
    await pool.terminate();
    compiler.terminate();
  },
};

async function main() {
  try {
    const compiler = await createCompiler();
    out = compiler.compile(SOURCE, { filename: 'pool.go' });
    if (!out.ok) throw new Error(out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
    results.push({ name: 'compile', ok: true });
    for (const [name, fn] of Object.entries(checks)) {
      try {
        await fn();
        results.push({ name, ok: true });
      } catch (err) {
        results.push({ name, ok: false, error: String(/** @type {any} */ (err)?.stack ?? err) });
      }
    }
  } catch (err) {
    results.push({ name: 'compile', ok: false, error: String(/** @type {any} */ (err)?.stack ?? err) });
  }
  const list = /** @type {HTMLOListElement} */ (document.getElementById('results'));
  for (const r of results) {
    const li = document.createElement('li');
    li.textContent = `${r.ok ? 'ok' : 'FAIL'} ${r.name}${r.error ? `: ${r.error}` : ''}`;
    list.append(li);
  }
  /** @type {HTMLElement} */ (document.getElementById('summary')).textContent =
    `${results.filter((r) => r.ok).length} of ${results.length} passed`;
  /** @type {any} */ (window).__poolResults = results;
  document.body.dataset.state = 'done';
}

main();
