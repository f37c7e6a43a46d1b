// Packaging: `npm pack` the package, install the tarball into a fresh Vite app, build it, and run
// the built page in Chromium (served with the strict CSP): it compiles Go in the page, calls a
// method on a WorkerPool and compiles again in the compile worker, optimized with Binaryen (given
// as a `?url` asset: bundlers do not inline binaryen.js). What a user of the npm package does; the
// only configuration the app needs is Vite's `worker.format = 'es'` (module workers).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startServer, REPO_ROOT } from '../../scripts/serve.js';
import { test, expect } from './fixtures.js';

const FILES = {
  'package.json': JSON.stringify({ name: 'gomethod-vite-check', private: true, type: 'module' }),
  'vite.config.js': "export default { worker: { format: 'es' }, build: { target: 'es2022' } };\n",
  'index.html': `<!doctype html>
<html><head><meta charset="utf-8"><title>gomethod in a Vite app</title><link rel="icon" href="data:,"><script type="module" src="/main.js"></script></head>
<body data-state="loading"><pre id="out"></pre></body></html>
`,
  'main.js': `import { createCompiler, WorkerPool } from 'gomethod';
import binaryen from 'binaryen/index.js?url';

const out = (await createCompiler()).compile(\`package main

//export Mul
func Mul(a, b int32) int32 { return a * b }
\`);
const pool = await WorkerPool.create(out, { size: 2 });
const product = await pool.exports.Mul(6, 7);
await pool.terminate();
const again = await (await createCompiler({ worker: true, binaryen })).compile('package main\\n\\n//export One\\nfunc One() int32 { return 1 }\\n', { opt: 'z' });
document.getElementById('out').textContent = JSON.stringify({ product, ok: again.ok, opt: again.opt });
document.body.dataset.result = product + ':' + again.ok + ':' + again.opt;
document.body.dataset.state = 'done';
`,
};

/** @type {string} */
let app;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'gomethod-vite-'));
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(app, name), text);
  const run = (/** @type {string} */ cmd, /** @type {string[]} */ args, /** @type {string} */ cwd) =>
    execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 240_000 });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', app], REPO_ROOT).trim().split('\n').pop();
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', 'vite@5', `./${tarball}`], app);
  run('npx', ['vite', 'build', '--logLevel', 'error'], app);
});

test.afterAll(() => {
  if (app) fs.rmSync(app, { recursive: true, force: true });
});

test('the npm package works from a Vite build: compile, pool call, compile worker with Binaryen', async ({ page, problems }) => {
  test.setTimeout(120_000);
  const server = await startServer({ port: 0, root: path.join(app, 'dist') });
  try {
    await page.goto(`${server.url}/index.html`);
    await expect(page.locator('body')).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    await expect(page.locator('body')).toHaveAttribute('data-result', '42:true:z');
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
});
