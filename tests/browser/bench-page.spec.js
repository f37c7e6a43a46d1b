// The live benchmark page (web/demo/bench.html) in Chromium under the strict CSP, in quick mode:
// it runs start-up, the kernels on every path the browser can load (outputs cross-checked against
// plain JS before timing) and workers against the main thread, then draws its charts. Checks that
// it finishes, that every cross-check passed, that the numbers are sane (positive, finite) and the
// charts were drawn — never absolute speeds.
import { test, expect } from './fixtures.js';

test('the benchmark page runs its quick mode and draws the charts', async ({ page, problems }) => {
  test.setTimeout(240_000);
  await page.goto('/web/demo/bench.html?quick=1');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'done', { timeout: 220_000 });
  const b = await page.evaluate(() => /** @type {any} */ (window).__bench);

  expect(b.failures).toEqual([]);
  const positive = (/** @type {unknown} */ v) => typeof v === 'number' && Number.isFinite(v) && v > 0;

  // Start-up: every path the browser loaded has positive stage times; plain JS and the gomethod
  // direct path always load.
  const loadedPaths = b.startup.map((/** @type {any} */ r) => r.path);
  expect(loadedPaths).toEqual(expect.arrayContaining(['direct', 'plainjs']));
  for (const r of b.startup) {
    expect(positive(r.totalMs)).toBe(true);
    expect(positive(r.instantiateMs)).toBe(true);
  }
  const direct = b.startup.find((/** @type {any} */ r) => r.path === 'direct');
  expect(positive(direct.compileMs)).toBe(true);
  expect(direct.wasmBytes).toBeGreaterThan(0);

  // Throughput: every kernel, both input modes, on every loaded path, all timed.
  const kernels = [...new Set(b.throughput.map((/** @type {any} */ c) => c.kernel))];
  expect(kernels).toEqual(['sum', 'dot', 'mandelbrot', 'nbody', 'crc32', 'sort', 'strings', 'dispatch', 'generic']);
  expect(b.throughput.length).toBe(kernels.length * 2 * loadedPaths.length);
  for (const c of b.throughput) expect(positive(c.ms)).toBe(true);

  // Workers: percentiles ordered, throughput for the main thread and 1…N workers, frame rates.
  const w = b.workers;
  for (const k of ['main', 'postMessage', 'workerPool']) {
    expect(w.latency[k].n).toBeGreaterThan(0);
    expect(w.latency[k].p50).toBeLessThanOrEqual(w.latency[k].p99);
  }
  expect(positive(w.latency.workerPool.p50)).toBe(true);
  expect(w.scaling.map((/** @type {any} */ s) => s.workers)).toEqual(Array.from({ length: Math.max(2, b.environment.cores) + 1 }, (_, i) => i));
  for (const s of w.scaling) expect(positive(s.callsPerSecond)).toBe(true);
  for (const k of ['idle', 'main', 'workers']) expect(positive(w.fps[k].fps)).toBe(true);
  expect(positive(w.fps.workers.tasksPerSecond)).toBe(true);

  // Charts: uPlot canvases for start-up, one per kernel and mode, and the three worker charts.
  await expect(page.locator('#startup-chart canvas')).toHaveCount(1);
  await expect(page.locator('#throughput-charts .chart canvas')).toHaveCount(kernels.length * 2);
  for (const id of ['latency-chart', 'scaling-chart', 'fps-chart']) await expect(page.locator(`#${id} canvas`)).toHaveCount(1);
  await expect(page.locator('#failures')).toBeHidden();
  expect(problems).toEqual([]);
});
