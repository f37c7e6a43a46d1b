// The compile targets in Chromium: every conformance program built for `wasi` runs through
// @bjorn3/browser_wasi_shim, and for `direct` with its buffered output, each matching the output
// real Go produced (tests/conformance/run/*.out); a syscall/js module drives the real DOM.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { test, expect } from './fixtures.js';

const runDir = fileURLToPath(new URL('../conformance/run/', import.meta.url));
const needsClock = new Set(['os_exit_time.go']); // direct has no clock
const programs = fs
  .readdirSync(runDir)
  .filter((f) => f.endsWith('.go'))
  .sort()
  .map((name) => ({
    name,
    source: fs.readFileSync(path.join(runDir, name), 'utf8'),
    want: fs.readFileSync(path.join(runDir, name.replace(/\.go$/, '.out')), 'utf8'),
  }));
const knownFailures = new Set(
  fs
    .readFileSync(path.join(runDir, '..', 'known-failures.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.slice(0, l.indexOf(':')).trim()),
);

/** The conformance suite's .out shape (tests/js/conformance.test.js). */
function format({ status, stderr, stdout }) {
  const at = stderr.indexOf('goroutine 1 [running]:');
  const head = at < 0 ? stderr : stderr.slice(0, at + 'goroutine 1 [running]:'.length) + '\n';
  return `exit ${status}\n${head.replace(/^(\[signal .*) pc=0x[0-9a-f]+\]$/m, '$1 pc=?]')}-- stdout --\n${stdout}`;
}

for (const target of ['wasi', 'direct']) {
  test(`conformance programs built for ${target} run in Chromium`, async ({ page, problems }) => {
    test.setTimeout(240_000);
    await page.goto('/tests/browser/targets-page/');
    await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
    const list = programs.filter((p) => !knownFailures.has(p.name) && !(target === 'direct' && needsClock.has(p.name)));
    expect(list.length).toBeGreaterThan(300);
    const results = await page.evaluate(
      ([ps, t]) => /** @type {any} */ (window).runAll(ps, t),
      [list.map(({ name, source }) => ({ name, source })), target],
    );
    const wrong = results
      .map((r, i) => ({ name: r.name, got: r.error ?? format(r), want: list[i].want }))
      .filter((r) => r.got !== r.want);
    expect(wrong).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a syscall/js module builds DOM nodes and handles a click through a Go callback', async ({ page, problems }) => {
  await page.goto('/tests/browser/targets-page/');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  const r = await page.evaluate(() => /** @type {any} */ (window).bridge());
  expect(r.count).toBe(4);
  expect(r.items).toEqual(['0', '1', '4', '9']);
  expect(r.title).toBe('clicked');
  expect(r.handles).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
