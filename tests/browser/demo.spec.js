// The demo pages in Chromium under the strict CSP: the worker-vs-main-thread demo compiles its Go
// workload, animates, and keeps a higher frame rate with the work on workers than on the main
// thread (the relation between the two modes, never absolute numbers); the playground shows a
// compile error at its line, then compiles the fixed program and calls an export.
import { test, expect } from './fixtures.js';

test('the demo compiles its workload, animates, and workers keep the frame rate up', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.goto('/web/demo/');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('#status')).toHaveText(/Compiled in \d+ ms/);
  await expect(page.locator('#fps')).toHaveText(/^[1-9]\d* fps$/, { timeout: 10_000 });
  // A heavy Mandelbrot load: each frame on the main thread renders several expensive tiles.
  await page.evaluate(() => /** @type {any} */ (window).__demo.setLoad(10));
  const { main, workers } = await page.evaluate(() => /** @type {any} */ (window).__demo.compare(3));
  expect(main.callsPerSecond).toBeGreaterThan(0);
  expect(workers.callsPerSecond).toBeGreaterThan(0);
  expect(workers.fps).toBeGreaterThan(main.fps * 1.5);
  await expect(page.locator('#results tbody tr')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/demo.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('the playground shows a compile error at its line, then calls an export', async ({ page, problems }) => {
  await page.goto('/web/demo/playground.html');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
  await page.locator('#source').fill('package main\n\n//export twice\nfunc twice(x int32) int32 {\n\treturn x * y\n}\n');
  await page.locator('#compile').click();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error');
  const diagnostic = page.locator('#diagnostic-list .diagnostic');
  await expect(diagnostic).toHaveCount(1);
  await expect(diagnostic).toHaveAttribute('data-line', '5');
  await expect(diagnostic).toContainText('undefined: y');

  await page.locator('#source').fill('package main\n\n//export twice\nfunc twice(x int32) int32 {\n\treturn x * 2\n}\n');
  await page.locator('#compile').click();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ok');
  await expect(page.locator('#dts')).toContainText('twice(x: number): number;');
  const form = page.locator('form.export[data-name="twice"]');
  await form.locator('input').fill('21');
  await form.locator('button').click();
  await expect(form.locator('output')).toHaveText('→ 42');
  expect(problems).toEqual([]);
});
