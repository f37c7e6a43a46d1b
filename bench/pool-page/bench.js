// bench/pool.bench.js opens this page in Chromium: round-trip latency of a trivial call through
// WorkerPool and through Comlink on the same worker setup (one module worker each, sequential
// awaits), and the throughput of a CPU-bound kernel with 1 and 2 workers. Results go to
// window.__bench.
import * as Comlink from '../../node_modules/comlink/dist/esm/comlink.mjs';
import { createCompiler, WorkerPool } from '../../web/index.js';

const SOURCE = await (await fetch(new URL('../../web/demo/kernels.go', import.meta.url))).text() + `
//export Add
func Add(a, b int32) int32 { return a + b }
`;

function percentiles(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

async function latency(callAdd, n = 3000) {
  for (let i = 0; i < 2000; i++) await callAdd(i); // past the JIT tiers of both sides
  const xs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await callAdd(i);
    xs.push(performance.now() - t0);
  }
  return percentiles(xs);
}

const out = (await createCompiler()).compile(SOURCE, { filename: 'kernels.go' });
if (!out.ok) throw new Error(JSON.stringify(out.diagnostics));
const module = await WebAssembly.compile(out.wasm);

const pool = await WorkerPool.create(module, out.manifest, { size: 1 });
const poolLatency = await latency((i) => pool.exports.Add(i, 1));
await pool.terminate();

const worker = new Worker(new URL('comlink-worker.js', import.meta.url), { type: 'module' });
const remote = Comlink.wrap(worker);
await remote.init(module, out.manifest);
const comlinkLatency = await latency((i) => remote.call('Add', [i, 1]));
worker.terminate();

async function throughput(size) {
  const p = await WorkerPool.create(module, out.manifest, { size });
  const calls = 48;
  await Promise.all(Array.from({ length: size * 2 }, () => p.exports.SortRandom(100_000, 1)));
  const t0 = performance.now();
  await Promise.all(Array.from({ length: calls }, (_, i) => p.exports.SortRandom(100_000, i + 1)));
  const ms = performance.now() - t0;
  await p.terminate();
  return { ms, callsPerSecond: (calls / ms) * 1000 };
}
const one = await throughput(1);
const two = await throughput(2);

window.__bench = { poolLatency, comlinkLatency, one, two, cores: navigator.hardwareConcurrency, isolated: crossOriginIsolated };
document.getElementById('out').textContent = JSON.stringify(window.__bench, null, 2);
document.body.dataset.state = 'done';
