// WorkerPool in Chromium (tests/browser/pool-page/): every check passes under the strict CSP with
// no console error, page error or CSP violation.
import { test, expect } from './fixtures.js';

test('the WorkerPool checks pass in the browser under the strict CSP', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const response = await page.goto('/tests/browser/pool-page/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'done', { timeout: 110_000 });
  const results = await page.evaluate(() => /** @type {any} */ (window).__poolResults);
  expect(results.filter((/** @type {any} */ r) => !r.ok)).toEqual([]);
  expect(results.length).toBe(10);
  expect(problems).toEqual([]);
});
