// The walking skeleton in a real browser: the demo page loads the compiler under the strict CSP,
// compiles the Go program in its editor, instantiates the module and shows add(2, 3).
import { test, expect } from './fixtures.js';

const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

/**
 * Waits until the page has finished compiling (successfully or not) and fails fast, with the
 * page's own status and diagnostics, when it did not compile and run.
 * @param {import('@playwright/test').Page} page
 */
async function expectCompiledAndRan(page) {
  const body = page.locator('body');
  await expect(body).toHaveAttribute('data-state', /^(ok|error)$/);
  const details = `${await page.locator('#status').textContent()}: ${await page.locator('#diagnostics').textContent()}`;
  expect(await body.getAttribute('data-state'), details).toBe('ok');
  await expect(page.locator('#result')).toHaveText('5');
}

test('demo page compiles the skeleton and shows add(2, 3) under a strict CSP', async ({ page, problems }) => {
  const response = await page.goto('/web/demo/playground.html');
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');

  await expectCompiledAndRan(page);
  await expect(page.locator('#status')).toHaveText('Compiled and ran');
  await expect(page.locator('#size')).toHaveText(/^\d+ bytes$/);
  await expect(page.locator('#diagnostics')).toBeHidden();
  await expect(page.locator('#version')).not.toHaveText('—');

  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  expect(problems).toEqual([]);

  // The policy is really in force: an injected inline script is refused and reported.
  const probe = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true';
        document.head.append(script);
        setTimeout(() => resolve('no violation'), 2000);
      }),
  );
  expect(probe).toMatch(/^script-src/);
  expect(await page.evaluate(() => /** @type {any} */ (window).__inlineScriptRan ?? false)).toBe(false);
});

test('a syntax error typed into the editor shows the diagnostic with line:column', async ({ page, problems }) => {
  await page.goto('/web/demo/playground.html');
  await expectCompiledAndRan(page);

  await page.locator('#source').fill('package main\n\n//export add\nfunc add(a, b int32 int32 {\n\treturn a + b\n}\n');
  await page.locator('#compile').click();

  const diagnostics = page.locator('#diagnostics');
  await expect(diagnostics).toBeVisible();
  await expect(diagnostics).toHaveText(/main\.go:\d+:\d+: \S/);
  await expect(page.locator('#status')).toHaveText(/error/);
  await expect(page.locator('#result')).toHaveText('—');

  // The same compiler still compiles the good program afterwards.
  await page.locator('#source').fill('package main\n\n//export add\nfunc add(a, b int32) int32 { return a + b }\n');
  await page.locator('#compile').click();
  await expectCompiledAndRan(page);
  await expect(diagnostics).toBeHidden();

  expect(problems).toEqual([]);
});
