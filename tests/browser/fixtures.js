// Shared Playwright fixtures: a scripts/serve.js server per worker (on a free port) as baseURL,
// and a page that records CSP violations, console errors and uncaught page errors.
import { test as base, expect } from '@playwright/test';
import { startServer } from '../../scripts/serve.js';

export const test = base.extend({
  server: [
    async ({}, use) => {
      const server = await startServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  problems: async ({ page }, use) => {
    /** @type {string[]} */
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.exposeFunction('__reportCspViolation', (/** @type {string} */ text) =>
      problems.push(`CSP violation: ${text}`),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        // @ts-ignore: exposed by the fixture above
        window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    await use(problems);
  },
});

export { expect };
