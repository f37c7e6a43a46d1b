// The ABI marshaller in Chromium: tests/browser/abi-page/ compiles Go with the in-browser compiler,
// instantiates it and runs a faithful subset of the Jest suites (tests/js/abi-*.test.js) under the
// strict CSP, reporting each check; this spec fails on any failed check, console error, page error
// or CSP violation.
import { test, expect } from './fixtures.js';

test('the ABI checks pass in the browser under the strict CSP', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const response = await page.goto('/tests/browser/abi-page/');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
  await expect(page.locator('body')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  const results = await page.evaluate(() => /** @type {any} */ (window).__abiResults);
  const failed = results.filter((/** @type {any} */ r) => !r.ok);
  expect(failed).toEqual([]);
  expect(results.map((/** @type {any} */ r) => r.name)).toEqual([
    'compile and instantiate',
    'scalars both ways, with their edge values',
    'bad scalars are TypeErrors and RangeErrors',
    'strings: non-ASCII, surrogate pairs, invalid UTF-8, a megabyte',
    'slices: typed arrays, plain arrays, nil and empty, 10^6 elements, []string, variadic',
    'structs, arrays and pointers',
    'exported types are classes: fields, receivers, owned memory, free',
    'zero-copy ModuleArrays survive memory growth; use after free throws',
    'panics become GoPanic and the module keeps serving',
    'print output goes to the stderr sink',
    'declarations are generated',
    'missing imports are named',
  ]);
  expect(problems).toEqual([]);
});
