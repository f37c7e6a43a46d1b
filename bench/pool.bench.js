#!/usr/bin/env node
// Issue 6's benchmark, in Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
//  - round-trip latency of a trivial call through WorkerPool beside Comlink on the same worker
//    setup (bench/pool-page/), p50 and p99 of 3,000 sequential calls;
//  - throughput of a CPU-bound kernel (SortRandom, 100k numbers) with 1 and 2 workers;
//  - the demo's frame rate with the same Mandelbrot load on the main thread and on workers.
// Not part of `npm test`; run `npm run bench`.
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.js';

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/bench/pool-page/`);
  await page.waitForSelector('body[data-state="done"]', { timeout: 240_000 });
  const b = await page.evaluate(() => /** @type {any} */ (window).__bench);
  const ms = (/** @type {number} */ x) => `${(x * 1000).toFixed(0)} µs`;
  console.log(`Chromium, ${b.cores} cores, cross-origin isolated: ${b.isolated}`);
  console.log('| round trip of Add(i, 1) | p50 | p99 |');
  console.log('|---|---|---|');
  console.log(`| WorkerPool (1 worker) | ${ms(b.poolLatency.p50)} | ${ms(b.poolLatency.p99)} |`);
  console.log(`| Comlink (1 worker, same module) | ${ms(b.comlinkLatency.p50)} | ${ms(b.comlinkLatency.p99)} |`);
  console.log(`| ratio WorkerPool / Comlink | ${(b.poolLatency.p50 / b.comlinkLatency.p50).toFixed(2)}× | ${(b.poolLatency.p99 / b.comlinkLatency.p99).toFixed(2)}× |`);
  console.log('');
  console.log(`SortRandom(100k) ×48: 1 worker ${b.one.callsPerSecond.toFixed(1)} calls/s, 2 workers ${b.two.callsPerSecond.toFixed(1)} calls/s (${(b.two.callsPerSecond / b.one.callsPerSecond).toFixed(2)}×)`);

  const demo = await browser.newPage();
  await demo.goto(`${server.url}/web/demo/`);
  await demo.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
  await demo.evaluate(() => /** @type {any} */ (window).__demo.setLoad(10));
  const { main, workers } = await demo.evaluate(() => /** @type {any} */ (window).__demo.compare(4));
  console.log(`demo, Mandelbrot load 10: main thread ${main.fps.toFixed(1)} fps (${main.dropped} dropped frames), ` +
    `${workers.mode} ${workers.fps.toFixed(1)} fps (${workers.dropped} dropped)`);
} finally {
  await browser.close();
  await server.close();
}
