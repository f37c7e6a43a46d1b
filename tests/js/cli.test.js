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

describe('Binaryen optimization (-O, --wat)', () => {
  // Each run starts a process that loads the compiler and Binaryen (~15 MB of JS).
  const SLOW = 60_000;

  const PROGRAM = `package main

import "fmt"

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func main() {
	total := 0.0
	for i := 1; i <= 3; i++ {
		total += rect{float64(i), 2}.area()
	}
	fmt.Println("total", total)
	var s shape = rect{1, 1}
	fmt.Printf("%T %.1f\\n", s, s.area())
}
`;

  beforeAll(async () => {
    await writeFile(path.join(dir, 'prog.go'), PROGRAM);
  }, SLOW);

  test('build -O3 --wat writes a smaller valid module and its text next to it', async () => {
    const plain = await run(['build', 'prog.go', '-o', 'prog0.wasm'], dir);
    expect(plain.code).toBe(0);
    const { code, stdout, stderr } = await run(['build', 'prog.go', '-O3', '-o', 'prog3.wasm', '--wat'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const o0 = await readFile(path.join(dir, 'prog0.wasm'));
    const o3 = await readFile(path.join(dir, 'prog3.wasm'));
    expect(WebAssembly.validate(o3)).toBe(true);
    expect(o3.length).toBeLessThan(o0.length);
    const wat = await readFile(path.join(dir, 'prog3.wat'), 'utf8');
    expect(wat).toMatch(/^\(module/);
    expect(wat).toContain('(export "_start"');
  }, SLOW);

  test('every spelling of the level is accepted; --wat=FILE and --wat FILE.wat name the text file', async () => {
    for (const [args, wat] of [
      [['-O', 'z', '--wat=a.wat'], 'a.wat'],
      [['--opt', 's', '--wat', 'b.wat'], 'b.wat'],
      [['--opt=1'], null],
      [['-O', '0', '--wat'], 'add.wat'],
    ]) {
      const { code, stderr } = await run(['build', 'add.go', ...args], dir);
      expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
      if (wat) expect(await readFile(path.join(dir, wat), 'utf8')).toMatch(/^\(module/);
    }
    // -O0 --wat leaves the module as gomethod wrote it.
    const { code } = await run(['build', 'add.go', '-o', 'plain.wasm'], dir);
    expect(code).toBe(0);
    expect(await readFile(path.join(dir, 'add.wasm'))).toEqual(await readFile(path.join(dir, 'plain.wasm')));
  }, SLOW);

  test('run -O2 prints what the unoptimized program prints', async () => {
    const plain = await run(['run', 'prog.go'], dir);
    const optimized = await run(['run', '-O', '2', 'prog.go'], dir);
    expect(plain).toEqual({ code: 0, stdout: 'total 12\nmain.rect 1.0\n', stderr: '' });
    expect(optimized).toEqual(plain);
  }, SLOW);

  test('a bad level, a missing one, and -O or --wat where they mean nothing are usage errors', async () => {
    for (const args of [['build', 'add.go', '-O', '5'], ['build', 'add.go', '--opt=fast'], ['build', 'add.go', '-O'], ['check', 'add.go', '-O3'], ['run', 'prog.go', '--wat'], ['build', 'add.go', '--wat=']]) {
      const { code, stderr } = await run(args, dir);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(/usage/);
    }
  }, SLOW);

  test('--help documents -O and --wat', async () => {
    const help = await run(['--help'], dir);
    expect(help.stdout).toMatch(/-O LEVEL, --opt LEVEL/);
    expect(help.stdout).toMatch(/--wat/);
  }, SLOW);
});

describe('targets (--target)', () => {
  const PROGRAM = `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Args[1:], os.Getenv("GOMETHOD_CLI_TEST"))
	if len(os.Args) > 2 {
		os.Exit(3)
	}
}
`;
  beforeAll(async () => {
    await writeFile(path.join(dir, 'args.go'), PROGRAM);
  });

  /** @param {string} file */
  const importModules = async (file) =>
    [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(await readFile(path.join(dir, file)))).map((i) => i.module))].sort();

  test('build --target writes a module importing only what the target provides', async () => {
    for (const [target, modules] of [
      ['direct', []],
      ['js', ['gomethod']],
      ['wasi', ['wasi_snapshot_preview1']],
    ]) {
      const { code, stderr } = await run(['build', 'args.go', '--target', target, '-o', `args-${target}.wasm`], dir);
      expect({ target, code, stderr }).toEqual({ target, code: 0, stderr: '' });
      expect(await importModules(`args-${target}.wasm`)).toEqual(modules);
    }
  });

  test('run --target wasi passes arguments and the environment, and exits with os.Exit status', async () => {
    const env = { ...process.env, GOMETHOD_CLI_TEST: 'on' };
    const r = await new Promise((resolve) => {
      execFile(process.execPath, [CLI, 'run', '--target=wasi', 'args.go', 'a', 'b'], { cwd: dir, env }, (err, stdout, stderr) =>
        resolve({ code: err ? err.code : 0, stdout, stderr }),
      );
    });
    expect(r).toEqual({ code: 3, stdout: '[a b] on\n', stderr: '' });
    expect(await run(['run', '--target', 'direct', 'args.go', 'x'], dir)).toEqual({ code: 0, stdout: '[] \n', stderr: '' });
  });

  test('an unknown target, or aot, is a usage error that says why', async () => {
    const r = await run(['build', 'args.go', '--target', 'aot'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^flag --target: want direct, js, wasi, got aot: aot is the C\+\+ reference build/);
    expect((await run(['check', 'args.go', '--target=wasm'], dir)).code).toBe(2);
  });
});
