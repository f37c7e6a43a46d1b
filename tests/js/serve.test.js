// scripts/serve.js: the static server used by the demo and the browser tests.
import http from 'node:http';
import { startServer, CSP } from '../../scripts/serve.js';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

beforeAll(async () => {
  server = await startServer({ port: 0 });
});

afterAll(async () => {
  await server.close();
});

/**
 * A raw request, so paths like /../x reach the server unnormalised.
 * @param {string} path
 * @param {string} [method]
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: string }>}
 */
function request(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves HTML with the strict CSP and cross-origin isolation headers', async () => {
  const res = await request('/web/demo/');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(res.headers['content-security-policy']).toBe(CSP);
  expect(CSP).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-embedder-policy']).toBe('require-corp');
  expect(res.body).toMatch(/<script type="module" src="demo.js"><\/script>/);
});

test('uses the right MIME types', async () => {
  expect((await request('/web/index.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect((await request('/web/demo/demo.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  expect((await request('/package.json')).headers['content-type']).toBe('application/json; charset=utf-8');
  const wasm = await request('/dist/gomethodc.wasm', 'HEAD');
  if (wasm.status === 200) expect(wasm.headers['content-type']).toBe('application/wasm');
  const mjs = await request('/dist/gomethodc.mjs', 'HEAD');
  if (mjs.status === 200) expect(mjs.headers['content-type']).toBe('text/javascript; charset=utf-8');
});

test('redirects / to the demo and directories to their slash form', async () => {
  const root = await request('/');
  expect(root.status).toBe(302);
  expect(root.headers.location).toBe('/web/demo/');
  const dir = await request('/web/demo');
  expect(dir.status).toBe(301);
  expect(dir.headers.location).toBe('/web/demo/');
});

test('refuses traversal, dotfiles and odd paths', async () => {
  for (const path of [
    '/../package.json',
    '/web/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/web/%2E%2E/%2E%2E/etc/passwd',
    '/web/..%2f..%2fetc/passwd',
    '/.git/config',
    '/.ci/run',
    '/web/%00',
    '/web/..%5c..%5cetc%5cpasswd',
    '/%E0%A4%A',
  ]) {
    const res = await request(path);
    expect({ path, status: res.status }).toEqual({ path, status: 403 });
  }
  expect((await request('//etc/passwd')).status).toBe(404);
  expect((await request('/no/such/file.js')).status).toBe(404);
});

test('only GET and HEAD are allowed', async () => {
  const res = await request('/web/demo/', 'POST');
  expect(res.status).toBe(405);
  expect(res.headers.allow).toBe('GET, HEAD');
});
