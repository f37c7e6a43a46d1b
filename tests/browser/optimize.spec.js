// Binaryen in Chromium under the strict CSP (tests/browser/optimize-page/): compile({ opt: 3, wat:
// true }) through the JS API optimizes in a module worker (worker/optimize-worker.js) while the
// main thread keeps running, and the optimized module runs; the compile worker optimizes too. The
// playground's level and target selectors, WAT view and size table.
import { test, expect } from './fixtures.js';

test('compile({ opt: 3, wat: true }) optimizes in a worker, off the main thread, and the module runs', async ({ page, problems }) => {
  test.setTimeout(120_000);
  /** @type {string[]} */
  const workers = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/tests/browser/optimize-page/');
  await expect(page.locator('body')).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 90_000 });
  const details = await page.locator('#report').textContent();
  expect(await page.locator('body').getAttribute('data-state'), details ?? '').toBe('done');
  const report = await page.evaluate(() => /** @type {any} */ (window).__optReport);

  expect(report).toMatchObject({ returnedPromise: true, ok: true, opt: 3, watStart: '(module\n', watHasNames: true, add: 5, sum: 7 });
  expect(report.size).toBeLessThan(report.plainSize);
  expect(workers).toContain('/worker/optimize-worker.js');
  // Loading Binaryen (~15 MB of JS) and running -O3 takes far longer than this; on the main thread
  // the heartbeat would have stopped for all of it.
  expect({ maxGap: report.maxGap, elapsed: report.elapsed }).toEqual({ maxGap: expect.any(Number), elapsed: expect.any(Number) });
  expect(report.maxGap, `main thread blocked for ${report.maxGap} ms of ${report.elapsed} ms`).toBeLessThan(Math.min(150, report.elapsed / 2));

  expect(workers).toContain('/worker/compile-worker.js');
  expect(report.worker).toMatchObject({ ok: true, opt: 'z', watStart: '(module\n', add: 42 });
  expect(report.worker.size).toBeLessThan(report.plainSize);
  expect(problems).toEqual([]);
});

test('the playground optimizes at the chosen level and target, shows the WAT and the size per level', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.goto('/web/demo/playground.html');
  const body = page.locator('body');
  await expect(body).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
  const plain = Number((await page.locator('#size').textContent())?.replace(/ bytes$/, ''));

  await page.locator('#opt').selectOption('z');
  await page.locator('#show-wat').check();
  await expect(page.locator('#level')).toHaveText('-Oz (Binaryen)', { timeout: 60_000 });
  await expect(body).toHaveAttribute('data-state', 'ok');
  await expect(page.locator('#result')).toHaveText('5');
  await expect(page.locator('#wat')).toContainText('(export "add" (func $add))');
  expect(Number((await page.locator('#size').textContent())?.replace(/ bytes$/, ''))).toBeLessThan(plain);

  await page.locator('#all-levels').click();
  await expect(page.locator('#status')).toHaveText('Measured every level', { timeout: 60_000 });
  await expect(page.locator('#sizes tbody tr')).toHaveCount(7);
  const rows = await page.locator('#sizes tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  expect(rows.map((r) => r[0])).toEqual(['0', '-O1', '-O2', '-O3', '-O4', '-Os', '-Oz']);
  for (const row of rows.slice(1)) expect(Number(row[1])).toBeLessThan(Number(rows[0][1]));

  for (const target of ['wasi', 'direct']) {
    await page.locator('#target').selectOption(target);
    await expect(page.locator('#status')).toHaveText('Compiled and ran', { timeout: 60_000 });
    await expect(page.locator('#result')).toHaveText('5');
  }
  await expect(page.locator('#wat')).not.toContainText('wasi_snapshot_preview1'); // direct imports nothing
  expect(problems).toEqual([]);
});
