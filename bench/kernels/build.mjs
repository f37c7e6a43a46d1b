#!/usr/bin/env node
// Builds the benchmark anchors that CMake does not build, into bench/kernels/out/ (gitignored):
//   - stdgo: kernels.go + stdgo/main.go by standard Go (GOOS=js GOARCH=wasm go build, stripped with
//     -ldflags='-s -w' as one would ship it) → out/stdgo.wasm, plus Go's out/wasm_exec.js;
//   - assemblyscript: kernels.ts by asc -O3 (in-process, the compiler's JS API) with its raw
//     bindings → out/assemblyscript.{wasm,js}.
// (The C++ `aot` path is the CMake target gomethod_aot → dist/aot/; gomethod compiles kernels.go
// itself at load time.) Incremental: each output is rebuilt only when a hash of its inputs
// (sources, tool version, flags) differs from the one recorded in out/build-info.json, which also
// keeps the build times.
//
//   node bench/kernels/build.mjs [--force]
//   import { buildKernels } from './bench/kernels/build.mjs'; const info = await buildKernels();

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const OUT_DIR = path.join(here, 'out');
const INFO = path.join(OUT_DIR, 'build-info.json');

const GO_FLAGS = ['-trimpath', '-ldflags=-s -w'];
const ASC_FLAGS = ['-O3', '--runtime', 'incremental', '--bindings', 'raw', '--exportRuntime'];

async function exists(file) {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function hashOf(...parts) {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : Buffer.from(p)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Writes via a temporary file and a rename, so a concurrent reader never sees half a file. */
async function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

async function readInfo() {
  try {
    return JSON.parse(await fs.readFile(INFO, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {(msg: string) => void} log */
async function buildStdGo(prev, force, log) {
  let goVersion;
  try {
    ({ stdout: goVersion } = await run('go', ['version']));
  } catch (err) {
    throw new Error('stdgo: cannot run `go` (Debian package golang-go; scripts/bootstrap.sh installs it)', { cause: err });
  }
  const { stdout: goroot } = await run('go', ['env', 'GOROOT']);
  const mainGo = await fs.readFile(path.join(here, 'stdgo', 'main.go'));
  const kernelsGo = await fs.readFile(path.join(here, 'kernels.go'));
  const wasmExec = await fs.readFile(path.join(goroot.trim(), 'misc', 'wasm', 'wasm_exec.js'));
  const key = hashOf(goVersion, GO_FLAGS.join(' '), mainGo, kernelsGo, wasmExec);
  const wasm = path.join(OUT_DIR, 'stdgo.wasm');
  const glue = path.join(OUT_DIR, 'wasm_exec.js');
  if (!force && prev?.key === key && (await exists(wasm)) && (await exists(glue))) return { ...prev, built: false };

  const t0 = performance.now();
  const src = path.join(OUT_DIR, 'stdgo-src');
  await fs.mkdir(src, { recursive: true });
  await fs.writeFile(path.join(src, 'main.go'), mainGo);
  await fs.writeFile(path.join(src, 'kernels.go'), kernelsGo);
  const tmp = `${wasm}.${process.pid}.tmp`;
  try {
    await run('go', ['build', ...GO_FLAGS, '-o', tmp, 'main.go', 'kernels.go'], {
      cwd: src,
      env: { ...process.env, GOOS: 'js', GOARCH: 'wasm', GO111MODULE: 'off', CGO_ENABLED: '0' },
      maxBuffer: 16 << 20,
    });
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new Error(`stdgo: go build failed:\n${err.stderr || err.message}`);
  }
  await fs.rename(tmp, wasm);
  await writeAtomic(glue, wasmExec);
  const buildMs = performance.now() - t0;
  log(`stdgo: built out/stdgo.wasm (${(await fs.stat(wasm)).size} bytes) in ${(buildMs / 1000).toFixed(1)} s`);
  return { key, built: true, buildMs, go: goVersion.trim(), flags: GO_FLAGS };
}

/** @param {(msg: string) => void} log */
async function buildAssemblyScript(prev, force, log) {
  const source = await fs.readFile(path.join(here, 'kernels.ts'));
  const pkg = JSON.parse(await fs.readFile(new URL('../../node_modules/assemblyscript/package.json', import.meta.url), 'utf8'));
  const key = hashOf(pkg.version, ASC_FLAGS.join(' '), source);
  const wasm = path.join(OUT_DIR, 'assemblyscript.wasm');
  const glue = path.join(OUT_DIR, 'assemblyscript.js');
  if (!force && prev?.key === key && (await exists(wasm)) && (await exists(glue))) return { ...prev, built: false };

  const { default: asc } = await import('assemblyscript/asc');
  /** @type {Record<string, Uint8Array | string>} */
  const files = {};
  let errors = '';
  const t0 = performance.now();
  const result = await asc.main(['kernels.ts', ...ASC_FLAGS, '--outFile', 'assemblyscript.wasm'], {
    readFile: async (name) => (name === 'kernels.ts' ? source.toString('utf8') : null),
    writeFile: async (name, contents) => {
      files[name] = contents;
    },
    listFiles: async () => [],
    stdout: { write: () => true },
    stderr: {
      write: (text) => {
        errors += text;
        return true;
      },
    },
  });
  const compileMs = performance.now() - t0;
  if (result.error) throw new Error(`assemblyscript: asc failed: ${result.error.message}\n${errors}`);
  for (const name of ['assemblyscript.wasm', 'assemblyscript.js']) {
    if (!files[name]) throw new Error(`assemblyscript: asc wrote no ${name}`);
    await writeAtomic(path.join(OUT_DIR, name), files[name]);
  }
  log(`assemblyscript: built out/assemblyscript.wasm (${files['assemblyscript.wasm'].length} bytes), asc -O3 in ${(compileMs / 1000).toFixed(1)} s`);
  return { key, built: true, compileMs, version: pkg.version, flags: ASC_FLAGS };
}

/**
 * Builds what is out of date and returns out/build-info.json's contents:
 * `{ stdgo: { buildMs, go, flags, built }, assemblyscript: { compileMs, version, flags, built } }`
 * (`built`: whether this call rebuilt it; the times are those of the last real build).
 * @param {{ force?: boolean, log?: (msg: string) => void }} [options]
 */
export async function buildKernels({ force = false, log = () => {} } = {}) {
  await fs.mkdir(OUT_DIR, { recursive: true });
  const prev = await readInfo();
  // One after the other: two cores, and asc is single-threaded anyway.
  const stdgo = await buildStdGo(prev.stdgo, force, log);
  const assemblyscript = await buildAssemblyScript(prev.assemblyscript, force, log);
  const info = { stdgo, assemblyscript };
  const { built: _a, ...stdgoRecord } = stdgo;
  const { built: _b, ...ascRecord } = assemblyscript;
  if (stdgo.built || assemblyscript.built) await writeAtomic(INFO, JSON.stringify({ stdgo: stdgoRecord, assemblyscript: ascRecord }, null, 2) + '\n');
  return info;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const info = await buildKernels({ force: process.argv.includes('--force'), log: (m) => console.log(m) });
  if (!info.stdgo.built && !info.assemblyscript.built) console.log('kernels: up to date');
  console.log(`kernels: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
