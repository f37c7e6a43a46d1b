// Section 5, workers against the main thread, in Chromium: Debian's /usr/bin/chromium driven by
// playwright-core opens the live benchmark page (web/demo/bench.html, served by scripts/serve.js
// under its strict CSP) with ?auto=1 and reads what it measured from window.__bench:
//  - round-trip latency p50/p95/p99 of a trivial call: direct on the main thread, a raw
//    postMessage echo worker, WorkerPool with one worker;
//  - throughput of Mandelbrot tiles on the main thread and with 1…N workers
//    (N = navigator.hardwareConcurrency, at least 2);
//  - the frame rate the page keeps idle, with the tiles on the main thread, and with the same
//    tiles on N workers (performance.now() gaps between animation frames; dropped = gaps over
//    1.5 frame intervals).
// The same page also runs start-up and the kernels on every path Chromium can load; those go to
// results.chromium, beside Node's figures.
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

/** @param {any} ctx */
export async function run(ctx) {
  const { quick, log } = ctx;
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    const url = `${server.url}/web/demo/bench.html?auto=1${quick ? '&quick=1' : ''}`;
    log(`workers: Chromium ${browser.version()} on ${url}`);
    await page.goto(url);
    // Report progress while the page runs.
    let last = '';
    const poll = setInterval(async () => {
      const s = await page.locator('#status').textContent().catch(() => null);
      if (s && s !== last) log(`chromium: ${(last = s)}`);
    }, 2000);
    try {
      await page.waitForFunction(() => ['done', 'error'].includes(/** @type {any} */ (window).__bench?.state), null, { timeout: 15 * 60_000, polling: 500 });
    } finally {
      clearInterval(poll);
    }
    const b = await page.evaluate(() => /** @type {any} */ (window).__bench);
    for (const f of b.failures) ctx.results.failures.push({ section: 'workers', kind: f.kind ?? 'error', path: f.path, message: `Chromium: ${f.message}` });
    for (const p of problems) ctx.results.failures.push({ section: 'workers', kind: 'page', message: `Chromium: ${p}` });
    ctx.results.chromium = {
      environment: { ...b.environment, chromium: browser.version() },
      startup: b.startup,
      throughput: b.throughput,
      unavailable: b.unavailable,
      quick: b.quick,
      seconds: b.seconds,
    };
    ctx.results.environment.chromium = browser.version();
    if (!b.workers) throw new Error(`the page finished without worker results (state ${b.state})`);
    return { ...b.workers, environment: { chromium: browser.version(), cores: b.environment.cores, crossOriginIsolated: b.environment.crossOriginIsolated } };
  } finally {
    await browser.close();
    await server.close();
  }
}
