#!/usr/bin/env node
// A small static file server for the demo pages and the browser tests. Serves the repository root
// on 127.0.0.1 with the headers the demos rely on: cross-origin isolation (COOP/COEP, so later work
// can use SharedArrayBuffer) and a strict Content-Security-Policy on HTML and scripts.
//
//   node scripts/serve.js            # PORT from the environment, else the first free port from 8080
//   import { startServer } from './scripts/serve.js'; const { url, close } = await startServer({ port: 0 });

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_PATH = '/web/demo/';
export const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.go': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Maps a request path to a file under root, or null when it is outside root, names a dotfile, or
 * is malformed.
 * @param {string} root absolute, real path of the served directory
 * @param {string} pathname the URL's pathname (still percent-encoded)
 */
export function resolveRequestPath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || (s.startsWith('.') && s !== ''))) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/** @param {http.ServerResponse} res @param {number} status @param {string} text */
function sendText(res, status, text, extra = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text + '\n');
}

/**
 * @param {string} root
 * @returns {http.RequestListener}
 */
function handler(root) {
  return async (req, res) => {
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    // The raw request target, not new URL(): no host parsing of '//x', no silent '..' folding.
    const pathname = (req.url ?? '').split(/[?#]/, 1)[0];
    if (!pathname.startsWith('/')) {
      sendText(res, 400, 'bad request');
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { Location: DEMO_PATH });
      res.end();
      return;
    }
    let file = resolveRequestPath(root, pathname);
    if (!file) {
      sendText(res, 403, 'forbidden');
      return;
    }
    try {
      // Refuse symlinks that lead out of the served tree.
      const real = await fsp.realpath(file);
      if (real !== root && !real.startsWith(root + path.sep)) {
        sendText(res, 403, 'forbidden');
        return;
      }
      let stat = await fsp.stat(real);
      file = real;
      if (stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: pathname + '/' });
          res.end();
          return;
        }
        file = path.join(real, 'index.html');
        stat = await fsp.stat(file);
      }
      if (!stat.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const type = MIME[/** @type {keyof typeof MIME} */ (path.extname(file).toLowerCase())] ?? 'application/octet-stream';
      /** @type {Record<string, string | number>} */
      const headers = { 'Content-Type': type, 'Content-Length': stat.size };
      if (type.startsWith('text/html') || type.startsWith('text/javascript')) {
        // On HTML this is the page's policy; on scripts it is the policy of workers started from them.
        headers['Content-Security-Policy'] = CSP;
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (err) {
      const code = /** @type {{ code?: string }} */ (err).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') sendText(res, 404, 'not found');
      else sendText(res, 500, 'internal server error');
    }
  };
}

/**
 * @param {http.Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<void>}
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (/** @type {Error} */ err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server. With `port` undefined, tries 8080, 8081, … until one is free; `port: 0`
 * lets the OS pick one.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ server: http.Server, port: number, url: string, demoUrl: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = await fsp.realpath(options.root ?? REPO_ROOT);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer(handler(root));
  const candidates = options.port !== undefined ? [options.port] : Array.from({ length: 100 }, (_, i) => 8080 + i);
  let lastError;
  for (const port of candidates) {
    try {
      await listen(server, port, host);
      lastError = undefined;
      break;
    } catch (err) {
      lastError = err;
      if (/** @type {{ code?: string }} */ (err).code !== 'EADDRINUSE') break;
    }
  }
  if (lastError) throw lastError;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://${host}:${port}`;
  return {
    server,
    port,
    url,
    demoUrl: url + DEMO_PATH,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const envPort = process.env.PORT;
  let port;
  if (envPort !== undefined && envPort !== '') {
    port = Number(envPort);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`serve: PORT must be a port number, got '${envPort}'`);
      process.exit(2);
    }
  }
  try {
    const { url, demoUrl, close } = await startServer({ port });
    console.log(`serve: serving ${REPO_ROOT} at ${url}/`);
    console.log(`serve: demo page: ${demoUrl}`);
    const stop = () => close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`serve: cannot listen: ${/** @type {Error} */ (err).message}`);
    process.exit(1);
  }
}
