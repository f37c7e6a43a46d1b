// Binaryen in the browser, under the strict CSP: compile({ opt: 3, wat: true }) on the main thread
// (the optimization goes to worker/optimize-worker.js; a heartbeat measures how long the main
// thread was blocked meanwhile), then the same through the compile worker at -Oz. The findings go
// to window.__optReport; body[data-state] becomes "done" (or "error").
import { createCompiler, instantiate } from '../../../web/index.js';

const SOURCE = `package main

//export add
func add(a, b int32) int32 { return a + b }

//export Sum
func Sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}
`;
// Served from the repository root: the page points the optimizer at the package's copy (a
// bundler would resolve import('binaryen') by itself).
const BINARYEN = '/node_modules/binaryen/index.js';

/** Longest gap between 4 ms ticks while `work` runs: how long the main thread was blocked. */
async function blockedWhile(/** @type {() => Promise<any>} */ work) {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 4);
  const t0 = performance.now();
  try {
    const value = await work();
    return { value, maxGap, elapsed: performance.now() - t0 };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const compiler = await createCompiler({ binaryen: BINARYEN });
  const plain = compiler.compile(SOURCE);
  const pending = compiler.compile(SOURCE, { opt: 3, wat: true }); // the Go compile itself is synchronous
  const { value: out, maxGap, elapsed } = await blockedWhile(() => pending);
  const mod = await instantiate(out);

  const inWorker = await createCompiler({ worker: true, binaryen: BINARYEN });
  const small = await inWorker.compile(SOURCE, { opt: 'z', wat: true });
  const smallMod = await instantiate(small);
  inWorker.terminate();

  return {
    returnedPromise: pending instanceof Promise,
    ok: out.ok,
    opt: out.opt,
    plainSize: plain.wasm.length,
    size: out.wasm.length,
    watStart: out.wat.slice(0, 8),
    watHasNames: out.wat.includes('(func $Sum '),
    add: mod.exports.add(2, 3),
    sum: mod.exports.Sum(new Float64Array([1.5, 2.5, 3])),
    maxGap,
    elapsed,
    worker: { ok: small.ok, opt: small.opt, size: small.wasm.length, watStart: small.wat.slice(0, 8), add: smallMod.exports.add(40, 2) },
  };
}

main().then(
  (report) => {
    window.__optReport = report;
    document.getElementById('report').textContent = JSON.stringify(report, null, 2);
    document.body.dataset.state = 'done';
  },
  (err) => {
    document.getElementById('report').textContent = String(err?.stack ?? err);
    document.body.dataset.state = 'error';
  },
);
