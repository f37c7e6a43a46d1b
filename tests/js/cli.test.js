// The gomethod CLI, run as a child process the way a user runs it.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/gomethod.js', import.meta.url));

const GOOD = `package main

//export add
func add(a, b int32) int32 { return a + b }
`;
const BAD_SYNTAX = `package main

//export add
func add(a, b int32 int32 {
	return a + b
}
`;
const BAD_TYPES = `package main

//export add
func add(a, b int32) int32 { return a + "x" }
`;

// file:line:col: message, as the go tool prints it.
const DIAGNOSTIC = /^(.+?):(\d+):(\d+): (.+)$/;

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(args, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** @param {string} file */
async function exists(file) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** @type {string} */
let dir;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gomethod-cli-'));
  await writeFile(path.join(dir, 'add.go'), GOOD);
  await writeFile(path.join(dir, 'syntax.go'), BAD_SYNTAX);
  await writeFile(path.join(dir, 'types.go'), BAD_TYPES);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('build writes FILE.wasm next to the source by default', async () => {
  const { code, stderr } = await run(['build', 'add.go'], dir);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const wasm = await readFile(path.join(dir, 'add.wasm'));
  expect(WebAssembly.validate(wasm)).toBe(true);
  const instance = await WebAssembly.instantiate(new WebAssembly.Module(wasm));
  expect(/** @type {any} */ (instance.exports).add(2, 3)).toBe(5);
});

test('build -o writes where it is told', async () => {
  const out = path.join(dir, 'custom.wasm');
  const { code } = await run(['build', 'add.go', '-o', out], dir);
  expect(code).toBe(0);
  expect(WebAssembly.validate(await readFile(out))).toBe(true);
});

test('build of a bad file prints file:line:col diagnostics, exits 1 and writes nothing', async () => {
  const { code, stdout, stderr } = await run(['build', 'syntax.go'], dir);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  const lines = stderr.trim().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines[0]).toMatch(DIAGNOSTIC);
  expect(lines[0].startsWith('syntax.go:')).toBe(true);
  expect(await exists(path.join(dir, 'syntax.wasm'))).toBe(false);
});

test('check reports nothing and exits 0 for a good file', async () => {
  const { code, stdout, stderr } = await run(['check', 'add.go'], dir);
  expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('check prints Go-style diagnostics with the path as given and exits 1', async () => {
  for (const file of ['types.go', path.join(dir, 'syntax.go')]) {
    const { code, stderr } = await run(['check', file], dir);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    for (const line of lines) {
      const m = DIAGNOSTIC.exec(line);
      expect(m).not.toBeNull();
      const [, name, lineNo, col, message] = /** @type {RegExpExecArray} */ (m);
      expect(name).toBe(file);
      expect(Number(lineNo)).toBeGreaterThanOrEqual(1);
      expect(Number(col)).toBeGreaterThanOrEqual(1);
      expect(message.length).toBeGreaterThan(0);
    }
  }
});

test('missing files and bad usage exit 2', async () => {
  const missing = await run(['check', 'nope.go'], dir);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/nope\.go/);

  for (const args of [[], ['build'], ['frobnicate', 'add.go'], ['build', 'add.go', '-x'], ['build', 'add.go', '-o'], ['check', 'a.go', 'b.go']]) {
    const { code, stderr } = await run(args, dir);
    expect({ args, code }).toEqual({ args, code: 2 });
    expect(stderr.length).toBeGreaterThan(0);
  }
});

test('--help and --version', async () => {
  const help = await run(['--help'], dir);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/usage: gomethod/);
  expect(help.stdout).toMatch(/build FILE\.go/);

  const version = await run(['--version'], dir);
  expect(version.code).toBe(0);
  const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
  expect(version.stdout).toMatch(new RegExp(`^gomethod ${pkg.version.replace(/\./g, '\\.')} \\(compiler: .+\\)\\n$`));
});
